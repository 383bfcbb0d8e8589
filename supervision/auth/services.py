"""Accounts, sign-in and API tokens."""
from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass
from datetime import timedelta

from email_validator import EmailNotValidError, validate_email
from flask import current_app
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import joinedload

from .. import audit, clock
from ..enums import Role
from ..errors import AccountLocked, InvalidTransition, PermissionDenied, ValidationFailed
from ..extensions import db
from .models import ApiToken, PasswordReset, SignInFailure, User
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


# --- failed sign-ins, counted per account --------------------------------------------------------------

_PG_SIGN_IN_LOCK = 7_301_002  # with hashtext(address): serialises password checks for one address


def email_key(email: str) -> str:
    """What failures are counted under: the SHA-256 of the normalised address (any text for a bad one)."""
    try:
        email = normalise_email(email)
    except ValidationFailed:
        email = (email or "").strip().lower()
    return hashlib.sha256(email.encode()).hexdigest()


def _serialise_checks(key: str) -> None:
    # Concurrent guesses at one account, on any worker, take turns, so that none slips past the count.
    if db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(text("SELECT pg_advisory_xact_lock(:k, hashtext(:e))"), {"k": _PG_SIGN_IN_LOCK, "e": key})


def sign_in_locked_for(key: str) -> int:
    """Seconds until the address may try a password again; 0 when it may now."""
    config = current_app.config
    limit, window = config["SIGN_IN_FAILURE_LIMIT"], config["SIGN_IN_FAILURE_WINDOW"]
    now = clock.now()
    recent = db.session.execute(
        select(SignInFailure.at).where(SignInFailure.email_hash == key, SignInFailure.at > now - window)
        .order_by(SignInFailure.at.desc()).limit(limit)
    ).scalars().all()
    if len(recent) < limit:
        return 0
    return max(1, math.ceil((recent[-1] + window - now).total_seconds()))


def _locked(seconds: int) -> AccountLocked:
    minutes = max(1, math.ceil(seconds / 60))
    return AccountLocked(
        f"Too many failed sign-ins for this account. Try again in {minutes} minute{'s' if minutes != 1 else ''}, "
        "or reset your password by e-mail.", retry_after=seconds)


def _count_failure(key: str) -> None:
    now = clock.now()
    window = current_app.config["SIGN_IN_FAILURE_WINDOW"]
    db.session.execute(delete(SignInFailure).where(SignInFailure.email_hash == key, SignInFailure.at <= now - window))
    db.session.add(SignInFailure(email_hash=key, at=now))
    db.session.flush()


def clear_failures(email: str) -> None:
    db.session.execute(delete(SignInFailure).where(SignInFailure.email_hash == email_key(email)))


def sign_in_with_password(email: str, password: str) -> User | None:
    """The active user with this e-mail and password, or None (the failure is counted and audited).

    Raises AccountLocked, without checking the password, while the address has had too many recent
    failures: a guesser gets SIGN_IN_FAILURE_LIMIT tries per window, whatever addresses they come from.
    The caller commits in both cases, so that the failure is counted.
    """
    key = email_key(email)
    _serialise_checks(key)
    wait = sign_in_locked_for(key)
    if wait:
        raise _locked(wait)
    user = authenticate(email, password)
    if user is None:
        _count_failure(key)
        record_failed_login(email)
        wait = sign_in_locked_for(key)
        account = find_user_by_email(email) if wait else None
        if account is not None:  # this failure started a lockout: the director's audit log shows it
            audit.record("user.sign_in_locked", account, actor=None, program_id=account.program_id,
                         minutes=max(1, math.ceil(wait / 60)))
        return None
    clear_failures(email)
    return user


def confirm_password(user: User, password: str) -> bool:
    """Re-authentication of a signed-in user (before a password change or a new API token). A wrong
    password counts as a failed sign-in of the account. Raises AccountLocked."""
    key = email_key(user.email)
    _serialise_checks(key)
    wait = sign_in_locked_for(key)
    if wait:
        raise _locked(wait)
    if verify_password(user.password_hash, password or ""):
        return True
    _count_failure(key)
    audit.record("user.reauthentication_failed", user, actor=user)
    return False


# --- password reset by e-mail --------------------------------------------------------------------------

