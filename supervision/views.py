"""Small helpers shared by the HTML views."""
from __future__ import annotations

from typing import Callable

from flask import abort, flash, redirect, request
from flask_login import current_user
from sqlalchemy import func, select

from .errors import ServiceError
from .extensions import db


def flash_service_error(exc: ServiceError) -> None:
    db.session.rollback()
    flash(exc.message, "error")


def apply_field_errors(form, exc) -> None:
    """Show a service's field errors on the form that was posted (what was typed stays in the form)."""
    for field, messages in (getattr(exc, "fields", None) or {}).items():
        target = getattr(form, field, None)
        if target is not None and hasattr(target, "errors"):
            target.errors = list(target.errors or []) + [m for m in messages if m]
        else:
            for message in messages:
                flash(str(message), "error")


def version_action(change: Callable[[int | None], object], *, back: str, done: str, then: str):
    """A page's POST of one state change, guarded by the version the page showed (VersionForm): 400 without
    a valid form (CSRF); a service error is flashed on the page it came from (`back`); else commit, say what
    was done and go on to `then`."""
    from .forms import VersionForm

    form = VersionForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        change(form_version(form))
    except ServiceError as exc:
        flash_service_error(exc)
        return redirect(back)
    db.session.commit()
    flash(done, "success")
    return redirect(then)


def int_arg(name: str, default: int | None = None) -> int | None:
    try:
        return int(request.args.get(name, ""))
    except ValueError:
        return default


def form_version(form) -> int | None:
    try:
        return int(form.version.data)
    except (TypeError, ValueError):
        return None


def paginate(query, *, per_page: int = 20):
    """db.paginate on a select(), page from ?page=, never erroring on a bad page number."""
    page = max(1, int_arg("page", 1) or 1)
    return db.paginate(query, page=page, per_page=per_page, error_out=False, count=True)


def count(query) -> int:
    return db.session.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()


def me():
    return current_user._get_current_object()
