"""Fixtures: one app per test session, a clean database for every test, clients and sign-in helpers.

Set TEST_DATABASE_URL (postgresql://...) to run the same suite on PostgreSQL; SQLite in memory otherwise.
"""
from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient
from sqlalchemy import text

from config import TestConfig
from supervision import create_app
from supervision.extensions import db
from tests import factories

CSRF_RE = re.compile(r'name="csrf-token" content="([^"]+)"')


class IsolatedClient(FlaskClient):
    """Each request runs in its own app context, as in production: its own `g` and its own database
    session. (Tests hold an app context of their own; without this, requests would share it.)"""

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


@pytest.fixture(scope="session")
def app():
    app = create_app(TestConfig)
    app.test_client_class = IsolatedClient
    with app.app_context():
        db.drop_all()
        db.create_all()
    yield app
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _clean_database(request, app):
    """Every test starts with empty tables and an app context; rows are removed afterwards."""
    with app.app_context():
        yield
        db.session.rollback()
        db.session.remove()
        tables = list(reversed(db.metadata.sorted_tables))
        with db.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                names = ", ".join(f'"{t.name}"' for t in tables)
                conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            else:
                for table in tables:
                    conn.execute(table.delete())


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def csrf_token(client, path: str = "/login") -> str:
    """The CSRF token of the client's session, read from a page's meta tag."""
    page = client.get(path)
    match = CSRF_RE.search(page.get_data(as_text=True))
    assert match, f"no csrf meta tag on {path}"
    return match.group(1)


def login(client, user, password: str = factories.PASSWORD):
    token = csrf_token(client, "/login")
    response = client.post("/login", data={"email": user.email, "password": password, "csrf_token": token})
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    return response


@pytest.fixture
def world(app):
    """A program with a director, two supervisors, three trainees (A and B supervised by S1, C by S2),
    and a second program with its own director and trainee. Committed."""
    p = factories.program("Northfield Counseling Program")
    other = factories.program("Other Program")
    w = type("World", (), {})()
    w.program, w.other_program = p, other
    w.director = factories.user(p, "director", email="director@example.test", name="Dana Director")
    w.supervisor = factories.user(p, "supervisor", email="sup1@example.test", name="Sam Supervisor")
    w.supervisor2 = factories.user(p, "supervisor", email="sup2@example.test", name="Uma Unassigned")
    w.trainee = factories.user(p, "trainee", email="trainee1@example.test", name="Tara Trainee")
    w.trainee2 = factories.user(p, "trainee", email="trainee2@example.test", name="Theo Trainee")
    w.trainee3 = factories.user(p, "trainee", email="trainee3@example.test", name="Tia Trainee")
    w.other_director = factories.user(other, "director", email="director@other.test", name="Olga Other")
    w.other_trainee = factories.user(other, "trainee", email="trainee@other.test", name="Otto Other")
    w.other_supervisor = factories.user(other, "supervisor", email="sup@other.test", name="Oscar Other")
    factories.assign(w.supervisor, w.trainee)
    factories.assign(w.supervisor, w.trainee2)
    factories.assign(w.supervisor2, w.trainee3)
    factories.assign(w.other_supervisor, w.other_trainee)
    db.session.commit()
    return w


class FakeClock:
    """A clock the test moves by hand: `clock.advance(minutes=31)`."""

    def __init__(self, start):
        self.current = start

    def now(self):
        return self.current

    def advance(self, **delta):
        from datetime import timedelta

        self.current = self.current + timedelta(**delta)


@pytest.fixture
def clock(monkeypatch):
    from datetime import datetime, timezone

    from supervision import clock as clock_module

    fake = FakeClock(datetime.now(timezone.utc).replace(microsecond=0))
    monkeypatch.setattr(clock_module, "now", fake.now)
    return fake
