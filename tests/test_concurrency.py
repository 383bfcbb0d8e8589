"""Concurrency (issue 7, item 5), on PostgreSQL with real threads: two reviewers acting on one note at once,
and two tabs autosaving one draft. Each thread has its own client, hence its own app context, database
session and connection; a barrier starts them together. Exactly one wins; the other gets a conflict and
loses nothing."""
import os
import threading
import time
from collections import Counter

import pytest
from sqlalchemy import func, select

from supervision.audit import AuditEvent, verify_chain
from supervision.auth.services import issue_token
from supervision.enums import NoteStatus
from supervision.extensions import db
from supervision.hours.models import HoursEntry
from supervision.notes.models import Approval, Note
from tests import factories
from tests.conftest import csrf_token, login

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not os.environ.get("TEST_DATABASE_URL"),
                       reason="needs PostgreSQL (TEST_DATABASE_URL): SQLite takes one writer at a time, so "
                              "there is no row-level race to test"),
]
ROUNDS = 15


def race(*calls):
    """Run the calls in threads released together by a barrier; return their results in order."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)
    errors: list = []

    def run(i, call):
        try:
            barrier.wait(timeout=30)
            results[i] = call()
        except BaseException as exc:  # noqa: BLE001 - reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert not any(t.is_alive() for t in threads), "a request hung (a deadlock?)"
    return results


def bearer(user):
    _, raw = issue_token(user)
    return {"Authorization": f"Bearer {raw}"}


@pytest.fixture
def two_reviewers(world):
    factories.assign(world.supervisor2, world.trainee)  # both supervisors review this trainee
    db.session.commit()
    return world


def count(model, *where):
    return db.session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def test_two_supervisors_approving_at_once_one_wins(app, two_reviewers):
    w = two_reviewers
    notes = [factories.submitted_note(w.trainee) for _ in range(ROUNDS)]
    headers = [bearer(w.supervisor), bearer(w.supervisor2)]
    db.session.commit()
    clients = [app.test_client(), app.test_client()]
    outcomes, started = Counter(), time.perf_counter()
    for note in notes:
        version = note.version

        def approve(i, note_id=note.id, version=version):
            return clients[i].post(f"/api/v1/notes/{note_id}/approve", json={"attestation": True, "version": version},
                                   headers=headers[i])

        responses = race(lambda: approve(0), lambda: approve(1))
        assert sorted(r.status_code for r in responses) == [200, 409], [r.get_json() for r in responses]
        loser = next(r for r in responses if r.status_code == 409).get_json()["error"]
        assert loser["code"] in ("conflict", "invalid_transition")
        outcomes[loser["message"]] += 1
    elapsed = time.perf_counter() - started
    db.session.expire_all()
    for note in notes:
        assert db.session.get(Note, note.id).status == NoteStatus.APPROVED
        assert count(Approval, Approval.note_id == note.id) == 1
        assert count(HoursEntry, HoursEntry.note_id == note.id) == 1
        assert count(AuditEvent, AuditEvent.action == "note.approved", AuditEvent.object_id == note.id) == 1
    assert verify_chain().ok
    print(f"\napprove x approve: {ROUNDS} races, {ROUNDS} single winners, {elapsed / ROUNDS * 1000:.0f} ms a race; "
          f"losers told: {dict(outcomes)}")


def test_approve_against_request_changes_leaves_one_consistent_outcome(app, two_reviewers):
    w = two_reviewers
    notes = [factories.submitted_note(w.trainee) for _ in range(ROUNDS)]
    headers = [bearer(w.supervisor), bearer(w.supervisor2)]
    db.session.commit()
    clients = [app.test_client(), app.test_client()]
    winners = Counter()
    for note in notes:
        v = note.version
        responses = race(
            lambda n=note.id: clients[0].post(f"/api/v1/notes/{n}/approve", json={"attestation": True, "version": v},
                                              headers=headers[0]),
            lambda n=note.id: clients[1].post(f"/api/v1/notes/{n}/request-changes",
                                              json={"summary": "Quantify the episodes.", "version": v},
                                              headers=headers[1]),
        )
        assert sorted(r.status_code for r in responses) == [200, 409]
        winners["approve" if responses[0].status_code == 200 else "request_changes"] += 1
    db.session.expire_all()
    for note in notes:
        current = db.session.get(Note, note.id)
        approvals = count(Approval, Approval.note_id == note.id)
        if current.status == NoteStatus.APPROVED:
            assert approvals == 1 and current.changes_summary is None
        else:
            assert current.status == NoteStatus.CHANGES_REQUESTED and approvals == 0
            assert count(HoursEntry, HoursEntry.note_id == note.id) == 0
    assert verify_chain().ok
    print(f"\napprove x request changes: {ROUNDS} races, winners {dict(winners)}, never both")


def test_the_same_supervisor_in_two_browser_sessions(app, world):
    notes = [factories.submitted_note(world.trainee) for _ in range(5)]
    db.session.commit()
    tabs = [app.test_client(), app.test_client()]
    for tab in tabs:
        login(tab, world.supervisor)
    tokens = [csrf_token(tab, "/dashboard") for tab in tabs]
    for note in notes:
        data = [{"csrf_token": tokens[i], "version": str(note.version), "attestation": "y"} for i in range(2)]
        responses = race(lambda: tabs[0].post(f"/review/{note.id}/approve", data=data[0]),
                         lambda: tabs[1].post(f"/review/{note.id}/approve", data=data[1]))
        assert [r.status_code for r in responses] == [302, 302]
        messages = [tab.get("/dashboard").get_data(as_text=True) for tab in tabs]
        signed = [m for m in messages if f"Note #{note.id} co-signed" in m]
        told = [m for m in messages if "changed" in m or "no longer waiting" in m]
        assert len(signed) == 1 and len(told) == 1
        assert count(Approval, Approval.note_id == note.id) == 1
    assert verify_chain().ok


def test_two_tabs_autosaving_one_draft_lose_nothing(app, world):
    drafts = [factories.note(world.trainee) for _ in range(ROUNDS)]
    db.session.commit()
    first = app.test_client()
    login(first, world.trainee)
    token = csrf_token(first, "/dashboard")
    second = app.test_client()  # a second tab: the same session cookie
    second.set_cookie("supervision_session", first.get_cookie("supervision_session").value)
    tabs = [first, second]
    conflicts_seen = 0
    for n, draft in enumerate(drafts):
        texts = [draft.body + f"\nTyped in tab one, round {n}.\n", draft.body + f"\nTyped in tab two, round {n}.\n"]

        def save(i, note_id=draft.id, version=draft.version):
            return tabs[i].post(f"/notes/{note_id}/autosave", json={"version": version, "body": texts[i]},
                                headers={"X-CSRFToken": token})

        responses = race(lambda: save(0), lambda: save(1))
        codes = [r.status_code for r in responses]
        assert sorted(codes) == [200, 409], codes
        won, lost = (0, 1) if codes[0] == 200 else (1, 0)
        conflict = responses[lost].get_json()
        # The loser is told, and given what was saved, so the editor can show both; nothing was overwritten.
        assert conflict["error"]["code"] == "conflict" and conflict["current"]["body"] == texts[won]
        db.session.expire_all()
        assert db.session.get(Note, draft.id).body == texts[won]
        # The loser's editor merges and saves again on the current version: both texts are kept.
        merged = texts[won] + texts[lost].split("\n")[-2] + "\n"
        retry = tabs[lost].post(f"/notes/{draft.id}/autosave",
                                json={"version": conflict["current"]["version"], "body": merged},
                                headers={"X-CSRFToken": token})
        assert retry.status_code == 200
        db.session.expire_all()
        body = db.session.get(Note, draft.id).body
        assert f"tab one, round {n}" in body and f"tab two, round {n}" in body
        conflicts_seen += 1
    assert count(AuditEvent, AuditEvent.action == "note.autosaved") == 2 * ROUNDS
    assert verify_chain().ok
    print(f"\nautosave x autosave: {ROUNDS} races, {conflicts_seen} conflicts answered 409 with the saved text, "
          "0 texts lost")
