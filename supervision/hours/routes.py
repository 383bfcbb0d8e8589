"""Hours pages: thin views that parse a form, call one service, commit once, and redirect."""
from __future__ import annotations

import json
from datetime import date, timedelta
from functools import wraps
from zoneinfo import ZoneInfo

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from .. import access
from ..auth.models import User
from ..enums import HoursStatus, Role
from ..errors import ServiceError, ValidationFailed
from ..extensions import db
from ..templating import hours as hours_text, localdate
from ..views import apply_field_errors, flash_service_error, form_version, int_arg, paginate, version_action
from . import bp, exports, log, permissions
from . import services as hours
from .cohort import SORTS, cohort, sort_rows
from .forms import (
    CategoryForm, EntryForm, FingerprintForm, ReasonForm, RuleSetForm, VersionForm, WeekForm, parse_duration,
)
from .models import HoursEntry
from .rules import RuleError, describe, monday_of, parse_rules, rule_to_json

ENTRIES_PER_PAGE = 25


def role_required(*roles: Role):
    def decorator(view):
        @wraps(view)
        @login_required
        def wrapper(*args, **kwargs):
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapper

    return decorator


# --- template helpers -----------------------------------------------------------------------------------------

@bp.app_template_filter("isodate")
def isodate(value: str | None, fmt: str = "%b %-d, %Y") -> str:
    return date.fromisoformat(value).strftime(fmt) if value else ""


@bp.app_template_global("hours_brief")
def hours_brief() -> dict[str, int]:
    """Entries waiting for verification in the director's program (for the dashboard)."""
    return hours.program_brief(current_user)


# --- choosing the trainee ------------------------------------------------------------------------------------

def _trainees_for(viewer) -> list[User]:
    query = select(User).where(User.program_id == viewer.program_id, User.role == Role.TRAINEE).order_by(User.name)
    if viewer.role == Role.SUPERVISOR:
        query = query.where(User.id.in_(access.supervised_trainee_ids(viewer)))
    return list(db.session.execute(query).scalars())


def _chosen_trainee(choices: list[User] | None = None, arg: str = "trainee") -> User | None:
    """The trainee a page is about: the trainee themself, or `?trainee=` among those the viewer may see
    (the first of them when not given). 404 for anyone else."""
    if current_user.role == Role.TRAINEE:
        return current_user._get_current_object()
    trainee_id = request.values.get(arg, type=int)
    if trainee_id is not None:
        return permissions.get_trainee_or_404(trainee_id, current_user)
    choices = _trainees_for(current_user) if choices is None else choices
    return choices[0] if choices else None


def _entry_page(trainee: User):
    query = (select(HoursEntry).where(HoursEntry.trainee_id == trainee.id)
             .options(selectinload(HoursEntry.verified_by), selectinload(HoursEntry.rejected_by))
             .order_by(HoursEntry.date.desc(), HoursEntry.id.desc()))
    status = request.args.get("status")
    if status in {s.value for s in HoursStatus}:
        query = query.where(HoursEntry.status == HoursStatus(status))
    return paginate(query, per_page=ENTRIES_PER_PAGE)


@bp.get("/")
@login_required
def summary():
    choices = _trainees_for(current_user) if current_user.role != Role.TRAINEE else []
    trainee = _chosen_trainee(choices)
    queue_count = 0
    if current_user.role == Role.SUPERVISOR:
        queue_count = db.session.execute(
            select(func.count()).select_from(hours.verification_queue(current_user).order_by(None).subquery())
        ).scalar_one()
    if trainee is None:
        return render_template("hours/summary.html", trainee=None, choices=[], summary=None, page=None,
                               queue_count=queue_count)
    return render_template("hours/summary.html", trainee=trainee, choices=choices, summary=hours.hours_summary(trainee),
                           page=_entry_page(trainee), categories=hours.category_map(trainee.program_id),
                           queue_count=queue_count, action_form=VersionForm(), exports=log.exports_of(trainee, 5))


# --- the trainee: logging ------------------------------------------------------------------------------------

