"""Fixtures for the security suite (issue 7): a world with every kind of actor and object, unique sentinel
strings planted in everything people type, and whole-database snapshots to prove that a refused request
changed nothing and to undo an allowed one.

`sec_world` is module-scoped: it is built once, every test of the module starts from the same snapshot, and
the tables are emptied when the module ends. Modules that use it set `MODULE_WORLD = True`, which turns off
the per-test cleaning of tests/conftest.py for them (it would wipe the world after the first test).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import Integer, func, select, text

from supervision import clock as clock_module
from supervision.extensions import db
from tests import factories
from tests.conftest import CSRF_RE

# Rows that a request may write even when it is refused (for example a log of who tried to open what).
# Issue 7 item 7 (audit of reads) adds its table here if it records refused attempts.
TABLES_ALLOWED_TO_CHANGE_ON_REFUSAL: set[str] = set()

ACTORS = ("anonymous", "owner", "trainee_other", "peer", "supervisor", "supervisor_other", "director",
          "other_director", "other_trainee")


def sentinel(kind: str) -> str:
    """A word that appears nowhere else: lower-case letters only, so the PHI guard, Markdown, HTML escaping
    and JSON leave it as it is, and a leak is found by a plain substring test."""
    return "zqx" + re.sub(r"[^a-z]", "", kind.lower()) + "qzx"


# --- the database: emptying, fingerprints and snapshots ---------------------------------------------------

def empty_tables() -> None:
    db.session.rollback()
    db.session.remove()
    tables = list(reversed(db.metadata.sorted_tables))
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                conn.execute(table.delete())


def read_rows() -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    db.session.remove()
    rows: dict[str, list[tuple]] = {}
    with db.engine.connect() as conn:
        for table in db.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            rows[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*order))]
    return rows


def table_digests() -> dict[str, str]:
    """A digest of each table's rows: one round trip on PostgreSQL, so the matrix can afford it per request."""
    db.session.remove()
    tables = db.metadata.sorted_tables
    with db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            parts = [f"""(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "{t.name}" x)"""
                     f' AS "{t.name}"' for t in tables]
            return dict(conn.execute(text("SELECT " + ", ".join(parts))).mappings().one())
    return {name: hashlib.sha256(repr(rows).encode()).hexdigest() for name, rows in read_rows().items()}


def _with_dependants(names: set[str]) -> set[str]:
    """`names` and every table whose rows point (directly or not) at one of them."""
    out = set(names)
    grew = True
    while grew:
        grew = False
        for table in db.metadata.sorted_tables:
            if table.name not in out and any(fk.column.table.name in out for fk in table.foreign_keys):
                out.add(table.name)
                grew = True
    return out


def restore_rows(rows: dict[str, list[tuple]], changed: set[str] | None = None) -> None:
    """Put the database back exactly as `rows` (ids, sequences and all). With `changed`, only those tables and
    the tables that refer to them are rewritten (DELETE and INSERT: on PostgreSQL much quicker than TRUNCATE
    for a handful of rows)."""
    db.session.rollback()
    db.session.remove()
    names = _with_dependants(changed) if changed is not None else {t.name for t in db.metadata.sorted_tables}
    tables = [t for t in db.metadata.sorted_tables if t.name in names]
    with db.engine.begin() as conn:
        for table in reversed(tables):
            conn.execute(table.delete())
        for table in tables:
            data = rows.get(table.name) or []
            if data:
                columns = [c.key for c in table.columns]
                conn.execute(table.insert(), [dict(zip(columns, row)) for row in data])
        if conn.dialect.name == "postgresql":
            for table in tables:
                pk = list(table.primary_key.columns)
                if len(pk) == 1 and isinstance(pk[0].type, Integer):
                    top = conn.execute(select(func.max(pk[0])).select_from(table)).scalar()
                    seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                       {"t": f'"{table.name}"', "c": pk[0].name}).scalar()
                    if seq:
                        conn.execute(text("SELECT setval(:s, :v, :called)"),
                                     {"s": seq, "v": top or 1, "called": top is not None})


@pytest.fixture(autouse=True)
def _clean_database(request, app):
    """Overrides tests/conftest.py: modules with MODULE_WORLD keep their module world between tests."""
    with app.app_context():
        yield
        if getattr(request.module, "MODULE_WORLD", False):
            return
        empty_tables()


# --- the world --------------------------------------------------------------------------------------------

