"""Two app servers, one PostgreSQL, one Redis (issue 9): a mixed read and write load spread over both, then
checks that nothing failed and nothing was lost, and that the sign-in rate limit is shared.

    .venv/bin/python bench/load.py            # once: seeds supervision_bench
    .venv/bin/python bench/two_hosts.py       # --seconds 25 --ops 150 --ports 8201,8202

Two gunicorn servers (2 sync workers each, APP_ENV=production, one SECRET_KEY so that a session signed by one is
valid on the other, REDIS_URL=redis://127.0.0.1:6379/0 for Flask-Limiter) on the seeded bench database. Threads,
each sending its requests to the two ports in turn, bounded by --seconds and --ops per thread:

* 4 trainees autosave their drafts (the editor's POST /notes/<id>/autosave, cookie + CSRF header, version check);
* 2 supervisors comment on a submitted note of their trainees (API, bearer token);
* 1 supervisor co-signs their trainee's submitted notes one by one (API);
* 2 threads race to co-sign the same notes of another trainee, each through a different port;
* 2 readers load the review queue, a note page and the API note.

Then, in the database: every autosave answered 200 is there (version = start + saves, text = last sent); every
comment answered 201 is there; every co-signed note has exactly one approval with its revision's SHA-256 and one
verified hours entry, the race gave one winner per note; the audit chain verifies. Last, failed sign-ins alternate
between the ports until one answers 429: the count is shared through Redis. Exit status 1 if a check fails.
The load writes into the bench database (never a real one). Loopback only.
"""
from __future__ import annotations

import argparse
import json
import secrets
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (  # noqa: E402
    CSRF_RE, Server, app_env, bearer_token, database_url, flask, psql, request, session_cookie, sign_in,
)

PASSWORD = "bench password for load tests 2026"


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--db", default="supervision_bench")
    p.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    p.add_argument("--ports", default="8201,8202")
    p.add_argument("--seconds", type=float, default=25)
    p.add_argument("--ops", type=int, default=150, help="at most this many requests per thread")
    return p.parse_args()


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = Counter()
        self.by_port = Counter()
        self.errors: list[str] = []

    def add(self, kind: str, port: int, status: int, body: bytes = b""):
        with self.lock:
            self.statuses[(kind, status)] += 1
            self.by_port[port] += 1
            if status >= 500:
                self.errors.append(f"{kind} on {port}: {status} {body[:200]!r}")


def q(sql: str, url: str) -> str:
    return psql(sql, url)


