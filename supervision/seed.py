"""Bulk data at program scale for benchmarks (`flask --app wsgi seed-bench`, issue 9).

Makes programs (through the services: competencies, hours categories and rule sets, an audit event each), one
director per program (through the services), then supervisors, trainees, assignments, notes in every state with
their revisions, approvals, comments and replies, annotations with anchors, reflections (with competencies and
supervisors' answers) and hours entries (verified for co-signed notes; manual ones verified, pending or rejected)
with their history, as bulk INSERTs of lists of dicts: explicit ids, a group of trainees per transaction.
Markdown is rendered and SHA-256 computed once per distinct text. Finally each program's weekly hours rollup is
rebuilt from the entries (`hours.services.rebuild_week_totals`, as after any bulk load).

Audit events: the services write them for the programs and directors; the bulk rows get none (they are not
acts anyone performed), so the chain stays valid and short. Nobody gets notifications or read-log rows.

Every account shares one password, `BENCH_PASSWORD` (hashed once). Bench data only: never on a real database.
"""
from __future__ import annotations

import hashlib
import random
import time
from dataclasses import dataclass, field
from datetime import date, datetime, time as dtime, timedelta, timezone
from typing import Any

from flask import current_app
from sqlalchemy import func, insert, select, text

from . import clock
from .anchoring import make_selector
from .auth.models import User
from .extensions import db
from .hours.categories import category_for_session
from .hours.models import HoursEntry, HoursEntryEvent
from .notes.models import Approval, Note, Revision
from .programs.models import Program, SupervisionAssignment
from .reflection.models import Competency, Reflection, ReflectionComment, reflection_competency
from .text import render_markdown
from .threads.models import Annotation, AnnotationAnchor, Comment

BENCH_PASSWORD = "bench password for load tests 2026"
INSERT_BATCH = 5000
TRAINEES_PER_TRANSACTION = 25
HEAVY_ANNOTATIONS, HEAVY_COMMENTS = 20, 30  # the note a review-page benchmark opens

_OPENINGS = [
    "Client reported sleeping six hours most nights, up from four, and fewer panic episodes this week.",
    "Client described conflict with a coworker and feeling invisible in team meetings.",
    "Client presented with flat affect and reported low motivation since the semester began.",
    "Client discussed tension at home and said the time-out plan worked twice this week.",
    "Client arrived late and said the week had been the hardest since starting treatment.",
    "Client reported using the breathing exercise before two stressful meetings.",
]
_MIDDLES = [
    "Affect anxious but brighter than last session; speech normal rate. GAD-7 = 11 (was 15).",
    "Calm, good eye contact, engaged throughout. PHQ-9 = 9.",
    "Tearful when discussing family; settled after grounding. PHQ-9 = 14.",
    "Restless at first, more settled by the middle of the session. AUDIT-C to be repeated.",
]
_ASSESSMENTS = [
    "Generalized anxiety with panic features; improving. Engaged and completing homework.",
    "Interpersonal stress with possible avoidance through alcohol use.",
    "Depressive symptoms persisting; behavioral activation partly completed.",
    "Progress toward goal 1; goal 2 not yet addressed.",
]
_PLANS = [
    "Continue interoceptive exposure; introduce a worry-time log. Next session in one week.",
    "Assertiveness role-play; psychoeducation on alcohol and sleep. Track evening drinks.",
    "Review the activity log next week; reassess PHQ-9.",
    "Practice I-statements twice before next session; review the safety plan.",
]
_REVISED = "\n\nInterventions: diaphragmatic breathing, cognitive restructuring, and a review of the homework log."
_COMMENTS = [
    "Good use of measures. Next time, separate what the client *said* from what you *observed*.",
    "Thanks, I'll keep quotes in S and my observations in O.",
    "Please add a brief risk screen: did you ask about safety this week?",
    "Could you say which intervention you used and how the client responded?",
    "I asked, and the client denied any thoughts of self-harm. I'll add it.",
    "The plan is specific and measurable. Well done.",
    "How did you decide on the pace of the exposure hierarchy?",
    "Consider a standardized measure at intake for a baseline.",
    "We went over this in supervision; I updated the plan accordingly.",
    "Keep the assessment tied to the treatment goals by number.",
]
_ANNOTATION_BODIES = [
    "Quantify this where you can; it makes the next comparison easier.",
    "Good: the client's own words. Keep quotes like this in the subjective part.",
    "Is this relevant here? If not, leave it out.",
    "Nice use of a measure to show change.",
    "Say what you observed rather than what you inferred.",
]
_REFLECTIONS = [
    "I tend to mix the client's report with my own observations. Next notes: quotes in S, what I saw in O.",
    "Felt more confident pacing the session; I let silences last longer instead of filling them.",
    "Supervision helped me see that I avoid asking about alcohol. I will ask directly next time.",
    "I noticed my own anxiety rising when the client was tearful, and I rushed to problem-solving.",
]
_ANSWERS = ["Good observation. Let's talk about it on Thursday.", "Yes, and notice how the client responded when you slowed down."]
_REJECTION = "This overlaps a session already logged from a co-signed note."
_MANUAL = (("individual_supervision", 60), ("group_supervision", 90), ("consultation", 30), ("documentation", 45),
           ("training", 120))
