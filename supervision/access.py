"""The one place that answers "may this user do that to this object?".

Two questions, always in this order:
1. Is the object in the user's scope at all? If not, callers answer 404: the user may not even learn
   that it exists. Scope never crosses a program.
2. May the user perform the action? If not (but the object is in scope), callers answer 403.

Scope of notes: a trainee sees their own notes and the notes shared with a peer group they belong to;
a supervisor sees the notes of trainees currently assigned to them. Directors administer the program (people, assignments, hours, audit) but do not read
clinical notes: least privilege for PHI-adjacent text.

List queries are scoped here too (`visible_notes`), so no view writes its own scoping.
"""
from __future__ import annotations

from datetime import date
from typing import Callable

from flask import abort, g, has_request_context
from sqlalchemy import Select, and_, or_, select

from . import clock
from .enums import NoteStatus, Role
from .errors import PermissionDenied
from .extensions import db


def _today() -> date:
    return clock.now().date()


def current_assignment_clause(today: date | None = None):
    from .programs.models import SupervisionAssignment as SA

    today = today or _today()
    return and_(SA.starts_on <= today, or_(SA.ends_on.is_(None), SA.ends_on > today))


def supervised_trainee_ids(supervisor) -> Select:
    """A sub-select of the ids of trainees currently assigned to `supervisor`."""
    from .programs.models import SupervisionAssignment as SA

    return select(SA.trainee_id).where(
        SA.supervisor_id == supervisor.id,
        SA.program_id == supervisor.program_id,
        current_assignment_clause(),
    )


