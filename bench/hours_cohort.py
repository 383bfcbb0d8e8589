"""Benchmark: the director's cohort view for 500 trainees with three years of hours entries.

Seeds a scratch PostgreSQL database (bulk COPY of the entries, then the weekly rollup rebuilt from them in one
INSERT ... SELECT), then times `hours.cohort.cohort(program)`, which aggregates in SQL (two levels of GROUP BY over
`hours_week_total`) and runs only the rule engine's last step in Python, once per trainee.

    psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE hoursbench'
    .venv/bin/python bench/hours_cohort.py --url postgresql://postgres@127.0.0.1:5432/hoursbench

Options: --trainees 500 --years 3 --runs 30 --explain (print the plan of the aggregate query) --keep (reuse the
seeded data on the next run). Prints the median and other percentiles in milliseconds. See bench/HOURS.md.
"""
from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSWORD_HASH = "bench-not-a-real-hash"
# A trainee's ordinary week: (category, minutes, how often in a week on average)
WEEK = (
    ("individual", 50, 4.0), ("couple_family", 60, 0.5), ("group", 90, 0.7), ("intake", 75, 0.4),
    ("assessment", 120, 0.2), ("individual_supervision", 60, 0.9), ("group_supervision", 90, 0.8),
    ("consultation", 30, 0.6), ("documentation", 45, 1.5), ("training", 120, 0.3),
)


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", default=os.environ.get("BENCH_DATABASE_URL",
                                                   "postgresql://postgres@127.0.0.1:5432/hoursbench"))
    p.add_argument("--trainees", type=int, default=500)
    p.add_argument("--years", type=float, default=3)
    p.add_argument("--runs", type=int, default=30)
    p.add_argument("--seed", type=int, default=6)
    p.add_argument("--explain", action="store_true")
    p.add_argument("--keep", action="store_true", help="reuse data seeded by an earlier run")
    return p.parse_args()


