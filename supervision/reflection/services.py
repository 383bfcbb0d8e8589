"""The self-reflection log: entries from feedback, own replies, or free; history; sharing; answers;
prompts after feedback."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.exc import StaleDataError

from .. import access, audit, clock
from ..enums import Role
from ..errors import InvalidTransition, PermissionDenied, StaleNote, ValidationFailed
from ..extensions import db
from ..notifications.services import notify
from ..text import render_markdown
from .models import (DEFAULT_COMPETENCIES, Competency, Reflection, ReflectionComment, ReflectionPrompt,
                     ReflectionVersion)

MAX_BODY = 20_000
SOURCES = ("free", "comment", "annotation", "reply")


def seed_competencies(program) -> None:
    """Give a new program the default competency list."""
    for position, (code, name) in enumerate(DEFAULT_COMPETENCIES):
        db.session.add(Competency(program_id=program.id, code=code, name=name, position=position))


def competencies_for(program_id: int, *, include_inactive: bool = False) -> list[Competency]:
    query = select(Competency).where(Competency.program_id == program_id).order_by(Competency.position, Competency.id)
    if not include_inactive:
        query = query.where(Competency.active.is_(True))
    return list(db.session.execute(query).scalars())


def _pick_competencies(trainee, codes) -> list[Competency]:
    if codes is None:
        return []
    if not isinstance(codes, (list, tuple)) or not all(isinstance(c, str) for c in codes):
        raise ValidationFailed("Competencies must be a list of codes.", {"competencies": ["A list of codes."]})
    known = {c.code: c for c in competencies_for(trainee.program_id)}
    unknown = sorted(set(codes) - set(known))
    if unknown:
        raise ValidationFailed("Unknown competency.", {"competencies": [f"Unknown: {', '.join(unknown)}. Known: {', '.join(known)}."]})
    return [known[c] for c in dict.fromkeys(codes)]


def _clean_body(body) -> str:
    body = body.strip() if isinstance(body, str) else ""
    if not body:
        raise ValidationFailed("The entry is empty.", {"body": ["Write your reflection."]})
    if len(body) > MAX_BODY:
        raise ValidationFailed("The entry is too long.", {"body": [f"At most {MAX_BODY:,} characters."]})
    return body


def _feedback_for(trainee, *, comment_id=None, annotation_id=None):
    """The comment or annotation an entry is about, checked to be on the trainee's own note.
    Returns (source, note, quote, quote_author_id, comment_id, annotation_id)."""
    from ..threads.models import Annotation, Comment

    if comment_id is not None and annotation_id is not None:
        raise ValidationFailed("Reflect on one piece of feedback at a time.", {"comment_id": ["Give a comment or an annotation, not both."]})
    if comment_id is not None:
        comment = db.session.get(Comment, comment_id) if isinstance(comment_id, int) else None
        note = comment and _own_note(trainee, comment.note_id)
        if comment is None or note is None:
            raise ValidationFailed("That comment is not on one of your notes.", {"comment_id": ["Unknown comment."]})
        source = "reply" if comment.author_id == trainee.id else "comment"
        return source, note, comment.body, comment.author_id, comment.id, comment.annotation_id
    if annotation_id is not None:
        annotation = db.session.get(Annotation, annotation_id) if isinstance(annotation_id, int) else None
        note = annotation and _own_note(trainee, annotation.note_id)
        if annotation is None or note is None:
            raise ValidationFailed("That annotation is not on one of your notes.", {"annotation_id": ["Unknown annotation."]})
        quote = f"> {annotation.exact}\n\n{annotation.body}"
        return "annotation", note, quote, annotation.author_id, None, annotation.id
    return "free", None, None, None, None, None


def _own_note(trainee, note_id):
    from ..notes.models import Note

    note = db.session.get(Note, note_id)
    return note if note is not None and note.trainee_id == trainee.id else None


def create_reflection(trainee, *, body: str, competencies=None, shared: bool = False,
                      comment_id: int | None = None, annotation_id: int | None = None,
                      note_id: int | None = None) -> Reflection:
    """A new entry. With `comment_id` or `annotation_id` it quotes and links that feedback (which must be
    on the trainee's own note; the trainee's own comment makes a 'reply' entry). Closes the note's prompt.
    Raises PermissionDenied (not a trainee), ValidationFailed."""
    access.require_role(trainee, Role.TRAINEE)
    body = _clean_body(body)
    if not isinstance(shared, bool):
        raise ValidationFailed("`shared` must be true or false.", {"shared": ["true or false"]})
    picked = _pick_competencies(trainee, competencies)
    source, note, quote, quote_author_id, comment_id, annotation_id = _feedback_for(
        trainee, comment_id=comment_id, annotation_id=annotation_id)
    if note is None and note_id is not None:
        # A free entry about a note's feedback as a whole (from a dashboard prompt).
        note = _own_note(trainee, note_id) if isinstance(note_id, int) else None
        if note is None:
            raise ValidationFailed("That note is not yours.", {"note_id": ["Unknown note."]})
        quote, quote_author_id = note.changes_summary, None
    entry = Reflection(program_id=trainee.program_id, trainee_id=trainee.id, source=source,
                       note_id=note.id if note else None, comment_id=comment_id, annotation_id=annotation_id,
                       quote=quote, quote_author_id=quote_author_id, body=body, body_html=render_markdown(body),
                       shared=shared, competencies=picked)
    db.session.add(entry)
    db.session.flush()
    if note is not None:
        close_prompts(trainee, note.id, "reflected")
    audit.record("reflection.created", entry, actor=trainee, source=source, shared=shared,
                 competencies=[c.code for c in picked])
    if shared:
        notify(access.supervisor_ids_of(trainee.id), "reflection_shared",
               f"{trainee.name} shared a reflection with you.", actor=trainee)
    return entry


def update_reflection(entry: Reflection, actor, *, version: int | None, body: str | None = None,
                      competencies=None, shared: bool | None = None) -> Reflection:
    """Edit an entry; the previous text is kept in its history. Raises PermissionDenied, StaleNote, ValidationFailed."""
    if actor.id != entry.trainee_id:
        raise PermissionDenied("Only the author edits an entry.")
    if version is not None and int(version) != entry.version:
        raise StaleNote("This entry was changed in another window.", current=entry)
    new_body = _clean_body(body) if body is not None else entry.body
    picked = _pick_competencies(actor, competencies) if competencies is not None else entry.competencies
    new_shared = entry.shared if shared is None else bool(shared)
    if new_body == entry.body and [c.id for c in picked] == [c.id for c in entry.competencies] and new_shared == entry.shared:
        return entry
    entry.history.append(ReflectionVersion(number=len(entry.history) + 1, body=entry.body,
                                           competencies=[c.code for c in entry.competencies],
                                           shared=entry.shared, saved_at=entry.updated_at))
    became_shared = new_shared and not entry.shared
    entry.body, entry.body_html = new_body, render_markdown(new_body)
    entry.competencies = picked
    entry.shared = new_shared
    entry.updated_at = clock.now()
    try:
        db.session.flush()
    except StaleDataError:
        raise StaleNote("This entry was changed at the same moment elsewhere.") from None
    audit.record("reflection.edited", entry, actor=actor, shared=new_shared, version=entry.version)
    if became_shared:
        notify(access.supervisor_ids_of(actor.id), "reflection_shared", f"{actor.name} shared a reflection with you.", actor=actor)
    return entry


def can_read_reflection(user, entry: Reflection) -> bool:
    if user.program_id != entry.program_id:
        return False
    if user.id == entry.trainee_id:
        return True
    return entry.shared and access.supervises(user, entry.trainee_id)


def get_reflection_or_404(entry_id: int, user) -> Reflection:
    from flask import abort

    entry = db.session.get(Reflection, entry_id)
    if entry is None or not can_read_reflection(user, entry):
        abort(404)
    return entry


def answer_reflection(entry: Reflection, actor, *, body: str) -> ReflectionComment:
    """A supervisor's answer to a shared entry (or the trainee's reply to it)."""
    if not can_read_reflection(actor, entry):
        raise PermissionDenied("You cannot see this entry.")
    body = _clean_body(body)
    answer = ReflectionComment(reflection_id=entry.id, author_id=actor.id, body=body, body_html=render_markdown(body))
    db.session.add(answer)
    db.session.flush()
    audit.record("reflection.answered", answer, actor=actor, program_id=entry.program_id, reflection=entry.id)
    recipients = {entry.trainee_id} | ({*access.supervisor_ids_of(entry.trainee_id)} if actor.id == entry.trainee_id else set())
    notify(recipients, "reflection_answer", f"{actor.name} answered a reflection.", actor=actor)
    return answer


# --- the log ---------------------------------------------------------------------------------------------

def visible_reflections(user):
    """select(Reflection) limited to what `user` may read: a trainee their own; a supervisor the shared
    entries of their current trainees; nobody else anything."""
    query = select(Reflection).where(Reflection.program_id == user.program_id)
    if user.role == Role.TRAINEE:
        return query.where(Reflection.trainee_id == user.id)
    if user.role == Role.SUPERVISOR:
        return query.where(Reflection.shared.is_(True), Reflection.trainee_id.in_(access.supervised_trainee_ids(user)))
    return query.where(False)


def filter_reflections(query, *, competency: str | None = None, note_id: int | None = None, source: str | None = None,
                       start: date | None = None, end: date | None = None, search: str | None = None,
                       trainee_id: int | None = None, shared: bool | None = None):
    """Apply the log's filters to a reflections query."""
    from .models import reflection_competency

    if competency:
        query = query.where(Reflection.id.in_(
            select(reflection_competency.c.reflection_id).join(Competency, Competency.id == reflection_competency.c.competency_id)
            .where(Competency.code == competency)))
    if note_id:
        query = query.where(Reflection.note_id == note_id)
    if source in SOURCES:
        query = query.where(Reflection.source == source)
    if start:
        query = query.where(Reflection.created_at >= datetime.combine(start, time.min, tzinfo=timezone.utc))
    if end:
        query = query.where(Reflection.created_at < datetime.combine(end + timedelta(days=1), time.min, tzinfo=timezone.utc))
    if search:
        pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(or_(Reflection.body.ilike(pattern, escape="\\"), Reflection.quote.ilike(pattern, escape="\\")))
    if trainee_id:
        query = query.where(Reflection.trainee_id == trainee_id)
    if shared is not None:
        query = query.where(Reflection.shared.is_(shared))
    return query.options(selectinload(Reflection.competencies), selectinload(Reflection.quote_author),
                         selectinload(Reflection.trainee), selectinload(Reflection.answers).selectinload(ReflectionComment.author))


