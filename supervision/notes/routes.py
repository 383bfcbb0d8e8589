from datetime import date

from flask import abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload, selectinload

from .. import access
from ..access_log import record_note_read
from ..auth.models import User
from ..enums import NoteStatus, Role
from ..errors import OpenFindings, ServiceError, StaleNote, ValidationFailed
from ..extensions import db
from ..text import render_markdown
from ..textdiff import word_diff
from ..threads.forms import AnnotationForm, CommentForm
from ..threads.services import add_comment, thread_for
from ..views import apply_field_errors, flash_service_error, form_version, paginate, version_action
from . import bp
from . import services as notes
from .forms import DismissForm, EditNoteForm, NewNoteForm, RedactForm, VersionForm
from .models import Approval, Note, PhiDismissal, Revision

STATUS_CHOICES = [s for s in NoteStatus]


@bp.get("/")
@login_required
def index():
    if current_user.role == Role.DIRECTOR:
        abort(403)
    query = access.visible_notes(current_user).options(selectinload(Note.trainee))
    status = request.args.get("status") or ""
    if status in {s.value for s in NoteStatus}:
        query = query.where(Note.status == NoteStatus(status))
    client = (request.args.get("client") or "").strip().upper()
    if client:
        query = query.where(Note.client_code == client)
    trainee_id = request.args.get("trainee", type=int)
    if trainee_id:
        query = query.where(Note.trainee_id == trainee_id)
    for bound, op in (("from", "__ge__"), ("to", "__le__")):
        try:
            value = date.fromisoformat(request.args.get(bound, ""))
        except ValueError:
            continue
        query = query.where(getattr(Note.session_date, op)(value))
    query = query.order_by(Note.updated_at.desc(), Note.id.desc())
    page = paginate(query, per_page=current_app.config["PAGE_SIZE"])
    trainees = []
    if current_user.role == Role.SUPERVISOR:
        trainees = db.session.execute(
            select(User).where(User.id.in_(access.supervised_trainee_ids(current_user))).order_by(User.name)
        ).scalars().all()
    return render_template("notes/index.html", page=page, statuses=STATUS_CHOICES, status=status, client=client,
                           trainees=trainees, trainee_id=trainee_id, args=request.args)


@bp.route("/new", methods=["GET", "POST"])
@login_required
def new():
    if current_user.role != Role.TRAINEE:
        abort(403)
    form = NewNoteForm()
    form.offer_categories(current_user.program_id)
    if request.method == "GET":
        form.session_date.data = date.today()
        form.duration_minutes.data = 50
    if form.validate_on_submit():
        try:
            note = notes.create_note(
                current_user, template=form.template.data, client_code=form.client_code.data,
                session_date=form.session_date.data, duration_minutes=form.duration_minutes.data,
                session_type=form.session_type.data, setting=form.setting.data,
                hours_category=form.hours_category.data or None,
            )
        except ValidationFailed as exc:
            db.session.rollback()
            apply_field_errors(form, exc)
            return render_template("notes/new.html", form=form), 422
        db.session.commit()
        return redirect(url_for("notes.edit", note_id=note.id))
    status = 422 if request.method == "POST" else 200
    return render_template("notes/new.html", form=form), status


def _editor(note: Note, form: EditNoteForm, *, conflict: Note | None = None, status: int = 200):
    from ..threads.services import annotations_for, span_in_text

    text = form.body.data if form.body.data is not None else note.body
    findings = notes.findings_for(note, text)
    revisions = {r.id: r for r in note.revisions}
    feedback = [(a, span_in_text(a, text, revisions)) for a in annotations_for(note) if not a.resolved] if revisions else []
    return render_template(
        "notes/edit.html", note=note, form=form, findings=findings, feedback=feedback,
        open_count=sum(1 for f in findings if not f.dismissed), conflict=conflict,
        action_form=VersionForm(version=note.version), dismiss_form=DismissForm(), redact_form=RedactForm(),
    ), status


