"""Issue 2, "done when", through the API: a note's whole life from draft to co-signed hours."""
from __future__ import annotations

import hashlib

from tests.api.conftest import ApiClient, note_payload
from tests.factories import PASSWORD

PHI_TEXT = (
    "## Subjective\nClient reports her son Jayden was suspended. She called from 508-555-0142 on March 3 "
    "and wrote from jayden.parent@example.com.\n\n## Plan\nFollow up next week.\n"
)


def sign_in(app, openapi_doc, anon, user) -> ApiClient:
    response = anon.post("/tokens", {"email": user.email.upper(), "password": PASSWORD})
    assert response.status_code == 201
    token = response.get_json()["token"]
    return ApiClient(app, openapi_doc, token)


def test_a_note_from_draft_to_cosigned_hours(app, openapi_doc, world, anon, as_user):
    trainee = sign_in(app, openapi_doc, anon, world.trainee)
    supervisor = sign_in(app, openapi_doc, anon, world.supervisor)
    me = trainee.get("/me").get_json()
    assert me["id"] == world.trainee.id and me["role"] == "trainee"
    assert me["program"] == {"id": world.program.id, "name": world.program.name}

    # A draft holding a name, a phone number, an e-mail address and a date.
    created = trainee.post("/notes", note_payload(body=PHI_TEXT, duration_minutes=53))
    assert created.status_code == 201
    note = created.get_json()
    assert created.headers["Location"].endswith(f"/api/v1/notes/{note['id']}")
    assert note["status"] == "draft" and note["body"] == PHI_TEXT and note["revisions"] == []
    assert note["approval"] is None
    assert len(note["phi"]) >= 1
    assert {"508-555-0142"} <= {f["text"] for f in note["phi"]}
    path = f"/notes/{note['id']}"

    # Nobody outside the note's scope learns that it exists.
    for outsider in (world.trainee2, world.supervisor2, world.director, world.other_director, world.other_trainee):
        assert as_user(outsider).get(path).status_code == 404, outsider

    # Refused on submit while identifiers remain, with the findings listed.
    refused = trainee.post(f"{path}/submit")
    assert refused.status_code == 422
    error = refused.get_json()["error"]
    assert error["code"] == "phi_findings"
    assert len(error["findings"]) >= 1
    assert all({"id", "start", "end", "kind", "text"} <= set(f) for f in error["findings"])
    assert PHI_TEXT[error["findings"][0]["start"]:error["findings"][0]["end"]] == error["findings"][0]["text"]

    redacted = trainee.post(f"{path}/redact", {"all": True})
    assert redacted.status_code == 200
    note = redacted.get_json()
    assert note["phi"] == [] and note["redacted"] >= 1
    assert "508-555-0142" not in note["body"] and "[PHONE]" in note["body"]

    submitted = trainee.post(f"{path}/submit", {"version": note["version"]})
    assert submitted.status_code == 200, submitted.get_json()
    note = submitted.get_json()
    assert note["status"] == "submitted" and [r["number"] for r in note["revisions"]] == [1]

    # Locked while waiting for review.
    locked = trainee.patch(path, {"version": note["version"], "body": note["body"] + "more"})
    assert locked.status_code == 409 and locked.get_json()["error"]["code"] == "invalid_transition"

    # Only the assigned supervisor reviews: the author is refused (403), an unassigned supervisor never sees it.
    assert trainee.post(f"{path}/request-changes", {"summary": "Self-review"}).status_code == 403
    assert as_user(world.supervisor2).post(f"{path}/request-changes", {"summary": "x"}).status_code == 404
    assert supervisor.get(path).get_json()["status"] == "submitted"
    comment = supervisor.post(f"{path}/comments", {"body": "Please say more about the **plan**."})
    assert comment.status_code == 201
    changes = supervisor.post(f"{path}/request-changes", {"summary": "Expand the plan.", "version": note["version"]})
    assert changes.status_code == 200
    note = changes.get_json()
    assert note["status"] == "changes_requested" and note["changes_summary"] == "Expand the plan."

    # Revised; a second window holding the old version is refused and given the note as it is now.
    old_version = note["version"]
    revised_body = note["body"] + "\nPlan: weekly exposure exercises, review in two weeks.\n"
    revised = trainee.patch(path, {"version": old_version, "body": revised_body})
    assert revised.status_code == 200
    note = revised.get_json()
    assert note["version"] > old_version and note["body"] == revised_body
    stale = trainee.patch(path, {"version": old_version, "body": "typed in another window"})
    assert stale.status_code == 409
    stale_error = stale.get_json()["error"]
    assert stale_error["code"] == "conflict"
    assert stale_error["current"]["version"] == note["version"]
    assert stale_error["current"]["body"] == revised_body

    resubmitted = trainee.post(f"{path}/submit", {"version": note["version"]})
    assert resubmitted.status_code == 200
    note = resubmitted.get_json()
    assert note["status"] == "submitted" and [r["number"] for r in note["revisions"]] == [1, 2]

    # Co-signed by the assigned supervisor only.
    assert trainee.post(f"{path}/approve", {"attestation": True}).status_code == 403
    assert as_user(world.supervisor2).post(f"{path}/approve", {"attestation": True}).status_code == 404
    assert supervisor.post(f"{path}/approve", {"attestation": False}).status_code == 422
    approved = supervisor.post(f"{path}/approve", {"attestation": True, "version": note["version"]})
    assert approved.status_code == 200
    note = approved.get_json()
    assert note["status"] == "approved"
    approval = note["approval"]
    assert approval["by"] == world.supervisor.id and approval["by_name"] == world.supervisor.name
    assert approval["sha256"] == hashlib.sha256(revised_body.encode("utf-8")).hexdigest()
    assert approval["sha256"] == note["revisions"][-1]["sha256"]
    assert approval["attestation"] == app.config["ATTESTATION"]

    # Locked for good.
    for method, suffix, body in [("PATCH", "", {"version": note["version"], "body": "changed"}),
                                 ("POST", "/redact", {"all": True}), ("POST", "/submit", {}),
                                 ("POST", "/withdraw", {})]:
        response = trainee.request(method, path + suffix, body)
        assert response.status_code == 409, (method, suffix)
    assert trainee.get(path).get_json()["body"] == revised_body

    # The session's minutes are verified hours, for the trainee and for the supervisor's view.
    hours = trainee.get("/hours/summary").get_json()
    assert hours["verified_minutes"] == 53 and hours["pending_minutes"] == 0
    assert supervisor.get(f"/hours/summary?trainee_id={world.trainee.id}").get_json()["verified_minutes"] == 53

    # The audit chain verifies, and the document lists the note paths.
    report = as_user(world.director).get("/audit/verify").get_json()
    assert report["ok"] is True and report["events"] > 10
    document = anon.get("/openapi.json").get_json()
    for note_path in ("/api/v1/notes", "/api/v1/notes/{note_id}", "/api/v1/notes/{note_id}/submit",
                      "/api/v1/notes/{note_id}/approve", "/api/v1/notes/{note_id}/request-changes"):
        assert note_path in document["paths"]