def seed(db, program, trainees: int, years: float, rng: random.Random, today: date) -> int:
    """Bulk-load trainees, supervisors, assignments, entries and a few notes waiting for review."""
    from sqlalchemy import insert

    from supervision.auth.models import User
    from supervision.hours.models import HoursEntry
    from supervision.notes.models import Note
    from supervision.programs.models import SupervisionAssignment

    now = datetime.now(timezone.utc)
    supervisors = [{"program_id": program.id, "email": f"sup{i}@bench.test", "name": f"Supervisor {i:03d}",
                    "role": "supervisor", "password_hash": PASSWORD_HASH, "active": True, "session_version": 1,
                    "created_at": now} for i in range(max(1, trainees // 10))]
    db.session.execute(insert(User), supervisors)
    db.session.execute(insert(User), [
        {"program_id": program.id, "email": f"trainee{i}@bench.test", "name": f"Trainee {i:04d}", "role": "trainee",
         "password_hash": PASSWORD_HASH, "active": True, "session_version": 1, "created_at": now}
        for i in range(trainees)])
    db.session.flush()
    from sqlalchemy import select

    sup_ids = list(db.session.execute(select(User.id).where(User.role == "supervisor", User.program_id == program.id)).scalars())
    trainee_ids = list(db.session.execute(select(User.id).where(User.role == "trainee", User.program_id == program.id)).scalars())
    start = today - timedelta(days=int(365 * years))
    db.session.execute(insert(SupervisionAssignment), [
        {"program_id": program.id, "supervisor_id": sup_ids[i % len(sup_ids)], "trainee_id": t, "kind": "primary",
         "starts_on": start, "ends_on": None, "created_at": now} for i, t in enumerate(trainee_ids)])

    columns = ("program_id", "trainee_id", "date", "minutes", "category", "description", "status", "version",
               "verified_by_id", "verified_at", "created_at", "updated_at", "submitted_at")
    buffer = io.StringIO()
    rows = 0
    days = (today - start).days
    for i, trainee_id in enumerate(trainee_ids):
        supervisor = sup_ids[i % len(sup_ids)]
        pace = rng.uniform(0.6, 1.3)  # some trainees log more than others
        first = start + timedelta(days=rng.randrange(0, 120))
        for offset in range(0, days + 1, 7):
            monday = first + timedelta(days=offset)
            if monday > today:
                break
            if rng.random() < 0.08:  # holidays, illness
                continue
            for category, minutes, per_week in WEEK:
                n = int(per_week * pace) + (rng.random() < (per_week * pace) % 1)
                for _ in range(n):
                    day = monday + timedelta(days=rng.randrange(0, 5))
                    if day > today:
                        continue
                    age = (today - day).days
                    status = "pending" if age < 14 and rng.random() < 0.5 else (
                        "rejected" if rng.random() < 0.01 else "verified")
                    at = datetime.combine(day, datetime.min.time(), timezone.utc) + timedelta(hours=18)
                    verified = status == "verified"
                    buffer.write("\t".join(str(v) for v in (
                        program.id, trainee_id, day.isoformat(), minutes + rng.choice((-10, 0, 0, 10)), category,
                        "", status, 1, supervisor if verified else r"\N", at.isoformat() if verified else r"\N",
                        at.isoformat(), at.isoformat(), at.isoformat())) + "\n")
                    rows += 1
    db.session.flush()
    raw = db.session.connection().connection.driver_connection
    with raw.cursor() as cursor:
        with cursor.copy(f"COPY hours_entry ({', '.join(columns)}) FROM STDIN") as copy:
            copy.write(buffer.getvalue())
    from supervision.hours.services import rebuild_week_totals

    rebuild_week_totals(program.id)  # COPY bypasses the services, which keep the weekly rollup
    db.session.execute(insert(Note), [
        {"program_id": program.id, "trainee_id": trainee_ids[i], "status": "submitted", "version": 2,
         "template": "soap", "client_code": "C-014", "session_date": today, "duration_minutes": 50,
         "session_type": "individual", "setting": "in_person", "body": "", "body_html": "",
         "created_at": now, "updated_at": now, "submitted_at": now - timedelta(days=i % 12)}
        for i in range(0, len(trainee_ids), 3)])
    db.session.commit()
    return rows


def main() -> None:
    args = parse_args()
    os.environ.setdefault("APP_ENV", "development")
    os.environ["DATABASE_URL"] = args.url
    from sqlalchemy import func, select, text

    from config import DevConfig
    from supervision import create_app
    from supervision.extensions import db
    from supervision.hours import cohort as cohort_module
    from supervision.hours.models import HoursEntry
    from supervision.programs.services import create_program, program_by_name

    app = create_app(DevConfig)
    rng = random.Random(args.seed)
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            sys.exit("This benchmark needs PostgreSQL (--url postgresql://...).")
        today = date.today()
        program = program_by_name("Bench program") if args.keep else None
        if program is None:
            db.drop_all()
            db.create_all()
            program = create_program("Bench program", timezone="America/Chicago")
            db.session.commit()
            t0 = time.perf_counter()
            rows = seed(db, program, args.trainees, args.years, rng, today)
            with db.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
            print(f"seeded {rows:,} entries for {args.trainees} trainees in {time.perf_counter() - t0:.1f} s")
        total = db.session.execute(select(func.count()).select_from(HoursEntry)).scalar_one()
        print(f"{total:,} hours entries; PostgreSQL {db.session.execute(text('SHOW server_version')).scalar()}")

        if args.explain:
            captured = []

            def capture(conn, cursor, statement, parameters, context, executemany):
                if "hours_week" in statement and "GROUP BY" in statement:
                    captured.append((statement, parameters))

            from sqlalchemy import event

            event.listen(db.engine, "before_cursor_execute", capture)
            cohort_module.cohort(program)
            event.remove(db.engine, "before_cursor_execute", capture)
            statement, parameters = captured[0]
            raw = db.session.connection().connection.driver_connection
            with raw.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
                print("\n".join(r[0] for r in cursor.fetchall()))

        timings = []
        for run in range(args.runs + 3):
            db.session.expire_all()
            t0 = time.perf_counter()
            rule_sets, rows = cohort_module.cohort(program)
            elapsed = (time.perf_counter() - t0) * 1000
            if run >= 3:  # the first runs warm the caches and the connection pool
                timings.append(elapsed)
        timings.sort()
        print(f"cohort of {len(rows)} trainees, {sum(len(rs.tracked) for rs in rule_sets)} rules in "
              f"{len(rule_sets)} rule sets, {args.runs} runs:")
        print(f"  median {statistics.median(timings):.1f} ms · min {timings[0]:.1f} · "
              f"p90 {timings[int(len(timings) * 0.9) - 1]:.1f} · max {timings[-1]:.1f}")
        sample = rows[0]
        print(f"  e.g. {sample.trainee.name}: {sample.verified_minutes / 60:.0f} h verified, "
              f"{len(sample.warnings)} warnings, "
              + ", ".join(f"{p.name} {p.percent}%" for p in sample.progress[:3]))


if __name__ == "__main__":
    main()