@bp.route("/<int:note_id>/edit", methods=["GET", "POST"])
@login_required
def edit(note_id: int):
    note = access.get_note_or_404(note_id, current_user, need="edit")
    if not note.is_editable:
        flash(notes._locked_message(note), "info")
        return redirect(url_for("notes.view", note_id=note.id))
    form = EditNoteForm(obj=note if request.method == "GET" else None)
    form.offer_categories(note.program_id, note.hours_category)
    if request.method == "GET":
        form.version.data = note.version
        form.hours_category.data = note.hours_category or ""
        form.session_type.data = note.session_type.value
        form.setting.data = note.setting.value
        record_note_read(note, current_user, "editor")
        return _editor(note, form)
    if not form.validate_on_submit():
        return _editor(note, form, status=422)
    try:
        notes.update_note(
            note, current_user, version=form_version(form), body=form.body.data,
            client_code=form.client_code.data, session_date=form.session_date.data,
            duration_minutes=form.duration_minutes.data, session_type=form.session_type.data,
            setting=form.setting.data, hours_category=form.hours_category.data or "",
        )
    except StaleNote:
        db.session.rollback()
        current = db.session.get(Note, note_id)
        flash("This note was changed in another window. Both versions are below: nothing was lost.", "error")
        return _editor(current, form, conflict=current, status=409)
    except ValidationFailed as exc:
        db.session.rollback()
        apply_field_errors(form, exc)
        return _editor(note, form, status=422)
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("notes.view", note_id=note_id))
    db.session.commit()
    flash("Draft saved.", "success")
    return redirect(url_for("notes.edit", note_id=note.id))


def _json_body() -> dict:
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict):
        abort(400)
    return payload


@bp.post("/<int:note_id>/autosave")
@login_required
def autosave(note_id: int):
    """The editor's autosave: JSON in, JSON out. A stale version answers 409 with the saved text,
    and the editor keeps the typed text, so nothing is lost either way."""
    note = access.get_note_or_404(note_id, current_user, need="edit")
    payload = _json_body()
    meta = {k: payload.get(k) for k in notes.META_FIELDS if k in payload}
    if "hours_category" in meta and meta["hours_category"] is None:
        meta["hours_category"] = ""
    try:
        notes.update_note(note, current_user, version=payload.get("version"), body=payload.get("body"),
                          autosave=True, **meta)
    except StaleNote:
        db.session.rollback()
        current = db.session.get(Note, note_id)
        return jsonify(error={"code": "conflict", "message": "Changed in another window."},
                       current={"version": current.version, "body": current.body}), 409
    except ServiceError as exc:
        db.session.rollback()
        return jsonify(error={"code": exc.code, "message": exc.message,
                              "fields": getattr(exc, "fields", None)}), exc.status
    db.session.commit()
    findings = notes.findings_for(note)
    return jsonify(version=note.version, saved_at=note.updated_at.isoformat(),
                   findings=[f.as_json() for f in findings],
                   open_count=sum(1 for f in findings if not f.dismissed))


@bp.post("/<int:note_id>/phi-check")
@login_required
def phi_check(note_id: int):
    """Findings for text being typed, without saving it (the server is the one source of truth)."""
    note = access.get_note_or_404(note_id, current_user, need="edit")
    text = _json_body().get("body")
    if not isinstance(text, str) or len(text) > notes.MAX_BODY:
        abort(400)
    findings = notes.findings_for(note, text.replace("\r\n", "\n"))
    return jsonify(findings=[f.as_json() for f in findings], open_count=sum(1 for f in findings if not f.dismissed))


@bp.post("/preview")
@login_required
def preview():
    text = _json_body().get("body")
    if not isinstance(text, str) or len(text) > notes.MAX_BODY:
        abort(400)
    return jsonify(html=str(render_markdown(text)))


@bp.post("/<int:note_id>/redact")
@login_required
def redact(note_id: int):
    note = access.get_note_or_404(note_id, current_user, need="redact")
    form = RedactForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        _, count = notes.redact_findings(
            note, current_user, version=form_version(form),
            all_open=form.scope.data == "all", ids=[form.finding.data] if form.finding.data else [],
        )
    except StaleNote:
        db.session.rollback()
        flash("The note changed since this page loaded; the findings below are up to date. Try again.", "error")
        return redirect(url_for("notes.edit", note_id=note_id))
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("notes.edit", note_id=note_id))
    db.session.commit()
    flash(f"Redacted {count} span{'s' if count != 1 else ''}.", "success")
    return redirect(url_for("notes.edit", note_id=note_id))


