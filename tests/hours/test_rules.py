"""The rule engine, pure: rule sets as data, weeks, weekly rules across week boundaries and time zones, forecasts.
No database, no app."""
from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta, timezone

import pytest

from supervision.hours.categories import DEFAULT_CATEGORIES
from supervision.hours.rules import (
    DEFAULT_RULE_SETS, PACE_WEEKS, Aggregate, Rule, RuleCheck, RuleError, RuleSet, Selector, _percent, aggregate,
    assess, default_rule_sets, describe, evaluate, forecast, local_today, monday_of, parse_rules, rule_to_json,
    week_index, week_start, week_warning, weeks_from_days,
)

CATS = DEFAULT_CATEGORIES
SETS = {rs.code: rs for rs in default_rule_sets()}
MON = date(2026, 11, 2)  # a Monday


def day(offset: int) -> date:
    return MON + timedelta(days=offset)


def weeks(*entries):
    """(day offset from MON, category, minutes) -> week -> category -> minutes"""
    return weeks_from_days((day(o), c, m) for o, c, m in entries)


def progress_of(rule_set, verified, today, logged=None):
    result = evaluate([rule_set], CATS, verified, logged or {}, today)
    return {p.rule: p for p in result.progress}, result.warnings


# --- weeks and days -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("d, expected_monday", [
    (date(2026, 11, 2), date(2026, 11, 2)),   # Monday
    (date(2026, 11, 8), date(2026, 11, 2)),   # Sunday: same week
    (date(2026, 11, 9), date(2026, 11, 9)),   # next Monday: next week
    (date(2000, 1, 3), date(2000, 1, 3)),     # the epoch
    (date(2000, 1, 2), date(1999, 12, 27)),   # before the epoch: floor, not truncation
    (date(2024, 2, 29), date(2024, 2, 26)),   # leap day
    (date(2027, 1, 1), date(2026, 12, 28)),   # a week across new year
])
def test_weeks_start_on_monday(d, expected_monday):
    assert monday_of(d) == expected_monday
    assert week_start(week_index(d)) == expected_monday
    assert week_index(d + timedelta(days=7)) == week_index(d) + 1


@pytest.mark.parametrize("instant, zone, expected", [
    # Monday 04:30 UTC is still Sunday evening in the Americas, already Monday in Europe and Asia.
    ("2026-11-09T04:30:00+00:00", "America/New_York", date(2026, 11, 8)),
    ("2026-11-09T04:30:00+00:00", "America/Los_Angeles", date(2026, 11, 8)),
    ("2026-11-09T04:30:00+00:00", "Europe/Berlin", date(2026, 11, 9)),
    ("2026-11-09T04:30:00+00:00", "Asia/Kolkata", date(2026, 11, 9)),
    # Sunday 23:30 in Honolulu is Monday 09:30 UTC.
    ("2026-11-09T09:30:00+00:00", "Pacific/Honolulu", date(2026, 11, 8)),
    ("2026-11-08T10:30:00+00:00", "Pacific/Kiritimati", date(2026, 11, 9)),  # UTC+14: Monday already
    # Daylight saving ends in the US on 2026-11-01 at 02:00: 05:30 UTC is 01:30 EDT → still Sunday.
    ("2026-11-01T05:30:00+00:00", "America/New_York", date(2026, 11, 1)),
])
def test_today_and_this_week_depend_on_the_programs_time_zone(instant, zone, expected):
    today = local_today(datetime.fromisoformat(instant), zone)
    assert today == expected
    assert week_index(today) == week_index(expected)


def test_the_same_instant_is_in_different_weeks_in_different_zones():
    instant = datetime(2026, 11, 9, 4, 30, tzinfo=timezone.utc)
    assert week_index(local_today(instant, "America/Chicago")) + 1 == week_index(local_today(instant, "Europe/Paris"))


# --- rule sets as data ----------------------------------------------------------------------------------------

KNOWN = [c.code for c in CATS]


