"""Hours: co-signed notes become verified entries; other activities are logged by hand and verified one by one
(or in bulk) by an assigned supervisor; programs configure categories and requirement rule sets.

Every state change here checks permission, changes the rows, writes the entry's history and an audit event,
and flushes; the view commits once. Audit events carry who, what and how many minutes, never descriptions or
rejection reasons (free text a person typed).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import case, delete, func, insert, select, text
from sqlalchemy.orm.exc import StaleDataError

from .. import access, audit, clock
from ..enums import HoursStatus, NoteStatus, Role
from ..errors import InvalidTransition, PermissionDenied, ServiceError, ValidationFailed
from ..extensions import db
from ..notifications.services import notify
from . import permissions
from .categories import AAPI_CATEGORIES, DEFAULT_CATEGORIES, GROUPS, Category, category_for_session, unknown_category
from .models import HoursCategory, HoursEntry, HoursEntryEvent, HoursWeek, RequirementSet
from .rules import (
    DEFAULT_RULE_SETS, Evaluation, RuleError, RuleSet, Warning, default_rule_sets, evaluate, local_today,
    monday_of, parse_rules, rule_to_json, week_index, week_start, weeks_from_days,
)
from .sql import week_of

MAX_ENTRY_MINUTES = 24 * 60
MAX_DESCRIPTION = 500
MAX_REASON = 1000
WAITING_DAYS = 7
EARLIEST = date(2000, 1, 3)
CHART_WEEKS = 12
COUNTED = (HoursStatus.VERIFIED, HoursStatus.PENDING)
_PG_LOCK_KEY = 7_301_006  # with a trainee id: serialises rewrites of one trainee's weekly totals


class StaleEntry(ServiceError):
    """Someone else changed the entry since this version was read."""

    status = 409
    code = "conflict"


# --- the program's configuration ---------------------------------------------------------------------------

def _program(program_or_id):
    from ..programs.models import Program

    return program_or_id if isinstance(program_or_id, Program) else db.session.get(Program, program_or_id)


def program_today(program) -> date:
    """Today's date in the program's time zone."""
    return local_today(clock.now(), program.timezone or current_app.config["PROGRAM_TIMEZONE"])


def _category_rows(program_id: int) -> list[HoursCategory]:
    return list(db.session.execute(
        select(HoursCategory).where(HoursCategory.program_id == program_id)
        .order_by(HoursCategory.position, HoursCategory.id)
    ).scalars())


def program_categories(program_id: int, *, active_only: bool = False) -> list[Category]:
    """The program's categories in display order (the defaults until the program has its own rows)."""
    rows = _category_rows(program_id)
    categories = [Category(r.code, r.name, r.group, r.aapi, r.active) for r in rows] if rows else list(DEFAULT_CATEGORIES)
    return [c for c in categories if c.active or not active_only]


def category_map(program_id: int) -> dict[str, Category]:
    return {c.code: c for c in program_categories(program_id)}


def note_categories(program_id: int, current: str | None = None) -> list[Category]:
    """What a note's session may count under: the program's active direct-service categories, and the note's own
    category if the program has retired it since (saving the note must not drop or refuse what it already has)."""
    return [c for c in program_categories(program_id) if c.group == "direct" and (c.active or c.code == current)]


def rule_set_rows(program_id: int) -> list[RequirementSet]:
    return list(db.session.execute(
        select(RequirementSet).where(RequirementSet.program_id == program_id)
        .order_by(RequirementSet.position, RequirementSet.id)
    ).scalars())


def program_rule_sets(program_id: int, *, active_only: bool = True) -> list[RuleSet]:
    """The program's requirement rule sets (the defaults until the program has its own rows)."""
    rows = rule_set_rows(program_id)
    if not rows:
        return list(default_rule_sets())
    out = []
    for row in rows:
        if active_only and not row.active:
            continue
        try:
            out.append(RuleSet(row.code, row.name, parse_rules(row.rules)))
        except RuleError:  # saved rules are validated; a hand-edited row that no longer parses is skipped
            current_app.logger.warning("hours rule set %s of program %s does not parse", row.id, program_id)
    return out


def seed_program_hours(program) -> None:
    """Give a new program the default categories and requirement rule sets (no-op when it has its own)."""
    program = _program(program)
    if not _category_rows(program.id):
        for position, c in enumerate(DEFAULT_CATEGORIES):
            db.session.add(HoursCategory(program_id=program.id, code=c.code, name=c.name, group=c.group,
                                         aapi=c.aapi, position=position, active=True))
    if not rule_set_rows(program.id):
        for position, data in enumerate(DEFAULT_RULE_SETS):
            db.session.add(RequirementSet(program_id=program.id, code=data["code"], name=data["name"],
                                          rules=[rule_to_json(r) for r in parse_rules(data["rules"])],
                                          position=position, active=True, updated_at=clock.now()))
    db.session.flush()