def _entry_form_page(form: EntryForm, entry: HoursEntry | None = None, status: int = 200):
    form.set_categories(hours.program_categories(current_user.program_id, active_only=True))
    return render_template("hours/entry_form.html", form=form, entry=entry,
                           today=hours.program_today(current_user.program)), status


@bp.route("/entries/new", methods=["GET", "POST"])
@role_required(Role.TRAINEE)
def new_entry():
    form = EntryForm()
    form.set_categories(hours.program_categories(current_user.program_id, active_only=True))
    if request.method == "GET":
        form.date.data = hours.program_today(current_user.program)
        form.category.data = request.args.get("category")
        return _entry_form_page(form)
    if not form.validate_on_submit():
        return _entry_form_page(form, status=422)
    try:
        entry = hours.log_hours(current_user, date=form.date.data, minutes=parse_duration(form.duration.data),
                                category=form.category.data, description=form.description.data or "")
    except ServiceError as exc:
        db.session.rollback()
        apply_field_errors(form, _rename(exc, {"minutes": "duration"}))
        if not getattr(exc, "fields", None):
            flash(exc.message, "error")
        return _entry_form_page(form, status=422)
    warnings = hours.phi_warnings(entry.description)
    db.session.commit()
    flash(f"Logged {_hm(entry.minutes)} of {hours.category_map(entry.program_id)[entry.category].name}; "
          "it waits for your supervisor's verification.", "success")
    _flash_phi(warnings)
    if request.form.get("again"):
        return redirect(url_for("hours.new_entry", category=entry.category))
    return redirect(url_for("hours.summary"))


@bp.route("/entries/<int:entry_id>/edit", methods=["GET", "POST"])
@login_required
def edit_entry(entry_id: int):
    entry = permissions.get_entry_or_404(entry_id, current_user, need="edit")
    form = EntryForm()
    form.set_categories(hours.program_categories(current_user.program_id, active_only=True))
    if request.method == "GET":
        form.date.data, form.category.data = entry.date, entry.category
        form.duration.data, form.description.data, form.version.data = _hm_input(entry.minutes), entry.description, entry.version
        return _entry_form_page(form, entry)
    if not form.validate_on_submit():
        return _entry_form_page(form, entry, status=422)
    try:
        hours.update_entry(entry, current_user, version=form_version(form), date=form.date.data,
                           minutes=parse_duration(form.duration.data), category=form.category.data,
                           description=form.description.data or "")
    except ServiceError as exc:
        db.session.rollback()
        if getattr(exc, "fields", None):
            apply_field_errors(form, _rename(exc, {"minutes": "duration"}))
        else:
            flash(exc.message, "error")
        return _entry_form_page(form, db.session.get(HoursEntry, entry_id), status=exc.status)
    warnings = hours.phi_warnings(entry.description)
    db.session.commit()
    flash("Entry saved; it waits for verification again.", "success")
    _flash_phi(warnings)
    return redirect(url_for("hours.entry", entry_id=entry_id))


@bp.post("/entries/<int:entry_id>/delete")
@login_required
def delete_entry(entry_id: int):
    entry = permissions.get_entry_or_404(entry_id, current_user, need="delete")
    return version_action(lambda version: hours.delete_entry(entry, current_user, version=version),
                          back=url_for("hours.entry", entry_id=entry_id), done="Entry deleted.",
                          then=url_for("hours.summary"))


def _week_start() -> date:
    today = hours.program_today(current_user.program)
    try:
        chosen = date.fromisoformat(request.values.get("start", ""))
    except ValueError:
        chosen = today
    return monday_of(min(chosen, today))