def test_dismissed_finding_lets_the_note_through_and_shows_the_reason_to_the_supervisor(world, as_user):
    trainee, supervisor = as_user(world.trainee), as_user(world.supervisor)
    note = trainee.post("/notes", note_payload(body="## Plan\nCall back at 508-555-0142 next week.\n")).get_json()
    phone = next(f for f in note["phi"] if f["text"] == "508-555-0142")
    dismissed = trainee.post(f"/notes/{note['id']}/dismiss",
                             {"id": phone["id"], "reason": "The clinic's public front-desk number."})
    assert dismissed.status_code == 200
    note = dismissed.get_json()
    assert phone["id"] not in {f["id"] for f in note["phi"]}
    assert {"id": phone["id"], "reason": "The clinic's public front-desk number."}.items() <= \
        next(f for f in note["phi_dismissed"] if f["id"] == phone["id"]).items()
    assert note["phi"] == []
    assert trainee.post(f"/notes/{note['id']}/submit").status_code == 200
    seen = supervisor.get(f"/notes/{note['id']}").get_json()
    assert seen["phi_dismissed"][0]["reason"] == "The clinic's public front-desk number."


def test_withdraw_returns_a_submitted_note_to_draft_and_keeps_its_revision(world, as_user):
    trainee = as_user(world.trainee)
    note = trainee.post("/notes", note_payload()).get_json()
    note = trainee.post(f"/notes/{note['id']}/submit").get_json()
    stale = trainee.post(f"/notes/{note['id']}/withdraw", {"version": note["version"] - 1})
    assert stale.status_code == 409 and stale.get_json()["error"]["current"]["status"] == "submitted"
    withdrawn = trainee.post(f"/notes/{note['id']}/withdraw", {"version": note["version"]})
    assert withdrawn.status_code == 200
    assert withdrawn.get_json()["status"] == "draft" and len(withdrawn.get_json()["revisions"]) == 1
    assert trainee.post(f"/notes/{note['id']}/withdraw").status_code == 409


def test_redact_by_id_replaces_the_named_finding(world, as_user):
    trainee = as_user(world.trainee)
    body = "## Plan\nHer son Jayden will call from 508-555-0142.\n"
    note = trainee.post("/notes", note_payload(body=body)).get_json()
    phone = next(f for f in note["phi"] if f["text"] == "508-555-0142")
    response = trainee.post(f"/notes/{note['id']}/redact", {"ids": [phone["id"]], "version": note["version"]})
    assert response.status_code == 200
    after = response.get_json()
    assert "[PHONE]" in after["body"] and "508-555-0142" not in after["body"] and after["redacted"] >= 1
    assert after["version"] > note["version"]
    gone = trainee.post(f"/notes/{note['id']}/redact", {"ids": [phone["id"]]})
    assert gone.status_code == 422 and "ids" in gone.get_json()["error"]["fields"]
