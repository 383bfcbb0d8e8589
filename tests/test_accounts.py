"""Accounts (issue 7, item 3): password reset by e-mail, lockout per account, re-authentication, API tokens
on the account page, session replay after sign-out, and `next` redirects."""
import re
from urllib.parse import urljoin, urlsplit

import pytest
from sqlalchemy import func, select

from supervision.auth.models import ApiToken, PasswordReset, SignInFailure
from supervision.extensions import db
from tests import factories
from tests.conftest import csrf_token, login

NEW_PASSWORD = "a completely new passphrase"
LINK_RE = re.compile(r"http://localhost(/password/reset/[A-Za-z0-9_\-]+)")


@pytest.fixture
def outbox(monkeypatch):
    sent = []

    def fake_send(to, subject, text):
        sent.append({"to": to, "subject": subject, "text": text})
        return True

    monkeypatch.setattr("supervision.mail.send_email", fake_send)
    return sent


def post_form(client, path, data, page=None):
    return client.post(path, data=dict(data, csrf_token=csrf_token(client, page or path)))


def sign_in(client, email, password, addr="10.0.0.1"):
    token = csrf_token(client, "/login")
    return client.post("/login", data={"email": email, "password": password, "csrf_token": token},
                       environ_base={"REMOTE_ADDR": addr})


def ask_reset(client, email):
    return post_form(client, "/password/forgot", {"email": email})


def reset_link(outbox) -> str:
    match = LINK_RE.search(outbox[-1]["text"])
    assert match, outbox[-1]["text"]
    return match.group(1)


def visible_text(response) -> str:
    html = response.get_data(as_text=True)
    return re.sub(r'name="csrf-token" content="[^"]+"|name="csrf_token" type="hidden" value="[^"]+"', "", html)


# --- password reset ------------------------------------------------------------------------------------

def test_forgot_password_answers_the_same_for_known_and_unknown_addresses(client, world, outbox):
    known = ask_reset(client, world.trainee.email)
    unknown = ask_reset(client, "nobody-here@example.test")
    assert known.status_code == unknown.status_code == 200
    assert visible_text(known) == visible_text(unknown)
    assert "If an account uses that address" in visible_text(known)
    assert [m["to"] for m in outbox] == [world.trainee.email]


def test_reset_link_is_single_use_and_ends_every_session(client, app, world, outbox):
    elsewhere = app.test_client()
    login(elsewhere, world.trainee)
    ask_reset(client, world.trainee.email)
    link = reset_link(outbox)
    raw = link.rsplit("/", 1)[1]
    stored = db.session.execute(select(PasswordReset)).scalar_one()
    assert stored.token_hash != raw and raw not in stored.token_hash  # only the hash is kept

    opened = client.get(link)
    assert opened.status_code == 302 and opened.headers["Location"] == "/password/reset"  # token leaves the URL
    form = client.get("/password/reset")
    assert form.status_code == 200 and world.trainee.email in form.get_data(as_text=True)
    weak = post_form(client, "/password/reset", {"new_password": "password1234"})
    assert weak.status_code == 422 and "too common" in weak.get_data(as_text=True)
    done = post_form(client, "/password/reset", {"new_password": NEW_PASSWORD})
    assert done.status_code == 302 and done.headers["Location"] == "/login"

    assert elsewhere.get("/dashboard").status_code == 302  # the other session is over
    assert sign_in(app.test_client(), world.trainee.email, factories.PASSWORD).status_code == 200  # old one refused
    assert sign_in(app.test_client(), world.trainee.email, NEW_PASSWORD).status_code == 302

    again = app.test_client().get(link)
    assert again.status_code == 410 and "already used" in again.get_data(as_text=True)


def test_expired_and_unknown_links_get_a_clear_page(client, world, outbox, clock):
    ask_reset(client, world.trainee.email)
    link = reset_link(outbox)
    clock.advance(minutes=61)
    expired = client.get(link)
    assert expired.status_code == 410 and "expired" in expired.get_data(as_text=True)
    assert "Send me a new link" in expired.get_data(as_text=True)
    unknown = client.get("/password/reset/not-a-real-token")
    assert unknown.status_code == 404 and "not valid" in unknown.get_data(as_text=True)
    assert client.get("/password/reset").status_code == 404  # no link in the session


def test_a_link_opened_then_expired_cannot_be_used(client, world, outbox, clock):
    ask_reset(client, world.trainee.email)
    client.get(reset_link(outbox))
    clock.advance(minutes=61)
    response = post_form(client, "/password/reset", {"new_password": NEW_PASSWORD}, page="/login")
    assert response.status_code == 410
    assert sign_in(client, world.trainee.email, factories.PASSWORD).status_code == 302