_CODE = re.compile(r"[a-z][a-z0-9_]{1,39}")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40] or "custom"


def _check_category(name: str, group: str, aapi: str) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if not (name or "").strip() or len(name.strip()) > 80:
        errors["name"] = ["Give the category a name (at most 80 characters)."]
    if group not in GROUPS:
        errors["group"] = [f"Choose {', '.join(GROUPS)}."]
    if aapi not in AAPI_CATEGORIES:
        errors["aapi"] = [f"Choose {', '.join(AAPI_CATEGORIES)}."]
    return errors


def add_category(director, *, code: str, name: str, group: str, aapi: str) -> HoursCategory:
    """Add a category to the director's program. Raises PermissionDenied, ValidationFailed."""
    permissions.require_director(director)
    seed_program_hours(director.program_id)
    code = (code or "").strip().lower() or _slug(name or "")
    errors = _check_category(name, group, aapi)
    if not _CODE.fullmatch(code):
        errors["code"] = ["2 to 40 lower-case letters, digits or _, starting with a letter."]
    elif code in {r.code for r in _category_rows(director.program_id)}:
        errors["code"] = ["This program already has a category with this code."]
    if errors:
        raise ValidationFailed("The category could not be added.", errors)
    position = len(_category_rows(director.program_id))
    row = HoursCategory(program_id=director.program_id, code=code, name=name.strip(), group=group, aapi=aapi,
                        position=position, active=True)
    db.session.add(row)
    db.session.flush()
    audit.record("hours.category_added", row, actor=director, code=code, group=group, aapi=aapi)
    if db.session.execute(select(HoursEntry.id).where(HoursEntry.program_id == director.program_id,
                                                      HoursEntry.category == code).limit(1)).first():
        rebuild_week_totals(director.program_id)  # entries of a code that was unknown until now change group
    return row


def update_category(director, code: str, *, name: str, group: str, aapi: str, active: bool) -> HoursCategory:
    """Rename, regroup, remap or (de)activate a category; its code and its entries stay. Raises ..."""
    permissions.require_director(director)
    seed_program_hours(director.program_id)
    row = next((r for r in _category_rows(director.program_id) if r.code == code), None)
    if row is None:
        raise ValidationFailed("No such category.", {"code": ["Unknown category."]})
    errors = _check_category(name, group, aapi)
    if errors:
        raise ValidationFailed("The category could not be saved.", errors)
    regrouped = row.group != group
    row.name, row.group, row.aapi, row.active = name.strip(), group, aapi, bool(active)
    db.session.flush()
    audit.record("hours.category_updated", row, actor=director, code=code, group=group, aapi=aapi, active=row.active)
    if regrouped:
        rebuild_week_totals(director.program_id)
    return row


def save_rule_set(director, *, code: str | None, name: str, rules: str | list, active: bool = True) -> RequirementSet:
    """Create (code None) or replace a requirement rule set from its JSON. Raises PermissionDenied,
    ValidationFailed (with every problem of the rules under `rules`)."""
    permissions.require_director(director)
    seed_program_hours(director.program_id)
    errors: dict[str, list[str]] = {}
    name = (name or "").strip()
    if not name or len(name) > 120:
        errors["name"] = ["Give the rule set a name (at most 120 characters)."]
    data = rules
    if isinstance(rules, str):
        try:
            data = json.loads(rules)
        except ValueError as exc:
            errors["rules"] = [f"Not valid JSON: {exc}."]
            data = None
    parsed = ()
    if data is not None:
        try:
            parsed = parse_rules(data, known_codes=[c.code for c in program_categories(director.program_id)])
        except RuleError as exc:
            errors["rules"] = exc.problems
    rows = rule_set_rows(director.program_id)
    row = None
    if code is not None:
        row = next((r for r in rows if r.code == code), None)
        if row is None:
            raise ValidationFailed("No such rule set.", {"code": ["Unknown rule set."]})
    if errors:
        raise ValidationFailed("The rule set could not be saved.", errors)
    if row is None:
        base, n = _slug(name), 1
        new_code = base
        while any(r.code == new_code for r in rows):
            n += 1
            new_code = f"{base[:36]}_{n}"
        row = RequirementSet(program_id=director.program_id, code=new_code, position=len(rows))
        db.session.add(row)
    row.name = name
    row.rules = [rule_to_json(r) for r in parsed]
    row.active = bool(active)
    row.updated_at = clock.now()
    db.session.flush()
    audit.record("hours.requirements_saved", row, actor=director, code=row.code, rules=len(parsed), active=row.active)
    return row


