"""Threads: comments, replies and annotations on a note, resolving and suggested edits."""
from flask import Blueprint

bp = Blueprint("threads", __name__)
