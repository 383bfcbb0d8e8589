"""A program with a row in (nearly) every table, made through the services: for backup round trips."""
from __future__ import annotations

from datetime import date

from supervision import clock
from supervision.access_log import NoteRead
from supervision.auth.services import issue_token
from supervision.extensions import db
from supervision.notes.services import dismiss_finding, findings_for, share_note, submit_note, update_note
from supervision.programs.services import create_peer_group, invite_person
from supervision.review.services import approve_note, request_changes
from supervision.threads.services import add_annotation, add_comment
from tests import factories


def fill_program(w) -> dict:
    """Fill `w.program` (the `world` fixture's) with notes in every state, threads, annotations that
    follow a resubmission, reflections with history and answers, peer sharing, hours, an invitation, an API
    token and note reads. Commits. Returns the objects tests look at."""
    trainee, supervisor = w.trainee, w.supervisor
    # A note with an annotation, sent back, edited and resubmitted (re-anchoring), then co-signed.
    reviewed = factories.submitted_note(trainee)
    exact = "fewer panic episodes"
    annotation = add_annotation(reviewed, supervisor, body="Say how many.", exact=exact,
                                start=reviewed.body.index(exact), end=reviewed.body.index(exact) + len(exact))
    comment = add_comment(reviewed, supervisor, body="Good structure overall.")
    add_comment(reviewed, trainee, body="Thank you, I will add the count.", parent_id=comment.id)
    request_changes(reviewed, supervisor, summary="Quantify the panic episodes.")
    update_note(reviewed, trainee, version=reviewed.version,
                body=reviewed.body.replace("fewer panic episodes", "fewer panic episodes (two, down from five)"))
    submit_note(reviewed, trainee, version=reviewed.version)
    approve_note(reviewed, supervisor, attestation=True, wording="I attest.")

    # A draft with a dismissed PHI finding, shared with a peer group.
    draft = factories.note(trainee, body=factories.CLEAN_BODY + "\nSeen at Riverside on Tuesday.\n")
    finding = next(iter(findings_for(draft)), None)
    if finding is not None:
        dismiss_finding(draft, trainee, finding=finding.id, reason="Not a place: the clinic's room name.",
                        version=draft.version)
    group = create_peer_group(None, w.program, "Practicum A", [trainee, w.trainee2])
    share_note(draft, trainee, group)

    # Reflections: one from the supervisor's comment (edited, shared and answered), one free.
    from supervision.reflection.services import answer_reflection, create_reflection, update_reflection

    entry = create_reflection(trainee, body="I tend to stay vague about symptoms.", competencies=["assessment"],
                              comment_id=comment.id)
    update_reflection(entry, trainee, version=entry.version, body="I tend to stay vague about counts.", shared=True)
    answer_reflection(entry, supervisor, body="Worth watching; let us talk on Thursday.")
    create_reflection(trainee, body="Felt more confident with the exposure plan.", competencies=["intervention"])

    # Hours logged by hand (besides the co-signed note's), an invitation, an API token, reads of the notes.
    from supervision.hours.services import log_hours, verify_hours

    entry_hours = log_hours(trainee, date=date(2026, 11, 3), minutes=60, category="individual_supervision",
                            description="Weekly supervision.")
    verify_hours(entry_hours, supervisor, version=entry_hours.version)
    from supervision.hours.models import HoursLogExport

    db.session.add(HoursLogExport(program_id=w.program.id, trainee_id=trainee.id, created_by_id=w.director.id,
                                  content_sha256="c" * 64, file_sha256="f" * 64, verified_minutes=110, entry_count=2))
    invite_person(w.director, email="newcomer@example.test", name="Nora Newcomer", role="trainee")
    issue_token(trainee, name="import script")
    db.session.add_all([NoteRead(program_id=w.program.id, note_id=reviewed.id, user_id=supervisor.id, via="page",
                                 at=clock.now()),
                        NoteRead(program_id=w.program.id, note_id=draft.id, user_id=trainee.id, via="editor",
                                 at=clock.now())])
    # The other program does things too, so that its rows and audit events interleave with this one's.
    factories.submitted_note(w.other_trainee)
    db.session.commit()
    return {"reviewed": reviewed, "draft": draft, "annotation": annotation, "entry": entry}
