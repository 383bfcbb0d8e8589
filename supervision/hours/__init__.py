"""Clinical hours and progress toward requirements."""
from flask import Blueprint

bp = Blueprint("hours", __name__)