@bp.route("/week", methods=["GET", "POST"])
@role_required(Role.TRAINEE)
def week():
    monday = _week_start()
    days = [monday + timedelta(days=i) for i in range(7)]
    today = hours.program_today(current_user.program)
    categories = hours.program_categories(current_user.program_id, active_only=True)
    form = WeekForm()
    values: dict[str, str] = {}
    errors: dict[str, list[str]] = {}
    status = 200
    if request.method == "POST":
        if not form.validate_on_submit():
            if form.csrf_token.errors:
                abort(400)
            status = 422
        cells: dict[tuple[str, date], int | None] = {}
        for c in categories:
            for d in days:
                key = f"m-{c.code}-{d.isoformat()}"
                raw = (request.form.get(key) or "").strip()
                values[key] = raw
                if not raw:
                    continue
                try:
                    cells[(c.code, d)] = parse_duration(raw)
                except ValueError:
                    errors[f"{c.code}:{d.isoformat()}"] = ["Write 1:30, 1.5 or 45 min."]
        if not errors and status == 200:
            try:
                entries = hours.log_week(current_user, monday=monday, cells=cells,
                                         description=form.description.data or "")
            except ValidationFailed as exc:
                db.session.rollback()
                errors = dict(exc.fields)
                status = 422
                if errors.pop("week", None):
                    flash(exc.message, "error")
            except ServiceError as exc:
                flash_service_error(exc)
            else:
                warnings = hours.phi_warnings(form.description.data or "")
                db.session.commit()
                flash(f"Logged {len(entries)} entr{'y' if len(entries) == 1 else 'ies'} "
                      f"({_hm(sum(e.minutes for e in entries))}) for the week of {monday.strftime('%b %-d')}; "
                      "they wait for verification.", "success")
                _flash_phi(warnings)
                return redirect(url_for("hours.week", start=monday.isoformat()))
        if errors:
            status = 422
            flash("Some cells need correcting; nothing was saved.", "error")
    existing = db.session.execute(
        select(HoursEntry.category, HoursEntry.date, HoursEntry.status, func.sum(HoursEntry.minutes))
        .where(HoursEntry.trainee_id == current_user.id, HoursEntry.date >= days[0], HoursEntry.date <= days[-1],
               HoursEntry.status.in_((HoursStatus.VERIFIED, HoursStatus.PENDING)))
        .group_by(HoursEntry.category, HoursEntry.date, HoursEntry.status)
    ).all()
    logged: dict[str, int] = {}
    day_totals = {d: 0 for d in days}
    for code, d, _status, minutes in existing:
        logged[f"{code}:{d.isoformat()}"] = logged.get(f"{code}:{d.isoformat()}", 0) + int(minutes)
        day_totals[d] += int(minutes)
    return render_template("hours/week.html", form=form, monday=monday, days=days, today=today,
                           categories=categories, values=values, errors=errors, logged=logged,
                           day_totals=day_totals, previous=monday - timedelta(days=7),
                           next=monday + timedelta(days=7) if monday + timedelta(days=7) <= today else None), status


# --- one entry: history and the supervisor's decisions ----------------------------------------------------------

@bp.get("/entries/<int:entry_id>")
@login_required
def entry(entry_id: int):
    entry = permissions.get_entry_or_404(entry_id, current_user)
    categories = hours.category_map(entry.program_id)
    reject_form, reopen_form = ReasonForm(prefix="reject"), ReasonForm(prefix="reopen")
    reject_form.reason.label.text = "Why not (the trainee reads this)"
    reopen_form.reason.label.text = "Why reopen it (kept in the entry's history)"
    return render_template("hours/entry.html", entry=entry, category=categories.get(entry.category),
                           may=lambda action: permissions.may(current_user, action, entry),
                           action_form=VersionForm(), reject_form=reject_form, reopen_form=reopen_form)


@bp.post("/entries/<int:entry_id>/verify")
@login_required
def verify(entry_id: int):
    entry = permissions.get_entry_or_404(entry_id, current_user, need="verify")
    return version_action(lambda version: hours.verify_hours(entry, current_user, version=version),
                          back=url_for("hours.entry", entry_id=entry_id),
                          done=f"Verified {_hm(entry.minutes)} of {entry.trainee.name}'s hours.",
                          then=_back(url_for("hours.queue")))


def _reason_action(entry_id: int, need: str, prefix: str, service, done: str):
    entry = permissions.get_entry_or_404(entry_id, current_user, need=need)
    form = ReasonForm(prefix=prefix)
    if not form.validate_on_submit():
        if form.csrf_token.errors:
            abort(400)
        flash("Give the trainee a reason (at least 3 characters).", "error")
        return redirect(url_for("hours.entry", entry_id=entry_id, _anchor=prefix))
    try:
        service(entry, current_user, reason=form.reason.data, version=form_version(form))
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("hours.entry", entry_id=entry_id))
    db.session.commit()
    flash(done, "success")
    return redirect(url_for("hours.entry", entry_id=entry_id))


