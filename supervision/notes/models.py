"""Session notes, their frozen revisions, approvals (co-signatures) and PHI dismissals."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, func, select
from sqlalchemy.orm import Mapped, column_property, mapped_column, relationship

from .. import clock
from ..enums import NoteStatus, NoteTemplate, SessionType, Setting, db_enum
from ..extensions import db
from ..types import UTCDateTime


class Note(db.Model):
    """A de-identified session note. An addendum is a Note whose `parent_id` is the approved note it amends."""

    __tablename__ = "note"
    __table_args__ = (
        Index("ix_note_trainee_status_updated", "trainee_id", "status", "updated_at"),
        Index("ix_note_program_status_submitted_trainee", "program_id", "status", "submitted_at", "trainee_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"))
    trainee_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("note.id"), index=True)
    status: Mapped[NoteStatus] = mapped_column(db_enum(NoteStatus, "note_status"), default=NoteStatus.DRAFT)
    # Optimistic lock: SQLAlchemy adds "WHERE version = :old" to every UPDATE and bumps it.
    version: Mapped[int] = mapped_column(default=1)
    template: Mapped[NoteTemplate] = mapped_column(db_enum(NoteTemplate, "note_template"))
    client_code: Mapped[str] = mapped_column(String(16))
    session_date: Mapped[date]
    duration_minutes: Mapped[int]
    session_type: Mapped[SessionType] = mapped_column(db_enum(SessionType, "session_type"))
    setting: Mapped[Setting] = mapped_column(db_enum(Setting, "session_setting"), default=Setting.IN_PERSON)
    hours_category: Mapped[str | None] = mapped_column(String(40))
    body: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    changes_summary: Mapped[str | None] = mapped_column(Text)
    changes_summary_html: Mapped[str | None] = mapped_column(Text)

    __mapper_args__ = {"version_id_col": version}

    trainee: Mapped["User"] = relationship(foreign_keys=[trainee_id])  # noqa: F821
    parent: Mapped["Note | None"] = relationship(remote_side=[id], back_populates="addenda")
    addenda: Mapped[list["Note"]] = relationship(back_populates="parent", order_by="Note.id")
    revisions: Mapped[list["Revision"]] = relationship(
        back_populates="note", order_by="Revision.number", cascade="all, delete-orphan"
    )
    approval: Mapped["Approval | None"] = relationship(back_populates="note", uselist=False)
    dismissals: Mapped[list["PhiDismissal"]] = relationship(
        back_populates="note", order_by="PhiDismissal.id", cascade="all, delete-orphan"
    )

    @property
    def is_addendum(self) -> bool:
        return self.parent_id is not None

    @property
    def is_editable(self) -> bool:
        return self.status in (NoteStatus.DRAFT, NoteStatus.CHANGES_REQUESTED)

    @property
    def latest_revision(self) -> "Revision | None":
        return self.revisions[-1] if self.revisions else None

    def __repr__(self) -> str:
        return f"<Note {self.id} {self.status}>"


class Revision(db.Model):
    """The text of a note as submitted. Never edited."""

    __tablename__ = "revision"
    __table_args__ = (UniqueConstraint("note_id", "number", name="uq_revision_note_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id"))
    number: Mapped[int]
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    submitted_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    note: Mapped[Note] = relationship(back_populates="revisions")


# How many revisions a note has, for lists that show the number without loading the revisions' text.
# Deferred: only a query that asks for it with `undefer(Note.revision_count)` pays for the sub-select.
Note.revision_count = column_property(
    select(func.count(Revision.id)).where(Revision.note_id == Note.id).correlate_except(Revision).scalar_subquery(),
    deferred=True,
)


class Approval(db.Model):
    """A supervisor's co-signature of one revision, with the attestation they agreed to."""

    __tablename__ = "approval"

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id"), unique=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id"))
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    attestation: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    approved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    note: Mapped[Note] = relationship(back_populates="approval")
    revision: Mapped[Revision] = relationship()
    supervisor: Mapped["User"] = relationship()  # noqa: F821


class PhiDismissal(db.Model):
    """A trainee's statement that a flagged text is not PHI, with the reason the supervisor will read."""

    __tablename__ = "phi_dismissal"
    __table_args__ = (UniqueConstraint("note_id", "kind", "text", name="uq_phi_dismissal_note_kind_text"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id"))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    dismissed_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    note: Mapped[Note] = relationship(back_populates="dismissals")
    dismissed_by: Mapped["User"] = relationship()  # noqa: F821
