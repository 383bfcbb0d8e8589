from datetime import timedelta

from flask import abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import func, select, update
from sqlalchemy.orm import selectinload

from .. import access, clock
from ..auth.forms import EmptyForm
from ..auth.models import User
from ..enums import NoteStatus, Role
from ..extensions import db
from ..hours.services import hours_summary
from ..notes.models import Note
from ..notifications.models import Notification
from ..programs.models import Invitation
from ..views import paginate
from . import bp


@bp.get("/")
def index():
    if current_user.is_authenticated:
        return redirect(url_for("main.dashboard"))
    return redirect(url_for("auth.login"))


@bp.get("/dashboard")
@login_required
def dashboard():
    if current_user.role == Role.TRAINEE:
        mine = access.visible_notes(current_user).where(Note.trainee_id == current_user.id)
        def first(status, order):
            query = mine.where(Note.status == status)
            total = db.session.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
            return db.session.execute(query.order_by(order).limit(10)).scalars().all(), total

        drafts, drafts_total = first(NoteStatus.DRAFT, Note.updated_at.desc())
        changes, changes_total = first(NoteStatus.CHANGES_REQUESTED, Note.updated_at.desc())
        waiting, waiting_total = first(NoteStatus.SUBMITTED, Note.submitted_at)
        totals = {"drafts": drafts_total, "changes": changes_total, "waiting": waiting_total}
        from ..reflection.services import open_prompts

        shared = db.session.execute(
            select(Note).where(Note.id.in_(access.shared_note_ids(current_user)))
            .options(selectinload(Note.trainee)).order_by(Note.updated_at.desc()).limit(10)
        ).scalars().all()
        return render_template("main/dashboard_trainee.html", drafts=drafts, changes=changes, waiting=waiting, totals=totals,
                               summary=hours_summary(current_user), prompts=open_prompts(current_user),
                               shared=shared, prompt_form=EmptyForm())
    if current_user.role == Role.SUPERVISOR:
        queue_query = access.review_queue(current_user)
        queue = db.session.execute(queue_query.options(selectinload(Note.trainee)).limit(10)).scalars().all()
        waiting = db.session.execute(select(func.count()).select_from(queue_query.order_by(None).subquery())).scalar_one()
        overdue = db.session.execute(select(func.count()).select_from(
            queue_query.where(Note.submitted_at < clock.now() - timedelta(days=7)).order_by(None).subquery())).scalar_one()
        trainees = db.session.execute(
            select(User).where(User.id.in_(access.supervised_trainee_ids(current_user))).order_by(User.name)
        ).scalars().all()
        from ..review.stats import turnaround

        recent = db.session.execute(
            select(Notification).where(Notification.user_id == current_user.id)
            .order_by(Notification.created_at.desc(), Notification.id.desc()).limit(8)
        ).scalars().all()
        return render_template("main/dashboard_supervisor.html", queue=queue, waiting=waiting, overdue=overdue,
                               trainees=trainees, now=clock.now(),
                               recent=recent, turnaround=turnaround(current_user))
    counts = dict(db.session.execute(
        select(User.role, func.count()).where(User.program_id == current_user.program_id, User.active.is_(True))
        .group_by(User.role)
    ).all())
    waiting = db.session.execute(
        select(func.count()).select_from(Note)
        .where(Note.program_id == current_user.program_id, Note.status == NoteStatus.SUBMITTED)
    ).scalar_one()
    pending_invitations = db.session.execute(
        select(func.count()).select_from(Invitation).where(
            Invitation.program_id == current_user.program_id, Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None), Invitation.expires_at > clock.now())
    ).scalar_one()
    from ..review.stats import overdue_by_supervisor

    return render_template("main/dashboard_director.html", counts=counts, waiting=waiting,
                           pending_invitations=pending_invitations, by_supervisor=overdue_by_supervisor(current_user))


@bp.get("/help")
def help_page():
    return render_template("main/help.html")


@bp.get("/notifications")
@login_required
def notifications():
    query = (select(Notification).where(Notification.user_id == current_user.id)
             .order_by(Notification.created_at.desc(), Notification.id.desc()))
    return render_template("main/notifications.html", page=paginate(query, per_page=30), form=EmptyForm())


@bp.post("/notifications/read")
@login_required
def mark_read():
    if not EmptyForm().validate_on_submit():
        abort(400)
    db.session.execute(
        update(Notification).where(Notification.user_id == current_user.id, Notification.read_at.is_(None))
        .values(read_at=clock.now())
    )
    db.session.commit()
    return redirect(request.referrer if request.referrer and request.referrer.startswith(request.host_url) else url_for("main.notifications"))
