"""`flask seed-bench` with tiny numbers: the bulk rows are consistent with what the services would write."""
from __future__ import annotations

import hashlib
from collections import defaultdict

from sqlalchemy import func, select

from supervision.audit import verify_chain
from supervision.auth.models import User
from supervision.enums import HoursStatus, NoteStatus
from supervision.extensions import db
from supervision.hours.models import HoursEntry, HoursWeek
from supervision.hours.rules import week_index
from supervision.notes.models import Approval, Note, Revision
from supervision.reflection.models import Reflection, reflection_competency
from supervision.seed import BENCH_PASSWORD
from supervision.threads.models import Annotation, AnnotationAnchor, Comment
from tests import factories
from tests.conftest import login

ARGS = ["seed-bench", "--programs", "2", "--trainees", "5", "--supervisors", "3", "--notes-per-trainee", "24",
        "--comments-per-note", "3", "--annotations-per-note", "2", "--reflections-per-trainee", "4",
        "--manual-hours-per-trainee", "10", "--seed", "3"]


def seed(runner):
    result = runner.invoke(args=ARGS)
    assert result.exit_code == 0, result.output
    return result.output


def scalar(query):
    return db.session.execute(query).scalar()


def test_seed_bench_rows_are_consistent(app, runner):
    output = seed(runner)
    assert "rows in" in output
    assert scalar(select(func.count()).select_from(User).where(User.role == "trainee")) == 5
    assert scalar(select(func.count()).select_from(Note)) == 5 * 24
    statuses = set(db.session.execute(select(Note.status).distinct()).scalars())
    assert statuses == set(NoteStatus)

    # Every co-signed note has an approval of its latest revision, with that revision's SHA-256.
    revisions = defaultdict(list)
    for rev in db.session.execute(select(Revision)).scalars():
        assert rev.sha256 == hashlib.sha256(rev.body.encode()).hexdigest()
        revisions[rev.note_id].append(rev)
    approvals = {a.note_id: a for a in db.session.execute(select(Approval)).scalars()}
    for note in db.session.execute(select(Note)).scalars():
        revs = sorted(revisions[note.id], key=lambda r: r.number)
        if note.status == NoteStatus.DRAFT:
            assert not revs
            continue
        assert [r.number for r in revs] == list(range(1, len(revs) + 1))
        assert revs[-1].body == note.body
        if note.status == NoteStatus.APPROVED:
            approval = approvals[note.id]
            assert approval.revision_id == revs[-1].id and approval.sha256 == revs[-1].sha256
        else:
            assert note.id not in approvals

    # Hours: one verified entry per co-signed note, with its minutes and supervisor; manual ones in every state.
    entries = list(db.session.execute(select(HoursEntry)).scalars())
    by_note = {e.note_id: e for e in entries if e.note_id is not None}
    approved = {n.id: n for n in db.session.execute(select(Note).where(Note.status == NoteStatus.APPROVED)).scalars()}
    assert set(by_note) == set(approved)
    for note_id, entry in by_note.items():
        assert entry.status == HoursStatus.VERIFIED
        assert entry.minutes == approved[note_id].duration_minutes and entry.date == approved[note_id].session_date
        assert entry.verified_by_id == approvals[note_id].supervisor_id
    assert {e.status for e in entries if e.note_id is None} == set(HoursStatus)

    # The weekly rollup matches a recount from the entries.
    recount = defaultdict(lambda: [0, 0])
    for e in entries:
        if e.status in (HoursStatus.VERIFIED, HoursStatus.PENDING):
            key = (e.program_id, e.trainee_id, week_index(e.date))
            recount[key][1] += e.minutes
            if e.status == HoursStatus.VERIFIED:
                recount[key][0] += e.minutes
    rollup = {(w.program_id, w.trainee_id, w.week): [w.verified_minutes, w.logged_minutes]
              for w in db.session.execute(select(HoursWeek)).scalars()}
    assert rollup == dict(recount)

    # Annotations sit on their revision's text, in every revision they are anchored in.
    bodies = {r.id: r.body for revs in revisions.values() for r in revs}
    for ann in db.session.execute(select(Annotation)).scalars():
        assert bodies[ann.revision_id][ann.start:ann.end] == ann.exact
    for anchor, exact in db.session.execute(select(AnnotationAnchor, Annotation.exact).join(Annotation)):
        assert bodies[anchor.revision_id][anchor.start:anchor.end] == exact
    assert scalar(select(func.count()).select_from(Comment).where(Comment.parent_id.is_not(None))) > 0
    assert scalar(select(func.count()).select_from(Reflection).where(Reflection.comment_id.is_not(None))) > 0
    assert scalar(select(func.count()).select_from(reflection_competency)) > 0

    # The audit chain (programs and directors only) is intact.
    assert verify_chain().ok


def test_seeded_accounts_sign_in_and_ordinary_inserts_follow(app, runner, client):
    seed(runner)
    supervisor = db.session.execute(select(User).where(User.role == "supervisor").order_by(User.id)).scalars().first()
    login(client, supervisor, password=BENCH_PASSWORD)
    assert client.get("/review/").status_code == 200
    # Explicit ids were used: the next ordinary rows must not collide with them (PostgreSQL sequences).
    program = factories.program("After the seed")
    factories.user(program, "trainee")
    db.session.commit()


def test_seed_refuses_to_run_twice_with_one_prefix(app, runner):
    seed(runner)
    again = runner.invoke(args=ARGS)
    assert again.exit_code != 0 and "exist already" in again.output