@pytest.mark.parametrize("rules, problem", [
    ([], "non-empty list"),
    ("not a list", "non-empty list"),
    ([42], "must be an object"),
    ([{"kind": "bogus", "name": "x", "hours": 1}], "kind must be one of"),
    ([{"kind": "total", "name": "", "hours": 1}], "give it a name"),
    ([{"kind": "total", "name": "x" * 121, "hours": 1}], "give it a name"),
    ([{"kind": "total", "name": "x", "hours": 0}], "hours must be between"),
    ([{"kind": "total", "name": "x", "hours": -5}], "hours must be between"),
    ([{"kind": "total", "name": "x", "hours": "100"}], "hours must be a number"),
    ([{"kind": "total", "name": "x", "hours": True}], "hours must be a number"),
    ([{"kind": "total", "name": "x", "hours": float("nan")}], "hours must be a number"),
    ([{"kind": "total", "name": "x", "hours": 10**9}], "hours must be between"),
    ([{"kind": "total", "name": "x", "hours": 1, "groups": ["direkt"]}], "unknown group 'direkt'"),
    ([{"kind": "total", "name": "x", "hours": 1, "groups": "direct"}], "groups must be a list"),
    ([{"kind": "total", "name": "x", "hours": 1, "categories": ["napping"]}], "unknown category 'napping'"),
    ([{"kind": "total", "name": "x", "hours": 1, "minutes": 3}], "unknown field(s) minutes"),
    ([{"kind": "weekly_cap", "name": "cap", "hours": 40}], "at least one rule besides"),
    ([{"kind": "weekly_cap", "name": "a", "hours": 40}, {"kind": "weekly_cap", "name": "b", "hours": 30},
      {"kind": "total", "name": "t", "hours": 1}], "at most one weekly cap"),
    ([{"kind": "weekly_cap", "name": "cap", "hours": 40, "groups": ["direct"]}, {"kind": "total", "name": "t", "hours": 1}],
     "unknown field(s) groups"),
    ([{"kind": "weekly_supervision", "name": "w", "unit_hours": 1, "units": -1}], "units must be a whole number"),
    ([{"kind": "weekly_supervision", "name": "w", "unit_hours": 1, "extra_units": 1.5}], "extra_units must be"),
])
def test_invalid_rule_sets_are_refused_with_every_problem_named(rules, problem):
    with pytest.raises(RuleError) as caught:
        parse_rules(rules, known_codes=KNOWN)
    assert any(problem in p for p in caught.value.problems), caught.value.problems


def test_every_problem_is_reported_at_once():
    with pytest.raises(RuleError) as caught:
        parse_rules([{"kind": "total", "name": "", "hours": 0}, {"kind": "nope"}], known_codes=KNOWN)
    assert len(caught.value.problems) == 3


@pytest.mark.parametrize("data", [d["rules"] for d in DEFAULT_RULE_SETS] + [
    [{"kind": "total", "name": "Half hours", "hours": 12.5, "groups": ["direct", "supervision"],
      "categories": ["training"]}],
    [{"kind": "weekly_supervision", "name": "Plain", "unit_hours": 1.5, "units": 2}],
])
def test_rules_round_trip_through_json(data):
    rules = parse_rules(data, known_codes=KNOWN)
    assert parse_rules([rule_to_json(r) for r in rules], known_codes=KNOWN) == rules


def test_the_default_rule_sets_say_what_the_issue_asks():
    practicum, internship, board = SETS["cacrep_practicum"], SETS["cacrep_internship"], SETS["state_board"]
    assert [(r.kind, r.minutes, r.select.groups) for r in practicum.rules] == [
        ("total", 6000, ()), ("total", 2400, ("direct",))]
    assert [(r.kind, r.minutes) for r in internship.rules] == [
        ("total", 36000), ("total", 14400), ("weekly_average", 60), ("weekly_average", 90)]
    assert internship.rules[2].select.categories == ("individual_supervision",)
    assert internship.rules[3].select.categories == ("group_supervision",)
    assert board.weekly_cap == 40 * 60
    weekly = board.rules[-1]
    assert (weekly.minutes, weekly.units, weekly.extra_units, weekly.extra_over_minutes) == (60, 1, 1, 600)
    assert {r.name for r in board.tracked} == {"Total hours", "Direct hours", "Supervision", "Weekly supervision"}


