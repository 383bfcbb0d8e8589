"""The hours API (issue 6 §7): paths and field names as the contract says, every answer held to the document."""
from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from supervision.hours import services as hours
from tests import factories
from tests.hours.conftest import commit, log

CONTRACT_SUMMARY = {"verified_minutes", "pending_minutes", "by_category", "requirements", "warnings"}
CONTRACT_REQUIREMENT = {"name", "required_minutes", "verified_minutes", "percent", "forecast_date"}


def test_categories_are_the_programs_with_their_aapi_category(world, as_user):
    hours.update_category(world.director, "training", name="Training", group="indirect", aapi="Support", active=False)
    commit()
    items = as_user(world.trainee).get("/hours/categories").get_json()["items"]
    assert items[0] == {"code": "individual", "name": "Individual counseling", "group": "direct", "aapi": "Intervention"}
    assert {tuple(sorted(i)) for i in items} == {("aapi", "code", "group", "name")}
    assert "training" not in {i["code"] for i in items}  # no longer in use
    assert {i["aapi"] for i in items} == {"Intervention", "Assessment", "Supervision", "Support"}


def test_a_trainee_logs_hours_and_gets_a_pending_entry(world, as_user, today):
    api = as_user(world.trainee)
    response = api.post("/hours", {"date": today.isoformat(), "minutes": 90, "category": "group_supervision",
                                   "description": "Group case review"})
    assert response.status_code == 201
    body = response.get_json()
    assert body["status"] == "pending" and body["minutes"] == 90 and body["category"] == "group_supervision"
    assert body["source"] == "manual" and body["verified_by"] is None and body["phi_warnings"] == []
    assert response.headers["Location"].endswith(f"/api/v1/hours/{body['id']}")
    assert api.get(f"/hours/{body['id']}").get_json()["id"] == body["id"]


def test_identifiers_in_a_description_are_warned_about(world, as_user, today):
    body = as_user(world.trainee).post("/hours", {"date": today.isoformat(), "minutes": 30, "category": "consultation",
                                                   "description": "Called 508-555-0142"}).get_json()
    assert [w["text"] for w in body["phi_warnings"]] == ["508-555-0142"]


@pytest.mark.parametrize("payload, field", [
    ({}, "date"),
    ({"date": "2026-02-30", "minutes": 60, "category": "training"}, "date"),
    ({"date": "tomorrow", "minutes": 60, "category": "training"}, "date"),
    ({"date": "{today}", "minutes": "60", "category": "training"}, "minutes"),
    ({"date": "{today}", "minutes": 0, "category": "training"}, "minutes"),
    ({"date": "{today}", "minutes": 1441, "category": "training"}, "minutes"),
    ({"date": "{today}", "minutes": True, "category": "training"}, "minutes"),
    ({"date": "{today}", "minutes": 60, "category": "napping"}, "category"),
    ({"date": "{today}", "minutes": 60, "category": 3}, "category"),
    ({"date": "{tomorrow}", "minutes": 60, "category": "training"}, "date"),
    ({"date": "{today}", "minutes": 60, "category": "training", "description": "x" * 501}, "description"),
    ({"date": "{today}", "minutes": 60, "category": "training", "description": "a\u0000b"}, "description"),
])
def test_bad_entries_get_422_naming_the_field(world, as_user, today, payload, field):
    payload = {k: v.format(today=today.isoformat(), tomorrow=(today + timedelta(days=1)).isoformat())
               if isinstance(v, str) else v for k, v in payload.items()}
    response = as_user(world.trainee).post("/hours", payload)
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"]


@pytest.mark.parametrize("who", ["supervisor", "director"])
def test_only_trainees_log_hours(world, as_user, today, who):
    response = as_user(getattr(world, who)).post("/hours", {"date": today.isoformat(), "minutes": 60,
                                                            "category": "training"})
    assert response.status_code == 403


