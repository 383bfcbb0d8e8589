"""Error pages for people and JSON errors for the API, in one shape: {"error": {"code", "message"}}."""
from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from .extensions import db

log = logging.getLogger(__name__)

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         409: "conflict", 413: "too_large", 415: "unsupported_media_type", 422: "validation_failed",
         429: "rate_limited", 500: "server_error"}
MESSAGES = {
    400: "The request could not be understood.",
    403: "You do not have permission to do that.",
    404: "There is nothing here, or you do not have access to it.",
    405: "That method is not allowed here.",
    429: "Too many attempts. Please wait a minute and try again.",
    500: "Something went wrong on our side. Nothing you typed was lost; please try again.",
}


def json_error(status: int, message: str, code: str | None = None, **extra):
    body = {"code": code or CODES.get(status, "error"), "message": message}
    body.update({k: v for k, v in extra.items() if v is not None})
    response = jsonify(error=body)
    response.status_code = status
    return response


def _wants_json() -> bool:
    return request.path.startswith("/api/")


def install(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError):
        db.session.rollback()
        message = "Your form expired or was sent from elsewhere. Reload the page and try again; what you typed is kept in the form."
        if _wants_json():
            return json_error(400, "Missing or invalid CSRF token (send X-CSRFToken, or use a bearer token).", "csrf_failed")
        return render_template("errors/400.html", message=message), 400

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        db.session.rollback()
        status = exc.code or 500
        message = MESSAGES.get(status) or exc.description or "Error"
        if status == 429:
            message = f"Too many attempts ({exc.description}). Please wait and try again."
        if _wants_json():
            response = json_error(status, message)
        else:
            template = f"errors/{status}.html" if status in (400, 403, 404, 429) else "errors/generic.html"
            response = app.make_response((render_template(template, status=status, message=message), status))
        if status == 405 and hasattr(exc, "valid_methods") and exc.valid_methods:
            response.headers["Allow"] = ", ".join(exc.valid_methods)
        return response

    @app.errorhandler(Exception)
    def server_error(exc: Exception):
        db.session.rollback()
        # The path only: query strings and bodies can hold what we must never log.
        log.exception("unhandled error on %s %s", request.method, request.path)
        if app.testing and app.config.get("PROPAGATE_TEST_ERRORS", True):
            raise exc
        if _wants_json():
            return json_error(500, MESSAGES[500])
        return render_template("errors/500.html", message=MESSAGES[500]), 500
