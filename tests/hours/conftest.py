"""Helpers of the hours tests."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from supervision.extensions import db
from supervision.hours import services as hours
from supervision.hours.models import HoursEntry


def log(trainee, when: date, category: str = "individual_supervision", minutes: int = 60, description: str = "",
        status: str = "pending", supervisor=None) -> HoursEntry:
    """Log an entry through the service, then verify or reject it through the services when asked."""
    entry = hours.log_hours(trainee, date=when, minutes=minutes, category=category, description=description)
    if status == "verified":
        hours.verify_hours(entry, supervisor)
    elif status == "rejected":
        hours.reject_hours(entry, supervisor, reason="Not a supervised activity.")
    return entry


@pytest.fixture
def today(world):
    return hours.program_today(world.program)


@pytest.fixture
def monday(today):
    return today - timedelta(days=today.weekday())


def commit():
    db.session.commit()


@pytest.fixture
def signed_in(app):
    """`signed_in(user)`: a fresh test client, signed in as `user`."""
    from tests.conftest import login

    def make(user):
        client = app.test_client()
        login(client, user)
        return client

    return make


# The API tests' clients (a bearer token per caller; every answer held to the OpenAPI document).
from tests.api.conftest import anon, as_user, openapi_doc, with_session  # noqa: E402,F401
