"""The signed hours log: its content data, its fingerprint, issuing the PDF, and checking a fingerprint later.

The fingerprint is the SHA-256 of the canonical JSON of the log's content: the verified entries with who
verified each and when, the totals and the progress toward each requirement. It leaves out when and by whom
the PDF was made, so the same hours always give the same fingerprint, and a director can tell whether a
log handed to a board still matches the hours on file.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from flask import url_for
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .. import access, audit, clock
from ..enums import HoursStatus
from ..errors import PermissionDenied, ValidationFailed
from ..extensions import db
from . import permissions, pdf
from .categories import unknown_category
from .models import HoursEntry, HoursLogExport
from .rules import monday_of
from .services import category_map, evaluate_trainee

FORMAT = "supervision-hours-log/1"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_SUBJECT = re.compile(rb"hours-log-sha256:([0-9a-f]{64})")
MAX_UPLOAD = 20 * 1024 * 1024


def canonical(data: dict) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def fingerprint_of(data: dict) -> str:
    return hashlib.sha256(canonical(data)).hexdigest()


def content(trainee) -> dict[str, Any]:
    """The log's content data for one trainee (verified entries only), ready for `canonical`."""
    program = trainee.program
    tz = ZoneInfo(program.timezone)
    categories = category_map(program.id)
    entries = list(db.session.execute(
        select(HoursEntry).where(HoursEntry.trainee_id == trainee.id, HoursEntry.status == HoursStatus.VERIFIED)
        .options(selectinload(HoursEntry.verified_by)).order_by(HoursEntry.date, HoursEntry.id)
    ).scalars())
    for e in entries:
        categories.setdefault(e.category, unknown_category(e.category))
    by_category: dict[str, int] = {}
    by_group: dict[str, int] = {}
    weeks: dict[str, dict[str, int]] = {}
    items = []
    for e in entries:
        cat = categories[e.category]
        by_category[e.category] = by_category.get(e.category, 0) + e.minutes
        by_group[cat.group] = by_group.get(cat.group, 0) + e.minutes
        week = weeks.setdefault(monday_of(e.date).isoformat(), {})
        week[e.category] = week.get(e.category, 0) + e.minutes
        verified_at = e.verified_at
        items.append({
            "id": e.id, "date": e.date.isoformat(), "category": e.category, "minutes": e.minutes,
            "note_id": e.note_id, "description": e.description,
            "verified_by": e.verified_by.name if e.verified_by else "", "verified_by_id": e.verified_by_id,
            "verified_at": verified_at.isoformat() if verified_at else None,
            "verified_at_local": verified_at.astimezone(tz).strftime("%b %-d, %Y %-I:%M %p") if verified_at else "",
        })
    evaluation, _, _ = evaluate_trainee(trainee)
    used = [code for code in categories if code in by_category]
    return {
        "format": FORMAT,
        "program": {"id": program.id, "name": program.name, "timezone": program.timezone},
        "trainee": {"id": trainee.id, "name": trainee.name},
        "categories": {code: {"name": categories[code].name, "group": categories[code].group,
                              "aapi": categories[code].aapi} for code in used},
        "entries": items,
        "weeks": [{"start": start, "minutes": minutes, "total": sum(minutes.values())}
                  for start, minutes in sorted(weeks.items())],
        "totals": {"verified_minutes": sum(by_category.values()), "by_category": by_category, "by_group": by_group},
        # Progress without forecasts or this week's warnings, which move with the calendar, not with the hours.
        "requirements": [{"rule_set": p.rule_set, "rule": p.rule, "kind": p.kind,
                          "required_minutes": p.required_minutes, "verified_minutes": p.verified_minutes,
                          "percent": p.percent, "met": p.met, "weeks_active": p.weeks_active}
                         for p in evaluation.progress],
    }


