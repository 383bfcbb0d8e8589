"""The director's cohort view: every trainee's progress and warnings, aggregated in SQL.

The rule engine's first step (`rules.aggregate`) is compiled into SQL over the weekly rollup `hours_week` (one
row per trainee and week): each distinct set of categories the rules select becomes one expression a row (group
columns, plus JSON keys for categories named one by one), then one aggregate per rule and figure of
`rules.Aggregate`, grouped by trainee. Python receives one row per trainee as plain values and runs only the
engine's second step (`rules.RuleCheck`, prepared once per rule), so the cost grows with the number of trainees,
not of entries. The tests hold this to the Python engine: for any entries, both give the same aggregates.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property, lru_cache
from typing import Any, NamedTuple

from sqlalchemy import Integer, and_, bindparam, case, func, literal, select

from .. import clock
from ..auth.models import User
from ..enums import HoursStatus, NoteStatus, Role
from ..extensions import db
from .categories import Category
from .models import HoursEntry, HoursWeek
from .rules import (
    PACE_WEEKS, TOTAL, WEEKLY_AVERAGE, WEEKLY_SUPERVISION, Aggregate, Progress, Rule, RuleCheck, RuleSet, Selector,
    Verdict, Warning, week_index,
)
from .services import WAITING_DAYS, category_map, program_rule_sets, program_today, waiting_messages
from .sql import least

TOTALS = ("", -1)  # the per-trainee totals: counted = verified minutes, recent = pending minutes


class SetStatus(NamedTuple):
    """A rule set's cell of a cohort row: the lowest percent among its rules, how many of them are met, and the
    latest forecast date among them (None when none has one)."""

    lowest: float
    met: int
    count: int
    latest_forecast: date | None

    @classmethod
    def of(cls, verdicts: list[Verdict]) -> SetStatus:
        lowest, met, latest = None, 0, None
        for v in verdicts:
            if lowest is None or v.percent < lowest:
                lowest = v.percent
            met += v.met
            if v.forecast_date is not None and (latest is None or v.forecast_date > latest):
                latest = v.forecast_date
        return cls(0.0 if lowest is None else lowest, met, len(verdicts), latest)


@dataclass(eq=False)
class CohortRow:
    """One trainee's line: totals, a status per rule set (what the table shows and sorts by), warnings, and the
    progress toward every rule, built from the verdicts only when asked (the CSV and the API show it; the
    table does not)."""

    trainee: Any  # a row with id, name and email
    verified_minutes: int = 0
    pending_minutes: int = 0
    sets: dict[str, SetStatus] = field(default_factory=dict)
    warnings: list[Warning] = field(default_factory=list)
    verdicts: list[tuple[RuleCheck, Verdict]] = field(default_factory=list, repr=False)

    @cached_property
    def progress(self) -> list[Progress]:
        return [check.progress(verdict) for check, verdict in self.verdicts]

    def progress_of(self, rule_set_code: str) -> list[Progress]:
        return [p for p in self.progress if p.rule_set_code == rule_set_code]


class Tracked(NamedTuple):
    """A rule with progress, as the SQL computes it: its set, its place there, and the names of the week columns
    of its categories and (weekly supervision) of client contact."""

    rule_set: RuleSet
    position: int
    rule: Rule
    select: str
    contact: str | None


# Per trainee: (verified, pending, first_week, weeks_active, this_week_any), and per tracked rule
# (counted, required, recent, weeks_met, this_week, this_week_contact): the fields of `rules.Aggregate`.
Common = tuple[int, int, int | None, int, int]
Figures = tuple[int, int, int, int, int, int]


def _plan(rule_sets: list[RuleSet]) -> tuple[dict[tuple, str], list[Tracked]]:
    """One column name per distinct selector, and the rules with progress in display order."""
    selectors: dict[tuple, str] = {}
    tracked = []
    for rule_set in rule_sets:
        for position, rule in enumerate(rule_set.rules):
            if rule.kind not in (TOTAL, WEEKLY_AVERAGE, WEEKLY_SUPERVISION):
                continue
            names = [selectors.setdefault((s.groups, s.categories), f"s{len(selectors)}")
                     for s in ((rule.select, rule.contact) if rule.kind == WEEKLY_SUPERVISION else (rule.select,))]
            tracked.append(Tracked(rule_set, position, rule, names[0], names[1] if len(names) > 1 else None))
    return selectors, tracked


def _sum(expr, where=None):
    total = func.sum(expr)
    return func.coalesce(total if where is None else total.filter(where), 0)


class Queries(NamedTuple):
    """The statements of `figures` for one configuration, and where each figure lands in their rows."""

    tracked: list[Tracked]
    history: Any      # one row per trainee: trainee id, then the aggregates
    this_week: Any    # one row per trainee: trainee id, logged minutes, then each selector's logged minutes
    common: tuple[int, int, int, int]  # positions of verified, logged, first_week, weeks_active in a history row
    # Per tracked rule: kind, minutes, the positions of (counted, required, recent, weeks_met) in a history row
    # (None: not a column) and of (select, contact) in this week's row.
    plan: list[tuple]


@lru_cache(maxsize=64)
def _queries(rule_sets: tuple[RuleSet, ...], categories: tuple[Category, ...], by_trainee: bool) -> Queries:
    """Build the statements once per configuration (rule sets and categories are frozen, so they can key the
    cache); each request only binds program_id, pace_from, current (weeks) and, `by_trainee`, trainee_ids."""
    hw = HoursWeek
    selectors, tracked = _plan(list(rule_sets))

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
        query = query.where(hw.program_id == bindparam("program_id", type_=Integer))
        return query.where(hw.trainee_id.in_(bindparam("trainee_ids", expanding=True))) if by_trainee else query

    def selector_columns(kind: str, names=None) -> list:
        return [selector_sql(Selector(*key), kind).label(name) for key, name in selectors.items()
                if names is None or name in names]

    # A weekly supervision rule's requirement in each week (more units past a threshold of client contact):
    # one column per distinct requirement; `need_of` names the one of each tracked rule.
    needs: dict[tuple, str] = {}
    need_columns = []
    need_of: dict[int, str] = {}
    for i, t in enumerate(tracked):
        if t.rule.kind != WEEKLY_SUPERVISION:
            continue
        rule = t.rule
        base = rule.minutes * rule.units
        more = rule.minutes * rule.extra_units if rule.extra_over_minutes is not None and rule.extra_units else 0
        key = (t.contact, rule.extra_over_minutes, base, more) if more else (base,)
        if key not in needs:
            needs[key] = f"n{len(needs)}"
            contact = selector_sql(rule.contact, "verified")
            need = case((contact > rule.extra_over_minutes, base + more), else_=base) if more else literal(base)
            need_columns.append(need.label(needs[key]))
        need_of[i] = needs[key]

    # Each selector and requirement is named once in a subquery; OFFSET 0 keeps PostgreSQL from inlining it
    # into every aggregate that reads it, which would extract the same JSON key several times a row. (It also
    # keeps the query from running in parallel: on a busy server that is less CPU, on an idle one a few ms
    # more; see bench/HOURS.md.)
    w = (scoped(select(hw.trainee_id, hw.week, hw.verified_minutes.label("all"), hw.logged_minutes.label("logged"),
                       *selector_columns("verified", {t.select for t in tracked}), *need_columns))
         .offset(0).subquery("w"))

    active = w.c["all"] > 0
    in_pace_window = w.c.week >= bindparam("pace_from", type_=Integer)

    columns: dict[Any, Any] = {
        "verified": _sum(w.c["all"]),
        "logged": _sum(w.c.logged),
        "first_week": func.min(w.c.week).filter(active),
        "weeks_active": func.count().filter(active),
    }

    def column(key: tuple, build) -> tuple:
        """An aggregate, shared by the rules that need the same one (named by `key`)."""
        if key not in columns:
            columns[key] = build()
        return key

    # Per tracked rule, the keys in `columns` of (counted, required, recent, weeks_met); None: not a column.
    keys: list[tuple] = []
    for i, t in enumerate(tracked):
        rule, v = t.rule, w.c[t.select]
        if rule.kind == TOTAL:
            cap = t.rule_set.weekly_cap
            value = v if cap is None else least(v, cap)
            keys.append((column(("total", t.select, cap), lambda: _sum(value)), None,
                         column(("recent", t.select, cap), lambda: _sum(value, in_pace_window)), None))
        elif rule.kind == WEEKLY_AVERAGE:
            keys.append((column(("sum", t.select), lambda: _sum(v)), None, None,
                         column(("at_least", t.select, rule.minutes),
                                lambda: func.count().filter(and_(active, v >= rule.minutes)))))
        else:
            need = w.c[need_of[i]]
            keys.append((column(("counted", t.select, need.name), lambda: _sum(least(v, need), active)),
                         column(("required", need.name), lambda: _sum(need, active)), None,
                         column(("met", t.select, need.name), lambda: func.count().filter(and_(active, v >= need)))))
    at = {key: i + 1 for i, key in enumerate(columns)}  # the position of each aggregate in a history row
    history = (select(w.c.trainee_id, *[expr.label(f"f{i}") for i, expr in enumerate(columns.values())])
               .group_by(w.c.trainee_id))

    this_week = scoped(select(hw.trainee_id, hw.logged_minutes, *selector_columns("logged"))
                       .where(hw.week == bindparam("current", type_=Integer)))
    now_at = {name: i + 2 for i, name in enumerate(selectors.values())}  # positions in this week's rows

    plan = [(t.rule.kind, t.rule.minutes, at[counted], at[required] if required else None,
             at[recent] if recent else None, at[met] if met else None,
             now_at[t.select], now_at[t.contact] if t.contact else None)
            for t, (counted, required, recent, met) in zip(tracked, keys)]
    return Queries(tracked, history, this_week,
                   (at["verified"], at["logged"], at["first_week"], at["weeks_active"]), plan)


def figures(program_id: int, rule_sets: list[RuleSet], categories: list[Category], today: date,
            trainee_ids: list[int] | None = None) -> tuple[list[Tracked], Iterator[tuple[int, Common, list[Figures]]]]:
    """The tracked rules, and (trainee id, common figures, figures per tracked rule) for every trainee with rows
    in the weekly rollup (of `trainee_ids` when given).

    Two queries: the history (every week, verified minutes, one row per trainee) and this week (logged minutes,
    one row per trainee, through the (program_id, week) index)."""
    queries = _queries(tuple(rule_sets), tuple(categories), trainee_ids is not None)
    current = week_index(today)
    params: dict[str, Any] = {"program_id": program_id, "pace_from": current - (PACE_WEEKS - 1), "current": current}
    if trainee_ids is not None:
        params["trainee_ids"] = list(trainee_ids)
    history = db.session.execute(queries.history, params).all()
    this_week = {row[0]: row for row in db.session.execute(queries.this_week, params).all()}

    def rows():
        v_i, l_i, f_i, a_i = queries.common
        for row in history:
            now = this_week.get(row[0])
            weeks_active = row[a_i]
            common = (row[v_i], row[l_i] - row[v_i], row[f_i], weeks_active, now[1] if now is not None else 0)
            per_rule = []
            for kind, minutes, c_i, r_i, p_i, m_i, s_i, n_i in queries.plan:
                if kind == TOTAL:
                    required = minutes
                elif kind == WEEKLY_AVERAGE:
                    required = minutes * weeks_active
                else:
                    required = row[r_i]
                per_rule.append((row[c_i], required, row[p_i] if p_i else 0, row[m_i] if m_i else 0,
                                 (now[s_i] or 0) if now is not None else 0,
                                 (now[n_i] or 0) if now is not None and n_i else 0))
            yield row[0], common, per_rule

    return queries.tracked, rows()


def aggregates(program_id: int, rule_sets: list[RuleSet], categories: list[Category], today: date,
               trainee_ids: list[int] | None = None) -> dict[int, dict[tuple[str, int], Aggregate]]:
    """trainee id -> (rule set code, rule position) -> Aggregate, for every trainee with rows in the rollup;
    `TOTALS` -> Aggregate(counted=verified minutes, recent=pending minutes)."""
    tracked, rows = figures(program_id, rule_sets, categories, today, trainee_ids)
    out: dict[int, dict[tuple[str, int], Aggregate]] = {}
    for trainee_id, (verified, pending, first_week, weeks_active, any_), per_rule in rows:
        found = {(t.rule_set.code, t.position): Aggregate(
            counted=counted, required=required, recent=recent, first_week=first_week, weeks_active=weeks_active,
            weeks_met=met, this_week=this_week, this_week_contact=contact, this_week_any=any_)
            for t, (counted, required, recent, met, this_week, contact) in zip(tracked, per_rule)}
        found[TOTALS] = Aggregate(counted=verified, recent=pending)
        out[trainee_id] = found
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
    tracked, rows = figures(program.id, rule_sets, list(categories.values()), today)
    found = {trainee_id: (common, per_rule) for trainee_id, common, per_rule in rows}
    waiting_entries, waiting_notes = _waiting(program.id, now)

    names = {c.code: c.name for c in categories.values()}
    checks = [RuleCheck(t.rule_set, t.rule, names) for t in tracked]
    weekly = [i for i, t in enumerate(tracked) if t.rule.kind in (WEEKLY_AVERAGE, WEEKLY_SUPERVISION)]
    spans = []  # (rule set code, first, last + 1) in `tracked`, which lists each set's rules together
    for rule_set in rule_sets:
        positions = [i for i, t in enumerate(tracked) if t.rule_set.code == rule_set.code]
        spans.append((rule_set.code, positions[0] if positions else 0, positions[-1] + 1 if positions else 0))
    nothing = ((0, 0, None, 0, 0), [(0, t.rule.minutes if t.rule.kind == TOTAL else 0, 0, 0, 0, 0) for t in tracked])

    out = []
    for trainee in trainees:
        (verified, pending, first_week, weeks_active, any_), per_rule = found.get(trainee.id, nothing)
        verdicts = [check.verdict(counted, required, recent, first_week, weeks_active, met, today)
                    for check, (counted, required, recent, met, _, _) in zip(checks, per_rule)]
        sets = {code: SetStatus.of(verdicts[start:end]) for code, start, end in spans}
        warnings = []
        if any_ > 0:
            for i in weekly:
                _, _, _, _, this_week, contact = per_rule[i]
                warning = checks[i].warning(this_week, contact, any_)
                if warning is not None:
                    warnings.append(warning)
        warnings.extend(waiting_messages(waiting_entries.get(trainee.id), waiting_notes.get(trainee.id), now))
        out.append(CohortRow(trainee, verified, pending, sets, warnings, list(zip(checks, verdicts))))
    return rule_sets, out


SORTS = ("name", "verified", "pending", "warnings")


def sort_rows(rows: list[CohortRow], key: str, descending: bool, rule_sets: list[RuleSet]) -> list[CohortRow]:
    """Sort by name, verified, pending, warnings, or `set:<code>` (the set's lowest percent) /
    `forecast:<code>` (the set's latest forecast date)."""
    keys = {
        "name": lambda r: (r.trainee.name.lower(), r.trainee.id),
        "verified": lambda r: (r.verified_minutes, r.trainee.name.lower()),
        "pending": lambda r: (r.pending_minutes, r.trainee.name.lower()),
        "warnings": lambda r: (len(r.warnings), r.trainee.name.lower()),
    }
    for rs in rule_sets:
        keys[f"set:{rs.code}"] = lambda r, code=rs.code: (r.sets[code].lowest, r.trainee.name.lower())
        keys[f"forecast:{rs.code}"] = lambda r, code=rs.code: (r.sets[code].latest_forecast or date.max,
                                                               r.trainee.name.lower())
    return sorted(rows, key=keys.get(key, keys["name"]), reverse=descending)


__all__ = ["CohortRow", "SetStatus", "aggregates", "cohort", "figures", "sort_rows"]
