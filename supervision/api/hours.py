"""JSON API v1: hours (issue 6 §7). Attached to the `api` blueprint, so the blueprint's sign-in and CSRF check
(`routes.authenticate_caller`) and its JSON errors (`routes.service_error`) hold here too.

Scope is the hours scope (`hours.permissions`): a trainee their own entries, a supervisor their current
trainees', a director every trainee's of the program; anything else is 404. Logging is for trainees,
verifying, rejecting and reopening for an assigned supervisor, the cohort for directors (403 otherwise).
"""
from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from flask import Response, abort, current_app, jsonify, url_for
from flask_login import current_user
from sqlalchemy.orm import selectinload

from .. import clock
from ..enums import HoursStatus, Role
from ..errors import ValidationFailed
from ..extensions import db
from ..hours import exports, permissions
from ..hours import services as hours
from ..hours.categories import Category, unknown_category
from ..hours.cohort import cohort
from ..hours.models import HoursEntry
from . import bp
from .routes import MAX_ID, MAX_PER_PAGE, VERSION, Field, query_choice, query_int, read_json, take
from .serializers import finding_json, iso

HOURS_STATUSES = tuple(s.value for s in HoursStatus)
MAX_BULK = 500


def category_json(c: Category) -> dict[str, Any]:
    return {"code": c.code, "name": c.name, "group": c.group, "aapi": c.aapi}


def entry_json(entry: HoursEntry, categories: dict[str, Category]) -> dict[str, Any]:
    cat = categories.get(entry.category) or unknown_category(entry.category)
    return {
        "id": entry.id,
        "trainee_id": entry.trainee_id,
        "date": iso(entry.date),
        "minutes": entry.minutes,
        "category": entry.category,
        "category_name": cat.name,
        "group": cat.group,
        "aapi": cat.aapi,
        "description": entry.description,
        "status": entry.status.value,
        "source": entry.source,
        "note_id": entry.note_id,
        "version": entry.version,
        "verified_by": entry.verified_by_id,
        "verified_by_name": entry.verified_by.name if entry.verified_by else None,
        "verified_at": iso(entry.verified_at),
        "rejected_by": entry.rejected_by_id,
        "rejected_at": iso(entry.rejected_at),
        "rejection_reason": entry.rejection_reason,
        "created_at": iso(entry.created_at),
        "updated_at": iso(entry.updated_at),
        "submitted_at": iso(entry.submitted_at),
    }


def _entry_response(entry: HoursEntry, status: int = 200, **extra: Any):
    response = jsonify({**entry_json(entry, hours.category_map(entry.program_id)), **extra})
    response.status_code = status
    return response


def _load(entry_id: int, need: str = "view") -> HoursEntry:
    if not 1 <= entry_id <= MAX_ID:
        abort(404)
    return permissions.get_entry_or_404(entry_id, current_user, need=need)


def _trainee_filter():
    """The trainee named by ?trainee_id=, if the caller may see their hours (404 otherwise), or None."""
    trainee_id = query_int("trainee_id", None)
    return None if trainee_id is None else permissions.get_trainee_or_404(trainee_id, current_user)


def _scoped_entries():
    query = permissions.visible_entries(current_user)
    trainee = _trainee_filter()
    if trainee is not None:
        query = query.where(HoursEntry.trainee_id == trainee.id)
    status = query_choice("status", HOURS_STATUSES)
    if status is not None:
        query = query.where(HoursEntry.status == HoursStatus(status))
    return query.options(selectinload(HoursEntry.verified_by), selectinload(HoursEntry.rejected_by))


@bp.get("/hours/categories")
def hours_categories():
    """The categories the caller's program logs hours in (those still in use)."""
    return jsonify(items=[category_json(c) for c in hours.program_categories(current_user.program_id, active_only=True)])


@bp.get("/hours")
def list_hours():
    """The hours entries the caller may see, latest first."""
    page = query_int("page", 1)
    per_page = query_int("per_page", min(current_app.config["API_PAGE_SIZE"], MAX_PER_PAGE), MAX_PER_PAGE)
    query = _scoped_entries().order_by(HoursEntry.date.desc(), HoursEntry.id.desc())
    pagination = db.paginate(query, page=page, per_page=per_page, max_per_page=MAX_PER_PAGE, error_out=False)
    categories = hours.category_map(current_user.program_id)
    return jsonify(items=[entry_json(e, categories) for e in pagination.items], page=page, per_page=per_page,
                   total=pagination.total, pages=pagination.pages)