def test_rules_are_described_in_plain_words():
    names = {c.code: c.name for c in CATS}
    sentences = [describe(r, names) for r in SETS["state_board"].rules]
    assert sentences[0] == "At least 3,000 h of all hours."
    assert sentences[1] == "At least 1,500 h of direct hours."
    assert sentences[3] == "At most 40 h in any one week count toward the totals."
    assert sentences[4] == ("Every week with hours: 1 × 1 h of supervision hours, plus 1 more in a week with over "
                            "10 h of direct hours.")
    assert describe(SETS["cacrep_internship"].rules[3], names) == (
        "On average at least 1 h 30 min a week of Group supervision, over the weeks with hours.")


def test_selectors_pick_categories_by_group_and_by_code():
    assert Selector().codes(CATS) == frozenset(KNOWN)
    assert Selector(("supervision",)).codes(CATS) == {"individual_supervision", "group_supervision"}
    assert Selector(("indirect",), ("group_supervision",)).codes(CATS) == {
        "consultation", "documentation", "training", "group_supervision"}


# --- each rule set, table-driven ------------------------------------------------------------------------------

TODAY = day(10)  # Wednesday of the second week

PRACTICUM_CASES = [
    # entries, {rule: (verified_minutes, percent, met)}
    ([], {"Total hours": (0, 0.0, False), "Direct hours": (0, 0.0, False)}),
    ([(0, "individual", 50 * 60)], {"Total hours": (3000, 50.0, False), "Direct hours": (3000, 100.0, True)}),
    ([(0, "documentation", 100 * 60)], {"Total hours": (6000, 100.0, True), "Direct hours": (0, 0.0, False)}),
    ([(0, "individual", 30 * 60), (1, "group_supervision", 60 * 60), (8, "intake", 10 * 60)],
     {"Total hours": (6000, 100.0, True), "Direct hours": (2400, 100.0, True)}),
    ([(0, "assessment", 39 * 60 + 59)], {"Direct hours": (2399, 100.0, False)}),  # percent rounds; "met" does not
]


@pytest.mark.parametrize("entries, expected", PRACTICUM_CASES)
def test_cacrep_practicum(entries, expected):
    progress, _ = progress_of(SETS["cacrep_practicum"], weeks(*entries), TODAY)
    for rule, (minutes, percent, met) in expected.items():
        p = progress[rule]
        assert (p.verified_minutes, p.percent, p.met) == (minutes, percent, met), rule


INTERNSHIP_CASES = [
    # Three weeks with hours; averages over those weeks, whatever the order of the days.
    ([(0, "individual", 600), (1, "individual_supervision", 60), (2, "group_supervision", 90),
      (7, "individual", 600), (8, "individual_supervision", 60), (9, "group_supervision", 90),
      (14, "individual", 600), (15, "individual_supervision", 60), (16, "group_supervision", 90)],
     {"Individual/triadic supervision": (180, 180, True, 3), "Group supervision": (270, 270, True, 3)}),
    # A skipped supervision is made up the next week: the average holds, one week is short.
    ([(0, "individual", 600), (7, "individual", 600), (8, "individual_supervision", 120),
      (1, "group_supervision", 90), (9, "group_supervision", 90)],
     {"Individual/triadic supervision": (120, 120, True, 1), "Group supervision": (180, 180, True, 2)}),
    # Too little group supervision: 2 h over 3 weeks against 4.5 h.
    ([(0, "group_supervision", 60), (7, "group_supervision", 60), (14, "individual", 50)],
     {"Group supervision": (120, 270, False, 0)}),
    # Weeks without any hours (a break) do not count against the average.
    ([(0, "individual_supervision", 60), (28, "individual_supervision", 60)],
     {"Individual/triadic supervision": (120, 120, True, 2)}),
    # Group supervision does not count as individual supervision, nor the other way round.
    ([(0, "group_supervision", 240)], {"Individual/triadic supervision": (0, 60, False, 0)}),
    # No hours at all: nothing is met yet.
    ([], {"Individual/triadic supervision": (0, 0, False, 0)}),
]


