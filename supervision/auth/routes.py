from flask import abort, current_app, flash, jsonify, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from .. import audit, clock
from ..errors import AccountLocked, ServiceError, ValidationFailed
from ..extensions import db, limiter
from ..mail import send_password_reset
from ..programs.services import accept_invitation, open_invitation
from . import bp
from .forms import (
    AcceptInvitationForm, ApiTokenForm, ChangePasswordForm, EmptyForm, ForgotPasswordForm, LoginForm,
    NotificationPreferenceForm, ResetPasswordForm,
)
from .models import ApiToken
from .services import (
    RESET_LINK_MESSAGES, confirm_password, end_all_sessions, issue_token, open_password_reset, record_login,
    request_password_reset, reset_password, revoke_token, set_password, sign_in_with_password, tokens_of,
)
from .session import SESSION_SEEN, is_safe_next, start_session

RESET_TOKEN_KEY = "password_reset_token"


def _login_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


def _reset_limit() -> str:
    return current_app.config["PASSWORD_RESET_RATE_LIMIT"]


def _locked_page(template: str, exc: AccountLocked, **context):
    """The account is locked for a while: the form again, with a 429 that says how long and what to do."""
    db.session.rollback()
    flash(exc.message, "error")
    response = current_app.make_response((render_template(template, **context), 429))
    response.headers["Retry-After"] = str(exc.retry_after)
    return response


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("main.dashboard"))
    form = LoginForm()
    next_path = request.args.get("next")
    if form.validate_on_submit():
        try:
            user = sign_in_with_password(form.email.data, form.password.data)
        except AccountLocked as exc:
            return _locked_page("auth/login.html", exc, form=form, next_path=next_path)
        if user is None:
            db.session.commit()  # the failure counts toward the account's lockout
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
    # The session cookie is signed, not stored: a copy taken before sign-out would still be valid, so the
    # account's session version moves on and every cookie carrying the old one (this device's and any
    # other's) is dead. Signing out therefore signs out everywhere.
    end_all_sessions(current_user._get_current_object())
    db.session.commit()
    logout_user()
    session.clear()
    flash("You are signed out (on every device).", "info")
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


def _account_page(form=None, token_form=None, new_token=None, status=200):
    return render_template("auth/account.html", form=form or ChangePasswordForm(), prefs=_prefs_form(),
                           token_form=token_form or ApiTokenForm(prefix="token"), tokens=tokens_of(current_user),
                           new_token=new_token, action_form=EmptyForm(), now=clock.now()), status


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            confirmed = confirm_password(current_user, form.current_password.data)
        except AccountLocked as exc:
            db.session.rollback()
            form.current_password.errors = [exc.message]
            return _account_page(form=form, status=429)
        if not confirmed:
            db.session.commit()  # counted toward the lockout
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
        return _account_page(form=form, status=422)
    return _account_page(form=form)


def _prefs_form():
    form = NotificationPreferenceForm(prefix="prefs")
    if not form.is_submitted():
        form.email_preference.data = current_user.email_preference
    return form


@bp.post("/account/notifications")
@login_required
def notification_preferences():
    form = NotificationPreferenceForm(prefix="prefs")
    if not form.validate_on_submit():
        abort(400)
    if current_user.email_preference != form.email_preference.data:
        current_user.email_preference = form.email_preference.data
        audit.record("user.notification_preference", current_user, actor=current_user, value=form.email_preference.data)
        db.session.commit()
    flash("Notification settings saved.", "success")
    return redirect(url_for("auth.account"))


# --- API tokens from the account page -------------------------------------------------------------------

@bp.post("/account/tokens")
@limiter.limit(_login_limit)
@login_required
def create_api_token():
    """A new bearer token for the signed-in user, after their password again. The secret is shown on this
    one answer (never stored, never put in the session cookie)."""
    form = ApiTokenForm(prefix="token")
    if not form.validate_on_submit():
        return _account_page(token_form=form, status=422)
    try:
        confirmed = confirm_password(current_user, form.current_password.data)
    except AccountLocked as exc:
        db.session.rollback()
        form.current_password.errors = [exc.message]
        return _account_page(token_form=form, status=429)
    if not confirmed:
        db.session.commit()  # counted toward the lockout
        form.current_password.errors = ["That is not your current password."]
        return _account_page(token_form=form, status=422)
    lifetime = current_app.config.get("API_TOKEN_LIFETIME")
    token, raw = issue_token(current_user, name=form.name.data.strip() or "API token",
                             lifetime=lifetime or _default_token_lifetime())
    db.session.commit()
    return _account_page(new_token=(token, raw), token_form=ApiTokenForm(prefix="token", formdata=None), status=201)


def _default_token_lifetime():
    from ..api.routes import DEFAULT_TOKEN_LIFETIME

    return DEFAULT_TOKEN_LIFETIME


@bp.post("/account/tokens/<int:token_id>/revoke")
@login_required
def revoke_api_token(token_id: int):
    if not EmptyForm().validate_on_submit():
        abort(400)
    token = db.session.get(ApiToken, token_id)
    if token is None or token.user_id != current_user.id:
        abort(404)  # someone else's token is not even confirmed to exist
    revoke_token(token, current_user)
    db.session.commit()
    flash(f"Token {token.prefix}… revoked; programs using it are refused from now on.", "success")
    return redirect(url_for("auth.account", _anchor="api-tokens"))


# --- forgotten password ---------------------------------------------------------------------------------

@bp.route("/password/forgot", methods=["GET", "POST"])
@limiter.limit(_reset_limit, methods=["POST"])
def forgot_password():
    """Ask for a reset link. The answer is the same whether or not the address has an account."""
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        made = request_password_reset(form.email.data)
        db.session.commit()
        if made is not None:
            user, raw = made
            minutes = int(current_app.config["PASSWORD_RESET_LIFETIME"].total_seconds() // 60)
            send_password_reset(user, url_for("auth.reset_password_link", token=raw, _external=True), minutes)
        return render_template("auth/forgot_sent.html")
    return render_template("auth/forgot.html", form=form), 422 if form.is_submitted() else 200


@bp.get("/password/reset/<token>")
def reset_password_link(token: str):
    """The link from the e-mail: keep the token in the session and continue on a URL without it, so that
    it does not stay in the address bar, the history or a Referer header."""
    link = open_password_reset(token)
    if not link.valid:
        return _reset_link_refused(link.state)
    session[RESET_TOKEN_KEY] = token
    return redirect(url_for("auth.reset_password"))


@bp.route("/password/reset", methods=["GET", "POST"], endpoint="reset_password")
@limiter.limit(_reset_limit, methods=["POST"])
def reset_password_form():
    token = session.get(RESET_TOKEN_KEY)
    link = open_password_reset(token)
    if not link.valid:
        session.pop(RESET_TOKEN_KEY, None)
        return _reset_link_refused(link.state)
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            reset_password(token, form.new_password.data)
        except ValidationFailed as exc:
            db.session.rollback()
            form.new_password.errors = exc.fields.get("password", [exc.message])
            return render_template("auth/reset.html", form=form, user=link.reset.user), 422
        except ServiceError:  # used up by a second submission at the same moment
            db.session.rollback()
            return _reset_link_refused("used")
        db.session.commit()
        logout_user()
        session.clear()
        flash("Your password was changed, every session was signed out and your API tokens were revoked. "
              "Sign in with the new password.", "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset.html", form=form, user=link.reset.user), 422 if form.is_submitted() else 200


def _reset_link_refused(state: str):
    status = 404 if state == "unknown" else 410
    return render_template("auth/reset_invalid.html", message=RESET_LINK_MESSAGES[state], state=state), status
