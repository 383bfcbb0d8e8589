"""Following annotations from revision to revision (the database side of `supervision.anchoring`)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..anchoring import Selector, locate, make_selector, reanchor_many
from ..extensions import db
from .models import Annotation, AnnotationAnchor


def latest_anchor(annotation: Annotation) -> AnnotationAnchor | None:
    return annotation.anchors[-1] if annotation.anchors else None


def _selector_at(annotation: Annotation, anchor: AnnotationAnchor, text: str) -> Selector:
    """The selector for the annotation's place in the revision `anchor` belongs to."""
    if anchor.method == "original":
        return Selector(annotation.exact, annotation.prefix, annotation.suffix, annotation.start, annotation.end)
    return make_selector(text, anchor.start, anchor.end)


def reanchor_annotations(note, revision) -> list[AnnotationAnchor]:
    """Place every open annotation of `note` in its new `revision`, from where it sat in the one before.

    One that cannot be placed gets an outdated anchor (no offsets) and keeps its original quote;
    resolved annotations stay with the revision they were resolved on. Returns the new anchors.
    """
    annotations = db.session.execute(
        select(Annotation).where(Annotation.note_id == note.id, Annotation.resolved_at.is_(None))
        .options(selectinload(Annotation.anchors))
    ).scalars().all()
    by_revision = {r.id: r for r in note.revisions}
    groups: dict[int, list[tuple[Annotation, AnnotationAnchor]]] = {}
    created = []
    for annotation in annotations:
        anchor = latest_anchor(annotation)
        if anchor is None or anchor.revision_id == revision.id:
            continue
        if anchor.outdated:
            # Once its words are gone it stays outdated: never re-attach to a look-alike later.
            created.append(AnnotationAnchor(annotation=annotation, revision_id=revision.id,
                                            revision_number=revision.number, start=None, end=None,
                                            confidence=0.0, method="outdated"))
            continue
        groups.setdefault(anchor.revision_id, []).append((annotation, anchor))
    for old_revision_id, items in groups.items():
        old_text = by_revision[old_revision_id].body
        selectors = [_selector_at(a, anchor, old_text) for a, anchor in items]
        placed = reanchor_many(old_text, selectors, revision.body)
        for (annotation, _anchor), found in zip(items, placed):
            created.append(AnnotationAnchor(
                annotation=annotation, revision_id=revision.id, revision_number=revision.number,
                start=found.start if found else None, end=found.end if found else None,
                confidence=found.confidence if found else 0.0, method=found.method if found else "outdated",
            ))
    db.session.add_all(created)
    return created


def span_in_text(annotation: Annotation, text: str, revisions_by_id: dict) -> tuple[int, int] | None:
    """Where the annotation falls in `text` (for example a draft being revised), or None."""
    anchor = latest_anchor(annotation)
    if anchor is None or anchor.outdated:
        return None
    source = revisions_by_id[anchor.revision_id].body
    if source == text:
        return anchor.start, anchor.end
    found = locate(source, _selector_at(annotation, anchor, source), text)
    return (found.start, found.end) if found else None
