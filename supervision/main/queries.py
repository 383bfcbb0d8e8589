"""What the dashboards show, read in few statements: rows of the columns the pages print, and the counts they print
computed by a statement that reads anyway (each statement costs a round trip and a plan, which is most of a
dashboard's time)."""
from __future__ import annotations

from sqlalchemy import Row, case, func, select

from .. import access, clock
from ..auth.models import User
from ..enums import NoteStatus, Role
from ..extensions import db
from ..notes.models import Note
from ..notifications.models import Notification
from ..programs.models import Invitation

# A note as a dashboard links to it.
NOTE_LINK_COLUMNS = (Note.id, Note.status, Note.client_code, Note.session_date, Note.updated_at, Note.submitted_at)

# The trainee's own notes on their dashboard, by status.
TRAINEE_LISTS = {NoteStatus.DRAFT: "drafts", NoteStatus.CHANGES_REQUESTED: "changes", NoteStatus.SUBMITTED: "waiting"}


def trainee_notes(trainee, limit: int = 10) -> tuple[dict[str, list[Row]], dict[str, int]]:
    """The trainee's own notes for their dashboard: ({list: its first `limit` notes}, {list: how many in all}) for
    drafts and notes sent back (latest change first) and notes waiting for review (oldest submission first).

    One statement: each note is numbered within its status and counted with it (windows), and the first `limit`
    of each status are kept."""
    mine = access.visible_notes(trainee).where(Note.trainee_id == trainee.id, Note.status.in_(list(TRAINEE_LISTS)))
    order = (case((Note.status == NoteStatus.SUBMITTED, Note.submitted_at)).asc(), Note.updated_at.desc())
    numbered = mine.with_only_columns(
        *NOTE_LINK_COLUMNS,
        func.row_number().over(partition_by=Note.status, order_by=order).label("position"),
        func.count().over(partition_by=Note.status).label("total"),
    ).subquery()
    notes: dict[str, list[Row]] = {name: [] for name in TRAINEE_LISTS.values()}
    totals = dict.fromkeys(TRAINEE_LISTS.values(), 0)
    for row in db.session.execute(
            select(numbered).where(numbered.c.position <= limit).order_by(numbered.c.position)):
        notes[TRAINEE_LISTS[row.status]].append(row)
        totals[TRAINEE_LISTS[row.status]] = row.total
    return notes, totals


def shared_with(trainee, limit: int = 10) -> list[Row]:
    """The latest changed notes shared with the trainee's peer groups, with their author's name."""
    return db.session.execute(
        select(*NOTE_LINK_COLUMNS, User.name.label("trainee_name")).join(User, User.id == Note.trainee_id)
        .where(Note.id.in_(access.shared_note_ids(trainee))).order_by(Note.updated_at.desc()).limit(limit)
    ).all()


def supervised_trainees(supervisor) -> list[Row]:
    """(id, name) of the trainees currently assigned to the supervisor, by name."""
    return db.session.execute(
        select(User.id, User.name).where(User.id.in_(access.supervised_trainee_ids(supervisor))).order_by(User.name)
    ).all()


def recent_notifications(user, limit: int = 8) -> list[Row]:
    return db.session.execute(
        select(Notification.note_id, Notification.message, Notification.created_at)
        .where(Notification.user_id == user.id)
        .order_by(Notification.created_at.desc(), Notification.id.desc()).limit(limit)
    ).all()


def program_figures(director) -> Row:
    """(trainees, supervisors, waiting, pending_invitations) of the director's program: active people by role,
    notes waiting for review and invitations still open, in one statement."""
    program_id = director.program_id
    people = (
        select(func.count().filter(User.role == Role.TRAINEE).label("trainees"),
               func.count().filter(User.role == Role.SUPERVISOR).label("supervisors"))
        .where(User.program_id == program_id, User.active.is_(True))
        .subquery()
    )
    waiting = select(func.count()).select_from(Note).where(
        Note.program_id == program_id, Note.status == NoteStatus.SUBMITTED)
    invitations = select(func.count()).select_from(Invitation).where(
        Invitation.program_id == program_id, Invitation.accepted_at.is_(None), Invitation.revoked_at.is_(None),
        Invitation.expires_at > clock.now())
    return db.session.execute(
        select(people.c.trainees, people.c.supervisors, waiting.scalar_subquery().label("waiting"),
               invitations.scalar_subquery().label("pending_invitations"))
    ).one()
