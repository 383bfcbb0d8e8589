from flask import abort, current_app, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from .. import access
from ..enums import Role
from ..errors import ServiceError, ValidationFailed
from ..extensions import db
from ..notes.models import Note
from ..views import flash_service_error, form_version, int_arg
from . import bp
from .forms import ApproveForm, RequestChangesForm
from .queries import queue_page
from .services import approve_note, request_changes


@bp.get("/")
@login_required
def queue():
    if current_user.role != Role.SUPERVISOR:
        abort(403)
    page = queue_page(current_user, max(1, int_arg("page", 1) or 1))
    return render_template("review/queue.html", notes=page.items, page=page)


@bp.post("/<int:note_id>/request-changes")
@login_required
def changes(note_id: int):
    note = access.get_note_or_404(note_id, current_user, need="review")
    form = RequestChangesForm()
    if not form.validate_on_submit():
        flash("Write a short summary of what should change.", "error")
        return redirect(url_for("notes.view", note_id=note_id, _anchor="review"))
    try:
        request_changes(note, current_user, summary=form.summary.data, version=form_version(form))
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("notes.view", note_id=note_id))
    db.session.commit()
    flash("Changes requested. The trainee has been notified.", "success")
    return redirect(_next_in_queue(note_id))


@bp.post("/<int:note_id>/approve")
@login_required
def approve(note_id: int):
    note = access.get_note_or_404(note_id, current_user, need="review")
    form = ApproveForm()
    if not form.validate_on_submit():
        flash("Tick the attestation to co-sign.", "error")
        return redirect(url_for("notes.view", note_id=note_id, _anchor="review"))
    try:
        approve_note(note, current_user, attestation=bool(form.attestation.data),
                     wording=current_app.config["ATTESTATION"], version=form_version(form))
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("notes.view", note_id=note_id))
    db.session.commit()
    flash(f"Note #{note_id} co-signed. Its {note.duration_minutes} minutes count as verified hours.", "success")
    return redirect(_next_in_queue(note_id))


def _next_in_queue(after_id: int) -> str:
    """After a decision, the next note waiting (oldest first), or the queue when it is empty."""
    next_id = db.session.execute(
        access.review_queue(current_user).where(Note.id != after_id).with_only_columns(Note.id).limit(1)
    ).scalar()
    return url_for("notes.view", note_id=next_id) if next_id else url_for("review.queue")
