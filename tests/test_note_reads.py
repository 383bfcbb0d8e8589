"""Audit of reads (issue 7, item 7): who opened which note and when, shown to the director, with no note
text in it; and no log line anywhere holds note text, a token or a password."""
import logging
import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from supervision.access_log import NoteRead
from supervision.auth.services import issue_token
from supervision.extensions import db
from tests import factories
from tests.conftest import csrf_token, login


def reads():
    return db.session.execute(select(NoteRead).order_by(NoteRead.id)).scalars().all()


def bearer(user):
    _, raw = issue_token(user)
    db.session.commit()
    return {"Authorization": f"Bearer {raw}"}


def test_every_way_of_opening_a_note_is_recorded_once(client, app, world):
    note = factories.submitted_note(world.trainee)
    draft = factories.note(world.trainee)
    db.session.commit()
    login(client, world.trainee)
    assert client.get(f"/notes/{note.id}").status_code == 200
    assert client.get(f"/notes/{draft.id}/edit").status_code == 200
    assert client.get(f"/notes/{note.id}/revisions/1").status_code == 200
    supervisor = app.test_client()
    login(supervisor, world.supervisor)
    assert supervisor.get(f"/notes/{note.id}").status_code == 200
    api = app.test_client()
    assert api.get(f"/api/v1/notes/{note.id}", headers=bearer(world.supervisor)).status_code == 200
    got = [(r.note_id, r.user_id, r.via, r.program_id) for r in reads()]
    assert got == [
        (note.id, world.trainee.id, "page", world.program.id),
        (draft.id, world.trainee.id, "editor", world.program.id),
        (note.id, world.trainee.id, "revision", world.program.id),
        (note.id, world.supervisor.id, "page", world.program.id),
        (note.id, world.supervisor.id, "api", world.program.id),
    ]
    # Only ids, a time and a word: the table has no column that could hold note text.
    assert {c.name for c in NoteRead.__table__.columns} == {"id", "program_id", "note_id", "user_id", "via", "at"}


def test_refused_and_missing_notes_are_not_recorded(client, world):
    note = factories.note(world.trainee)
    db.session.commit()
    login(client, world.trainee2)
    assert client.get(f"/notes/{note.id}").status_code == 404
    assert client.get("/notes/999999").status_code == 404
    owner = client.application.test_client()
    login(owner, world.trainee)
    assert owner.get(f"/notes/{note.id}/revisions/7").status_code == 404
    assert reads() == []


