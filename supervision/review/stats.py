"""Review figures for dashboards: turnaround and overdue counts, computed from the audit trail and the queue."""
from __future__ import annotations

from datetime import timedelta
from statistics import median

from sqlalchemy import and_, func, select

from .. import access, clock
from ..audit import AuditEvent
from ..enums import NoteStatus
from ..extensions import db
from ..notes.models import Note, Revision

DECISIONS = ("note.approved", "note.changes_requested")
OVERDUE_AFTER = timedelta(days=7)


def turnaround(supervisor, days: int = 30) -> dict:
    """How long this supervisor's decisions in the last `days` days took from submission: count, median
    and slowest, in hours."""
    since = clock.now() - timedelta(days=days)
    rows = db.session.execute(
        select(AuditEvent.object_id, AuditEvent.created_at, AuditEvent.data)
        .where(AuditEvent.actor_id == supervisor.id, AuditEvent.action.in_(DECISIONS), AuditEvent.created_at >= since)
    ).all()
    wanted = {(row.object_id, (row.data or {}).get("revision")) for row in rows}
    submitted = {}
    if wanted:
        note_ids = {n for n, _ in wanted}
        for note_id, number, at in db.session.execute(
            select(Revision.note_id, Revision.number, Revision.submitted_at).where(Revision.note_id.in_(note_ids))
        ):
            submitted[(note_id, number)] = at
    hours = [
        (row.created_at - submitted[(row.object_id, (row.data or {}).get("revision"))]).total_seconds() / 3600
        for row in rows if (row.object_id, (row.data or {}).get("revision")) in submitted
    ]
    return {"decisions": len(hours), "median_hours": round(median(hours), 1) if hours else None,
            "slowest_hours": round(max(hours), 1) if hours else None, "days": days}


def overdue_by_supervisor(director) -> list[tuple[str, int, int]]:
    """For each supervisor of the program: (name, notes waiting, of which overdue), busiest first."""
    from ..auth.models import User
    from ..programs.models import SupervisionAssignment as SA

    cutoff = clock.now() - OVERDUE_AFTER
    rows = db.session.execute(
        select(User.name, func.count(Note.id),
               func.count(Note.id).filter(Note.submitted_at < cutoff))
        .select_from(SA)
        .join(User, User.id == SA.supervisor_id)
        .join(Note, and_(Note.trainee_id == SA.trainee_id, Note.status == NoteStatus.SUBMITTED))
        .where(SA.program_id == director.program_id, access.current_assignment_clause())
        .group_by(User.id, User.name)
        .order_by(func.count(Note.id).filter(Note.submitted_at < cutoff).desc(), User.name)
    ).all()
    return [(name, waiting, overdue) for name, waiting, overdue in rows]
