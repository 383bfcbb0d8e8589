"""Who sees and does what with hours: a trainee, a supervisor and a director each see what they should and nothing
more, and another program sees nothing (404). Refusals change nothing; hidden buttons are hidden too."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from supervision.extensions import db
from supervision.hours.models import HoursEntry
from tests.conftest import login
from tests.hours.conftest import commit, log

ACTORS = ("anonymous", "owner", "peer_trainee", "assigned_supervisor", "unassigned_supervisor", "director",
          "other_director", "other_trainee")
WORLD_ATTR = {"owner": "trainee", "peer_trainee": "trainee2", "assigned_supervisor": "supervisor",
              "unassigned_supervisor": "supervisor2", "director": "director", "other_director": "other_director",
              "other_trainee": "other_trainee"}
# Out of scope is 404 for everyone but the anonymous caller.
HIDDEN = {"anonymous": 401, "peer_trainee": 404, "unassigned_supervisor": 404, "other_director": 404,
          "other_trainee": 404}

# name: (method, path, body, {actor: status}); {e} is the owner's pending entry, {t} the owner's id.
API = {
    "read_entry": ("GET", "/hours/{e}", None, {"owner": 200, "assigned_supervisor": 200, "director": 200}),
    "verify": ("POST", "/hours/{e}/verify", {}, {"owner": 403, "assigned_supervisor": 200, "director": 403}),
    "reject": ("POST", "/hours/{e}/reject", {"reason": "Not supervised."},
               {"owner": 403, "assigned_supervisor": 200, "director": 403}),
    "reopen": ("POST", "/hours/{e}/reopen", {"reason": "Look again."},
               {"owner": 403, "assigned_supervisor": 409, "director": 403}),  # 409: it is still pending
    "bulk_verify": ("POST", "/hours/verify", {"ids": ["{e}"]},
                    {"owner": 403, "assigned_supervisor": 200, "director": 403}),
    "summary": ("GET", "/hours/summary?trainee_id={t}", None, {"owner": 200, "assigned_supervisor": 200, "director": 200}),
    "list_one_trainee": ("GET", "/hours?trainee_id={t}", None,
                         {"owner": 200, "assigned_supervisor": 200, "director": 200}),
    "csv_one_trainee": ("GET", "/hours.csv?trainee_id={t}", None,
                        {"owner": 200, "assigned_supervisor": 200, "director": 200}),
    "cohort": ("GET", "/hours/cohort", None, {"owner": 403, "peer_trainee": 403, "assigned_supervisor": 403,
                                              "unassigned_supervisor": 403, "director": 200, "other_director": 200,
                                              "other_trainee": 403}),
    "categories": ("GET", "/hours/categories", None, {a: 200 for a in ACTORS if a != "anonymous"}),
}
API_CASES = [(name, actor, {**HIDDEN, **spec[3]}.get(actor)) for name, spec in API.items() for actor in ACTORS]


def _client(actor, world, anon, as_user):
    return anon if actor == "anonymous" else as_user(getattr(world, WORLD_ATTR[actor]))


def _state(entry_id):
    db.session.expire_all()
    entry = db.session.get(HoursEntry, entry_id)
    return entry.status, entry.version, len(entry.events)


@pytest.mark.parametrize(("name", "actor", "expected"), API_CASES, ids=[f"{n}-{a}" for n, a, _ in API_CASES])
def test_api_permissions(name, actor, expected, world, anon, as_user, today):
    entry = log(world.trainee, today, description="Sentinel-4417 consultation")
    commit()
    method, path, body, _ = API[name]
    if body and "ids" in body:
        body = {"ids": [entry.id]}
    before = _state(entry.id)
    response = _client(actor, world, anon, as_user).request(method, path.format(e=entry.id, t=world.trainee.id), body,
                                                              check=not path.startswith("/hours.csv") or expected != 200)
    assert response.status_code == expected, response.get_data(as_text=True)[:300]
    if expected >= 400:
        assert "Sentinel-4417" not in response.get_data(as_text=True)
        assert _state(entry.id) == before


# Pages: (path, {actor: status}); the rest of ACTORS default to the hidden statuses (302 to sign in, 404).
PAGES = {
    "/hours/entries/{e}": {"owner": 200, "assigned_supervisor": 200, "director": 200},
    "/hours/entries/{e}/edit": {"owner": 200, "assigned_supervisor": 403, "director": 403},
    "/hours/?trainee={t}": {"owner": 200, "assigned_supervisor": 200, "director": 200},
    "/hours/export.csv?trainee={t}": {"owner": 200, "assigned_supervisor": 200, "director": 200},
    "/hours/aapi?trainee={t}": {"owner": 200, "assigned_supervisor": 200, "director": 200},
    "/hours/queue": {"owner": 403, "peer_trainee": 403, "assigned_supervisor": 200, "unassigned_supervisor": 200,
                     "director": 403, "other_director": 403, "other_trainee": 403},
    "/hours/cohort": {"owner": 403, "peer_trainee": 403, "assigned_supervisor": 403, "unassigned_supervisor": 403,
                      "director": 200, "other_director": 200, "other_trainee": 403},
    "/hours/settings": {"owner": 403, "peer_trainee": 403, "assigned_supervisor": 403, "unassigned_supervisor": 403,
                        "director": 200, "other_director": 200, "other_trainee": 403},
    "/hours/week": {"owner": 200, "peer_trainee": 200, "assigned_supervisor": 403, "unassigned_supervisor": 403,
                    "director": 403, "other_director": 403, "other_trainee": 200},
}
PAGE_HIDDEN = {**HIDDEN, "anonymous": 302}
PAGE_CASES = [(path, actor, {**PAGE_HIDDEN, **spec}.get(actor)) for path, spec in PAGES.items() for actor in ACTORS]


@pytest.mark.parametrize(("path", "actor", "expected"), PAGE_CASES, ids=[f"{p}-{a}" for p, a, _ in PAGE_CASES])
def test_page_permissions(path, actor, expected, app, world, today):
    entry = log(world.trainee, today, description="Sentinel-4417 consultation")
    commit()
    client = app.test_client()
    if actor != "anonymous":
        login(client, getattr(world, WORLD_ATTR[actor]))
    # A trainee's own pages ignore ?trainee=: they always show the trainee themself.
    response = client.get(path.format(e=entry.id, t=world.trainee.id))
    if actor in ("peer_trainee", "other_trainee") and path.startswith(("/hours/?", "/hours/export", "/hours/aapi")):
        assert response.status_code == 200
        assert "Sentinel-4417" not in response.get_data(as_text=True)
        return
    assert response.status_code == expected
    if expected >= 400:
        assert "Sentinel-4417" not in response.get_data(as_text=True)


@pytest.mark.parametrize("actor, action", [
    ("owner", "verify"), ("director", "verify"), ("peer_trainee", "verify"), ("unassigned_supervisor", "verify"),
    ("other_director", "verify"), ("owner", "reject"), ("director", "reopen"),
    ("assigned_supervisor", "delete"), ("director", "delete"), ("peer_trainee", "delete"),
])
def test_refused_page_actions_change_nothing(actor, action, app, world, today):
    entry = log(world.trainee, today)
    commit()
    before = _state(entry.id)
    client = app.test_client()
    login(client, getattr(world, WORLD_ATTR[actor]))
    from tests.conftest import csrf_token

    token = csrf_token(client, "/dashboard")
    response = client.post(f"/hours/entries/{entry.id}/{action}",
                           data={"csrf_token": token, "reject-csrf_token": token, "reopen-csrf_token": token,
                                 "reject-reason": "Nope nope.", "reopen-reason": "Nope nope."})
    assert response.status_code in (403, 404)
    assert _state(entry.id) == before


def test_buttons_are_shown_only_to_who_may_use_them(app, world, today):
    entry = log(world.trainee, today)
    commit()
    pages = {}
    for actor in ("owner", "assigned_supervisor", "director"):
        client = app.test_client()
        login(client, getattr(world, WORLD_ATTR[actor]))
        pages[actor] = (client.get(f"/hours/entries/{entry.id}").get_data(as_text=True),
                        client.get(f"/hours/?trainee={world.trainee.id}").get_data(as_text=True))
    verify_form = f'action="/hours/entries/{entry.id}/verify"'
    assert verify_form in pages["assigned_supervisor"][0]
    assert verify_form not in pages["owner"][0] and verify_form not in pages["director"][0]
    assert 'name="ids"' in pages["assigned_supervisor"][1]
    assert 'name="ids"' not in pages["owner"][1] and 'name="ids"' not in pages["director"][1]
    assert "Correct and resubmit" not in pages["owner"][0] and ">Edit<" in pages["owner"][0]
    assert ">Edit<" not in pages["director"][0] and ">Edit<" not in pages["assigned_supervisor"][0]


def test_a_director_sees_the_program_but_not_the_notes_behind_the_hours(app, world):
    from tests import factories

    factories.approved_note(world.trainee, world.supervisor, duration_minutes=50)
    commit()
    client = app.test_client()
    login(client, world.director)
    entry_id = db.session.execute(select(HoursEntry.id)).scalar_one()
    html = client.get(f"/hours/entries/{entry_id}").get_data(as_text=True)
    assert "Co-signed note #" in html and "/notes/" not in html


def test_bulk_verification_of_an_entry_out_of_scope_is_not_found_on_the_page_too(app, world, today):
    mine, theirs = log(world.trainee, today), log(world.trainee3, today)
    commit()
    client = app.test_client()
    login(client, world.supervisor)
    from tests.conftest import csrf_token

    response = client.post("/hours/verify", data={"csrf_token": csrf_token(client, "/hours/queue"),
                                                  "ids": [mine.id, theirs.id]})
    assert response.status_code == 404
    assert _state(mine.id)[0].value == "pending" and _state(theirs.id)[0].value == "pending"
