"""People and their API tokens."""
from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .. import clock
from ..enums import Role, db_enum
from ..extensions import db
from ..types import UTCDateTime


class User(UserMixin, db.Model):
    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    # Stored lower-cased (see normalise_email), so the unique index ignores case on every database.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(db_enum(Role, "user_role"))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    # Bumped on logout-everywhere and password change: sessions carrying an older value are dead.
    session_version: Mapped[int] = mapped_column(default=1)
    # E-mail for notifications: "immediate", "daily" (one digest a day) or "off".
    email_preference: Mapped[str] = mapped_column(String(10), default="immediate")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    program: Mapped["Program"] = relationship()  # noqa: F821

    @property
    def is_active(self) -> bool:  # Flask-Login refuses inactive accounts
        return self.active

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"

    @property
    def is_trainee(self) -> bool:
        return self.role == Role.TRAINEE

    @property
    def is_supervisor(self) -> bool:
        return self.role == Role.SUPERVISOR

    @property
    def is_director(self) -> bool:
        return self.role == Role.DIRECTOR

    def __repr__(self) -> str:
        return f"<User {self.id} {self.role}>"


class ApiToken(db.Model):
    """A bearer token for the JSON API; only its SHA-256 is stored."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(80), default="API token")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()


class PasswordReset(db.Model):
    """A password-reset link sent by e-mail: single use, short-lived; only the token's SHA-256 is stored."""

    __tablename__ = "password_reset"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()


class SignInFailure(db.Model):
    """One failed password check for an e-mail address, kept for the lockout window.

    Keyed by the SHA-256 of the normalised address, not by account, so that an address without an account
    locks exactly like one with an account (the lockout reveals nothing) and no stranger's address is stored.
    Rows live in the database so that every worker on every host counts the same failures.
    """

    __tablename__ = "sign_in_failure"
    __table_args__ = (Index("ix_sign_in_failure_email_at", "email_hash", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=lambda: clock.now())
