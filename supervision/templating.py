"""Template helpers: dates in the program's time zone, durations, and the navigation context."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from flask import Flask, current_app, g, has_request_context
from flask_login import current_user
from sqlalchemy import func, select

from . import clock


def _zone() -> ZoneInfo:
    """The signed-in user's program time zone (else the configured one), looked up once per request: a page
    formats dozens of times."""
    if has_request_context() and "_zone" in g:
        return g._zone
    tzname = None
    if current_user and current_user.is_authenticated and current_user.program is not None:
        tzname = current_user.program.timezone
    zone = ZoneInfo(tzname or current_app.config["PROGRAM_TIMEZONE"])
    if has_request_context():
        g._zone = zone
    return zone


def localtime(value: datetime | None, fmt: str = "%b %-d, %Y %-I:%M %p") -> str:
    if value is None:
        return ""
    return value.astimezone(_zone()).strftime(fmt)


def localdate(value: date | datetime | None, fmt: str = "%b %-d, %Y") -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(_zone())
    return value.strftime(fmt)


def waited(since: datetime | None, until: datetime | None = None) -> str:
    """'3 days', '5 hours', '12 minutes' since a moment."""
    if since is None:
        return ""
    delta = (until or clock.now()) - since
    if delta < timedelta(minutes=1):
        return "just now"
    if delta < timedelta(hours=1):
        n = int(delta.total_seconds() // 60)
        return f"{n} minute{'s' if n != 1 else ''}"
    if delta < timedelta(days=2):
        n = int(delta.total_seconds() // 3600)
        return f"{n} hour{'s' if n != 1 else ''}"
    n = delta.days
    return f"{n} days"


def ago(since: datetime | None) -> str:
    """'just now', '5 minutes ago'."""
    text = waited(since)
    return text if text in ("", "just now") else f"{text} ago"


def overdue(since: datetime | None, days: int = 7) -> bool:
    return since is not None and clock.now() - since > timedelta(days=days)


def hours(minutes: int | None) -> str:
    minutes = int(minutes or 0)
    h, m = divmod(minutes, 60)
    return f"{h:,} h {m:02d} min" if m else f"{h:,} h"


def install(app: Flask) -> None:
    app.jinja_env.filters.update(localtime=localtime, localdate=localdate, waited=waited, ago=ago, hours=hours, overdue=overdue)
    app.jinja_env.tests["overdue"] = overdue
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

    @app.context_processor
    def navigation():
        unread = 0
        if current_user and current_user.is_authenticated:
            from .extensions import db
            from .notifications.models import Notification

            unread = db.session.execute(
                select(func.count()).select_from(Notification)
                .where(Notification.user_id == current_user.id, Notification.read_at.is_(None))
            ).scalar_one()
        return {"unread_notifications": unread, "idle_timeout_seconds": int(app.config["IDLE_TIMEOUT"].total_seconds())}
