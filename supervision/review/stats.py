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
    # Each decision's audit event names the revision decided on; its submission time is that revision's.
    rows = db.session.execute(
        select(AuditEvent.created_at, Revision.submitted_at)
        .join(Revision, and_(Revision.note_id == AuditEvent.object_id,
                             Revision.number == AuditEvent.data["revision"].as_integer()))
        .where(AuditEvent.actor_id == supervisor.id, AuditEvent.action.in_(DECISIONS), AuditEvent.created_at >= since)
    ).all()
    hours = [(decided - submitted).total_seconds() / 3600 for decided, submitted in rows]
    return {"decisions": len(hours), "median_hours": round(median(hours), 1) if hours else None,
            "slowest_hours": round(max(hours), 1) if hours else None, "days": days}


def overdue_by_supervisor(director) -> list[tuple[str, int, int]]:
    """For each supervisor of the program: (name, notes waiting, of which overdue), busiest first."""
    from ..auth.models import User
    from ..programs.models import SupervisionAssignment as SA

    overdue = func.count().filter(Note.submitted_at < clock.now() - OVERDUE_AFTER)
    # Only the program's waiting notes' trainee and submission time are read: with the index on note
    # (program_id, status, submitted_at, trainee_id) that is an index-only scan, not a visit to each note's row.
    rows = db.session.execute(
        select(User.name, func.count(), overdue)
        .select_from(SA)
        .join(User, User.id == SA.supervisor_id)
        .join(Note, and_(Note.trainee_id == SA.trainee_id, Note.program_id == SA.program_id,
                         Note.status == NoteStatus.SUBMITTED))
        .where(SA.program_id == director.program_id, access.current_assignment_clause())
        .group_by(User.id, User.name)
        .order_by(overdue.desc(), User.name)
    ).all()
    return [(name, waiting, overdue) for name, waiting, overdue in rows]
