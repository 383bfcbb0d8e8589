"""Who opened which note, and when (HIPAA audit controls for reads).

A plain append-only table, apart from the hash-chained audit log: reads are many times more frequent
than changes, and chaining them would serialise every page view behind the audit lock. A row holds the
note's id, the reader, the time and how it was opened (page, editor, revision, API): never note text.

Views call `record_note_read` after the permission check; the rows are written after the response is
built, in the request's own transaction, and only when the answer was a success.
"""
from __future__ import annotations

import logging
from datetime import datetime

from flask import after_this_request, g
from sqlalchemy import ForeignKey, Index, String, insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, mapped_column, relationship

from . import clock
from .extensions import db
from .types import UTCDateTime

log = logging.getLogger(__name__)

# How a note was opened: the note page, the editor, one revision or the diff, the JSON API.
VIA = ("page", "editor", "revision", "api")


class NoteRead(db.Model):
    __tablename__ = "note_read"
    __table_args__ = (
        Index("ix_note_read_program_at", "program_id", "at"),
        Index("ix_note_read_note_at", "note_id", "at"),
        Index("ix_note_read_user_at", "user_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"))
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    via: Mapped[str] = mapped_column(String(10))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    user: Mapped["User"] = relationship()  # noqa: F821


def record_note_read(note, user, via: str) -> None:
    """Note that `user` opened `note` in this request; written once the response succeeds."""
    if via not in VIA:
        raise ValueError(f"unknown way of opening a note: {via!r}")
    pending = g.get("_note_reads")
    if pending is None:
        pending = g._note_reads = []
        after_this_request(_write_reads)
    pending.append(dict(program_id=note.program_id, note_id=note.id, user_id=user.id, via=via, at=clock.now()))


def _write_reads(response):
    rows = g.pop("_note_reads", None) or []
    if not rows or response.status_code >= 400:
        return response
    try:
        # A plain INSERT: no objects to track, no unit of work to flush (this runs on every note view).
        db.session.execute(insert(NoteRead), rows)
        db.session.commit()
    except SQLAlchemyError as exc:
        # The page was already built for a permitted reader; losing the row must not turn it into an
        # error. Say so in the log (ids only), where monitoring will see it.
        db.session.rollback()
        log.error("note read not recorded (note %s, user %s): %s", rows[0]["note_id"], rows[0]["user_id"],
                  exc.__class__.__name__)
    return response
