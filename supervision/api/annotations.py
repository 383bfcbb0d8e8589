"""API v1: annotations on a note's text (issue 4). Replies go through the comments endpoint with
`annotation_id`."""
from __future__ import annotations

from typing import Any

from flask import abort, jsonify
from flask_login import current_user

from .. import access
from ..extensions import db
from ..notes.services import scan_text
from ..threads import services as threads
from ..threads.models import Annotation
from . import bp
from .routes import MAX_ID, Field, load_note, read_json, take
from .serializers import author_json, comment_json, finding_json, iso


def annotation_json(annotation: Annotation, note, revisions: dict) -> dict[str, Any]:
    """An annotation with `start`/`end` pointing into the note's current `body` (None when outdated)."""
    span = threads.span_in_text(annotation, note.body, revisions)
    latest = threads.latest_anchor(annotation)
    return {
        "id": annotation.id,
        "body": annotation.body,
        "body_html": str(annotation.body_html),
        "exact": annotation.exact,
        "prefix": annotation.prefix,
        "suffix": annotation.suffix,
        "start": span[0] if span else None,
        "end": span[1] if span else None,
        "outdated": span is None,
        "resolved": annotation.resolved,
        "revision": revisions[annotation.revision_id].number,
        "anchored_revision": latest.revision_number if latest else None,
        "confidence": latest.confidence if latest and not latest.outdated else None,
        "suggestion": annotation.suggestion,
        "suggestion_status": annotation.suggestion_status,
        "author": author_json(annotation.author),
        "created_at": iso(annotation.created_at),
        "replies": [comment_json(c) for c in annotation.replies],
    }


@bp.get("/notes/<int:note_id>/annotations")
def list_annotations(note_id: int):
    note = load_note(note_id)
    revisions = {r.id: r for r in note.revisions}
    return jsonify(items=[annotation_json(a, note, revisions) for a in threads.annotations_for(note)])


@bp.post("/notes/<int:note_id>/annotations")
def create_annotation(note_id: int):
    """Annotate a span of the latest revision: `exact` with `prefix`/`suffix` context and `start`/`end`
    as code-point offsets into that revision's text (a hint: the quote and context decide)."""
    note = load_note(note_id, "annotate")
    data = take(read_json(), {
        "exact": Field("string", required=True), "prefix": Field("string"), "suffix": Field("string"),
        "start": Field("integer"), "end": Field("integer"), "body": Field("string", required=True),
        "suggestion": Field("string", nullable=True),
    })
    annotation = threads.add_annotation(
        note, current_user, body=data["body"], exact=data["exact"], prefix=data.get("prefix", ""),
        suffix=data.get("suffix", ""), start=data.get("start"), end=data.get("end"), suggestion=data.get("suggestion"),
    )
    db.session.commit()
    warnings = [finding_json(f) for t in (annotation.body, annotation.suggestion) if t for f in scan_text(t)]
    response = jsonify({**annotation_json(annotation, note, {r.id: r for r in note.revisions}), "phi_warnings": warnings})
    response.status_code = 201
    return response


def _load_annotation(annotation_id: int, need: str):
    if not 1 <= annotation_id <= MAX_ID:
        abort(404)
    return access.get_annotation_or_404(annotation_id, current_user, need)


@bp.get("/annotations/<int:annotation_id>")
def get_annotation(annotation_id: int):
    annotation, note = _load_annotation(annotation_id, "view")
    return jsonify(annotation_json(annotation, note, {r.id: r for r in note.revisions}))


@bp.patch("/annotations/<int:annotation_id>")
def update_annotation(annotation_id: int):
    """Resolve or reopen (`{"resolved": bool}`), or answer a suggested edit (`{"suggestion": "accepted" |
    "declined", "version"}` — the note's author)."""
    data = take(read_json(), {"resolved": Field("boolean"), "suggestion": Field("string", choices=("accepted", "declined")),
                              "version": Field("id")})
    need = "respond_suggestion" if "suggestion" in data else "resolve"
    annotation, note = _load_annotation(annotation_id, need if data else "view")
    if "suggestion" in data:
        threads.respond_to_suggestion(annotation, note, current_user, accept=data["suggestion"] == "accepted",
                                      version=data.get("version"))
    if "resolved" in data:
        threads.set_annotation_resolved(annotation, note, current_user, data["resolved"])
    db.session.commit()
    return jsonify(annotation_json(annotation, note, {r.id: r for r in note.revisions}))
