"""The dashboard and the notification inbox."""
from flask import Blueprint

bp = Blueprint("main", __name__)
