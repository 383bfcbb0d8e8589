"""Who gets what, endpoint by endpoint: 401 without sign-in, 404 outside scope, 403 for what is visible but not
theirs to do, and a refused request changes nothing and shows nothing of the note."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from supervision.extensions import db
from supervision.notes.models import Note
from supervision.notes.services import findings_for
from supervision.threads.models import Comment
from tests import factories
from tests.api.conftest import note_payload

ACTORS = ("anonymous", "owner", "peer_trainee", "assigned_supervisor", "unassigned_supervisor", "director",
          "other_director", "other_trainee")
WORLD_ATTR = {"owner": "trainee", "peer_trainee": "trainee2", "assigned_supervisor": "supervisor",
              "unassigned_supervisor": "supervisor2", "director": "director", "other_director": "other_director",
              "other_trainee": "other_trainee"}
OUT_OF_SCOPE = {"anonymous": 401, "peer_trainee": 404, "unassigned_supervisor": 404, "director": 404,
                "other_director": 404, "other_trainee": 404}
SENTINEL = "Sentinel-7731 zebra"
CLEAN = f"## Subjective\nClient C-014 described {SENTINEL} progress with sleep.\n\n## Plan\nContinue.\n"
WITH_PHI = f"## Subjective\n{SENTINEL}: called from 508-555-0142 about her son Jayden.\n"


def _first_finding(note: Note) -> dict:
    return {"id": findings_for(note)[0].id, "reason": "The clinic's public number."}


# action: (state of the note, method, path suffix, body or body(note), {actor: status} for those in scope)
NOTE_ACTIONS = {
    "read": ("draft", "GET", "", None, {"owner": 200, "assigned_supervisor": 200}),
    "read_comments": ("submitted", "GET", "/comments", None, {"owner": 200, "assigned_supervisor": 200}),
    "comment": ("submitted", "POST", "/comments", {"body": "A thought on the plan."},
                {"owner": 201, "assigned_supervisor": 201}),
    "edit": ("draft", "PATCH", "", lambda n: {"version": n.version, "body": CLEAN + "More."},
             {"owner": 200, "assigned_supervisor": 403}),
    "redact": ("phi_draft", "POST", "/redact", {"all": True}, {"owner": 200, "assigned_supervisor": 403}),
    "dismiss": ("phi_draft", "POST", "/dismiss", _first_finding, {"owner": 200, "assigned_supervisor": 403}),
    "submit": ("draft", "POST", "/submit", {}, {"owner": 200, "assigned_supervisor": 403}),
    "withdraw": ("submitted", "POST", "/withdraw", {}, {"owner": 200, "assigned_supervisor": 403}),
    "request_changes": ("submitted", "POST", "/request-changes", {"summary": "Say more about the plan."},
                        {"owner": 403, "assigned_supervisor": 200}),
    "approve": ("submitted", "POST", "/approve", {"attestation": True},
                {"owner": 403, "assigned_supervisor": 200}),
}
NOTE_CASES = [(action, actor, {**OUT_OF_SCOPE, **spec[4]}[actor])
              for action, spec in NOTE_ACTIONS.items() for actor in ACTORS]


def client_for(actor, world, anon, as_user):
    return anon if actor == "anonymous" else as_user(getattr(world, WORLD_ATTR[actor]))


def make_note(state: str, world) -> Note:
    if state == "draft":
        note = factories.note(world.trainee, body=CLEAN)
    elif state == "phi_draft":
        note = factories.note(world.trainee, body=WITH_PHI)
    else:
        note = factories.submitted_note(world.trainee, body=CLEAN)
    factories.commit()
    return note


def snapshot(note_id: int) -> tuple:
    db.session.expire_all()
    note = db.session.get(Note, note_id)
    comments = db.session.execute(select(func.count(Comment.id)).where(Comment.note_id == note_id)).scalar()
    return (note.version, note.status, note.body, len(note.revisions), note.approval is None, len(note.dismissals),
            comments)


@pytest.mark.parametrize(("action", "actor", "expected"), NOTE_CASES, ids=[f"{a}-{b}" for a, b, _ in NOTE_CASES])
def test_note_endpoint_permissions(action, actor, expected, world, anon, as_user):
    state, method, suffix, body, _ = NOTE_ACTIONS[action]
    note = make_note(state, world)
    payload = body(note) if callable(body) else body
    before = snapshot(note.id)
    api = client_for(actor, world, anon, as_user)

    response = api.request(method, f"/notes/{note.id}{suffix}", payload)

    assert response.status_code == expected, response.get_json()
    if expected >= 400:
        assert set(response.get_json()) == {"error"}
        assert SENTINEL not in response.get_data(as_text=True)
        assert snapshot(note.id) == before
    else:
        assert response.is_json


OTHER_ENDPOINTS = {
    # name: (method, path (formatted with the world), body, {actor: status}, default for the rest)
    "me": ("GET", "/me", None, {"anonymous": 401}, 200),
    "list_notes": ("GET", "/notes", None, {"anonymous": 401}, 200),
    "create_note": ("POST", "/notes", note_payload(),
                    {"anonymous": 401, "assigned_supervisor": 403, "unassigned_supervisor": 403, "director": 403,
                     "other_director": 403}, 201),
    "trainee_hours": ("GET", "/hours/summary?trainee_id={w.trainee.id}", None,
                      {"owner": 200, "assigned_supervisor": 200, "director": 200, "anonymous": 401}, 404),
    "own_hours": ("GET", "/hours/summary", None,
                  {"anonymous": 401, "assigned_supervisor": 422, "unassigned_supervisor": 422, "director": 422,
                   "other_director": 422}, 200),
    "supervisor_as_trainee_hours": ("GET", "/hours/summary?trainee_id={w.supervisor.id}", None,
                                    {"anonymous": 401}, 404),
    "audit_verify": ("GET", "/audit/verify", None,
                     {"anonymous": 401, "director": 200, "other_director": 200}, 403),
    "openapi": ("GET", "/openapi.json", None, {}, 200),
}
OTHER_CASES = [(name, actor, spec[3].get(actor, spec[4])) for name, spec in OTHER_ENDPOINTS.items()
               for actor in ACTORS]


@pytest.mark.parametrize(("name", "actor", "expected"), OTHER_CASES, ids=[f"{a}-{b}" for a, b, _ in OTHER_CASES])
def test_other_endpoint_permissions(name, actor, expected, world, anon, as_user):
    method, path, body, _, _ = OTHER_ENDPOINTS[name]
    api = client_for(actor, world, anon, as_user)
    response = api.request(method, path.format(w=world), body)
    assert response.status_code == expected, response.get_json()


def test_note_lists_hold_exactly_what_each_caller_may_see(world, as_user):
    notes = {
        "trainee": [factories.note(world.trainee).id, factories.submitted_note(world.trainee).id],
        "trainee2": [factories.note(world.trainee2).id],
        "trainee3": [factories.note(world.trainee3).id],
        "other_trainee": [factories.note(world.other_trainee).id],
    }
    factories.commit()
    expected = {
        "owner": notes["trainee"],
        "peer_trainee": notes["trainee2"],
        "assigned_supervisor": notes["trainee"] + notes["trainee2"],
        "unassigned_supervisor": notes["trainee3"],
        "director": [],
        "other_director": [],
        "other_trainee": notes["other_trainee"],
    }
    for actor, ids in expected.items():
        body = as_user(getattr(world, WORLD_ATTR[actor])).get("/notes?per_page=100").get_json()
        assert sorted(item["id"] for item in body["items"]) == sorted(ids), actor
        assert body["total"] == len(ids)


def test_an_ended_assignment_ends_the_supervisors_access(world, as_user):
    from supervision import clock
    from supervision.programs.models import SupervisionAssignment

    note = factories.submitted_note(world.trainee)
    factories.commit()
    supervisor = as_user(world.supervisor)
    assert supervisor.get(f"/notes/{note.id}").status_code == 200
    for assignment in db.session.execute(select(SupervisionAssignment).where(
            SupervisionAssignment.supervisor_id == world.supervisor.id,
            SupervisionAssignment.trainee_id == world.trainee.id)).scalars():
        assignment.ends_on = clock.now().date()  # the end date is exclusive: the assignment ended today
    db.session.commit()
    assert supervisor.get(f"/notes/{note.id}").status_code == 404
    assert supervisor.post(f"/notes/{note.id}/approve", {"attestation": True}).status_code == 404
    assert supervisor.get(f"/hours/summary?trainee_id={world.trainee.id}").status_code == 404
