"""Browser tests: Debian's Chromium, driven by Playwright's sync API, against the app served by `flask run`.

Each test module gets its own server on a free port and its own SQLite database with the demo data (made
once per session by the migrations and `flask demo`, then copied), so modules never see each other's
changes. These tests always use that SQLite server, also in the PostgreSQL run of CI (TEST_DATABASE_URL):
they check pages, scripts and the CSP in a real browser; the database layer is covered by the rest of the
suite on both databases.

Every page a test opens is watched: a console error (a CSP violation, a failed load) or an uncaught
exception fails the test at teardown, unless the test declared it expected with `console.allow(...)`.
When /usr/bin/chromium (or $CHROMIUM) is missing, the tests are skipped; CI installs it.
"""
from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import (Browser, BrowserContext, ConsoleMessage, Error, Page, Playwright, expect,
                                 sync_playwright)

from tests.browser.server import (CHROMIUM, DESKTOP, LAUNCH_ARGS, PASSWORD, LiveServer, prepare_database, sign_in,
                                  start_server)

TIMEOUT_MS = 10_000

expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(autouse=True)
def _clean_database():
    """Replaces the suite's per-test database cleanup: these tests use their own server, not the in-process app."""
    yield


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.skip(f"browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium; "
                    "or set CHROMIUM); Playwright's own browsers are never downloaded")
    return CHROMIUM


@pytest.fixture(scope="session")
def playwright(chromium_path) -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright: Playwright, chromium_path: str) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=chromium_path, args=LAUNCH_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory, chromium_path) -> Path:
    """A SQLite file with the schema (by the migrations) and the demo data; copied, never served itself."""
    path = tmp_path_factory.mktemp("demo-db") / "demo.sqlite3"
    prepare_database(path)
    return path


@pytest.fixture(scope="module")
def live_server(demo_database: Path, tmp_path_factory) -> Iterator[LiveServer]:
    """The app in its own process, on a fresh copy of the demo database, for one test module."""
    db_path = tmp_path_factory.mktemp("live-db") / "app.sqlite3"
    shutil.copyfile(demo_database, db_path)
    # Many sign-ins from one address in a few seconds: lift the login rate limit for this server only.
    server = start_server(db_path, LOGIN_RATE_LIMIT="1000 per minute")
    yield server
    server.stop()


class ConsoleWatch:
    """Console errors and uncaught exceptions of every page it watches."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self._allowed: list[re.Pattern[str]] = []

    def allow(self, pattern: str) -> None:
        """Expect console errors matching `pattern` (a regular expression), such as a deliberate 409."""
        self._allowed.append(re.compile(pattern))

    def watch(self, page: Page) -> None:
        page.on("console", lambda message: self._on_console(page, message))
        page.on("pageerror", lambda error: self.problems.append(f"uncaught exception on {page.url}: {error}"))

    def _on_console(self, page: Page, message: ConsoleMessage) -> None:
        text = message.text
        if message.type == "error" or "Content Security Policy" in text:
            where = message.location.get("url") or page.url
            self.problems.append(f"console {message.type} on {page.url} ({where}): {text}")

    def unexpected(self) -> list[str]:
        return [p for p in self.problems if not any(a.search(p) for a in self._allowed)]


@pytest.fixture
def console() -> ConsoleWatch:
    return ConsoleWatch()


@pytest.fixture
def new_context(browser: Browser, console: ConsoleWatch,
                live_server: LiveServer) -> Iterator[Callable[..., BrowserContext]]:
    """Makes browser contexts (separate cookie jars and storage) whose pages are all watched; closes them
    after the test and fails it if any page logged a console error or threw."""
    contexts: list[BrowserContext] = []

    def make(viewport: dict | None = None) -> BrowserContext:
        context = browser.new_context(viewport=viewport or DESKTOP, base_url=live_server.url)
        context.set_default_timeout(TIMEOUT_MS)
        context.on("page", console.watch)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        try:
            context.close()
        except Error:
            pass
    if problems := console.unexpected():
        pytest.fail("the browser reported problems:\n" + "\n".join(problems), pytrace=False)


@pytest.fixture
def page_as(new_context, live_server: LiveServer) -> Callable[..., Page]:
    """`page_as("trainee@demo.example")`: a page in a new context, signed in as that demo account."""

    def open_page(email: str, *, viewport: dict | None = None, password: str = PASSWORD) -> Page:
        page = new_context(viewport).new_page()
        sign_in(page, live_server.url, email, password)
        return page

    return open_page


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed browser test's report ends with the server's recent output (requests, tracebacks)."""
    report = yield
    server = item.funcargs.get("live_server") if hasattr(item, "funcargs") else None
    if report.failed and isinstance(server, LiveServer):
        report.sections.append(("live server output (last 40 lines)", "".join(server.output[-40:])))
    return report
