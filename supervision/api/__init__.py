"""JSON API v1: a contract other tools and our own checks rely on."""
from flask import Blueprint

from ..extensions import csrf

bp = Blueprint("api", __name__)
VIEW_MODULES = ("routes", "hours", "annotations", "reflection")


@bp.record_once
def _exempt_from_form_csrf(_state) -> None:
    # Flask-WTF's app-wide check would refuse every bearer-token call. The API checks CSRF itself, and only
    # for cookie-session calls (see routes.authenticate), which is where a forged request could come from.
    csrf.exempt(bp)
