"""Accessibility: every main page of each role passes axe-core (vendored) with no serious or critical
violation (WCAG 2.1 A and AA rules), and the annotate-and-approve path works with the keyboard alone."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.server import sign_in

pytestmark = pytest.mark.browser

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")

PAGES = {
    "trainee@demo.example": ["/dashboard", "/notes/", "/notes/new", "/notes/5/edit", "/notes/2", "/notes/1",
                             "/notes/2/revisions", "/reflections/", "/reflections/new",
                             "/reflections/1", "/hours/", "/account", "/notifications", "/help"],
    "supervisor@demo.example": ["/dashboard", "/review/", "/notes/3", "/notes/", "/reflections/", "/hours/"],
    "director@demo.example": ["/dashboard", "/program/people", "/program/peer-groups", "/program/audit", "/hours/"],
}


def violations(page) -> list[str]:
    """Serious and critical axe violations on the page, one line each."""
    page.add_script_tag(content=AXE)
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
        return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                           .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
    }""")
    return result


@pytest.mark.parametrize("email", sorted(PAGES))
def test_pages_have_no_serious_axe_violations(browser, console, live_server, email):
    # axe is injected as a script, which the app's CSP rightly refuses; this context alone bypasses CSP.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    console.watch(page)
    sign_in(page, live_server.url, email)
    found = {}
    for path in PAGES[email]:
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        problems = violations(page)
        if problems:
            found[path] = problems
    context.close()
    assert not found, found


def test_annotate_and_approve_with_the_keyboard_alone(page_as, live_server):
    """The supervisor annotates by pasting a quote into the form (no mouse selection), then co-signs."""
    page = page_as("supervisor@demo.example")
    page.goto(live_server.url + "/notes/3")
    summary = page.locator("#annotate summary")
    summary.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # the passage field
    expect(page.locator("#ann-exact")).to_be_focused()
    page.keyboard.type("job loss")
    page.keyboard.press("Tab")
    page.keyboard.type("How long ago? Dates matter for the assessment.")
    page.locator("#annotation-form button[type=submit]").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/notes/3#annotation-\d+"))
    expect(page.locator("mark.hl").first).to_contain_text("job loss")
    page.keyboard.press("s")  # shortcut: the attestation
    expect(page.locator("#review input[name=attestation]")).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator(".flash-success")).to_contain_text("co-signed")