# --- the weekly rollup -------------------------------------------------------------------------------------

def _week_rows(program_id: int, minutes: Iterable[tuple[int, int, str, int, int]]) -> list[dict[str, Any]]:
    """`hours_week` rows from (trainee, week, category, verified, logged) sums."""
    groups = {c.code: c.group for c in program_categories(program_id)}
    weeks: dict[tuple[int, int], dict[str, Any]] = {}
    for trainee_id, week, code, verified, logged in minutes:
        row = weeks.get((trainee_id, week))
        if row is None:
            row = weeks[(trainee_id, week)] = {
                "program_id": program_id, "trainee_id": trainee_id, "week": week, "verified_minutes": 0,
                "logged_minutes": 0, **{f"{kind}_{g}": 0 for kind in ("verified", "logged") for g in GROUPS},
                "verified_by_category": {}, "logged_by_category": {}}
        group = groups.get(code, "indirect")  # as rules.py counts a code no longer defined: indirect
        verified, logged = int(verified), int(logged)
        row["verified_minutes"] += verified
        row["logged_minutes"] += logged
        row[f"verified_{group}"] += verified
        row[f"logged_{group}"] += logged
        if verified:
            row["verified_by_category"][code] = verified
        row["logged_by_category"][code] = logged
    return list(weeks.values())


def _minutes_by_week(*where) -> list[tuple[int, int, str, int, int]]:
    week = week_of(HoursEntry.date)
    return [tuple(r) for r in db.session.execute(
        select(HoursEntry.trainee_id, week, HoursEntry.category,
               func.sum(case((HoursEntry.status == HoursStatus.VERIFIED, HoursEntry.minutes), else_=0)),
               func.sum(HoursEntry.minutes))
        .where(HoursEntry.status.in_(COUNTED), *where)
        .group_by(HoursEntry.trainee_id, week, HoursEntry.category)
    ).all()]


def refresh_week_totals(program_id: int, trainee_id: int, days: Iterable[date]) -> None:
    """Rewrite the trainee's `hours_week` rows for the weeks of `days` from their entries.

    Called after the change's audit event: on PostgreSQL the audit chain's lock, then this trainee's lock,
    serialise the rewrite, so two transactions never interleave the delete and the insert of one week."""
    weeks = sorted({week_index(d) for d in days if d is not None})
    if not weeks:
        return
    db.session.flush()
    if db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(text("SELECT pg_advisory_xact_lock(:k, :t)"), {"k": _PG_LOCK_KEY, "t": trainee_id})
    db.session.execute(delete(HoursWeek).where(HoursWeek.program_id == program_id,
                                               HoursWeek.trainee_id == trainee_id, HoursWeek.week.in_(weeks)))
    rows = _week_rows(program_id, _minutes_by_week(
        HoursEntry.trainee_id == trainee_id, HoursEntry.date >= week_start(weeks[0]),
        HoursEntry.date < week_start(weeks[-1] + 1), week_of(HoursEntry.date).in_(weeks)))
    if rows:
        db.session.execute(insert(HoursWeek), rows)


def rebuild_week_totals(program_id: int) -> None:
    """Rebuild a program's rollup from its entries: after bulk loads, when a category changes group, to repair."""
    db.session.flush()
    db.session.execute(delete(HoursWeek).where(HoursWeek.program_id == program_id))
    rows = _week_rows(program_id, _minutes_by_week(HoursEntry.program_id == program_id))
    for start in range(0, len(rows), 5000):
        db.session.execute(insert(HoursWeek), rows[start:start + 5000])


# --- entries: validation -----------------------------------------------------------------------------------

def _day_total(trainee_id: int, day: date, exclude_id: int | None = None) -> int:
    query = select(func.coalesce(func.sum(HoursEntry.minutes), 0)).where(
        HoursEntry.trainee_id == trainee_id, HoursEntry.date == day, HoursEntry.status.in_(COUNTED))
    if exclude_id is not None:
        query = query.where(HoursEntry.id != exclude_id)
    return int(db.session.execute(query).scalar_one())


def _parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        raise ValueError
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _parse_minutes(value: Any) -> int:
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError
    return int(value)


