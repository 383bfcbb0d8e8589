"""Hours requirements as data, and a small pure rule engine (no Flask, no database).

A program tracks several **rule sets** at once (CACREP practicum, CACREP internship, a state board...). A rule
set is a name and a list of rules, stored as JSON and edited by the director. Four kinds of rule:

``total``               at least N hours in total of the selected categories ("100 h", "40 h direct").
``weekly_average``      on average at least N hours a week of the selected categories, over the weeks in which
                        the trainee logged any verified hours ("1 h of individual/triadic supervision a week").
``weekly_supervision``  every week with hours: `units` supervision units of `unit_hours`, plus `extra_units`
                        more in a week with over `extra_over_hours` of client contact.
``weekly_cap``          at most N hours in any one week count toward the set's totals.

Rules select categories by group (``"groups": ["direct"]``) and/or by code (``"categories": [...]``); a rule
that selects nothing counts every category.

Weeks start on Monday. Entries carry a calendar date in the program's time zone (the day the activity
happened there), so a week is a plain range of dates; only "today" (hence "this week") depends on the zone,
and `local_today` is the one place that turns the current instant into the program's date.

Evaluation has two steps, so that the same numbers can come from Python (one trainee, here) or from SQL (the
director's cohort, `cohort.py`): `aggregate` reduces a trainee's weekly minutes to one `Aggregate` per rule,
and `assess` turns an aggregate into progress, a forecast and warnings. Progress counts verified minutes only;
the "this week" warnings count what was logged this week (verified or waiting for verification), since a
session that happened is a session that happened, whether or not it is signed yet.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from .categories import GROUPS, Category

TOTAL = "total"
WEEKLY_AVERAGE = "weekly_average"
WEEKLY_SUPERVISION = "weekly_supervision"
WEEKLY_CAP = "weekly_cap"
KINDS = (TOTAL, WEEKLY_AVERAGE, WEEKLY_SUPERVISION, WEEKLY_CAP)
WEEKLY_KINDS = (WEEKLY_AVERAGE, WEEKLY_SUPERVISION)

EPOCH_MONDAY = date(2000, 1, 3)  # week 0 starts on this Monday; any Monday would do
PACE_WEEKS = 12                  # the forecast extrapolates the pace of the last twelve weeks
MAX_RULE_HOURS = 100_000


class RuleError(ValueError):
    """A rule set's JSON is not valid; `problems` lists what is wrong, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


# --- weeks and days ----------------------------------------------------------------------------------------

def week_index(day: date) -> int:
    """The number of the Monday-start week holding `day` (week 0 starts on 2000-01-03)."""
    return (day - EPOCH_MONDAY).days // 7


def week_start(index: int) -> date:
    return EPOCH_MONDAY + timedelta(weeks=index)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def local_today(now: datetime, timezone: str) -> date:
    """The date it is in `timezone` at the instant `now` (timezone-aware)."""
    return now.astimezone(ZoneInfo(timezone)).date()


# --- rules as data -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Selector:
    """Which categories a rule counts: by group, by code, or (both empty) all of them."""

    groups: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()

    def codes(self, categories: Iterable[Category]) -> frozenset[str]:
        if not self.groups and not self.categories:
            return frozenset(c.code for c in categories)
        return frozenset(c.code for c in categories if c.group in self.groups or c.code in self.categories)

    def describe(self, names: Mapping[str, str] | None = None) -> str:
        if not self.groups and not self.categories:
            return "all hours"
        parts = [f"{g} hours" for g in self.groups]
        parts += [(names or {}).get(code, code) for code in self.categories]
        return " and ".join(parts)

    @property
    def single_group(self) -> str | None:
        return self.groups[0] if len(self.groups) == 1 and not self.categories else None


