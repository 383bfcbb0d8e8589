"""The director's cohort view: every trainee's progress and warnings, aggregated in SQL.

The rule engine's first step (`rules.aggregate`) is compiled into SQL over the weekly rollup `hours_week` (one
row per trainee and week): each distinct set of categories the rules select becomes one expression a row (group
columns, plus JSON keys for categories named one by one), then one aggregate per rule and figure of
`rules.Aggregate`, grouped by trainee. Python receives one row per trainee and runs only the
engine's second step (`rules.assess`), so the cost grows with the number of trainees, not of entries.
The tests hold this to the Python engine: for any entries, both give the same aggregates.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, literal, select

from .. import clock
from ..auth.models import User
from ..enums import HoursStatus, NoteStatus, Role
from ..extensions import db
from .categories import Category
from .models import HoursEntry, HoursWeek
from .rules import (
    PACE_WEEKS, TOTAL, WEEKLY_AVERAGE, WEEKLY_SUPERVISION, Aggregate, Progress, RuleSet, Selector, Warning, assess,
    week_index, week_warning,
)
from .services import WAITING_DAYS, category_map, program_rule_sets, program_today, waiting_messages

TOTALS = ("", -1)  # the per-trainee totals: counted = verified minutes, recent = pending minutes


@dataclass
class CohortRow:
    trainee: Any  # a row with id, name and email
    verified_minutes: int = 0
    pending_minutes: int = 0
    progress: list[Progress] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def progress_of(self, rule_set_code: str) -> list[Progress]:
        return [p for p in self.progress if p.rule_set_code == rule_set_code]


def _capped(value, cap: int | None):
    return value if cap is None else case((value > cap, cap), else_=value)


def _least(a, b):
    return case((a < b, a), else_=b)


def aggregates(program_id: int, rule_sets: list[RuleSet], categories: list[Category], today: date,
               trainee_ids: list[int] | None = None) -> dict[int, dict[tuple[str, int], Aggregate]]:
    """trainee id -> (rule set code, rule position) -> Aggregate, for every trainee with counted entries.

    Two queries over the weekly rollup: the history (every week, verified minutes, grouped by trainee) and
    this week (logged minutes, one row per trainee)."""
    hw = HoursWeek

    def selector_sql(selector: Selector, kind: str):
        """The minutes of a rule's categories in a week: group columns for its groups, JSON keys for the
        categories it names outside them (`kind`: verified or logged)."""
        if not selector.groups and not selector.categories:
            return getattr(hw, f"{kind}_minutes")
        parts = [getattr(hw, f"{kind}_{g}") for g in selector.groups]
        in_groups = {c.code for c in categories if c.group in selector.groups}
        by_category = getattr(hw, f"{kind}_by_category")
        parts += [func.coalesce(by_category[code].as_integer(), 0)
                  for code in selector.categories if code not in in_groups]
        total = parts[0] if parts else literal(0)
        for part in parts[1:]:
            total = total + part
        return total

    def scoped(query):
        query = query.where(hw.program_id == program_id)
        return query.where(hw.trainee_id.in_(trainee_ids)) if trainee_ids is not None else query

    # One expression per distinct selector, named once in a subquery so that each is computed once a row.
    selectors: dict[tuple, str] = {}
    plan = []  # (rule_set, position, rule, select name, contact name)
    for rule_set in rule_sets:
        for position, rule in enumerate(rule_set.rules):
            if rule.kind in (TOTAL, WEEKLY_AVERAGE, WEEKLY_SUPERVISION):
                names = []
                for selector in ((rule.select, rule.contact) if rule.kind == WEEKLY_SUPERVISION else (rule.select,)):
                    key = (selector.groups, selector.categories)
                    names.append(selectors.setdefault(key, f"s{len(selectors)}"))
                plan.append((rule_set, position, rule, names[0], names[1] if len(names) > 1 else None))

    def selector_columns(kind: str) -> list:
        return [selector_sql(Selector(*key), kind).label(name) for key, name in selectors.items()]

    w = scoped(select(hw.trainee_id, hw.week, hw.verified_minutes.label("all"),
                      (hw.logged_minutes - hw.verified_minutes).label("pending"),
                      *selector_columns("verified"))).subquery("w")

    current = week_index(today)
    pace_from = current - (PACE_WEEKS - 1)
    active = w.c["all"] > 0

    def sum_(expr):
        return func.coalesce(func.sum(expr), 0)

    cols = {
        "verified": sum_(w.c["all"]),
        "pending": sum_(w.c.pending),
        "first_week": func.min(case((active, w.c.week))),
        "weeks_active": sum_(case((active, 1), else_=0)),
    }
    names: list[dict[str, str]] = []  # per rule of the plan: figure -> column label (shared when equal)
    memo: dict[tuple, str] = {}

    def column(key: tuple, build) -> str:
        if key not in memo:
            memo[key] = f"c{len(memo)}"
            cols[memo[key]] = build()
        return memo[key]

    for rule_set, _position, rule, s, c in plan:
        v = w.c[s]
        figures: dict[str, str] = {}
        if rule.kind == TOTAL:
            cap = rule_set.weekly_cap
            value = _capped(v, cap)
            figures["counted"] = column(("counted", s, cap), lambda: sum_(value))
            figures["recent"] = column(("recent", s, cap),
                                       lambda: sum_(case((w.c.week >= pace_from, value), else_=0)))
        elif rule.kind == WEEKLY_AVERAGE:
            figures["counted"] = column(("sum", s), lambda: sum_(v))
            figures["met"] = column(("at_least", s, rule.minutes),
                                    lambda: sum_(case((and_(active, v >= rule.minutes), 1), else_=0)))
        else:
            base = rule.minutes * rule.units
            extra = rule.extra_over_minutes is not None and rule.extra_units
            need = (case((w.c[c] > rule.extra_over_minutes, base + rule.minutes * rule.extra_units), else_=base)
                    if extra else literal(base))
            key = ("supervision", s, c, base, rule.extra_over_minutes if extra else None, rule.extra_units)
            figures["counted"] = column(key + ("counted",), lambda: sum_(case((active, _least(v, need)), else_=0)))
            figures["required"] = column(key + ("required",), lambda: sum_(case((active, need), else_=0)))
            figures["met"] = column(key + ("met",), lambda: sum_(case((and_(active, v >= need), 1), else_=0)))
        names.append(figures)
    history = db.session.execute(
        select(w.c.trainee_id, *[expr.label(name) for name, expr in cols.items()]).group_by(w.c.trainee_id)
    ).mappings().all()

    # This week: minutes logged (verified or waiting); one row per trainee, through the (program_id, week) index.
    week_rows = db.session.execute(scoped(
        select(hw.trainee_id, hw.logged_minutes.label("all"), *selector_columns("logged")).where(hw.week == current)
    )).mappings().all()
    this_week = {row["trainee_id"]: row for row in week_rows}

    out: dict[int, dict[tuple[str, int], Aggregate]] = {}
    for row in history:
        now_row = this_week.get(row["trainee_id"])

        def logged(column_name: str) -> int:
            return int(now_row[column_name] or 0) if now_row is not None else 0

        common = dict(first_week=row["first_week"], weeks_active=int(row["weeks_active"]), this_week_any=logged("all"))
        per_rule = {}
        for (rule_set, position, rule, s, c), figures in zip(plan, names):
            counted = int(row[figures["counted"]])
            if rule.kind == TOTAL:
                agg = Aggregate(counted=counted, required=rule.minutes, recent=int(row[figures["recent"]]),
                                this_week=logged(s), **common)
            elif rule.kind == WEEKLY_AVERAGE:
                agg = Aggregate(counted=counted, required=rule.minutes * common["weeks_active"],
                                weeks_met=int(row[figures["met"]]), this_week=logged(s), **common)
            else:
                agg = Aggregate(counted=counted, required=int(row[figures["required"]]),
                                weeks_met=int(row[figures["met"]]), this_week=logged(s),
                                this_week_contact=logged(c), **common)
            per_rule[(rule_set.code, position)] = agg
        per_rule[TOTALS] = Aggregate(counted=int(row["verified"]), recent=int(row["pending"]))
        out[row["trainee_id"]] = per_rule
    return out


def _waiting(program_id: int, now: datetime) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, datetime]]]:
    from ..notes.models import Note

    entries = {tid: (int(n), int(m)) for tid, n, m in db.session.execute(
        select(HoursEntry.trainee_id, func.count(), func.sum(HoursEntry.minutes))
        .where(HoursEntry.program_id == program_id, HoursEntry.status == HoursStatus.PENDING,
               HoursEntry.submitted_at < now - timedelta(days=WAITING_DAYS))
        .group_by(HoursEntry.trainee_id)
    ).all()}
    notes = {tid: (int(n), oldest) for tid, n, oldest in db.session.execute(
        select(Note.trainee_id, func.count(), func.min(Note.submitted_at))
        .where(Note.program_id == program_id, Note.status == NoteStatus.SUBMITTED)
        .group_by(Note.trainee_id)
    ).all()}
    return entries, notes


def cohort(program, *, include_inactive: bool = False) -> tuple[list[RuleSet], list[CohortRow]]:
    """The program's active rule sets, and one row per trainee (by name) with progress and warnings."""
    today = program_today(program)
    now = clock.now()
    categories = category_map(program.id)
    rule_sets = program_rule_sets(program.id)
    # Plain rows (id, name, email), not User objects: the table shows no more, and 500 ORM objects cost time.
    query = (select(User.id, User.name, User.email).where(User.program_id == program.id, User.role == Role.TRAINEE)
             .order_by(User.name, User.id))
    if not include_inactive:
        query = query.where(User.active.is_(True))
    trainees = list(db.session.execute(query).all())
    found = aggregates(program.id, rule_sets, list(categories.values()), today)
    waiting_entries, waiting_notes = _waiting(program.id, now)
    names = {c.code: c.name for c in categories.values()}
    rows = []
    for trainee in trainees:
        per_rule = found.get(trainee.id, {})
        totals = per_rule.get(TOTALS, Aggregate())
        row = CohortRow(trainee, verified_minutes=totals.counted, pending_minutes=totals.recent)
        for rule_set in rule_sets:
            for position, rule in enumerate(rule_set.rules):
                if rule.kind not in (TOTAL, WEEKLY_AVERAGE, WEEKLY_SUPERVISION):
                    continue
                agg = per_rule.get((rule_set.code, position), Aggregate(required=rule.minutes if rule.kind == TOTAL else 0))
                row.progress.append(assess(rule_set, rule, agg, today))
                warning = week_warning(rule_set, rule, agg, names)
                if warning is not None:
                    row.warnings.append(warning)
        row.warnings.extend(waiting_messages(waiting_entries.get(trainee.id), waiting_notes.get(trainee.id), now))
        rows.append(row)
    return rule_sets, rows