@dataclass
class Sentinel:
    text: str
    seen_by: frozenset[str]  # the actors allowed to read it anywhere


@dataclass
class SecurityWorld:
    users: dict[str, int] = field(default_factory=dict)  # actor -> user id (no anonymous)
    emails: dict[str, str] = field(default_factory=dict)
    ids: dict[str, int | str] = field(default_factory=dict)  # slot -> id (notes, entries, ...)
    versions: dict[str, int] = field(default_factory=dict)  # slot -> version column
    tokens: dict[str, str] = field(default_factory=dict)  # actor -> raw bearer token
    sentinels: dict[str, Sentinel] = field(default_factory=dict)
    today: str = ""
    yesterday: str = ""
    snapshot: dict = field(default_factory=dict)
    digests: dict = field(default_factory=dict)  # table_digests() of the snapshot
    clients: dict = field(default_factory=dict)  # actor -> HTML/cookie client
    csrf: dict[str, str] = field(default_factory=dict)  # actor -> signed CSRF token of that client's session

    def hidden_from(self, actor: str) -> list[Sentinel]:
        return [s for s in self.sentinels.values() if actor not in s.seen_by]

    def fill(self, template: str) -> str:
        values = {**self.ids, **{f"user_{k}": v for k, v in self.users.items()},
                  **{f"v_{k}": v for k, v in self.versions.items()}, "today": self.today,
                  "yesterday": self.yesterday}
        return template.format(**values)


NOTE_VIEWERS = frozenset({"owner", "peer", "supervisor"})