@dataclass(frozen=True)
class Rule:
    kind: str
    name: str
    minutes: int  # total: required; weekly_average: per week; weekly_cap: cap a week; weekly_supervision: a unit
    select: Selector = field(default_factory=Selector)
    contact: Selector = field(default_factory=Selector)  # weekly_supervision: what counts as client contact
    units: int = 1
    extra_units: int = 0
    extra_over_minutes: int | None = None

    def required_in_week(self, contact_minutes: int) -> int:
        """weekly_supervision: the supervision minutes a week with `contact_minutes` of client contact needs."""
        extra = self.extra_units if self.extra_over_minutes is not None and contact_minutes > self.extra_over_minutes else 0
        return self.minutes * (self.units + extra)


@dataclass(frozen=True)
class RuleSet:
    code: str
    name: str
    rules: tuple[Rule, ...]

    @property
    def weekly_cap(self) -> int | None:
        caps = [r.minutes for r in self.rules if r.kind == WEEKLY_CAP]
        return min(caps) if caps else None

    @property
    def tracked(self) -> tuple[Rule, ...]:
        """The rules that have progress (every kind but the cap, which only shapes the totals)."""
        return tuple(r for r in self.rules if r.kind != WEEKLY_CAP)


def _hours_to_minutes(value, where: str, problems: list[str], *, allow_zero: bool = False) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        problems.append(f"{where}: hours must be a number.")
        return 0
    minutes = round(value * 60)
    if minutes < (0 if allow_zero else 1) or value > MAX_RULE_HOURS:
        problems.append(f"{where}: hours must be between {'0' if allow_zero else '1 minute'} and {MAX_RULE_HOURS:,}.")
    return minutes


def _selector(data: Mapping, prefix: str, where: str, problems: list[str], known_codes) -> Selector:
    groups = data.get(f"{prefix}groups", [])
    codes = data.get(f"{prefix}categories", [])
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
        problems.append(f"{where}: {prefix}groups must be a list of group names.")
        groups = []
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        problems.append(f"{where}: {prefix}categories must be a list of category codes.")
        codes = []
    for g in groups:
        if g not in GROUPS:
            problems.append(f"{where}: unknown group {g!r} (use {', '.join(GROUPS)}).")
    if known_codes is not None:
        for code in codes:
            if code not in known_codes:
                problems.append(f"{where}: unknown category {code!r}.")
    return Selector(tuple(dict.fromkeys(groups)), tuple(dict.fromkeys(codes)))


RULE_KEYS = {
    TOTAL: {"kind", "name", "hours", "groups", "categories"},
    WEEKLY_AVERAGE: {"kind", "name", "hours", "groups", "categories"},
    WEEKLY_CAP: {"kind", "name", "hours"},
    WEEKLY_SUPERVISION: {"kind", "name", "unit_hours", "units", "extra_units", "extra_over_hours", "groups",
                         "categories", "contact_groups", "contact_categories"},
}


