"""The notification e-mail outbox: deliver what committed, retry what failed, send daily digests.

Run by `flask --app wsgi send-notifications` (every minute from cron or a systemd timer, or `--loop` as a
small worker) and `flask --app wsgi send-digest` (once a day). Requests never send mail themselves, so an
action never waits on or depends on a mail server.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from flask import current_app, url_for
from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from .. import access, clock
from ..auth.models import User
from ..enums import Role
from ..extensions import db
from ..mail import send_email
from .models import Notification

MAX_ATTEMPTS = 6
MAX_AGE = timedelta(days=2)  # older unsent notifications are stale: the inbox has them


def _backoff(attempts: int) -> timedelta:
    return timedelta(minutes=2 ** attempts)  # 2, 4, 8, 16, 32 minutes


def _link(path: str) -> str:
    base = current_app.config.get("PUBLIC_URL")
    return (base.rstrip("/") + path) if base else path


def deliver_pending(limit: int = 200) -> dict[str, int]:
    """Send the e-mails of notifications waiting in the outbox for people who want them immediately.
    Each notification is committed as sent or as failed (with its next try) on its own."""
    now = clock.now()
    rows = db.session.execute(
        select(Notification, User)
        .join(User, User.id == Notification.user_id)
        .where(Notification.emailed_at.is_(None), Notification.email_attempts < MAX_ATTEMPTS,
               Notification.created_at >= now - MAX_AGE,
               or_(Notification.next_email_at.is_(None), Notification.next_email_at <= now),
               User.email_preference == "immediate", User.active.is_(True))
        .order_by(Notification.id).limit(limit)
    ).all()
    sent = failed = 0
    for notification, user in rows:
        path = f"/notes/{notification.note_id}" if notification.note_id else "/notifications"
        ok = send_email(user.email, f"supervision: {notification.message}",
                        f"Hello {user.name},\n\n{notification.message}\n\nOpen it: {_link(path)}\n\n"
                        f"Change how you are notified on your account page: {_link('/account')}\n")
        if ok:
            notification.emailed_at = clock.now()
            notification.email_error = None
            sent += 1
        else:
            notification.email_attempts += 1
            notification.next_email_at = clock.now() + _backoff(notification.email_attempts)
            notification.email_error = "delivery failed"
            failed += 1
        db.session.commit()
    return {"sent": sent, "failed": failed}


def send_digests() -> dict[str, int]:
    """One e-mail per person who chose the daily digest (and every supervisor with notes waiting):
    their review queue and what happened since the last digest."""
    now = clock.now()
    people = db.session.execute(
        select(User).where(User.active.is_(True), or_(User.email_preference == "daily", User.role == Role.SUPERVISOR))
    ).scalars().all()
    pending = defaultdict(list)
    for notification in db.session.execute(
        select(Notification).where(Notification.emailed_at.is_(None), Notification.created_at >= now - timedelta(days=7))
        .order_by(Notification.id)
    ).scalars():
        pending[notification.user_id].append(notification)
    sent = 0
    for person in people:
        if person.email_preference == "off":
            continue
        lines = []
        if person.role == Role.SUPERVISOR:
            queue = db.session.execute(access.review_queue(person).options(selectinload_trainee())).scalars().all()
            overdue = [n for n in queue if n.submitted_at and now - n.submitted_at > timedelta(days=7)]
            if queue:
                lines.append(f"{len(queue)} note(s) wait for your review ({len(overdue)} overdue):")
                lines += [f"  #{n.id} by {n.trainee.name}, waiting since {n.submitted_at:%Y-%m-%d}: {_link(f'/notes/{n.id}')}"
                          for n in queue[:20]]
        mine = pending.get(person.id, []) if person.email_preference == "daily" else []
        if mine:
            lines.append("")
            lines.append("Since your last digest:")
            lines += [f"  {n.created_at:%Y-%m-%d %H:%M} UTC  {n.message}" for n in mine[:50]]
        if not lines:
            continue
        if send_email(person.email, "supervision: your daily digest", f"Hello {person.name},\n\n" + "\n".join(lines) + "\n"):
            for n in mine:
                n.emailed_at = now
            sent += 1
        db.session.commit()
    return {"digests": sent}


def selectinload_trainee():
    from ..notes.models import Note

    return selectinload(Note.trainee)
