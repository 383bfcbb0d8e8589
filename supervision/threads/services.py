"""A note's threads: comments and replies, annotations on spans, resolving, suggested edits."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from .. import access, audit, clock
from ..anchoring import find_quote, make_selector, utf16_to_codepoint
from ..errors import InvalidTransition, PermissionDenied, ValidationFailed
from ..extensions import db
from ..notes.models import Note
from ..notes.services import update_note
from ..notifications.services import notify
from ..text import render_markdown
from .anchors import latest_anchor, span_in_text
from .models import Annotation, AnnotationAnchor, Comment

MAX_COMMENT = 20_000
MAX_QUOTE = 5_000


def _clean_body(body, field: str = "body", what: str = "comment") -> str:
    body = body.strip() if isinstance(body, str) else ""
    if not body:
        raise ValidationFailed(f"The {what} is empty.", {field: ["Write something first."]})
    if len(body) > MAX_COMMENT:
        raise ValidationFailed(f"The {what} is too long.", {field: [f"At most {MAX_COMMENT:,} characters."]})
    return body


def _participants(note: Note) -> set[int]:
    return set(access.supervisor_ids_of(note.trainee_id)) | {note.trainee_id}


def add_comment(note: Note, actor, *, body: str, parent_id: int | None = None,
                annotation_id: int | None = None, kind: str = "comment") -> Comment:
    """Add a comment to the note's thread, a reply (`parent_id`), or a reply to an annotation
    (`annotation_id`). Raises PermissionDenied, ValidationFailed."""
    access.require(actor, "comment", note)
    body = _clean_body(body)
    if parent_id is not None:
        parent = db.session.get(Comment, parent_id)
        if parent is None or parent.note_id != note.id:
            raise ValidationFailed("You can only reply to a comment on this note.", {"parent_id": ["Unknown comment."]})
        # Replies stay one level deep, like most review tools: a reply to a reply joins the same thread.
        parent_id = parent.parent_id or parent.id
        annotation_id = parent.annotation_id
    if annotation_id is not None:
        annotation = db.session.get(Annotation, annotation_id)
        if annotation is None or annotation.note_id != note.id:
            raise ValidationFailed("You can only reply to an annotation on this note.", {"annotation_id": ["Unknown annotation."]})
    comment = Comment(note_id=note.id, author_id=actor.id, parent_id=parent_id, annotation_id=annotation_id,
                      body=body, body_html=render_markdown(body), kind=kind,
                      revision_number=len(note.revisions) or None)
    db.session.add(comment)
    db.session.flush()
    audit.record("comment.created", comment, actor=actor, program_id=note.program_id, note=note.id,
                 reply=parent_id is not None, annotation=annotation_id)
    recipients = _participants(note)
    if parent_id is not None:
        recipients |= set(db.session.execute(
            select(Comment.author_id).where((Comment.id == parent_id) | (Comment.parent_id == parent_id))
        ).scalars())
    if kind == "comment":
        notify(recipients, "comment", f"{actor.name} commented on note #{note.id}.", actor=actor, note=note)
    return comment


def thread_for(note: Note) -> list[Comment]:
    """Top-level comments of the general thread, oldest first, with authors and replies loaded."""
    return discussion_for(note).thread


@dataclass(frozen=True)
class Discussion:
    """Everything said about a note: its annotations (id order, with anchors, author and replies) and the
    top-level comments of its general thread (oldest first, with author and replies)."""

    annotations: list[Annotation]
    thread: list[Comment]


def discussion_for(note: Note) -> Discussion:
    """Load a note's annotations and every comment in three queries whatever their number: annotations
    with their authors, their anchors, and all the note's comments with their authors. Replies are sorted
    into place here and set as the loaded value of `Comment.replies` and `Annotation.replies`, so templates
    and serialisers read them without a query each (and without marking anything changed)."""
    comments = db.session.execute(
        select(Comment).where(Comment.note_id == note.id)
        .options(joinedload(Comment.author)).order_by(Comment.id)
    ).scalars().all()
    annotations = list(db.session.execute(
        select(Annotation).where(Annotation.note_id == note.id)
        .options(joinedload(Annotation.author), selectinload(Annotation.anchors)).order_by(Annotation.id)
    ).scalars())
    by_parent: dict[int, list[Comment]] = defaultdict(list)
    by_annotation: dict[int, list[Comment]] = defaultdict(list)
    top: list[Comment] = []
    for comment in comments:  # id order, which is the order of both reply relationships
        if comment.parent_id is not None:
            by_parent[comment.parent_id].append(comment)
        if comment.annotation_id is not None:
            by_annotation[comment.annotation_id].append(comment)
        if comment.parent_id is None and comment.annotation_id is None:
            top.append(comment)
    for comment in comments:
        set_committed_value(comment, "replies", by_parent.get(comment.id, []))
    revisions = {r.id: r for r in note.revisions}
    for annotation in annotations:
        set_committed_value(annotation, "replies", by_annotation.get(annotation.id, []))
        if annotation.revision_id in revisions:
            set_committed_value(annotation, "revision", revisions[annotation.revision_id])
    top.sort(key=lambda c: (c.created_at, c.id))
    return Discussion(annotations=annotations, thread=top)


def set_comment_resolved(comment: Comment, note: Note, actor, resolved: bool) -> Comment:
    """Resolve or reopen a top-level thread of the note."""
    access.require(actor, "resolve", note)
    if comment.note_id != note.id or comment.parent_id is not None or comment.annotation_id is not None:
        raise ValidationFailed("Only a top-level thread can be resolved.", {"id": ["Not a thread."]})
    if (comment.resolved_at is not None) == resolved:
        return comment
    comment.resolved_at = clock.now() if resolved else None
    comment.resolved_by_id = actor.id if resolved else None
    audit.record("thread.resolved" if resolved else "thread.reopened", comment, actor=actor, program_id=note.program_id)
    return comment


# --- annotations ---------------------------------------------------------------------------------------

def add_annotation(note: Note, actor, *, body: str, exact: str, prefix: str = "", suffix: str = "",
                   start: int | None = None, end: int | None = None, utf16: bool = False,
                   suggestion: str | None = None) -> Annotation:
    """Annotate a span of the note's latest revision.

    The span is given by `start`/`end` (code points; UTF-16 units from a browser when `utf16`) and the
    quoted `exact` text. When the offsets do not match the quote, the quote (with its context) is
    searched for in the revision; when it is not there, ValidationFailed. Raises PermissionDenied too.
    """
    access.require(actor, "annotate", note)
    revision = note.latest_revision
    if revision is None:
        raise InvalidTransition("Only submitted text can be annotated.")
    body = _clean_body(body, what="annotation")
    if not isinstance(exact, str) or not exact.strip() or len(exact) > MAX_QUOTE:
        raise ValidationFailed("Select the text to annotate.", {"exact": ["Select a passage of the note (at most 5,000 characters)."]})
    text = revision.body
    span = None
    if isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool):
        try:
            if utf16:
                start, end = utf16_to_codepoint(text, start), utf16_to_codepoint(text, end)
        except ValueError:
            start = end = None
        if start is not None and 0 <= start < end <= len(text) and text[start:end] == exact:
            span = (start, end)
    if span is None:
        span = find_quote(text, exact, prefix or "", suffix or "", start if isinstance(start, int) else None)
    if span is None:
        raise ValidationFailed("That passage is not in the submitted text.", {"exact": ["Quote text exactly as it appears in the note."]})
    selector = make_selector(text, *span)
    if suggestion is not None:
        suggestion = suggestion if isinstance(suggestion, str) else ""
        if len(suggestion) > MAX_QUOTE:
            raise ValidationFailed("The suggestion is too long.", {"suggestion": ["At most 5,000 characters."]})
    annotation = Annotation(
        note_id=note.id, revision_id=revision.id, author_id=actor.id, exact=selector.exact, prefix=selector.prefix,
        suffix=selector.suffix, start=selector.start, end=selector.end, body=body, body_html=render_markdown(body),
        suggestion=suggestion, suggestion_status="pending" if suggestion is not None else None,
    )
    annotation.anchors.append(AnnotationAnchor(revision_id=revision.id, revision_number=revision.number,
                                               start=selector.start, end=selector.end, confidence=1.0,
                                               method="original"))
    db.session.add(annotation)
    db.session.flush()
    audit.record("annotation.created", annotation, actor=actor, program_id=note.program_id, note=note.id,
                 revision=revision.number, suggestion=suggestion is not None)
    notify(_participants(note), "annotation", f"{actor.name} annotated note #{note.id}.", actor=actor, note=note)
    return annotation


def set_annotation_resolved(annotation: Annotation, note: Note, actor, resolved: bool) -> Annotation:
    access.require(actor, "resolve", note)
    if (annotation.resolved_at is not None) == resolved:
        return annotation
    annotation.resolved_at = clock.now() if resolved else None
    annotation.resolved_by_id = actor.id if resolved else None
    audit.record("annotation.resolved" if resolved else "annotation.reopened", annotation, actor=actor,
                 program_id=note.program_id)
    return annotation


def respond_to_suggestion(annotation: Annotation, note: Note, actor, *, accept: bool,
                          version: int | None = None) -> Annotation:
    """The trainee accepts a suggested edit (the span in the draft is replaced, then PHI-scanned like any
    edit) or declines it. Either way it is recorded in the annotation's thread.
    Raises PermissionDenied, InvalidTransition (note not being revised, already answered, text gone), StaleNote."""
    access.require(actor, "respond_suggestion", note)
    if annotation.suggestion is None or annotation.suggestion_status != "pending":
        raise InvalidTransition("There is no open suggestion on this annotation.")
    if accept:
        if not note.is_editable:
            raise InvalidTransition("Suggestions can be applied while the note is being revised.")
        span = span_in_text(annotation, note.body, {r.id: r for r in note.revisions})
        if span is None:
            raise InvalidTransition("The suggested passage is no longer in the draft; edit it by hand.")
        body = note.body[:span[0]] + annotation.suggestion + note.body[span[1]:]
        update_note(note, actor, version=version, body=body)
    annotation.suggestion_status = "accepted" if accept else "declined"
    audit.record("annotation.suggestion_accepted" if accept else "annotation.suggestion_declined", annotation,
                 actor=actor, program_id=note.program_id)
    add_comment(note, actor, annotation_id=annotation.id, kind="event",
                body="Accepted the suggested edit." if accept else "Declined the suggested edit.")
    notify(access.supervisor_ids_of(note.trainee_id) + [annotation.author_id],
           "suggestion", f"{actor.name} {'accepted' if accept else 'declined'} a suggested edit on note #{note.id}.",
           actor=actor, note=note)
    return annotation


def annotations_for(note: Note) -> list[Annotation]:
    """Every annotation of the note, with anchors, authors and replies loaded."""
    return discussion_for(note).annotations


def anchor_on(annotation: Annotation, revision_id: int) -> AnnotationAnchor | None:
    return next((a for a in annotation.anchors if a.revision_id == revision_id), None)


__all__ = [
    "add_comment", "thread_for", "discussion_for", "Discussion", "set_comment_resolved", "add_annotation", "set_annotation_resolved",
    "respond_to_suggestion", "annotations_for", "anchor_on", "latest_anchor", "span_in_text", "PermissionDenied",
]
