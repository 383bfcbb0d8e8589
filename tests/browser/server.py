"""The app as a real server for the browser tests and the screenshot script.

`prepare_database` makes a SQLite database the way an operator would (`flask db upgrade`, then `flask demo`);
`start_server` serves it with `flask run` on a free port, in its own process, and returns once it listens.
The server's output (request log, e-mails printed in development) is kept for failure reports.
`sign_in` and `open_note` are page steps for the browser tests (and the screenshot script).
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PASSWORD = "demo-password-2026"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
READY_MARKER = "Running on http"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(db_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a development server on `db_path`: no debugger, no reloader, no stray settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLASK_")}
    env.update(APP_ENV="development", DATABASE_URL=f"sqlite:///{db_path}", PYTHONUNBUFFERED="1")
    env.pop("TEST_DATABASE_URL", None)
    env.update(extra)
    return env


def _flask(*args: str) -> list[str]:
    return [sys.executable, "-m", "flask", "--app", "wsgi", *args]


def prepare_database(db_path: Path) -> None:
    """Create the schema by the migrations and load the demo data. Raises RuntimeError with the command's
    output when either fails."""
    env = server_env(db_path)
    for command in (_flask("db", "upgrade"), _flask("demo")):
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        if result.returncode:
            raise RuntimeError(f"`flask {' '.join(command[5:])}` failed (exit {result.returncode}):\n"
                               f"{result.stdout}{result.stderr}")


@dataclass
class LiveServer:
    """A running `flask run`; `url` has no trailing slash."""

    url: str
    process: subprocess.Popen
    output: list[str] = field(default_factory=list)
    _reader: threading.Thread | None = None

    def log(self) -> str:
        return "".join(self.output)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._reader is not None:
            self._reader.join(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()


def start_server(db_path: Path, *, port: int | None = None, timeout: float = 30, **env: str) -> LiveServer:
    """Serve the database at `db_path` and return once the server listens.

    Extra keyword arguments become environment variables of the server. Raises RuntimeError, with the
    server's output, when it exits or does not listen within `timeout` seconds."""
    port = port or free_port()
    process = subprocess.Popen(
        _flask("run", "--host", "127.0.0.1", "--port", str(port), "--no-reload", "--no-debugger"),
        cwd=ROOT, env=server_env(db_path, **env), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, bufsize=1,
    )
    server = LiveServer(url=f"http://127.0.0.1:{port}", process=process)
    ready = threading.Event()

    def read_output() -> None:
        # Drains the pipe for the server's whole life (a full pipe would block it) and notices the start.
        for line in process.stdout:
            server.output.append(line)
            if READY_MARKER in line:
                ready.set()
        ready.set()  # the server exited: stop waiting

    server._reader = threading.Thread(target=read_output, name=f"server-{port}-output", daemon=True)
    server._reader.start()
    if not ready.wait(timeout) or process.poll() is not None:
        server.stop()
        raise RuntimeError(f"the app did not start on port {port}:\n{server.log()}")
    return server


def sign_in(page, base: str, email: str, password: str = PASSWORD) -> None:
    """Sign in through the login form and wait for the dashboard."""
    page.goto(f"{base}/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/dashboard")


def open_note(page, client_code: str) -> None:
    """Open the newest note about `client_code` from the notes list: the editor for the trainee's own
    draft, the note page otherwise. The page's context needs a base_url."""
    page.goto(f"/notes/?client={client_code}")
    page.locator("table.list tbody tr").first.get_by_role("link").first.click()
    page.wait_for_url(re.compile(r"/notes/\d+(/edit)?$"))
