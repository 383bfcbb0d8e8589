"""Director pages: people, invitations, supervision assignments, the audit log."""
from flask import Blueprint

bp = Blueprint("programs", __name__)