def test_the_verification_life_of_an_entry(world, as_user, today):
    trainee, supervisor = as_user(world.trainee), as_user(world.supervisor)
    entry = trainee.post("/hours", {"date": today.isoformat(), "minutes": 60, "category": "training"}).get_json()
    path = f"/hours/{entry['id']}"
    assert supervisor.post(f"{path}/reject", {}).status_code == 422
    rejected = supervisor.post(f"{path}/reject", {"reason": "This was a staff meeting.", "version": 1}).get_json()
    assert rejected["status"] == "rejected" and rejected["rejection_reason"] == "This was a staff meeting."
    assert rejected["rejected_by"] == world.supervisor.id and rejected["rejected_at"]
    assert supervisor.post(f"{path}/verify", {}).status_code == 409  # no longer waiting
    # The trainee corrects it through the pages; here a reopen sends it back, logged with a reason.
    reopened = supervisor.post(f"{path}/reopen", {"reason": "Let us talk about it."}).get_json()
    assert reopened["status"] == "pending"
    assert supervisor.post(f"{path}/verify", {"version": 1}).status_code == 409  # stale version
    verified = supervisor.post(f"{path}/verify", {"version": reopened["version"]}).get_json()
    assert verified["status"] == "verified" and verified["verified_by"] == world.supervisor.id
    assert verified["verified_by_name"] == "Sam Supervisor" and verified["verified_at"]


def test_a_note_entrys_hours_cannot_be_reopened(world, as_user):
    factories.approved_note(world.trainee, world.supervisor, duration_minutes=50)
    commit()
    supervisor = as_user(world.supervisor)
    [entry] = supervisor.get(f"/hours?trainee_id={world.trainee.id}").get_json()["items"]
    assert entry["source"] == "note" and entry["note_id"] and entry["status"] == "verified"
    response = supervisor.post(f"/hours/{entry['id']}/reopen", {"reason": "Look again."})
    assert response.status_code == 409 and response.get_json()["error"]["code"] == "invalid_transition"


def test_bulk_verification(world, as_user, today):
    ids = [log(world.trainee, today - timedelta(days=i)).id for i in range(3)]
    other = log(world.trainee3, today).id
    commit()
    supervisor = as_user(world.supervisor)
    assert supervisor.post("/hours/verify", {"ids": ids + [other]}).status_code == 404  # not theirs to even see
    assert supervisor.post("/hours/verify", {"ids": []}).status_code == 422
    assert supervisor.post("/hours/verify", {"ids": ["1"]}).status_code == 422
    assert supervisor.post("/hours/verify", {"ids": [True]}).status_code == 422
    assert as_user(world.director).post("/hours/verify", {"ids": ids}).status_code == 403
    assert supervisor.post(f"/hours/{ids[0]}/verify", {}).status_code == 200
    body = supervisor.post("/hours/verify", {"ids": ids}).get_json()
    assert body == {"verified": ids[1:], "skipped": ids[:1]}


def test_lists_hold_what_each_caller_may_see(world, as_user, today):
    mine = [log(world.trainee, today).id, log(world.trainee, today - timedelta(days=1), status="verified",
                                               supervisor=world.supervisor).id]
    peer = log(world.trainee2, today).id
    third = log(world.trainee3, today).id
    outsider = log(world.other_trainee, today).id
    commit()

    def ids(user, query=""):
        body = as_user(user).get(f"/hours{query}").get_json()
        return sorted(i["id"] for i in body["items"])

    assert ids(world.trainee) == sorted(mine)
    assert ids(world.supervisor) == sorted(mine + [peer])
    assert ids(world.supervisor2) == [third]
    assert ids(world.director) == sorted(mine + [peer, third])
    assert ids(world.other_director) == [outsider]
    assert ids(world.supervisor, f"?trainee_id={world.trainee2.id}") == [peer]
    assert ids(world.director, "?status=verified") == [mine[1]]
    assert as_user(world.supervisor).get(f"/hours?trainee_id={world.trainee3.id}").status_code == 404
    assert as_user(world.trainee).get("/hours?status=lost").status_code == 422
    page = as_user(world.director).get("/hours?per_page=2&page=2").get_json()
    assert (page["total"], page["pages"], len(page["items"])) == (4, 2, 2)