@pytest.mark.parametrize("entries, expected", INTERNSHIP_CASES)
def test_cacrep_internship_weekly_averages(entries, expected):
    progress, _ = progress_of(SETS["cacrep_internship"], weeks(*entries), day(20))
    for rule, (counted, required, met, weeks_met) in expected.items():
        p = progress[rule]
        assert (p.verified_minutes, p.required_minutes, p.met, p.weeks_met) == (counted, required, met, weeks_met), rule


def _board_week(offset, direct_hours, supervision_hours, extra=()):
    entries = [(offset, "individual", direct_hours * 60)] if direct_hours else []
    if supervision_hours:
        entries.append((offset + 1, "individual_supervision", supervision_hours * 60))
    return entries + list(extra)


BOARD_CASES = [
    # weeks: [(direct h, supervision h)], expected (weeks_met, weeks_active, counted, required)
    ([(8, 1)], (1, 1, 60, 60)),              # one unit a week: met
    ([(10, 1)], (1, 1, 60, 60)),             # exactly 10 h of contact is not "over 10": one unit is enough
    ([(11, 1)], (0, 1, 60, 120)),            # over 10 h: a second unit is needed
    ([(11, 2)], (1, 1, 120, 120)),
    ([(11, 3)], (1, 1, 120, 120)),           # a third unit is not credited beyond what the week asked
    ([(5, 0)], (0, 1, 0, 60)),               # a week with hours and no supervision
    ([(8, 1), (12, 1), (3, 2)], (2, 3, 60 + 60 + 60, 60 + 120 + 60)),
]


@pytest.mark.parametrize("plan, expected", BOARD_CASES)
def test_state_board_weekly_supervision(plan, expected):
    entries = [e for i, (d, s) in enumerate(plan) for e in _board_week(7 * i, d, s)]
    progress, _ = progress_of(SETS["state_board"], weeks(*entries), day(7 * len(plan) + 2))
    p = progress["Weekly supervision"]
    assert (p.weeks_met, p.weeks_active, p.verified_minutes, p.required_minutes) == expected
    assert p.met == (expected[0] == expected[1])


def test_state_board_caps_each_week_at_forty_hours():
    heavy = weeks((0, "individual", 30 * 60), (2, "group", 15 * 60), (3, "individual_supervision", 60))  # 46 h
    progress, _ = progress_of(SETS["state_board"], heavy, day(9))
    assert progress["Total hours"].verified_minutes == 40 * 60        # 46 h logged, 40 h count
    assert progress["Direct hours"].verified_minutes == 40 * 60       # 45 h direct, capped
    assert progress["Supervision"].verified_minutes == 60             # under the cap: all of it


# --- week boundaries ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("supervision_day, expected_met, expected_active", [
    (6, 1, 1),   # Sunday: the same week as the 12 h of contact → 2 units that week
    (7, 1, 2),   # the next Monday: the first week lacks its second unit; the next meets its own rule
])
def test_a_supervision_on_sunday_or_monday_belongs_to_different_weeks(supervision_day, expected_met, expected_active):
    entries = weeks((0, "individual", 12 * 60), (4, "individual_supervision", 60),
                    (supervision_day, "group_supervision", 60))
    progress, _ = progress_of(SETS["state_board"], entries, day(9))
    p = progress["Weekly supervision"]
    assert (p.weeks_met, p.weeks_active) == (expected_met, expected_active)