def issue_hours_log(actor, trainee) -> tuple[bytes, HoursLogExport]:
    """Render the trainee's PDF hours log and record its fingerprints. The trainee, an assigned supervisor or
    the director may issue it. Raises PermissionDenied."""
    if not access.can_see_trainee_hours(actor, trainee):
        raise PermissionDenied("You may not export this trainee's hours.")
    data = content(trainee)
    fingerprint = fingerprint_of(data)
    now = clock.now()
    local = now.astimezone(ZoneInfo(trainee.program.timezone))
    file_bytes = pdf.render(data, fingerprint=fingerprint, generated_at=local, generated_by=actor.name,
                            check_url=url_for("hours.fingerprint", _external=True))
    export = HoursLogExport(program_id=trainee.program_id, trainee_id=trainee.id, created_by_id=actor.id,
                            created_at=now, content_sha256=fingerprint,
                            file_sha256=hashlib.sha256(file_bytes).hexdigest(),
                            verified_minutes=data["totals"]["verified_minutes"], entry_count=len(data["entries"]))
    db.session.add(export)
    db.session.flush()
    audit.record("hours.log_exported", export, actor=actor, trainee=trainee.id, sha256=fingerprint,
                 minutes=export.verified_minutes)
    return file_bytes, export


@dataclass
class FingerprintCheck:
    fingerprint: str | None           # the content fingerprint that was checked (pasted, or found in the file)
    file_sha256: str | None = None    # of the uploaded file
    export: HoursLogExport | None = None
    file_identical: bool = False      # the upload is byte for byte a file the app issued
    still_current: bool | None = None  # the trainee's verified hours still give this fingerprint

    @property
    def found(self) -> bool:
        return self.export is not None


def check_fingerprint(director, *, text: str | None = None, file_bytes: bytes | None = None) -> FingerprintCheck:
    """Look up a pasted fingerprint (of the content or of the file) or an uploaded PDF among the logs the
    director's program issued. Raises PermissionDenied (not a director), ValidationFailed (nothing to check)."""
    permissions.require_director(director)
    scope = select(HoursLogExport).where(HoursLogExport.program_id == director.program_id).options(
        selectinload(HoursLogExport.trainee), selectinload(HoursLogExport.created_by))
    if file_bytes:
        if len(file_bytes) > MAX_UPLOAD:
            raise ValidationFailed("The file is too large.", {"file": ["At most 20 MB."]})
        file_sha = hashlib.sha256(file_bytes).hexdigest()
        export = db.session.execute(scope.where(HoursLogExport.file_sha256 == file_sha)
                                    .order_by(HoursLogExport.id.desc()).limit(1)).scalar_one_or_none()
        claimed = _SUBJECT.search(file_bytes)
        fingerprint = export.content_sha256 if export else (claimed.group(1).decode() if claimed else None)
        result = FingerprintCheck(fingerprint, file_sha256=file_sha, export=export, file_identical=export is not None)
        if export is None and fingerprint:
            result.export = _latest(scope, fingerprint)
    else:
        value = re.sub(r"\s+", "", (text or "")).lower()
        if not _HEX64.fullmatch(value):
            raise ValidationFailed("That is not a fingerprint.",
                                   {"fingerprint": ["Paste the 64 hexadecimal characters of the fingerprint, or upload the PDF."]})
        export = _latest(scope, value)
        if export is None:
            export = db.session.execute(scope.where(HoursLogExport.file_sha256 == value)
                                        .order_by(HoursLogExport.id.desc()).limit(1)).scalar_one_or_none()
            result = FingerprintCheck(export.content_sha256 if export else value, file_sha256=value if export else None,
                                      export=export, file_identical=export is not None)
        else:
            result = FingerprintCheck(value, export=export)
    if result.export is not None:
        result.still_current = fingerprint_of(content(result.export.trainee)) == result.export.content_sha256
    return result


def _latest(scope, fingerprint: str) -> HoursLogExport | None:
    return db.session.execute(scope.where(HoursLogExport.content_sha256 == fingerprint)
                              .order_by(HoursLogExport.id.desc()).limit(1)).scalar_one_or_none()


def exports_of(trainee, limit: int = 10) -> list[HoursLogExport]:
    return list(db.session.execute(
        select(HoursLogExport).where(HoursLogExport.trainee_id == trainee.id)
        .options(selectinload(HoursLogExport.created_by))
        .order_by(HoursLogExport.id.desc()).limit(limit)
    ).scalars())


__all__ = ["FingerprintCheck", "check_fingerprint", "content", "fingerprint_of", "issue_hours_log", "exports_of"]
