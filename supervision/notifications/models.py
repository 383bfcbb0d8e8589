"""In-app notifications, written in the same transaction as the change they announce."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .. import clock
from ..extensions import db
from ..types import UTCDateTime


class Notification(db.Model):
    __tablename__ = "notification"
    __table_args__ = (
        Index("ix_notification_user_read", "user_id", "read_at"),
        Index("ix_notification_outbox", "emailed_at", "next_email_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    kind: Mapped[str] = mapped_column(String(40))
    note_id: Mapped[int | None] = mapped_column(ForeignKey("note.id"))
    # A short sentence with no note text in it ("Dana Lee requested changes to note #12").
    message: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The e-mail outbox: sent after the change committed, retried with back-off, never blocking the change.
    emailed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    email_attempts: Mapped[int] = mapped_column(default=0)
    next_email_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    email_error: Mapped[str | None] = mapped_column(String(200))
