"""The rules of a note's life before review: create, edit (autosave), PHI redaction and dismissal,
submit, withdraw, addendum.

Every function checks permission, changes state, writes the audit event (never note text) and
notifications, and flushes; the view commits once. Errors are the named ones in `supervision.errors`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from flask import current_app
from sqlalchemy.orm.exc import StaleDataError

from .. import access, audit, clock, phi
from ..enums import NoteStatus, NoteTemplate, SessionType, Setting
from ..errors import InvalidTransition, OpenFindings, StaleNote, ValidationFailed
from ..extensions import db
from ..hours.services import note_categories
from ..notifications.services import notify
from ..text import render_markdown
from ..threads.anchors import reanchor_annotations
from . import formats
from .models import Note, PhiDismissal, Revision

MAX_BODY = 100_000
MAX_DURATION = 24 * 60
META_FIELDS = ("client_code", "session_date", "duration_minutes", "session_type", "setting", "hours_category")


# --- PHI findings as the editor and the API see them -------------------------------------------------

@dataclass(frozen=True)
class FindingView:
    id: str
    start: int
    end: int
    kind: str
    text: str
    placeholder: str
    dismissed: bool = False
    reason: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "start": self.start, "end": self.end, "kind": self.kind, "text": self.text,
                "placeholder": self.placeholder, "dismissed": self.dismissed}


def finding_id(finding) -> str:
    """A short id for a finding, stable for the same text at the same place."""
    raw = f"{finding.kind}|{finding.start}|{finding.text}".encode()
    return hashlib.sha256(raw).hexdigest()[:12]


def scan_text(text: str) -> list:
    return phi.scan(text, client_code_pattern=current_app.config["CLIENT_CODE_PATTERN"])


def findings_for(note: Note, text: str | None = None) -> list[FindingView]:
    """Every finding in the note's body (or `text`), marked dismissed where the trainee said it is not PHI."""
    dismissed = {(d.kind, d.text): d.reason for d in note.dismissals}
    views = []
    for f in scan_text(note.body if text is None else text):
        reason = dismissed.get((f.kind, f.text[:200]))  # dismissals store at most 200 characters of the text
        views.append(FindingView(finding_id(f), f.start, f.end, f.kind, f.text, f.placeholder,
                                 reason is not None, reason))
    return views


def open_findings(note: Note) -> list[FindingView]:
    return [f for f in findings_for(note) if not f.dismissed]


# --- validation --------------------------------------------------------------------------------------

def validate_client_code(value: str) -> str:
    value = (value or "").strip().upper()
    pattern = current_app.config["CLIENT_CODE_PATTERN"]
    if not re.fullmatch(pattern, value):
        raise ValidationFailed(
            "Use the client's code, not a name.",
            {"client_code": ["Enter a client code such as C-014 (a capital letter, a hyphen, three or four digits), "
                             "never a name."]},
        )
    return value


def _clean_meta(values: dict[str, Any], program_id: int, current_category: str | None = None) -> dict[str, Any]:
    """Validate and coerce note metadata; raise ValidationFailed listing every bad field. The hours category must
    be one of the program's direct-service categories (`current_category`, the note's own, is always kept)."""
    clean: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}

    def check(field, fn):
        if field in values:
            try:
                clean[field] = fn(values[field])
            except ValidationFailed as exc:
                errors.update(exc.fields)
            except (ValueError, TypeError):
                errors[field] = [f"{field.replace('_', ' ').capitalize()} is not valid."]

    check("client_code", validate_client_code)

    def session_date(v):
        d = v if isinstance(v, date) else date.fromisoformat(str(v))
        if d > clock.now().date():
            raise ValidationFailed("", {"session_date": ["The session date cannot be in the future."]})
        return d

    check("session_date", session_date)

    def duration(v):
        if isinstance(v, bool):
            raise ValueError
        n = int(v)
        if not 1 <= n <= MAX_DURATION:
            raise ValidationFailed("", {"duration_minutes": [f"Duration must be between 1 and {MAX_DURATION} minutes."]})
        return n

    check("duration_minutes", duration)
    check("session_type", SessionType)
    check("setting", Setting)

    def category(v):
        if v in (None, ""):
            return None
        if v != current_category and v not in {c.code for c in note_categories(program_id)}:
            raise ValidationFailed("", {"hours_category": [
                "Choose one of the program's direct-service hours categories, or leave it to the session type."]})
        return v

    check("hours_category", category)
    if errors:
        raise ValidationFailed("Please correct the highlighted fields.", errors)
    return clean