def request_password_reset(email: str) -> tuple[User, str] | None:
    """Make a single-use reset link for the account with this address; return the user and the raw token
    (to e-mail; only its hash is stored). None when there is no active account or it already had
    PASSWORD_RESETS_PER_HOUR links this hour. The caller answers the same in every case."""
    user = find_user_by_email(email)
    if user is None or not user.active:
        return None
    now = clock.now()
    recent = db.session.execute(
        select(func.count()).select_from(PasswordReset)
        .where(PasswordReset.user_id == user.id, PasswordReset.created_at > now - timedelta(hours=1))
    ).scalar_one()
    if recent >= current_app.config["PASSWORD_RESETS_PER_HOUR"]:
        return None
    raw = secrets.token_urlsafe(32)
    db.session.add(PasswordReset(user_id=user.id, token_hash=token_hash(raw), created_at=now,
                                 expires_at=now + current_app.config["PASSWORD_RESET_LIFETIME"]))
    audit.record("user.password_reset_requested", user, actor=None, program_id=user.program_id)
    return user, raw


@dataclass(frozen=True)
class ResetLink:
    state: str  # "valid", "unknown", "used", "expired"
    reset: PasswordReset | None = None

    @property
    def valid(self) -> bool:
        return self.state == "valid"


def open_password_reset(raw: str | None) -> ResetLink:
    """What a reset link is worth now."""
    if not raw or len(raw) > 200:
        return ResetLink("unknown")
    reset = db.session.execute(
        select(PasswordReset).where(PasswordReset.token_hash == token_hash(raw))).scalar_one_or_none()
    if reset is None or not reset.user.active:
        return ResetLink("unknown")
    if reset.used_at is not None:
        return ResetLink("used", reset)
    if reset.expires_at <= clock.now():
        return ResetLink("expired", reset)
    return ResetLink("valid", reset)


def reset_password(raw: str, new_password: str) -> User:
    """Set a new password through a reset link, use the link up, end every session of the account and
    lift a sign-in lockout. Raises InvalidTransition (link unknown, used or expired), ValidationFailed."""
    link = open_password_reset(raw)
    if not link.valid:
        raise InvalidTransition(RESET_LINK_MESSAGES[link.state])
    user = link.reset.user
    set_password(user, new_password)
    now = clock.now()
    # Single use even against two submissions at once: only one UPDATE finds the link unused.
    used = db.session.execute(
        update(PasswordReset).where(PasswordReset.id == link.reset.id, PasswordReset.used_at.is_(None))
        .values(used_at=now).execution_options(synchronize_session=False)
    ).rowcount
    if used != 1:
        raise InvalidTransition(RESET_LINK_MESSAGES["used"])
    # Any other link still in a mailbox dies with this one.
    db.session.execute(
        update(PasswordReset).where(PasswordReset.user_id == user.id, PasswordReset.used_at.is_(None))
        .values(used_at=now).execution_options(synchronize_session=False)
    )
    clear_failures(user.email)
    audit.record("user.password_reset", user, actor=user)
    end_all_sessions(user, actor=user)
    # A reset is how an account is taken back after its password leaked: whoever had it may also have made
    # API tokens, which do not depend on the password. They end with the sessions.
    revoke_all_tokens(user, actor=user, reason="password_reset")
    return user


RESET_LINK_MESSAGES = {
    "unknown": "This password reset link is not valid. Check that you copied the whole link, or ask for a new one.",
    "used": "This password reset link was already used. Links work once; ask for a new one if you need it.",
    "expired": "This password reset link has expired. Links work for a limited time; ask for a new one.",
}


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
    token = db.session.execute(
        select(ApiToken).where(ApiToken.token_hash == token_hash(raw))
        .options(joinedload(ApiToken.user).joinedload(User.program))
    ).scalar_one_or_none()
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


def tokens_of(user: User) -> list[ApiToken]:
    """The user's API tokens, newest first (revoked and expired ones too, marked as such)."""
    return list(db.session.execute(
        select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.created_at.desc(), ApiToken.id.desc())
    ).scalars())


def revoke_all_tokens(user: User, *, actor: User, reason: str) -> int:
    """Revoke every live API token of `user`; returns how many. One audit event names the count and why."""
    now = clock.now()
    revoked = db.session.execute(
        update(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=now).execution_options(synchronize_session="fetch")
    ).rowcount
    if revoked:
        audit.record("api_token.revoked_all", user, actor=actor, program_id=user.program_id, count=revoked,
                     reason=reason)
    return revoked


def revoke_token(token: ApiToken, actor: User) -> None:
    if token.user_id != actor.id:
        raise PermissionDenied("Not your token.")
    if token.revoked_at is None:
        token.revoked_at = clock.now()
        audit.record("api_token.revoked", token, actor=actor, program_id=actor.program_id)
