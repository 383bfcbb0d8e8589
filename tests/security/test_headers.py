"""Response headers and cookies (issue 7 item 2): a Content-Security-Policy without inline script that forbids
framing, nosniff, a Referrer-Policy on every answer (pages, API, errors, downloads); in production HSTS and
session cookies that are Secure, HttpOnly and SameSite=Lax."""
from __future__ import annotations

import pytest

from config import ProductionConfig
from supervision import create_app
from supervision.extensions import db
from tests import factories
import re

PATHS = ["/login", "/help", "/dashboard", "/notes/999999", "/api/v1/openapi.json", "/api/v1/me", "/no-such-page",
         "/static/css/app.css"]


def csp_directives(value: str) -> dict[str, list[str]]:
    out = {}
    for part in value.split(";"):
        words = part.split()
        if words:
            out[words[0].lower()] = [w.lower() for w in words[1:]]
    return out


def check_headers(response, where: str) -> None:
    headers = response.headers
    csp = headers.get("Content-Security-Policy")
    assert csp, f"{where}: no CSP"
    d = csp_directives(csp)
    scripts = d.get("script-src", d.get("default-src"))
    assert scripts is not None, where
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts and "*" not in scripts, where
    assert not any(s.startswith(("data:", "http:", "https:")) for s in scripts), where
    assert d.get("frame-ancestors") == ["'none'"], where
    assert d.get("object-src") == ["'none'"], where
    assert d.get("base-uri") in (["'none'"], ["'self'"]), where
    assert headers.get("X-Content-Type-Options") == "nosniff", where
    assert headers.get("Referrer-Policy") in ("same-origin", "no-referrer", "strict-origin-when-cross-origin"), where
    assert headers.get("X-Frame-Options") == "DENY", where


@pytest.mark.parametrize("path", PATHS)
def test_every_answer_carries_the_security_headers(path, client, world):
    response = client.get(path)
    response.close()  # static files are streamed
    check_headers(response, path)


def test_signed_in_pages_and_api_errors_carry_them_too(client, world):
    from tests.conftest import login

    login(client, world.trainee)
    for path in ("/dashboard", "/notes/", "/hours/", "/reflections/", "/hours/export.csv", "/program/people"):
        response = client.get(path)
        check_headers(response, path)
        assert response.headers.get("Cache-Control") == "no-store", path
    check_headers(client.post("/api/v1/notes", data="x"), "api 400")


def test_no_hsts_outside_production(client):
    assert "Strict-Transport-Security" not in client.get("/login").headers


@pytest.fixture
def production_app(monkeypatch):
    """The app under ProductionConfig, with a real-length secret key and the test database."""
    monkeypatch.setattr(ProductionConfig, "SECRET_KEY", "p" * 48)
    monkeypatch.setattr(ProductionConfig, "SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:")
    monkeypatch.setattr(ProductionConfig, "RATELIMIT_STORAGE_URI", "memory://")
    # The limiter is one object for every app built in this process: enabling it here would enable it for
    # the test app too (and sign-ins of later tests would meet 429s).
    monkeypatch.setattr(ProductionConfig, "RATELIMIT_ENABLED", False)
    monkeypatch.setattr(ProductionConfig, "PASSWORD_HASH_FAST", True, raising=False)
    app = create_app(ProductionConfig)
    with app.app_context():
        db.create_all()
        program = factories.program("Prod Program")
        factories.user(program, "trainee", email="prod@example.org", name="Pro Trainee")
        db.session.commit()
        yield app
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


def test_production_refuses_a_short_secret(monkeypatch):
    monkeypatch.setattr(ProductionConfig, "SECRET_KEY", "short")
    with pytest.raises(RuntimeError):
        create_app(ProductionConfig)


def test_production_sends_hsts_and_secure_cookies(production_app):
    client = production_app.test_client()
    base = "https://localhost"
    page = client.get("/login", base_url=base)
    check_headers(page, "production /login")
    hsts = page.headers.get("Strict-Transport-Security", "")
    assert "max-age=" in hsts and int(hsts.split("max-age=")[1].split(";")[0]) >= 15552000
    token = re.search(r'name="csrf-token" content="([^"]+)"', page.get_data(as_text=True)).group(1)
    # Over HTTPS Flask-WTF also wants a same-origin Referer, as a browser sends.
    response = client.post("/login", base_url=base, headers={"Referer": base + "/login"}, data={"email": "prod@example.org", "password": factories.PASSWORD,
                                                          "csrf_token": token})
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    cookies = response.headers.getlist("Set-Cookie")
    session = [c for c in cookies if c.startswith(production_app.config["SESSION_COOKIE_NAME"] + "=")]
    assert session, cookies
    for cookie in cookies:
        attrs = {a.strip().split("=")[0].lower(): a.strip() for a in cookie.split(";")[1:]}
        assert "secure" in attrs and "httponly" in attrs, cookie
        assert attrs.get("samesite", "").lower() == "samesite=lax", cookie
    assert production_app.config["REMEMBER_COOKIE_SECURE"] and production_app.config["SESSION_COOKIE_SECURE"]
