"""API v1: the reflection log, peer groups and note sharing (issue 5)."""
from __future__ import annotations

from datetime import date
from typing import Any

from flask import jsonify, request
from flask_login import current_user

from ..enums import Role
from ..errors import PermissionDenied, ValidationFailed
from ..extensions import db
from ..notes.services import active_shares, revoke_share, scan_text, share_note
from ..programs.models import PeerGroup
from ..programs.services import peer_groups_of
from ..reflection import services as reflection
from ..reflection.models import Reflection
from . import bp
from .routes import MAX_ID, Field, load_note, query_choice, query_int, read_json, take
from .serializers import author_json, finding_json, iso


def reflection_json(entry: Reflection) -> dict[str, Any]:
    """An entry, with the feedback it came from."""
    feedback = None
    if entry.source in ("comment", "annotation", "reply") or entry.quote:
        feedback = {
            "kind": entry.source,
            "note_id": entry.note_id,
            "comment_id": entry.comment_id,
            "annotation_id": entry.annotation_id,
            "quote": entry.quote,
            "author": author_json(entry.quote_author) if entry.quote_author else None,
        }
    return {
        "id": entry.id,
        "trainee_id": entry.trainee_id,
        "body": entry.body,
        "body_html": str(entry.body_html),
        "competencies": [c.code for c in entry.competencies],
        "shared": entry.shared,
        "source": entry.source,
        "note_id": entry.note_id,
        "comment_id": entry.comment_id,
        "annotation_id": entry.annotation_id,
        "feedback": feedback,
        "version": entry.version,
        "created_at": iso(entry.created_at),
        "updated_at": iso(entry.updated_at),
        "answers": [{"id": a.id, "body": a.body, "author": author_json(a.author), "created_at": iso(a.created_at)}
                    for a in entry.answers],
    }


@bp.post("/reflections")
def create_reflection():
    if current_user.role != Role.TRAINEE:
        raise PermissionDenied("Only trainees keep a reflection log.")
    data = take(read_json(), {
        "body": Field("string", required=True), "competencies": Field("string_list"), "shared": Field("boolean"),
        "comment_id": Field("id", nullable=True), "annotation_id": Field("id", nullable=True),
        "note_id": Field("id", nullable=True),
    })
    entry = reflection.create_reflection(
        current_user, body=data["body"], competencies=data.get("competencies") or [], shared=data.get("shared", False),
        comment_id=data.get("comment_id"), annotation_id=data.get("annotation_id"), note_id=data.get("note_id"),
    )
    db.session.commit()
    response = jsonify({**reflection_json(entry), "phi_warnings": [finding_json(f) for f in scan_text(entry.body)]})
    response.status_code = 201
    return response


def _date_arg(name: str) -> date | None:
    raw = request.args.get(name)
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ValidationFailed(f"{name} is not valid.", {name: ["Must be a date as YYYY-MM-DD."]}) from None


@bp.get("/reflections")
def list_reflections():
    """A trainee: their own entries; a supervisor: the shared entries of their current trainees."""
    query = reflection.filter_reflections(
        reflection.visible_reflections(current_user),
        competency=request.args.get("competency") or None, note_id=query_int("note_id", None),
        source=query_choice("source", reflection.SOURCES), start=_date_arg("from"), end=_date_arg("to"),
        search=(request.args.get("q") or "")[:200] or None, trainee_id=query_int("trainee_id", None),
    )
    page = query_int("page", 1)
    per_page = query_int("per_page", 50, maximum=100)
    result = db.paginate(query.order_by(Reflection.created_at.desc(), Reflection.id.desc()), page=page,
                         per_page=per_page, error_out=False)
    return jsonify(items=[reflection_json(e) for e in result.items], page=page, per_page=per_page, total=result.total)


@bp.get("/reflections/<int:entry_id>")
def get_reflection(entry_id: int):
    from flask import abort

    if not 1 <= entry_id <= MAX_ID:
        abort(404)
    return jsonify(reflection_json(reflection.get_reflection_or_404(entry_id, current_user)))


def group_json(group: PeerGroup) -> dict[str, Any]:
    return {"id": group.id, "name": group.name, "members": sorted(m.user_id for m in group.members)}


@bp.get("/peer-groups")
def list_peer_groups():
    """The caller's peer groups (every group of the program for a director)."""
    return jsonify(items=[group_json(g) for g in peer_groups_of(current_user)])


def share_json(note) -> dict[str, Any]:
    return {"note_id": note.id, "shares": [{"peer_group_id": s.peer_group_id, "name": s.group.name,
                                            "shared_at": iso(s.created_at)} for s in active_shares(note)]}


@bp.post("/notes/<int:note_id>/share", endpoint="share_note")
def share(note_id: int):  # endpoint api.share_note
    note = load_note(note_id, "share")
    data = take(read_json(), {"peer_group_id": Field("id", required=True)})
    group = db.session.get(PeerGroup, data["peer_group_id"])
    share_note(note, current_user, group)
    db.session.commit()
    response = jsonify(share_json(note))
    response.status_code = 201
    return response


@bp.get("/notes/<int:note_id>/share")
def list_shares(note_id: int):
    return jsonify(share_json(load_note(note_id, "share")))


@bp.delete("/notes/<int:note_id>/share/<int:peer_group_id>", endpoint="unshare_note")
def unshare(note_id: int, peer_group_id: int):
    note = load_note(note_id, "share")
    if not revoke_share(note, current_user, peer_group_id):
        from flask import abort

        abort(404)
    db.session.commit()
    return "", 204
