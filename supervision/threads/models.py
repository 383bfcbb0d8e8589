"""A note's discussion: comments and replies, and annotations on spans of text that follow the text
from revision to revision."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .. import clock
from ..extensions import db
from ..types import UTCDateTime


class Comment(db.Model):
    """A comment in a note's general thread, or a reply in an annotation's thread (`annotation_id`).
    A top-level comment of the general thread can be resolved and reopened."""

    __tablename__ = "comment"
    __table_args__ = (
        Index("ix_comment_note_created", "note_id", "created_at"),
        # Replies are loaded by their parent (Comment.replies): without it, a scan of every comment (issue 9).
        Index("ix_comment_parent_id", "parent_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comment.id"))
    annotation_id: Mapped[int | None] = mapped_column(ForeignKey("annotation.id"), index=True)
    # The revision the author was looking at, so feedback can be read against the text it was about.
    revision_number: Mapped[int | None]
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    # "event" marks a comment the system wrote for a recorded act (a suggestion accepted, a thread resolved).
    kind: Mapped[str] = mapped_column(String(20), default="comment")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))

    author: Mapped["User"] = relationship(foreign_keys=[author_id])  # noqa: F821
    replies: Mapped[list["Comment"]] = relationship(order_by="Comment.id")


class Annotation(db.Model):
    """A remark on a span of one revision, stored as a W3C-style selector (quote with context, and
    code-point offsets into that revision's text). Its place in later revisions is in AnnotationAnchor."""

    __tablename__ = "annotation"

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id"), index=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(String(64), default="")
    suffix: Mapped[str] = mapped_column(String(64), default="")
    start: Mapped[int]
    end: Mapped[int]
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    # A suggested replacement for the span; the trainee accepts (applied to the draft) or declines.
    suggestion: Mapped[str | None] = mapped_column(Text)
    suggestion_status: Mapped[str | None] = mapped_column(String(12))  # pending | accepted | declined
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))

    author: Mapped["User"] = relationship(foreign_keys=[author_id])  # noqa: F821
    revision: Mapped["Revision"] = relationship()  # noqa: F821
    anchors: Mapped[list["AnnotationAnchor"]] = relationship(
        back_populates="annotation", order_by="AnnotationAnchor.revision_number", cascade="all, delete-orphan"
    )
    replies: Mapped[list[Comment]] = relationship(order_by="Comment.id", viewonly=True)

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


class AnnotationAnchor(db.Model):
    """Where an annotation sits in one revision. `start`/`end` are None when its text is gone (outdated)."""

    __tablename__ = "annotation_anchor"
    __table_args__ = (UniqueConstraint("annotation_id", "revision_id", name="uq_annotation_anchor_annotation_revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    annotation_id: Mapped[int] = mapped_column(ForeignKey("annotation.id"))
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id"), index=True)
    revision_number: Mapped[int]
    start: Mapped[int | None]
    end: Mapped[int | None]
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    method: Mapped[str] = mapped_column(String(12))  # original | diff | quote | fuzzy | outdated
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    annotation: Mapped[Annotation] = relationship(back_populates="anchors")

    @property
    def outdated(self) -> bool:
        return self.start is None
