"""No page logs a CSP violation or a script error.

Every browser test fails when a page it opened logged one (see `new_context` in conftest.py); this module
shows that the watch does catch them, and walks the pages the journeys do not reach, for every role.
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.server import open_note

pytestmark = pytest.mark.browser


def test_the_watch_catches_csp_violations_and_script_errors(page_as, console):
    page = page_as("trainee@demo.example")
    assert console.unexpected() == []
    with page.expect_console_message(lambda m: "Content Security Policy" in m.text), page.expect_event("pageerror"):
        page.evaluate("""() => {
          const script = document.createElement("script");
          script.textContent = "window.inlineRan = true";  // inline script: refused by the CSP
          document.body.append(script);
          setTimeout(() => { throw new Error("deliberate test error"); }, 0);
        }""")
    assert page.evaluate("() => window.inlineRan === undefined")
    problems = "\n".join(console.unexpected())
    assert "Content Security Policy" in problems
    assert "deliberate test error" in problems
    console.problems.clear()  # caught as intended: not a failure of this test


def visit(page: Page, path: str) -> None:
    response = page.goto(path)
    assert response is not None and response.ok, f"{path}: {response.status if response else 'no response'}"


def test_trainee_pages_are_clean(page_as):
    page = page_as("trainee@demo.example")
    for path in ("/dashboard", "/notes/", "/notes/new", "/hours/", "/notifications", "/account"):
        visit(page, path)

    open_note(page, "C-063")  # a draft: the editor's scripts (PHI check, preview)
    expect(page.locator("#highlights mark").first).to_be_visible()
    page.get_by_role("tab", name="Preview").click()
    expect(page.locator("#panel-preview h2").first).to_have_text("Goals")
    page.get_by_role("tab", name="Write").click()
    expect(page.locator("#body")).to_be_visible()

    open_note(page, "C-014")  # approved, with a thread: the comment box warns about identifiers
    page.get_by_label("Add a comment").fill("She asked me to call her at 508-555-0142.")
    expect(page.locator(".comment-form .phi-warning")).to_contain_text("508-555-0142")


def test_supervisor_pages_are_clean(page_as):
    page = page_as("supervisor@demo.example")
    for path in ("/dashboard", "/review/", "/notes/", "/hours/", "/notifications"):
        visit(page, path)
    open_note(page, "C-031")  # submitted and waiting: the review forms
    expect(page.get_by_role("region", name="Your review")).to_be_visible()


def test_director_pages_are_clean(page_as, new_context):
    page = page_as("director@demo.example")
    for path in ("/dashboard", "/program/people", "/program/audit", "/hours/", "/notifications"):
        visit(page, path)

    anonymous = new_context().new_page()
    visit(anonymous, "/")
    expect(anonymous).to_have_url(re.compile(r"/login$"))
