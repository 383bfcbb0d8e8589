from datetime import date

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .. import access, clock
from ..auth.forms import EmptyForm
from ..auth.models import User
from ..enums import Role
from ..errors import ServiceError, StaleNote, ValidationFailed
from ..extensions import db
from ..forms import choices
from ..notes.services import scan_text
from ..views import apply_field_errors, flash_service_error, form_version, int_arg
from . import bp
from . import services as reflection
from .export import log_markdown, log_pdf
from .forms import AnswerForm, ReflectionForm
from .models import Reflection, ReflectionPrompt


def _filters() -> dict:
    def day(name):
        try:
            return date.fromisoformat(request.args.get(name, ""))
        except ValueError:
            return None

    return {
        "competency": request.args.get("competency") or None,
        "note_id": int_arg("note"),
        "source": request.args.get("source") or None,
        "start": day("from"),
        "end": day("to"),
        "search": (request.args.get("q") or "").strip()[:200] or None,
        "trainee_id": int_arg("trainee") if current_user.role == Role.SUPERVISOR else None,
    }


def _entries() -> list[Reflection]:
    query = reflection.filter_reflections(reflection.visible_reflections(current_user), **_filters())
    return list(db.session.execute(query.order_by(Reflection.created_at.desc(), Reflection.id.desc()).limit(500)).scalars())


def _require_reader() -> None:
    if current_user.role not in (Role.TRAINEE, Role.SUPERVISOR):
        abort(403)


@bp.get("/")
@login_required
def log():
    _require_reader()
    entries = _entries()
    group = "month" if request.args.get("by") == "month" else "week"
    periods: list[tuple[str, list[Reflection]]] = []
    for entry in entries:
        local = entry.created_at.date()
        if group == "month":
            label = local.strftime("%B %Y")
        else:
            monday = local.fromordinal(local.toordinal() - local.weekday())
            label = f"Week of {monday.strftime('%b %-d, %Y')}"
        if not periods or periods[-1][0] != label:
            periods.append((label, []))
        periods[-1][1].append(entry)
    trainees = []
    if current_user.role == Role.SUPERVISOR:
        trainees = db.session.execute(db.select(User).where(User.id.in_(access.supervised_trainee_ids(current_user)))
                                      .order_by(User.name)).scalars().all()
    return render_template(
        "reflection/log.html", periods=periods, count=len(entries), group=group, args=request.args,
        competencies=reflection.competencies_for(current_user.program_id), trainees=trainees,
        trend=reflection.competency_trend(entries), sources=reflection.SOURCES,
    )


def _form_choices(form: ReflectionForm) -> None:
    form.competencies.choices = choices((c.code, c.name) for c in reflection.competencies_for(current_user.program_id))


def _context_for(form: ReflectionForm):
    """The feedback the new entry is about, to quote it on the form."""
    from ..threads.models import Annotation, Comment

    if form.comment_id.data and form.comment_id.data.isdigit():
        comment = db.session.get(Comment, int(form.comment_id.data))
        if comment is not None and access.can_view_note(current_user, comment_note(comment)):
            return {"kind": "comment", "author": comment.author, "text": comment.body}
    if form.annotation_id.data and form.annotation_id.data.isdigit():
        annotation = db.session.get(Annotation, int(form.annotation_id.data))
        if annotation is not None and access.can_view_note(current_user, comment_note(annotation)):
            return {"kind": "annotation", "author": annotation.author, "text": annotation.body, "quote": annotation.exact}
    return None


def comment_note(item):
    from ..notes.models import Note

    return db.session.get(Note, item.note_id)


def _as_int(value):
    return int(value) if value and str(value).isdigit() else None


