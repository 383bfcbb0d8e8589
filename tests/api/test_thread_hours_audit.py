"""Comments and replies, the hours summary and the audit check through the API."""
from __future__ import annotations

from html.parser import HTMLParser

from sqlalchemy import select, update

from supervision.audit import AuditEvent
from supervision.extensions import db
from tests import factories


def test_comments_and_replies_come_back_flat_with_parent_ids(world, as_user):
    note = factories.submitted_note(world.trainee)
    factories.commit()
    trainee, supervisor = as_user(world.trainee), as_user(world.supervisor)
    path = f"/notes/{note.id}/comments"

    first = supervisor.post(path, {"body": "Good use of **exposure** work."})
    assert first.status_code == 201
    first = first.get_json()
    assert first["author"] == {"id": world.supervisor.id, "name": world.supervisor.name, "role": "supervisor"}
    assert first["parent_id"] is None and first["revision_number"] == 1
    assert "<strong>exposure</strong>" in first["body_html"]
    assert first["phi_warnings"] == []

    reply = trainee.post(path, {"body": "Thank you.", "parent_id": first["id"]}).get_json()
    assert reply["parent_id"] == first["id"]
    # A reply to a reply joins the same thread: replies stay one level deep.
    nested = supervisor.post(path, {"body": "You're welcome.", "parent_id": reply["id"]}).get_json()
    assert nested["parent_id"] == first["id"]
    second = trainee.post(path, {"body": "A new question.", "parent_id": None}).get_json()

    items = trainee.get(path).get_json()["items"]
    assert [(c["id"], c["parent_id"]) for c in items] == [
        (first["id"], None), (reply["id"], first["id"]), (nested["id"], first["id"]), (second["id"], None)]


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def test_comment_html_is_sanitized(world, as_user):
    note = factories.submitted_note(world.trainee)
    factories.commit()
    comment = as_user(world.supervisor).post(
        f"/notes/{note.id}/comments",
        {"body": "<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>"},
    ).get_json()
    parser = TagCollector()
    parser.feed(comment["body_html"])
    assert parser.tags and not {"script", "img"} & {tag for tag, _ in parser.tags}
    for _tag, attrs in parser.tags:
        assert not any(name.startswith("on") for name, _ in attrs)
        assert not any("javascript" in (value or "").lower() for _, value in attrs)


def test_identifiers_in_a_comment_are_warned_about_not_refused(world, as_user):
    note = factories.submitted_note(world.trainee)
    factories.commit()
    response = as_user(world.trainee).post(f"/notes/{note.id}/comments",
                                           {"body": "Her son Jayden called 508-555-0142 on March 3."})
    assert response.status_code == 201
    warnings = response.get_json()["phi_warnings"]
    assert len(warnings) >= 1
    assert "508-555-0142" in {w["text"] for w in warnings}
    assert all({"start", "end", "kind", "text"} <= set(w) for w in warnings)


def test_a_reply_must_name_a_comment_of_the_same_note(world, as_user):
    note, other = factories.submitted_note(world.trainee), factories.submitted_note(world.trainee)
    factories.commit()
    api = as_user(world.supervisor)
    elsewhere = api.post(f"/notes/{other.id}/comments", {"body": "On the other note."}).get_json()
    for parent_id in (elsewhere["id"], 999_999, "1", 0, 2**31):
        response = api.post(f"/notes/{note.id}/comments", {"body": "Reply", "parent_id": parent_id})
        assert response.status_code == 422, parent_id
        assert "parent_id" in response.get_json()["error"]["fields"]
    for body in ({}, {"body": "   "}, {"body": 5}):
        assert api.post(f"/notes/{note.id}/comments", body).status_code == 422


def test_hours_summary_counts_only_cosigned_sessions(world, as_user):
    factories.approved_note(world.trainee, world.supervisor, duration_minutes=50)
    factories.approved_note(world.trainee, world.supervisor, duration_minutes=90, session_type="group")
    factories.submitted_note(world.trainee, duration_minutes=45)
    factories.approved_note(world.trainee2, world.supervisor, duration_minutes=30)
    factories.commit()
    summary = as_user(world.trainee).get("/hours/summary").get_json()
    assert summary["verified_minutes"] == 140
    by_code = {c["code"]: c["verified_minutes"] for c in summary["by_category"]}
    assert by_code == {"individual": 50, "group": 90}
    assert any(r["verified_minutes"] == 140 for r in summary["requirements"])
    same = as_user(world.trainee).get(f"/hours/summary?trainee_id={world.trainee.id}").get_json()
    assert same["verified_minutes"] == 140
    director_view = as_user(world.director).get(f"/hours/summary?trainee_id={world.trainee2.id}").get_json()
    assert director_view["verified_minutes"] == 30


def test_a_trainee_cannot_read_a_peers_hours(world, as_user):
    response = as_user(world.trainee).get(f"/hours/summary?trainee_id={world.trainee2.id}")
    assert response.status_code == 404


def test_audit_verify_reports_a_broken_chain(world, as_user):
    factories.approved_note(world.trainee, world.supervisor)
    factories.commit()
    director = as_user(world.director)
    report = director.get("/audit/verify").get_json()
    assert report["ok"] is True and report["events"] > 5
    victim = db.session.execute(select(AuditEvent.id).order_by(AuditEvent.id).offset(3).limit(1)).scalar_one()
    db.session.execute(update(AuditEvent).where(AuditEvent.id == victim).values(action="note.tampered"))
    db.session.commit()
    broken = director.get("/audit/verify").get_json()
    assert broken["ok"] is False and broken["first_bad_id"] == victim and broken["problem"]