def parse_rules(data, *, known_codes: Iterable[str] | None = None) -> tuple[Rule, ...]:
    """Rules from their JSON form (a list of objects). Raises RuleError listing every problem."""
    known = frozenset(known_codes) if known_codes is not None else None
    problems: list[str] = []
    if not isinstance(data, list) or not data:
        raise RuleError(["A rule set is a non-empty list of rules."])
    rules = []
    for i, item in enumerate(data, start=1):
        where = f"rule {i}"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be an object.")
            continue
        kind = item.get("kind")
        if kind not in KINDS:
            problems.append(f"{where}: kind must be one of {', '.join(KINDS)}.")
            continue
        name = item.get("name")
        if not isinstance(name, str) or not name.strip() or len(name) > 120:
            problems.append(f"{where}: give it a name (at most 120 characters).")
            name = ""
        unknown = set(item) - RULE_KEYS[kind]
        if unknown:
            problems.append(f"{where}: unknown field(s) {', '.join(sorted(unknown))} for a {kind} rule.")
        select = _selector(item, "", where, problems, known) if kind != WEEKLY_CAP else Selector()
        if kind == WEEKLY_SUPERVISION:
            contact = _selector(item, "contact_", where, problems, known)
            if not contact.groups and not contact.categories:
                contact = Selector(("direct",))
            units, extra_units = item.get("units", 1), item.get("extra_units", 0)
            for label, value in (("units", units), ("extra_units", extra_units)):
                if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 50:
                    problems.append(f"{where}: {label} must be a whole number from 0 to 50.")
            threshold = item.get("extra_over_hours")
            over = None if threshold is None else _hours_to_minutes(threshold, where, problems, allow_zero=True)
            rules.append(Rule(kind, (name or "").strip(), _hours_to_minutes(item.get("unit_hours", 1), where, problems),
                              select, contact, units if isinstance(units, int) else 1,
                              extra_units if isinstance(extra_units, int) else 0, over))
        else:
            rules.append(Rule(kind, (name or "").strip(), _hours_to_minutes(item.get("hours"), where, problems), select))
    if sum(1 for r in rules if r.kind == WEEKLY_CAP) > 1:
        problems.append("A rule set has at most one weekly cap.")
    if rules and all(r.kind == WEEKLY_CAP for r in rules):
        problems.append("A rule set needs at least one rule besides the weekly cap.")
    if problems:
        raise RuleError(problems)
    return tuple(rules)


def _hours_value(minutes: int) -> int | float:
    hours = minutes / 60
    return int(hours) if hours == int(hours) else round(hours, 4)


def rule_to_json(rule: Rule) -> dict:
    """The JSON form `parse_rules` reads back (round-trips)."""
    data: dict = {"kind": rule.kind, "name": rule.name}
    if rule.kind == WEEKLY_SUPERVISION:
        data["unit_hours"] = _hours_value(rule.minutes)
        data["units"] = rule.units
        if rule.extra_units:
            data["extra_units"] = rule.extra_units
        if rule.extra_over_minutes is not None:
            data["extra_over_hours"] = _hours_value(rule.extra_over_minutes)
        if rule.contact.groups:
            data["contact_groups"] = list(rule.contact.groups)
        if rule.contact.categories:
            data["contact_categories"] = list(rule.contact.categories)
    else:
        data["hours"] = _hours_value(rule.minutes)
    if rule.select.groups:
        data["groups"] = list(rule.select.groups)
    if rule.select.categories:
        data["categories"] = list(rule.select.categories)
    return data