def _memo(key: tuple, compute: Callable[[], bool]) -> bool:
    """Remember an answer for the rest of the request: a page asks the same question for each permission
    it shows, and the answer cannot change within one request."""
    if not has_request_context():
        return compute()
    cache = g.setdefault("_access_memo", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def supervises(supervisor, trainee_id: int) -> bool:
    if supervisor is None or supervisor.role != Role.SUPERVISOR:
        return False
    return _memo(("supervises", supervisor.id, trainee_id), lambda: _supervises(supervisor, trainee_id))


def _supervises(supervisor, trainee_id: int) -> bool:
    from .programs.models import SupervisionAssignment as SA

    found = db.session.execute(
        select(SA.id).where(
            SA.supervisor_id == supervisor.id, SA.trainee_id == trainee_id, current_assignment_clause()
        ).limit(1)
    ).first()
    return found is not None


def supervisor_ids_of(trainee_id: int) -> list[int]:
    from .programs.models import SupervisionAssignment as SA

    return list(db.session.execute(
        select(SA.supervisor_id).where(SA.trainee_id == trainee_id, current_assignment_clause()).distinct()
    ).scalars())


# --- peer groups ---------------------------------------------------------------------------------------

def shared_note_ids(trainee) -> Select:
    """A sub-select of the ids of notes shared (and not revoked) with a peer group `trainee` belongs to."""
    from .programs.models import NoteShare, PeerGroup, PeerGroupMember

    return (
        select(NoteShare.note_id)
        .join(PeerGroupMember, PeerGroupMember.group_id == NoteShare.peer_group_id)
        .join(PeerGroup, PeerGroup.id == NoteShare.peer_group_id)
        .where(PeerGroupMember.user_id == trainee.id, PeerGroup.program_id == trainee.program_id,
               NoteShare.revoked_at.is_(None))
    )


def is_peer(user, note) -> bool:
    """A trainee of the same program who may review `note` because it is shared with one of their groups."""
    if user.role != Role.TRAINEE or note.trainee_id == user.id or note.program_id != user.program_id:
        return False
    return _memo(("peer", user.id, note.id), lambda: db.session.execute(
        shared_note_ids(user).where(_note_share_note() == note.id).limit(1)).first() is not None)


def _note_share_note():
    from .programs.models import NoteShare

    return NoteShare.note_id


# --- notes -------------------------------------------------------------------------------------------

def can_view_note(user, note) -> bool:
    if user is None or not user.is_authenticated or note.program_id != user.program_id:
        return False
    if user.role == Role.TRAINEE:
        return note.trainee_id == user.id or is_peer(user, note)
    if user.role == Role.SUPERVISOR:
        return supervises(user, note.trainee_id)
    return False


def _is_author(user, note) -> bool:
    return user.role == Role.TRAINEE and note.trainee_id == user.id


def _is_reviewer(user, note) -> bool:
    return supervises(user, note.trainee_id)


# Each action: who may do it, given that the note is already in their scope. Rules about the note's state
# (draft or submitted, open findings) belong to the services; these are about people.
NOTE_PERMISSIONS: dict[str, Callable] = {
    "view": lambda user, note: True,
    "edit": _is_author,
    "submit": _is_author,
    "withdraw": _is_author,
    "redact": _is_author,
    "addendum": _is_author,
    "review": _is_reviewer,  # request changes, approve
    "comment": lambda user, note: _is_author(user, note) or _is_reviewer(user, note) or is_peer(user, note),
    "annotate": lambda user, note: _is_reviewer(user, note) or is_peer(user, note),
    "share": _is_author,
    "resolve": lambda user, note: _is_author(user, note) or _is_reviewer(user, note),
    "respond_suggestion": _is_author,
}


def may(user, action: str, note) -> bool:
    """True when `user` may perform `action` on `note` (scope included)."""
    return can_view_note(user, note) and NOTE_PERMISSIONS[action](user, note)


def require(user, action: str, note) -> None:
    """Raise PermissionDenied unless `user` may perform `action` on `note`. Used by services."""
    if not may(user, action, note):
        raise PermissionDenied(f"You may not {action} this note.")


def get_note_or_404(note_id: int, user, need: str = "view", options=()):
    """Load a note for `user`: 404 when out of scope, 403 when in scope but `need` is not allowed.
    `options` are loader options for what the caller will show (e.g. the page's relationships)."""
    from .notes.models import Note

    note = db.session.get(Note, note_id, options=options)
    if note is None or not can_view_note(user, note):
        abort(404)
    if not NOTE_PERMISSIONS[need](user, note):
        abort(403)
    return note


def get_annotation_or_404(annotation_id: int, user, need: str = "view"):
    """An annotation and its note, with the note's scope and permission rules (404, then 403)."""
    from .threads.models import Annotation

    annotation = db.session.get(Annotation, annotation_id)
    if annotation is None:
        abort(404)
    return annotation, get_note_or_404(annotation.note_id, user, need)


def get_comment_or_404(comment_id: int, user, need: str = "view"):
    from .threads.models import Comment

    comment = db.session.get(Comment, comment_id)
    if comment is None:
        abort(404)
    return comment, get_note_or_404(comment.note_id, user, need)


def visible_notes(user) -> Select:
    """`select(Note)` restricted to the notes `user` may see."""
    from .notes.models import Note

    query = select(Note).where(Note.program_id == user.program_id)
    if user.role == Role.TRAINEE:
        return query.where(or_(Note.trainee_id == user.id, Note.id.in_(shared_note_ids(user))))
    if user.role == Role.SUPERVISOR:
        return query.where(Note.trainee_id.in_(supervised_trainee_ids(user)))
    return query.where(False)


def review_queue(supervisor) -> Select:
    """Submitted notes of the supervisor's current trainees, oldest submission first."""
    from .notes.models import Note

    return (
        visible_notes(supervisor)
        .where(Note.status == NoteStatus.SUBMITTED)
        .order_by(Note.submitted_at.asc(), Note.id.asc())
    )


# --- people and hours ----------------------------------------------------------------------------------

def get_user_in_program_or_404(user_id: int, viewer):
    from .auth.models import User

    person = db.session.get(User, user_id)
    if person is None or person.program_id != viewer.program_id:
        abort(404)
    return person


def can_see_trainee_hours(viewer, trainee) -> bool:
    if viewer.program_id != trainee.program_id or trainee.role != Role.TRAINEE:
        return False
    if viewer.role == Role.DIRECTOR:
        return True
    if viewer.role == Role.TRAINEE:
        return viewer.id == trainee.id
    return supervises(viewer, trainee.id)


def require_role(user, *roles: Role) -> None:
    if user.role not in roles:
        raise PermissionDenied("Your role does not allow this.")