def test_a_new_reset_kills_older_links_and_requests_are_capped_per_account(client, world, outbox):
    for _ in range(5):
        assert ask_reset(client, world.trainee.email).status_code == 200
    assert len(outbox) == 3  # PASSWORD_RESETS_PER_HOUR; the answer did not change
    first, last = LINK_RE.search(outbox[0]["text"]).group(1), reset_link(outbox)
    client.get(last)
    post_form(client, "/password/reset", {"new_password": NEW_PASSWORD})
    assert client.get(first).status_code == 410


def test_reset_mail_holds_no_password_and_deactivated_accounts_get_none(client, world, outbox):
    world.trainee2.active = False
    db.session.commit()
    ask_reset(client, world.trainee2.email)
    assert outbox == []
    ask_reset(client, world.trainee.email)
    assert factories.PASSWORD not in outbox[0]["text"] and "works once" in outbox[0]["text"]


# --- failures counted per account ----------------------------------------------------------------------

def test_ten_failures_lock_the_account_from_any_address_until_the_window_passes(client, world, clock):
    for n in range(10):
        response = sign_in(client, world.trainee.email, f"wrong guess {n}", addr=f"10.0.{n}.1")
        assert response.status_code == 200
    locked = sign_in(client, world.trainee.email, factories.PASSWORD, addr="192.0.2.77")
    assert locked.status_code == 429
    assert "Too many failed sign-ins for this account" in locked.get_data(as_text=True)
    assert 800 <= int(locked.headers["Retry-After"]) <= 900
    from supervision.audit import AuditEvent

    lock_events = db.session.execute(select(AuditEvent).where(AuditEvent.action == "user.sign_in_locked")).scalars().all()
    assert [(e.object_id, e.program_id) for e in lock_events] == [(world.trainee.id, world.program.id)]
    # Another account on the same address is not affected: the clinic's other people carry on.
    assert sign_in(client, world.trainee2.email, factories.PASSWORD, addr="10.0.0.1").status_code == 302
    clock.advance(minutes=15, seconds=1)
    assert sign_in(app_client(client), world.trainee.email, factories.PASSWORD).status_code == 302
    assert db.session.execute(select(func.count()).select_from(SignInFailure)).scalar_one() == 0  # cleared


def app_client(client):
    return client.application.test_client()


def test_unknown_addresses_lock_exactly_like_real_ones(client, world):
    answers = {}
    for email in (world.trainee.email, "no-such-person@example.test"):
        codes = [sign_in(app_client(client), email, "wrong guess").status_code for _ in range(11)]
        answers[email] = codes
    assert answers[world.trainee.email] == answers["no-such-person@example.test"] == [200] * 10 + [429]
    # No address of a stranger is stored, only hashes.
    stored = db.session.execute(select(SignInFailure.email_hash)).scalars().all()
    assert stored and all(re.fullmatch(r"[0-9a-f]{64}", h) for h in stored)


def test_lockout_covers_the_api_and_re_authentication(client, world):
    api = app_client(client)
    for _ in range(9):
        response = api.post("/api/v1/tokens", json={"email": world.trainee.email, "password": "wrong guess"})
        assert response.status_code == 401
    login(client, world.trainee)  # the 10th try is right: signing in clears the count
    for _ in range(10):
        bad = post_form(client, "/account", {"current_password": "wrong guess", "new_password": NEW_PASSWORD})
        assert bad.status_code == 422
    locked = post_form(client, "/account/tokens", {"token-name": "x", "token-current_password": factories.PASSWORD},
                       page="/account")
    assert locked.status_code == 429 and "Too many failed sign-ins" in locked.get_data(as_text=True)
    response = api.post("/api/v1/tokens", json={"email": world.trainee.email, "password": factories.PASSWORD})
    assert response.status_code == 429
    error = response.get_json()["error"]
    assert error["code"] == "account_locked" and error["retry_after"] > 0 and response.headers["Retry-After"]


def test_a_password_reset_lifts_the_lockout(client, world, outbox):
    for _ in range(10):
        sign_in(app_client(client), world.trainee.email, "wrong guess")
    assert sign_in(app_client(client), world.trainee.email, factories.PASSWORD).status_code == 429
    ask_reset(client, world.trainee.email)
    client.get(reset_link(outbox))
    post_form(client, "/password/reset", {"new_password": NEW_PASSWORD})
    assert sign_in(app_client(client), world.trainee.email, NEW_PASSWORD).status_code == 302


# --- API tokens on the account page ----------------------------------------------------------------------

def create_token_from_page(client, name="import script", password=factories.PASSWORD):
    return post_form(client, "/account/tokens", {"token-name": name, "token-current_password": password},
                     page="/account")


