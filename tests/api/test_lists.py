"""Note lists: pages, filters, and a fixed number of queries whatever the page size."""
from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event

from supervision.extensions import db
from tests import factories


@contextmanager
def count_queries():
    counter = {"n": 0}

    def before(*_args):
        counter["n"] += 1

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        yield counter
    finally:
        event.remove(db.engine, "before_cursor_execute", before)


def test_pages_cover_every_note_once(world, as_user):
    ids = {factories.note(world.trainee).id for _ in range(23)}
    factories.commit()
    api = as_user(world.trainee)
    seen = []
    for page in (1, 2, 3):
        body = api.get(f"/notes?per_page=10&page={page}").get_json()
        assert (body["page"], body["per_page"], body["total"], body["pages"]) == (page, 10, 23, 3)
        seen += [item["id"] for item in body["items"]]
    assert len(seen) == 23 and set(seen) == ids
    assert api.get("/notes?per_page=10&page=4").get_json()["items"] == []


def test_default_page_size_and_list_item_fields(app, world, as_user):
    for _ in range(app.config["API_PAGE_SIZE"] + 2):
        factories.note(world.trainee)
    factories.commit()
    body = as_user(world.trainee).get("/notes").get_json()
    assert len(body["items"]) == app.config["API_PAGE_SIZE"] and body["page"] == 1
    item = body["items"][0]
    assert {"id", "status", "version", "client_code", "session_date", "duration_minutes", "session_type",
            "revisions", "approval"} <= set(item)


def test_newest_changes_come_first(world, as_user):
    first, second = factories.note(world.trainee), factories.note(world.trainee)
    factories.commit()
    api = as_user(world.trainee)
    api.patch(f"/notes/{first.id}", {"version": first.version, "body": "Edited later for C-014."})
    assert [item["id"] for item in api.get("/notes").get_json()["items"]] == [first.id, second.id]


def test_status_filter(world, as_user):
    drafts = {factories.note(world.trainee).id for _ in range(2)}
    submitted = {factories.submitted_note(world.trainee).id}
    approved = {factories.approved_note(world.trainee, world.supervisor).id}
    factories.commit()
    api = as_user(world.supervisor)
    for status, expected in [("draft", drafts), ("submitted", submitted), ("approved", approved),
                             ("changes_requested", set())]:
        body = api.get(f"/notes?status={status}").get_json()
        assert {item["id"] for item in body["items"]} == expected, status
        assert all(item["status"] == status for item in body["items"])
    approved_item = api.get("/notes?status=approved").get_json()["items"][0]
    assert approved_item["approval"]["by"] == world.supervisor.id
    assert approved_item["approval"]["sha256"] == approved_item["revisions"][-1]["sha256"]


def test_queries_do_not_grow_with_the_page_size(world, as_user):
    for _ in range(12):
        factories.approved_note(world.trainee, world.supervisor)
        factories.submitted_note(world.trainee2)
    factories.commit()
    api = as_user(world.supervisor)
    api.get("/me")  # the token's last-use stamp is written once; keep it out of the counts

    def queries_for(per_page: int) -> int:
        db.session.expire_all()
        with count_queries() as counter:
            body = api.get(f"/notes?per_page={per_page}").get_json()
        assert len(body["items"]) == per_page
        return counter["n"]

    small, large = queries_for(2), queries_for(24)
    assert small == large, (small, large)
    assert large <= 10
