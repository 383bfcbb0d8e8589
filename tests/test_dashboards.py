"""Dashboards: what each role sees at a glance."""
from supervision.extensions import db
from supervision.review.services import approve_note, request_changes
from supervision.review.stats import overdue_by_supervisor, turnaround
from tests import factories
from tests.conftest import login


def test_turnaround_counts_decisions_from_submission(world, clock):
    first = factories.submitted_note(world.trainee)
    second = factories.submitted_note(world.trainee2)
    clock.advance(hours=10)
    approve_note(first, world.supervisor, attestation=True, wording="x")
    clock.advance(hours=20)
    request_changes(second, world.supervisor, summary="More detail.")
    figures = turnaround(world.supervisor)
    assert figures["decisions"] == 2 and figures["median_hours"] == 20.0 and figures["slowest_hours"] == 30.0
    assert turnaround(world.supervisor2)["decisions"] == 0
    clock.advance(days=31)
    assert turnaround(world.supervisor)["decisions"] == 0


def test_overdue_reviews_by_supervisor(world, clock):
    factories.submitted_note(world.trainee)
    clock.advance(days=8)
    factories.submitted_note(world.trainee3)
    rows = overdue_by_supervisor(world.director)
    assert ("Sam Supervisor", 1, 1) in rows and ("Uma Unassigned", 1, 0) in rows
    assert all(name not in ("Oscar Other",) for name, _, _ in rows)


def test_role_dashboards_render(client, world):
    note = factories.submitted_note(world.trainee)
    db.session.commit()
    login(client, world.supervisor)
    page = client.get("/dashboard").get_data(as_text=True)
    assert f"#{note.id}" in page and "median turnaround" in page
    view = client.get(f"/notes/{note.id}").get_data(as_text=True)
    assert 'id="shortcuts"' in view
    assert "Keyboard" in client.get("/help").get_data(as_text=True) or "shortcuts" in client.get("/help").get_data(as_text=True)
    client2 = client.application.test_client()
    login(client2, world.director)
    assert "Reviews by supervisor" in client2.get("/dashboard").get_data(as_text=True)