SORTS = ("name", "verified", "pending", "warnings")


def sort_rows(rows: list[CohortRow], key: str, descending: bool, rule_sets: list[RuleSet]) -> list[CohortRow]:
    """Sort by name, verified, pending, warnings, or `set:<code>` (the set's lowest percent) /
    `forecast:<code>` (the set's latest forecast date)."""
    def lowest(row, code):
        values = [p.percent for p in row.progress_of(code)]
        return min(values) if values else 0.0

    def latest_forecast(row, code):
        dates = [p.forecast_date for p in row.progress_of(code) if p.forecast_date is not None]
        return max(dates) if dates else date.max

    keys = {
        "name": lambda r: (r.trainee.name.lower(), r.trainee.id),
        "verified": lambda r: (r.verified_minutes, r.trainee.name.lower()),
        "pending": lambda r: (r.pending_minutes, r.trainee.name.lower()),
        "warnings": lambda r: (len(r.warnings), r.trainee.name.lower()),
    }
    for rs in rule_sets:
        keys[f"set:{rs.code}"] = lambda r, code=rs.code: (lowest(r, code), r.trainee.name.lower())
        keys[f"forecast:{rs.code}"] = lambda r, code=rs.code: (latest_forecast(r, code), r.trainee.name.lower())
    return sorted(rows, key=keys.get(key, keys["name"]), reverse=descending)


__all__ = ["CohortRow", "aggregates", "cohort", "sort_rows"]