def test_the_weekly_cap_applies_per_week_not_across_a_boundary():
    # 45 h from Monday to Sunday is capped; the same 45 h from Wednesday to Tuesday spans two weeks and is not.
    within = weeks(*[(d, "individual", 9 * 60) for d in range(0, 5)])
    across = weeks(*[(d, "individual", 9 * 60) for d in range(2, 7)])
    spread = weeks(*[(d, "individual", 9 * 60) for d in (2, 3, 4, 7, 8)])
    total = lambda w: progress_of(SETS["state_board"], w, day(13))[0]["Total hours"].verified_minutes  # noqa: E731
    assert total(within) == 40 * 60
    assert total(across) == 40 * 60
    assert total(spread) == 45 * 60


# --- this week's warnings ------------------------------------------------------------------------------------

@pytest.mark.parametrize("logged, set_code, expected", [
    ({}, "cacrep_internship", []),                                      # nothing logged this week: no nagging
    ({"individual": 300}, "cacrep_internship",
     ["Individual/triadic supervision", "Group supervision"]),
    ({"individual": 300, "individual_supervision": 60}, "cacrep_internship", ["Group supervision"]),
    ({"individual": 300, "individual_supervision": 60, "group_supervision": 90}, "cacrep_internship", []),
    ({"individual": 300}, "state_board", ["Weekly supervision"]),
    ({"individual": 600, "individual_supervision": 60}, "state_board", []),
    ({"individual": 601, "individual_supervision": 60}, "state_board", ["Weekly supervision"]),  # over 10 h: 2 units
    ({"individual": 601, "group_supervision": 120}, "state_board", []),
    ({"individual": 600}, "cacrep_practicum", []),                       # no weekly rule in the practicum
])
def test_supervision_below_the_weekly_rule_this_week_is_warned(logged, set_code, expected):
    _, warnings = progress_of(SETS[set_code], {}, TODAY, logged)
    assert [w.rule.split(": ", 1)[1] for w in warnings] == expected
    assert all(w.code == "supervision_below_rule" for w in warnings)


def test_the_second_unit_warning_says_why():
    _, warnings = progress_of(SETS["state_board"], {}, TODAY, {"individual": 660, "individual_supervision": 60})
    assert warnings[0].message == ("This week: 1 h of supervision hours logged; State board (example) asks 2 h "
                                   "(over 10 h of client contact this week).")


# --- forecasts --------------------------------------------------------------------------------------------

