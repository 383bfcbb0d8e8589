from flask import abort, flash, redirect, request, url_for
from flask_login import current_user, login_required

from .. import access
from ..auth.forms import EmptyForm
from ..errors import ServiceError
from ..extensions import db
from ..notes.forms import VersionForm
from ..notes.services import scan_text
from ..views import flash_service_error, form_version
from . import bp
from . import services as threads
from .forms import AnnotationForm, ReplyForm


def _back(note_id: int, anchor: str | None = None):
    return redirect(url_for("notes.view", note_id=note_id, _anchor=anchor))


def _warn_phi(*texts: str | None) -> None:
    kinds = sorted({f.kind.lower() for t in texts if t for f in scan_text(t)})
    if kinds:
        flash(f"Posted. It may contain identifiers ({', '.join(kinds)}); please keep feedback de-identified.", "warning")


@bp.post("/notes/<int:note_id>/annotations")
@login_required
def annotate(note_id: int):
    note = access.get_note_or_404(note_id, current_user, need="annotate")
    form = AnnotationForm()
    if not form.validate_on_submit():
        flash("Select a passage and write your annotation.", "error")
        return _back(note_id, "annotate")
    suggestion = form.suggestion.data if (form.suggestion.data or "").strip() else None
    try:
        annotation = threads.add_annotation(
            note, current_user, body=form.body.data, exact=form.exact.data.replace("\r\n", "\n"),
            prefix=form.prefix.data or "", suffix=form.suffix.data or "", start=form.start.data, end=form.end.data,
            utf16=True, suggestion=suggestion,
        )
    except ServiceError as exc:
        flash_service_error(exc)
        return _back(note_id, "annotate")
    db.session.commit()
    _warn_phi(form.body.data, suggestion)
    return _back(note_id, f"annotation-{annotation.id}")


@bp.post("/annotations/<int:annotation_id>/replies")
@login_required
def reply(annotation_id: int):
    annotation, note = access.get_annotation_or_404(annotation_id, current_user, need="comment")
    form = ReplyForm()
    if not form.validate_on_submit():
        flash("Write a reply first.", "error")
        return _back(note.id, f"annotation-{annotation_id}")
    try:
        threads.add_comment(note, current_user, body=form.body.data, annotation_id=annotation.id)
    except ServiceError as exc:
        flash_service_error(exc)
        return _back(note.id, f"annotation-{annotation_id}")
    db.session.commit()
    _warn_phi(form.body.data)
    return _back(note.id, f"annotation-{annotation_id}")


@bp.post("/annotations/<int:annotation_id>/<any(resolve, reopen):action>")
@login_required
def resolve_annotation(annotation_id: int, action: str):
    annotation, note = access.get_annotation_or_404(annotation_id, current_user, need="resolve")
    if not EmptyForm().validate_on_submit():
        abort(400)
    threads.set_annotation_resolved(annotation, note, current_user, action == "resolve")
    db.session.commit()
    return _back(note.id, f"annotation-{annotation_id}")


@bp.post("/annotations/<int:annotation_id>/suggestion/<any(accept, decline):action>")
@login_required
def suggestion(annotation_id: int, action: str):
    annotation, note = access.get_annotation_or_404(annotation_id, current_user, need="respond_suggestion")
    form = VersionForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        threads.respond_to_suggestion(annotation, note, current_user, accept=action == "accept",
                                      version=form_version(form))
    except ServiceError as exc:
        flash_service_error(exc)
        return _back(note.id, f"annotation-{annotation_id}")
    db.session.commit()
    if action == "accept":
        flash("Suggestion applied to your draft. Check the wording before you resubmit.", "success")
        return redirect(url_for("notes.edit", note_id=note.id))
    return _back(note.id, f"annotation-{annotation_id}")


@bp.post("/comments/<int:comment_id>/<any(resolve, reopen):action>")
@login_required
def resolve_comment(comment_id: int, action: str):
    comment, note = access.get_comment_or_404(comment_id, current_user, need="resolve")
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        threads.set_comment_resolved(comment, note, current_user, action == "resolve")
    except ServiceError as exc:
        flash_service_error(exc)
        return _back(note.id, "thread")
    db.session.commit()
    return _back(note.id, f"comment-{comment_id}")
