"""Regenerate docs/screenshots/: `make screenshots`.

Starts the app on a free port with a fresh SQLite database and the demo data, signs in as each role
with Debian's Chromium, and saves a PNG of each main page (desktop width, and the editor at phone width).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.server import CHROMIUM, LAUNCH_ARGS, ROOT, prepare_database, sign_in, start_server

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "shots.sqlite3"
        prepare_database(db_path)
        server = start_server(db_path)
        base = server.url
        shots = {
            "trainee@demo.example": [("trainee-dashboard", "/dashboard"), ("notes-list", "/notes/"),
                                     ("editor-phi", "/notes/5/edit"), ("note-changes-requested", "/notes/2"),
                                     ("note-approved", "/notes/1"), ("hours", "/hours/"),
                                     ("reflection-log", "/reflections/"), ("peer-review", "/notes/4")],
            "supervisor@demo.example": [("supervisor-dashboard", "/dashboard"), ("review-queue", "/review/"),
                                        ("note-review", "/notes/3")],
            "supervisor2@demo.example": [("annotations-followed", "/notes/6"), ("revision-diff", "/notes/6/revisions")],
            "director@demo.example": [("director-dashboard", "/dashboard"), ("people", "/program/people"),
                                      ("peer-groups", "/program/peer-groups"), ("cohort", "/hours/cohort"),
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
            server.stop()


if __name__ == "__main__":
    main()