def _check_body(body: Any) -> str:
    if not isinstance(body, str):
        raise ValidationFailed("The note text must be a string.", {"body": ["Must be text."]})
    if len(body) > MAX_BODY:
        raise ValidationFailed("The note is too long.", {"body": [f"At most {MAX_BODY:,} characters."]})
    return body.replace("\r\n", "\n")


def _set_body(note: Note, body: str) -> None:
    note.body = body
    note.body_html = render_markdown(body)


def _check_version(note: Note, version: int | None) -> None:
    if version is not None and int(version) != note.version:
        raise StaleNote("This note was changed in another window or by someone else.", current=note)


def flush_guarded(note: Note) -> None:
    """Flush, turning a lost optimistic-lock race into StaleNote."""
    try:
        db.session.flush()
    except StaleDataError:
        raise StaleNote("This note was changed at the same moment by someone else.", current=None) from None


# --- create and edit ---------------------------------------------------------------------------------

def create_note(trainee, *, template: str, body: str | None = None, **meta: Any) -> Note:
    """Start a draft from a template. Raises ValidationFailed, PermissionDenied."""
    access.require_role(trainee, access.Role.TRAINEE)
    try:
        template = NoteTemplate(template)
    except ValueError:
        raise ValidationFailed("Unknown template.", {"template": ["Choose SOAP, DAP, BIRP, GIRP or narrative."]}) from None
    missing = [f for f in ("client_code", "session_date", "duration_minutes", "session_type") if meta.get(f) in (None, "")]
    if missing:
        raise ValidationFailed("Some session details are missing.", {f: ["This field is required."] for f in missing})
    clean = _clean_meta({k: v for k, v in meta.items() if k in META_FIELDS}, trainee.program_id)
    note = Note(program_id=trainee.program_id, trainee_id=trainee.id, template=template, **clean)
    _set_body(note, _check_body(body) if body not in (None, "") else formats.skeleton(template))
    db.session.add(note)
    db.session.flush()
    audit.record("note.created", note, actor=trainee, template=template.value)
    return note


def update_note(note: Note, actor, *, version: int | None, body: str | None = None, autosave: bool = False,
                **meta: Any) -> Note:
    """Save the draft's text and session details. Raises StaleNote when `version` is not current,
    InvalidTransition once submitted or approved, ValidationFailed, PermissionDenied."""
    access.require(actor, "edit", note)
    if not note.is_editable:
        raise InvalidTransition(_locked_message(note))
    _check_version(note, version)
    clean = _clean_meta({k: v for k, v in meta.items() if k in META_FIELDS and v is not None}, note.program_id,
                        note.hours_category)
    changed = [k for k, v in clean.items() if getattr(note, k) != v]
    for key in changed:
        setattr(note, key, clean[key])
    if body is not None:
        body = _check_body(body)
        if body != note.body:
            _set_body(note, body)
            changed.append("body")
    if changed:
        note.updated_at = clock.now()
        flush_guarded(note)
        # Autosaves are frequent; one event per save would drown the audit log in noise, so they are
        # recorded as their own action and carry only which fields changed.
        audit.record("note.autosaved" if autosave else "note.edited", note, actor=actor, fields=sorted(changed))
    return note


def _locked_message(note: Note) -> str:
    if note.status == NoteStatus.APPROVED:
        return "This note is co-signed and locked. Write an addendum to add to it."
    return "This note is waiting for review. Withdraw it to make changes."


# --- PHI ------------------------------------------------------------------------------------------------

