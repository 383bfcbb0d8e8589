"""Clinical hours and progress toward requirements."""
from flask import Blueprint

bp = Blueprint("hours", __name__)

from . import routes  # noqa: E402,F401
