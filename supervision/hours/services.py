"""Hours: co-signed notes become verified entries; summaries are aggregated in SQL."""
from __future__ import annotations

from sqlalchemy import func, select

from .. import audit, clock
from ..enums import HoursStatus
from ..extensions import db
from .categories import BY_CODE, category_for_session
from .models import HoursEntry
from .rules import DEFAULT_REQUIREMENTS, progress


def record_note_hours(note, approval) -> HoursEntry:
    """Turn a co-signed note into a verified hours entry (once per note)."""
    entry = db.session.execute(select(HoursEntry).where(HoursEntry.note_id == note.id)).scalar_one_or_none()
    if entry is None:
        entry = HoursEntry(program_id=note.program_id, trainee_id=note.trainee_id, note_id=note.id)
        db.session.add(entry)
    entry.date = note.session_date
    entry.minutes = note.duration_minutes
    entry.category = note.hours_category or category_for_session(note.session_type)
    entry.description = f"Session note #{note.id} ({note.session_type.value}, {note.client_code})"
    entry.status = HoursStatus.VERIFIED
    entry.verified_by_id = approval.supervisor_id
    entry.verified_at = approval.approved_at
    db.session.flush()
    audit.record("hours.verified", entry, actor=approval.supervisor, source="note", note=note.id,
                 minutes=entry.minutes)
    return entry


def hours_summary(trainee) -> dict:
    """Verified and pending minutes, per category and toward each requirement, for one trainee."""
    rows = db.session.execute(
        select(HoursEntry.category, HoursEntry.status, func.sum(HoursEntry.minutes))
        .where(HoursEntry.trainee_id == trainee.id)
        .group_by(HoursEntry.category, HoursEntry.status)
    ).all()
    verified: dict[str, int] = {}
    pending: dict[str, int] = {}
    for category, status, minutes in rows:
        target = verified if status == HoursStatus.VERIFIED else pending if status == HoursStatus.PENDING else None
        if target is not None:
            target[category] = target.get(category, 0) + int(minutes or 0)
    categories = sorted(set(verified) | set(pending))
    by_category = [
        {"code": code, "name": BY_CODE[code].name if code in BY_CODE else code,
         "group": BY_CODE[code].group if code in BY_CODE else "indirect",
         "verified_minutes": verified.get(code, 0), "pending_minutes": pending.get(code, 0)}
        for code in categories
    ]
    return {
        "trainee_id": trainee.id,
        "verified_minutes": sum(verified.values()),
        "pending_minutes": sum(pending.values()),
        "by_category": by_category,
        "requirements": progress(DEFAULT_REQUIREMENTS, verified),
        "as_of": clock.now().isoformat(),
    }