def redact_findings(note: Note, actor, *, ids: list[str] | None = None, all_open: bool = False,
                    version: int | None = None) -> tuple[Note, int]:
    """Replace findings by their placeholders. `ids` picks findings; `all_open` takes every open one.
    Also replaces every other occurrence of the same text and kind ("redact everywhere").
    Returns the note and how many spans were replaced."""
    access.require(actor, "redact", note)
    if not note.is_editable:
        raise InvalidTransition(_locked_message(note))
    _check_version(note, version)
    findings = findings_for(note)
    if all_open:
        chosen = [f for f in findings if not f.dismissed]
    else:
        wanted = set(ids or [])
        chosen = [f for f in findings if f.id in wanted]
        unknown = wanted - {f.id for f in chosen}
        if unknown:
            raise ValidationFailed("Some findings no longer exist; the text has changed.", {"ids": sorted(unknown)})
    targets = {(f.kind, f.text) for f in chosen}
    spans = [f for f in findings if (f.kind, f.text) in targets]
    if not spans:
        return note, 0
    _set_body(note, phi.redact(note.body, spans))
    note.updated_at = clock.now()
    flush_guarded(note)
    audit.record("note.phi_redacted", note, actor=actor, count=len(spans), kinds=sorted({f.kind for f in spans}))
    return note, len(spans)


def dismiss_finding(note: Note, actor, *, finding: str, reason: str, version: int | None = None) -> PhiDismissal:
    """Record that a finding is not PHI. The reason is shown to the supervisor and audit-logged
    (the reason, not the note text)."""
    access.require(actor, "redact", note)
    if not note.is_editable:
        raise InvalidTransition(_locked_message(note))
    _check_version(note, version)
    reason = (reason or "").strip()
    if len(reason) < 3:
        raise ValidationFailed("Say why this is not PHI.", {"reason": ["Give a short reason (at least 3 characters)."]})
    match = next((f for f in findings_for(note) if f.id == finding), None)
    if match is None:
        raise ValidationFailed("That finding no longer exists; the text has changed.", {"id": ["Unknown finding."]})
    if match.dismissed:
        raise InvalidTransition("That finding is already dismissed.")
    dismissal = PhiDismissal(note=note, kind=match.kind, text=match.text[:200], reason=reason[:1000],
                             dismissed_by_id=actor.id)
    db.session.add(dismissal)
    note.updated_at = clock.now()  # bumps the version: the editor's copy of the findings is now stale
    flush_guarded(note)
    audit.record("note.phi_dismissed", note, actor=actor, kind=match.kind, reason_length=len(reason))
    return dismissal


# --- transitions ---------------------------------------------------------------------------------------

def submit_note(note: Note, actor, *, version: int | None = None) -> Revision:
    """Freeze the current text as a new revision and send the note for review.
    Raises OpenFindings while identifiers remain, InvalidTransition, StaleNote, PermissionDenied."""
    access.require(actor, "submit", note)
    if not note.is_editable:
        raise InvalidTransition("Only a draft or a note with requested changes can be submitted.")
    _check_version(note, version)
    if not note.body.strip() or note.body.strip() == formats.skeleton(note.template).strip():
        raise ValidationFailed("The note is empty.", {"body": ["Write the note before submitting it."]})
    remaining = open_findings(note)
    if remaining:
        raise OpenFindings(
            f"{len(remaining)} possible identifier(s) must be redacted or dismissed before submitting.", remaining
        )
    if not access.supervisor_ids_of(note.trainee_id):
        raise InvalidTransition("You have no supervisor assigned yet; ask your program director.")
    now = clock.now()
    number = len(note.revisions) + 1
    revision = Revision(
        note=note, number=number, body=note.body, body_html=note.body_html,
        sha256=sha256_text(note.body), submitted_by_id=actor.id, submitted_at=now,
    )
    db.session.add(revision)
    db.session.flush()
    if number > 1:
        reanchor_annotations(note, revision)
    resubmission = note.status == NoteStatus.CHANGES_REQUESTED
    note.status = NoteStatus.SUBMITTED
    note.submitted_at = now
    note.updated_at = now
    flush_guarded(note)
    audit.record("note.resubmitted" if resubmission else "note.submitted", note, actor=actor, revision=number)
    kind = "note_addendum" if note.is_addendum else "note_submitted"
    what = "an addendum" if note.is_addendum else ("a revised note" if resubmission else "a note")
    notify(access.supervisor_ids_of(note.trainee_id), kind, f"{actor.name} submitted {what} (#{note.id}) for review.",
           actor=actor, note=note)
    return revision


