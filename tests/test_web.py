"""The pages, through the test client with real CSRF tokens."""
import re

import pytest
from sqlalchemy import select

from supervision.enums import NoteStatus
from supervision.extensions import db
from supervision.notes.models import Note
from supervision.programs.models import Invitation, SupervisionAssignment
from tests import factories
from tests.conftest import csrf_token, login


def form_post(client, path, data, page=None):
    data = dict(data, csrf_token=csrf_token(client, page or "/dashboard"))
    return client.post(path, data=data)


# --- sign-in and sessions -----------------------------------------------------------------------------

def test_login_page_has_named_fields_and_csrf(client):
    html = client.get("/login").get_data(as_text=True)
    assert 'name="email"' in html and 'name="password"' in html and 'name="csrf_token"' in html


def test_login_without_csrf_is_refused(client, world):
    response = client.post("/login", data={"email": world.trainee.email, "password": factories.PASSWORD})
    assert response.status_code == 400


def test_wrong_password_keeps_the_email_and_says_why(client, world):
    token = csrf_token(client)
    response = client.post("/login", data={"email": world.trainee.email, "password": "wrong password here", "csrf_token": token})
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "do not match" in html and world.trainee.email in html


def test_email_is_case_insensitive(client, world):
    token = csrf_token(client)
    response = client.post("/login", data={"email": world.trainee.email.upper(), "password": factories.PASSWORD, "csrf_token": token})
    assert response.status_code == 302


def test_deactivated_account_cannot_sign_in(client, world):
    world.trainee.active = False
    db.session.commit()
    token = csrf_token(client)
    response = client.post("/login", data={"email": world.trainee.email, "password": factories.PASSWORD, "csrf_token": token})
    assert response.status_code == 200 and "/dashboard" not in response.headers.get("Location", "")


@pytest.mark.parametrize("target, expected", [
    ("/notes/", "/notes/"),
    ("https://evil.example/", "/dashboard"),
    ("//evil.example/", "/dashboard"),
    ("/\\evil.example", "/dashboard"),
])
def test_next_only_follows_local_paths(client, world, target, expected):
    token = csrf_token(client)
    response = client.post(f"/login?next={target}", data={"email": world.trainee.email, "password": factories.PASSWORD, "csrf_token": token})
    assert response.headers["Location"] == expected