_SESSION_TYPES = ("individual", "individual", "individual", "couple", "family", "group", "intake", "assessment")
_TEMPLATES = ("soap", "dap", "birp", "girp", "narrative")


@dataclass
class _Text:
    body: str
    html: str
    sha256: str
    spans: list[tuple[str, str, str, int, int]] = field(default_factory=list)  # exact, prefix, suffix, start, end


@dataclass
class SeedResult:
    programs: list[int]
    rows: dict[str, int]
    seconds: float
    password: str = BENCH_PASSWORD


def _text(body: str) -> _Text:
    return _Text(body, str(render_markdown(body)), hashlib.sha256(body.encode("utf-8")).hexdigest())


def _text_pool(rng: random.Random, size: int = 24) -> list[tuple[_Text, _Text]]:
    """Distinct note texts, each with its resubmitted revision (the first with a paragraph appended, so
    annotations keep their offsets), and a few annotatable spans of each."""
    pool = []
    for _ in range(size):
        body = (f"## Subjective\n{rng.choice(_OPENINGS)}\n\n## Objective\n{rng.choice(_MIDDLES)}\n\n"
                f"## Assessment\n{rng.choice(_ASSESSMENTS)}\n\n## Plan\n{rng.choice(_PLANS)}\n")
        first, second = _text(body), _text(body + _REVISED)
        for line in body.splitlines():
            words = line.split()
            if line.startswith("#") or len(words) < 6:
                continue
            for k in range(0, len(words) - 3, 2):  # overlapping spans of 3 words: enough for 20 on one note
                exact = " ".join(words[k:k + 3])
                start = body.index(line) + line.index(exact)
                sel = make_selector(body, start, start + len(exact))
                first.spans.append((sel.exact, sel.prefix, sel.suffix, sel.start, sel.end))
        pool.append((first, second))
    return pool


class _Ids:
    """Explicit primary keys, continuing after what the tables already hold."""

    def __init__(self, models):
        self.next = {m: (db.session.execute(select(func.max(m.id))).scalar() or 0) + 1 for m in models}

    def take(self, model) -> int:
        value = self.next[model]
        self.next[model] = value + 1
        return value


def _insert(model, rows: list[dict[str, Any]]) -> None:
    # Core inserts of the table (multi-row VALUES through SQLAlchemy's insertmanyvalues): the ORM's bulk path
    # costs about twice as much Python per row, and these rows need none of its bookkeeping.
    table = getattr(model, "__table__", model)
    for start in range(0, len(rows), INSERT_BATCH):
        db.session.execute(insert(table), rows[start:start + INSERT_BATCH])


def _reset_sequences(models) -> None:
    """After explicit ids, move PostgreSQL's sequences past them so ordinary inserts keep working."""
    if db.session.get_bind().dialect.name != "postgresql":
        return
    for model in models:
        table = model.__tablename__
        db.session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f"(SELECT COALESCE(MAX(id), 0) + 1 FROM \"{table}\"), false)"))