def withdraw_note(note: Note, actor, *, version: int | None = None) -> Note:
    """Take a submitted note back to draft before it is reviewed. Its revision stays on record."""
    access.require(actor, "withdraw", note)
    if note.status != NoteStatus.SUBMITTED:
        raise InvalidTransition("Only a note waiting for review can be withdrawn.")
    _check_version(note, version)
    note.status = NoteStatus.DRAFT
    note.updated_at = clock.now()
    flush_guarded(note)
    audit.record("note.withdrawn", note, actor=actor)
    notify(access.supervisor_ids_of(note.trainee_id), "note_withdrawn",
           f"{actor.name} withdrew note #{note.id} from review.", actor=actor, note=note)
    return note


def create_addendum(parent: Note, actor, *, body: str = "") -> Note:
    """Start an addendum to a co-signed note; it is written, submitted and reviewed like a note."""
    access.require(actor, "addendum", parent)
    if parent.status != NoteStatus.APPROVED:
        raise InvalidTransition("An addendum can only be added to a co-signed note.")
    note = Note(
        program_id=parent.program_id, trainee_id=parent.trainee_id, parent_id=parent.id,
        template=NoteTemplate.NARRATIVE, client_code=parent.client_code, session_date=parent.session_date,
        duration_minutes=parent.duration_minutes, session_type=parent.session_type, setting=parent.setting,
        hours_category=parent.hours_category,
    )
    _set_body(note, _check_body(body) if body else "## Addendum\n")
    db.session.add(note)
    db.session.flush()
    audit.record("note.addendum_created", note, actor=actor, parent=parent.id)
    return note


def sha256_text(text: str) -> str:
    """The fingerprint of a revision: SHA-256 hex digest of its UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- sharing with a peer group ---------------------------------------------------------------------------

def share_note(note: Note, actor, group) -> "NoteShare":
    """Share a note (a draft for early feedback, or submitted) with one of the trainee's peer groups.
    Raises PermissionDenied (not the author, or not a member of the group), ValidationFailed."""
    from sqlalchemy import select

    from ..programs.models import NoteShare, PeerGroupMember

    access.require(actor, "share", note)
    if group is None or group.program_id != note.program_id or not db.session.execute(
            select(PeerGroupMember.id).where(PeerGroupMember.group_id == group.id, PeerGroupMember.user_id == actor.id)).first():
        raise ValidationFailed("Share with one of your peer groups.", {"peer_group_id": ["You are not in that group."]})
    existing = db.session.execute(select(NoteShare).where(
        NoteShare.note_id == note.id, NoteShare.peer_group_id == group.id, NoteShare.revoked_at.is_(None))).scalar_one_or_none()
    if existing is not None:
        return existing
    share = NoteShare(note_id=note.id, peer_group_id=group.id, shared_by_id=actor.id)
    db.session.add(share)
    db.session.flush()
    audit.record("note.shared", note, actor=actor, group=group.id)
    notify([m.user_id for m in group.members], "note_shared", f"{actor.name} shared note #{note.id} with {group.name}.",
           actor=actor, note=note)
    return share


def revoke_share(note: Note, actor, group_id: int) -> bool:
    """Stop sharing the note with a group. Returns False when it was not shared with it."""
    from sqlalchemy import select

    from ..programs.models import NoteShare

    access.require(actor, "share", note)
    share = db.session.execute(select(NoteShare).where(
        NoteShare.note_id == note.id, NoteShare.peer_group_id == group_id, NoteShare.revoked_at.is_(None))).scalar_one_or_none()
    if share is None:
        return False
    share.revoked_at = clock.now()
    audit.record("note.share_revoked", note, actor=actor, group=group_id)
    return True


def active_shares(note: Note) -> list:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from ..programs.models import NoteShare

    return list(db.session.execute(select(NoteShare).where(NoteShare.note_id == note.id, NoteShare.revoked_at.is_(None))
                                   .options(selectinload(NoteShare.group))).scalars())
