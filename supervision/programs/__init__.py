"""Director pages: people, invitations, supervision assignments, the audit log."""
from flask import Blueprint

bp = Blueprint("programs", __name__)

from . import routes  # noqa: E402,F401