def build_world() -> SecurityWorld:
    """Two programs, every role, and at least one object of every kind, each carrying a sentinel."""
    from supervision.auth.services import issue_token
    from supervision.hours import services as hours
    from supervision.notes import services as notes
    from supervision.notes.models import Note
    from supervision.programs.services import create_peer_group, invite_person
    from supervision.reflection import services as reflection
    from supervision.review.services import request_changes
    from supervision.threads import services as threads

    w = SecurityWorld()
    s = w.sentinels

    def plant(kind: str, seen_by) -> str:
        s[kind] = Sentinel(sentinel(kind), frozenset(seen_by))
        return s[kind].text

    p = factories.program("Northfield Counseling Program")
    other = factories.program("Other Program " + plant("otherprogram", {"other_director", "other_trainee"}))
    people = {
        "director": factories.user(p, "director", email="director@example.test", name="Dana Director"),
        "supervisor": factories.user(p, "supervisor", email="sup1@example.test", name="Sam Supervisor"),
        "supervisor_other": factories.user(p, "supervisor", email="sup2@example.test", name="Uma Unassigned"),
        "owner": factories.user(p, "trainee", email="trainee1@example.test", name="Tara Trainee"),
        "peer": factories.user(p, "trainee", email="trainee2@example.test", name="Theo Trainee"),
        "trainee_other": factories.user(p, "trainee", email="trainee3@example.test", name="Tia Trainee"),
        "other_director": factories.user(other, "director", email="director@other.test",
                                         name="Olga " + plant("otherdirectorname", {"other_director", "other_trainee"})),
        "other_trainee": factories.user(other, "trainee", email="trainee@other.test",
                                        name="Otto " + plant("othertraineename", {"other_director", "other_trainee"})),
    }
    other_supervisor = factories.user(other, "supervisor", email="sup@other.test", name="Oscar Other")
    spare = factories.user(p, "trainee", email="spare@example.test", name="Sid Spare")
    factories.assign(people["supervisor"], people["owner"])
    factories.assign(people["supervisor"], people["peer"])
    factories.assign(people["supervisor_other"], people["trainee_other"])
    factories.assign(other_supervisor, people["other_trainee"])
    factories.assign(people["supervisor_other"], spare)
    owner, sup, peer = people["owner"], people["supervisor"], people["peer"]
    group = create_peer_group(None, p, "Cohort A", [owner, peer])
    other_group = create_peer_group(None, other, "Other cohort", [people["other_trainee"]])

    def body(kind: str, seen_by=NOTE_VIEWERS) -> str:
        return factories.CLEAN_BODY + f"\n## Notes\nReviewed {plant(kind, seen_by)} with the client.\n"

    # A shared note with two revisions, an annotation (with a suggestion), comments and a reply.
    shared = factories.submitted_note(owner, body=body("noteshared"))
    notes.share_note(shared, owner, group)
    annotation = threads.add_annotation(shared, sup, exact="better sleep",
                                        body="How was sleep measured? " + plant("annotationbody", NOTE_VIEWERS))
    comment = threads.add_comment(shared, sup, body="Separate report from observation. " + plant("supcomment", NOTE_VIEWERS))
    threads.add_comment(shared, peer, body="Peer view: " + plant("peerreply", NOTE_VIEWERS), parent_id=comment.id)
    threads.add_comment(shared, owner, body="Thanks. " + plant("ownercomment", NOTE_VIEWERS))
    request_changes(shared, sup, summary="Please say how sleep was measured. " + plant("changessummary", NOTE_VIEWERS))
    notes.update_note(shared, owner, version=shared.version, body=shared.body + "\nSleep diary used.\n")
    notes.submit_note(shared, owner)

    # A clean draft and a draft with an identifier (findings to redact or dismiss), both shared.
    draft = factories.note(owner, body=body("notedraft"))
    notes.share_note(draft, owner, group)
    phi = factories.note(owner, body=factories.PHI_BODY + "\nSee " + plant("notephi", NOTE_VIEWERS) + ".\n")
    notes.share_note(phi, owner, group)
    findings = notes.findings_for(phi)
    assert len(findings) >= 2, findings
    notes.dismiss_finding(phi, owner, finding=findings[0].id,
                          reason="Not an identifier " + plant("dismissreason", NOTE_VIEWERS))
    # Changes requested, with a pending suggestion for the trainee to accept or decline.
    changes = factories.submitted_note(owner, body=body("notechanges"))
    notes.share_note(changes, owner, group)
    suggest = threads.add_annotation(changes, sup, exact="fewer panic episodes", body="Be precise.",
                                     suggestion="two panic episodes")
    request_changes(changes, sup, summary="See the suggestion.")
    # Approved (and so verified hours), shared; and a submitted note shared with nobody.
    approved = factories.approved_note(owner, sup, body=body("noteapproved"))
    notes.share_note(approved, owner, group)
    private = factories.submitted_note(owner, body=body("noteprivate", {"owner", "supervisor"}))
    # Someone else's notes: another trainee of the program, and a trainee of the other program.
    t3_note = factories.submitted_note(people["trainee_other"], body=body("notetraineeother", {"trainee_other", "supervisor_other"}))
    other_note = factories.submitted_note(people["other_trainee"], body=body("noteotherprogram", {"other_trainee"}))
    notes.share_note(other_note, people["other_trainee"], other_group)
    other_comment = threads.add_comment(other_note, other_supervisor, body="Other " + plant("othercomment", {"other_trainee"}))

    # Reflections: private, shared (with an answer), and the other program's.
    refl_private = reflection.create_reflection(owner, body="Private " + plant("reflprivate", {"owner"}),
                                                competencies=["ethics"])
    refl_shared = reflection.create_reflection(owner, comment_id=comment.id, shared=True, competencies=["assessment"],
                                               body="Shared " + plant("reflshared", {"owner", "supervisor"}))
    reflection.answer_reflection(refl_shared, sup, body="Answer " + plant("reflanswer", {"owner", "supervisor"}))
    refl_other = reflection.create_reflection(people["other_trainee"], shared=True,
                                              body="Other " + plant("reflotherprogram", {"other_trainee"}))
    reflection.create_reflection(people["trainee_other"], shared=True,
                                 body="Tia " + plant("refltraineeother", {"trainee_other", "supervisor_other"}))
    prompt = reflection.open_prompts(owner)
    assert prompt, "request_changes opens a reflection prompt"

    # Hours: pending and verified hand-logged entries, others' entries.
    today = hours.program_today(p)
    w.today, w.yesterday = today.isoformat(), (today - timedelta(days=1)).isoformat()
    day2 = today - timedelta(days=2)
    entry = hours.log_hours(owner, date=day2, minutes=60, category="consultation",
                            description="Case consult " + plant("hoursdesc", {"owner", "supervisor", "director"}))
    verified = hours.log_hours(owner, date=day2, minutes=30, category="training", description="Workshop")
    hours.verify_hours(verified, sup)
    t3_entry = hours.log_hours(people["trainee_other"], date=day2, minutes=45, category="consultation",
                               description="Tia " + plant("hourstraineeother", {"trainee_other", "supervisor_other", "director"}))
    other_entry = hours.log_hours(people["other_trainee"], date=day2, minutes=45, category="consultation",
                                  description="Otto " + plant("hoursotherprogram", {"other_trainee", "other_director"}))

    # Program administration: invitations, assignments.
    invitation, raw_invite = invite_person(people["director"], email="newcomer@example.test", name="Nia Newcomer",
                                           role="trainee")
    other_invitation, _ = invite_person(people["other_director"], email="newcomer@other.test", name="Nat Newcomer",
                                        role="trainee")
    from supervision.programs.models import SupervisionAssignment as SA

    assignment = db.session.execute(select(SA).where(SA.trainee_id == owner.id)).scalar_one()
    other_assignment = db.session.execute(select(SA).where(SA.trainee_id == people["other_trainee"].id)).scalar_one()
    db.session.flush()

    for actor, user in people.items():
        _, raw = issue_token(user, name="security suite")
        w.tokens[actor] = raw
    db.session.commit()

    w.users = {actor: u.id for actor, u in people.items()}
    w.emails = {actor: u.email for actor, u in people.items()}
    w.users["spare"] = spare.id
    w.emails["spare"] = spare.email
    phi_open = [f for f in notes.findings_for(db.session.get(Note, phi.id)) if not f.dismissed]
    w.ids.update(
        note_shared=shared.id, note_draft=draft.id, note_phi=phi.id, note_changes=changes.id,
        note_approved=approved.id, note_private=private.id, note_t3=t3_note.id, note_other=other_note.id,
        finding=phi_open[0].id, annotation=annotation.id, annotation_suggest=suggest.id, comment=comment.id,
        comment_other=other_comment.id, group=group.id, group_other=other_group.id,
        refl_private=refl_private.id, refl_shared=refl_shared.id, refl_other=refl_other.id, prompt=prompt[0].id,
        entry=entry.id, entry_verified=verified.id, entry_t3=t3_entry.id, entry_other=other_entry.id,
        invitation=invitation.id, invitation_other=other_invitation.id, invite_token=raw_invite,
        assignment=assignment.id, assignment_other=other_assignment.id, spare=spare.id,
        revision_shared=shared.latest_revision.number,
    )
    for slot in ("note_shared", "note_draft", "note_phi", "note_changes", "note_approved", "note_private"):
        w.versions[slot] = db.session.get(Note, w.ids[slot]).version
    from supervision.hours.models import HoursEntry
    from supervision.reflection.models import Reflection

    for slot in ("entry", "entry_verified"):
        w.versions[slot] = db.session.get(HoursEntry, w.ids[slot]).version
    for slot in ("refl_shared", "refl_private"):
        w.versions[slot] = db.session.get(Reflection, w.ids[slot]).version
    return w


