"""Reflection entries, their edit history, supervisors' answers, competencies and prompts."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, JSON, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .. import clock
from ..extensions import db
from ..types import UTCDateTime

DEFAULT_COMPETENCIES = (
    ("reflective_practice", "Reflective practice"),
    ("assessment", "Assessment"),
    ("intervention", "Intervention"),
    ("relationships", "Relationships"),
    ("ethics", "Ethics"),
    ("diversity", "Diversity"),
    ("professionalism", "Professionalism"),
    ("use_of_supervision", "Use of supervision"),
)


class Competency(db.Model):
    """A competency a program tracks growth in (configurable per program)."""

    __tablename__ = "competency"
    __table_args__ = (UniqueConstraint("program_id", "code", name="uq_competency_program_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


reflection_competency = Table(
    "reflection_competency",
    db.Model.metadata,
    Column("reflection_id", Integer, ForeignKey("reflection.id", ondelete="CASCADE"), primary_key=True),
    Column("competency_id", Integer, ForeignKey("competency.id"), primary_key=True),
)


class Reflection(db.Model):
    """An entry in a trainee's log: free, or made from feedback (a comment or annotation on their note)
    or from their own reply. Private unless shared with their supervisors."""

    __tablename__ = "reflection"
    __table_args__ = (Index("ix_reflection_trainee_created", "trainee_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"))
    trainee_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    source: Mapped[str] = mapped_column(String(12), default="free")  # free | comment | annotation | reply
    note_id: Mapped[int | None] = mapped_column(ForeignKey("note.id"), index=True)
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comment.id"))
    annotation_id: Mapped[int | None] = mapped_column(ForeignKey("annotation.id"))
    # The feedback as it read when the entry was made, so the entry keeps its meaning.
    quote: Mapped[str | None] = mapped_column(Text)
    quote_author_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    shared: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    __mapper_args__ = {"version_id_col": version}

    trainee: Mapped["User"] = relationship(foreign_keys=[trainee_id])  # noqa: F821
    quote_author: Mapped["User | None"] = relationship(foreign_keys=[quote_author_id])  # noqa: F821
    competencies: Mapped[list[Competency]] = relationship(secondary=reflection_competency, order_by=Competency.position)
    history: Mapped[list["ReflectionVersion"]] = relationship(
        back_populates="reflection", order_by="ReflectionVersion.number", cascade="all, delete-orphan")
    answers: Mapped[list["ReflectionComment"]] = relationship(
        back_populates="reflection", order_by="ReflectionComment.id", cascade="all, delete-orphan")


class ReflectionVersion(db.Model):
    """An earlier text of an entry, kept when it is edited."""

    __tablename__ = "reflection_version"
    __table_args__ = (UniqueConstraint("reflection_id", "number", name="uq_reflection_version_reflection_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reflection_id: Mapped[int] = mapped_column(ForeignKey("reflection.id", ondelete="CASCADE"))
    number: Mapped[int]
    body: Mapped[str] = mapped_column(Text)
    competencies: Mapped[list] = mapped_column(JSON, default=list)
    shared: Mapped[bool]
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)

    reflection: Mapped[Reflection] = relationship(back_populates="history")


class ReflectionComment(db.Model):
    """A supervisor's answer to a shared entry, and the trainee's replies."""

    __tablename__ = "reflection_comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    reflection_id: Mapped[int] = mapped_column(ForeignKey("reflection.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    reflection: Mapped[Reflection] = relationship(back_populates="answers")
    author: Mapped["User"] = relationship()  # noqa: F821


class ReflectionPrompt(db.Model):
    """'Reflect on this feedback': shown on the trainee's dashboard after changes are requested or a note
    is approved with feedback, until they write an entry about the note or dismiss the prompt."""

    __tablename__ = "reflection_prompt"
    __table_args__ = (Index("ix_reflection_prompt_trainee_open", "trainee_id", "closed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id"))
    reason: Mapped[str] = mapped_column(String(20))  # changes_requested | approved
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(12))  # reflected | dismissed