def clean_entry(trainee, *, date: Any, minutes: Any, category: Any, description: Any = "",
                exclude_id: int | None = None, pending_today: int = 0) -> dict[str, Any]:
    """The entry's fields, checked. Raises ValidationFailed naming each bad field."""
    errors: dict[str, list[str]] = {}
    program = trainee.program
    today = program_today(program)
    try:
        day = _parse_date(date)
        if day > today:
            errors["date"] = ["The date cannot be in the future."]
        elif day < EARLIEST:
            errors["date"] = ["The date is too far in the past."]
    except (TypeError, ValueError):
        day = None
        errors["date"] = ["Enter a date as YYYY-MM-DD."]
    try:
        minutes = _parse_minutes(minutes)
        if not 1 <= minutes <= MAX_ENTRY_MINUTES:
            errors["minutes"] = [f"Between 1 and {MAX_ENTRY_MINUTES} minutes."]
    except (TypeError, ValueError, OverflowError):
        errors["minutes"] = ["Enter a whole number of minutes."]
    active = {c.code for c in program_categories(program.id, active_only=True)}
    if not isinstance(category, str) or category not in active:
        errors["category"] = ["Choose one of the program's categories."]
    if description is None:
        description = ""
    if not isinstance(description, str) or "\x00" in description:
        errors["description"] = ["Must be plain text."]
        description = ""
    description = description.strip()
    if len(description) > MAX_DESCRIPTION:
        errors["description"] = [f"At most {MAX_DESCRIPTION} characters."]
    if not errors and day is not None:
        total = _day_total(trainee.id, day, exclude_id) + pending_today + minutes
        if total > MAX_ENTRY_MINUTES:
            errors["minutes"] = [f"That makes {total // 60} h {total % 60:02d} min on {day.isoformat()}: "
                                 "a day holds at most 24 hours."]
    if errors:
        raise ValidationFailed("Please correct the highlighted fields.", errors)
    return {"date": day, "minutes": minutes, "category": category, "description": description}


def phi_warnings(text: str) -> list:
    """Possible identifiers in a description: warned about, not refused (it is an activity, not a note)."""
    if not text:
        return []
    from .. import phi

    return phi.scan(text, client_code_pattern=current_app.config["CLIENT_CODE_PATTERN"])


def _check_version(entry: HoursEntry, version: int | None) -> None:
    if version is not None and int(version) != entry.version:
        raise StaleEntry("This entry was changed in another window or by someone else. Reload to see it as it is now.")


def _flush() -> None:
    try:
        db.session.flush()
    except StaleDataError:
        raise StaleEntry("This entry was changed at the same moment by someone else. Reload and try again.") from None


def _event(entry: HoursEntry, action: str, actor, reason: str | None = None, at: datetime | None = None) -> None:
    entry.events.append(HoursEntryEvent(action=action, actor_id=actor.id if actor is not None else None,
                                        at=at or clock.now(), reason=reason))


