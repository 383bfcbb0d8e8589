"""Configuration classes. Every setting that differs between machines comes from the environment.

`APP_ENV` picks the class (development, testing, production; production when unset), so a server
that forgot its settings fails closed: it refuses to start without a real SECRET_KEY.
"""
from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DEV_SECRET = "dev-only-secret-key-not-for-production"


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def _default_sqlite_url(filename: str) -> str:
    return f"sqlite:///{ROOT / 'instance' / filename}"


def _normalise_db_url(url: str) -> str:
    """Send plain postgresql:// URLs to psycopg 3, the driver we install."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


class Config:
    ENV_NAME = "base"
    SECRET_KEY = os.environ.get("SECRET_KEY", "")
    SQLALCHEMY_DATABASE_URI = _normalise_db_url(
        os.environ.get("DATABASE_URL") or _default_sqlite_url("supervision.sqlite3")
    )
    SQLALCHEMY_ENGINE_OPTIONS: dict = {"pool_pre_ping": True}
    REDIS_URL = os.environ.get("REDIS_URL") or None

    # Sessions: HIPAA automatic logoff. Idle and absolute limits are checked on every request.
    IDLE_TIMEOUT = timedelta(minutes=_env_int("IDLE_TIMEOUT_MINUTES", 30))
    ABSOLUTE_TIMEOUT = timedelta(hours=_env_int("ABSOLUTE_TIMEOUT_HOURS", 12))
    PERMANENT_SESSION_LIFETIME = ABSOLUTE_TIMEOUT
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_NAME = "supervision_session"
    REMEMBER_COOKIE_DURATION = timedelta(seconds=0)

    # Requests larger than this are refused (413) before any view reads them: notes are text, and the largest
    # upload (an hours-log PDF to check its fingerprint) is a few hundred kilobytes.
    MAX_CONTENT_LENGTH = _env_int("MAX_CONTENT_LENGTH", 10 * 1024 * 1024)
    WTF_CSRF_TIME_LIMIT = None  # the token lives as long as the session; the session has its own limits
    INVITATION_LIFETIME = timedelta(days=_env_int("INVITATION_DAYS", 7))
    API_PAGE_SIZE = 20
    PAGE_SIZE = 20
    CLIENT_CODE_PATTERN = os.environ.get("CLIENT_CODE_PATTERN", r"[A-Z]-\d{3,4}")
    PROGRAM_TIMEZONE = os.environ.get("PROGRAM_TIMEZONE", "America/New_York")

    RATELIMIT_STORAGE_URI = os.environ.get("REDIS_URL") or "memory://"
    RATELIMIT_HEADERS_ENABLED = True
    RATELIMIT_ENABLED = True
    # Per client address, and generous: a whole clinic may sign in from behind one NAT address. Guessing
    # is stopped per account instead: SIGN_IN_FAILURE_LIMIT failures within SIGN_IN_FAILURE_WINDOW lock
    # that account's sign-in (whatever the address) until the oldest of them is older than the window.
    LOGIN_RATE_LIMIT = os.environ.get("LOGIN_RATE_LIMIT", "30 per minute; 300 per hour")
    PASSWORD_RESET_RATE_LIMIT = os.environ.get("PASSWORD_RESET_RATE_LIMIT", "10 per minute; 100 per hour")
    SIGN_IN_FAILURE_LIMIT = _env_int("SIGN_IN_FAILURE_LIMIT", 10)
    SIGN_IN_FAILURE_WINDOW = timedelta(minutes=_env_int("SIGN_IN_FAILURE_WINDOW_MINUTES", 15))
    PASSWORD_RESET_LIFETIME = timedelta(minutes=_env_int("PASSWORD_RESET_MINUTES", 60))
    PASSWORD_RESETS_PER_HOUR = 3  # e-mails per account; more requests get the same answer and no e-mail

    MAIL_SERVER = os.environ.get("MAIL_SERVER") or None  # unset: mail is printed to the log
    MAIL_PORT = _env_int("MAIL_PORT", 587)
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME") or None
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD") or None
    MAIL_USE_TLS = os.environ.get("MAIL_USE_TLS", "1") == "1"
    MAIL_FROM = os.environ.get("MAIL_FROM", "supervision@localhost")
    PUBLIC_URL = os.environ.get("PUBLIC_URL") or None  # for links in e-mail sent outside a request

    ATTESTATION = (
        "I attest that I supervised this trainee for the session described, that I reviewed this note, "
        "and that it is accurate and complete to the best of my knowledge."
    )
    PREFERRED_URL_SCHEME = "http"
    HSTS = False
    # How many reverse proxies sit in front of the app (0: none). With 1, the client address, scheme and host
    # come from X-Forwarded-* set by that proxy, so per-address rate limits see clients, not the proxy.
    TRUSTED_PROXIES = _env_int("TRUSTED_PROXIES", 0)

    @classmethod
    def check(cls) -> None:
        """Refuse settings that are unsafe for this environment."""


class DevConfig(Config):
    ENV_NAME = "development"
    SECRET_KEY = os.environ.get("SECRET_KEY") or DEV_SECRET


class TestConfig(Config):
    ENV_NAME = "testing"
    TESTING = True
    SECRET_KEY = "test-secret-key"
    SQLALCHEMY_DATABASE_URI = _normalise_db_url(
        os.environ.get("TEST_DATABASE_URL") or "sqlite:///:memory:"
    )
    RATELIMIT_ENABLED = False
    RATELIMIT_STORAGE_URI = "memory://"
    MAIL_SERVER = None
    PASSWORD_HASH_FAST = True  # argon2 with small parameters so the suite stays quick


class ProductionConfig(Config):
    ENV_NAME = "production"
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"
    HSTS = True

    @classmethod
    def check(cls) -> None:
        if not cls.SECRET_KEY or cls.SECRET_KEY == DEV_SECRET or len(cls.SECRET_KEY) < 32:
            raise RuntimeError(
                "SECRET_KEY must be set to a random value of at least 32 characters in production "
                "(for example: python -c 'import secrets; print(secrets.token_hex(32))'). "
                "For local use set APP_ENV=development."
            )


CONFIGS = {"development": DevConfig, "testing": TestConfig, "production": ProductionConfig}


def config_from_env() -> type[Config]:
    name = os.environ.get("APP_ENV", "production").lower()
    try:
        return CONFIGS[name]
    except KeyError:
        raise RuntimeError(f"APP_ENV must be one of {', '.join(CONFIGS)}, not {name!r}") from None