def seed_bench(*, programs: int = 1, trainees: int = 500, supervisors: int = 100, notes_per_trainee: int = 200,
               comments_per_note: int = 5, annotations_per_note: int = 2, reflections_per_trainee: int = 20,
               manual_hours_per_trainee: int = 60, seed: int = 9, prefix: str = "bench", years: float = 2.0,
               echo=None) -> SeedResult:
    """Load bench data; trainees and supervisors are totals, shared out evenly over the programs. Commits as it
    goes (a group of trainees per transaction). Raises ValueError when a program of that prefix exists."""
    from .auth.services import _hash, create_user
    from .hours.services import rebuild_week_totals
    from .programs.services import create_program

    started = time.perf_counter()
    say = echo or (lambda message: None)
    rng = random.Random(seed)
    if programs < 1 or trainees < programs or supervisors < programs:
        raise ValueError("Each program needs at least one trainee and one supervisor.")
    names = [f"{prefix.title()} program {p + 1}" for p in range(programs)]
    if db.session.execute(select(Program.id).where(Program.name.in_(names))).first():
        raise ValueError(f"Programs named {names[0]!r}… exist already; choose another --prefix.")

    now = clock.now()
    today = now.date()
    attestation = current_app.config["ATTESTATION"]
    password_hash = _hash(BENCH_PASSWORD)
    pool = _text_pool(rng)
    comment_texts = [_text(c) for c in _COMMENTS]
    annotation_texts = [_text(c) for c in _ANNOTATION_BODIES]
    reflection_texts = [_text(c) for c in _REFLECTIONS]
    answer_texts = [_text(c) for c in _ANSWERS]
    summary = _text("Add the session's interventions to the Plan.")
    counts: dict[str, int] = {}

    def count(name: str, n: int) -> None:
        counts[name] = counts.get(name, 0) + n

    # Programs and directors through the services (their audit events form a valid chain).
    made: list[tuple[Program, User]] = []
    for p, name in enumerate(names):
        program = create_program(name)
        director = create_user(program, email=f"director.p{p + 1}@{prefix}.example", name=f"Director {p + 1}",
                               role="director", password=BENCH_PASSWORD)
        made.append((program, director))
    db.session.commit()
    count("program", programs)

    models = (User, SupervisionAssignment, Note, Revision, Approval, Annotation, AnnotationAnchor, Comment,
              Reflection, ReflectionComment, HoursEntry, HoursEntryEvent)
    ids = _Ids(models)
    span_days = max(int(365 * years), 14)

    for p, (program, director) in enumerate(made):
        n_trainees = trainees // programs + (1 if p < trainees % programs else 0)
        n_supervisors = supervisors // programs + (1 if p < supervisors % programs else 0)
        competency_ids = list(db.session.execute(
            select(Competency.id).where(Competency.program_id == program.id).order_by(Competency.position)).scalars())
        users = []
        sup_ids = [ids.take(User) for _ in range(n_supervisors)]
        trainee_ids = [ids.take(User) for _ in range(n_trainees)]
        for role, id_list in (("supervisor", sup_ids), ("trainee", trainee_ids)):
            for k, uid in enumerate(id_list):
                users.append(dict(id=uid, program_id=program.id, email=f"{role}{k + 1}.p{p + 1}@{prefix}.example",
                                  name=f"{role.title()} {k + 1:03d}", role=role, password_hash=password_hash,
                                  active=True, session_version=1, email_preference="off",
                                  created_at=now - timedelta(days=span_days + 30)))
        _insert(User, users)
        assignments = [dict(id=ids.take(SupervisionAssignment), program_id=program.id,
                            supervisor_id=sup_ids[k % n_supervisors], trainee_id=t, kind="primary",
                            starts_on=today - timedelta(days=span_days + 7), ends_on=None,
                            created_at=now - timedelta(days=span_days + 7))
                       for k, t in enumerate(trainee_ids)]
        _insert(SupervisionAssignment, assignments)
        db.session.commit()
        count("user", len(users) + 1)
        count("supervision_assignment", len(assignments))

        for group_start in range(0, n_trainees, TRAINEES_PER_TRANSACTION):
            rows: dict[Any, list[dict[str, Any]]] = {m: [] for m in models[2:]}
            links: list[dict[str, int]] = []
            for k in range(group_start, min(group_start + TRAINEES_PER_TRANSACTION, n_trainees)):
                trainee_id, supervisor_id = trainee_ids[k], sup_ids[k % n_supervisors]
                heavy = p == 0 and k == 0  # the first trainee's newest submitted note: the review-page bench
                _trainee_rows(rows, links, rng, ids, program.id, trainee_id, supervisor_id, pool, comment_texts,
                              annotation_texts, reflection_texts, answer_texts, summary, competency_ids, attestation,
                              now, today, span_days, notes_per_trainee, comments_per_note, annotations_per_note,
                              reflections_per_trainee, manual_hours_per_trainee, heavy)
            for model in models[2:]:
                _insert(model, rows[model])
                count(model.__tablename__, len(rows[model]))
            _insert(reflection_competency, links)
            count("reflection_competency", len(links))
            db.session.commit()
            say(f"  program {p + 1}: {min(group_start + TRAINEES_PER_TRANSACTION, n_trainees)}/{n_trainees} trainees")
        rebuild_week_totals(program.id)
        db.session.commit()
    _reset_sequences(models)
    db.session.commit()
    from .hours.models import HoursWeek

    counts["hours_week"] = db.session.execute(
        select(func.count()).select_from(HoursWeek).where(HoursWeek.program_id.in_([p.id for p, _ in made]))).scalar()
    return SeedResult([p.id for p, _ in made], counts, time.perf_counter() - started)


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, dtime(hour % 24, 0), tzinfo=timezone.utc)


