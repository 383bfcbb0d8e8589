"""Notifications: the in-app inbox and the e-mail outbox (after commit, retried, never blocking)."""
from sqlalchemy import select

from supervision.extensions import db
from supervision.notifications import mailer
from supervision.notifications.models import Notification
from supervision.review.services import request_changes
from tests import factories
from tests.conftest import csrf_token, login


class FakeMail:
    def __init__(self, fail_times=0):
        self.fail_times = fail_times
        self.sent = []

    def __call__(self, to, subject, text):
        if self.fail_times:
            self.fail_times -= 1
            return False
        self.sent.append((to, subject, text))
        return True


def test_outbox_sends_after_commit_and_retries_failures(world, clock, monkeypatch):
    fake = FakeMail(fail_times=1)
    monkeypatch.setattr(mailer, "send_email", fake)
    note = factories.submitted_note(world.trainee)
    db.session.commit()
    assert mailer.deliver_pending() == {"sent": 0, "failed": 1}
    pending = db.session.execute(select(Notification).where(Notification.user_id == world.supervisor.id)).scalar_one()
    assert pending.emailed_at is None and pending.email_attempts == 1
    assert mailer.deliver_pending() == {"sent": 0, "failed": 0}  # backing off
    clock.advance(minutes=3)
    assert mailer.deliver_pending() == {"sent": 1, "failed": 0}
    to, subject, text = fake.sent[0]
    assert to == world.supervisor.email and f"/notes/{note.id}" in text
    assert "panic" not in text  # no note text in e-mail
    assert mailer.deliver_pending() == {"sent": 0, "failed": 0}


def test_the_action_never_depends_on_mail(client, world, monkeypatch):
    def broken(*args, **kwargs):
        raise AssertionError("requests must not send mail")

    monkeypatch.setattr(mailer, "send_email", broken)
    note = factories.submitted_note(world.trainee)
    db.session.commit()
    login(client, world.supervisor)
    response = client.post(f"/review/{note.id}/request-changes", data={
        "csrf_token": csrf_token(client, f"/notes/{note.id}"), "summary": "More detail", "version": note.version})
    assert response.status_code == 302


def test_preferences_daily_and_off(client, world, monkeypatch):
    fake = FakeMail()
    monkeypatch.setattr(mailer, "send_email", fake)
    login(client, world.trainee)
    response = client.post("/account/notifications", data={"csrf_token": csrf_token(client, "/account"), "prefs-email_preference": "daily"})
    assert response.status_code == 302
    db.session.refresh(world.trainee)
    assert world.trainee.email_preference == "daily"
    note = factories.submitted_note(world.trainee)
    request_changes(note, world.supervisor, summary="x")
    db.session.commit()
    mailer.deliver_pending()
    assert all(to != world.trainee.email for to, _, _ in fake.sent)  # not immediately
    mailer.send_digests()
    digests = {to: text for to, subject, text in fake.sent if "digest" in subject}
    assert "requested changes" in digests[world.trainee.email]
    assert f"#{note.id}" not in digests.get(world.supervisor.email, "")  # the note left the queue
    world.trainee.email_preference = "off"
    db.session.commit()
    fake.sent.clear()
    mailer.send_digests()
    assert all(to != world.trainee.email for to, _, _ in fake.sent)


def test_supervisor_digest_lists_the_queue(world, monkeypatch):
    fake = FakeMail()
    monkeypatch.setattr(mailer, "send_email", fake)
    note = factories.submitted_note(world.trainee)
    db.session.commit()
    mailer.send_digests()
    text = next(text for to, subject, text in fake.sent if to == world.supervisor.email)
    assert f"#{note.id} by {world.trainee.name}" in text


def test_inbox_counts_and_mark_read(client, world):
    factories.submitted_note(world.trainee)
    db.session.commit()
    login(client, world.supervisor)
    page = client.get("/dashboard").get_data(as_text=True)
    assert "1 unread" in page
    client.post("/notifications/read", data={"csrf_token": csrf_token(client, "/notifications")})
    assert "unread" not in client.get("/dashboard").get_data(as_text=True)