@bp.post("/entries/<int:entry_id>/reject")
@login_required
def reject(entry_id: int):
    return _reason_action(entry_id, "reject", "reject", hours.reject_hours,
                          "Entry not verified; the trainee sees your reason and can correct it.")


@bp.post("/entries/<int:entry_id>/reopen")
@login_required
def reopen(entry_id: int):
    return _reason_action(entry_id, "reopen", "reopen", hours.reopen_hours,
                          "Entry reopened; it waits for verification again.")


@bp.get("/queue")
@role_required(Role.SUPERVISOR)
def queue():
    query = hours.verification_queue(current_user).options(selectinload(HoursEntry.trainee))
    trainee_id = int_arg("trainee")
    if trainee_id:
        query = query.where(HoursEntry.trainee_id == trainee_id)
    page = paginate(query, per_page=100)
    return render_template("hours/queue.html", page=page, categories=hours.category_map(current_user.program_id),
                           form=VersionForm(), trainees=_trainees_for(current_user), trainee_id=trainee_id)


@bp.post("/verify")
@role_required(Role.SUPERVISOR)
def verify_selected():
    form = VersionForm()
    if not form.validate_on_submit():
        abort(400)
    one = request.form.get("one", type=int)
    ids = [one] if one else [int(v) for v in request.form.getlist("ids") if v.isdigit() and len(v) < 10]
    visible = permissions.visible_entries(current_user).where(HoursEntry.id.in_(ids)).with_only_columns(HoursEntry.id)
    if len(set(db.session.execute(visible).scalars())) != len(set(ids)):
        abort(404)  # an entry the supervisor may not even see, as in the API
    try:
        verified, skipped = hours.verify_many(current_user, ids)
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(_back(url_for("hours.queue")))
    db.session.commit()
    message = f"Verified {len(verified)} entr{'y' if len(verified) == 1 else 'ies'} ({_hm(sum(e.minutes for e in verified))})."
    if skipped:
        message += f" {len(skipped)} {'was' if len(skipped) == 1 else 'were'} no longer waiting."
    flash(message, "success")
    return redirect(_back(url_for("hours.queue")))


# --- exports -----------------------------------------------------------------------------------------------

def _download(body: str | bytes, filename: str, mimetype: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _file_stem(trainee: User) -> str:
    return f"hours-{trainee.id}"


@bp.get("/export.csv")
@login_required
def export_csv():
    trainee = _chosen_trainee()
    if trainee is None:
        abort(404)
    entries = db.session.execute(
        select(HoursEntry).where(HoursEntry.trainee_id == trainee.id)
        .options(selectinload(HoursEntry.trainee), selectinload(HoursEntry.verified_by),
                 selectinload(HoursEntry.rejected_by))
        .order_by(HoursEntry.date, HoursEntry.id)
    ).scalars()
    body = exports.entries_csv(entries, hours.category_map(trainee.program_id), ZoneInfo(trainee.program.timezone))
    return _download(body, f"{_file_stem(trainee)}.csv", "text/csv")


@bp.post("/log.pdf")
@login_required
def export_pdf():
    trainee = _chosen_trainee()
    if trainee is None:
        abort(404)
    if not VersionForm().validate_on_submit():
        abort(400)
    try:
        body, export = log.issue_hours_log(current_user, trainee)
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("hours.summary"))
    db.session.commit()
    return _download(body, f"{_file_stem(trainee)}-log-{export.content_sha256[:12]}.pdf", "application/pdf")


def _aapi(trainee: User):
    verified = {c["code"]: c["verified_minutes"] for c in hours.hours_summary(trainee)["by_category"]}
    return exports.aapi_summary(verified, hours.category_map(trainee.program_id))


@bp.get("/aapi")
@login_required
def aapi():
    choices = _trainees_for(current_user) if current_user.role != Role.TRAINEE else []
    trainee = _chosen_trainee(choices)
    if trainee is None:
        abort(404)
    return render_template("hours/aapi.html", trainee=trainee, choices=choices, sections=_aapi(trainee))