@bp.post("/<int:note_id>/dismiss")
@login_required
def dismiss(note_id: int):
    note = access.get_note_or_404(note_id, current_user, need="redact")
    form = DismissForm()
    if not form.validate_on_submit():
        flash("Give a short reason (at least 3 characters) for dismissing a finding.", "error")
        return redirect(url_for("notes.edit", note_id=note_id))
    try:
        notes.dismiss_finding(note, current_user, finding=form.finding.data, reason=form.reason.data,
                              version=form_version(form))
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("notes.edit", note_id=note_id))
    db.session.commit()
    flash("Finding dismissed. Your supervisor will see the reason.", "success")
    return redirect(url_for("notes.edit", note_id=note_id))


@bp.post("/<int:note_id>/submit")
@login_required
def submit(note_id: int):
    note = access.get_note_or_404(note_id, current_user, need="submit")
    form = VersionForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        notes.submit_note(note, current_user, version=form_version(form))
    except OpenFindings as exc:
        db.session.rollback()
        flash(exc.message, "error")
        return redirect(url_for("notes.edit", note_id=note_id))
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("notes.edit" if note.is_editable else "notes.view", note_id=note_id))
    db.session.commit()
    flash("Submitted for review. Your supervisor has been notified.", "success")
    return redirect(url_for("notes.view", note_id=note_id))


@bp.post("/<int:note_id>/withdraw")
@login_required
def withdraw(note_id: int):
    note = access.get_note_or_404(note_id, current_user, need="withdraw")
    return version_action(lambda version: notes.withdraw_note(note, current_user, version=version),
                          back=url_for("notes.view", note_id=note_id),
                          done="Withdrawn. The note is a draft again.", then=url_for("notes.edit", note_id=note_id))


@bp.post("/<int:note_id>/addendum")
@login_required
def addendum(note_id: int):
    parent = access.get_note_or_404(note_id, current_user, need="addendum")
    if not VersionForm().validate_on_submit():
        abort(400)
    try:
        note = notes.create_addendum(parent, current_user)
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("notes.view", note_id=note_id))
    db.session.commit()
    return redirect(url_for("notes.edit", note_id=note.id))


# What the note page shows besides the thread: loaded with the note (one-to-ones joined, lists in one
# query each) rather than one lazy query per attribute as the template reaches it.
NOTE_PAGE_LOADS = (
    joinedload(Note.trainee),
    joinedload(Note.approval).joinedload(Approval.supervisor),
    selectinload(Note.revisions),
    selectinload(Note.addenda),
    selectinload(Note.dismissals).joinedload(PhiDismissal.dismissed_by),
)


@bp.get("/<int:note_id>")
@login_required
def view(note_id: int):
    note = access.get_note_or_404(note_id, current_user, need="view", options=NOTE_PAGE_LOADS)
    record_note_read(note, current_user, "page")
    from ..review.forms import ApproveForm, RequestChangesForm
    from ..threads.highlight import highlighted
    from ..threads.services import anchor_on, discussion_for

    can = {action: access.may(current_user, action, note) for action in access.NOTE_PERMISSIONS}
    shown = note.latest_revision
    asked = request.args.get("revision", type=int)
    if asked is not None:
        shown = next((r for r in note.revisions if r.number == asked), None)
        if shown is None:
            abort(404)
    discussion = discussion_for(note)
    annotations, placed, text_html = [], {}, None
    if shown is not None:
        annotations = discussion.annotations
        for annotation in annotations:
            anchor = anchor_on(annotation, shown.id)
            if anchor is not None:
                placed[annotation.id] = anchor
        # Resolved annotations stay visible (greyed) on the revision they were made on.
        spans = [(a.start, a.end, aid) for aid, a in placed.items() if not a.outdated]
        open_ids = {a.id for a in annotations if not a.resolved}
        text_html = highlighted(shown.body, spans, active=open_ids)
        annotations.sort(key=lambda a: (placed[a.id].start if a.id in placed and not placed[a.id].outdated else 10**9, a.id))
    next_note_id = None
    if current_user.role == Role.SUPERVISOR:
        next_note_id = db.session.execute(
            access.review_queue(current_user).where(Note.id != note.id).with_only_columns(Note.id).limit(1)
        ).scalar()
    sharing = None
    if can["share"]:
        from ..programs.services import peer_groups_of

        sharing = {"shares": notes.active_shares(note), "groups": peer_groups_of(current_user)}
    reviewing = can["review"] and note.status == NoteStatus.SUBMITTED
    return render_template(
        "notes/view.html", note=note, can=can, thread=discussion.thread, sharing=sharing, shown=shown,
        text_html=text_html, annotations=annotations, placed=placed,
        annotation_form=AnnotationForm() if can["annotate"] else None,
        approve_form=ApproveForm(version=note.version) if reviewing else None,
        changes_form=RequestChangesForm(version=note.version) if reviewing else None,
        attestation=current_app.config["ATTESTATION"], latest=note.latest_revision, next_note_id=next_note_id,
    )