@bp.route("/new", methods=["GET", "POST"])
@login_required
def new():
    if current_user.role != Role.TRAINEE:
        abort(403)
    form = ReflectionForm()
    _form_choices(form)
    if request.method == "GET":
        form.comment_id.data = request.args.get("comment", "")
        form.annotation_id.data = request.args.get("annotation", "")
        form.note_id.data = request.args.get("note", "")
        if request.args.get("mine") and form.comment_id.data.isdigit():
            from ..threads.models import Comment

            own = db.session.get(Comment, int(form.comment_id.data))
            if own is not None and own.author_id == current_user.id:
                form.body.data = own.body
    if form.validate_on_submit():
        try:
            entry = reflection.create_reflection(
                current_user, body=form.body.data, competencies=form.competencies.data or [],
                shared=bool(form.shared.data), comment_id=_as_int(form.comment_id.data),
                annotation_id=_as_int(form.annotation_id.data), note_id=_as_int(form.note_id.data),
            )
        except ValidationFailed as exc:
            db.session.rollback()
            apply_field_errors(form, exc)
            return render_template("reflection/form.html", form=form, context=_context_for(form), entry=None), 422
        db.session.commit()
        _warn_phi(form.body.data)
        flash("Reflection saved to your log.", "success")
        return redirect(url_for("reflection.entry", entry_id=entry.id))
    status = 422 if request.method == "POST" else 200
    return render_template("reflection/form.html", form=form, context=_context_for(form), entry=None), status


def _warn_phi(text: str) -> None:
    kinds = sorted({f.kind.lower() for f in scan_text(text)})
    if kinds:
        flash(f"Your entry may contain identifiers ({', '.join(kinds)}). Reflections must be de-identified too: please edit it.", "warning")


@bp.get("/<int:entry_id>")
@login_required
def entry(entry_id: int):
    item = reflection.get_reflection_or_404(entry_id, current_user)
    return render_template("reflection/entry.html", entry=item, answer_form=AnswerForm())


@bp.route("/<int:entry_id>/edit", methods=["GET", "POST"])
@login_required
def edit(entry_id: int):
    item = reflection.get_reflection_or_404(entry_id, current_user)
    if item.trainee_id != current_user.id:
        abort(403)
    form = ReflectionForm(obj=item if request.method == "GET" else None)
    _form_choices(form)
    if request.method == "GET":
        form.competencies.data = [c.code for c in item.competencies]
        form.version.data = item.version
    if form.validate_on_submit():
        try:
            reflection.update_reflection(item, current_user, version=form_version(form), body=form.body.data,
                                         competencies=form.competencies.data or [], shared=bool(form.shared.data))
        except StaleNote:
            db.session.rollback()
            flash("This entry was changed in another window. Your text is below; the saved text is on the entry page.", "error")
            return render_template("reflection/form.html", form=form, context=None, entry=item), 409
        except ValidationFailed as exc:
            db.session.rollback()
            apply_field_errors(form, exc)
            return render_template("reflection/form.html", form=form, context=None, entry=item), 422
        db.session.commit()
        _warn_phi(form.body.data)
        flash("Entry updated; the earlier text is kept in its history.", "success")
        return redirect(url_for("reflection.entry", entry_id=item.id))
    status = 422 if request.method == "POST" else 200
    return render_template("reflection/form.html", form=form, context=None, entry=item), status


@bp.post("/<int:entry_id>/answers")
@login_required
def answer(entry_id: int):
    item = reflection.get_reflection_or_404(entry_id, current_user)
    form = AnswerForm()
    if not form.validate_on_submit():
        flash("Write an answer first.", "error")
        return redirect(url_for("reflection.entry", entry_id=entry_id))
    try:
        reflection.answer_reflection(item, current_user, body=form.body.data)
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("reflection.entry", entry_id=entry_id))
    db.session.commit()
    return redirect(url_for("reflection.entry", entry_id=entry_id, _anchor="answers"))


@bp.post("/prompts/<int:prompt_id>/dismiss")
@login_required
def dismiss_prompt(prompt_id: int):
    prompt = db.session.get(ReflectionPrompt, prompt_id)
    if prompt is None or prompt.trainee_id != current_user.id:
        abort(404)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        reflection.dismiss_prompt(prompt, current_user)
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("main.dashboard"))
    db.session.commit()
    return redirect(url_for("main.dashboard"))


@bp.get("/export.<any(md, pdf):fmt>")
@login_required
def export(fmt: str):
    _require_reader()
    entries = list(reversed(_entries()))
    who = current_user.name
    stamp = clock.now().strftime("%Y-%m-%d")
    if fmt == "md":
        return Response(log_markdown(entries, who), mimetype="text/markdown; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="reflection-log-{stamp}.md"'})
    return Response(log_pdf(entries, who), mimetype="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="reflection-log-{stamp}.pdf"'})
