"""The note's life through the services: every transition, its permission, its audit event."""
import hashlib

import pytest
from sqlalchemy import select

from supervision.audit import AuditEvent, verify_chain
from supervision.enums import HoursStatus, NoteStatus
from supervision.errors import InvalidTransition, OpenFindings, PermissionDenied, StaleNote, ValidationFailed
from supervision.extensions import db
from supervision.hours.models import HoursEntry
from supervision.hours.services import hours_summary
from supervision.notes import services as notes
from supervision.notifications.models import Notification
from supervision.review.services import approve_note, request_changes
from supervision.threads.services import add_comment
from tests import factories


def actions():
    return [e.action for e in db.session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()]


def test_new_note_starts_from_its_template(world):
    note = factories.note(world.trainee, body="", template="birp")
    assert note.status == NoteStatus.DRAFT and note.version == 1
    assert [l for l in note.body.splitlines() if l.startswith("## ")] == ["## Behavior", "## Intervention", "## Response", "## Plan"]


@pytest.mark.parametrize("code", ["Maria", "C014", "c-14a", "Jones-12", ""])
def test_client_code_must_be_a_code_not_a_name(world, code):
    with pytest.raises(ValidationFailed) as exc:
        factories.note(world.trainee, client_code=code)
    assert "client_code" in exc.value.fields


def test_only_trainees_write_notes(world):
    with pytest.raises(PermissionDenied):
        factories.note(world.supervisor)


def test_whole_life_draft_to_cosigned(world):
    note = factories.note(world.trainee, body=factories.PHI_BODY)
    with pytest.raises(OpenFindings) as exc:
        notes.submit_note(note, world.trainee)
    assert len(exc.value.findings) >= 2
    notes.redact_findings(note, world.trainee, all_open=True)
    assert notes.open_findings(note) == [] and "[PHONE]" in note.body
    rev1 = notes.submit_note(note, world.trainee)
    assert note.status == NoteStatus.SUBMITTED and rev1.number == 1
    assert rev1.sha256 == hashlib.sha256(note.body.encode("utf-8")).hexdigest()

    request_changes(note, world.supervisor, summary="Add a risk assessment.")
    assert note.status == NoteStatus.CHANGES_REQUESTED
    notes.update_note(note, world.trainee, version=note.version, body=note.body + "\nRisk: denied SI.\n")
    rev2 = notes.submit_note(note, world.trainee)
    assert rev2.number == 2 and len(note.revisions) == 2

    approval = approve_note(note, world.supervisor, attestation=True, wording="I attest.")
    db.session.commit()
    assert note.status == NoteStatus.APPROVED
    assert approval.sha256 == hashlib.sha256(note.body.encode()).hexdigest() == rev2.sha256
    assert approval.supervisor_id == world.supervisor.id and approval.attestation == "I attest."

    entry = db.session.execute(select(HoursEntry).where(HoursEntry.note_id == note.id)).scalar_one()
    assert entry.status == HoursStatus.VERIFIED and entry.minutes == 50 and entry.category == "individual"
    assert hours_summary(world.trainee)["verified_minutes"] == 50

    with pytest.raises(InvalidTransition):
        notes.update_note(note, world.trainee, version=note.version, body="tampered")
    assert verify_chain().ok
    assert {"note.created", "note.phi_redacted", "note.submitted", "note.changes_requested", "note.edited",
            "note.resubmitted", "note.approved", "hours.verified"} <= set(actions())


def test_stale_version_is_refused_and_nothing_changes(world):
    note = factories.note(world.trainee)
    old = note.version
    notes.update_note(note, world.trainee, version=old, body=note.body + "more\n")
    with pytest.raises(StaleNote):
        notes.update_note(note, world.trainee, version=old, body="lost?")
    assert note.body.endswith("more\n")


def test_review_is_for_the_assigned_supervisor_only(world):
    note = factories.submitted_note(world.trainee)
    for person in (world.trainee, world.supervisor2, world.director, world.other_supervisor):
        with pytest.raises(PermissionDenied):
            approve_note(note, person, attestation=True, wording="x")
        with pytest.raises(PermissionDenied):
            request_changes(note, person, summary="x")
    assert note.status == NoteStatus.SUBMITTED


def test_approval_requires_the_attestation(world):
    note = factories.submitted_note(world.trainee)
    with pytest.raises(ValidationFailed):
        approve_note(note, world.supervisor, attestation=False, wording="x")


def test_request_changes_needs_a_summary(world):
    note = factories.submitted_note(world.trainee)
    with pytest.raises(ValidationFailed):
        request_changes(note, world.supervisor, summary="  ")