def competency_trend(entries: list[Reflection], *, weeks: int = 12, today: date | None = None) -> dict[str, Any]:
    """Entries per competency per week over the last `weeks` weeks (Monday-start), for the log's chart."""
    today = today or clock.now().date()
    start = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    columns = [start + timedelta(weeks=i) for i in range(weeks)]
    counts: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for entry in entries:
        day = entry.created_at.date()
        if day < start:
            continue
        index = (day - start).days // 7
        for c in entry.competencies:
            names[c.code] = c.name
            counts.setdefault(c.code, [0] * weeks)[index] += 1
    peak = max((n for row in counts.values() for n in row), default=0)
    return {"weeks": columns, "rows": [(names[k], counts[k]) for k in sorted(counts, key=lambda k: names[k])], "peak": peak}


# --- prompts ---------------------------------------------------------------------------------------------

def open_prompt(note, reason: str) -> None:
    """Ask the trainee to reflect on feedback on `note` (one open prompt per note)."""
    existing = db.session.execute(select(ReflectionPrompt).where(
        ReflectionPrompt.note_id == note.id, ReflectionPrompt.closed_at.is_(None))).scalar_one_or_none()
    if existing is None:
        db.session.add(ReflectionPrompt(trainee_id=note.trainee_id, note_id=note.id, reason=reason))
    else:
        existing.reason = reason


