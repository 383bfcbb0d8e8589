"""The supervisor's review queue, change requests and co-signature."""
from flask import Blueprint

bp = Blueprint("review", __name__)
