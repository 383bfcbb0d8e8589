"""API test helpers: a client per caller (bearer token or cookie session), and every answer held to the
OpenAPI document, so that a test which walks the API also proves the document describes it."""
from __future__ import annotations

import hashlib
import json as jsonlib
import os
from typing import Any

import pytest
from flask import g, has_app_context
from itsdangerous import URLSafeTimedSerializer

from supervision import clock
from supervision.auth.services import issue_token
from supervision.auth.session import SESSION_SEEN, SESSION_STARTED
from supervision.extensions import db
from tests.api.openapi_check import response_problems

API = "/api/v1"


class ApiClient:
    """A test client that speaks JSON to the API as one caller and checks each answer against the document.

    `token`: sent as `Authorization: Bearer`; `csrf`: sent as `X-CSRFToken` (cookie sessions)."""

    def __init__(self, app, doc: dict, token: str | None = None, *, client=None, csrf: str | None = None):
        self.app = app
        self.doc = doc
        self.token = token
        self.csrf = csrf
        self.client = client or app.test_client()

    def request(self, method: str, path: str, json: Any = None, *, data: Any = None, headers: dict | None = None,
                content_type: str | None = None, check: bool = True, **kw):
        url = path if path.startswith(API) else API + path
        all_headers = dict(headers or {})
        if self.token is not None:
            all_headers.setdefault("Authorization", f"Bearer {self.token}")
        if self.csrf is not None:
            all_headers.setdefault("X-CSRFToken", self.csrf)
        if json is not None:
            data = jsonlib.dumps(json)
            content_type = content_type or "application/json"
        _forget_request_globals()
        response = self.client.open(url, method=method, data=data, headers=all_headers,
                                    content_type=content_type, **kw)
        if check:
            body = response.get_json(silent=True) if response.data else None
            problems = response_problems(self.doc, url.split("?")[0], method, response.status_code,
                                         response.content_type, body)
            assert not problems, "\n".join(problems) + f"\n{response.get_data(as_text=True)[:2000]}"
        return response

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, json=None, **kw):
        return self.request("POST", path, json, **kw)

    def patch(self, path, json=None, **kw):
        return self.request("PATCH", path, json, **kw)

    def delete(self, path, **kw):
        return self.request("DELETE", path, **kw)


def _forget_request_globals() -> None:
    """Empty `g` before a request. The suite holds one app context for the whole test, and Flask reuses it for
    each test request, so `g` (where Flask-Login caches the caller, and Flask-WTF its CSRF state) would
    otherwise carry one request's caller into the next. In production every request has its own."""
    if has_app_context():
        for name in list(vars(g)):
            delattr(g, name)


@pytest.fixture(scope="session")
def openapi_doc(app):
    with app.test_request_context():
        from supervision.api.openapi import build_document

        return build_document()


@pytest.fixture
def anon(app, openapi_doc):
    return ApiClient(app, openapi_doc)


@pytest.fixture
def as_user(app, openapi_doc):
    """`as_user(user)`: an ApiClient with a fresh bearer token of `user`."""

    def make(user) -> ApiClient:
        _, raw = issue_token(user)
        db.session.commit()
        return ApiClient(app, openapi_doc, raw)

    return make


@pytest.fixture
def with_session(app, openapi_doc):
    """`with_session(user)`: an ApiClient on a signed-in cookie session (as the login page leaves it), with its
    CSRF token in `.csrf_value`, not sent until the test sets `.csrf`."""

    def make(user) -> ApiClient:
        client = app.test_client()
        raw_csrf = hashlib.sha1(os.urandom(64)).hexdigest()
        now = clock.now().timestamp()
        with client.session_transaction() as session:
            session["_user_id"] = user.get_id()
            session["_fresh"] = True
            session[SESSION_STARTED] = now
            session[SESSION_SEEN] = now
            session["csrf_token"] = raw_csrf
        api = ApiClient(app, openapi_doc, client=client)
        # The signed form Flask-WTF puts in pages (meta tag csrf-token) and expects back in X-CSRFToken.
        api.csrf_value = URLSafeTimedSerializer(app.secret_key, salt="wtf-csrf-token").dumps(raw_csrf)
        return api

    return make


def note_payload(**overrides) -> dict[str, Any]:
    payload = {"client_code": "C-014", "session_date": "2026-11-02", "duration_minutes": 50,
               "session_type": "individual", "setting": "in_person", "template": "soap",
               "body": "## Subjective\nClient C-014 reported better sleep.\n\n## Plan\nContinue exposure work.\n"}
    payload.update(overrides)
    return payload
