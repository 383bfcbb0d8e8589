from flask import abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select, update

from .. import clock
from ..auth.forms import EmptyForm
from ..enums import Role
from ..extensions import db
from ..hours.services import hours_summary
from ..notifications.models import Notification
from ..review.queries import queue_glance
from ..views import paginate
from . import bp, queries


@bp.get("/")
def index():
    if current_user.is_authenticated:
        return redirect(url_for("main.dashboard"))
    return redirect(url_for("auth.login"))


@bp.get("/dashboard")
@login_required
def dashboard():
    if current_user.role == Role.TRAINEE:
        return _trainee_dashboard()
    if current_user.role == Role.SUPERVISOR:
        return _supervisor_dashboard()
    return _director_dashboard()


def _trainee_dashboard():
    from ..reflection.services import open_prompts

    notes, totals = queries.trainee_notes(current_user)
    return render_template("main/dashboard_trainee.html", drafts=notes["drafts"], changes=notes["changes"],
                           waiting=notes["waiting"], totals=totals, shared=queries.shared_with(current_user),
                           summary=hours_summary(current_user), prompts=open_prompts(current_user),
                           prompt_form=EmptyForm())


def _supervisor_dashboard():
    from ..review.stats import turnaround

    queue, waiting, overdue = queue_glance(current_user)
    return render_template("main/dashboard_supervisor.html", queue=queue, waiting=waiting, overdue=overdue,
                           trainees=queries.supervised_trainees(current_user), now=clock.now(),
                           recent=queries.recent_notifications(current_user), turnaround=turnaround(current_user))


def _director_dashboard():
    from ..review.stats import overdue_by_supervisor

    return render_template("main/dashboard_director.html", figures=queries.program_figures(current_user),
                           by_supervisor=overdue_by_supervisor(current_user))


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
