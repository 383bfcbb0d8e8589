"""Bodies that are not JSON objects get 400; missing or ill-typed fields get 422 naming each field; nothing
a client sends produces a server error or reaches the database half-checked."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from supervision.extensions import db
from supervision.notes.models import Note
from tests import factories
from tests.api.conftest import note_payload


@pytest.fixture
def trainee(world, as_user):
    return as_user(world.trainee)


@pytest.fixture
def draft(world):
    note = factories.note(world.trainee, body=factories.PHI_BODY)
    factories.commit()
    return note


@pytest.mark.parametrize("data, content_type", [
    ("{not json", "application/json"),
    ('{"client_code": "C-014",}', "application/json"),
    ("[1, 2, 3]", "application/json"),
    ('"a string"', "application/json"),
    ("null", "application/json"),
    ("42", "application/json"),
    ('{"duration_minutes": NaN}', "application/json"),
    (b"\xff\xfe\x00garbage", "application/json"),
    ('{"client_code": "C-014"}', "text/plain"),
    ("client_code=C-014", "application/x-www-form-urlencoded"),
    ("[" * 100_000 + "]" * 100_000, "application/json"),
])
def test_bodies_that_are_not_json_objects_get_400(trainee, data, content_type):
    response = trainee.post("/notes", data=data, content_type=content_type)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_request"
    assert db.session.execute(select(func.count(Note.id))).scalar_one() == 0


def test_missing_note_fields_are_all_named(trainee):
    response = trainee.post("/notes", {"body": "text"})
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "validation_failed"
    assert {"client_code", "session_date", "duration_minutes", "session_type", "template"} <= set(error["fields"])


@pytest.mark.parametrize("field, value", [
    ("duration_minutes", "50"),
    ("duration_minutes", 50.5),
    ("duration_minutes", True),
    ("duration_minutes", 0),
    ("duration_minutes", 24 * 60 + 1),
    ("duration_minutes", 10**30),
    ("session_date", "March 3"),
    ("session_date", "2026-02-30"),
    ("session_date", "20261102"),
    ("session_date", "2999-01-01"),
    ("session_date", 20261102),
    ("session_type", "sauna"),
    ("session_type", ["individual"]),
    ("setting", "moon"),
    ("hours_category", "napping"),
    ("template", "haiku"),
    ("client_code", "Jane Doe"),
    ("client_code", 14),
    ("body", 12),
    ("body", "x" * 100_001),
    ("body", "NUL \x00 inside"),
    ("client_code", None),
])
def test_bad_note_fields_get_422_naming_the_field(trainee, field, value):
    response = trainee.post("/notes", note_payload(**{field: value}))
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["error"]["fields"]


def test_unpaired_surrogates_are_refused_not_stored(trainee):
    raw = '{"client_code": "C-014", "session_date": "2026-11-02", "duration_minutes": 50, ' \
          '"session_type": "individual", "template": "soap", "body": "broken \\ud800 text"}'
    response = trainee.post("/notes", data=raw, content_type="application/json")
    assert response.status_code == 422
    assert "body" in response.get_json()["error"]["fields"]


def test_unknown_fields_are_ignored_and_server_fields_cannot_be_set(trainee, world):
    response = trainee.post("/notes", note_payload(status="approved", trainee_id=world.trainee2.id, version=99,
                                                   program_id=world.other_program.id))
    assert response.status_code == 201
    note = response.get_json()
    assert note["status"] == "draft" and note["trainee_id"] == world.trainee.id and note["version"] == 1


def test_client_codes_are_normalised(trainee):
    response = trainee.post("/notes", note_payload(client_code=" c-014 "))
    assert response.status_code == 201 and response.get_json()["client_code"] == "C-014"


def test_a_note_without_body_starts_from_its_template(trainee):
    response = trainee.post("/notes", {k: v for k, v in note_payload(template="dap").items() if k != "body"})
    assert response.status_code == 201
    assert "## Data" in response.get_json()["body"]


@pytest.mark.parametrize("body, field", [
    ({"body": "new"}, "version"),
    ({"version": "1", "body": "new"}, "version"),
    ({"version": None, "body": "new"}, "version"),
    ({"version": 0, "body": "new"}, "version"),
    ({"version": 1, "body": 5}, "body"),
    ({"version": 1, "duration_minutes": "ten"}, "duration_minutes"),
    ({"version": 1, "session_date": "yesterday"}, "session_date"),
])
def test_patch_needs_a_version_and_typed_fields(trainee, draft, body, field):
    response = trainee.patch(f"/notes/{draft.id}", body)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]
    db.session.expire_all()
    assert db.session.get(Note, draft.id).version == 1


def test_patch_changes_session_details(trainee, draft):
    response = trainee.patch(f"/notes/{draft.id}", {"version": 1, "duration_minutes": 45, "setting": "telehealth",
                                                    "hours_category": "intake"})
    assert response.status_code == 200
    note = response.get_json()
    assert (note["duration_minutes"], note["setting"], note["hours_category"]) == (45, "telehealth", "intake")
    assert note["version"] == 2


def test_a_note_takes_the_programs_own_direct_category_and_not_an_indirect_one(trainee, draft, world):
    from supervision.hours import services as hours

    hours.add_category(world.director, code="school_based", name="School-based", group="direct", aapi="Intervention")
    hours.add_category(world.director, code="case_notes", name="Case notes", group="indirect", aapi="Support")
    db.session.commit()
    refused = trainee.patch(f"/notes/{draft.id}", {"version": 1, "hours_category": "case_notes"})
    assert refused.status_code == 422 and "hours_category" in refused.get_json()["error"]["fields"]
    response = trainee.patch(f"/notes/{draft.id}", {"version": 1, "hours_category": "school_based"})
    assert response.status_code == 200 and response.get_json()["hours_category"] == "school_based"
    codes = {c["code"] for c in trainee.get("/hours/categories").get_json()["items"]}
    assert {"school_based", "case_notes"} <= codes  # where a client finds the codes


@pytest.mark.parametrize("suffix, body, field", [
    ("/redact", {}, "ids"),
    ("/redact", {"all": False}, "ids"),
    ("/redact", {"ids": []}, "ids"),
    ("/redact", {"ids": "abc"}, "ids"),
    ("/redact", {"ids": [1, 2]}, "ids"),
    ("/redact", {"all": "yes"}, "all"),
    ("/redact", {"ids": ["000000000000"]}, "ids"),
    ("/dismiss", {"id": "000000000000"}, "reason"),
    ("/dismiss", {"reason": "Not PHI at all."}, "id"),
    ("/dismiss", {"id": "000000000000", "reason": "Not PHI at all."}, "id"),
    ("/submit", {"version": "one"}, "version"),
    ("/withdraw", {"version": True}, "version"),
])
def test_note_actions_check_their_bodies(trainee, draft, suffix, body, field):
    response = trainee.post(f"/notes/{draft.id}{suffix}", body)
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["error"]["fields"]


def test_a_short_dismissal_reason_is_refused(trainee, draft):
    note = trainee.get(f"/notes/{draft.id}").get_json()
    response = trainee.post(f"/notes/{draft.id}/dismiss", {"id": note["phi"][0]["id"], "reason": " x "})
    assert response.status_code == 422 and "reason" in response.get_json()["error"]["fields"]


def test_dismissing_a_dismissed_finding_again_is_a_conflict_not_a_crash(trainee, draft):
    finding = trainee.get(f"/notes/{draft.id}").get_json()["phi"][0]
    first = trainee.post(f"/notes/{draft.id}/dismiss", {"id": finding["id"], "reason": "Not an identifier."})
    assert first.status_code == 200
    again = trainee.post(f"/notes/{draft.id}/dismiss", {"id": finding["id"], "reason": "Still not."})
    assert again.status_code == 409 and again.get_json()["error"]["code"] == "invalid_transition"
    db.session.expire_all()
    assert [d.reason for d in db.session.get(Note, draft.id).dismissals] == ["Not an identifier."]


@pytest.mark.parametrize("body, field", [
    ({}, "summary"),
    ({"summary": "   "}, "summary"),
    ({"summary": ["x"]}, "summary"),
])
def test_request_changes_needs_a_summary(world, as_user, body, field):
    note = factories.submitted_note(world.trainee)
    factories.commit()
    response = as_user(world.supervisor).post(f"/notes/{note.id}/request-changes", body)
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"]


@pytest.mark.parametrize("body", [{}, {"attestation": "true"}, {"attestation": 1}, {"attestation": False}])
def test_approval_needs_the_attestation_confirmed(world, as_user, body):
    note = factories.submitted_note(world.trainee)
    factories.commit()
    response = as_user(world.supervisor).post(f"/notes/{note.id}/approve", body)
    assert response.status_code == 422 and "attestation" in response.get_json()["error"]["fields"]
    db.session.expire_all()
    assert db.session.get(Note, note.id).approval is None


def test_a_stale_version_on_a_transition_gets_409_with_the_current_note(world, as_user):
    note = factories.submitted_note(world.trainee)
    factories.commit()
    response = as_user(world.supervisor).post(f"/notes/{note.id}/approve", {"attestation": True, "version": 1})
    assert response.status_code == 409
    error = response.get_json()["error"]
    assert error["code"] == "conflict" and error["current"]["version"] == note.version


def test_submitting_an_untouched_template_is_refused(trainee):
    created = trainee.post("/notes", {k: v for k, v in note_payload().items() if k != "body"}).get_json()
    response = trainee.post(f"/notes/{created['id']}/submit")
    assert response.status_code == 422 and "body" in response.get_json()["error"]["fields"]


def test_a_trainee_without_a_supervisor_cannot_submit(world, as_user):
    loner = factories.user(world.program, "trainee")
    factories.commit()
    api = as_user(loner)
    note = api.post("/notes", note_payload()).get_json()
    response = api.post(f"/notes/{note['id']}/submit")
    assert response.status_code == 409 and response.get_json()["error"]["code"] == "invalid_transition"


@pytest.mark.parametrize("path", ["/notes/0", "/notes/99999", "/notes/2147483648", "/notes/99999999999999999999999",
                                  "/notes/99999999999999999999999/comments"])
def test_notes_that_cannot_exist_are_404(trainee, path):
    response = trainee.get(path)
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("query, field", [
    ("page=0", "page"), ("page=abc", "page"), ("page=-1", "page"), ("page=1.5", "page"),
    ("per_page=0", "per_page"), ("per_page=101", "per_page"), ("per_page=%EF%BC%95", "per_page"),
    ("status=lost", "status"), ("status=%00", "status"),
])
def test_bad_list_parameters_get_422(trainee, query, field):
    response = trainee.get(f"/notes?{query}")
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"]


@pytest.mark.parametrize("query", ["trainee_id=abc", "trainee_id=0", "trainee_id=99999999999999"])
def test_bad_trainee_ids_get_422(trainee, query):
    response = trainee.get(f"/hours/summary?{query}")
    assert response.status_code == 422 and "trainee_id" in response.get_json()["error"]["fields"]


@pytest.mark.parametrize("body, field", [
    ({}, "email"), ({"email": "a@b.test"}, "password"), ({"email": 1, "password": "x"}, "email"),
    ({"email": "a@b.test", "password": ["x"]}, "password"),
])
def test_token_requests_are_checked(world, anon, body, field):
    response = anon.post("/tokens", body)
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"]


def test_unsupported_methods_are_405_json(trainee):
    response = trainee.request("PUT", "/notes", {}, check=False)
    assert response.status_code == 405 and response.get_json()["error"]["code"] == "method_not_allowed"
    assert trainee.request("GET", "/nowhere", check=False).get_json()["error"]["code"] == "not_found"


def test_a_dismissed_finding_longer_than_the_stored_text_stays_dismissed(world, trainee):
    url = "https://portal.example.org/records/" + "a1b2" * 60
    note = trainee.post("/notes", note_payload(body=f"## Plan\nSee {url} for the handout.\n")).get_json()
    finding = next(f for f in note["phi"] if f["text"] == url)
    dismissed = trainee.post(f"/notes/{note['id']}/dismiss", {"id": finding["id"], "reason": "Public handout."})
    assert dismissed.status_code == 200
    assert finding["id"] not in {f["id"] for f in dismissed.get_json()["phi"]}
    assert finding["id"] in {f["id"] for f in dismissed.get_json()["phi_dismissed"]}
