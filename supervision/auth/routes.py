from flask import current_app, flash, jsonify, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from .. import clock
from ..errors import ServiceError, ValidationFailed
from ..extensions import db, limiter
from ..programs.services import accept_invitation, open_invitation
from . import bp
from .forms import AcceptInvitationForm, ChangePasswordForm, EmptyForm, LoginForm
from .passwords import verify_password
from .services import authenticate, end_all_sessions, record_failed_login, record_login, set_password
from .session import SESSION_SEEN, is_safe_next, start_session


def _login_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("main.dashboard"))
    form = LoginForm()
    next_path = request.args.get("next")
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is None:
            record_failed_login(form.email.data)
            db.session.commit()
            flash("That e-mail and password do not match an active account.", "error")
            return render_template("auth/login.html", form=form, next_path=next_path), 200
        start_session(user)
        login_user(user)
        record_login(user)
        db.session.commit()
        return redirect(next_path if is_safe_next(next_path) else url_for("main.dashboard"))
    return render_template("auth/login.html", form=form, next_path=next_path)


@bp.post("/logout")
@login_required
def logout():
    logout_user()
    session.clear()
    flash("You are signed out.", "info")
    return redirect(url_for("auth.login"))


@bp.get("/session")
def session_status():
    """How long until the idle timeout, for the editor's warning. Does not count as activity."""
    if not current_user.is_authenticated:
        return jsonify(signed_in=False, remaining_seconds=0)
    idle = current_app.config["IDLE_TIMEOUT"].total_seconds()
    seen = session.get(SESSION_SEEN) or clock.now().timestamp()
    remaining = max(0, int(idle - (clock.now().timestamp() - float(seen))))
    return jsonify(signed_in=True, remaining_seconds=remaining)


@bp.post("/session/keepalive")
@login_required
def keepalive():
    """'Stay signed in': any authenticated request refreshes the idle clock; this one does only that."""
    return jsonify(signed_in=True, remaining_seconds=int(current_app.config["IDLE_TIMEOUT"].total_seconds()))


@bp.route("/join/<token>", methods=["GET", "POST"])
def accept(token: str):
    invitation = open_invitation(token)
    if invitation is None:
        return render_template("auth/invitation_invalid.html"), 404
    form = AcceptInvitationForm()
    if request.method == "GET":
        form.name.data = invitation.name
    if form.validate_on_submit():
        try:
            user = accept_invitation(invitation, name=form.name.data, password=form.password.data)
        except ValidationFailed as exc:
            db.session.rollback()
            for field, messages in exc.fields.items():
                getattr(form, field, form.password).errors = list(messages)
            return render_template("auth/accept.html", form=form, invitation=invitation), 422
        except ServiceError as exc:
            db.session.rollback()
            flash(exc.message, "error")
            return render_template("auth/accept.html", form=form, invitation=invitation), 409
        start_session(user)
        login_user(user)
        record_login(user, method="invitation")
        db.session.commit()
        flash(f"Welcome, {user.name}. Your account is ready.", "success")
        return redirect(url_for("main.dashboard"))
    return render_template("auth/accept.html", form=form, invitation=invitation)


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        if not verify_password(current_user.password_hash, form.current_password.data):
            form.current_password.errors = ["That is not your current password."]
        else:
            try:
                set_password(current_user, form.new_password.data)
            except ValidationFailed as exc:
                form.new_password.errors = exc.fields.get("password", [exc.message])
            else:
                end_all_sessions(current_user)
                db.session.commit()
                # This session carries the old version too: start a fresh one for the person at the keyboard.
                start_session(current_user)
                login_user(current_user)
                flash("Password changed. Other sessions were signed out.", "success")
                return redirect(url_for("auth.account"))
        return render_template("auth/account.html", form=form), 422
    return render_template("auth/account.html", form=form)