def test_the_summary_keeps_the_contract(world, as_user, today):
    log(world.trainee, today, "individual", 600, status="verified", supervisor=world.supervisor)
    log(world.trainee, today, "training", 30)
    commit()
    body = as_user(world.trainee).get("/hours/summary").get_json()
    assert CONTRACT_SUMMARY <= set(body)
    assert (body["verified_minutes"], body["pending_minutes"]) == (600, 30)
    assert all(CONTRACT_REQUIREMENT <= set(r) for r in body["requirements"])
    practicum = body["requirements"][0]
    assert practicum["name"] == "CACREP practicum: Total hours"
    assert (practicum["required_minutes"], practicum["verified_minutes"], practicum["percent"]) == (6000, 600, 10.0)
    assert practicum["forecast_date"] > today.isoformat()
    assert {"code", "message"} <= set(body["warnings"][0])
    same = as_user(world.director).get(f"/hours/summary?trainee_id={world.trainee.id}").get_json()
    assert same["requirements"] == body["requirements"]


def test_the_csv_is_safe_in_a_spreadsheet(world, as_user, today):
    log(world.trainee, today, "training", 30, description="=cmd|' /C calc'!A0")
    log(world.trainee, today, "training", 30, description="@SUM(1+1)*cmd|' /C calc'!A0")
    commit()
    response = as_user(world.trainee).get("/hours.csv", check=False)
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [r["description"] for r in rows] == ["'=cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"]
    for row in rows:
        assert not any(str(v).startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values())
    assert as_user(world.trainee).get(f"/hours.csv?trainee_id={world.trainee2.id}").status_code == 404
    everyone = as_user(world.director).get("/hours.csv", check=False).get_data(as_text=True)
    assert everyone.count("\r\n") == 3  # header and two rows


def test_a_trainee_name_with_a_formula_is_quoted_too(world, as_user, today):
    world.trainee.name = "=HYPERLINK(\"http://evil.test\")"
    log(world.trainee, today, "training", 30)
    commit()
    text = as_user(world.director).get("/hours.csv", check=False).get_data(as_text=True)
    row = list(csv.DictReader(io.StringIO(text)))[0]
    assert row["trainee"].startswith("'=")


def test_the_cohort_is_for_directors(world, as_user, today):
    log(world.trainee, today, "individual", 60, status="verified", supervisor=world.supervisor)
    commit()
    body = as_user(world.director).get("/hours/cohort").get_json()
    assert [i["name"] for i in body["items"]] == ["Tara Trainee", "Theo Trainee", "Tia Trainee"]
    assert body["items"][0]["verified_minutes"] == 60 and len(body["items"][0]["requirements"]) == 10
    assert [rs["code"] for rs in body["rule_sets"]] == ["cacrep_practicum", "cacrep_internship", "state_board"]
    assert [i["name"] for i in as_user(world.other_director).get("/hours/cohort").get_json()["items"]] == ["Otto Other"]
    for who in ("trainee", "supervisor"):
        assert as_user(getattr(world, who)).get("/hours/cohort").status_code == 403


def test_the_cohorts_requirements_are_each_trainees_summary(world, as_user, today):
    # Built from the cohort rows' verdicts without Progress objects: the same JSON as one trainee's summary.
    log(world.trainee, today - timedelta(days=7), "individual", 600, status="verified", supervisor=world.supervisor)
    log(world.trainee, today, "individual_supervision", 60, status="verified", supervisor=world.supervisor)
    for days in range(3):  # 45 h of client contact: the practicum's 40 direct hours are met
        log(world.trainee2, today - timedelta(days=days), "individual", 900, status="verified",
            supervisor=world.supervisor)
    commit()
    items = as_user(world.director).get("/hours/cohort").get_json()["items"]
    assert any(r["forecast_date"] for i in items for r in i["requirements"])
    assert any(r["met"] for i in items for r in i["requirements"])
    for item in items:
        summary = as_user(world.director).get(f"/hours/summary?trainee_id={item['trainee_id']}").get_json()
        assert item["requirements"] == summary["requirements"], item["name"]


def test_cookie_session_writes_need_the_csrf_header(world, with_session, today):
    api = with_session(world.trainee)
    payload = {"date": today.isoformat(), "minutes": 60, "category": "training"}
    assert api.post("/hours", payload).status_code == 400
    api.csrf = api.csrf_value
    assert api.post("/hours", payload).status_code == 201


def test_non_json_bodies_get_400(world, as_user):
    response = as_user(world.trainee).post("/hours", data="date=2026-01-01", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
