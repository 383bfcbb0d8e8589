"""supervision: clinical supervision for training programs.

`create_app(config_class)` builds the application in small steps; nothing binds or reads configuration
at import time.
"""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Flask

ROOT = Path(__file__).resolve().parent.parent


def create_app(config_class=None) -> Flask:
    """Build the app. `config_class` defaults to the class named by APP_ENV (production when unset)."""
    if config_class is None:
        from config import config_from_env

        config_class = config_from_env()
    config_class.check()

    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_path=str(ROOT / "instance"),
    )
    app.config.from_object(config_class)
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///") and ":memory:" not in app.config["SQLALCHEMY_DATABASE_URI"]:
        Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    if app.config.get("TRUSTED_PROXIES"):
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)

    register_logging(app)
    register_extensions(app)
    register_blueprints(app)
    register_security(app)
    register_error_handlers(app)
    register_templates(app)
    register_cli(app)
    register_shell_context(app)
    return app


def register_logging(app: Flask) -> None:
    # Logs carry request paths and ids only: no bodies, no note text, no tokens, no passwords.
    if not app.debug and not app.testing:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)


def register_extensions(app: Flask) -> None:
    from . import models  # noqa: F401  (the whole schema, for Alembic and relationships)
    from .extensions import csrf, db, limiter, login_manager, migrate

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True)
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)

    from .auth.session import configure_login

    configure_login(app, login_manager)

    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        from sqlalchemy import event

        with app.app_context():
            engine = db.engine

            @event.listens_for(engine, "connect")
            def _sqlite_pragmas(dbapi_connection, _record):  # foreign keys are off by default on SQLite
                cursor = dbapi_connection.cursor()
                cursor.execute("PRAGMA foreign_keys=ON")
                cursor.execute("PRAGMA busy_timeout=5000")
                cursor.close()


BLUEPRINTS = (  # (feature package, URL prefix)
    ("main", None),
    ("auth", None),
    ("notes", "/notes"),
    ("review", "/review"),
    ("threads", "/threads"),
    ("hours", "/hours"),
    ("programs", "/program"),
    ("reflection", "/reflections"),
    ("api", "/api/v1"),
)


def register_blueprints(app: Flask) -> None:
    import importlib

    for feature, prefix in BLUEPRINTS:
        package = importlib.import_module(f"{__name__}.{feature}")
        # The package defines the blueprint; its view modules (`routes` unless the package lists others in
        # VIEW_MODULES) attach the views. Importing them here, not from the package, lets models and
        # services import each other's packages without cycles.
        for module in getattr(package, "VIEW_MODULES", ("routes",)):
            importlib.import_module(f"{__name__}.{feature}.{module}")
        app.register_blueprint(package.bp, url_prefix=prefix)


def register_security(app: Flask) -> None:
    from .security import install

    install(app)


def register_error_handlers(app: Flask) -> None:
    from .errorpages import install

    install(app)


def register_templates(app: Flask) -> None:
    from .templating import install

    install(app)


def register_cli(app: Flask) -> None:
    from .cli import register

    register(app)


def register_shell_context(app: Flask) -> None:
    from . import models
    from .extensions import db

    @app.shell_context_processor
    def _context():
        return {"db": db, **{name: getattr(models, name) for name in models.__all__}}
