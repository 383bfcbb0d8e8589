"""Sign-in, sign-out, invitations accepted, the account page."""
from flask import Blueprint

bp = Blueprint("auth", __name__)
