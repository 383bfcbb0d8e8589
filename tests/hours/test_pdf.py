"""The PDF hours log: its content, its fingerprint (stable for the same hours, different when they change), and what
a reader of the file sees (checked with pdftotext when poppler-utils is installed)."""
from __future__ import annotations

import hashlib
import io
from datetime import datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from supervision.hours import log as hours_log
from supervision.hours import services as hours
from supervision.hours.pdf import render
from tests import factories
from tests.hours.conftest import commit, log


def _history(world, today):
    factories.approved_note(world.trainee, world.supervisor, duration_minutes=50, session_date=today - timedelta(days=8))
    log(world.trainee, today - timedelta(days=7), "individual_supervision", 60, status="verified",
        supervisor=world.supervisor)
    log(world.trainee, today, "group_supervision", 90, description="Group case consultation", status="verified",
        supervisor=world.supervisor)
    log(world.trainee, today, "training", 120)  # pending: not in the log
    commit()


def test_the_content_holds_every_verified_entry_with_who_verified_it_and_when(app, world, today):
    _history(world, today)
    data = hours_log.content(world.trainee)
    assert [e["category"] for e in data["entries"]] == ["individual", "individual_supervision", "group_supervision"]
    assert all(e["verified_by"] == "Sam Supervisor" and e["verified_at"] for e in data["entries"])
    assert data["totals"]["verified_minutes"] == 200
    assert data["totals"]["by_group"] == {"direct": 50, "supervision": 150}
    assert sum(w["total"] for w in data["weeks"]) == 200
    assert "forecast_date" not in str(data)  # nothing that moves with the calendar


def test_the_fingerprint_is_stable_for_the_same_hours_and_changes_with_them(app, world, today, clock):
    _history(world, today)
    with app.test_request_context():
        first, export1 = hours_log.issue_hours_log(world.trainee, world.trainee)
        clock.advance(days=3)
        second, export2 = hours_log.issue_hours_log(world.director, world.trainee)
    assert export1.content_sha256 == export2.content_sha256 == hours_log.fingerprint_of(hours_log.content(world.trainee))
    assert export1.file_sha256 != export2.file_sha256  # made at another time, by another person
    assert export1.file_sha256 == hashlib.sha256(first).hexdigest()
    from sqlalchemy import select

    from supervision.extensions import db
    from supervision.hours.models import HoursEntry

    entry = db.session.execute(select(HoursEntry).where(HoursEntry.category == "group_supervision")).scalar_one()
    hours.reopen_hours(entry, world.supervisor, reason="Check the length.")
    assert hours_log.fingerprint_of(hours_log.content(world.trainee)) != export1.content_sha256


def test_only_those_who_see_the_hours_issue_a_log(app, world, today):
    from supervision.errors import PermissionDenied

    with app.test_request_context():
        for person in (world.trainee2, world.supervisor2, world.other_director):
            with pytest.raises(PermissionDenied):
                hours_log.issue_hours_log(person, world.trainee)


def test_a_reader_of_the_pdf_sees_the_weeks_the_verifications_and_the_fingerprint(app, world, today):
    _history(world, today)
    world.trainee.name = "Zoë Ñúñez-O'Brien"  # not Latin-1 only: the log must draw it
    with app.test_request_context():
        pdf, export = hours_log.issue_hours_log(world.director, world.trainee)
    reader = PdfReader(io.BytesIO(pdf))  # an independent PDF reader, installed with the dev extra
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("Supervised clinical hours log", "Zoë Ñúñez-O'Brien", "Northfield Counseling Program",
                     "Verified hours by week and category", "Entries and their verification", "Sam Supervisor",
                     "co-signed note #", "Group case consultation", "CACREP internship", export.content_sha256,
                     "Dana Director"):
        assert expected in text, expected
    assert "Training and didactics" not in text  # pending hours are not in a log of verified hours
    info = " ".join(str(value) for value in (reader.metadata or {}).values())
    assert f"hours-log-sha256:{export.content_sha256}" in info


def test_render_works_without_a_unicode_font(monkeypatch):
    from supervision.hours import pdf as pdf_module

    monkeypatch.setattr(pdf_module, "FONT_DIRS", ())
    data = {"program": {"id": 1, "name": "P", "timezone": "UTC"}, "trainee": {"id": 1, "name": "Zoë 李"},
            "categories": {}, "entries": [], "weeks": [], "requirements": [],
            "totals": {"verified_minutes": 0, "by_category": {}, "by_group": {}}}
    out = render(data, fingerprint="0" * 64, generated_at=datetime(2026, 1, 1, tzinfo=timezone.utc),
                 generated_by="Dana", check_url="http://localhost/hours/fingerprint")
    assert out.startswith(b"%PDF-")
