"""How a request becomes a user: the session cookie (with idle and absolute limits and a session
version) for pages, a bearer token for the API."""
from __future__ import annotations

from datetime import datetime, timezone

from flask import Flask, flash, jsonify, redirect, request, session, url_for
from flask_login import LoginManager, current_user, logout_user
from sqlalchemy.orm import joinedload

from .. import clock
from ..extensions import db

SESSION_STARTED = "signed_in_at"
SESSION_SEEN = "last_seen"
# Requests that must not count as activity (the idle-warning poll would otherwise keep a session alive).
PASSIVE_ENDPOINTS = {"auth.session_status", "static"}


def is_api_request() -> bool:
    return request.path.startswith("/api/")


def bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip()
    return None


def configure_login(app: Flask, login_manager: LoginManager) -> None:
    from .models import User
    from .services import user_for_token

    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to continue."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"

    @login_manager.user_loader
    def load_user(user_id: str):
        try:
            uid, version = (int(part) for part in user_id.split(":", 1))
        except ValueError:
            return None
        # With the program: nearly every page formats times in the program's time zone.
        user = db.session.get(User, uid, options=[joinedload(User.program)])
        # A session from before a logout-everywhere, password change or deactivation is dead.
        if user is None or user.session_version != version or not user.active:
            return None
        return user

    @login_manager.request_loader
    def load_user_from_token(req):
        if not req.path.startswith("/api/"):
            return None
        raw = bearer_token()
        return user_for_token(raw) if raw else None

    @login_manager.unauthorized_handler
    def unauthorized():
        if is_api_request():
            response = jsonify(error={"code": "unauthorized", "message": "Sign in or send a valid bearer token."})
            response.status_code = 401
            response.headers["WWW-Authenticate"] = 'Bearer realm="supervision"'
            return response
        flash(login_manager.login_message, "info")
        return redirect(url_for("auth.login", next=_safe_next_path()))

    @app.before_request
    def enforce_session_limits():
        if bearer_token() and is_api_request():
            return None
        if not current_user.is_authenticated:
            return None
        now = clock.now()
        started = _read_time(session.get(SESSION_STARTED))
        seen = _read_time(session.get(SESSION_SEEN))
        idle = app.config["IDLE_TIMEOUT"]
        absolute = app.config["ABSOLUTE_TIMEOUT"]
        expired = None
        if started is None or now - started > absolute:
            expired = "Your session reached its time limit. Please sign in again."
        elif seen is None or now - seen > idle:
            minutes = int(idle.total_seconds() // 60)
            expired = f"You were signed out after {minutes} minutes without activity. Your drafts were saved."
        if expired:
            logout_user()
            session.clear()
            if is_api_request():
                return jsonify(error={"code": "session_expired", "message": expired}), 401
            flash(expired, "info")
            return redirect(url_for("auth.login", next=_safe_next_path()))
        if request.endpoint not in PASSIVE_ENDPOINTS:
            session[SESSION_SEEN] = now.timestamp()
        return None


def _read_time(value) -> datetime | None:
    try:
        return datetime.fromtimestamp(float(value), tz=timezone.utc)
    except (TypeError, ValueError):
        return None


def start_session(user) -> None:
    now = clock.now().timestamp()
    session.clear()  # no fixation: a fresh session for a fresh sign-in
    session[SESSION_STARTED] = now
    session[SESSION_SEEN] = now
    session.permanent = True


def _safe_next_path() -> str | None:
    """The page to come back to after signing in: only a GET of a local page, never the API."""
    if request.method != "GET" or is_api_request():
        return None
    return request.full_path.rstrip("?") if request.query_string else request.path


def is_safe_next(target: str | None) -> bool:
    """Only local absolute paths: no scheme, no host, no protocol-relative or backslash tricks."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return False
    return not any(ord(c) < 32 for c in target)