def close_prompts(trainee, note_id: int, outcome: str) -> int:
    result = db.session.execute(
        update(ReflectionPrompt)
        .where(ReflectionPrompt.trainee_id == trainee.id, ReflectionPrompt.note_id == note_id,
               ReflectionPrompt.closed_at.is_(None))
        .values(closed_at=clock.now(), outcome=outcome)
    )
    return result.rowcount or 0


def dismiss_prompt(prompt: ReflectionPrompt, actor) -> None:
    if prompt.trainee_id != actor.id:
        raise PermissionDenied("Not your prompt.")
    if prompt.closed_at is not None:
        raise InvalidTransition("This prompt is already closed.")
    prompt.closed_at = clock.now()
    prompt.outcome = "dismissed"
    audit.record("reflection_prompt.dismissed", prompt, actor=actor, program_id=actor.program_id, note=prompt.note_id)


def open_prompts(trainee) -> list[ReflectionPrompt]:
    return list(db.session.execute(
        select(ReflectionPrompt).where(ReflectionPrompt.trainee_id == trainee.id, ReflectionPrompt.closed_at.is_(None))
        .order_by(ReflectionPrompt.created_at.desc())
    ).scalars())


def note_has_feedback(note) -> bool:
    """Comments or annotations on the note by someone other than its trainee."""
    from ..threads.models import Annotation, Comment

    others = select(func.count()).select_from(Comment).where(Comment.note_id == note.id, Comment.author_id != note.trainee_id,
                                                              Comment.kind == "comment")
    notes_ = select(func.count()).select_from(Annotation).where(Annotation.note_id == note.id)
    return bool(db.session.execute(others).scalar_one() or db.session.execute(notes_).scalar_one() or note.changes_summary)