def test_api_tokens_are_created_with_the_password_listed_and_revoked(client, world):
    login(client, world.supervisor)
    wrong = create_token_from_page(client, password="not my password at all")
    assert wrong.status_code == 422 and "not your current password" in wrong.get_data(as_text=True)
    created = create_token_from_page(client)
    html = created.get_data(as_text=True)
    assert created.status_code == 201
    raw = re.search(r'value="(sv_[^"]+)"', html).group(1)
    token = db.session.execute(select(ApiToken).where(ApiToken.user_id == world.supervisor.id)).scalar_one()
    assert raw not in (token.token_hash, token.prefix) and raw.startswith(token.prefix)
    assert raw not in client.get_cookie("supervision_session").value  # never put in the cookie

    api = app_client(client)
    assert api.get("/api/v1/me", headers={"Authorization": f"Bearer {raw}"}).status_code == 200
    listing = client.get("/account").get_data(as_text=True)
    assert token.prefix in listing and "import script" in listing and raw not in listing
    assert "never" not in listing.split(token.prefix)[1].split("</tr>")[0]  # last use is shown

    other = app_client(client)
    login(other, world.trainee)
    assert post_form(other, f"/account/tokens/{token.id}/revoke", {}, page="/account").status_code == 404
    revoked = post_form(client, f"/account/tokens/{token.id}/revoke", {}, page="/account")
    assert revoked.status_code == 302
    assert api.get("/api/v1/me", headers={"Authorization": f"Bearer {raw}"}).status_code == 401
    assert "revoked" in client.get("/account").get_data(as_text=True)


def test_token_pages_need_a_signed_in_user_and_csrf(client, world):
    assert client.post("/account/tokens").status_code in (302, 400)
    login(client, world.trainee)
    assert client.post("/account/tokens", data={"token-name": "x", "token-current_password": factories.PASSWORD}).status_code == 400
    assert db.session.execute(select(func.count()).select_from(ApiToken)).scalar_one() == 0


# --- sessions ----------------------------------------------------------------------------------------------

def test_a_signed_out_session_cookie_cannot_be_replayed(client, app, world):
    login(client, world.trainee)
    stolen = client.get_cookie("supervision_session").value
    post_form(client, "/logout", {}, page="/dashboard")
    replay = app.test_client()
    replay.set_cookie("supervision_session", stolen)
    response = replay.get("/dashboard")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_a_password_changed_session_cookie_cannot_be_replayed(client, app, world):
    login(client, world.trainee)
    stolen = client.get_cookie("supervision_session").value
    ok = post_form(client, "/account", {"current_password": factories.PASSWORD, "new_password": NEW_PASSWORD})
    assert ok.status_code == 302
    replay = app.test_client()
    replay.set_cookie("supervision_session", stolen)
    assert replay.get("/dashboard").status_code == 302
    assert client.get("/dashboard").status_code == 200  # the person who changed it carries on


def test_idle_limit_holds_for_the_api_with_a_session_cookie(client, world, clock):
    login(client, world.trainee)
    clock.advance(minutes=31)
    response = client.get("/api/v1/me")
    assert response.status_code == 401 and response.get_json()["error"]["code"] == "session_expired"


# --- next ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("target", [
    "https://evil.example/", "//evil.example/", "/\\evil.example", "\\\\evil.example", "/\t/evil.example",
    "/%0d%0aLocation:%20https://evil.example", "http:evil.example", "https:/evil.example", "javascript:alert(1)",
    "/%2F%2Fevil.example", "%2F%2Fevil.example", "/.//evil.example", " //evil.example", "/\x00//evil.example",
    "///evil.example", "/\u3002evil.example", "data:text/html,hi",
])
def test_next_never_leaves_the_site(client, world, target):
    token = csrf_token(client)
    response = client.post("/login", query_string={"next": target},
                           data={"email": world.trainee.email, "password": factories.PASSWORD, "csrf_token": token})
    assert response.status_code == 302
    location = response.headers["Location"]
    # As a browser reads it: backslashes are slashes, tabs and newlines are dropped.
    browser = re.sub(r"[\t\r\n]", "", location.replace("\\", "/"))
    resolved = urlsplit(urljoin("http://localhost/", browser))
    assert resolved.scheme == "http" and resolved.netloc == "localhost", location


def test_a_password_reset_revokes_the_accounts_api_tokens(client, world, outbox):
    from supervision.audit import AuditEvent
    from supervision.auth.services import issue_token

    _, raw = issue_token(world.trainee, name="laptop script")
    _, other_raw = issue_token(world.supervisor, name="someone else's")
    db.session.commit()
    api = app_client(client)
    assert api.get("/api/v1/me", headers={"Authorization": f"Bearer {raw}"}).status_code == 200

    ask_reset(client, world.trainee.email)
    client.get(reset_link(outbox))
    done = post_form(client, "/password/reset", {"new_password": NEW_PASSWORD})
    assert done.status_code == 302
    assert "API tokens were revoked" in client.get("/login").get_data(as_text=True)

    assert api.get("/api/v1/me", headers={"Authorization": f"Bearer {raw}"}).status_code == 401
    assert api.get("/api/v1/me", headers={"Authorization": f"Bearer {other_raw}"}).status_code == 200
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "api_token.revoked_all")).scalar_one()
    assert event.object_id == world.trainee.id and event.data["count"] == 1 and event.data["reason"] == "password_reset"