@bp.get("/aapi.csv")
@login_required
def aapi_csv():
    trainee = _chosen_trainee()
    if trainee is None:
        abort(404)
    return _download(exports.aapi_csv(_aapi(trainee)), f"{_file_stem(trainee)}-aapi.csv", "text/csv")


# --- the director -------------------------------------------------------------------------------------------

def _cohort_sorted():
    rule_sets, rows = cohort(current_user.program)
    key = request.args.get("sort", "name")
    valid = set(SORTS) | {f"set:{rs.code}" for rs in rule_sets} | {f"forecast:{rs.code}" for rs in rule_sets}
    if key not in valid:
        key = "name"
    descending = request.args.get("order") == "desc"
    return rule_sets, sort_rows(rows, key, descending, rule_sets), key, descending


def _cohort_table(rule_sets, rows) -> list[tuple]:
    """The cohort table as plain tuples of text, formatted once here instead of by filter chains in each of its
    thousands of cells: (trainee id, name, verified, waiting, one cell per rule set, warnings as (code, message)).
    A cell is (lowest percent, "n of m met", forecast date or "") or None for a set without rules."""
    table = []
    for r in rows:
        cells = []
        for rs in rule_sets:
            st = r.sets[rs.code]
            if not st.count:
                cells.append(None)
                continue
            by = localdate(st.latest_forecast) if st.met < st.count and st.latest_forecast else ""
            cells.append(("%g" % st.lowest, f"{st.met} of {st.count} met", by))
        table.append((r.trainee.id, r.trainee.name, hours_text(r.verified_minutes), hours_text(r.pending_minutes),
                      cells, [(w.code, w.message) for w in r.warnings]))
    return table


@bp.get("/cohort")
@role_required(Role.DIRECTOR)
def cohort_view():
    rule_sets, rows, key, descending = _cohort_sorted()
    return render_template("hours/cohort.html", rule_sets=rule_sets, table=_cohort_table(rule_sets, rows), sort=key,
                           descending=descending)


@bp.get("/cohort.csv")
@role_required(Role.DIRECTOR)
def cohort_csv():
    rule_sets, rows, _, _ = _cohort_sorted()
    return _download(exports.cohort_csv(rule_sets, rows), "hours-cohort.csv", "text/csv")


@bp.route("/fingerprint", methods=["GET", "POST"])
@role_required(Role.DIRECTOR)
def fingerprint():
    form = FingerprintForm()
    result, status = None, 200
    if request.method == "POST":
        if not form.validate_on_submit():
            if form.csrf_token.errors:
                abort(400)
            status = 422
        else:
            upload = form.file.data
            try:
                result = log.check_fingerprint(current_user, text=form.fingerprint.data,
                                               file_bytes=upload.read(log.MAX_UPLOAD + 1) if upload else None)
            except ServiceError as exc:
                db.session.rollback()
                apply_field_errors(form, exc)
                status = 422
    return render_template("hours/fingerprint.html", form=form, result=result), status


def _settings_page(category_form=None, rule_set_form=None, status=200):
    categories = hours.program_categories(current_user.program_id)
    names = {c.code: c.name for c in categories}
    rule_sets = []
    rows = hours.rule_set_rows(current_user.program_id)
    if rows:
        for row in rows:
            try:
                rules = parse_rules(row.rules)
            except RuleError:  # saved rules are checked; a row edited by hand may not be
                rules = ()
            rule_sets.append({"code": row.code, "name": row.name, "active": row.active,
                              "rules": [(r, describe(r, names)) for r in rules]})
    else:
        for rs in hours.program_rule_sets(current_user.program_id, active_only=False):
            rule_sets.append({"code": rs.code, "name": rs.name, "active": True,
                              "rules": [(r, describe(r, names)) for r in rs.rules]})
    return render_template("hours/settings.html", categories=categories, rule_sets=rule_sets,
                           category_form=category_form or CategoryForm(formdata=None),
                           rule_set_form=rule_set_form), status


@bp.get("/settings")
@role_required(Role.DIRECTOR)
def settings():
    return _settings_page()