def _minutes_text(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    if not h:
        return f"{m} min"
    return f"{h} h {m:02d} min" if m else f"{h} h"


# --- entries: the trainee ----------------------------------------------------------------------------------

def record_note_hours(note, approval) -> HoursEntry:
    """Turn a co-signed note into a verified hours entry (once per note)."""
    entry = db.session.execute(select(HoursEntry).where(HoursEntry.note_id == note.id)).scalar_one_or_none()
    previous_date = entry.date if entry is not None else None
    if entry is None:
        entry = HoursEntry(program_id=note.program_id, trainee_id=note.trainee_id, note_id=note.id,
                           created_at=approval.approved_at, submitted_at=approval.approved_at)
        db.session.add(entry)
    entry.date = note.session_date
    entry.minutes = note.duration_minutes
    entry.category = note.hours_category or category_for_session(note.session_type)
    entry.description = f"Session note #{note.id} ({note.session_type.value}, {note.client_code})"
    entry.status = HoursStatus.VERIFIED
    entry.verified_by_id = approval.supervisor_id
    entry.verified_at = approval.approved_at
    entry.updated_at = approval.approved_at
    _event(entry, "verified", approval.supervisor, at=approval.approved_at)
    db.session.flush()
    audit.record("hours.verified", entry, actor=approval.supervisor, source="note", note=note.id,
                 minutes=entry.minutes)
    refresh_week_totals(entry.program_id, entry.trainee_id, [entry.date, previous_date])
    return entry


def _require_trainee(actor) -> None:
    if actor.role != Role.TRAINEE:
        raise PermissionDenied("Only trainees log hours, each their own.")


def _notify_supervisors(trainee, entries: list[HoursEntry], verb: str = "logged") -> None:
    if not entries:
        return
    total = sum(e.minutes for e in entries)
    what = "an hours entry" if len(entries) == 1 else f"{len(entries)} hours entries"
    notify(access.supervisor_ids_of(trainee.id), "hours_logged",
           f"{trainee.name} {verb} {what} ({_minutes_text(total)}) to verify.", actor=trainee)


def _new_entry(trainee, clean: dict[str, Any]) -> HoursEntry:
    now = clock.now()
    entry = HoursEntry(program_id=trainee.program_id, trainee_id=trainee.id, status=HoursStatus.PENDING,
                       created_at=now, updated_at=now, submitted_at=now, **clean)
    db.session.add(entry)
    _event(entry, "logged", trainee, at=now)
    db.session.flush()
    audit.record("hours.logged", entry, actor=trainee, minutes=entry.minutes, category=entry.category,
                 date=entry.date.isoformat())
    refresh_week_totals(entry.program_id, trainee.id, [entry.date])
    return entry


def log_hours(actor, *, date: Any, minutes: Any, category: Any, description: Any = "") -> HoursEntry:
    """Log one activity of the trainee's own, waiting for verification.
    Raises PermissionDenied (not a trainee), ValidationFailed."""
    _require_trainee(actor)
    entry = _new_entry(actor, clean_entry(actor, date=date, minutes=minutes, category=category,
                                          description=description))
    _notify_supervisors(actor, [entry])
    return entry


def log_week(actor, *, monday: date, cells: Mapping[tuple[str, date], Any], description: str = "") -> list[HoursEntry]:
    """Log a week at once from the weekly grid: one entry per (category, day) with minutes.
    Raises PermissionDenied, ValidationFailed (fields named `<category>:<YYYY-MM-DD>`; nothing is saved)."""
    _require_trainee(actor)
    if monday.weekday() != 0:
        raise ValidationFailed("A week starts on a Monday.", {"week": ["Choose a Monday."]})
    days = {monday + timedelta(days=i) for i in range(7)}
    errors: dict[str, list[str]] = {}
    cleaned: list[dict[str, Any]] = []
    added: dict[date, int] = {}
    for (code, day), minutes in sorted(cells.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if minutes in (None, "", 0):
            continue
        key = f"{code}:{day.isoformat()}"
        if day not in days:
            errors[key] = ["Not a day of this week."]
            continue
        try:
            clean = clean_entry(actor, date=day, minutes=minutes, category=code, description=description,
                                pending_today=added.get(day, 0))
        except ValidationFailed as exc:
            errors[key] = [m for messages in exc.fields.values() for m in messages]
            continue
        added[day] = added.get(day, 0) + clean["minutes"]
        cleaned.append(clean)
    if errors:
        raise ValidationFailed("Some cells need correcting; nothing was saved.", errors)
    if not cleaned:
        raise ValidationFailed("Enter the hours of at least one activity.", {"week": ["The grid is empty."]})
    entries = [_new_entry(actor, clean) for clean in cleaned]
    _notify_supervisors(actor, entries)
    return entries


def update_entry(entry: HoursEntry, actor, *, version: int | None = None, **fields: Any) -> HoursEntry:
    """Change a hand-logged entry that is waiting or was rejected; it waits for verification again.
    Raises PermissionDenied, InvalidTransition (verified: ask for a reopen), StaleEntry, ValidationFailed."""
    permissions.require(actor, "edit", entry)
    if entry.status == HoursStatus.VERIFIED:
        raise InvalidTransition("A verified entry is locked. Ask your supervisor to reopen it.")
    _check_version(entry, version)
    current = {"date": entry.date, "minutes": entry.minutes, "category": entry.category,
               "description": entry.description}
    current.update({k: v for k, v in fields.items() if k in current})
    clean = clean_entry(actor, exclude_id=entry.id, **current)
    was_rejected = entry.status == HoursStatus.REJECTED
    previous_date = entry.date
    for name, value in clean.items():
        setattr(entry, name, value)
    now = clock.now()
    entry.status = HoursStatus.PENDING
    entry.rejected_by_id = entry.rejected_at = entry.rejection_reason = None
    entry.updated_at = entry.submitted_at = now
    _event(entry, "edited", actor, at=now)
    _flush()
    audit.record("hours.edited", entry, actor=actor, minutes=entry.minutes, category=entry.category,
                 date=entry.date.isoformat(), resubmitted=was_rejected)
    refresh_week_totals(entry.program_id, entry.trainee_id, [entry.date, previous_date])
    if was_rejected:
        _notify_supervisors(actor, [entry], verb="corrected")
    return entry


def delete_entry(entry: HoursEntry, actor, *, version: int | None = None) -> None:
    """Delete a hand-logged entry that is not verified. Raises PermissionDenied, InvalidTransition, StaleEntry."""
    permissions.require(actor, "delete", entry)
    if entry.status == HoursStatus.VERIFIED:
        raise InvalidTransition("A verified entry cannot be deleted.")
    _check_version(entry, version)
    audit.record("hours.deleted", entry, actor=actor, minutes=entry.minutes, category=entry.category,
                 date=entry.date.isoformat(), status=entry.status.value)
    program_id, trainee_id, day = entry.program_id, entry.trainee_id, entry.date
    db.session.delete(entry)
    _flush()
    refresh_week_totals(program_id, trainee_id, [day])


# --- entries: the supervisor -------------------------------------------------------------------------------

def _require_pending(entry: HoursEntry) -> None:
    if entry.status != HoursStatus.PENDING:
        raise InvalidTransition(f"This entry is no longer waiting for verification (it is {entry.status.value}).")


def _verify(entry: HoursEntry, actor) -> None:
    now = clock.now()
    entry.status = HoursStatus.VERIFIED
    entry.verified_by_id = actor.id
    entry.verified_at = now
    entry.updated_at = now
    _event(entry, "verified", actor, at=now)
    _flush()
    audit.record("hours.verified", entry, actor=actor, source="manual", minutes=entry.minutes)


def verify_hours(entry: HoursEntry, actor, *, version: int | None = None) -> HoursEntry:
    """Verify one waiting entry (an assigned supervisor). Raises PermissionDenied, InvalidTransition, StaleEntry."""
    permissions.require(actor, "verify", entry)
    _require_pending(entry)
    _check_version(entry, version)
    _verify(entry, actor)
    refresh_week_totals(entry.program_id, entry.trainee_id, [entry.date])
    return entry


def verify_many(actor, entry_ids: Iterable[int]) -> tuple[list[HoursEntry], list[HoursEntry]]:
    """Verify the chosen entries at once: (verified, skipped because no longer waiting). Every id must be an
    entry the actor may verify, or nothing changes (PermissionDenied)."""
    ids = sorted(set(int(i) for i in entry_ids))
    if not ids:
        raise ValidationFailed("Choose the entries to verify.", {"ids": ["Choose at least one entry."]})
    if len(ids) > 500:
        raise ValidationFailed("Too many entries at once.", {"ids": ["At most 500 at a time."]})
    entries = list(db.session.execute(select(HoursEntry).where(HoursEntry.id.in_(ids))).scalars())
    found = {e.id: e for e in entries}
    if len(found) != len(ids) or not all(permissions.may(actor, "verify", e) for e in entries):
        raise PermissionDenied("You may verify only the entries of trainees assigned to you.")
    verified, skipped = [], []
    for entry_id in ids:
        entry = found[entry_id]
        if entry.status != HoursStatus.PENDING:
            skipped.append(entry)
            continue
        _verify(entry, actor)
        verified.append(entry)
    by_trainee: dict[int, int] = {}
    days: dict[int, set[date]] = {}
    for entry in verified:
        by_trainee[entry.trainee_id] = by_trainee.get(entry.trainee_id, 0) + 1
        days.setdefault(entry.trainee_id, set()).add(entry.date)
    for trainee_id in sorted(days):
        refresh_week_totals(actor.program_id, trainee_id, days[trainee_id])
    for trainee_id, n in by_trainee.items():
        notify([trainee_id], "hours_verified",
               f"{actor.name} verified {n} of your hours entr{'y' if n == 1 else 'ies'}.", actor=actor)
    return verified, skipped


def _clean_reason(reason: Any, what: str) -> str:
    reason = reason.strip() if isinstance(reason, str) else ""
    if len(reason) < 3 or "\x00" in reason:
        raise ValidationFailed(f"Say why you {what} it.", {"reason": [f"Give the trainee a reason (at least 3 characters)."]})
    if len(reason) > MAX_REASON:
        raise ValidationFailed("The reason is too long.", {"reason": [f"At most {MAX_REASON} characters."]})
    return reason


def reject_hours(entry: HoursEntry, actor, *, reason: Any, version: int | None = None) -> HoursEntry:
    """Reject one waiting entry with a reason the trainee reads. Raises PermissionDenied, InvalidTransition,
    StaleEntry, ValidationFailed (no reason)."""
    permissions.require(actor, "reject", entry)
    _require_pending(entry)
    _check_version(entry, version)
    reason = _clean_reason(reason, "reject")
    now = clock.now()
    entry.status = HoursStatus.REJECTED
    entry.rejected_by_id = actor.id
    entry.rejected_at = now
    entry.rejection_reason = reason
    entry.updated_at = now
    _event(entry, "rejected", actor, reason=reason, at=now)
    _flush()
    audit.record("hours.rejected", entry, actor=actor, minutes=entry.minutes)
    refresh_week_totals(entry.program_id, entry.trainee_id, [entry.date])
    notify([entry.trainee_id], "hours_rejected",
           f"{actor.name} did not verify your hours entry of {entry.date.isoformat()} "
           f"({_minutes_text(entry.minutes)}); see the reason.", actor=actor)
    return entry


def reopen_hours(entry: HoursEntry, actor, *, reason: Any, version: int | None = None) -> HoursEntry:
    """Send a verified or rejected entry back to waiting, with a reason kept in its history.
    Hours of a co-signed note follow the note and are not reopened here.
    Raises PermissionDenied, InvalidTransition, StaleEntry, ValidationFailed."""
    permissions.require(actor, "reopen", entry)
    if entry.note_id is not None:
        raise InvalidTransition("These hours come from a co-signed note; they change only with the note.")
    if entry.status == HoursStatus.PENDING:
        raise InvalidTransition("This entry is already waiting for verification.")
    _check_version(entry, version)
    reason = _clean_reason(reason, "reopen")
    previous = entry.status
    now = clock.now()
    entry.status = HoursStatus.PENDING
    entry.verified_by_id = entry.verified_at = None
    entry.rejected_by_id = entry.rejected_at = entry.rejection_reason = None
    entry.updated_at = entry.submitted_at = now
    _event(entry, "reopened", actor, reason=reason, at=now)
    _flush()
    audit.record("hours.reopened", entry, actor=actor, previous=previous.value, minutes=entry.minutes)
    refresh_week_totals(entry.program_id, entry.trainee_id, [entry.date])
    notify([entry.trainee_id], "hours_reopened",
           f"{actor.name} reopened your hours entry of {entry.date.isoformat()}; see the reason.", actor=actor)
    return entry


def verification_queue(supervisor):
    """`select(HoursEntry)`: entries waiting for this supervisor's verification, oldest first."""
    return (permissions.visible_entries(supervisor)
            .where(HoursEntry.status == HoursStatus.PENDING)
            .order_by(HoursEntry.submitted_at, HoursEntry.id))


# --- progress ------------------------------------------------------------------------------------------------

def waiting_warnings(trainee_id: int, now: datetime | None = None) -> list[Warning]:
    """Entries waiting more than a week for verification, and notes waiting for review."""
    from ..notes.models import Note

    now = now or clock.now()
    overdue = db.session.execute(
        select(func.count(), func.coalesce(func.sum(HoursEntry.minutes), 0)).where(
            HoursEntry.trainee_id == trainee_id, HoursEntry.status == HoursStatus.PENDING,
            HoursEntry.submitted_at < now - timedelta(days=WAITING_DAYS))
    ).one()
    notes = db.session.execute(
        select(func.count(), func.min(Note.submitted_at)).where(
            Note.trainee_id == trainee_id, Note.status == NoteStatus.SUBMITTED)
    ).one()
    return waiting_messages(tuple(overdue), tuple(notes), now)


def waiting_messages(entries: tuple[int, int] | None, notes: tuple[int, datetime | None] | None,
                     now: datetime) -> list[Warning]:
    """The waiting warnings from (entries waiting over a week, their minutes) and (notes waiting, the oldest
    submission). Shared by one trainee's summary and the cohort, which counts for everyone at once."""
    warnings = []
    if entries and entries[0]:
        n, minutes = entries
        warnings.append(Warning("entries_waiting",
                                f"{n} entr{'y has' if n == 1 else 'ies have'} waited more than {WAITING_DAYS} days "
                                f"for verification ({_minutes_text(int(minutes))})."))
    if notes and notes[0]:
        n, oldest = notes
        days = (now - oldest).days if oldest is not None else 0
        when = f"the oldest for {days} day{'s' if days != 1 else ''}" if days >= 1 else "submitted today"
        warnings.append(Warning("notes_waiting", f"{n} note{'s are' if n != 1 else ' is'} waiting for review ({when})."))
    return warnings


def _minutes_by(trainee_id: int) -> list[tuple[date, str, HoursStatus, int]]:
    return [(d, c, s, int(m)) for d, c, s, m in db.session.execute(
        select(HoursEntry.date, HoursEntry.category, HoursEntry.status, func.sum(HoursEntry.minutes))
        .where(HoursEntry.trainee_id == trainee_id, HoursEntry.status.in_(COUNTED))
        .group_by(HoursEntry.date, HoursEntry.category, HoursEntry.status)
    ).all()]


def evaluate_trainee(trainee, *, today: date | None = None) -> tuple[Evaluation, list, dict]:
    """(evaluation, rows, categories) of one trainee: the rule engine over their verified minutes by week."""
    today = today or program_today(trainee.program)
    categories = category_map(trainee.program_id)
    rows = _minutes_by(trainee.id)
    for _, code, _, _ in rows:
        if code not in categories:
            categories[code] = unknown_category(code)
    monday = monday_of(today)
    verified = weeks_from_days((d, c, m) for d, c, s, m in rows if s == HoursStatus.VERIFIED)
    this_week: dict[str, int] = {}
    for d, c, _s, m in rows:
        if monday <= d <= monday + timedelta(days=6):
            this_week[c] = this_week.get(c, 0) + m
    evaluation = evaluate(program_rule_sets(trainee.program_id), categories.values(), verified, this_week, today)
    return evaluation, rows, categories


def progress_json(p) -> dict[str, Any]:
    return {"name": p.name, "rule_set": p.rule_set, "rule_set_code": p.rule_set_code, "rule": p.rule,
            "kind": p.kind, "required_minutes": p.required_minutes, "verified_minutes": p.verified_minutes,
            "percent": p.percent, "met": p.met,
            "forecast_date": p.forecast_date.isoformat() if p.forecast_date else None, "group": p.group,
            "weekly_minutes": p.weekly_minutes, "weeks_active": p.weeks_active, "weeks_met": p.weeks_met}


def cohort_requirements_json(rows) -> Iterator[list[dict[str, Any]]]:
    """`progress_json` of every requirement of each cohort row, from the rows' verdicts without building a
    Progress per trainee and rule (5,000 for 500 trainees): the rule's own fields are serialised once per rule
    and each requirement adds its figures."""
    fixed: dict[int, dict[str, Any]] = {}
    for row in rows:
        out = []
        for check, v in row.verdicts:
            base = fixed.get(id(check))
            if base is None:
                base = fixed[id(check)] = progress_json(check.progress(v))
            out.append({**base, "required_minutes": v.required_minutes, "verified_minutes": v.verified_minutes,
                        "percent": v.percent, "met": v.met,
                        "forecast_date": v.forecast_date.isoformat() if v.forecast_date else None,
                        "weeks_active": v.weeks_active, "weeks_met": v.weeks_met})
        yield out


def warning_json(w: Warning) -> dict[str, Any]:
    data = {"code": w.code, "message": w.message}
    if w.rule:
        data["rule"] = w.rule
    return data


def hours_summary(trainee, *, chart_weeks: int = CHART_WEEKS) -> dict[str, Any]:
    """Verified and pending minutes (by category), progress toward each requirement with a forecast, this
    week's warnings, and the last weeks for a chart, for one trainee."""
    today = program_today(trainee.program)
    evaluation, rows, categories = evaluate_trainee(trainee, today=today)
    verified: dict[str, int] = {}
    pending: dict[str, int] = {}
    current = week_index(today)
    first = current - chart_weeks + 1
    weeks = {w: {"direct": 0, "indirect": 0, "supervision": 0, "pending": 0} for w in range(first, current + 1)}
    for d, code, status, minutes in rows:
        target = verified if status == HoursStatus.VERIFIED else pending
        target[code] = target.get(code, 0) + minutes
        bucket = weeks.get(week_index(d))
        if bucket is not None:
            if status == HoursStatus.VERIFIED:
                bucket[categories[code].group] += minutes
            else:
                bucket["pending"] += minutes
    order = {code: i for i, code in enumerate(categories)}
    by_category = [
        {"code": code, "name": categories[code].name, "group": categories[code].group, "aapi": categories[code].aapi,
         "verified_minutes": verified.get(code, 0), "pending_minutes": pending.get(code, 0)}
        for code in sorted(set(verified) | set(pending), key=lambda c: order.get(c, 999))
    ]
    warnings = [*evaluation.warnings, *waiting_warnings(trainee.id)]
    return {
        "trainee_id": trainee.id,
        "verified_minutes": sum(verified.values()),
        "pending_minutes": sum(pending.values()),
        "by_category": by_category,
        "requirements": [progress_json(p) for p in evaluation.progress],
        "warnings": [warning_json(w) for w in warnings],
        "weeks": [{"start": week_start(w).isoformat(), **values} for w, values in weeks.items()],
        "today": today.isoformat(),
        "as_of": clock.now().isoformat(),
    }


def program_brief(director) -> dict[str, int]:
    """For the director's dashboard: entries waiting for verification, and those waiting over a week."""
    permissions.require_director(director)
    now = clock.now()
    row = db.session.execute(
        select(func.count(), func.coalesce(func.sum(
            case((HoursEntry.submitted_at < now - timedelta(days=WAITING_DAYS), 1), else_=0)), 0))
        .where(HoursEntry.program_id == director.program_id, HoursEntry.status == HoursStatus.PENDING)
    ).one()
    return {"pending": int(row[0]), "overdue": int(row[1])}
