"""Bearer tokens (issue, use, revoke, expire) and CSRF on cookie-session calls to the API."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from supervision import clock
from supervision.audit import AuditEvent
from supervision.auth.models import ApiToken
from supervision.auth.services import issue_token, token_hash
from supervision.extensions import db
from supervision.notes.models import Note
from tests import factories
from tests.api.conftest import ApiClient, note_payload


def test_token_is_issued_for_the_right_password_and_stored_hashed(world, anon, app, openapi_doc):
    response = anon.post("/tokens", {"email": "Trainee1@Example.test", "password": factories.PASSWORD,
                                     "name": "my script"})
    assert response.status_code == 201
    body = response.get_json()
    raw = body["token"]
    stored = db.session.get(ApiToken, body["id"])
    assert stored.user_id == world.trainee.id and stored.name == "my script"
    assert stored.token_hash == token_hash(raw) and raw not in (stored.token_hash, stored.prefix)
    assert body["expires_at"] is None or body["expires_at"] > clock.now().isoformat()
    assert ApiClient(app, openapi_doc, raw).get("/me").get_json()["email"] == world.trainee.email


@pytest.mark.parametrize("credentials", [
    {"email": "trainee1@example.test", "password": "wrong horse battery staple"},
    {"email": "nobody@example.test", "password": factories.PASSWORD},
    {"email": "not an address", "password": factories.PASSWORD},
])
def test_wrong_credentials_get_401_and_no_token(world, anon, credentials):
    response = anon.post("/tokens", credentials)
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "invalid_credentials"
    assert db.session.execute(select(ApiToken)).first() is None


def test_a_deactivated_account_gets_no_token_and_its_tokens_stop_working(world, anon, as_user):
    api = as_user(world.trainee)
    world.trainee.active = False
    db.session.commit()
    assert api.get("/me").status_code == 401
    assert anon.post("/tokens", {"email": world.trainee.email, "password": factories.PASSWORD}).status_code == 401


def test_failed_token_requests_are_audited_without_the_password(world, anon):
    anon.post("/tokens", {"email": world.trainee.email, "password": "wrong horse battery staple"})
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "user.sign_in_failed")).scalar_one()
    assert event.object_id == world.trainee.id
    assert "wrong horse" not in repr(event.data)


@pytest.mark.parametrize("header", ["Bearer sv_not-a-real-token", "Bearer ", "Basic dXNlcjpwYXNz", "sv_x"])
def test_bad_or_missing_bearer_tokens_get_401(world, anon, header):
    response = anon.get("/me", headers={"Authorization": header})
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_revoking_the_current_token(world, as_user):
    api = as_user(world.trainee)
    other = as_user(world.trainee)
    assert api.delete("/tokens/current").status_code == 204
    assert api.get("/me").status_code == 401
    assert api.delete("/tokens/current").status_code == 401
    assert other.get("/me").status_code == 200  # only the token used is revoked


def test_an_expired_token_is_refused(world, app, openapi_doc):
    token, raw = issue_token(world.trainee, lifetime=timedelta(minutes=5))
    db.session.commit()
    api = ApiClient(app, openapi_doc, raw)
    assert api.get("/me").status_code == 200
    token.expires_at = clock.now() - timedelta(seconds=1)
    db.session.commit()
    assert api.get("/me").status_code == 401


def test_token_creation_needs_no_csrf_token_even_beside_a_session(world, with_session):
    api = with_session(world.trainee)
    response = api.post("/tokens", {"email": world.trainee.email, "password": factories.PASSWORD})
    assert response.status_code == 201


# --- cookie sessions ---------------------------------------------------------------------------------

def count_notes() -> int:
    return db.session.execute(select(func.count(Note.id))).scalar_one()


def test_cookie_session_reads_need_no_csrf_token(world, with_session):
    api = with_session(world.trainee)
    assert api.get("/me").get_json()["id"] == world.trainee.id
    assert api.get("/notes").status_code == 200


@pytest.mark.parametrize("method, path, body", [
    ("POST", "/notes", note_payload()),
    ("PATCH", "/notes/{id}", {"version": 1, "body": "Changed text for C-014."}),
    ("POST", "/notes/{id}/submit", {}),
    ("POST", "/notes/{id}/comments", {"body": "A comment."}),
])
def test_cookie_session_writes_are_refused_without_the_csrf_token_and_accepted_with_it(
        world, with_session, method, path, body):
    note = factories.note(world.trainee)
    factories.commit()
    api = with_session(world.trainee)
    url = path.format(id=note.id)
    notes_before = count_notes()

    refused = api.request(method, url, body)
    assert refused.status_code == 400
    assert refused.get_json()["error"]["code"] == "csrf_failed"
    forged = api.request(method, url, body, headers={"X-CSRFToken": "forged-token"})
    assert forged.status_code == 400
    db.session.expire_all()
    assert db.session.get(Note, note.id).version == 1 and count_notes() == notes_before

    api.csrf = api.csrf_value
    accepted = api.request(method, url, body)
    assert accepted.status_code in (200, 201), accepted.get_json()


def test_a_csrf_token_of_another_session_is_refused(world, with_session):
    mine, theirs = with_session(world.trainee), with_session(world.trainee)
    mine.csrf = theirs.csrf_value
    assert mine.post("/notes", note_payload()).status_code == 400


def test_bearer_calls_need_no_csrf_token(world, as_user):
    assert as_user(world.trainee).post("/notes", note_payload()).status_code == 201


def test_a_bad_bearer_token_is_refused_even_beside_a_live_session(world, with_session):
    api = with_session(world.trainee)
    api.token = "sv_not-a-real-token"
    assert api.post("/notes", note_payload()).status_code == 401
    assert api.get("/me").status_code == 401


def test_anonymous_writes_get_401_not_a_csrf_error(world, anon):
    response = anon.post("/notes", note_payload())
    assert response.status_code == 401