@bp.post("/settings/categories")
@role_required(Role.DIRECTOR)
def add_category():
    form = CategoryForm()
    if not form.validate_on_submit():
        return _settings_page(category_form=form, status=422)
    try:
        row = hours.add_category(current_user, code=form.code.data, name=form.name.data, group=form.group.data,
                                 aapi=form.aapi.data)
    except ServiceError as exc:
        db.session.rollback()
        apply_field_errors(form, exc)
        return _settings_page(category_form=form, status=422)
    db.session.commit()
    flash(f"Category “{row.name}” added.", "success")
    return redirect(url_for("hours.settings", _anchor="categories"))


@bp.route("/settings/categories/<code>", methods=["GET", "POST"])
@role_required(Role.DIRECTOR)
def edit_category(code: str):
    current = hours.category_map(current_user.program_id).get(code)
    if current is None:
        abort(404)
    form = CategoryForm(data=None if request.method == "POST" else
                        {"code": current.code, "name": current.name, "group": current.group, "aapi": current.aapi,
                         "active": current.active})
    status = 200
    if request.method == "POST":
        if form.validate_on_submit():
            try:
                hours.update_category(current_user, code, name=form.name.data, group=form.group.data,
                                      aapi=form.aapi.data, active=form.active.data)
            except ServiceError as exc:
                db.session.rollback()
                apply_field_errors(form, exc)
            else:
                db.session.commit()
                flash("Category saved.", "success")
                return redirect(url_for("hours.settings", _anchor="categories"))
        status = 422
    return render_template("hours/category_form.html", form=form, category=current), status


@bp.route("/settings/requirements/new", methods=["GET", "POST"], defaults={"code": None})
@bp.route("/settings/requirements/<code>", methods=["GET", "POST"])
@role_required(Role.DIRECTOR)
def edit_rule_set(code: str | None):
    existing = None
    if code is not None:
        existing = next((rs for rs in hours.program_rule_sets(current_user.program_id, active_only=False)
                         if rs.code == code), None)
        if existing is None:
            abort(404)
    if request.method == "GET":
        if existing is not None:
            row = next((r for r in hours.rule_set_rows(current_user.program_id) if r.code == code), None)
            data = {"name": existing.name, "active": row.active if row else True,
                    "rules": json.dumps([rule_to_json(r) for r in existing.rules], indent=2)}
        else:
            data = {"name": "", "active": True,
                    "rules": json.dumps([{"kind": "total", "name": "Total hours", "hours": 100}], indent=2)}
        form = RuleSetForm(data=data)
        return render_template("hours/rule_set_form.html", form=form, code=code)
    form = RuleSetForm()
    if form.validate_on_submit():
        try:
            row = hours.save_rule_set(current_user, code=code, name=form.name.data, rules=form.rules.data,
                                      active=form.active.data)
        except ServiceError as exc:
            db.session.rollback()
            apply_field_errors(form, exc)
        else:
            db.session.commit()
            flash(f"Requirements “{row.name}” saved.", "success")
            return redirect(url_for("hours.settings", _anchor="requirements"))
    return render_template("hours/rule_set_form.html", form=form, code=code), 422


# --- small helpers -------------------------------------------------------------------------------------------

def _hm(minutes: int) -> str:
    h, m = divmod(int(minutes), 60)
    if not h:
        return f"{m} min"
    return f"{h} h {m:02d} min" if m else f"{h} h"


def _hm_input(minutes: int) -> str:
    h, m = divmod(int(minutes), 60)
    return f"{h}:{m:02d}"


def _rename(exc: ServiceError, names: dict[str, str]) -> ServiceError:
    fields = getattr(exc, "fields", None)
    if fields:
        exc.fields = {names.get(k, k): v for k, v in fields.items()}
    return exc


def _flash_phi(findings) -> None:
    if findings:
        kinds = sorted({f.kind.lower() for f in findings})
        flash(f"The description may hold an identifier ({', '.join(kinds)}). Descriptions go into exported logs: "
              "edit it if it names a person, a place or a date.", "warning")


def _back(default: str) -> str:
    """Where an action button asked to return: only a page of this blueprint (never another site)."""
    target = request.form.get("next") or ""
    return target if target.startswith("/hours/") and "\\" not in target and "//" not in target else default
