"""Crash safety (issue 7, item 6), on PostgreSQL: a worker process killed with SIGKILL in the middle of a
transition, after every change is made and before COMMIT, leaves no half state: the note, its revisions,
approval, hours entry, notifications and audit events are exactly as before; the locks it held are
released; `audit-verify` passes; and the transition then succeeds normally."""
import os
import select as io_select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from supervision.audit import verify_chain
from supervision.extensions import db
from supervision.notes.models import Note
from tests import factories

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not os.environ.get("TEST_DATABASE_URL"),
                       reason="needs PostgreSQL (TEST_DATABASE_URL): the test kills a worker holding row and "
                              "advisory locks in an open transaction"),
]


def snapshot(note_id: int) -> dict:
    """Every table's row count, and the note's own row."""
    db.session.rollback()
    counts = {t.name: db.session.execute(select(func.count()).select_from(t)).scalar_one()
              for t in db.metadata.sorted_tables}
    note = db.session.execute(select(Note.__table__).where(Note.id == note_id)).one()._asdict()
    return {"counts": counts, "note": note}


def start_worker(transition: str, note_id: int, email: str) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "tests.crash_worker", transition, str(note_id), email],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = io_select.select([process.stdout], [], [], 1)
        if ready:
            line = process.stdout.readline()
            if line.strip() == "READY":
                return process
            if not line:
                break
    process.kill()
    _, err = process.communicate(timeout=10)
    raise AssertionError(f"the worker never reached the commit: {err[-3000:]}")


@pytest.mark.parametrize("transition, who, prepare", [
    ("submit", "trainee", factories.note),
    ("approve", "supervisor", factories.submitted_note),
    ("request_changes", "supervisor", factories.submitted_note),
])
def test_a_worker_killed_before_commit_leaves_no_half_state(app, runner, world, transition, who, prepare):
    note = prepare(world.trainee)
    db.session.commit()
    note_before = snapshot(note.id)["note"]

    worker = start_worker(transition, note.id, getattr(world, who).email)
    try:
        # The worker signed in (committed) and then wrote the whole transition, which it holds, with its
        # locks, in a transaction nobody else can see.
        waiting = db.session.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction' "
            "AND datname = current_database()")).scalar_one()
        assert waiting >= 1
        before = snapshot(note.id)
        assert before["note"] == note_before
        # ...and it did change the note: its row is locked by the worker's UPDATE.
        with db.engine.connect() as conn, pytest.raises(OperationalError, match="lock"):
            conn.execute(text("SELECT id FROM note WHERE id = :id FOR UPDATE NOWAIT"), {"id": note.id})
    finally:
        killed_at = time.perf_counter()
        os.kill(worker.pid, signal.SIGKILL)
        worker.communicate(timeout=10)  # reaps it and closes its pipes
    assert worker.returncode == -signal.SIGKILL

    # PostgreSQL rolls the dead session back and frees its row and advisory locks: the same transition,
    # done now in this process, neither waits nor conflicts.
    db.session.execute(text("SET LOCAL lock_timeout = '5s'"))
    assert snapshot(note.id) == before
    result = runner.invoke(args=["audit-verify"])
    assert result.exit_code == 0 and "Audit chain OK" in result.output

    fresh = db.session.get(Note, note.id)
    actor = getattr(world, who)
    db.session.execute(text("SET LOCAL lock_timeout = '5s'"))
    if transition == "submit":
        from supervision.notes.services import submit_note

        submit_note(fresh, actor, version=fresh.version)
    elif transition == "approve":
        from supervision.review.services import approve_note

        approve_note(fresh, actor, attestation=True, wording="I attest.", version=fresh.version)
    else:
        from supervision.review.services import request_changes

        request_changes(fresh, actor, summary="Quantify the panic episodes.", version=fresh.version)
    db.session.commit()
    recovered = time.perf_counter() - killed_at
    after = snapshot(note.id)
    assert after["note"]["version"] == before["note"]["version"] + 1
    assert verify_chain().ok
    print(f"\n{transition}: killed before COMMIT, nothing of it remained, locks free and the transition redone "
          f"{recovered * 1000:.0f} ms after the kill")
