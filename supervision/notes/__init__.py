"""Writing notes: list, editor, autosave, PHI guard, submit, revisions, thread."""
from flask import Blueprint

bp = Blueprint("notes", __name__)
