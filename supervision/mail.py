"""E-mail through SMTP settings, or printed to the log when no server is configured (development).

Sending happens after the transaction commits and never raises: a failed e-mail must not undo or
block the action that caused it. The caller learns whether it was sent and can say so.
"""
from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

from flask import current_app

log = logging.getLogger("supervision.mail")


def send_email(to: str, subject: str, text: str) -> bool:
    config = current_app.config
    message = EmailMessage()
    message["From"] = config["MAIL_FROM"]
    message["To"] = to
    message["Subject"] = subject
    message.set_content(text)
    if not config.get("MAIL_SERVER"):
        # Development: the whole message goes to the console so invitation links can be followed.
        if not current_app.testing:
            print(f"\n----- e-mail (MAIL_SERVER unset) -----\n{message}\n----- end of e-mail -----\n", flush=True)
        return True
    try:
        with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=10) as smtp:
            if config.get("MAIL_USE_TLS"):
                smtp.starttls()
            if config.get("MAIL_USERNAME"):
                smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"] or "")
            smtp.send_message(message)
        return True
    except (OSError, smtplib.SMTPException) as exc:
        log.warning("e-mail to a user could not be sent: %s", exc.__class__.__name__)
        return False


def send_invitation(invitation, link: str) -> bool:
    days = max(1, round((invitation.expires_at - invitation.created_at).total_seconds() / 86400))
    return send_email(
        invitation.email,
        "Your invitation to supervision",
        f"Hello {invitation.name},\n\n{invitation.invited_by.name} invited you to join your training program "
        f"on supervision as a {invitation.role.value}.\n\nChoose your password here (the link works for {days} days):\n"
        f"{link}\n\nIf you did not expect this, ignore this message.\n",
    )


def send_password_reset(user, link: str, lifetime_minutes: int) -> None:
    """E-mail a reset link. With an SMTP server the message leaves from a background thread, so that the
    answer to "forgot password" takes as long whether or not the address has an account."""
    subject = "Reset your supervision password"
    body = (f"Hello {user.name},\n\nSomeone (we hope you) asked to reset the password of your supervision account.\n"
            f"Choose a new password here (the link works once, for {lifetime_minutes} minutes):\n{link}\n\n"
            "Resetting signs you out everywhere. If you did not ask for this, ignore this message: your "
            "password stays as it is.\n")
    app = current_app._get_current_object()
    if not app.config.get("MAIL_SERVER") or app.testing:
        send_email(user.email, subject, body)
        return

    def _send():
        with app.app_context():
            send_email(user.email, subject, body)

    import threading

    threading.Thread(target=_send, name="password-reset-mail", daemon=True).start()
