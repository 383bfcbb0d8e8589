"""Programs (the tenant boundary), supervision assignments and invitations."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .. import clock
from ..enums import AssignmentKind, Role, db_enum
from ..extensions import db
from ..types import UTCDateTime


class Program(db.Model):
    __tablename__ = "program"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    timezone: Mapped[str] = mapped_column(String(64), default="America/New_York")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    def __repr__(self) -> str:
        return f"<Program {self.id} {self.name!r}>"


class SupervisionAssignment(db.Model):
    """A supervisor assigned to a trainee, for a kind of supervision, from a date until an end date (exclusive)."""

    __tablename__ = "supervision_assignment"
    __table_args__ = (
        Index("ix_supervision_assignment_trainee_supervisor", "trainee_id", "supervisor_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    kind: Mapped[AssignmentKind] = mapped_column(db_enum(AssignmentKind, "assignment_kind"))
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    supervisor: Mapped["User"] = relationship(foreign_keys=[supervisor_id])  # noqa: F821
    trainee: Mapped["User"] = relationship(foreign_keys=[trainee_id])  # noqa: F821

    def is_current(self, today: date) -> bool:
        return self.starts_on <= today and (self.ends_on is None or self.ends_on > today)


class Invitation(db.Model):
    """A sign-up link for a new person. Only the token's hash is kept."""

    __tablename__ = "invitation"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    email: Mapped[str] = mapped_column(String(254))
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(db_enum(Role, "invitation_role"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    invited_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    invited_by: Mapped["User"] = relationship(foreign_keys=[invited_by_id])  # noqa: F821

    def is_open(self, now: datetime) -> bool:
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > now


class PeerGroup(db.Model):
    """A group of trainees (a practicum cohort) who review the notes shared with the group."""

    __tablename__ = "peer_group"
    __table_args__ = (UniqueConstraint("program_id", "name", name="uq_peer_group_program_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"))
    name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    members: Mapped[list["PeerGroupMember"]] = relationship(back_populates="group", cascade="all, delete-orphan")


class PeerGroupMember(db.Model):
    __tablename__ = "peer_group_member"
    __table_args__ = (UniqueConstraint("group_id", "user_id", name="uq_peer_group_member_group_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("peer_group.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())

    group: Mapped[PeerGroup] = relationship(back_populates="members")
    user: Mapped["User"] = relationship()  # noqa: F821


class NoteShare(db.Model):
    """A note shared by its trainee with a peer group, until revoked."""

    __tablename__ = "note_share"
    __table_args__ = (Index("ix_note_share_group_note", "peer_group_id", "note_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id"), index=True)
    peer_group_id: Mapped[int] = mapped_column(ForeignKey("peer_group.id"))
    shared_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    group: Mapped[PeerGroup] = relationship()
