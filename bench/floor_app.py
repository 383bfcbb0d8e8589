"""The signed-in floor for bench/load.py: the least any signed-in, database-backed page of this stack can do.

Flask, Flask-SQLAlchemy and Flask-Login as the app uses them, and nothing of the app itself: it reads the app's
own session cookie (same SECRET_KEY and cookie name, given by the environment load.py starts both servers with),
loads the signed-in user by primary key through the ORM with the app's engine options, and renders a one-line
template. Every page of the app does at least this; the distance between this and "hello" is the stack's, not
the app's.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from flask import Flask, render_template_string
from flask_login import LoginManager, current_user, login_required
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from config import Config, _normalise_db_url  # noqa: E402


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class User(db.Model):
    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    session_version: Mapped[int]
    active: Mapped[bool]

    is_authenticated = True
    is_anonymous = False

    @property
    def is_active(self) -> bool:
        return self.active

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"


app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SECRET_KEY"],
    SESSION_COOKIE_NAME=Config.SESSION_COOKIE_NAME,
    SQLALCHEMY_DATABASE_URI=_normalise_db_url(os.environ["DATABASE_URL"]),
    SQLALCHEMY_ENGINE_OPTIONS=dict(Config.SQLALCHEMY_ENGINE_OPTIONS),
)
db.init_app(app)
login_manager = LoginManager(app)


@login_manager.user_loader
def load_user(user_id: str):
    uid, version = (int(part) for part in user_id.split(":", 1))
    user = db.session.get(User, uid)
    return user if user is not None and user.session_version == version and user.active else None


@app.get("/")
def index():
    return "floor"  # load.py's start-up probe


@app.get("/me")
@login_required
def me():
    return render_template_string("<!doctype html><title>floor</title><p>Signed in as {{ current_user.name }}</p>")