def test_withdraw_returns_to_draft_and_keeps_the_revision(world):
    note = factories.submitted_note(world.trainee)
    notes.withdraw_note(note, world.trainee)
    assert note.status == NoteStatus.DRAFT and len(note.revisions) == 1
    with pytest.raises(InvalidTransition):
        notes.withdraw_note(note, world.trainee)


def test_submitted_notes_are_locked(world):
    note = factories.submitted_note(world.trainee)
    with pytest.raises(InvalidTransition):
        notes.update_note(note, world.trainee, version=note.version, body="changed")


def test_cannot_approve_twice_or_approve_a_draft(world):
    note = factories.note(world.trainee)
    with pytest.raises(InvalidTransition):
        approve_note(note, world.supervisor, attestation=True, wording="x")
    notes.submit_note(note, world.trainee)
    approve_note(note, world.supervisor, attestation=True, wording="x")
    with pytest.raises(InvalidTransition):
        approve_note(note, world.supervisor, attestation=True, wording="x")


def test_dismissed_finding_no_longer_blocks_and_is_recorded(world):
    note = factories.note(world.trainee, body="## Plan\nReviewed the workbook with her son Jayden present.\n")
    finding = notes.open_findings(note)[0]
    notes.dismiss_finding(note, world.trainee, finding=finding.id, reason="a character in the workbook")
    assert notes.open_findings(note) == []
    assert note.dismissals[0].reason == "a character in the workbook"
    notes.submit_note(note, world.trainee)
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "note.phi_dismissed")).scalar_one()
    assert "Jayden" not in str(event.data)


def test_dismissal_needs_a_reason(world):
    note = factories.note(world.trainee, body=factories.PHI_BODY)
    with pytest.raises(ValidationFailed):
        notes.dismiss_finding(note, world.trainee, finding=notes.open_findings(note)[0].id, reason="")


def test_redaction_replaces_every_occurrence_of_the_same_text(world):
    note = factories.note(world.trainee, body="## S\nCall 508-555-0142. Again: 508-555-0142.\n")
    first = notes.open_findings(note)[0]
    _, count = notes.redact_findings(note, world.trainee, ids=[first.id])
    assert count == 2 and "508" not in note.body


def test_submit_needs_an_assigned_supervisor(world):
    lonely = factories.user(world.program, "trainee")
    note = factories.note(lonely)
    with pytest.raises(InvalidTransition):
        notes.submit_note(note, lonely)


def test_empty_template_cannot_be_submitted(world):
    note = factories.note(world.trainee, body="")
    with pytest.raises(ValidationFailed):
        notes.submit_note(note, world.trainee)


def test_addendum_is_reviewed_like_a_note_and_adds_no_hours(world):
    parent = factories.approved_note(world.trainee, world.supervisor)
    addendum = notes.create_addendum(parent, world.trainee)
    notes.update_note(addendum, world.trainee, version=addendum.version, body="## Addendum\nClient called to reschedule.\n")
    notes.submit_note(addendum, world.trainee)
    approve_note(addendum, world.supervisor, attestation=True, wording="x")
    assert addendum.parent_id == parent.id and addendum.status == NoteStatus.APPROVED
    assert hours_summary(world.trainee)["verified_minutes"] == 50


def test_transitions_notify_the_other_party(world):
    note = factories.submitted_note(world.trainee)
    request_changes(note, world.supervisor, summary="Please add the plan.")
    db.session.commit()
    kinds = {(n.user_id, n.kind) for n in db.session.execute(select(Notification)).scalars()}
    assert (world.supervisor.id, "note_submitted") in kinds
    assert (world.trainee.id, "changes_requested") in kinds
    assert not any(n_user == world.supervisor2.id for n_user, _ in kinds)


def test_comments_thread_and_permissions(world):
    note = factories.submitted_note(world.trainee)
    top = add_comment(note, world.supervisor, body="Separate *observation* from interpretation.")
    reply = add_comment(note, world.trainee, body="Will do.", parent_id=top.id)
    nested = add_comment(note, world.supervisor, body="Thanks.", parent_id=reply.id)
    assert reply.parent_id == top.id and nested.parent_id == top.id  # one level deep
    assert "<em>observation</em>" in top.body_html
    for outsider in (world.trainee2, world.supervisor2, world.director, world.other_trainee):
        with pytest.raises(PermissionDenied):
            add_comment(note, outsider, body="hi")
    with pytest.raises(ValidationFailed):
        add_comment(note, world.supervisor, body="   ")
