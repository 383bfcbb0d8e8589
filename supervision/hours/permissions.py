"""Who may see and do what with hours, built on the scope rules of `supervision.access`.

Scope (404 outside it): a trainee sees their own hours; a supervisor the hours of trainees currently assigned
to them; a director every trainee of the program. Never across programs.
Actions (403 when in scope but not allowed): a trainee logs, edits and deletes their own hand-logged entries;
an assigned supervisor verifies, rejects and reopens; a director configures categories and requirements,
sees the cohort and checks fingerprints of issued logs.
"""
from __future__ import annotations

from typing import Callable

from flask import abort
from sqlalchemy import Select, select

from .. import access
from ..enums import Role
from ..errors import PermissionDenied
from ..extensions import db
from .models import HoursEntry


def visible_trainee_ids(user) -> Select:
    """A sub-select of the ids of trainees whose hours `user` may see."""
    from ..auth.models import User

    if user.role == Role.TRAINEE:
        return select(User.id).where(User.id == user.id)
    if user.role == Role.SUPERVISOR:
        return access.supervised_trainee_ids(user)
    return select(User.id).where(User.program_id == user.program_id, User.role == Role.TRAINEE)


def visible_entries(user) -> Select:
    """`select(HoursEntry)` restricted to what `user` may see."""
    return select(HoursEntry).where(HoursEntry.program_id == user.program_id,
                                    HoursEntry.trainee_id.in_(visible_trainee_ids(user)))


def can_view_entry(user, entry: HoursEntry) -> bool:
    if user is None or not user.is_authenticated or entry.program_id != user.program_id:
        return False
    if user.role == Role.TRAINEE:
        return entry.trainee_id == user.id
    if user.role == Role.SUPERVISOR:
        return access.supervises(user, entry.trainee_id)
    return user.role == Role.DIRECTOR


def _owner_of_manual(user, entry) -> bool:
    return user.role == Role.TRAINEE and entry.trainee_id == user.id and entry.note_id is None


def _assigned_supervisor(user, entry) -> bool:
    return access.supervises(user, entry.trainee_id)


ENTRY_PERMISSIONS: dict[str, Callable] = {
    "view": lambda user, entry: True,
    "edit": _owner_of_manual,
    "delete": _owner_of_manual,
    "verify": _assigned_supervisor,
    "reject": _assigned_supervisor,
    "reopen": _assigned_supervisor,
}


def may(user, action: str, entry: HoursEntry) -> bool:
    return can_view_entry(user, entry) and ENTRY_PERMISSIONS[action](user, entry)


def require(user, action: str, entry: HoursEntry) -> None:
    """Raise PermissionDenied unless `user` may `action` the entry. Used by the services."""
    if not may(user, action, entry):
        raise PermissionDenied(f"You may not {action} this hours entry.")


def get_entry_or_404(entry_id: int, user, need: str = "view") -> HoursEntry:
    """An entry for `user`: 404 when out of scope, 403 when in scope but `need` is not theirs."""
    entry = db.session.get(HoursEntry, entry_id) if 1 <= entry_id <= 2**31 - 1 else None
    if entry is None or not can_view_entry(user, entry):
        abort(404)
    if not ENTRY_PERMISSIONS[need](user, entry):
        abort(403)
    return entry


def get_trainee_or_404(trainee_id: int, viewer):
    """A trainee whose hours `viewer` may see, else 404."""
    trainee = access.get_user_in_program_or_404(trainee_id, viewer) if 1 <= trainee_id <= 2**31 - 1 else abort(404)
    if not access.can_see_trainee_hours(viewer, trainee):
        abort(404)
    return trainee


def require_director(user) -> None:
    access.require_role(user, Role.DIRECTOR)