def rows(html: str) -> list[str]:
    """The table's rows, as text (the filter form above it names everyone, so look only at the table)."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in html else ""
    return [re.sub(r"<[^>]+>", " ", row) for row in body.split("<tr>")[1:]]


def test_the_director_sees_who_opened_what_filtered_and_paginated(client, app, world, clock):
    first = factories.submitted_note(world.trainee)
    second = factories.submitted_note(world.trainee2)
    db.session.commit()
    sup = app.test_client()
    login(sup, world.supervisor)
    for _ in range(55):
        sup.get(f"/notes/{first.id}")
    clock.advance(days=2)
    login(client, world.trainee2)
    client.get(f"/notes/{second.id}")
    other = app.test_client()
    login(other, world.other_trainee)
    other_note = factories.note(world.other_trainee)
    db.session.commit()
    other.get(f"/notes/{other_note.id}")

    director = app.test_client()
    login(director, world.director)
    audit_page = director.get("/program/audit").get_data(as_text=True)
    assert "/program/audit/reads" in audit_page
    page = director.get("/program/audit/reads")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Page 1 of 2 (56)" in html
    assert not any(world.other_trainee.name in r for r in rows(html))  # nothing of the other program
    assert "Client C-014" not in html and factories.CLEAN_BODY[:40] not in html
    assert len(rows(html)) == 50
    by_note = rows(director.get(f"/program/audit/reads?note={second.id}").get_data(as_text=True))
    assert len(by_note) == 1 and world.trainee2.name in by_note[0] and "note page" in by_note[0]
    by_user = director.get(f"/program/audit/reads?user={world.supervisor.id}").get_data(as_text=True)
    assert "(55)" in by_user and all(world.supervisor.name in r for r in rows(by_user))
    today = clock.now().astimezone(ZoneInfo(world.program.timezone)).date()  # the program's day
    recent = rows(director.get(f"/program/audit/reads?from={today.isoformat()}").get_data(as_text=True))
    assert len(recent) == 1 and world.trainee2.name in recent[0]
    before = director.get(f"/program/audit/reads?to={(today - timedelta(days=1)).isoformat()}").get_data(as_text=True)
    assert "(55)" in before
    assert director.get("/program/audit/reads?from=not-a-date&note=abc&page=-3").status_code == 200

    other_director = app.test_client()
    login(other_director, world.other_director)
    theirs = rows(other_director.get("/program/audit/reads").get_data(as_text=True))
    assert len(theirs) == 1 and world.other_trainee.name in theirs[0]


@pytest.mark.parametrize("who", ["trainee", "supervisor"])
def test_only_directors_see_the_read_log(client, world, who):
    login(client, getattr(world, who))
    assert client.get("/program/audit/reads").status_code == 403


def test_no_log_line_holds_note_text_tokens_or_passwords(client, app, world, caplog, capsys, monkeypatch):
    """A whole journey with every logger at DEBUG: nothing typed into a note, no token and no password
    may appear in the log output (or on stdout/stderr)."""
    caplog.set_level(logging.DEBUG)
    sent = []
    monkeypatch.setattr("supervision.mail.send_email", lambda to, subject, text: sent.append(text) or True)
    secret_text = "Sentinel-session-text-7f3a about the C-014 exposure hierarchy"
    reply_text = "Sentinel-reply-91be"
    new_password = "sentinel new passphrase 5521"

    login(client, world.trainee)
    token = csrf_token(client, "/notes/new")
    created = client.post("/notes/new", data={
        "template": "soap", "client_code": "C-014", "session_date": "2026-11-02", "duration_minutes": "50",
        "session_type": "individual", "setting": "in_person", "hours_category": "", "csrf_token": token})
    note_id = int(created.headers["Location"].split("/")[2])
    body = factories.CLEAN_BODY + "\n" + secret_text + "\n"
    saved = client.post(f"/notes/{note_id}/autosave", json={"version": 1, "body": body},
                        headers={"X-CSRFToken": token})
    assert saved.status_code == 200
    client.post(f"/notes/{note_id}/submit", data={"version": saved.get_json()["version"], "csrf_token": token})

    api = app.test_client()
    issued = api.post("/api/v1/tokens", json={"email": world.supervisor.email, "password": factories.PASSWORD})
    raw = issued.get_json()["token"]
    auth = {"Authorization": f"Bearer {raw}"}
    note = api.get(f"/api/v1/notes/{note_id}", headers=auth).get_json()
    assert secret_text in note["body"]
    api.post(f"/api/v1/notes/{note_id}/comments", json={"body": reply_text}, headers=auth)
    api.post(f"/api/v1/notes/{note_id}/approve", json={"attestation": True, "version": note["version"]}, headers=auth)
    api.post("/api/v1/tokens", json={"email": world.supervisor.email, "password": "a wrong password here"})
    api.get("/api/v1/me", headers={"Authorization": "Bearer sv_forged-token-value"})

    reset_client = app.test_client()
    reset_client.post("/password/forgot", data={"email": world.trainee.email,
                                                "csrf_token": csrf_token(reset_client, "/password/forgot")})
    link = re.search(r"/password/reset/\S+", sent[-1]).group(0)
    reset_client.get(link)
    reset_client.post("/password/reset", data={"new_password": new_password,
                                               "csrf_token": csrf_token(reset_client, "/password/reset")})
    assert reset_client.post("/login", data={"email": world.trainee.email, "password": new_password,
                                             "csrf_token": csrf_token(reset_client)}).status_code == 302

    captured = capsys.readouterr()
    output = caplog.text + captured.out + captured.err
    assert caplog.records  # the capture is live (libraries log at DEBUG during the journey)
    for secret in (secret_text, "Sentinel-session-text", reply_text, raw, raw[10:], link.rsplit("/", 1)[1],
                   factories.PASSWORD, new_password, "a wrong password here", "sv_forged-token-value"):
        assert secret not in output, f"{secret[:12]}… appears in the logs"
