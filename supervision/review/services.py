"""Review: the assigned supervisor requests changes or co-signs a submitted note."""
from __future__ import annotations

from .. import access, audit, clock
from ..enums import NoteStatus
from ..errors import InvalidTransition, ValidationFailed
from ..extensions import db
from ..hours.services import record_note_hours
from ..notes.models import Approval, Note
from ..notes.services import _check_version, flush_guarded
from ..notifications.services import notify
from ..reflection.services import note_has_feedback, open_prompt
from ..text import render_markdown

MAX_SUMMARY = 10_000


def _require_submitted(note: Note) -> None:
    if note.status != NoteStatus.SUBMITTED:
        raise InvalidTransition(
            "This note is no longer waiting for review"
            + (" (it was co-signed)." if note.status == NoteStatus.APPROVED else ".")
        )


def request_changes(note: Note, actor, *, summary: str, version: int | None = None) -> Note:
    """Send the note back to the trainee with a summary of what to change.
    Raises PermissionDenied (not an assigned supervisor), InvalidTransition, StaleNote, ValidationFailed."""
    access.require(actor, "review", note)
    _require_submitted(note)
    _check_version(note, version)
    summary = (summary or "").strip()
    if not summary:
        raise ValidationFailed("Say what should change.", {"summary": ["Write a short summary of the changes."]})
    if len(summary) > MAX_SUMMARY:
        raise ValidationFailed("The summary is too long.", {"summary": [f"At most {MAX_SUMMARY:,} characters."]})
    note.status = NoteStatus.CHANGES_REQUESTED
    note.changes_summary = summary
    note.changes_summary_html = render_markdown(summary)
    note.updated_at = clock.now()
    flush_guarded(note)
    audit.record("note.changes_requested", note, actor=actor, revision=len(note.revisions))
    open_prompt(note, "changes_requested")
    notify([note.trainee_id], "changes_requested", f"{actor.name} requested changes to note #{note.id}.",
           actor=actor, note=note)
    return note


def approve_note(note: Note, actor, *, attestation: bool, wording: str, version: int | None = None) -> Approval:
    """Co-sign the latest revision: store who, when, the attestation wording and the revision's SHA-256,
    lock the note, and count its session as verified hours.
    Raises PermissionDenied, InvalidTransition, StaleNote, ValidationFailed (attestation not confirmed)."""
    access.require(actor, "review", note)
    _require_submitted(note)
    _check_version(note, version)
    if attestation is not True:
        raise ValidationFailed("Confirm the attestation to co-sign.", {"attestation": ["Tick the attestation."]})
    revision = note.latest_revision
    if revision is None or revision.body != note.body:
        # Cannot happen through the services (the body is locked while submitted); refuse rather than sign
        # a text that differs from the frozen revision.
        raise InvalidTransition("The note's text does not match its submitted revision.")
    now = clock.now()
    approval = Approval(note=note, revision=revision, supervisor_id=actor.id, attestation=wording,
                        sha256=revision.sha256, approved_at=now)
    db.session.add(approval)
    note.status = NoteStatus.APPROVED
    note.updated_at = now
    flush_guarded(note)
    audit.record("note.approved", note, actor=actor, revision=revision.number, sha256=revision.sha256)
    if not note.is_addendum:
        record_note_hours(note, approval)
    if note_has_feedback(note):
        open_prompt(note, "approved")
    notify([note.trainee_id], "note_approved", f"{actor.name} co-signed note #{note.id}.", actor=actor, note=note)
    return approval
