"""API for annotations (issue 4), reflections, peer groups and sharing (issue 5)."""
import pytest

from supervision.extensions import db
from supervision.programs.services import create_peer_group
from tests import factories
from tests.api.conftest import note_payload

BODY = ("## Subjective\nClient C-014 reported sleeping six hours. She said the exercise sort of worked.\n\n"
        "## Objective\nArrived on time, casually dressed. GAD-7 = 11.\n\n## Plan\nContinue exposure.\n")


@pytest.fixture
def submitted(world, as_user):
    trainee = as_user(world.trainee)
    note = trainee.post("/notes", note_payload(body=BODY)).get_json()
    note = trainee.post(f"/notes/{note['id']}/submit").get_json()
    assert note["status"] == "submitted"
    return note, trainee


def test_annotation_round_trip_through_a_revision(world, as_user, submitted):
    note, trainee = submitted
    supervisor = as_user(world.supervisor)
    start = BODY.index("casually dressed")
    made = supervisor.post(f"/notes/{note['id']}/annotations", {
        "exact": "casually dressed", "prefix": "Arrived on time, ", "suffix": ". GAD-7", "start": start,
        "end": start + 16, "body": "Relevant?"})
    assert made.status_code == 201
    kept = supervisor.post(f"/notes/{note['id']}/annotations", {"exact": "GAD-7 = 11", "body": "Good measure.",
                                                                "suggestion": "GAD-7 = 11 (was 15)"}).get_json()
    supervisor.post(f"/notes/{note['id']}/request-changes", {"summary": "See annotations."})
    current = trainee.get(f"/notes/{note['id']}").get_json()
    new_body = "## Context\nFirst session after a break.\n\n" + BODY.replace("Arrived on time, casually dressed.", "Arrived on time.")
    trainee.patch(f"/notes/{note['id']}", {"version": current["version"], "body": new_body})
    reply = trainee.post(f"/notes/{note['id']}/comments", {"body": "Removed it.", "annotation_id": made.get_json()["id"]})
    assert reply.status_code == 201 and reply.get_json()["annotation_id"] == made.get_json()["id"]
    trainee.post(f"/notes/{note['id']}/submit")
    items = {a["id"]: a for a in supervisor.get(f"/notes/{note['id']}/annotations").get_json()["items"]}
    gone, moved = items[made.get_json()["id"]], items[kept["id"]]
    assert gone["outdated"] and gone["start"] is None and gone["exact"] == "casually dressed" and gone["revision"] == 1
    assert not moved["outdated"] and new_body[moved["start"]:moved["end"]] == "GAD-7 = 11"
    assert gone["replies"][0]["body"] == "Removed it."
    resolved = trainee.patch(f"/annotations/{gone['id']}", {"resolved": True}).get_json()
    assert resolved["resolved"] is True


def test_suggestion_accepted_through_the_api(world, as_user, submitted):
    note, trainee = submitted
    supervisor = as_user(world.supervisor)
    made = supervisor.post(f"/notes/{note['id']}/annotations", {"exact": "sort of worked", "body": "Quote it.",
                                                                "suggestion": '"sort of worked"'}).get_json()
    supervisor.post(f"/notes/{note['id']}/request-changes", {"summary": "x"})
    assert supervisor.patch(f"/annotations/{made['id']}", {"suggestion": "accepted"}).status_code == 403
    answered = trainee.patch(f"/annotations/{made['id']}", {"suggestion": "accepted"}).get_json()
    assert answered["suggestion_status"] == "accepted"
    assert '"sort of worked"' in trainee.get(f"/notes/{note['id']}").get_json()["body"]


@pytest.mark.parametrize("who, status", [("trainee", 403), ("supervisor2", 404), ("other_trainee", 404), ("director", 404)])
def test_annotate_refusals(world, as_user, submitted, who, status):
    note, _ = submitted
    response = as_user(getattr(world, who)).post(f"/notes/{note['id']}/annotations", {"exact": "GAD-7", "body": "x"})
    assert response.status_code == status


def test_annotation_quote_must_exist(world, as_user, submitted):
    note, _ = submitted
    response = as_user(world.supervisor).post(f"/notes/{note['id']}/annotations", {"exact": "not there", "body": "x"})
    assert response.status_code == 422 and "exact" in response.get_json()["error"]["fields"]


def test_reflections_api_links_feedback_and_respects_sharing(world, as_user, submitted):
    note, trainee = submitted
    supervisor = as_user(world.supervisor)
    comment = supervisor.post(f"/notes/{note['id']}/comments", {"body": "Separate report from observation."}).get_json()
    shared = trainee.post("/reflections", {"body": "Keep quotes in S.", "competencies": ["assessment"],
                                           "shared": True, "comment_id": comment["id"]})
    assert shared.status_code == 201
    entry = shared.get_json()
    assert entry["feedback"]["comment_id"] == comment["id"] and entry["feedback"]["quote"] == "Separate report from observation."
    assert entry["feedback"]["author"]["id"] == world.supervisor.id
    private = trainee.post("/reflections", {"body": "Private thought.", "shared": False}).get_json()
    mine = {e["id"] for e in trainee.get("/reflections").get_json()["items"]}
    theirs = {e["id"] for e in supervisor.get("/reflections").get_json()["items"]}
    assert mine == {entry["id"], private["id"]} and theirs == {entry["id"]}
    assert supervisor.get(f"/reflections/{private['id']}").status_code == 404
    assert as_user(world.supervisor2).get("/reflections").get_json()["items"] == []
    filtered = trainee.get("/reflections?competency=assessment&source=comment").get_json()["items"]
    assert [e["id"] for e in filtered] == [entry["id"]]
    assert supervisor.post("/reflections", {"body": "x"}).status_code == 403
    bad = trainee.post("/reflections", {"body": "x", "competencies": ["astrology"]})
    assert bad.status_code == 422


def test_peer_groups_and_sharing(world, as_user, submitted):
    note, trainee = submitted
    group = create_peer_group(None, world.program, "Cohort A", [world.trainee, world.trainee2])
    db.session.commit()
    peer = as_user(world.trainee2)
    outsider = as_user(world.trainee3)
    assert [g["id"] for g in trainee.get("/peer-groups").get_json()["items"]] == [group.id]
    assert outsider.get("/peer-groups").get_json()["items"] == []
    assert peer.get(f"/notes/{note['id']}").status_code == 404
    shared = trainee.post(f"/notes/{note['id']}/share", {"peer_group_id": group.id})
    assert shared.status_code == 201 and shared.get_json()["shares"][0]["peer_group_id"] == group.id
    assert peer.get(f"/notes/{note['id']}").status_code == 200
    assert peer.post(f"/notes/{note['id']}/comments", {"body": "Peer: clear plan."}).status_code == 201
    assert peer.post(f"/notes/{note['id']}/approve", {"attestation": True}).status_code == 403
    assert peer.post(f"/notes/{note['id']}/share", {"peer_group_id": group.id}).status_code == 403
    assert outsider.get(f"/notes/{note['id']}").status_code == 404
    assert trainee.delete(f"/notes/{note['id']}/share/{group.id}").status_code == 204
    assert peer.get(f"/notes/{note['id']}").status_code == 404
    assert trainee.delete(f"/notes/{note['id']}/share/{group.id}").status_code == 404
