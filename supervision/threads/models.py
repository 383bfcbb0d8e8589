"""A note's discussion: comments and their replies."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .. import clock
from ..extensions import db
from ..types import UTCDateTime


class Comment(db.Model):
    __tablename__ = "comment"
    __table_args__ = (Index("ix_comment_note_created", "note_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comment.id"))
    # The revision the author was looking at, so feedback can be read against the text it was about.
    revision_number: Mapped[int | None]
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    author: Mapped["User"] = relationship()  # noqa: F821
    replies: Mapped[list["Comment"]] = relationship(order_by="Comment.id")
