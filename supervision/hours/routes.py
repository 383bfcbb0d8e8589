from flask import abort, render_template, request
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .. import access
from ..auth.models import User
from ..enums import Role
from ..extensions import db
from . import bp
from .models import HoursEntry
from .services import hours_summary


@bp.get("/")
@login_required
def summary():
    trainee_id = request.args.get("trainee", type=int)
    if current_user.role == Role.TRAINEE:
        trainee = current_user
    else:
        choices = _trainees_for(current_user)
        if not choices:
            return render_template("hours/summary.html", trainee=None, choices=[], summary=None, entries=[])
        trainee = next((t for t in choices if t.id == trainee_id), None) if trainee_id else choices[0]
        if trainee is None:
            abort(404)
    if not access.can_see_trainee_hours(current_user, trainee):
        abort(404)
    entries = db.session.execute(
        select(HoursEntry).where(HoursEntry.trainee_id == trainee.id)
        .options(selectinload(HoursEntry.verified_by))
        .order_by(HoursEntry.date.desc(), HoursEntry.id.desc()).limit(50)
    ).scalars().all()
    choices = _trainees_for(current_user) if current_user.role != Role.TRAINEE else []
    return render_template("hours/summary.html", trainee=trainee, choices=choices,
                           summary=hours_summary(trainee), entries=entries)


def _trainees_for(viewer) -> list[User]:
    query = select(User).where(User.program_id == viewer.program_id, User.role == Role.TRAINEE).order_by(User.name)
    if viewer.role == Role.SUPERVISOR:
        query = query.where(User.id.in_(access.supervised_trainee_ids(viewer)))
    return list(db.session.execute(query).scalars())
