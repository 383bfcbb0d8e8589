"""Models to the JSON shapes of API v1 (issue 2 §11). Fields may be added here, never dropped or renamed.

Timestamps are ISO 8601 with their UTC offset; dates are ISO dates. Nothing here queries on its own
beyond the relationships of the object given, so list views can eager-load what they show.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Iterable


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def finding_json(finding) -> dict[str, Any]:
    """A PHI finding (a `FindingView` or a plain `phi.Finding`): where it is, what kind, which text."""
    data = {"start": finding.start, "end": finding.end, "kind": finding.kind, "text": finding.text}
    if getattr(finding, "id", None) is not None:
        data = {"id": finding.id, **data}
    placeholder = getattr(finding, "placeholder", None)
    if placeholder is not None:
        data["placeholder"] = placeholder
    return data


def dismissed_finding_json(finding) -> dict[str, Any]:
    return {**finding_json(finding), "reason": finding.reason}


def revision_json(revision) -> dict[str, Any]:
    return {"number": revision.number, "sha256": revision.sha256, "submitted_at": iso(revision.submitted_at)}


def approval_json(approval) -> dict[str, Any] | None:
    if approval is None:
        return None
    return {
        "by": approval.supervisor_id,
        "by_name": approval.supervisor.name,
        "at": iso(approval.approved_at),
        "sha256": approval.sha256,
        "attestation": approval.attestation,
        "revision_number": approval.revision.number if approval.revision is not None else None,
    }


def note_summary_json(note) -> dict[str, Any]:
    """A note without its PHI findings (those need a scan of the text): the shape of list items."""
    return {
        "id": note.id,
        "status": note.status.value,
        "version": note.version,
        "body": note.body,
        "client_code": note.client_code,
        "session_date": iso(note.session_date),
        "duration_minutes": note.duration_minutes,
        "session_type": note.session_type.value,
        "setting": note.setting.value,
        "template": note.template.value,
        "hours_category": note.hours_category,
        "trainee_id": note.trainee_id,
        "parent_id": note.parent_id,
        "created_at": iso(note.created_at),
        "updated_at": iso(note.updated_at),
        "submitted_at": iso(note.submitted_at),
        "changes_summary": note.changes_summary,
        "revisions": [revision_json(r) for r in note.revisions],
        "approval": approval_json(note.approval),
    }


def note_json(note, findings: Iterable | None = None) -> dict[str, Any]:
    """The whole note: `phi` lists the open findings, `phi_dismissed` the ones the trainee dismissed
    (with the reason, which the supervisor reads). `findings` are `findings_for(note)` when known."""
    if findings is None:
        from ..notes.services import findings_for

        findings = findings_for(note)
    findings = list(findings)
    data = note_summary_json(note)
    data["phi"] = [finding_json(f) for f in findings if not f.dismissed]
    data["phi_dismissed"] = [dismissed_finding_json(f) for f in findings if f.dismissed]
    return data


def author_json(user) -> dict[str, Any]:
    return {"id": user.id, "name": user.name, "role": user.role.value}


def comment_json(comment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "body": comment.body,
        "body_html": str(comment.body_html),
        "author": author_json(comment.author),
        "parent_id": comment.parent_id,
        "annotation_id": comment.annotation_id,
        "created_at": iso(comment.created_at),
        "revision_number": comment.revision_number,
    }


def user_json(user) -> dict[str, Any]:
    return {
        "id": user.id,
        "email": user.email,
        "name": user.name,
        "role": user.role.value,
        "program": {"id": user.program.id, "name": user.program.name},
    }
