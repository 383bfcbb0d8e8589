"""The self-reflection log: entries linked to the feedback that prompted them, competencies, sharing."""
from flask import Blueprint

bp = Blueprint("reflection", __name__)
