from datetime import date, datetime, time, timedelta
from functools import wraps
from zoneinfo import ZoneInfo

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .. import access, clock
from ..access_log import NoteRead
from ..audit import AuditEvent, verify_chain
from ..auth.forms import EmptyForm
from ..auth.models import User
from ..enums import Role
from ..errors import ServiceError, ValidationFailed
from ..extensions import db
from ..forms import choices
from ..mail import send_invitation
from ..views import apply_field_errors, flash_service_error, paginate
from . import bp
from . import services as programs
from .forms import AssignForm, InviteForm
from .models import Invitation, SupervisionAssignment


def director_required(view):
    @wraps(view)
    @login_required
    def wrapper(*args, **kwargs):
        if current_user.role != Role.DIRECTOR:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def _people_page(invite_form=None, assign_form=None, new_link=None, status=200):
    people = programs.people(current_user)
    invite_form = invite_form or InviteForm()
    assign_form = assign_form or AssignForm()
    assign_form.supervisor_id.choices = choices((p.id, p.name) for p in people if p.role == Role.SUPERVISOR and p.active)
    assign_form.trainee_id.choices = choices((p.id, p.name) for p in people if p.role == Role.TRAINEE and p.active)
    today = clock.now().date()
    assignments = db.session.execute(
        select(SupervisionAssignment)
        .where(SupervisionAssignment.program_id == current_user.program_id, access.current_assignment_clause(today))
        .options(selectinload(SupervisionAssignment.supervisor), selectinload(SupervisionAssignment.trainee))
        .order_by(SupervisionAssignment.trainee_id)
    ).scalars().all()
    now = clock.now()
    invitations = db.session.execute(
        select(Invitation).where(Invitation.program_id == current_user.program_id, Invitation.accepted_at.is_(None),
                                 Invitation.revoked_at.is_(None))
        .order_by(Invitation.created_at.desc())
    ).scalars().all()
    return render_template("programs/people.html", people=people, invite_form=invite_form, assign_form=assign_form,
                           assignments=assignments, invitations=invitations, now=now, new_link=new_link,
                           action_form=EmptyForm()), status


@bp.get("/people")
@director_required
def people():
    return _people_page()


@bp.post("/invitations")
@director_required
def invite():
    form = InviteForm()
    if not form.validate_on_submit():
        return _people_page(invite_form=form, status=422)
    try:
        invitation, raw = programs.invite_person(current_user, email=form.email.data, name=form.name.data,
                                                 role=form.role.data)
    except ValidationFailed as exc:
        db.session.rollback()
        apply_field_errors(form, exc)
        return _people_page(invite_form=form, status=422)
    db.session.commit()
    link = url_for("auth.accept", token=raw, _external=True)
    sent = send_invitation(invitation, link)  # after the commit: mail never undoes the invitation
    _flash_link_sent(f"Invitation created for {invitation.email}.", sent)
    return _people_page(new_link=(invitation, link))


def _flash_link_sent(done: str, sent: bool) -> None:
    """Say what was done, and whether the invitation e-mail left; when it did not, the page shows the link."""
    if sent:
        flash(done, "success")
    else:
        flash(done + " The e-mail could not be sent; pass on the link below.", "warning")


def _posted_invitation(invitation_id: int) -> Invitation:
    """The director's own program's invitation named in a button's POST (404 otherwise; 400 without the token)."""
    invitation = db.session.get(Invitation, invitation_id)
    if invitation is None or invitation.program_id != current_user.program_id:
        abort(404)
    if not EmptyForm().validate_on_submit():
        abort(400)
    return invitation


@bp.post("/invitations/<int:invitation_id>/renew")
@director_required
def renew_invitation(invitation_id: int):
    invitation = _posted_invitation(invitation_id)
    try:
        raw = programs.renew_invitation(current_user, invitation)
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("programs.people"))
    db.session.commit()
    link = url_for("auth.accept", token=raw, _external=True)
    sent = send_invitation(invitation, link)  # after the commit: mail never undoes the new link
    _flash_link_sent(f"A new link for {invitation.email} was created; the old one no longer works.", sent)
    return _people_page(new_link=(invitation, link))


@bp.post("/invitations/<int:invitation_id>/revoke")
@director_required
def revoke_invitation(invitation_id: int):
    invitation = _posted_invitation(invitation_id)
    programs.revoke_invitation(current_user, invitation)
    db.session.commit()
    flash(f"Invitation for {invitation.email} revoked.", "success")
    return redirect(url_for("programs.people"))


@bp.post("/assignments")
@director_required
def assign():
    form = AssignForm()
    people_by_id = {p.id: p for p in programs.people(current_user)}
    form.supervisor_id.choices = choices((p.id, p.name) for p in people_by_id.values() if p.role == Role.SUPERVISOR)
    form.trainee_id.choices = choices((p.id, p.name) for p in people_by_id.values() if p.role == Role.TRAINEE)
    if not form.validate_on_submit():
        return _people_page(assign_form=form, status=422)
    try:
        programs.assign_supervisor(current_user, people_by_id[form.supervisor_id.data], people_by_id[form.trainee_id.data],
                                   kind=form.kind.data, starts_on=form.starts_on.data, ends_on=form.ends_on.data)
    except ValidationFailed as exc:
        db.session.rollback()
        apply_field_errors(form, exc)
        return _people_page(assign_form=form, status=422)
    db.session.commit()
    flash("Supervisor assigned.", "success")
    return redirect(url_for("programs.people", _anchor="assignments"))


