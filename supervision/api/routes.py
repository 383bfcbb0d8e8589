"""JSON API v1 views (issue 2 §11): parse the JSON, call one service, commit once, answer JSON.

Every answer that is not a success is `{"error": {"code", "message", "fields"?, ...}}`: 400 for a body that
is not a JSON object (or a missing CSRF token on a cookie session), 401 without a valid sign-in, 403 for
what the caller may see but not do, 404 for what is out of their scope, 409 for a stale `version` or a
step the note's state does not allow, 422 for missing or ill-typed fields and for open PHI findings.

`openapi.py` describes every rule registered here; a test fails when one is missing.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from flask import abort, current_app, jsonify, request, session, url_for
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

from .. import access
from ..access_log import record_note_read
from ..audit import AuditEvent, verify_chain
from ..auth.models import ApiToken
from ..auth.services import issue_token, revoke_token, sign_in_with_password, token_hash, user_for_token
from ..auth.session import bearer_token
from ..enums import NoteStatus, NoteTemplate, Role, SessionType, Setting
from ..errorpages import json_error
from ..errors import AccountLocked, OpenFindings, ServiceError, StaleNote, ValidationFailed
from ..extensions import csrf, db, limiter, login_manager
from ..notes.models import Approval, Note
from ..notes.services import (
    create_note, dismiss_finding, redact_findings, scan_text, submit_note, update_note, withdraw_note,
)
from ..review.services import approve_note, request_changes
from ..threads.services import add_comment, thread_for
from . import bp
from .openapi import build_document
from .serializers import comment_json, finding_json, iso, note_json, note_summary_json, user_json

# Ids are 32-bit on every database we run; a larger number cannot name a row, and passing one to the
# database would be an overflow error (a 500) rather than a 404.
MAX_ID = 2**31 - 1
MAX_PER_PAGE = 100
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Endpoints that answer without a signed-in caller. Every other endpoint of the blueprint needs one.
PUBLIC_ENDPOINTS = frozenset({"api.create_token", "api.openapi"})
DEFAULT_TOKEN_LIFETIME = timedelta(days=30)


class MalformedRequest(ServiceError):
    """The body is not a JSON object."""

    status = 400
    code = "bad_request"


# --- authentication and CSRF ------------------------------------------------------------------------------

@bp.before_request
def authenticate_caller():
    """Refuse callers without a valid sign-in (401), and cookie-session writes without a CSRF token (400).

    A bearer token needs no CSRF token: a browser never attaches an Authorization header to a cross-site
    request on its own, so a request carrying one was not forged by another site.
    """
    if request.endpoint in PUBLIC_ENDPOINTS or request.method == "OPTIONS":
        return None
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    raw = bearer_token()
    if raw is None:
        if request.method not in SAFE_METHODS:
            csrf.protect()
        return None
    if session.get("_user_id") is not None:
        # Flask-Login prefers the session cookie over the header. A request that sends a bearer token is
        # judged by that token alone, so a bad token is refused even beside a live session.
        owner = user_for_token(raw)
        if owner is None or owner.id != current_user.id:
            return json_error(401, "The bearer token is not valid.", "unauthorized")
    return None


@bp.errorhandler(ServiceError)
def service_error(exc: ServiceError):
    db.session.rollback()
    extra: dict[str, Any] = {}
    if isinstance(exc, ValidationFailed) and exc.fields:
        extra["fields"] = exc.fields
    if isinstance(exc, OpenFindings):
        extra["findings"] = [finding_json(f) for f in exc.findings]
    if isinstance(exc, StaleNote):
        # The note as it is now, so the client can merge and retry without losing what was typed.
        note_id = (request.view_args or {}).get("note_id")
        current = db.session.get(Note, note_id) if note_id else None
        if current is not None and access.can_view_note(current_user, current):
            extra["current"] = note_json(current)
    return json_error(exc.status, exc.message, exc.code, **extra)


# --- reading requests ---------------------------------------------------------------------------------------

def read_json() -> dict[str, Any]:
    """The request body as a JSON object; an empty body reads as `{}`. Raises MalformedRequest."""
    raw = request.get_data(cache=True)
    if not raw.strip():
        return {}
    if not request.is_json:
        raise MalformedRequest("Send a JSON object with Content-Type: application/json.")
    try:
        data = json.loads(raw, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise MalformedRequest("The body is not valid JSON.") from None
    if not isinstance(data, dict):
        raise MalformedRequest("The body must be a JSON object.")
    return data


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not JSON")


@dataclass(frozen=True)
class Field:
    """How one field of a request body is typed. Rules about values (ranges, patterns, state) stay in the
    services; this only makes sure they receive the types they expect."""

    kind: str  # string | integer | id | boolean | date | string_list
    required: bool = False
    nullable: bool = False
    choices: tuple[str, ...] | None = None


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DIGITS = re.compile(r"[0-9]{1,10}")


def _text_problem(value: str) -> str | None:
    if "\x00" in value:
        return "Must not contain NUL characters."
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "Must be valid Unicode text."
    return None


def _problem(value: Any, field: Field) -> str | None:
    kind = field.kind
    if kind == "string":
        if not isinstance(value, str):
            return "Must be a string."
        if field.choices is not None and value not in field.choices:
            return f"Must be one of: {', '.join(field.choices)}."
        return _text_problem(value)
    if kind in ("integer", "id"):
        if not isinstance(value, int) or isinstance(value, bool):
            return "Must be an integer."
        if kind == "id" and not 1 <= value <= MAX_ID:
            return f"Must be between 1 and {MAX_ID}."
        if kind == "integer" and abs(value) > MAX_ID:
            return "Out of range."
        return None
    if kind == "boolean":
        return None if isinstance(value, bool) else "Must be true or false."
    if kind == "date":
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            return "Must be a date as YYYY-MM-DD."
        try:
            date.fromisoformat(value)
        except ValueError:
            return "Must be a date as YYYY-MM-DD."
        return None
    if kind == "string_list":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return "Must be a list of strings."
        return next((p for p in map(_text_problem, value) if p), None)
    raise AssertionError(kind)


def take(data: dict[str, Any], spec: dict[str, Field]) -> dict[str, Any]:
    """The fields of `spec` present in `data`, type-checked. Unknown fields are ignored.
    Raises ValidationFailed naming every missing or ill-typed field."""
    values: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for name, field in spec.items():
        value = data.get(name)
        if value is None:
            if field.required:
                errors[name] = ["This field is required."]
            elif name in data and field.nullable:
                values[name] = None
            elif name in data:
                errors[name] = ["Must not be null."]
            continue
        problem = _problem(value, field)
        if problem:
            errors[name] = [problem]
        else:
            values[name] = value
    if errors:
        raise ValidationFailed("Some fields are missing or of the wrong type.", errors)
    return values


def query_int(name: str, default: int | None, maximum: int = MAX_ID) -> int | None:
    """A positive integer query parameter. Raises ValidationFailed."""
    raw = request.args.get(name)
    if raw is None:
        return default
    if not _DIGITS.fullmatch(raw) or not 1 <= int(raw) <= maximum:
        raise ValidationFailed(f"{name} is not valid.", {name: [f"Must be an integer from 1 to {maximum}."]})
    return int(raw)


def query_choice(name: str, choices: tuple[str, ...]) -> str | None:
    raw = request.args.get(name)
    if raw is None:
        return None
    if raw not in choices:
        raise ValidationFailed(f"{name} is not valid.", {name: [f"Must be one of: {', '.join(choices)}."]})
    return raw


def _values(enum_cls) -> tuple[str, ...]:
    return tuple(m.value for m in enum_cls)


VERSION = Field("id")
NOTE_STATUSES = _values(NoteStatus)
NOTE_META = {
    "client_code": Field("string"),
    "session_date": Field("date"),
    "duration_minutes": Field("integer"),
    "session_type": Field("string", choices=_values(SessionType)),
    "setting": Field("string", choices=_values(Setting)),
    # one of the program's direct-service categories (GET /api/v1/hours/categories): the service checks it
    "hours_category": Field("string", nullable=True),
}
REQUIRED_ON_CREATE = ("client_code", "session_date", "duration_minutes", "session_type")


# What `note_json` reads, loaded with the note instead of one lazy query per attribute.
NOTE_JSON_LOADS = (
    selectinload(Note.revisions),
    joinedload(Note.approval).joinedload(Approval.supervisor),
    selectinload(Note.dismissals),
)


def load_note(note_id: int, need: str = "view") -> Note:
    """The note, if the caller may `need` it: 404 out of scope, 403 in scope but not allowed."""
    if not 1 <= note_id <= MAX_ID:
        abort(404)
    return access.get_note_or_404(note_id, current_user, need=need, options=NOTE_JSON_LOADS)


def note_response(note: Note, status: int = 200, **extra: Any):
    response = jsonify({**note_json(note), **extra})
    response.status_code = status
    return response


# --- tokens and the caller ----------------------------------------------------------------------------------

@bp.post("/tokens")
@limiter.limit(lambda: current_app.config["LOGIN_RATE_LIMIT"])
def create_token():
    """Exchange an e-mail address and password for a bearer token (shown once)."""
    data = take(read_json(), {"email": Field("string", required=True), "password": Field("string", required=True),
                              "name": Field("string")})
    try:
        user = sign_in_with_password(data["email"], data["password"])
    except AccountLocked as exc:
        db.session.rollback()
        response = json_error(429, exc.message, exc.code, retry_after=exc.retry_after)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    if user is None:
        db.session.commit()  # the failure counts toward the account's lockout
        return json_error(401, "Wrong e-mail address or password.", "invalid_credentials")
    lifetime = current_app.config.get("API_TOKEN_LIFETIME", DEFAULT_TOKEN_LIFETIME)
    token, raw = issue_token(user, name=(data.get("name") or "API token").strip() or "API token", lifetime=lifetime)
    db.session.commit()
    return jsonify(token=raw, id=token.id, token_type="Bearer", expires_at=iso(token.expires_at)), 201


@bp.delete("/tokens/current")
def revoke_current_token():
    """Revoke the bearer token this request was made with."""
    raw = bearer_token()
    token = None
    if raw:
        token = db.session.execute(select(ApiToken).where(ApiToken.token_hash == token_hash(raw))).scalar_one_or_none()
    if token is None:
        raise MalformedRequest("This request was not made with a bearer token.")
    revoke_token(token, current_user)
    db.session.commit()
    return "", 204


@bp.get("/me")
def me():
    return jsonify(user_json(current_user))


# --- notes --------------------------------------------------------------------------------------------------

@bp.get("/notes")
def list_notes():
    """The notes the caller may see, most recently changed first."""
    page = query_int("page", 1)
    per_page = query_int("per_page", min(current_app.config["API_PAGE_SIZE"], MAX_PER_PAGE), MAX_PER_PAGE)
    status = query_choice("status", NOTE_STATUSES)
    query = access.visible_notes(current_user)
    if status is not None:
        query = query.where(Note.status == NoteStatus(status))
    query = query.order_by(Note.updated_at.desc(), Note.id.desc()).options(
        selectinload(Note.revisions),
        selectinload(Note.approval).selectinload(Approval.supervisor),
    )
    pagination = db.paginate(query, page=page, per_page=per_page, max_per_page=MAX_PER_PAGE, error_out=False)
    return jsonify(items=[note_summary_json(n) for n in pagination.items], page=page, per_page=per_page,
                   total=pagination.total, pages=pagination.pages)


@bp.post("/notes", endpoint="create_note")
def create_note_view():
    spec = {**NOTE_META, "template": Field("string", required=True, choices=_values(NoteTemplate)),
            "body": Field("string")}
    for name in REQUIRED_ON_CREATE:
        spec[name] = Field(spec[name].kind, required=True, choices=spec[name].choices)
    data = take(read_json(), spec)
    note = create_note(current_user, **data)
    db.session.commit()
    response = note_response(note, 201)
    response.headers["Location"] = url_for("api.get_note", note_id=note.id)
    return response


@bp.get("/notes/<int:note_id>")
def get_note(note_id: int):
    note = load_note(note_id)
    record_note_read(note, current_user, "api")
    return note_response(note)


@bp.patch("/notes/<int:note_id>")
def patch_note(note_id: int):
    note = load_note(note_id, "edit")
    data = take(read_json(), {"version": Field("id", required=True), "body": Field("string"), **NOTE_META})
    update_note(note, current_user, **data)
    db.session.commit()
    return note_response(note)


@bp.post("/notes/<int:note_id>/redact")
def redact(note_id: int):
    note = load_note(note_id, "redact")
    data = take(read_json(), {"all": Field("boolean"), "ids": Field("string_list"), "version": VERSION})
    redact_all = data.get("all") is True
    if not redact_all and not data.get("ids"):
        raise ValidationFailed('Send {"all": true} or {"ids": [...]}.',
                               {"ids": ["Name the findings to redact, or send \"all\": true."]})
    _, count = redact_findings(note, current_user, ids=None if redact_all else data["ids"], all_open=redact_all,
                               version=data.get("version"))
    db.session.commit()
    return note_response(note, redacted=count)


@bp.post("/notes/<int:note_id>/dismiss")
def dismiss(note_id: int):
    note = load_note(note_id, "redact")
    data = take(read_json(), {"id": Field("string", required=True), "reason": Field("string", required=True),
                              "version": VERSION})
    dismiss_finding(note, current_user, finding=data["id"], reason=data["reason"], version=data.get("version"))
    db.session.commit()
    return note_response(note)


@bp.post("/notes/<int:note_id>/submit")
def submit(note_id: int):
    note = load_note(note_id, "submit")
    data = take(read_json(), {"version": VERSION})
    submit_note(note, current_user, version=data.get("version"))
    db.session.commit()
    return note_response(note)


@bp.post("/notes/<int:note_id>/withdraw")
def withdraw(note_id: int):
    note = load_note(note_id, "withdraw")
    data = take(read_json(), {"version": VERSION})
    withdraw_note(note, current_user, version=data.get("version"))
    db.session.commit()
    return note_response(note)


@bp.post("/notes/<int:note_id>/request-changes", endpoint="request_changes")
def request_changes_view(note_id: int):
    note = load_note(note_id, "review")
    data = take(read_json(), {"summary": Field("string", required=True), "version": VERSION})
    request_changes(note, current_user, summary=data["summary"], version=data.get("version"))
    db.session.commit()
    return note_response(note)


@bp.post("/notes/<int:note_id>/approve")
def approve(note_id: int):
    note = load_note(note_id, "review")
    data = take(read_json(), {"attestation": Field("boolean", required=True), "version": VERSION})
    approve_note(note, current_user, attestation=data["attestation"], wording=current_app.config["ATTESTATION"],
                 version=data.get("version"))
    db.session.commit()
    return note_response(note)


# --- thread -------------------------------------------------------------------------------------------------

@bp.get("/notes/<int:note_id>/comments")
def list_comments(note_id: int):
    """The note's comments, flat: each top-level comment followed by its replies (`parent_id` set)."""
    note = load_note(note_id, "view")
    items = []
    for comment in thread_for(note):
        items.append(comment_json(comment))
        items.extend(comment_json(reply) for reply in comment.replies)
    return jsonify(items=items)


