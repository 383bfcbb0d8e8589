"""The Alembic migrations build exactly the schema the models describe, and downgrade cleanly."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def flask(*args, env):
    return subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def migration_env(tmp_path):
    """A throwaway database of the kind under test: a SQLite file, or a fresh PostgreSQL database."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        yield dict(os.environ, APP_ENV="development", DATABASE_URL=f"sqlite:///{tmp_path / 'm.sqlite3'}")
        return
    import psycopg

    name = "supervision_migration_test"
    admin = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    yield dict(os.environ, APP_ENV="development", DATABASE_URL=admin.rsplit("/", 1)[0] + "/" + name)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_upgrade_matches_models_and_downgrade_works(migration_env):
    up = flask("db", "upgrade", env=migration_env)
    assert up.returncode == 0, up.stderr
    check = flask("db", "check", env=migration_env)
    assert check.returncode == 0, check.stdout + check.stderr
    down = flask("db", "downgrade", "base", env=migration_env)
    assert down.returncode == 0, down.stderr
    again = flask("db", "upgrade", env=migration_env)
    assert again.returncode == 0, again.stderr
    demo = flask("demo", env=migration_env)
    assert demo.returncode == 0 and "loaded" in demo.stdout, demo.stderr
