"""Hours services: logging, verifying one by one and in bulk, rejecting with a reason, the logged reopen, the
program's configuration, the weekly rollup, and the cohort's SQL agreeing with the Python rule engine."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from supervision.audit import AuditEvent
from supervision.enums import HoursStatus
from supervision.errors import InvalidTransition, PermissionDenied, ValidationFailed
from supervision.extensions import db
from supervision.hours import services as hours
from supervision.hours.cohort import aggregates, cohort
from supervision.hours.models import HoursCategory, HoursEntry, HoursWeek, RequirementSet
from supervision.hours.rules import aggregate, week_index
from supervision.hours.services import StaleEntry
from supervision.notifications.models import Notification
from tests import factories
from tests.hours.conftest import commit, log


def audit_events(action: str) -> list[AuditEvent]:
    return list(db.session.execute(select(AuditEvent).where(AuditEvent.action == action)
                                   .order_by(AuditEvent.id)).scalars())


def notifications(user) -> list[str]:
    return list(db.session.execute(select(Notification.message).where(Notification.user_id == user.id)
                                   .order_by(Notification.id)).scalars())


# --- the program's configuration -------------------------------------------------------------------------------

def test_a_new_program_gets_the_default_categories_and_rule_sets(world):
    codes = db.session.execute(select(HoursCategory.code).where(HoursCategory.program_id == world.program.id)
                               .order_by(HoursCategory.position)).scalars().all()
    assert codes[:3] == ["individual", "couple_family", "group"] and len(codes) == 10
    sets = db.session.execute(select(RequirementSet.code).where(RequirementSet.program_id == world.program.id)).scalars()
    assert set(sets) == {"cacrep_practicum", "cacrep_internship", "state_board"}


def test_a_program_without_rows_reads_the_defaults_and_gets_rows_on_the_first_change(world):
    db.session.execute(HoursCategory.__table__.delete().where(HoursCategory.program_id == world.program.id))
    db.session.execute(RequirementSet.__table__.delete().where(RequirementSet.program_id == world.program.id))
    assert [c.code for c in hours.program_categories(world.program.id)][:2] == ["individual", "couple_family"]
    assert len(hours.program_rule_sets(world.program.id)) == 3
    hours.update_category(world.director, "training", name="Didactic training", group="indirect", aapi="Support",
                          active=True)
    rows = db.session.execute(select(func.count()).select_from(HoursCategory)
                              .where(HoursCategory.program_id == world.program.id)).scalar_one()
    assert rows == 10
    assert hours.category_map(world.program.id)["training"].name == "Didactic training"


def test_only_a_director_configures(world):
    for person in (world.trainee, world.supervisor):
        with pytest.raises(PermissionDenied):
            hours.add_category(person, code="x_y", name="X", group="direct", aapi="Intervention")
        with pytest.raises(PermissionDenied):
            hours.save_rule_set(person, code=None, name="X", rules=[{"kind": "total", "name": "t", "hours": 1}])


def test_categories_are_added_checked_and_deactivated(world, today):
    row = hours.add_category(world.director, code="", name="Sand tray therapy", group="direct", aapi="Intervention")
    assert row.code == "sand_tray_therapy"
    with pytest.raises(ValidationFailed) as caught:
        hours.add_category(world.director, code="sand_tray_therapy", name="Again", group="nope", aapi="Fun")
    assert set(caught.value.fields) == {"code", "group", "aapi"}
    log(world.trainee, today, "sand_tray_therapy")
    hours.update_category(world.director, "sand_tray_therapy", name="Sand tray", group="direct", aapi="Intervention",
                          active=False)
    with pytest.raises(ValidationFailed) as caught:
        log(world.trainee, today, "sand_tray_therapy")
    assert "category" in caught.value.fields
    assert [e.data["code"] for e in audit_events("hours.category_updated")] == ["sand_tray_therapy"]
    # Another program never sees it.
    assert "sand_tray_therapy" not in hours.category_map(world.other_program.id)


def test_rule_sets_are_saved_from_json_with_every_problem_named(world):
    with pytest.raises(ValidationFailed) as caught:
        hours.save_rule_set(world.director, code=None, name="", rules="[{]")
    assert set(caught.value.fields) == {"name", "rules"}
    with pytest.raises(ValidationFailed) as caught:
        hours.save_rule_set(world.director, code=None, name="Mine",
                            rules='[{"kind": "total", "name": "x", "hours": 1, "categories": ["napping"]}]')
    assert caught.value.fields["rules"] == ["rule 1: unknown category 'napping'."]
    row = hours.save_rule_set(world.director, code=None, name="Practicum (state)",
                              rules='[{"kind": "total", "name": "Total", "hours": 150.5}]')
    assert row.code == "practicum_state" and row.rules == [{"kind": "total", "name": "Total", "hours": 150.5}]
    hours.save_rule_set(world.director, code="cacrep_practicum", name="CACREP practicum",
                        rules=[{"kind": "total", "name": "Total hours", "hours": 100}], active=False)
    tracked = [rs.code for rs in hours.program_rule_sets(world.program.id)]
    assert "cacrep_practicum" not in tracked and "practicum_state" in tracked
    assert [e.data["code"] for e in audit_events("hours.requirements_saved")] == ["practicum_state", "cacrep_practicum"]


# --- logging -----------------------------------------------------------------------------------------------

def test_a_trainee_logs_hours_that_wait_for_verification(world, today):
    entry = log(world.trainee, today, "group_supervision", 90, description="Group case consultation, C-014")
    assert entry.status == HoursStatus.PENDING and entry.source == "manual" and entry.version == 1
    assert [e.action for e in entry.events] == ["logged"]
    event = audit_events("hours.logged")[-1]
    assert event.data == {"minutes": 90, "category": "group_supervision", "date": today.isoformat()}
    assert "C-014" not in str(event.data)  # descriptions are free text: never in the audit log
    assert notifications(world.supervisor) == ["Tara Trainee logged an hours entry (1 h 30 min) to verify."]
    assert notifications(world.supervisor2) == []  # not Tara's supervisor


@pytest.mark.parametrize("who", ["supervisor", "director", "other_director"])
def test_only_trainees_log_hours(world, today, who):
    with pytest.raises(PermissionDenied):
        log(getattr(world, who), today)


@pytest.mark.parametrize("fields, bad", [
    ({"date": "2026-13-01"}, "date"),
    ({"date": "yesterday"}, "date"),
    ({"date": date(1999, 12, 31)}, "date"),
    ({"date": datetime(2026, 1, 1, tzinfo=timezone.utc)}, "date"),
    ({"minutes": 0}, "minutes"),
    ({"minutes": 24 * 60 + 1}, "minutes"),
    ({"minutes": 1.5}, "minutes"),
    ({"minutes": True}, "minutes"),
    ({"minutes": "ninety"}, "minutes"),
    ({"category": "napping"}, "category"),
    ({"category": None}, "category"),
    ({"description": "x" * 501}, "description"),
    ({"description": "a\x00b"}, "description"),
    ({"description": ["list"]}, "description"),
])
def test_entries_are_checked(world, today, fields, bad):
    values = {"date": today, "minutes": 60, "category": "individual_supervision", "description": ""}
    values.update(fields)
    with pytest.raises(ValidationFailed) as caught:
        hours.log_hours(world.trainee, **values)
    assert bad in caught.value.fields


def test_a_day_holds_at_most_twenty_four_hours(world, today):
    log(world.trainee, today, "individual", 20 * 60)
    rejected = log(world.trainee, today, "documentation", 60, status="rejected", supervisor=world.supervisor)
    assert rejected.status == HoursStatus.REJECTED  # rejected minutes do not count toward the day
    log(world.trainee, today, "documentation", 4 * 60)
    with pytest.raises(ValidationFailed) as caught:
        log(world.trainee, today, "documentation", 1)
    assert "24 hours" in caught.value.fields["minutes"][0]
    log(world.trainee2, today, "documentation", 60)  # another trainee's day is their own


@pytest.mark.parametrize("zone, accepted", [("America/New_York", False), ("Europe/Berlin", True)])
def test_the_future_starts_at_midnight_in_the_programs_time_zone(world, clock, zone, accepted):
    world.program.timezone = zone
    clock.current = datetime(2026, 11, 9, 4, 30, tzinfo=timezone.utc)  # Sunday night in New York, Monday in Berlin
    if accepted:
        assert log(world.trainee, date(2026, 11, 9)).date == date(2026, 11, 9)
    else:
        with pytest.raises(ValidationFailed, match="correct"):
            log(world.trainee, date(2026, 11, 9))


def test_the_weekly_grid_logs_a_week_at_once_or_nothing(world, monday, today):
    cells = {("individual_supervision", monday): 60, ("documentation", monday): "45"}
    entries = hours.log_week(world.trainee, monday=monday, cells=cells, description="")
    assert sorted((e.category, e.minutes) for e in entries) == [("documentation", 45), ("individual_supervision", 60)]
    assert len(notifications(world.supervisor)) == 1  # one notification for the whole grid
    with pytest.raises(ValidationFailed) as caught:
        hours.log_week(world.trainee, monday=monday, cells={("training", monday): 60, ("napping", monday): 30,
                                                             ("training", monday - timedelta(days=1)): 30})
    assert set(caught.value.fields) == {f"napping:{monday.isoformat()}",
                                        f"training:{(monday - timedelta(days=1)).isoformat()}"}
    assert db.session.execute(select(func.count()).select_from(HoursEntry)).scalar_one() == 2
    with pytest.raises(ValidationFailed):
        hours.log_week(world.trainee, monday=monday + timedelta(days=1), cells={})
    with pytest.raises(ValidationFailed):  # two cells of one day add up beyond 24 hours
        hours.log_week(world.trainee, monday=monday, cells={("individual", monday): 23 * 60, ("group", monday): 60})


# --- verification ---------------------------------------------------------------------------------------------

def test_an_assigned_supervisor_verifies_one_entry(world, today, clock):
    entry = log(world.trainee, today)
    clock.advance(minutes=5)
    hours.verify_hours(entry, world.supervisor, version=1)
    assert entry.status == HoursStatus.VERIFIED
    assert (entry.verified_by_id, entry.verified_at) == (world.supervisor.id, clock.now())
    assert [e.action for e in entry.events] == ["logged", "verified"]
    assert audit_events("hours.verified")[-1].data == {"source": "manual", "minutes": 60}
    with pytest.raises(InvalidTransition):
        hours.verify_hours(entry, world.supervisor)


@pytest.mark.parametrize("who", ["trainee", "supervisor2", "director", "other_director", "trainee2"])
def test_nobody_else_verifies(world, today, who):
    entry = log(world.trainee, today)
    for action in (lambda: hours.verify_hours(entry, getattr(world, who)),
                   lambda: hours.reject_hours(entry, getattr(world, who), reason="No."),
                   lambda: hours.verify_many(getattr(world, who), [entry.id])):
        with pytest.raises(PermissionDenied):
            action()
    assert entry.status == HoursStatus.PENDING


def test_an_ended_assignment_ends_the_right_to_verify(world, today, clock):
    entry = log(world.trainee, today)
    commit()
    from supervision.programs.services import end_assignment
    from supervision.programs.models import SupervisionAssignment

    assignment = db.session.execute(select(SupervisionAssignment).where(
        SupervisionAssignment.trainee_id == world.trainee.id)).scalar_one()
    end_assignment(world.director, assignment)
    with pytest.raises(PermissionDenied):
        hours.verify_hours(entry, world.supervisor)


def test_a_stale_version_is_refused(world, today):
    entry = log(world.trainee, today)
    hours.update_entry(entry, world.trainee, version=1, minutes=45)
    with pytest.raises(StaleEntry):
        hours.verify_hours(entry, world.supervisor, version=1)
    hours.verify_hours(entry, world.supervisor, version=2)


def test_rejection_needs_a_reason_the_trainee_reads_and_a_correction_resubmits(world, today, clock):
    entry = log(world.trainee, today, "consultation", 30)
    for reason in ("", "  ", "no", None, "x" * 1001):
        with pytest.raises(ValidationFailed):
            hours.reject_hours(entry, world.supervisor, reason=reason)
    hours.reject_hours(entry, world.supervisor, reason="This was a staff meeting, not a consultation.")
    assert (entry.status, entry.rejected_by_id) == (HoursStatus.REJECTED, world.supervisor.id)
    assert "staff meeting" not in str(audit_events("hours.rejected")[-1].data)
    assert notifications(world.trainee)[-1].startswith("Sam Supervisor did not verify your hours entry")
    clock.advance(hours=1)
    hours.update_entry(entry, world.trainee, category="training", description="Staff training on intake")
    assert (entry.status, entry.rejection_reason, entry.submitted_at) == (HoursStatus.PENDING, None, clock.now())
    assert [(e.action, e.reason) for e in entry.events] == [
        ("logged", None), ("rejected", "This was a staff meeting, not a consultation."), ("edited", None)]
    assert audit_events("hours.edited")[-1].data["resubmitted"] is True
    assert notifications(world.supervisor)[-1] == "Tara Trainee corrected an hours entry (30 min) to verify."


def test_a_verified_entry_is_locked_until_a_logged_reopen(world, today):
    entry = log(world.trainee, today, status="verified", supervisor=world.supervisor)
    with pytest.raises(InvalidTransition):
        hours.update_entry(entry, world.trainee, minutes=30)
    with pytest.raises(InvalidTransition):
        hours.delete_entry(entry, world.trainee)
    with pytest.raises(PermissionDenied):  # the trainee cannot reopen their own hours
        hours.reopen_hours(entry, world.trainee, reason="I made a mistake.")
    with pytest.raises(ValidationFailed):
        hours.reopen_hours(entry, world.supervisor, reason="")
    hours.reopen_hours(entry, world.supervisor, reason="Wrong date: it was the day before.")
    assert (entry.status, entry.verified_by_id, entry.verified_at) == (HoursStatus.PENDING, None, None)
    assert entry.events[-1].action == "reopened" and entry.events[-1].reason.startswith("Wrong date")
    assert audit_events("hours.reopened")[-1].data == {"previous": "verified", "minutes": 60}
    with pytest.raises(InvalidTransition):
        hours.reopen_hours(entry, world.supervisor, reason="Again please.")
    hours.update_entry(entry, world.trainee, date=today - timedelta(days=1))
    hours.verify_hours(entry, world.supervisor)


def test_hours_of_a_cosigned_note_follow_the_note(world):
    factories.approved_note(world.trainee, world.supervisor, duration_minutes=50)
    entry = db.session.execute(select(HoursEntry).where(HoursEntry.note_id.is_not(None))).scalar_one()
    assert entry.status == HoursStatus.VERIFIED and entry.source == "note"
    with pytest.raises(InvalidTransition):
        hours.reopen_hours(entry, world.supervisor, reason="Let me look again.")
    with pytest.raises(PermissionDenied):
        hours.update_entry(entry, world.trainee, minutes=10)


def test_a_note_counts_under_the_programs_own_direct_categories(world):
    from supervision.notes.services import update_note

    hours.add_category(world.director, code="school_based", name="School-based counseling", group="direct",
                       aapi="Intervention")
    hours.add_category(world.director, code="case_notes", name="Case notes", group="indirect", aapi="Support")
    assert "school_based" in {c.code for c in hours.note_categories(world.program.id)}
    note = factories.approved_note(world.trainee, world.supervisor, hours_category="school_based")
    entry = db.session.execute(select(HoursEntry).where(HoursEntry.note_id == note.id)).scalar_one()
    assert (entry.category, entry.status) == ("school_based", HoursStatus.VERIFIED)
    # Not indirect hours, not another program's, not a made-up code; each refusal names the field.
    for code in ("case_notes", "napping"):
        with pytest.raises(ValidationFailed) as caught:
            factories.note(world.trainee, hours_category=code)
        assert "hours_category" in caught.value.fields
    with pytest.raises(ValidationFailed):
        factories.note(world.other_trainee, hours_category="school_based")
    # A category retired after a draft chose it: the draft keeps it and still saves; new notes cannot take it.
    draft = factories.note(world.trainee, hours_category="school_based")
    hours.update_category(world.director, "school_based", name="School-based counseling", group="direct",
                          aapi="Intervention", active=False)
    assert "school_based" not in {c.code for c in hours.note_categories(world.program.id)}
    assert "school_based" in {c.code for c in hours.note_categories(world.program.id, "school_based")}
    update_note(draft, world.trainee, version=draft.version, duration_minutes=45, hours_category="school_based")
    assert (draft.hours_category, draft.duration_minutes) == ("school_based", 45)
    with pytest.raises(ValidationFailed):
        factories.note(world.trainee, hours_category="school_based")


def test_bulk_verification_is_all_or_nothing_on_permission_and_skips_what_was_decided(world, today):
    mine = [log(world.trainee, today - timedelta(days=i)) for i in range(3)]
    theirs = log(world.trainee3, today)  # supervised by supervisor2
    with pytest.raises(PermissionDenied):
        hours.verify_many(world.supervisor, [e.id for e in mine] + [theirs.id])
    with pytest.raises(PermissionDenied):
        hours.verify_many(world.supervisor, [mine[0].id, 999_999])
    assert all(e.status == HoursStatus.PENDING for e in mine)
    hours.reject_hours(mine[2], world.supervisor, reason="Duplicate of another entry.")
    second = log(world.trainee2, today)
    verified, skipped = hours.verify_many(world.supervisor, [e.id for e in mine] + [second.id])
    assert sorted(e.id for e in verified) == sorted([mine[0].id, mine[1].id, second.id])
    assert [e.id for e in skipped] == [mine[2].id]
    assert notifications(world.trainee)[-1] == "Sam Supervisor verified 2 of your hours entries."
    assert notifications(world.trainee2)[-1] == "Sam Supervisor verified 1 of your hours entry."
    with pytest.raises(ValidationFailed):
        hours.verify_many(world.supervisor, [])


def test_a_trainee_deletes_only_their_own_unverified_entries(world, today):
    entry = log(world.trainee, today)
    with pytest.raises(PermissionDenied):
        hours.delete_entry(entry, world.trainee2)
    with pytest.raises(PermissionDenied):
        hours.delete_entry(entry, world.supervisor)
    entry_id = entry.id
    hours.delete_entry(entry, world.trainee)
    assert db.session.get(HoursEntry, entry_id) is None
    assert audit_events("hours.deleted")[-1].object_id == entry_id


# --- summaries and warnings ----------------------------------------------------------------------------------

def test_the_summary_counts_verified_hours_toward_requirements_and_warns(world, today, monday, clock):
    log(world.trainee, monday, "individual", 5 * 60, status="verified", supervisor=world.supervisor)
    log(world.trainee, monday, "group_supervision", 90)  # pending: logged this week, not yet counted
    summary = hours.hours_summary(world.trainee)
    assert (summary["verified_minutes"], summary["pending_minutes"]) == (300, 90)
    practicum_direct = next(r for r in summary["requirements"] if r["name"] == "CACREP practicum: Direct hours")
    assert (practicum_direct["verified_minutes"], practicum_direct["percent"]) == (300, 12.5)
    assert practicum_direct["forecast_date"] is not None
    warnings = [w["message"] for w in summary["warnings"]]
    # Group supervision was logged this week (pending counts for the week); individual supervision was not.
    assert any("of Individual/triadic supervision logged; CACREP internship asks 1 h" in w for w in warnings)
    assert not any("Group supervision" in w for w in warnings)
    assert summary["weeks"][-1] == {"start": monday.isoformat(), "direct": 300, "indirect": 0, "supervision": 0,
                                    "pending": 90}
    # A week later the entry has waited too long, and a note waits for review.
    factories.submitted_note(world.trainee, session_date=today)
    clock.advance(days=8)
    codes = [w["code"] for w in hours.hours_summary(world.trainee)["warnings"]]
    assert "entries_waiting" in codes and "notes_waiting" in codes


@pytest.mark.parametrize("zone, warned", [("America/Los_Angeles", True), ("Asia/Tokyo", False)])
def test_this_weeks_warning_follows_the_programs_time_zone(world, clock, zone, warned):
    world.program.timezone = zone
    clock.current = datetime(2026, 11, 2, 18, 0, tzinfo=timezone.utc)
    log(world.trainee, date(2026, 11, 2), "individual", 120)  # logged in the week of Nov 2 with no supervision
    clock.current = datetime(2026, 11, 9, 2, 0, tzinfo=timezone.utc)  # Sunday evening in LA, Monday in Tokyo
    messages = [w["message"] for w in hours.hours_summary(world.trainee)["warnings"]
                if w["code"] == "supervision_below_rule"]
    # In Los Angeles it is still the week of the session, and the week lacks supervision; in Tokyo a new week began
    # with nothing logged yet.
    assert bool(messages) is warned


# --- the rollup and the cohort ---------------------------------------------------------------------------------

def _rollup():
    return sorted((r.trainee_id, r.week, r.verified_minutes, r.logged_minutes, r.verified_direct,
                   r.logged_supervision, tuple(sorted(r.verified_by_category.items())),
                   tuple(sorted(r.logged_by_category.items())))
                  for r in db.session.execute(select(HoursWeek)).scalars())


def _random_history(world, today, rng, n=60):
    trainees = [world.trainee, world.trainee2, world.trainee3]
    supervisors = {world.trainee.id: world.supervisor, world.trainee2.id: world.supervisor,
                   world.trainee3.id: world.supervisor2}
    codes = [c.code for c in hours.program_categories(world.program.id)]
    entries = []
    for _ in range(n):
        trainee = rng.choice(trainees)
        when = today - timedelta(days=rng.choice([0, 0, 1, 2, 3, 6, 7, 8, 13, 20, 40, 90, 200]))
        try:
            entry = log(trainee, when, rng.choice(codes), rng.choice([30, 45, 60, 90, 120, 300, 600, 900]),
                        status=rng.choice(["pending", "verified", "verified", "rejected"]),
                        supervisor=supervisors[trainee.id])
        except ValidationFailed:
            continue  # a full day
        entries.append(entry)
    for entry in rng.sample(entries, k=min(8, len(entries))):  # edits, reopens and deletions move minutes around
        supervisor = supervisors[entry.trainee_id]
        if entry.status == HoursStatus.VERIFIED:
            hours.reopen_hours(entry, supervisor, reason="Checking the date.")
        if rng.random() < 0.3:
            hours.delete_entry(entry, db.session.get(type(world.trainee), entry.trainee_id))
        else:
            try:
                hours.update_entry(entry, db.session.get(type(world.trainee), entry.trainee_id),
                                   date=entry.date - timedelta(days=rng.choice([1, 7])))
            except ValidationFailed:
                pass
    return entries


def test_the_weekly_rollup_always_equals_a_rebuild_from_the_entries(world, today):
    _random_history(world, today, random.Random(3))
    factories.approved_note(world.trainee, world.supervisor, duration_minutes=50, session_date=today)
    maintained = _rollup()
    hours.rebuild_week_totals(world.program.id)
    assert _rollup() == maintained and maintained


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_cohorts_sql_agrees_with_the_python_engine(world, today, seed):
    # Rule sets that use every path of the SQL: groups, codes, a mix, a cap, a weekly rule with a threshold.
    hours.save_rule_set(world.director, code=None, name="Mixed", rules=[
        {"kind": "total", "name": "Mixed", "hours": 20, "groups": ["indirect"], "categories": ["group_supervision"]},
        {"kind": "total", "name": "Capped codes", "hours": 20, "categories": ["individual", "training"]},
        {"kind": "weekly_cap", "name": "Cap", "hours": 6},
        {"kind": "weekly_average", "name": "Docs", "hours": 0.5, "categories": ["documentation"]},
        {"kind": "weekly_supervision", "name": "Units", "unit_hours": 0.5, "units": 2, "extra_units": 1,
         "extra_over_hours": 4, "categories": ["individual_supervision"], "contact_categories": ["individual"]},
    ])
    _random_history(world, today, random.Random(seed))
    rule_sets = hours.program_rule_sets(world.program.id)
    categories = list(hours.category_map(world.program.id).values())
    from_sql = aggregates(world.program.id, rule_sets, categories, today)
    for trainee in (world.trainee, world.trainee2, world.trainee3):
        _, rows, cats = hours.evaluate_trainee(trainee, today=today)
        from supervision.hours.rules import monday_of, weeks_from_days

        verified = weeks_from_days((d, c, m) for d, c, s, m in rows if s == HoursStatus.VERIFIED)
        this_week = {}
        for d, c, _s, m in rows:
            if monday_of(d) == monday_of(today):
                this_week[c] = this_week.get(c, 0) + m
        for rule_set in rule_sets:
            for position, rule in enumerate(rule_set.rules):
                if rule.kind == "weekly_cap":
                    continue
                expected = aggregate(rule, cats.values(), verified, this_week, week_index(today),
                                     weekly_cap=rule_set.weekly_cap)
                got = from_sql.get(trainee.id, {}).get((rule_set.code, position))
                if got is None:
                    assert expected.counted == 0 and expected.weeks_active == 0
                else:
                    assert got == expected, (trainee.name, rule_set.code, rule.name)
    # And the cohort rows say what each trainee's own summary says, and each rule set's cell (lowest percent,
    # rules met, latest forecast) follows from that progress.
    _, rows = cohort(world.program)
    assert any(status.latest_forecast for row in rows for status in row.sets.values())
    for row in rows:
        summary = hours.hours_summary(db.session.get(type(world.trainee), row.trainee.id))
        assert [hours.progress_json(p) for p in row.progress] == summary["requirements"]
        assert (row.verified_minutes, row.pending_minutes) == (summary["verified_minutes"], summary["pending_minutes"])
        assert sorted(w.message for w in row.warnings) == sorted(w["message"] for w in summary["warnings"])
        for rule_set in rule_sets:
            mine = [p for p in summary["requirements"] if p["rule_set_code"] == rule_set.code]
            dates = [p["forecast_date"] for p in mine if p["forecast_date"]]
            status = row.sets[rule_set.code]
            assert (status.lowest, status.met, status.count) == (
                min(p["percent"] for p in mine), sum(p["met"] for p in mine), len(mine))
            assert (status.latest_forecast.isoformat() if status.latest_forecast else None) == max(dates, default=None)


def test_moving_a_category_to_another_group_rebuilds_the_rollup(world, today):
    log(world.trainee, today, "consultation", 120, status="verified", supervisor=world.supervisor)
    direct = lambda: next(p for p in next(r for r in cohort(world.program)[1] if r.trainee.id == world.trainee.id)  # noqa: E731
                          .progress if p.name == "CACREP practicum: Direct hours").verified_minutes
    assert direct() == 0
    hours.update_category(world.director, "consultation", name="Consultation", group="direct", aapi="Intervention",
                          active=True)
    assert direct() == 120


def test_the_cohort_follows_a_changed_rule_set(world, today):
    # The cohort's statements are built once per configuration: a changed rule set gets its own.
    log(world.trainee, today, "individual", 600, status="verified", supervisor=world.supervisor)
    practicum = lambda: next(r for r in cohort(world.program)[1] if r.trainee.id == world.trainee.id  # noqa: E731
                             ).sets["cacrep_practicum"]
    assert practicum().lowest == 10.0  # 10 of 100 h
    hours.save_rule_set(world.director, code="cacrep_practicum", name="CACREP practicum", rules=[
        {"kind": "total", "name": "Total hours", "hours": 100},
        {"kind": "weekly_cap", "name": "Cap", "hours": 5},
    ])
    assert practicum() == (5.0, 0, 1, practicum().latest_forecast)  # the week capped at 5 h; one rule left


def test_the_cohort_lists_every_active_trainee_of_the_program_only(world, today):
    log(world.trainee, today, "individual", 60, status="verified", supervisor=world.supervisor)
    log(world.other_trainee, today, "individual", 60)
    rule_sets, rows = cohort(world.program)
    assert [r.trainee.name for r in rows] == ["Tara Trainee", "Theo Trainee", "Tia Trainee"]
    assert [r.verified_minutes for r in rows] == [60, 0, 0]
    assert all(len(r.progress) == 10 for r in rows) and len(rule_sets) == 3
