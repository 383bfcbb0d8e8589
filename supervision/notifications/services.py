"""Writing notifications. Rows are added in the caller's transaction; nothing here sends mail."""
from __future__ import annotations

from collections.abc import Iterable

from ..extensions import db
from .models import Notification


def notify(user_ids: Iterable[int], kind: str, message: str, *, actor=None, note=None) -> None:
    """Queue an in-app notification for each user (never for the actor themself)."""
    for user_id in sorted(set(user_ids)):
        if actor is not None and user_id == actor.id:
            continue
        db.session.add(Notification(
            user_id=user_id,
            actor_id=actor.id if actor is not None else None,
            kind=kind,
            note_id=note.id if note is not None else None,
            message=message[:300],
        ))