def test_forecast_at_the_pace_of_the_last_twelve_weeks():
    today = day(7 * 20 + 2)  # a Wednesday, 20 weeks in
    history = [(7 * w, "individual", 600) for w in range(0, 21)]  # 10 h every week, this one included
    progress, _ = progress_of(SETS["state_board"], weeks(*history), today)
    p = progress["Total hours"]
    assert p.verified_minutes == 21 * 600
    window_days = 11 * 7 + 3
    per_day = PACE_WEEKS * 600 / window_days
    expected = today + timedelta(days=-(-(3000 * 60 - 21 * 600) // per_day))
    assert p.forecast_date == expected


@pytest.mark.parametrize("remaining, recent, first_week, expected", [
    (0, 600, 0, None),         # done
    (600, 0, 0, None),         # no recent hours: no pace
    (600, 600, None, None),    # no hours at all
])
def test_no_forecast_without_something_to_forecast(remaining, recent, first_week, expected):
    assert forecast(remaining, recent, first_week, TODAY) == expected


def test_a_new_trainee_is_forecast_from_their_first_week_not_twelve():
    today = day(8)  # Tuesday of the second week: 9 days since the first Monday
    fc = forecast(remaining=60 * 9, recent=60 * 9, first_week=week_index(MON), today=today)
    assert fc == today + timedelta(days=9)  # 9 h in 9 days: 1 h a day, not 9 h in 12 weeks


def test_met_requirements_have_no_forecast():
    progress, _ = progress_of(SETS["cacrep_practicum"], weeks((0, "individual", 6000)), TODAY)
    assert progress["Total hours"].met and progress["Total hours"].forecast_date is None


def test_assess_is_the_same_for_an_aggregate_from_anywhere():
    rule = Rule("total", "t", 600)
    rs = RuleSet("x", "X", (rule,))
    p = assess(rs, rule, Aggregate(counted=300, required=600, recent=300, first_week=week_index(MON),
                                   weeks_active=1), day(3))
    assert (p.percent, p.met, p.name) == (50.0, False, "X: t")
    assert p.forecast_date == day(3) + timedelta(days=4)


def test_python_aggregate_counts_only_the_rules_categories():
    rule = parse_rules([{"kind": "total", "name": "s", "hours": 1, "groups": ["supervision"]}])[0]
    agg = aggregate(rule, CATS, weeks((0, "individual", 100), (1, "group_supervision", 30)), {}, week_index(day(2)))
    assert (agg.counted, agg.weeks_active, agg.first_week) == (30, 1, week_index(MON))


# --- one check, many trainees (the cohort) --------------------------------------------------------------------

def _forecast_by_dates(remaining, recent, first_week, today):
    """The forecast as first written, with dates: the reference `forecast` (in day numbers) must equal."""
    if remaining <= 0 or first_week is None or recent <= 0:
        return None
    window_start = max(week_start(first_week), monday_of(today) - timedelta(weeks=PACE_WEEKS - 1))
    per_day = recent / ((today - window_start).days + 1)
    return today + timedelta(days=math.ceil(remaining / per_day))


def test_the_forecast_in_day_numbers_equals_the_forecast_in_dates():
    rng = random.Random(9)
    for _ in range(5000):
        today = date(1999, 6, 1) + timedelta(days=rng.randrange(0, 12000))  # before and after the epoch Monday
        first_week = week_index(today) - rng.randrange(0, 60)
        remaining, recent = rng.randrange(-10, 200_000), rng.randrange(-10, 20_000)
        assert forecast(remaining, recent, first_week, today) == _forecast_by_dates(remaining, recent, first_week,
                                                                                    today)


@pytest.mark.parametrize("have, need, expected", [
    (0, 0, 0.0), (5, 0, 100.0), (0, 600, 0.0), (599, 600, 99.8), (600, 600, 100.0), (601, 600, 100.0),
    (2399, 2400, 100.0),  # 99.96 rounds to 100.0: percent rounds, "met" does not
    (1, 3, 33.3), (2, 3, 66.7),
])
def test_percent(have, need, expected):
    assert _percent(have, need) == expected


def test_percent_at_or_past_the_requirement_is_what_the_formula_gives():
    rng = random.Random(4)
    for _ in range(5000):
        need = rng.randrange(1, 300_000)
        have = need + rng.randrange(0, 300_000)
        assert _percent(have, need) == min(100.0, round(100.0 * have / need, 1))


def test_one_rule_check_assesses_many_trainees_as_assess_does_each():
    names = {c.code: c.name for c in CATS}
    rng = random.Random(2)
    for rule_set in SETS.values():
        for rule in rule_set.tracked:
            check = RuleCheck(rule_set, rule, names)  # prepared once, asked many times
            for _ in range(200):
                agg = Aggregate(counted=rng.randrange(0, 200_000), required=rng.randrange(0, 200_000),
                                recent=rng.randrange(0, 5000), first_week=week_index(TODAY) - rng.randrange(0, 30),
                                weeks_active=rng.randrange(0, 30), weeks_met=rng.randrange(0, 30),
                                this_week=rng.randrange(0, 300), this_week_contact=rng.randrange(0, 1200),
                                this_week_any=rng.randrange(0, 2))
                verdict = check.verdict(agg.counted, agg.required, agg.recent, agg.first_week, agg.weeks_active,
                                        agg.weeks_met, TODAY)
                assert check.progress(verdict) == assess(rule_set, rule, agg, TODAY)
                assert (check.warning(agg.this_week, agg.this_week_contact, agg.this_week_any)
                        == week_warning(rule_set, rule, agg, names))
