"""Pages and API reads issue a fixed number of SQL statements, whatever the amount of data (issue 9).

Each page is requested once with a little data and once with a lot (10 versus 1,000 notes for the trainee,
with comments, annotations and reflections), and the statement counts must be equal.
"""
from __future__ import annotations

import hashlib
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from sqlalchemy import event, insert

from supervision import clock
from supervision.extensions import db
from supervision.notes.models import Note, Revision
from supervision.reflection.models import Reflection
from supervision.threads.models import Comment
from tests import factories
from tests.conftest import login


@contextmanager
def counting(engine):
    statements: list[str] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


def add_notes(world, count: int, *, start: int = 0) -> int:
    """Bulk-insert `count` submitted notes of the trainee, each with a revision and two comments; returns
    the id of one of them."""
    now = clock.now()
    body = factories.CLEAN_BODY
    digest = hashlib.sha256(body.encode()).hexdigest()
    notes = [dict(program_id=world.program.id, trainee_id=world.trainee.id, status="submitted", version=2,
                  template="soap", client_code=f"C-{100 + (i % 800):03d}", session_date=date(2026, 1, 1) + timedelta(days=i % 300),
                  duration_minutes=50, session_type="individual", setting="in_person", body=body, body_html=body,
                  created_at=now, updated_at=now, submitted_at=now - timedelta(minutes=i))
             for i in range(start, start + count)]
    ids = list(db.session.execute(insert(Note).returning(Note.id), notes).scalars())
    db.session.execute(insert(Revision), [dict(note_id=i, number=1, body=body, body_html=body, sha256=digest,
                                              submitted_by_id=world.trainee.id, submitted_at=now) for i in ids])
    db.session.execute(insert(Comment), [dict(note_id=i, author_id=author, body="Feedback", body_html="<p>Feedback</p>",
                                             kind="comment", created_at=now, revision_number=1)
                                        for i in ids for author in (world.supervisor.id, world.trainee.id)])
    db.session.execute(insert(Reflection), [dict(program_id=world.program.id, trainee_id=world.trainee.id, source="free",
                                                body="Entry", body_html="<p>Entry</p>", shared=True, version=1,
                                                created_at=now, updated_at=now) for _ in ids])
    db.session.commit()
    return ids[0]


PAGES = {
    "trainee": ["/dashboard", "/notes/", "/reflections/", "/hours/", "/api/v1/notes", "/api/v1/reflections"],
    "supervisor": ["/dashboard", "/review/", "/notes/", "/reflections/", "/notes/{note}", "/api/v1/notes",
                   "/api/v1/notes/{note}", "/api/v1/notes/{note}/comments", "/api/v1/notes/{note}/annotations"],
}


@pytest.mark.parametrize("role", sorted(PAGES))
def test_query_counts_do_not_grow_with_data(app, client, world, role):
    note = add_notes(world, 10)
    login(client, getattr(world, role))

    def measure() -> dict[str, int]:
        counts = {}
        for path in PAGES[role]:
            url = path.format(note=note)
            with counting(db.engine) as statements:
                response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            counts[url] = len(statements)
        return counts

    small = measure()
    add_notes(world, 990, start=10)
    large = measure()
    assert large == small, {url: (small[url], large[url]) for url in small if small[url] != large[url]}
