"""Clinical hours and progress toward requirements."""
from flask import Blueprint

# The hours pages' own stylesheet lives with the feature (served at /hours/static/...).
bp = Blueprint("hours", __name__, static_folder="static", static_url_path="/static")