# --- signing in -------------------------------------------------------------------------------------------

def page_csrf(client, path: str = "/login") -> str:
    page = client.get(path)
    match = CSRF_RE.search(page.get_data(as_text=True))
    assert match, f"no csrf meta tag on {path}"
    return match.group(1)


def signed_in_client(app, email: str | None):
    """A cookie client signed in as `email` (anonymous when None) and its CSRF token."""
    client = app.test_client()
    token = page_csrf(client)
    if email is not None:
        response = client.post("/login", data={"email": email, "password": factories.PASSWORD, "csrf_token": token})
        assert response.status_code == 302 and "/login" not in response.headers["Location"], response.status_code
        token = page_csrf(client, "/account")
    return client, token


class FrozenClock:
    def __init__(self, at: datetime):
        self.at = at

    def now(self) -> datetime:
        return self.at


@pytest.fixture(scope="module")
def sec_world(app):
    """The security world, built once per module (see the module docstring), with a signed-in client and
    a bearer token per actor. The clock is frozen so that no request writes a 'last seen' of its own."""
    mp = pytest.MonkeyPatch()
    mp.setattr(clock_module, "now", FrozenClock(datetime.now(timezone.utc).replace(microsecond=0)).now)
    with app.app_context():
        empty_tables()
        try:
            world = build_world()
            for actor in ACTORS:
                client, token = signed_in_client(app, world.emails.get(actor))
                world.clients[actor], world.csrf[actor] = client, token
            # First use of each token stamps last_used_at; do it now, not in the middle of a test.
            for actor, raw in world.tokens.items():
                assert app.test_client().get("/api/v1/me", headers={"Authorization": f"Bearer {raw}"}).status_code == 200
            world.snapshot = read_rows()
            world.digests = table_digests()
            yield world
        finally:
            empty_tables()
            mp.undo()
