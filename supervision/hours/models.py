"""Clinical hours: one entry per activity, verified by a supervisor or by a co-signed note; a program's
categories and requirement rule sets; the history of each entry; and the fingerprints of issued hours logs."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .. import clock
from ..enums import HoursStatus, db_enum
from ..extensions import db
from ..types import UTCDateTime


class HoursEntry(db.Model):
    __tablename__ = "hours_entry"
    __table_args__ = (
        Index("ix_hours_entry_trainee_date", "trainee_id", "date"),
        # Waiting entries by program, and those waiting since before a date (cohort, dashboard): migration 0008.
        Index("ix_hours_entry_program_status_submitted", "program_id", "status", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    note_id: Mapped[int | None] = mapped_column(ForeignKey("note.id"), unique=True)
    date: Mapped[date]  # the day of the activity, in the program's time zone
    minutes: Mapped[int]
    category: Mapped[str] = mapped_column(String(40))  # a code of the program's categories
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[HoursStatus] = mapped_column(db_enum(HoursStatus, "hours_status"), default=HoursStatus.PENDING)
    # Optimistic lock: two supervisors acting on one entry at once cannot both win.
    version: Mapped[int] = mapped_column(default=1)
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rejected_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    rejected_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    # When the entry last started waiting for verification (logged, edited after a rejection, reopened).
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    __mapper_args__ = {"version_id_col": version}

    trainee: Mapped["User"] = relationship(foreign_keys=[trainee_id])  # noqa: F821
    verified_by: Mapped["User | None"] = relationship(foreign_keys=[verified_by_id])  # noqa: F821
    rejected_by: Mapped["User | None"] = relationship(foreign_keys=[rejected_by_id])  # noqa: F821
    events: Mapped[list["HoursEntryEvent"]] = relationship(
        back_populates="entry", order_by="HoursEntryEvent.id", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def source(self) -> str:
        return "note" if self.note_id is not None else "manual"

    @property
    def is_pending(self) -> bool:
        return self.status == HoursStatus.PENDING

    def __repr__(self) -> str:
        return f"<HoursEntry {self.id} {self.status} {self.minutes} min>"


class HoursEntryEvent(db.Model):
    """One step in an entry's life: logged, edited, verified, rejected (with the reason), reopened."""

    __tablename__ = "hours_entry_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("hours_entry.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    reason: Mapped[str | None] = mapped_column(Text)

    entry: Mapped[HoursEntry] = relationship(back_populates="events")
    actor: Mapped["User | None"] = relationship()  # noqa: F821


class HoursCategory(db.Model):
    """A program's hours category. The code never changes once entries use it; the rest may."""

    __tablename__ = "hours_category"
    __table_args__ = (UniqueConstraint("program_id", "code", name="uq_hours_category_program_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(80))
    group: Mapped[str] = mapped_column(String(12))  # direct | indirect | supervision
    aapi: Mapped[str] = mapped_column(String(20))   # Intervention | Assessment | Supervision | Support
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class RequirementSet(db.Model):
    """A program's requirement rule set: a name and its rules as JSON (see rules.parse_rules)."""

    __tablename__ = "hours_requirement_set"
    __table_args__ = (UniqueConstraint("program_id", "code", name="uq_hours_requirement_set_program_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120))
    rules: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())


class HoursLogExport(db.Model):
    """An issued PDF hours log: the SHA-256 of its content data (printed in it) and of the file itself,
    so that a director can later check a log a board was given."""

    __tablename__ = "hours_log_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"))
    trainee_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    content_sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    verified_minutes: Mapped[int]
    entry_count: Mapped[int]

    trainee: Mapped["User"] = relationship(foreign_keys=[trainee_id])  # noqa: F821
    created_by: Mapped["User"] = relationship(foreign_keys=[created_by_id])  # noqa: F821



# JSONB on PostgreSQL: the cohort query reads single keys of it for every row, which JSONB does without parsing.
CategoryMinutes = JSON().with_variant(JSONB(), "postgresql")


class HoursWeek(db.Model):
    """One trainee's minutes in one week: verified, and logged (verified or waiting for verification); in all,
    by group (columns), and by category (a JSON object of code -> minutes).

    A rollup of `hours_entry`, rewritten from it for the weeks each entry change touches (services.
    refresh_week_totals), so that the cohort view reads one row per trainee and week instead of every entry.
    `week` is `rules.week_index` of the entries' dates. The group columns follow the program's categories at
    the time of writing; changing a category's group rebuilds the program's rows.
    """

    __tablename__ = "hours_week"
    __table_args__ = (Index("ix_hours_week_program_week", "program_id", "week"),)

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("user.id"), primary_key=True)
    week: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    verified_minutes: Mapped[int]
    logged_minutes: Mapped[int]
    verified_direct: Mapped[int]
    verified_indirect: Mapped[int]
    verified_supervision: Mapped[int]
    logged_direct: Mapped[int]
    logged_indirect: Mapped[int]
    logged_supervision: Mapped[int]
    verified_by_category: Mapped[dict[str, int]] = mapped_column(CategoryMinutes)
    logged_by_category: Mapped[dict[str, int]] = mapped_column(CategoryMinutes)
