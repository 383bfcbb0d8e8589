"""Append-only audit events, chained by SHA-256 so that any edit or deletion shows.

Each event stores the hash of the one before it and its own hash over its content plus that link.
Events never hold note text: only who, what, which object, when, and small non-clinical details.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, select, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from . import clock
from .extensions import db
from .types import UTCDateTime

GENESIS = "0" * 64
_PG_LOCK_KEY = 7_301_001  # serialises appends so that two transactions cannot both extend one link


class AuditEvent(db.Model):
    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_object", "object_type", "object_id"),
        # A supervisor's recent decisions (review.stats.turnaround): migration 0010.
        Index("ix_audit_event_actor_action_created", "actor_id", "action", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    program_id: Mapped[int | None] = mapped_column(ForeignKey("program.id"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[int | None]
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    actor: Mapped["User | None"] = relationship()  # noqa: F821

    def content_hash(self) -> str:
        return event_hash(
            created_at=self.created_at,
            program_id=self.program_id,
            actor_id=self.actor_id,
            action=self.action,
            object_type=self.object_type,
            object_id=self.object_id,
            data=self.data or {},
            prev_hash=self.prev_hash,
        )


def event_hash(*, created_at: datetime, program_id, actor_id, action, object_type, object_id, data, prev_hash) -> str:
    payload = {
        "at": created_at.isoformat(timespec="microseconds"),
        "program": program_id,
        "actor": actor_id,
        "action": action,
        "type": object_type,
        "id": object_id,
        "data": data,
        "prev": prev_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def record(action: str, obj: Any = None, *, actor=None, program_id: int | None = None,
           object_type: str | None = None, object_id: int | None = None, **data: Any) -> AuditEvent:
    """Append an event to the chain inside the current transaction (the caller commits).

    `obj` is a model instance (its table name and id are recorded) or None with explicit
    `object_type`/`object_id`. `data` must hold no clinical text.
    """
    session = db.session
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
    if obj is not None:
        session.flush()  # the object needs its id
        object_type = object_type or obj.__tablename__
        object_id = obj.id
        if program_id is None:
            program_id = getattr(obj, "program_id", None)
    if program_id is None and actor is not None:
        program_id = actor.program_id
    prev = session.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()
    at = clock.now()
    event = AuditEvent(
        created_at=at,
        program_id=program_id,
        actor_id=actor.id if actor is not None else None,
        action=action,
        object_type=object_type or "system",
        object_id=object_id,
        data=data,
        prev_hash=prev or GENESIS,
    )
    event.hash = event.content_hash()
    session.add(event)
    session.flush()
    return event


IMPORT_ACTION = "audit.segment_imported"


def record_imported_segment(ids: list[int], *, program: str) -> AuditEvent:
    """Seal audit events just copied in from another database (`backup.import_program`).

    Their own links point at events that are not here, so they cannot be checked link by link. This event,
    appended to this database's chain, names them and carries a digest over their stored content;
    `verify_chain` checks them against it.
    """
    rows = db.session.execute(select(*_COLUMNS).where(AuditEvent.id.in_(ids)).order_by(AuditEvent.id)).all()
    return record(IMPORT_ACTION, None, object_type="audit_event", program=program, events=len(rows),
                  ranges=_ranges([row.id for row in rows]), digest=_segment_digest(rows))


def _row_hash(row) -> str:
    return event_hash(created_at=row.created_at, program_id=row.program_id, actor_id=row.actor_id, action=row.action,
                      object_type=row.object_type, object_id=row.object_id, data=row.data or {},
                      prev_hash=row.prev_hash)


def _segment_digest(rows) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(f"{row.id}:{_row_hash(row)}:{row.prev_hash}:{row.hash};".encode())
    return digest.hexdigest()


def _ranges(ids: list[int]) -> list[list[int]]:
    """[[first, last], ...] runs of consecutive ids."""
    runs: list[list[int]] = []
    for i in ids:
        if runs and i == runs[-1][1] + 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return runs


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_bad_id: int | None = None
    problem: str | None = None


_COLUMNS = (AuditEvent.id, AuditEvent.created_at, AuditEvent.program_id, AuditEvent.actor_id, AuditEvent.action,
            AuditEvent.object_type, AuditEvent.object_id, AuditEvent.data, AuditEvent.prev_hash, AuditEvent.hash)


def verify_chain(batch: int = 5000) -> ChainReport:
    """Recompute every link in order; report the first event whose hash or link does not match.

    Events imported from another database are checked as the sealed segments they are: each against the
    digest of the `audit.segment_imported` event that sealed it (and every id it names must be present).
    Reads plain rows in batches (no ORM identity map), so memory stays flat on a long chain.
    """
    segments = []  # (ids, expected digest, sealing event id, running digest, rows seen)
    owner: dict[int, int] = {}
    seals = db.session.execute(select(AuditEvent.id, AuditEvent.data).where(AuditEvent.action == IMPORT_ACTION)).all()
    for seal in seals:
        data = seal.data or {}
        index = len(segments)
        segments.append({"digest": data.get("digest"), "seal": seal.id, "running": hashlib.sha256(),
                         "seen": 0, "events": data.get("events")})
        for first, last in data.get("ranges") or []:
            for i in range(first, last + 1):
                owner[i] = index
    prev = GENESIS
    count = 0
    last_id = 0
    while True:
        rows = db.session.execute(
            select(*_COLUMNS).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not rows:
            break
        for row in rows:
            segment = owner.get(row.id)
            if segment is not None:
                seg = segments[segment]
                seg["running"].update(f"{row.id}:{_row_hash(row)}:{row.prev_hash}:{row.hash};".encode())
                seg["seen"] += 1
            else:
                if row.prev_hash != prev:
                    return ChainReport(False, count, row.id, "link to the previous event is broken")
                if _row_hash(row) != row.hash:
                    return ChainReport(False, count, row.id, "event content does not match its hash")
            prev = row.hash
            count += 1
            last_id = row.id
    for seg in segments:
        if seg["seen"] != seg["events"] or seg["running"].hexdigest() != seg["digest"]:
            return ChainReport(False, count, seg["seal"], "imported events were altered or removed since the import")
    return ChainReport(ok=True, events=count)
