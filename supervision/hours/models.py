"""Clinical hours: one entry per activity, verified by a supervisor or by a co-signed note."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .. import clock
from ..enums import HoursStatus, db_enum
from ..extensions import db
from ..types import UTCDateTime


class HoursEntry(db.Model):
    __tablename__ = "hours_entry"
    __table_args__ = (Index("ix_hours_entry_trainee_date", "trainee_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    note_id: Mapped[int | None] = mapped_column(ForeignKey("note.id"), unique=True)
    date: Mapped[date]
    minutes: Mapped[int]
    category: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[HoursStatus] = mapped_column(db_enum(HoursStatus, "hours_status"), default=HoursStatus.PENDING)
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    trainee: Mapped["User"] = relationship(foreign_keys=[trainee_id])  # noqa: F821
    verified_by: Mapped["User | None"] = relationship(foreign_keys=[verified_by_id])  # noqa: F821
