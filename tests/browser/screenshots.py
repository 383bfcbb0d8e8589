"""Regenerate docs/screenshots/: `make screenshots`.

Starts the app on a free port with a fresh SQLite database and the demo data, signs in as each role
with Debian's Chromium, and saves a PNG of each main page (desktop width, and the editor at phone width).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PASSWORD = "demo-password-2026"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db_path: Path, port: int) -> subprocess.Popen:
    env = dict(os.environ, APP_ENV="development", DATABASE_URL=f"sqlite:///{db_path}")
    flask = [sys.executable, "-m", "flask", "--app", "wsgi"]
    subprocess.run(flask + ["db", "upgrade"], cwd=ROOT, env=env, check=True, capture_output=True)
    subprocess.run(flask + ["demo"], cwd=ROOT, env=env, check=True, capture_output=True)
    proc = subprocess.Popen(flask + ["run", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start")


def sign_in(page, base: str, email: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/dashboard")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        server = start_server(Path(tmp) / "shots.sqlite3", port)
        base = f"http://127.0.0.1:{port}"
        shots = {
            "trainee@demo.example": [("trainee-dashboard", "/dashboard"), ("notes-list", "/notes/"),
                                     ("editor-phi", "/notes/5/edit"), ("note-changes-requested", "/notes/2"),
                                     ("note-approved", "/notes/1"), ("hours", "/hours/")],
            "supervisor@demo.example": [("supervisor-dashboard", "/dashboard"), ("review-queue", "/review/"),
                                        ("note-review", "/notes/3")],
            "supervisor2@demo.example": [("revision-diff", "/notes/6/revisions")],
            "director@demo.example": [("director-dashboard", "/dashboard"), ("people", "/program/people"),
                                      ("audit-log", "/program/audit")],
        }
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
                for email, pages in shots.items():
                    context = browser.new_context(viewport={"width": 1280, "height": 900})
                    page = context.new_page()
                    sign_in(page, base, email)
                    for name, path in pages:
                        page.goto(base + path)
                        page.wait_for_load_state("networkidle")
                        page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)
                        print(f"docs/screenshots/{name}.png")
                    context.close()
                phone = browser.new_context(viewport={"width": 375, "height": 812})
                page = phone.new_page()
                sign_in(page, base, "trainee@demo.example")
                page.goto(base + "/notes/5/edit")
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(OUT / "editor-phone.png"), full_page=True)
                print("docs/screenshots/editor-phone.png")
                page.goto(f"{base}/login")
                browser.close()
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 700})
                page.goto(f"{base}/login")
                page.screenshot(path=str(OUT / "login.png"))
                print("docs/screenshots/login.png")
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