@bp.post("/notes/<int:note_id>/comments")
def create_comment(note_id: int):
    """Add a comment or a reply. Possible identifiers in it come back as `phi_warnings`: a warning, since a
    comment may need to quote the note it is about, not a refusal."""
    note = load_note(note_id, "comment")
    data = take(read_json(), {"body": Field("string", required=True), "parent_id": Field("id", nullable=True),
                              "annotation_id": Field("id", nullable=True)})
    comment = add_comment(note, current_user, body=data["body"], parent_id=data.get("parent_id"),
                          annotation_id=data.get("annotation_id"))
    db.session.commit()
    warnings = [finding_json(f) for f in scan_text(comment.body)]
    response = jsonify({**comment_json(comment), "phi_warnings": warnings})
    response.status_code = 201
    return response


# --- audit (hours: see hours.py) ----------------------------------------------------------------------------

@bp.get("/audit/verify")
def audit_verify():
    """Recompute the audit chain (directors only)."""
    access.require_role(current_user, Role.DIRECTOR)
    report = verify_chain()
    # The chain is one for the whole service; the count shown is the caller's program's share of it, so a
    # director learns nothing about other programs' activity.
    events = db.session.execute(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.program_id == current_user.program_id)
    ).scalar_one()
    body: dict[str, Any] = {"ok": report.ok, "events": events}
    if not report.ok:
        body.update(first_bad_id=report.first_bad_id, problem=report.problem)
    return jsonify(body)


# --- the document -------------------------------------------------------------------------------------------

@bp.get("/openapi.json")
def openapi():
    return jsonify(build_document())
