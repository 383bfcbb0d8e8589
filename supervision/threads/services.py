"""A note's thread: comments and replies."""
from __future__ import annotations

from sqlalchemy import select

from .. import access, audit
from ..errors import ValidationFailed
from ..extensions import db
from ..notes.models import Note
from ..notifications.services import notify
from ..text import render_markdown
from .models import Comment

MAX_COMMENT = 20_000


def add_comment(note: Note, actor, *, body: str, parent_id: int | None = None) -> Comment:
    """Add a comment (or a reply when `parent_id` names a comment on the same note).
    Raises PermissionDenied, ValidationFailed."""
    access.require(actor, "comment", note)
    body = (body or "").strip() if isinstance(body, str) else ""
    if not body:
        raise ValidationFailed("The comment is empty.", {"body": ["Write something first."]})
    if len(body) > MAX_COMMENT:
        raise ValidationFailed("The comment is too long.", {"body": [f"At most {MAX_COMMENT:,} characters."]})
    if parent_id is not None:
        parent = db.session.get(Comment, parent_id)
        if parent is None or parent.note_id != note.id:
            raise ValidationFailed("You can only reply to a comment on this note.", {"parent_id": ["Unknown comment."]})
        # Replies stay one level deep, like most review tools: a reply to a reply joins the same thread.
        if parent.parent_id is not None:
            parent_id = parent.parent_id
    comment = Comment(note_id=note.id, author_id=actor.id, parent_id=parent_id, body=body,
                      body_html=render_markdown(body), revision_number=len(note.revisions) or None)
    db.session.add(comment)
    db.session.flush()
    audit.record("comment.created", comment, actor=actor, program_id=note.program_id, note=note.id,
                 reply=parent_id is not None)
    recipients = set(access.supervisor_ids_of(note.trainee_id)) | {note.trainee_id}
    if parent_id is not None:
        recipients |= set(db.session.execute(
            select(Comment.author_id).where((Comment.id == parent_id) | (Comment.parent_id == parent_id))
        ).scalars())
    notify(recipients, "comment", f"{actor.name} commented on note #{note.id}.", actor=actor, note=note)
    return comment


def thread_for(note: Note) -> list[Comment]:
    """Top-level comments of a note, oldest first, with authors and replies loaded in a fixed number of queries."""
    from sqlalchemy.orm import selectinload

    return list(db.session.execute(
        select(Comment)
        .where(Comment.note_id == note.id, Comment.parent_id.is_(None))
        .options(selectinload(Comment.author), selectinload(Comment.replies).selectinload(Comment.author))
        .order_by(Comment.created_at, Comment.id)
    ).scalars())
