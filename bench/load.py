"""Load benchmark (issue 9): the app's main pages under gunicorn on PostgreSQL with program-scale data, against a
bare Flask "hello" app under the same gunicorn settings as the ceiling, measured with wrk in the same run.

    .venv/bin/python bench/load.py                    # seed supervision_bench (drops it first), then measure
    .venv/bin/python bench/load.py --keep             # reuse the seeded database
    .venv/bin/python bench/load.py --trainees 100 --notes-per-trainee 50   # smaller data

What it does:
1. (unless --keep) drops and recreates the scratch database `--db` (default supervision_bench), `flask db upgrade`,
   and `flask seed-bench` with the issue's numbers (500 trainees, 100 supervisors, 200 notes each, 5 comments a
   note; one note with 20 annotations and 30 comments for the review page). Never point it at a real database.
2. starts gunicorn (2 sync workers) with APP_ENV=production and a random SECRET_KEY on the bench database, and the
   same gunicorn for bench/hello_app.py (the ceiling) and bench/floor_app.py (the signed-in floor of the stack:
   Flask, Flask-Login and Flask-SQLAlchemy reading the app's session cookie, loading the user, rendering one line);
3. signs in a supervisor, a trainee and a director through the login form (the Secure session cookie is read from
   the Set-Cookie header and sent back by hand: no configuration override) and takes a bearer token for the API;
4. times each page 10 times one after the other (serial latency), then runs wrk -c16 for --duration seconds on
   each; the ceiling is run first and last, and the ratio uses the mean of the two;
5. prints a table (requests/s, p50, p99, ratio to the ceiling, serial median) and each worker's RSS, and writes it as
   JSON to --out.

Needs wrk (`apt-get install -y wrk`). Loopback only. See bench/README.md for the numbers and why sync workers.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    Server, app_env, bearer_token, database_url, flask, psql, sign_in,
)

PASSWORD = "bench password for load tests 2026"  # supervision.seed.BENCH_PASSWORD
SUPERVISOR, TRAINEE, DIRECTOR = ("supervisor1.p1@bench.example", "trainee1.p1@bench.example",
                                 "director.p1@bench.example")


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--db", default="supervision_bench")
    p.add_argument("--keep", action="store_true", help="reuse the seeded database")
    p.add_argument("--trainees", type=int, default=500)
    p.add_argument("--supervisors", type=int, default=100)
    p.add_argument("--notes-per-trainee", type=int, default=200)
    p.add_argument("--comments-per-note", type=int, default=5)
    p.add_argument("--duration", type=int, default=20, help="seconds of wrk per page")
    p.add_argument("--connections", type=int, default=16)
    p.add_argument("--wrk-threads", type=int, default=2)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--worker-class", default="sync", choices=["sync", "gthread"])
    p.add_argument("--threads", type=int, default=4, help="threads per worker with gthread")
    p.add_argument("--port", type=int, default=8100)
    p.add_argument("--only", help="comma-separated page names to run")
    p.add_argument("--out", default="/tmp/bench_load.json")
    return p.parse_args()


def seed(args, url: str) -> None:
    psql(f"DROP DATABASE IF EXISTS {args.db}", args.base_url)
    psql(f"CREATE DATABASE {args.db}", args.base_url)
    env = app_env(url, APP_ENV="development")
    flask(env, "db", "upgrade")
    started = time.perf_counter()
    out = flask(env, "seed-bench", "--trainees", str(args.trainees), "--supervisors", str(args.supervisors),
                "--notes-per-trainee", str(args.notes_per_trainee), "--comments-per-note", str(args.comments_per_note))
    print(out.strip().splitlines()[-1], f"(command: {time.perf_counter() - started:.0f} s)")
    psql("VACUUM ANALYZE", url)


_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * _UNIT[unit]


def wrk(args, url: str, headers: dict[str, str]) -> dict:
    cmd = ["wrk", f"-t{args.wrk_threads}", f"-c{args.connections}", f"-d{args.duration}s", "--timeout", "10s",
           "--latency"]
    for name, value in headers.items():
        cmd += ["-H", f"{name}: {value}"]
    out = subprocess.run(cmd + [url], capture_output=True, text=True, timeout=args.duration + 60).stdout
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
              "requests": int(re.search(r"(\d+) requests in", out).group(1))}
    for pct in ("50", "90", "99"):
        result[f"p{pct}"] = _ms(re.search(rf"^\s+{pct}%\s+(\S+)", out, re.M).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    result["non_2xx"] = int(bad.group(1)) if bad else 0
    errors = re.search(r"Socket errors: (.*)", out)
    result["socket_errors"] = errors.group(1) if errors else ""
    return result


def serial_ms(port: int, path: str, headers: dict[str, str], runs: int = 10) -> float:
    import http.client

    times = []
    for _ in range(runs + 2):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        started = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        times.append((time.perf_counter() - started) * 1000)
        conn.close()
        assert response.status == 200, (path, response.status)
    return statistics.median(times[2:])


def main() -> None:
    args = parse_args()
    url = database_url(args.base_url, args.db)
    if not args.keep:
        seed(args, url)
    note = int(psql("SELECT note_id FROM annotation GROUP BY note_id ORDER BY count(*) DESC, note_id LIMIT 1", url))
    counts = psql(f"SELECT (SELECT count(*) FROM annotation WHERE note_id={note}), "
                  f"(SELECT count(*) FROM comment WHERE note_id={note}), (SELECT count(*) FROM note), "
                  f"(SELECT count(*) FROM comment), (SELECT count(*) FROM \"user\" WHERE role='trainee')", url)
    print(f"data: note {note} has annotations|comments = {counts.split('|')[0]}|{counts.split('|')[1]}; "
          f"{int(counts.split('|')[2]):,} notes, {int(counts.split('|')[3]):,} comments, "
          f"{counts.split('|')[4]} trainees")
    env = app_env(url)
    settings = dict(workers=args.workers, worker_class=args.worker_class, threads=args.threads)
    hello_port, app_port, floor_port = args.port + 1, args.port, args.port + 2
    with Server("bench.hello_app:app", hello_port, env, **settings) as hello, \
            Server("bench.floor_app:app", floor_port, env, **settings) as floor, \
            Server("wsgi:app", app_port, env, **settings) as app:
        cookies = {who: sign_in(app_port, email, PASSWORD)
                   for who, email in (("supervisor", SUPERVISOR), ("trainee", TRAINEE), ("director", DIRECTOR))}
        token = bearer_token(app_port, SUPERVISOR, PASSWORD)

        def cookie(who):
            return {"Cookie": f"supervision_session={cookies[who]}"}

        pages = [
            ("hello (ceiling)", hello_port, "/", {}),
            ("signed-in floor (stack, no app)", floor_port, "/me", cookie("supervisor")),
            ("signed-in floor (app) /help", app_port, "/help", cookie("supervisor")),
            ("supervisor queue /review/", app_port, "/review/", cookie("supervisor")),
            (f"note review /notes/{note}", app_port, f"/notes/{note}", cookie("supervisor")),
            ("trainee dashboard", app_port, "/dashboard", cookie("trainee")),
            ("director cohort /hours/cohort", app_port, "/hours/cohort", cookie("director")),
            (f"API GET /api/v1/notes/{note}", app_port, f"/api/v1/notes/{note}", {"Authorization": f"Bearer {token}"}),
            ("hello (ceiling, again)", hello_port, "/", {}),
        ]
        if args.only:
            wanted = args.only.split(",")
            pages = [p for p in pages if p[0].startswith(("hello", "signed-in floor")) or any(w in p[0] for w in wanted)]
        results = []
        for name, port, path, headers in pages:
            serial = serial_ms(port, path, headers)
            r = wrk(args, f"http://127.0.0.1:{port}{path}", headers)
            r.update(name=name, path=path, serial_ms=serial)
            results.append(r)
            print(f"  {name:34} {r['rps']:8.1f} req/s  p50 {r['p50']:7.1f} ms  p99 {r['p99']:7.1f} ms  "
                  f"serial {serial:6.1f} ms  non-2xx {r['non_2xx']}", flush=True)
        rss = {"app": app.rss_mb(), "hello": hello.rss_mb(), "floor": floor.rss_mb()}

    ceilings = [r["rps"] for r in results if r["name"].startswith("hello")]
    ceiling = statistics.mean(ceilings)
    print(f"\ngunicorn {args.workers} {args.worker_class} workers, wrk -t{args.wrk_threads} -c{args.connections} "
          f"-d{args.duration}s; ceiling = mean of the hello runs = {ceiling:.0f} req/s\n")
    print("| page | req/s | p50 ms | p99 ms | ratio to ceiling | serial median ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        r["ratio"] = r["rps"] / ceiling
        print(f"| {r['name']} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['ratio']:.0%} | "
              f"{r['serial_ms']:.1f} |")
    print(f"\nRSS per worker after the run: app {', '.join(f'{m:.0f} MB' for m in rss['app'])}; "
          f"hello {', '.join(f'{m:.0f} MB' for m in rss['hello'])}; "
          f"signed-in floor {', '.join(f'{m:.0f} MB' for m in rss['floor'])}")
    Path(args.out).write_text(json.dumps({"args": vars(args), "ceiling": ceiling, "results": results, "rss_mb": rss},
                                         indent=1))


if __name__ == "__main__":
    main()