@bp.post("/hours")
def create_hours():
    """Log an activity of the caller's own (trainees); it waits for verification."""
    data = take(read_json(), {"date": Field("date", required=True), "minutes": Field("integer", required=True),
                              "category": Field("string", required=True), "description": Field("string")})
    entry = hours.log_hours(current_user, date=data["date"], minutes=data["minutes"], category=data["category"],
                            description=data.get("description", ""))
    db.session.commit()
    warnings = [finding_json(f) for f in hours.phi_warnings(entry.description)]
    response = _entry_response(entry, 201, phi_warnings=warnings)
    response.headers["Location"] = url_for("api.get_hours", entry_id=entry.id)
    return response


@bp.get("/hours/<int:entry_id>")
def get_hours(entry_id: int):
    return _entry_response(_load(entry_id))


@bp.post("/hours/<int:entry_id>/verify")
def verify_hours(entry_id: int):
    entry = _load(entry_id, "verify")
    data = take(read_json(), {"version": VERSION})
    hours.verify_hours(entry, current_user, version=data.get("version"))
    db.session.commit()
    return _entry_response(entry)


@bp.post("/hours/<int:entry_id>/reject")
def reject_hours(entry_id: int):
    return _with_reason(entry_id, "reject", hours.reject_hours)


@bp.post("/hours/<int:entry_id>/reopen")
def reopen_hours(entry_id: int):
    return _with_reason(entry_id, "reopen", hours.reopen_hours)


def _with_reason(entry_id: int, need: str, service):
    """A state change that takes a reason the trainee reads (reject, reopen)."""
    entry = _load(entry_id, need)
    data = take(read_json(), {"reason": Field("string", required=True), "version": VERSION})
    service(entry, current_user, reason=data["reason"], version=data.get("version"))
    db.session.commit()
    return _entry_response(entry)


@bp.post("/hours/verify")
def verify_hours_bulk():
    """Verify several waiting entries at once (an assigned supervisor); all or nothing on permission."""
    data = read_json()
    ids = data.get("ids")
    if (not isinstance(ids, list) or not ids or len(ids) > MAX_BULK
            or not all(isinstance(i, int) and not isinstance(i, bool) and 1 <= i <= MAX_ID for i in ids)):
        raise ValidationFailed("Send the ids of the entries to verify.",
                               {"ids": [f"A list of 1 to {MAX_BULK} entry ids."]})
    visible = permissions.visible_entries(current_user).where(HoursEntry.id.in_(ids)).with_only_columns(HoursEntry.id)
    if len(set(db.session.execute(visible).scalars())) != len(set(ids)):
        abort(404)  # some id is not an entry the caller may even see
    verified, skipped = hours.verify_many(current_user, ids)
    db.session.commit()
    return jsonify(verified=[e.id for e in verified], skipped=[e.id for e in skipped])


@bp.get("/hours/summary")
def hours_summary():
    """A trainee's verified and pending minutes, progress toward each requirement with a forecast, and warnings.
    Trainees see their own; supervisors their current trainees; directors any trainee of their program."""
    trainee = _trainee_filter()
    if trainee is None:
        if current_user.role != Role.TRAINEE:
            raise ValidationFailed("Name the trainee.", {"trainee_id": ["Required for supervisors and directors."]})
        trainee = current_user
    return jsonify(hours.hours_summary(trainee))


@bp.get("/hours.csv")
def hours_csv():
    """The entries the caller may see (optionally one trainee's, or of one status) as CSV, oldest first."""
    entries = db.session.execute(
        _scoped_entries().options(selectinload(HoursEntry.trainee)).order_by(HoursEntry.date, HoursEntry.id)
    ).scalars()
    body = exports.entries_csv(entries, hours.category_map(current_user.program_id),
                               ZoneInfo(current_user.program.timezone))
    return Response(body, mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="hours.csv"'})


@bp.get("/hours/cohort")
def hours_cohort():
    """Every trainee's progress and warnings (directors)."""
    permissions.require_director(current_user)
    rule_sets, rows = cohort(current_user.program)
    return jsonify(
        rule_sets=[{"code": rs.code, "name": rs.name} for rs in rule_sets],
        items=[{
            "trainee_id": r.trainee.id,
            "name": r.trainee.name,
            "verified_minutes": r.verified_minutes,
            "pending_minutes": r.pending_minutes,
            "requirements": requirements,
            "warnings": [hours.warning_json(w) for w in r.warnings],
        } for r, requirements in zip(rows, hours.cohort_requirements_json(rows))],
        as_of=clock.now().isoformat(),
    )