@bp.post("/assignments/<int:assignment_id>/end")
@director_required
def unassign(assignment_id: int):
    assignment = db.session.get(SupervisionAssignment, assignment_id)
    if assignment is None or assignment.program_id != current_user.program_id:
        abort(404)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        programs.end_assignment(current_user, assignment)
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("programs.people"))
    db.session.commit()
    flash(f"{assignment.supervisor.name} no longer supervises {assignment.trainee.name}.", "success")
    return redirect(url_for("programs.people", _anchor="assignments"))


@bp.post("/people/<int:user_id>/<any(deactivate, activate):action>")
@director_required
def set_active(user_id: int, action: str):
    person = access.get_user_in_program_or_404(user_id, current_user)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        programs.set_active(current_user, person, action == "activate")
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("programs.people"))
    db.session.commit()
    flash(f"{person.name} {'reactivated' if action == 'activate' else 'deactivated; their sessions and tokens stop working'}.", "success")
    return redirect(url_for("programs.people"))


@bp.get("/audit")
@director_required
def audit_log():
    report = verify_chain()
    query = (select(AuditEvent).where(AuditEvent.program_id == current_user.program_id)
             .options(selectinload(AuditEvent.actor)).order_by(AuditEvent.id.desc()))
    action = request.args.get("action", "").strip()
    if action:
        query = query.where(AuditEvent.action.startswith(action))
    page = paginate(query, per_page=50)
    return render_template("programs/audit.html", report=report, page=page, action=action)


@bp.get("/audit/reads")
@director_required
def note_reads():
    """Who opened which note, and when: filter by note, person and dates (the program's days), newest first."""
    query = (select(NoteRead).where(NoteRead.program_id == current_user.program_id)
             .options(selectinload(NoteRead.user)).order_by(NoteRead.at.desc(), NoteRead.id.desc()))
    note_id, user_id = (_id_arg(name) for name in ("note", "user"))
    if note_id:
        query = query.where(NoteRead.note_id == note_id)
    if user_id:
        query = query.where(NoteRead.user_id == user_id)
    zone = ZoneInfo(current_user.program.timezone or current_app.config["PROGRAM_TIMEZONE"])
    bounds = {}
    for name in ("from", "to"):
        try:
            bounds[name] = date.fromisoformat(request.args.get(name, ""))
        except ValueError:
            continue
    if "from" in bounds:
        query = query.where(NoteRead.at >= datetime.combine(bounds["from"], time(), zone))
    if "to" in bounds:
        query = query.where(NoteRead.at < datetime.combine(bounds["to"] + timedelta(days=1), time(), zone))
    page = paginate(query, per_page=50)
    return render_template("programs/note_reads.html", page=page, people=programs.people(current_user),
                           note_id=note_id, user_id=user_id, bounds=bounds)


def _id_arg(name: str) -> int | None:
    """A row id from the query string; None when absent or not one (ids are 32-bit everywhere)."""
    value = request.args.get(name, type=int)
    return value if value is not None and 1 <= value < 2**31 else None


# --- peer groups -----------------------------------------------------------------------------------------

def _trainee_choices():
    return choices((p.id, p.name) for p in programs.people(current_user) if p.role == Role.TRAINEE and p.active)


def _groups_page(form=None, status=200):
    from .forms import PeerGroupForm, PeerGroupMembersForm

    form = form or PeerGroupForm()
    form.members.choices = _trainee_choices()
    groups = programs.peer_groups_of(current_user)
    member_forms = {}
    for group in groups:
        f = PeerGroupMembersForm(prefix=f"g{group.id}")
        f.members.choices = _trainee_choices()
        f.members.data = [m.user_id for m in group.members]
        member_forms[group.id] = f
    names = {p.id: p.name for p in programs.people(current_user)}
    return render_template("programs/peer_groups.html", form=form, groups=groups, member_forms=member_forms,
                           names=names), status


@bp.get("/peer-groups")
@director_required
def peer_groups():
    return _groups_page()


@bp.post("/peer-groups")
@director_required
def create_peer_group():
    from .forms import PeerGroupForm

    form = PeerGroupForm()
    form.members.choices = _trainee_choices()
    if not form.validate_on_submit():
        return _groups_page(form, 422)
    people_by_id = {p.id: p for p in programs.people(current_user)}
    try:
        programs.create_peer_group(current_user, current_user.program, form.name.data,
                                   [people_by_id[i] for i in form.members.data or []])
    except ValidationFailed as exc:
        db.session.rollback()
        apply_field_errors(form, exc)
        return _groups_page(form, 422)
    db.session.commit()
    flash(f"Peer group {form.name.data!r} created.", "success")
    return redirect(url_for("programs.peer_groups"))


@bp.post("/peer-groups/<int:group_id>/members")
@director_required
def set_peer_group_members(group_id: int):
    from .forms import PeerGroupMembersForm
    from .models import PeerGroup

    group = db.session.get(PeerGroup, group_id)
    if group is None or group.program_id != current_user.program_id:
        abort(404)
    form = PeerGroupMembersForm(prefix=f"g{group.id}")
    form.members.choices = _trainee_choices()
    if not form.validate_on_submit():
        flash("Choose trainees of the program.", "error")
        return redirect(url_for("programs.peer_groups"))
    people_by_id = {p.id: p for p in programs.people(current_user)}
    try:
        programs.set_peer_group_members(current_user, group, [people_by_id[i] for i in form.members.data or []])
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(url_for("programs.peer_groups"))
    db.session.commit()
    flash(f"Members of {group.name} updated.", "success")
    return redirect(url_for("programs.peer_groups"))