def _trainee_rows(rows, links, rng, ids, program_id, trainee_id, supervisor_id, pool, comment_texts,
                  annotation_texts, reflection_texts, answer_texts, summary, competency_ids, attestation, now,
                  today, span_days, n_notes, n_comments, n_annotations, n_reflections, n_manual, heavy) -> None:
    """One trainee's notes, threads, reflections and hours, appended to `rows` (by model)."""
    # Oldest first: a trainee's notes are co-signed in order, the newest are still in review or drafts.
    days = sorted(today - timedelta(days=rng.randrange(1, span_days)) for _ in range(n_notes))
    tail = max(1, n_notes // 20) if n_notes >= 4 else 0  # 5 % each: drafts, submitted, changes requested
    supervisor_comments: list[tuple[int, int, _Text]] = []  # (note, comment, text), for reflections
    heavy_done = False
    for i, day in enumerate(reversed(days)):  # newest first
        if i < tail:
            status = "draft"
        elif i < 2 * tail:
            status = "submitted"
        elif i < 3 * tail:
            status = "changes_requested"
        else:
            status = "approved"
        first, second = pool[rng.randrange(len(pool))]
        resubmitted = status != "draft" and rng.random() < 0.25 and status != "changes_requested"
        if status == "changes_requested" and rng.random() < 0.3:
            resubmitted = True  # changes requested a second time
        latest = second if resubmitted else first
        session_type = rng.choice(_SESSION_TYPES)
        minutes = 90 if session_type == "group" else 75 if session_type == "intake" else 50
        created = _at(day, 18)
        submitted = created + timedelta(hours=1)
        resubmitted_at = submitted + timedelta(days=1)
        last_submit = resubmitted_at if resubmitted else submitted
        approved_at = min(last_submit + timedelta(days=1, hours=rng.randrange(0, 48)), now - timedelta(minutes=5))
        note_id = ids.take(Note)
        changes = status == "changes_requested" or resubmitted
        rows[Note].append(dict(
            id=note_id, program_id=program_id, trainee_id=trainee_id, parent_id=None, status=status,
            version=1 if status == "draft" else 2 + 2 * resubmitted + (status in ("approved", "changes_requested")),
            template=rng.choice(_TEMPLATES), client_code=f"C-{rng.randrange(10, 999):03d}", session_date=day,
            duration_minutes=minutes, session_type=session_type, setting="in_person" if rng.random() < 0.8 else "telehealth",
            hours_category=None, body=latest.body, body_html=latest.html, created_at=created,
            updated_at=approved_at if status == "approved" else last_submit if status != "draft" else created,
            submitted_at=None if status == "draft" else last_submit,
            changes_summary=summary.body if changes else None, changes_summary_html=summary.html if changes else None))
        if status == "draft":
            continue
        revs = [(1, first, submitted)] + ([(2, second, resubmitted_at)] if resubmitted else [])
        rev_ids = []
        for number, t, at in revs:
            rev_id = ids.take(Revision)
            rev_ids.append(rev_id)
            rows[Revision].append(dict(id=rev_id, note_id=note_id, number=number, body=t.body, body_html=t.html,
                                       sha256=t.sha256, submitted_by_id=trainee_id, submitted_at=at))
        if status == "approved":
            rows[Approval].append(dict(id=ids.take(Approval), note_id=note_id, revision_id=rev_ids[-1],
                                       supervisor_id=supervisor_id, attestation=attestation, sha256=latest.sha256,
                                       approved_at=approved_at))
            entry_id = ids.take(HoursEntry)
            rows[HoursEntry].append(dict(
                id=entry_id, program_id=program_id, trainee_id=trainee_id, note_id=note_id, date=day, minutes=minutes,
                category=category_for_session(session_type), description=f"Session note #{note_id} ({session_type}, "
                f"{rows[Note][-1]['client_code']})", status="verified", version=1, verified_by_id=supervisor_id,
                verified_at=approved_at, rejected_by_id=None, rejected_at=None, rejection_reason=None,
                created_at=approved_at, updated_at=approved_at, submitted_at=approved_at))
            rows[HoursEntryEvent].append(dict(id=ids.take(HoursEntryEvent), entry_id=entry_id, action="verified",
                                              actor_id=supervisor_id, at=approved_at, reason=None))
        is_heavy = heavy and status == "submitted" and not heavy_done
        heavy_done = heavy_done or is_heavy
        # Annotations on the first revision; when resubmitted, anchored in the second at the same offsets.
        spans = first.spans
        annotation_ids = []
        for a in range(HEAVY_ANNOTATIONS if is_heavy else min(n_annotations, len(spans))):
            exact, prefix, suffix, start, end = spans[(a * 3 + note_id) % len(spans)]
            ann_id = ids.take(Annotation)
            annotation_ids.append(ann_id)
            t = annotation_texts[(note_id + a) % len(annotation_texts)]
            resolved = status == "approved" and a % 2 == 0
            rows[Annotation].append(dict(
                id=ann_id, note_id=note_id, revision_id=rev_ids[0], author_id=supervisor_id, exact=exact, prefix=prefix,
                suffix=suffix, start=start, end=end, body=t.body, body_html=t.html, suggestion=None,
                suggestion_status=None, created_at=submitted + timedelta(hours=2),
                resolved_at=approved_at if resolved else None, resolved_by_id=supervisor_id if resolved else None))
            for number, rev_id in enumerate(rev_ids, start=1):
                rows[AnnotationAnchor].append(dict(
                    id=ids.take(AnnotationAnchor), annotation_id=ann_id, revision_id=rev_id, revision_number=number,
                    start=start, end=end, confidence=1.0, method="original" if number == 1 else "diff",
                    created_at=submitted + timedelta(hours=2) if number == 1 else resubmitted_at))
        # Comments: supervisor and trainee in turn; every third a reply to the thread before it; on the heavy
        # note a third of them are replies to annotations.
        top = None
        for c in range(HEAVY_COMMENTS if is_heavy else n_comments):
            comment_id = ids.take(Comment)
            author = supervisor_id if c % 2 == 0 else trainee_id
            t = comment_texts[(note_id + c) % len(comment_texts)]
            annotation_id = annotation_ids[c % len(annotation_ids)] if is_heavy and c % 3 == 2 and annotation_ids else None
            parent_id = top if (c % 3 == 1 and top is not None and annotation_id is None) else None
            resolved = status == "approved" and parent_id is None and annotation_id is None and c % 4 == 0
            rows[Comment].append(dict(
                id=comment_id, note_id=note_id, author_id=author, parent_id=parent_id, annotation_id=annotation_id,
                revision_number=len(rev_ids), body=t.body, body_html=t.html, kind="comment",
                created_at=submitted + timedelta(hours=3, minutes=c), resolved_at=approved_at if resolved else None,
                resolved_by_id=supervisor_id if resolved else None))
            if parent_id is None and annotation_id is None:
                top = comment_id
            if author == supervisor_id and parent_id is None:
                supervisor_comments.append((note_id, comment_id, t))

    for r in range(n_reflections):
        reflection_id = ids.take(Reflection)
        at = now - timedelta(days=span_days * (n_reflections - r) / max(n_reflections, 1))
        t = reflection_texts[r % len(reflection_texts)]
        source = supervisor_comments[rng.randrange(len(supervisor_comments))] if supervisor_comments and r % 2 else None
        shared = r % 3 != 0
        rows[Reflection].append(dict(
            id=reflection_id, program_id=program_id, trainee_id=trainee_id, source="comment" if source else "free",
            note_id=source[0] if source else None, comment_id=source[1] if source else None, annotation_id=None,
            quote=source[2].body if source else None, quote_author_id=supervisor_id if source else None,
            body=t.body, body_html=t.html, shared=shared, version=1, created_at=at, updated_at=at))
        for competency_id in {competency_ids[r % len(competency_ids)], competency_ids[(r * 5 + 1) % len(competency_ids)]}:
            links.append(dict(reflection_id=reflection_id, competency_id=competency_id))
        if shared and r % 2 == 0:
            answer = answer_texts[r % len(answer_texts)]
            rows[ReflectionComment].append(dict(id=ids.take(ReflectionComment), reflection_id=reflection_id,
                                                author_id=supervisor_id, body=answer.body, body_html=answer.html,
                                                created_at=at + timedelta(days=1)))

    # Manual hours: supervision, consultation, documentation, training; the newest twelfth pending (logged in
    # the last days), one in twenty rejected, the rest verified.
    for m in range(n_manual):
        category, minutes = _MANUAL[m % len(_MANUAL)]
        pending = m >= n_manual - max(1, n_manual // 12)  # the newest few, logged in the last days
        day = today - timedelta(days=(n_manual - m) if pending else int(span_days * (n_manual - m) / n_manual))
        logged = _at(day, 20)
        entry_id = ids.take(HoursEntry)
        status = "pending" if pending else "rejected" if m % 20 == 7 else "verified"
        acted = logged + timedelta(days=2)
        rows[HoursEntry].append(dict(
            id=entry_id, program_id=program_id, trainee_id=trainee_id, note_id=None, date=day, minutes=minutes,
            category=category, description=category.replace("_", " ").capitalize(), status=status,
            version=1 if status == "pending" else 2,
            verified_by_id=supervisor_id if status == "verified" else None,
            verified_at=acted if status == "verified" else None,
            rejected_by_id=supervisor_id if status == "rejected" else None,
            rejected_at=acted if status == "rejected" else None,
            rejection_reason=_REJECTION if status == "rejected" else None,
            created_at=logged, updated_at=logged if status == "pending" else acted, submitted_at=logged))
        rows[HoursEntryEvent].append(dict(id=ids.take(HoursEntryEvent), entry_id=entry_id, action="logged",
                                          actor_id=trainee_id, at=logged, reason=None))
        if status != "pending":
            rows[HoursEntryEvent].append(dict(id=ids.take(HoursEntryEvent), entry_id=entry_id, action=status,
                                              actor_id=supervisor_id, at=acted,
                                              reason=_REJECTION if status == "rejected" else None))
