"""Where a page's time goes: the benchmarked pages run in-process (no gunicorn, no network) against the seeded
bench database, timed and then profiled with cProfile. Run bench/load.py once first (it seeds supervision_bench).

    .venv/bin/python bench/profile_pages.py                      # median ms per page, 50 requests each
    .venv/bin/python bench/profile_pages.py --profile note       # plus the top functions of one page
    .venv/bin/python bench/profile_pages.py --profile all --sort tottime --top 40

Production configuration (APP_ENV=production, a random SECRET_KEY), signed in through the login form like a user.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import secrets
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSWORD = "bench password for load tests 2026"  # supervision.seed.BENCH_PASSWORD
WHO = {"supervisor": "supervisor1.p1@bench.example", "trainee": "trainee1.p1@bench.example",
       "director": "director.p1@bench.example"}


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", default="postgresql://postgres@127.0.0.1:5432/supervision_bench")
    p.add_argument("--runs", type=int, default=50)
    p.add_argument("--profile", help="page name to profile, or 'all'")
    p.add_argument("--sort", default="cumulative")
    p.add_argument("--top", type=int, default=35)
    p.add_argument("--only", help="comma-separated page names")
    p.add_argument("--sample", help="page name to profile with pyinstrument's sampling profiler (real time, "
                   "no tracing overhead; pip install pyinstrument)")
    p.add_argument("--sql", action="store_true", help="print each statement of one request with its time")
    return p.parse_args()


def main() -> None:
    args = parse_args()
    os.environ.update(APP_ENV="production", DATABASE_URL=args.url, SECRET_KEY=secrets.token_hex(32))
    os.environ.pop("REDIS_URL", None)
    from supervision import create_app
    from supervision.extensions import db
    from supervision.notes.models import Note
    from sqlalchemy import event, func, select

    app = create_app()
    with app.app_context():
        # The seeded review note: the first trainee's note with the most annotations (bench/load.py finds it the same way).
        from supervision.threads.models import Annotation
        note_id = db.session.execute(
            select(Annotation.note_id).group_by(Annotation.note_id).order_by(func.count().desc()).limit(1)
        ).scalar_one()
        db.session.remove()

    clients = {}
    for role, email in WHO.items():
        client = app.test_client()
        client.environ_base["wsgi.url_scheme"] = "https"  # production cookies are Secure
        page = client.get("/login", base_url="https://localhost").get_data(as_text=True)
        token = page.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]
        r = client.post("/login", data={"email": email, "password": PASSWORD, "csrf_token": token},
                        base_url="https://localhost", headers={"Referer": "https://localhost/login"})
        assert r.status_code == 302, (role, r.status_code)
        clients[role] = client
    api = app.test_client()
    r = api.post("/api/v1/tokens", json={"email": WHO["supervisor"], "password": PASSWORD, "name": "profile"},
                 base_url="https://localhost")
    token = r.get_json()["token"]

    pages = {
        "floor": (clients["supervisor"], "/help", {}),  # a signed-in page with no data: the fixed cost of a request
        "queue": (clients["supervisor"], "/review/", {}),
        "note": (clients["supervisor"], f"/notes/{note_id}", {}),
        "dashboard": (clients["trainee"], "/dashboard", {}),
        "cohort": (clients["director"], "/hours/cohort", {}),
        "api_note": (api, f"/api/v1/notes/{note_id}", {"Authorization": f"Bearer {token}"}),
    }
    if args.only:
        pages = {k: v for k, v in pages.items() if k in args.only.split(",")}

    def hit(client, path, headers):
        r = client.get(path, headers=headers, base_url="https://localhost")
        assert r.status_code == 200, (path, r.status_code)
        return r

    for name, (client, path, headers) in pages.items():
        for _ in range(3):
            hit(client, path, headers)
        times, cpu = [], []
        runs = args.runs if name != "cohort" else max(5, args.runs // 10)
        for _ in range(runs):
            t, c = time.perf_counter(), time.process_time()
            hit(client, path, headers)
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
        # CPU time of this process (the app's Python, not PostgreSQL's) varies less than wall time on a busy machine.
        print(f"{name:10s} {path:28s} median {statistics.median(times):7.2f} ms  min {min(times):7.2f} ms  "
              f"app CPU median {statistics.median(cpu):7.2f} ms")
        if args.sql:
            statements = []

            def before(conn, cursor, statement, parameters, context, executemany):
                conn.info["t"] = time.perf_counter()

            def after(conn, cursor, statement, parameters, context, executemany):
                statements.append(((time.perf_counter() - conn.info["t"]) * 1000, " ".join(statement.split())))

            with app.app_context():
                engine = db.engine
            event.listen(engine, "before_cursor_execute", before)
            event.listen(engine, "after_cursor_execute", after)
            hit(client, path, headers)
            event.remove(engine, "before_cursor_execute", before)
            event.remove(engine, "after_cursor_execute", after)
            for ms, sql in statements:
                print(f"  {ms:7.2f} ms  {sql[:220]}")
            print(f"  {sum(ms for ms, _ in statements):7.2f} ms in {len(statements)} statements")
        if args.sample in (name, "all"):
            from pyinstrument import Profiler

            sampler = Profiler(interval=0.0002)
            sampler.start()
            for _ in range(runs):
                hit(client, path, headers)
            sampler.stop()
            print(sampler.output_text(unicode=False, color=False, show_all=False))
        if args.profile in (name, "all"):
            prof = cProfile.Profile()
            prof.enable()
            for _ in range(runs):
                hit(client, path, headers)
            prof.disable()
            pstats.Stats(prof).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