def test_idle_timeout_signs_out_and_says_drafts_are_saved(client, world, clock):
    login(client, world.trainee)
    assert client.get("/dashboard").status_code == 200
    clock.advance(minutes=29)
    assert client.get("/dashboard").status_code == 200  # activity resets the idle clock
    clock.advance(minutes=31)
    response = client.get("/notes/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert "drafts were saved" in client.get("/login").get_data(as_text=True)


def test_absolute_timeout_after_twelve_hours(client, world, clock):
    login(client, world.trainee)
    for _ in range(25):
        clock.advance(minutes=29)
        client.get("/dashboard")
    response = client.get("/dashboard")
    assert response.status_code == 302


def test_session_status_poll_does_not_keep_the_session_alive(client, world, clock):
    login(client, world.trainee)
    clock.advance(minutes=20)
    status = client.get("/session").get_json()
    assert status["signed_in"] and 590 <= status["remaining_seconds"] <= 600
    clock.advance(minutes=11)
    assert client.get("/dashboard").status_code == 302


def test_logout_is_a_post_and_ends_the_session(client, world):
    login(client, world.trainee)
    assert client.get("/logout").status_code == 405
    form_post(client, "/logout", {})
    assert client.get("/dashboard").status_code == 302


def test_deactivation_ends_existing_sessions(client, app, world):
    login(client, world.trainee)
    director = app.test_client()
    login(director, world.director)
    response = form_post(director, f"/program/people/{world.trainee.id}/deactivate", {}, "/program/people")
    assert response.status_code == 302
    assert client.get("/dashboard").status_code == 302


def test_password_change_needs_the_current_one_and_ends_other_sessions(client, app, world):
    other = app.test_client()
    login(other, world.trainee)
    login(client, world.trainee)
    bad = form_post(client, "/account", {"current_password": "nope nope nope", "new_password": "a brand new passphrase"}, "/account")
    assert bad.status_code == 422
    weak = form_post(client, "/account", {"current_password": factories.PASSWORD, "new_password": "password1234"}, "/account")
    assert weak.status_code == 422 and "too common" in weak.get_data(as_text=True)
    ok = form_post(client, "/account", {"current_password": factories.PASSWORD, "new_password": "a brand new passphrase"}, "/account")
    assert ok.status_code == 302
    assert client.get("/dashboard").status_code == 200
    assert other.get("/dashboard").status_code == 302


def test_security_headers(client):
    response = client.get("/login")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cache-Control"] == "no-store"


# --- the note's life through the pages ---------------------------------------------------------------

def test_note_life_through_the_pages(client, app, world):
    login(client, world.trainee)
    response = form_post(client, "/notes/new", {
        "template": "dap", "client_code": "c-021", "session_date": "2026-11-02", "duration_minutes": "45",
        "session_type": "individual", "setting": "telehealth", "hours_category": "",
    }, "/notes/new")
    assert response.status_code == 302
    note = db.session.execute(select(Note)).scalar_one()
    assert note.client_code == "C-021" and "## Data" in note.body

    edit = client.get(f"/notes/{note.id}/edit").get_data(as_text=True)
    assert "## Data" in edit
    body = "## Data\nClient said her son Jayden called from 508-555-0142.\n\n## Assessment\nStable.\n\n## Plan\nWeekly.\n"
    response = form_post(client, f"/notes/{note.id}/edit", {
        "version": note.version, "body": body, "client_code": "C-021", "session_date": "2026-11-02",
        "duration_minutes": "45", "session_type": "individual", "setting": "telehealth", "hours_category": "",
    }, f"/notes/{note.id}/edit")
    assert response.status_code == 302
    db.session.refresh(note)
    page = client.get(f"/notes/{note.id}/edit").get_data(as_text=True)
    assert "Possible identifiers" in page and "508-555-0142" in page and "disabled" in page

    blocked = form_post(client, f"/notes/{note.id}/submit", {"version": note.version}, f"/notes/{note.id}/edit")
    assert blocked.status_code == 302
    db.session.refresh(note)
    assert note.status == NoteStatus.DRAFT

    form_post(client, f"/notes/{note.id}/redact", {"version": note.version, "scope": "all"}, f"/notes/{note.id}/edit")
    db.session.refresh(note)
    assert "508-555-0142" not in note.body and "[PHONE]" in note.body
    form_post(client, f"/notes/{note.id}/submit", {"version": note.version}, f"/notes/{note.id}/edit")
    db.session.refresh(note)
    assert note.status == NoteStatus.SUBMITTED

    supervisor = app.test_client()
    login(supervisor, world.supervisor)
    queue = supervisor.get("/review/").get_data(as_text=True)
    assert f"#{note.id}" in queue and world.trainee.name in queue
    form_post(supervisor, f"/review/{note.id}/request-changes", {"version": note.version, "summary": "Add a risk screen."}, f"/notes/{note.id}")
    db.session.refresh(note)
    assert note.status == NoteStatus.CHANGES_REQUESTED
    assert "Add a risk screen." in client.get(f"/notes/{note.id}/edit").get_data(as_text=True)

    form_post(client, f"/notes/{note.id}/edit", {
        "version": note.version, "body": note.body + "\nRisk: denies SI/HI.\n", "client_code": "C-021",
        "session_date": "2026-11-02", "duration_minutes": "45", "session_type": "individual", "setting": "telehealth",
        "hours_category": "",
    }, f"/notes/{note.id}/edit")
    db.session.refresh(note)
    form_post(client, f"/notes/{note.id}/submit", {"version": note.version}, f"/notes/{note.id}/edit")
    db.session.refresh(note)
    assert note.status == NoteStatus.SUBMITTED and len(note.revisions) == 2

    diff = supervisor.get(f"/notes/{note.id}/revisions?a=1&b=2").get_data(as_text=True)
    assert "<ins>" in diff and "denies SI/HI" in diff

    no_attest = form_post(supervisor, f"/review/{note.id}/approve", {"version": note.version}, f"/notes/{note.id}")
    db.session.refresh(note)
    assert no_attest.status_code == 302 and note.status == NoteStatus.SUBMITTED
    form_post(supervisor, f"/review/{note.id}/approve", {"version": note.version, "attestation": "y"}, f"/notes/{note.id}")
    db.session.refresh(note)
    assert note.status == NoteStatus.APPROVED
    view = client.get(f"/notes/{note.id}").get_data(as_text=True)
    assert note.approval.sha256 in view and "Co-signed by" in view
    assert "0 h 45 min" in client.get("/hours/").get_data(as_text=True) or "45 min" in client.get("/hours/").get_data(as_text=True)


def test_rejected_new_note_form_keeps_what_was_typed(client, world):
    login(client, world.trainee)
    response = form_post(client, "/notes/new", {
        "template": "soap", "client_code": "Maria Lopez", "session_date": "2026-11-02", "duration_minutes": "50",
        "session_type": "individual", "setting": "in_person",
    }, "/notes/new")
    html = response.get_data(as_text=True)
    assert response.status_code == 422 and "never a name" in html and 'value="50"' in html


def test_the_default_client_code_is_a_capital_and_three_or_four_digits(client, world):
    """A broader default kept case numbers and badges of the same shape ("RC-55017") from the PHI guard."""
    login(client, world.trainee)
    fields = {"template": "soap", "session_date": "2026-11-02", "duration_minutes": "50",
              "session_type": "individual", "setting": "in_person"}
    for code in ("RC-55017", "AB-12"):
        response = form_post(client, "/notes/new", {**fields, "client_code": code}, "/notes/new")
        html = response.get_data(as_text=True)
        assert response.status_code == 422 and "three or four digits" in html and f'value="{code}"' in html
    response = form_post(client, "/notes/new", {**fields, "client_code": "C-1002"}, "/notes/new")
    assert response.status_code == 302


def test_the_note_forms_offer_the_programs_direct_hours_categories(client, world):
    from supervision.hours import services as hours

    hours.add_category(world.director, code="school_based", name="School-based counseling", group="direct",
                       aapi="Intervention")
    hours.add_category(world.director, code="case_notes", name="Case notes", group="indirect", aapi="Support")
    db.session.commit()
    login(client, world.trainee)
    page = client.get("/notes/new").get_data(as_text=True)
    assert '<option value="school_based">School-based counseling</option>' in page
    assert 'value="case_notes"' not in page
    response = form_post(client, "/notes/new", {
        "template": "soap", "client_code": "C-014", "session_date": "2026-11-02", "duration_minutes": "50",
        "session_type": "individual", "setting": "in_person", "hours_category": "school_based",
    }, "/notes/new")
    assert response.status_code == 302
    note = db.session.execute(select(Note).order_by(Note.id.desc())).scalars().first()
    assert note.hours_category == "school_based"
    editor = client.get(f"/notes/{note.id}/edit").get_data(as_text=True)
    assert '<option selected value="school_based">' in editor or 'value="school_based" selected' in editor
    # An indirect category posted by hand is refused with the reason, and what was typed stays.
    response = form_post(client, "/notes/new", {
        "template": "soap", "client_code": "C-015", "session_date": "2026-11-03", "duration_minutes": "40",
        "session_type": "individual", "setting": "in_person", "hours_category": "case_notes",
    }, "/notes/new")
    html = response.get_data(as_text=True)
    assert response.status_code == 422 and "Not a valid choice" in html and 'value="C-015"' in html


def test_stale_form_save_shows_both_versions(client, world):
    note = factories.note(world.trainee)
    db.session.commit()
    login(client, world.trainee)
    stale = note.version
    form_post(client, f"/notes/{note.id}/edit", _edit_form(note, stale, note.body + "first tab\n"), f"/notes/{note.id}/edit")
    response = form_post(client, f"/notes/{note.id}/edit", _edit_form(note, stale, "second tab text"), f"/notes/{note.id}/edit")
    html = response.get_data(as_text=True)
    assert response.status_code == 409 and "second tab text" in html and "first tab" in html


def _edit_form(note, version, body):
    return {"version": version, "body": body, "client_code": note.client_code, "session_date": note.session_date.isoformat(),
            "duration_minutes": note.duration_minutes, "session_type": note.session_type.value,
            "setting": note.setting.value, "hours_category": ""}


def test_autosave_json_saves_and_reports_conflicts(client, world):
    note = factories.note(world.trainee)
    db.session.commit()
    login(client, world.trainee)
    token = csrf_token(client, f"/notes/{note.id}/edit")
    headers = {"X-CSRFToken": token}
    ok = client.post(f"/notes/{note.id}/autosave", json={"version": note.version, "body": "## S\nCall 508-555-0142\n"}, headers=headers)
    assert ok.status_code == 200 and ok.get_json()["open_count"] >= 1
    conflict = client.post(f"/notes/{note.id}/autosave", json={"version": 1, "body": "other tab"}, headers=headers)
    data = conflict.get_json()
    assert conflict.status_code == 409 and "508-555-0142" in data["current"]["body"]
    assert client.post(f"/notes/{note.id}/autosave", json={"version": 2, "body": "x"}).status_code == 400  # no CSRF


def test_phi_check_does_not_save(client, world):
    note = factories.note(world.trainee)
    db.session.commit()
    login(client, world.trainee)
    token = csrf_token(client, f"/notes/{note.id}/edit")
    result = client.post(f"/notes/{note.id}/phi-check", json={"body": "email me at a.b@example.com"}, headers={"X-CSRFToken": token}).get_json()
    assert any(f["kind"] == "EMAIL" for f in result["findings"])
    db.session.refresh(note)
    assert "example.com" not in note.body


@pytest.mark.parametrize("who, path, expected", [
    ("trainee2", "/notes/{id}", 404),
    ("supervisor2", "/notes/{id}", 404),
    ("director", "/notes/{id}", 404),
    ("other_trainee", "/notes/{id}", 404),
    ("supervisor", "/notes/{id}", 200),
    ("supervisor", "/notes/{id}/edit", 403),
    ("trainee", "/notes/{id}", 200),
])
def test_note_pages_are_scoped(client, world, who, path, expected):
    note = factories.note(world.trainee)
    db.session.commit()
    login(client, getattr(world, who))
    assert client.get(path.format(id=note.id)).status_code == expected


def test_refused_review_changes_nothing(client, world):
    note = factories.submitted_note(world.trainee)
    db.session.commit()
    login(client, world.supervisor2)
    response = form_post(client, f"/review/{note.id}/approve", {"version": note.version, "attestation": "y"})
    assert response.status_code == 404
    db.session.refresh(note)
    assert note.status == NoteStatus.SUBMITTED and note.approval is None


def test_comment_with_identifiers_posts_with_a_warning(client, world):
    note = factories.submitted_note(world.trainee)
    db.session.commit()
    login(client, world.supervisor)
    response = form_post(client, f"/notes/{note.id}/comments", {"body": "Did you call 508-555-0142?"}, f"/notes/{note.id}")
    assert response.status_code == 302
    page = client.get(f"/notes/{note.id}").get_data(as_text=True)
    assert "may contain identifiers" in page


# --- director pages ----------------------------------------------------------------------------------

def test_invite_accept_and_assign(client, app, world):
    login(client, world.director)
    response = form_post(client, "/program/invitations", {"email": "New.Person@Example.test", "name": "New Person", "role": "trainee"}, "/program/people")
    html = response.get_data(as_text=True)
    link = re.search(r'value="(http://localhost/join/[^"]+)"', html).group(1)
    invitation = db.session.execute(select(Invitation)).scalar_one()
    assert invitation.email == "new.person@example.test" and link.rsplit("/", 1)[1] not in invitation.token_hash

    newcomer = app.test_client()
    path = link.replace("http://localhost", "")
    weak = newcomer.post(path, data={"name": "New Person", "password": "short", "csrf_token": csrf_token(newcomer, path)})
    assert weak.status_code == 422
    ok = newcomer.post(path, data={"name": "New Person", "password": "violet otter jumps high", "csrf_token": csrf_token(newcomer, path)})
    assert ok.status_code == 302 and newcomer.get("/dashboard").status_code == 200
    assert app.test_client().get(path).status_code == 404  # single use

    from supervision.auth.models import User

    person = db.session.execute(select(User).where(User.email == "new.person@example.test")).scalar_one()
    form_post(client, "/program/assignments", {"supervisor_id": world.supervisor.id, "trainee_id": person.id, "kind": "site"}, "/program/people")
    assignment = db.session.execute(select(SupervisionAssignment).where(SupervisionAssignment.trainee_id == person.id)).scalar_one()
    assert assignment.kind.value == "site"
    form_post(client, f"/program/assignments/{assignment.id}/end", {}, "/program/people")
    db.session.refresh(assignment)
    assert assignment.ends_on is not None


def test_a_renewed_invitation_link_replaces_the_old_and_a_failed_email_keeps_it(client, world, monkeypatch):
    login(client, world.director)
    html = form_post(client, "/program/invitations", {"email": "late@example.test", "name": "Late Comer",
                                                      "role": "trainee"}, "/program/people").get_data(as_text=True)
    old_link = re.search(r'value="(http://localhost/join/[^"]+)"', html).group(1)
    invitation = db.session.execute(select(Invitation)).scalar_one()
    monkeypatch.setattr("supervision.programs.routes.send_invitation", lambda invitation, link: False)
    response = form_post(client, f"/program/invitations/{invitation.id}/renew", {}, "/program/people")
    html = response.get_data(as_text=True)
    new_link = re.search(r'value="(http://localhost/join/[^"]+)"', html).group(1)
    assert response.status_code == 200 and new_link != old_link
    assert "could not be sent" in html  # the link is shown to pass on; the renewal stands
    newcomer = client.application.test_client()
    assert newcomer.get(new_link.replace("http://localhost", "")).status_code == 200
    assert newcomer.get(old_link.replace("http://localhost", "")).status_code != 200
    # Revoked, the new link stops working too; another program's director cannot touch it.
    form_post(client, f"/program/invitations/{invitation.id}/revoke", {}, "/program/people")
    assert newcomer.get(new_link.replace("http://localhost", "")).status_code != 200
    other = client.application.test_client()
    login(other, world.other_director)
    assert form_post(other, f"/program/invitations/{invitation.id}/renew", {}, "/program/people").status_code == 404


def test_expired_invitation_link_does_not_work(client, world, clock):
    login(client, world.director)
    html = form_post(client, "/program/invitations", {"email": "late@example.test", "name": "Late", "role": "supervisor"}, "/program/people").get_data(as_text=True)
    path = re.search(r'value="http://localhost(/join/[^"]+)"', html).group(1)
    clock.advance(days=8)
    assert client.application.test_client().get(path).status_code == 404


@pytest.mark.parametrize("who", ["trainee", "supervisor"])
def test_director_pages_refuse_others(client, world, who):
    login(client, getattr(world, who))
    assert client.get("/program/people").status_code == 403
    assert client.get("/program/audit").status_code == 403


def test_other_programs_people_cannot_be_touched(client, world):
    login(client, world.director)
    response = form_post(client, f"/program/people/{world.other_trainee.id}/deactivate", {}, "/program/people")
    assert response.status_code == 404
    db.session.refresh(world.other_trainee)
    assert world.other_trainee.active


def test_audit_page_verifies_the_chain(client, world):
    login(client, world.director)
    html = client.get("/program/audit").get_data(as_text=True)
    assert "Chain verified" in html and "user.created" in html