def _h(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    if not h and m:
        return f"{m} min"
    return f"{h:,} h {m:02d} min" if m else f"{h:,} h"


def describe(rule: Rule, names: Mapping[str, str] | None = None) -> str:
    """The rule in one plain sentence, for people."""
    what = rule.select.describe(names)
    if rule.kind == TOTAL:
        return f"At least {_h(rule.minutes)} of {what}."
    if rule.kind == WEEKLY_AVERAGE:
        return f"On average at least {_h(rule.minutes)} a week of {what}, over the weeks with hours."
    if rule.kind == WEEKLY_CAP:
        return f"At most {_h(rule.minutes)} in any one week count toward the totals."
    text = f"Every week with hours: {rule.units} × {_h(rule.minutes)} of {what}"
    if rule.extra_units and rule.extra_over_minutes is not None:
        text += (f", plus {rule.extra_units} more in a week with over {_h(rule.extra_over_minutes)} of "
                 f"{rule.contact.describe(names)}")
    return text + "."


def _rs(code: str, name: str, rules: list[dict]) -> dict:
    return {"code": code, "name": name, "rules": rules}


DEFAULT_RULE_SETS: tuple[dict, ...] = (
    _rs("cacrep_practicum", "CACREP practicum", [
        {"kind": TOTAL, "name": "Total hours", "hours": 100},
        {"kind": TOTAL, "name": "Direct hours", "hours": 40, "groups": ["direct"]},
    ]),
    _rs("cacrep_internship", "CACREP internship", [
        {"kind": TOTAL, "name": "Total hours", "hours": 600},
        {"kind": TOTAL, "name": "Direct hours", "hours": 240, "groups": ["direct"]},
        {"kind": WEEKLY_AVERAGE, "name": "Individual/triadic supervision", "hours": 1,
         "categories": ["individual_supervision"]},
        {"kind": WEEKLY_AVERAGE, "name": "Group supervision", "hours": 1.5, "categories": ["group_supervision"]},
    ]),
    _rs("state_board", "State board (example)", [
        {"kind": TOTAL, "name": "Total hours", "hours": 3000},
        {"kind": TOTAL, "name": "Direct hours", "hours": 1500, "groups": ["direct"]},
        {"kind": TOTAL, "name": "Supervision", "hours": 100, "groups": ["supervision"]},
        {"kind": WEEKLY_CAP, "name": "At most 40 hours a week", "hours": 40},
        {"kind": WEEKLY_SUPERVISION, "name": "Weekly supervision", "unit_hours": 1, "units": 1, "extra_units": 1,
         "extra_over_hours": 10, "groups": ["supervision"], "contact_groups": ["direct"]},
    ]),
)


def default_rule_sets() -> tuple[RuleSet, ...]:
    return tuple(RuleSet(d["code"], d["name"], parse_rules(d["rules"])) for d in DEFAULT_RULE_SETS)


# --- step 1: aggregate -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Aggregate:
    """What one rule needs to know of one trainee's hours. `cohort.py` computes the same numbers in SQL.

    counted          minutes that count (total: sum of weeks, each capped; weekly_average: sum;
                     weekly_supervision: per week, supervision up to what that week required)
    required         weekly rules: minutes required over the active weeks (total rules: the rule's minutes)
    recent           total rules: counted minutes in weeks >= current week - (PACE_WEEKS - 1)
    first_week       the first week with verified minutes of any category (None: no hours yet)
    weeks_active     weeks with verified minutes of any category
    weeks_met        weekly rules: active weeks in which the week's rule was met
    this_week        minutes of the rule's categories logged this week (verified or pending)
    this_week_contact  weekly_supervision: client-contact minutes logged this week
    this_week_any    minutes of any category logged this week
    """

    counted: int = 0
    required: int = 0
    recent: int = 0
    first_week: int | None = None
    weeks_active: int = 0
    weeks_met: int = 0
    this_week: int = 0
    this_week_contact: int = 0
    this_week_any: int = 0


Weeks = Mapping[int, Mapping[str, int]]  # week index -> category code -> minutes


def _sum(minutes: Mapping[str, int], codes: frozenset[str]) -> int:
    return sum(m for code, m in minutes.items() if code in codes)


def aggregate(rule: Rule, categories: Iterable[Category], verified: Weeks, logged_this_week: Mapping[str, int],
              current_week: int, *, weekly_cap: int | None = None) -> Aggregate:
    """One rule's aggregate of one trainee's verified minutes by week, and what was logged this week."""
    categories = tuple(categories)
    codes = rule.select.codes(categories)
    active = {w: m for w, m in verified.items() if sum(m.values()) > 0}
    first_week = min(active) if active else None
    pace_from = current_week - (PACE_WEEKS - 1)
    this_week = _sum(logged_this_week, codes)
    this_week_any = sum(logged_this_week.values())
    base = dict(first_week=first_week, weeks_active=len(active), this_week=this_week, this_week_any=this_week_any)
    if rule.kind == TOTAL:
        counted = recent = 0
        for week, minutes in active.items():
            value = _sum(minutes, codes)
            if weekly_cap is not None:
                value = min(value, weekly_cap)
            counted += value
            if week >= pace_from:
                recent += value
        return Aggregate(counted=counted, required=rule.minutes, recent=recent, **base)
    if rule.kind == WEEKLY_AVERAGE:
        counted = sum(_sum(m, codes) for m in active.values())
        met = sum(1 for m in active.values() if _sum(m, codes) >= rule.minutes)
        return Aggregate(counted=counted, required=rule.minutes * len(active), weeks_met=met, **base)
    if rule.kind == WEEKLY_SUPERVISION:
        contact_codes = rule.contact.codes(categories)
        counted = required = met = 0
        for minutes in active.values():
            need = rule.required_in_week(_sum(minutes, contact_codes))
            have = _sum(minutes, codes)
            counted += min(have, need)
            required += need
            met += have >= need
        return Aggregate(counted=counted, required=required, weeks_met=met,
                         this_week_contact=_sum(logged_this_week, contact_codes), **base)
    raise ValueError(f"a {rule.kind} rule has no progress of its own")


def weeks_from_days(days: Iterable[tuple[date, str, int]]) -> dict[int, dict[str, int]]:
    """(date, category, minutes) rows to week -> category -> minutes."""
    weeks: dict[int, dict[str, int]] = {}
    for day, code, minutes in days:
        bucket = weeks.setdefault(week_index(day), {})
        bucket[code] = bucket.get(code, 0) + int(minutes)
    return weeks


# --- step 2: assess ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Progress:
    rule_set: str
    rule_set_code: str
    rule: str
    kind: str
    required_minutes: int
    verified_minutes: int
    percent: float
    met: bool
    forecast_date: date | None
    group: str | None
    weekly_minutes: int | None = None
    weeks_active: int = 0
    weeks_met: int = 0

    @property
    def name(self) -> str:
        return f"{self.rule_set}: {self.rule}"


@dataclass(frozen=True)
class Warning:
    code: str      # supervision_below_rule | entries_waiting | notes_waiting
    message: str
    rule: str | None = None


def _percent(have: int, need: int) -> float:
    if need <= 0:
        return 100.0 if have > 0 else 0.0
    if have >= need:  # what the formula gives (a quotient of at least 100, capped), without rounding a float
        return 100.0
    return min(100.0, round(100.0 * have / need, 1))


def forecast(remaining: int, recent: int, first_week: int | None, today: date) -> date | None:
    """The date the remaining minutes are done at the pace of the last PACE_WEEKS weeks (or since the first
    week with hours, when that is later). None when there is no pace to extrapolate."""
    if remaining <= 0 or first_week is None or recent <= 0:
        return None
    # In days since EPOCH_MONDAY: plain integers, as the cohort asks this of every trainee and total rule.
    day = (today - EPOCH_MONDAY).days
    window_start = max(first_week, day // 7 - (PACE_WEEKS - 1)) * 7
    per_day = recent / (day - window_start + 1)
    return today + timedelta(days=math.ceil(remaining / per_day))


class Verdict(NamedTuple):
    """One rule's outcome for one trainee: the figures of its `Progress`, without the rule's own labels."""

    verified_minutes: int
    required_minutes: int
    percent: float
    met: bool
    forecast_date: date | None
    weeks_active: int
    weeks_met: int


class RuleCheck:
    """One rule of one rule set, prepared once to assess many trainees: its labels, the words for what it counts
    and its weekly figures do not depend on the trainee, so the cohort (one check per trainee and rule) works
    them out once per rule rather than once per trainee. `assess`, `week_warning` and `evaluate` use it too, so
    there is one implementation of the rules' second step."""

    __slots__ = ("rule_set", "rule", "label", "what", "_labels")

    def __init__(self, rule_set: RuleSet, rule: Rule, names: Mapping[str, str] | None = None) -> None:
        self.rule_set = rule_set
        self.rule = rule
        self.label = f"{rule_set.name}: {rule.name}"
        self.what = rule.select.describe(names)
        weekly = None
        if rule.kind != TOTAL:
            weekly = rule.minutes if rule.kind == WEEKLY_AVERAGE else rule.minutes * rule.units
        self._labels = dict(rule_set=rule_set.name, rule_set_code=rule_set.code, rule=rule.name, kind=rule.kind,
                            group=rule.select.single_group, weekly_minutes=weekly)

    def verdict(self, counted: int, required: int, recent: int, first_week: int | None, weeks_active: int,
                weeks_met: int, today: date) -> Verdict:
        """Progress from the figures of an `Aggregate` (passed one by one: the cohort has them as plain values)."""
        rule = self.rule
        if rule.kind == TOTAL:
            met = counted >= rule.minutes
            return Verdict(counted, rule.minutes, _percent(counted, rule.minutes), met,
                           None if met else forecast(rule.minutes - counted, recent, first_week, today),
                           weeks_active, 0)
        if rule.kind == WEEKLY_SUPERVISION:
            met = weeks_active > 0 and weeks_met == weeks_active
        else:
            met = weeks_active > 0 and counted >= required
        return Verdict(counted, required, _percent(counted, required), met, None, weeks_active, weeks_met)

    def progress(self, verdict: Verdict) -> Progress:
        return Progress(required_minutes=verdict.required_minutes, verified_minutes=verdict.verified_minutes,
                        percent=verdict.percent, met=verdict.met, forecast_date=verdict.forecast_date,
                        weeks_active=verdict.weeks_active, weeks_met=verdict.weeks_met, **self._labels)

    def warning(self, this_week: int, this_week_contact: int, this_week_any: int) -> Warning | None:
        """A warning when, this week, the trainee logged hours but less supervision than the weekly rule asks."""
        rule = self.rule
        if rule.kind not in WEEKLY_KINDS or this_week_any <= 0:
            return None
        need = rule.minutes if rule.kind == WEEKLY_AVERAGE else rule.required_in_week(this_week_contact)
        if this_week >= need:
            return None
        extra = ""
        if rule.kind == WEEKLY_SUPERVISION and need > rule.minutes * rule.units:
            extra = f" (over {_h(rule.extra_over_minutes or 0)} of client contact this week)"
        return Warning("supervision_below_rule", f"This week: {_h(this_week)} of {self.what} logged; "
                       f"{self.rule_set.name} asks {_h(need)}{extra}.", rule=self.label)


def assess(rule_set: RuleSet, rule: Rule, agg: Aggregate, today: date) -> Progress:
    check = RuleCheck(rule_set, rule)
    return check.progress(check.verdict(agg.counted, agg.required, agg.recent, agg.first_week, agg.weeks_active,
                                        agg.weeks_met, today))


def week_warning(rule_set: RuleSet, rule: Rule, agg: Aggregate, names: Mapping[str, str] | None = None) -> Warning | None:
    """A warning when, this week, the trainee logged hours but less supervision than the weekly rule asks."""
    return RuleCheck(rule_set, rule, names).warning(agg.this_week, agg.this_week_contact, agg.this_week_any)


@dataclass(frozen=True)
class Evaluation:
    progress: tuple[Progress, ...]
    warnings: tuple[Warning, ...]


def evaluate(rule_sets: Iterable[RuleSet], categories: Iterable[Category], verified: Weeks,
             logged_this_week: Mapping[str, int], today: date) -> Evaluation:
    """Progress toward every rule of every set, and this week's supervision warnings, for one trainee."""
    categories = tuple(categories)
    names = {c.code: c.name for c in categories}
    current = week_index(today)
    progress, warnings = [], []
    for rule_set in rule_sets:
        for rule in rule_set.tracked:
            agg = aggregate(rule, categories, verified, logged_this_week, current, weekly_cap=rule_set.weekly_cap)
            check = RuleCheck(rule_set, rule, names)
            progress.append(check.progress(check.verdict(agg.counted, agg.required, agg.recent, agg.first_week,
                                                         agg.weeks_active, agg.weeks_met, today)))
            warning = check.warning(agg.this_week, agg.this_week_contact, agg.this_week_any)
            if warning is not None:
                warnings.append(warning)
    return Evaluation(tuple(progress), tuple(warnings))
