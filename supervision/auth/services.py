"""Accounts, sign-in and API tokens."""
from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from email_validator import EmailNotValidError, validate_email
from flask import current_app
from sqlalchemy import select

from .. import audit, clock
from ..enums import Role
from ..errors import PermissionDenied, ValidationFailed
from ..extensions import db
from .models import ApiToken, User
from .passwords import DUMMY_HASH, hash_password, password_problems, verify_password

TOKEN_PREFIX = "sv_"


def normalise_email(email: str) -> str:
    """Lower-case and syntax-check an address (no DNS look-up). Raises ValidationFailed."""
    try:
        # Tests use reserved .test addresses, which email-validator refuses everywhere else.
        return validate_email((email or "").strip(), check_deliverability=False,
                              test_environment=current_app.testing).normalized.lower()
    except EmailNotValidError as exc:
        raise ValidationFailed("That e-mail address is not valid.", {"email": [str(exc)]}) from None


def find_user_by_email(email: str) -> User | None:
    try:
        email = normalise_email(email)
    except ValidationFailed:
        return None
    return db.session.execute(select(User).where(User.email == email)).scalar_one_or_none()


def _hash(password: str) -> str:
    return hash_password(password, fast=current_app.config.get("PASSWORD_HASH_FAST", False))


def set_password(user: User, password: str) -> None:
    problems = password_problems(password, email=user.email, name=user.name)
    if problems:
        raise ValidationFailed("Choose a stronger password.", {"password": problems})
    user.password_hash = _hash(password)


def create_user(program, *, email: str, name: str, role: Role | str, password: str, actor=None) -> User:
    """Create an account. Raises ValidationFailed (bad or taken e-mail, weak password)."""
    email = normalise_email(email)
    name = (name or "").strip()
    if not name:
        raise ValidationFailed("A name is required.", {"name": ["Enter the person's name."]})
    if db.session.execute(select(User.id).where(User.email == email)).first():
        raise ValidationFailed("That e-mail address already has an account.", {"email": ["Already registered."]})
    user = User(program_id=program.id, email=email, name=name[:120], role=Role(role), password_hash="")
    set_password(user, password)
    db.session.add(user)
    db.session.flush()
    audit.record("user.created", user, actor=actor, program_id=program.id, role=user.role.value)
    return user


def authenticate(email: str, password: str) -> User | None:
    """The active user with this e-mail and password, or None. Takes as long either way."""
    user = find_user_by_email(email)
    if user is None:
        verify_password(DUMMY_HASH, password)
        return None
    if not verify_password(user.password_hash, password) or not user.active:
        return None
    return user


def record_login(user: User, *, method: str = "password") -> None:
    user.last_login_at = clock.now()
    audit.record("user.signed_in", user, actor=user, method=method)


def record_failed_login(email: str) -> None:
    user = find_user_by_email(email)
    if user is not None:
        audit.record("user.sign_in_failed", user, actor=None, program_id=user.program_id)


def end_all_sessions(user: User, actor=None) -> None:
    """Invalidate every session of the user (they carry the old session version)."""
    user.session_version += 1
    audit.record("user.sessions_ended", user, actor=actor or user)


# --- API tokens -----------------------------------------------------------------------------------------

def token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def issue_token(user: User, *, name: str = "API token", lifetime: timedelta | None = None) -> tuple[ApiToken, str]:
    """Create a token; return it and the raw secret, which is shown once and never stored."""
    if not user.active:
        raise PermissionDenied("This account is deactivated.")
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user_id=user.id, token_hash=token_hash(raw), prefix=raw[:10], name=name[:80],
                     expires_at=clock.now() + lifetime if lifetime else None)
    db.session.add(token)
    db.session.flush()
    audit.record("api_token.created", token, actor=user, program_id=user.program_id)
    return token, raw


def user_for_token(raw: str) -> User | None:
    """The active user a bearer token belongs to, or None when unknown, revoked or expired."""
    if not raw or not raw.startswith(TOKEN_PREFIX) or len(raw) > 200:
        return None
    token = db.session.execute(select(ApiToken).where(ApiToken.token_hash == token_hash(raw))).scalar_one_or_none()
    now = clock.now()
    if token is None or token.revoked_at is not None or (token.expires_at and token.expires_at <= now):
        return None
    user = token.user
    if not user.active:
        return None
    # Touch last use at most once a minute: a write on every request would serialise API traffic.
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=1):
        token.last_used_at = now
        db.session.commit()
    return user


def revoke_token(token: ApiToken, actor: User) -> None:
    if token.user_id != actor.id:
        raise PermissionDenied("Not your token.")
    if token.revoked_at is None:
        token.revoked_at = clock.now()
        audit.record("api_token.revoked", token, actor=actor, program_id=actor.program_id)