@bp.post("/<int:note_id>/share")
@login_required
def share(note_id: int):
    from ..programs.models import PeerGroup

    note = access.get_note_or_404(note_id, current_user, need="share")
    if not VersionForm().validate_on_submit():
        abort(400)
    group = db.session.get(PeerGroup, request.form.get("peer_group_id", type=int) or 0)
    try:
        notes.share_note(note, current_user, group)
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("notes.view", note_id=note_id, _anchor="sharing"))
    db.session.commit()
    flash(f"Shared with {group.name}. Peers can read, annotate and comment; they cannot approve.", "success")
    return redirect(url_for("notes.view", note_id=note_id, _anchor="sharing"))


@bp.post("/<int:note_id>/share/<int:group_id>/revoke")
@login_required
def revoke_share(note_id: int, group_id: int):
    note = access.get_note_or_404(note_id, current_user, need="share")
    if not VersionForm().validate_on_submit():
        abort(400)
    if notes.revoke_share(note, current_user, group_id):
        db.session.commit()
        flash("No longer shared with that group.", "success")
    return redirect(url_for("notes.view", note_id=note_id, _anchor="sharing"))


@bp.get("/<int:note_id>/revisions")
@login_required
def revisions(note_id: int):
    note = access.get_note_or_404(note_id, current_user, need="view")
    numbers = [r.number for r in note.revisions]
    if not numbers:
        flash("This note has no submitted revisions yet.", "info")
        return redirect(url_for("notes.view", note_id=note_id))
    a = request.args.get("a", type=int) or (numbers[-2] if len(numbers) > 1 else numbers[-1])
    b = request.args.get("b", type=int) or numbers[-1]
    by_number = {r.number: r for r in note.revisions}
    if a not in by_number or b not in by_number:
        abort(404)
    old, new = by_number[a], by_number[b]
    record_note_read(note, current_user, "revision")
    return render_template("notes/revisions.html", note=note, old=old, new=new, numbers=numbers,
                           diff=word_diff(old.body, new.body))


@bp.get("/<int:note_id>/revisions/<int:number>")
@login_required
def revision(note_id: int, number: int):
    note = access.get_note_or_404(note_id, current_user, need="view")
    rev = db.session.execute(
        select(Revision).where(Revision.note_id == note.id, Revision.number == number)
    ).scalar_one_or_none()
    if rev is None:
        abort(404)
    record_note_read(note, current_user, "revision")
    return render_template("notes/revision.html", note=note, revision=rev)


@bp.post("/<int:note_id>/comments")
@login_required
def comment(note_id: int):
    note = access.get_note_or_404(note_id, current_user, need="comment")
    form = CommentForm()
    if not form.validate_on_submit():
        flash("Write a comment first.", "error")
        return redirect(url_for("notes.view", note_id=note_id, _anchor="thread"))
    parent_id = int(form.parent_id.data) if (form.parent_id.data or "").isdigit() else None
    try:
        created = add_comment(note, current_user, body=form.body.data, parent_id=parent_id)
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("notes.view", note_id=note_id, _anchor="thread"))
    warnings = notes.scan_text(form.body.data)
    db.session.commit()
    if warnings:
        kinds = ", ".join(sorted({f.kind.lower() for f in warnings}))
        flash(f"Posted. It may contain identifiers ({kinds}); please check and edit your wording in future.", "warning")
    return redirect(url_for("notes.view", note_id=note_id, _anchor=f"comment-{created.id}"))


@bp.post("/phi-scan")
@login_required
def phi_scan():
    """Findings in any text being typed (comments, replies): a warning before posting, never a refusal."""
    text = _json_body().get("text")
    if not isinstance(text, str) or len(text) > notes.MAX_BODY:
        abort(400)
    return jsonify(findings=[{"start": f.start, "end": f.end, "kind": f.kind, "text": f.text}
                             for f in notes.scan_text(text)])