def main() -> int:
    args = parse_args()
    url = database_url(args.base_url, args.db)
    ports = [int(p) for p in args.ports.split(",")]
    env = app_env(url, REDIS_URL=args.redis, SECRET_KEY=secrets.token_hex(32))
    deadline = time.time() + args.seconds + 60  # servers' start and sign-ins are outside the load's own bound
    tally = Tally()
    failures: list[str] = []

    # Who does what (from the seeded data): trainee k+1 is supervised by supervisor (k % supervisors)+1.
    def user_id(email):
        return int(q(f"SELECT id FROM \"user\" WHERE email='{email}'", url))

    def notes_of(trainee_email, status, limit):
        return [int(x) for x in q(f"SELECT id FROM note WHERE trainee_id={user_id(trainee_email)} AND status='{status}' "
                                  f"ORDER BY id LIMIT {limit}", url).split()]

    authors = [f"trainee{k}.p1@bench.example" for k in (11, 12, 13, 14)]
    drafts = {email: notes_of(email, "draft", 1)[0] for email in authors}
    start_versions = {n: int(q(f"SELECT version FROM note WHERE id={n}", url)) for n in drafts.values()}
    commenters = {"supervisor15.p1@bench.example": notes_of("trainee15.p1@bench.example", "submitted", 1)[0],
                  "supervisor16.p1@bench.example": notes_of("trainee16.p1@bench.example", "submitted", 1)[0]}
    comments_before = {n: int(q(f"SELECT count(*) FROM comment WHERE note_id={n}", url)) for n in commenters.values()}
    def still_submitted(k):  # supervisor k and trainee k, from k on, whose trainee still has notes to co-sign
        while k < 100:
            notes = notes_of(f"trainee{k}.p1@bench.example", "submitted", 5)
            if len(notes) == 5:
                return k, f"supervisor{k}.p1@bench.example", notes
            k += 1
        return k, None, []

    k, approver, to_approve = still_submitted(17)
    k, racer, to_race = still_submitted(k + 1)
    reader_note = int(q("SELECT note_id FROM annotation GROUP BY note_id ORDER BY count(*) DESC, note_id LIMIT 1", url))
    if not (to_approve and to_race):
        sys.exit("No submitted notes left for the approval threads: re-seed (bench/load.py) first.")

    servers = [Server("wsgi:app", port, env) for port in ports]
    for s in servers:
        s.__enter__()
    try:
        sessions = {}
        for i, email in enumerate(authors + ["supervisor1.p1@bench.example"]):
            sessions[email] = sign_in(ports[i % 2], email, PASSWORD)
        tokens = {email: bearer_token(ports[i % 2], email, PASSWORD)
                  for i, email in enumerate([*commenters, approver, racer])}
        stop_at = time.time() + args.seconds
        saved: dict[int, tuple[int, str]] = {}
        created_comments = Counter()
        approved: dict[int, list[int]] = {}

        def running(i):
            return i < args.ops and time.time() < stop_at

        def autosaver(email):
            note = drafts[email]
            cookie = sessions[email]
            status, headers, body = request(ports[0], "GET", f"/notes/{note}/edit", cookie=cookie)
            cookie = session_cookie(headers, cookie)
            csrf = CSRF_RE.search(body.decode()).group(1)
            version, i = start_versions[note], 0
            while running(i):
                port = ports[i % 2]
                text = f"## Subjective\nAutosave {i} of a bench draft ({uuid.uuid4().hex[:8]}).\n"
                status, headers, data = request(port, "POST", f"/notes/{note}/autosave", cookie=cookie,
                                                body=json.dumps({"version": version, "body": text}).encode(),
                                                headers={"Content-Type": "application/json", "X-CSRFToken": csrf})
                cookie = session_cookie(headers, cookie)
                tally.add("autosave", port, status, data)
                if status == 200:
                    version = json.loads(data)["version"]
                    saved[note] = (saved.get(note, (0, ""))[0] + 1, text)
                i += 1

        def commenter(email):
            note, i = commenters[email], 0
            while running(i):
                port = ports[i % 2]
                status, _, data = request(port, "POST", f"/api/v1/notes/{note}/comments",
                                          body=json.dumps({"body": f"Bench comment {i} from {email}."}).encode(),
                                          headers={"Content-Type": "application/json",
                                                   "Authorization": f"Bearer {tokens[email]}"})
                tally.add("comment", port, status, data)
                if status == 201:
                    created_comments[note] += 1
                i += 1

        def approve(email, notes, port_offset):
            for i, note in enumerate(notes):
                if not running(i):
                    break
                port = ports[(i + port_offset) % 2]
                status, _, data = request(port, "POST", f"/api/v1/notes/{note}/approve",
                                          body=json.dumps({"attestation": True}).encode(),
                                          headers={"Content-Type": "application/json",
                                                   "Authorization": f"Bearer {tokens[email]}"})
                tally.add("approve", port, status, data)
                if status == 200:
                    approved.setdefault(note, []).append(port)

        def reader(offset):
            cookie = sessions["supervisor1.p1@bench.example"]
            paths = ["/review/", f"/notes/{reader_note}", "/dashboard"]
            i = 0
            while running(i):
                port = ports[(i + offset) % 2]
                status, headers, data = request(port, "GET", paths[i % len(paths)], cookie=cookie)
                cookie = session_cookie(headers, cookie)
                tally.add("read", port, status, data)
                i += 1

        threads = ([threading.Thread(target=autosaver, args=(e,)) for e in authors]
                   + [threading.Thread(target=commenter, args=(e,)) for e in commenters]
                   + [threading.Thread(target=approve, args=(approver, to_approve, 0))]
                   + [threading.Thread(target=approve, args=(racer, to_race, k)) for k in (0, 1)]
                   + [threading.Thread(target=reader, args=(k,)) for k in (0, 1)])
        began = time.time()
        for t in threads:
            t.start()
        for t in threads:
            t.join(max(1, deadline - time.time()))
        elapsed = time.time() - began

        # Sign-in rate limit, shared through Redis: failed sign-ins (a new unknown address each time, so the
        # per-account lockout never answers instead) alternate between the ports until one says 429.
        status, headers, body = request(ports[0], "GET", "/login")
        cookie, csrf = session_cookie(headers), CSRF_RE.search(body.decode()).group(1)
        attempts, first_429, remaining = Counter(), None, []
        for i in range(80):
            port = ports[i % 2]
            form = urlencode({"email": f"nobody-{uuid.uuid4().hex[:10]}@bench.example", "password": "wrong password",
                              "csrf_token": csrf}).encode()
            status, headers, _ = request(port, "POST", "/login", cookie=cookie, body=form,
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
            h = {k.lower(): v for k, v in headers}
            attempts[port] += 1
            remaining.append((port, status, h.get("x-ratelimit-remaining")))
            if status == 429:
                first_429 = (i + 1, port, h.get("retry-after"), dict(attempts))
                # and the other port refuses too, at once
                other = ports[(i + 1) % 2]
                status2, headers2, _ = request(other, "POST", "/login", cookie=cookie, body=form,
                                               headers={"Content-Type": "application/x-www-form-urlencoded"})
                first_429 += (other, status2)
                break
        workers = {s.port: [round(m) for m in s.rss_mb()] for s in servers}
    finally:
        for s in servers:
            s.stop()

    # --- checks in the database -----------------------------------------------------------------------------
    for note, (count, text) in saved.items():
        version, body = q(f"SELECT version, body FROM note WHERE id={note}", url).split("|", 1)
        if int(version) != start_versions[note] + count:
            failures.append(f"note {note}: version {version}, expected {start_versions[note]} + {count} saves")
        if body.strip() != text.strip():
            failures.append(f"note {note}: the last autosave is not the stored text")
    for note, n in created_comments.items():
        now = int(q(f"SELECT count(*) FROM comment WHERE note_id={note}", url))
        if now != comments_before[note] + n:
            failures.append(f"note {note}: {now} comments, expected {comments_before[note]} + {n}")
    for note in [*to_approve, *to_race]:
        row = q(f"SELECT n.status, (SELECT count(*) FROM approval a WHERE a.note_id=n.id), "
                f"(SELECT count(*) FROM approval a JOIN revision r ON r.id=a.revision_id "
                f" WHERE a.note_id=n.id AND a.sha256=r.sha256), "
                f"(SELECT count(*) FROM hours_entry h WHERE h.note_id=n.id AND h.status='verified') "
                f"FROM note n WHERE n.id={note}", url)
        status, approvals, matching, hours = row.split("|")
        winners = len(approved.get(note, []))
        if status == "approved":
            if (approvals, matching, hours) != ("1", "1", "1") or winners != 1:
                failures.append(f"note {note}: approvals={approvals} sha-ok={matching} hours={hours} winners={winners}")
        elif winners:
            failures.append(f"note {note}: answered 200 to an approval but is {status}")
    chain = flask(dict(env, APP_ENV="development"), "audit-verify").strip()
    if tally.errors:
        failures += tally.errors[:10]
    if first_429 is None:
        failures.append("no 429 after 80 failed sign-ins")

    # --- summary --------------------------------------------------------------------------------------------
    total = sum(tally.statuses.values())
    print(f"two servers on ports {ports} (2 sync workers each), one PostgreSQL ({args.db}), Redis {args.redis}")
    print(f"{total} requests in {elapsed:.1f} s ({total / elapsed:.0f}/s), by port: {dict(tally.by_port)}")
    for (kind, status), n in sorted(tally.statuses.items()):
        print(f"  {kind:9} {status}: {n}")
    print(f"5xx: {len(tally.errors)}")
    print(f"autosaves kept: " + ", ".join(f"note {n}: {c} saves, version {start_versions[n]}->{start_versions[n] + c}"
                                         for n, (c, _) in saved.items()))
    print(f"comments kept: {dict(created_comments)}")
    raced = {n: approved.get(n, []) for n in to_race}
    print(f"approvals: {sum(1 for n in to_approve if n in approved)}/{len(to_approve)} by one supervisor; race on "
          f"{len(to_race)} notes from both ports: winners per note {[len(v) for v in raced.values()]}")
    print(f"audit chain after the load: {chain}")
    if first_429:
        n, port, retry, per_port, other, status2 = first_429
        print(f"sign-in limit: failed sign-in #{n} answered 429 on port {port} (Retry-After {retry}) after "
              f"{per_port} attempts per port; the other port ({other}) answered {status2} at once")
        print("  X-RateLimit-Remaining by attempt: " + " ".join(f"{p % 100}:{r}" for p, _, r in remaining[-12:]))
    print(f"worker RSS (MB): {workers}")
    print("OK: no 5xx, no lost write, rate limit shared" if not failures else "FAILED:\n  " + "\n  ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
