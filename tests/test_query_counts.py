"""Pages and API reads issue a fixed number of SQL statements, whatever the amount of data (issue 9).

Each page is requested once with a little data and once with a lot (10 versus 1,000 notes for the trainee,
with comments, annotations and reflections), and the statement counts must be equal.
"""
from __future__ import annotations

import hashlib
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from sqlalchemy import event, func, insert, select

from supervision import clock
from supervision.auth.models import User
from supervision.extensions import db
from supervision.hours.models import HoursEntry
from supervision.hours.services import rebuild_week_totals
from supervision.notes.models import Note, Revision
from supervision.programs.models import SupervisionAssignment
from supervision.reflection.models import Reflection
from supervision.threads.models import Annotation, AnnotationAnchor, Comment
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
    """Bulk-insert `count` submitted notes of the trainee, each with a revision, two comments, an annotation
    with its anchor, a reflection and two hours entries (one verified, one pending; the weekly rollup rebuilt);
    returns the id of one of them."""
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
    revisions = dict(db.session.execute(select(Revision.note_id, Revision.id).where(Revision.note_id.in_(ids))).all())
    exact = "better sleep"
    offset = body.index(exact)
    annotation_ids = list(db.session.execute(insert(Annotation).returning(Annotation.id, sort_by_parameter_order=True), [
        dict(note_id=i, revision_id=revisions[i], author_id=world.supervisor.id, exact=exact, prefix="", suffix="",
             start=offset, end=offset + len(exact), body="Why?", body_html="<p>Why?</p>", created_at=now) for i in ids
    ]).scalars())
    db.session.execute(insert(AnnotationAnchor), [
        dict(annotation_id=a, revision_id=revisions[i], revision_number=1, start=offset, end=offset + len(exact),
             confidence=1.0, method="original", created_at=now) for a, i in zip(annotation_ids, ids)])
    db.session.execute(insert(HoursEntry), [
        dict(program_id=world.program.id, trainee_id=world.trainee.id, date=date(2026, 1, 1) + timedelta(days=i % 300),
             minutes=60, category=category, description="", status=status, version=1, created_at=now,
             updated_at=now, submitted_at=now, verified_by_id=world.supervisor.id if status == "verified" else None,
             verified_at=now if status == "verified" else None)
        for i in range(start, start + count) for category, status in (("individual_supervision", "verified"),
                                                                       ("documentation", "pending"))])
    rebuild_week_totals(world.program.id)
    db.session.commit()
    return ids[0]


def add_trainees(world, count: int, *, start: int = 0) -> None:
    """Bulk-insert `count` more trainees of the program, supervised by the first supervisor, each with a few
    hours entries (for the director's pages, whose size is the number of trainees)."""
    now = clock.now()
    hashed = world.trainee.password_hash
    ids = list(db.session.execute(insert(User).returning(User.id, sort_by_parameter_order=True), [
        dict(program_id=world.program.id, email=f"bulk{i}@example.test", name=f"Bulk Trainee {i:04d}", role="trainee",
             password_hash=hashed, active=True, session_version=1, created_at=now) for i in range(start, start + count)
    ]).scalars())
    db.session.execute(insert(SupervisionAssignment), [
        dict(program_id=world.program.id, supervisor_id=world.supervisor.id, trainee_id=t, kind="primary",
             starts_on=date(2025, 1, 1), created_at=now) for t in ids])
    db.session.execute(insert(HoursEntry), [
        dict(program_id=world.program.id, trainee_id=t, date=date(2026, 1, 5) + timedelta(days=7 * w), minutes=90,
             category="individual", description="", status="verified" if w % 2 else "pending", version=1,
             created_at=now, updated_at=now, submitted_at=now) for t in ids for w in range(4)])
    rebuild_week_totals(world.program.id)
    db.session.commit()


PAGES = {
    "trainee": ["/dashboard", "/notes/", "/notes/{note}", "/notes/{note}/revisions",
                "/notes/{note}/revisions/1", "/reflections/", "/reflections/{reflection}", "/hours/", "/hours/aapi",
                "/hours/entries/{entry}", "/notifications", "/api/v1/me", "/api/v1/notes", "/api/v1/notes/{note}",
                "/api/v1/notes/{note}/comments", "/api/v1/notes/{note}/annotations", "/api/v1/reflections",
                "/api/v1/reflections/{reflection}", "/api/v1/hours", "/api/v1/hours/{entry}", "/api/v1/hours/summary"],
    "supervisor": ["/dashboard", "/review/", "/notes/", "/reflections/", "/notes/{note}", "/notes/{note}/revisions",
                   "/hours/", "/hours/?trainee={trainee}", "/hours/queue", "/hours/aapi?trainee={trainee}",
                   "/api/v1/notes", "/api/v1/notes/{note}", "/api/v1/notes/{note}/comments",
                   "/api/v1/notes/{note}/annotations", "/api/v1/reflections", "/api/v1/hours",
                   "/api/v1/hours/summary?trainee_id={trainee}"],
    "director": ["/dashboard", "/hours/?trainee={trainee}", "/hours/cohort",
                 "/program/people", "/program/audit", "/program/audit/reads", "/api/v1/notes", "/api/v1/hours", "/api/v1/hours/cohort", "/api/v1/hours/summary?trainee_id={trainee}"],
}


def _ids(world, note: int) -> dict[str, int]:
    return dict(note=note, trainee=world.trainee.id,
                reflection=db.session.execute(select(func.min(Reflection.id))).scalar(),
                entry=db.session.execute(select(func.min(HoursEntry.id))).scalar())


def _measure(client, paths, ids) -> dict[str, int]:
    counts = {}
    for path in paths:
        url = path.format(**ids)
        with counting(db.engine) as statements:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        counts[url] = len(statements)
    return counts


@pytest.mark.parametrize("role", sorted(PAGES))
def test_query_counts_do_not_grow_with_data(app, client, world, role):
    note = add_notes(world, 10)
    login(client, getattr(world, role))
    ids = _ids(world, note)
    small = _measure(client, PAGES[role], ids)
    add_notes(world, 990, start=10)
    large = _measure(client, PAGES[role], ids)
    assert large == small, {url: (small[url], large[url]) for url in small if small[url] != large[url]}


PROGRAM_PAGES = {
    "director": ["/dashboard", "/hours/cohort", "/hours/cohort?sort=name&order=desc", "/program/people",
                 "/api/v1/hours/cohort", "/api/v1/hours"],
    "supervisor": ["/dashboard", "/review/", "/hours/?trainee={trainee}", "/hours/queue", "/api/v1/hours"],
}


@pytest.mark.parametrize("role", sorted(PROGRAM_PAGES))
def test_query_counts_do_not_grow_with_trainees(app, client, world, role):
    """The director's cohort view and the supervisor's lists: 3 trainees versus 203. (More than a page of
    entries from the start: a first page shorter than a page is counted without a COUNT query.)"""
    note = add_notes(world, 110)
    login(client, getattr(world, role))
    ids = _ids(world, note)
    small = _measure(client, PROGRAM_PAGES[role], ids)
    add_trainees(world, 200)
    large = _measure(client, PROGRAM_PAGES[role], ids)
    assert large == small, {url: (small[url], large[url]) for url in small if small[url] != large[url]}
