"""A worker that dies in the middle of a transition, for the crash-safety test.

    python -m tests.crash_worker TRANSITION NOTE_ID EMAIL

Signs in as EMAIL and posts the transition (submit, approve, request_changes) through the real view, on the
database of TEST_DATABASE_URL. A test-only hook on the session's `before_commit` stops the request after
the view has made every change (flushed: status, revision, approval, hours entry, notifications, audit
event, all holding their locks) and just before COMMIT: it prints READY and sleeps, for the test to kill
the process with SIGKILL.
"""
from __future__ import annotations

import sys
import time

from sqlalchemy import event
from sqlalchemy.orm import Session

from config import TestConfig
from supervision import create_app

PASSWORD = "correct horse battery staple"
PATHS = {
    "submit": ("/notes/{id}/submit", {}),
    "approve": ("/review/{id}/approve", {"attestation": "y"}),
    "request_changes": ("/review/{id}/request-changes", {"summary": "Quantify the panic episodes."}),
}


class WorkerConfig(TestConfig):
    WTF_CSRF_ENABLED = False


def main() -> None:
    transition, note_id, email = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    app = create_app(WorkerConfig)
    client = app.test_client()
    assert client.post("/login", data={"email": email, "password": PASSWORD}).status_code == 302
    with app.app_context():
        from supervision.extensions import db
        from supervision.notes.models import Note

        version = db.session.get(Note, note_id).version
        db.session.rollback()

    @event.listens_for(Session, "before_commit")
    def stop_before_commit(session):
        session.flush()
        print("READY", flush=True)
        time.sleep(600)  # the test kills us here

    path, data = PATHS[transition]
    client.post(path.format(id=note_id), data=dict(data, version=str(version)))
    print("COMMITTED", flush=True)  # only reached if the hook did not stop us


if __name__ == "__main__":
    main()
