"""At phone width (375 CSS pixels) the editor and the note pages fit: nothing scrolls sideways."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.server import PHONE, open_note

pytestmark = pytest.mark.browser

TOLERANCE = 2  # CSS pixels of sub-pixel rounding

# What sticks out past the right edge, for the failure message.
OVERFLOW_JS = """(limit) => {
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + [...el.classList].map((c) => "." + c).join("");
  const culprits = [];
  for (const el of document.body.querySelectorAll("*")) {
    const right = el.getBoundingClientRect().right;
    if (right > limit) { culprits.push(`${name(el)} (right edge ${Math.round(right)})`); }
  }
  return { width: document.scrollingElement.scrollWidth, culprits: culprits.slice(0, 8) };
}"""


def sideways_overflow(page: Page) -> str | None:
    """None when the page fits the viewport, else what is too wide."""
    limit = PHONE["width"] + TOLERANCE
    result = page.evaluate(OVERFLOW_JS, limit)
    if result["width"] <= limit:
        return None
    return f"{page.url}: scrollWidth {result['width']} > {limit}; too wide: {', '.join(result['culprits'])}"


def test_trainee_pages_fit_a_phone(page_as):
    page = page_as("trainee@demo.example", viewport=PHONE)
    too_wide = []

    open_note(page, "C-063")  # the demo draft with identifiers: the editor with its findings panel
    expect(page.locator("#highlights mark").first).to_be_visible()
    too_wide.append(sideways_overflow(page))
    body = page.locator("#body")
    body.fill(body.input_value() + "\nSee https://example.org/" + "a-long-unbroken-path" * 4 + "\n")
    body.blur()  # saves at once, so nothing is unsaved when the page is left
    expect(page.locator("#save-state")).to_have_text(re.compile(r"^Saved "))
    page.get_by_role("tab", name="Preview").click()
    expect(page.locator("#panel-preview")).to_contain_text("a-long-unbroken-path")
    too_wide.append(sideways_overflow(page))
    page.get_by_role("tab", name="Write").click()
    too_wide.append(sideways_overflow(page))

    for client_code in ("C-014", "C-027"):  # approved with its co-signature and SHA-256; changes requested
        open_note(page, client_code)
        too_wide.append(sideways_overflow(page))

    problems = [w for w in too_wide if w]
    assert not problems, "\n".join(problems)


def test_supervisor_pages_fit_a_phone(page_as):
    page = page_as("supervisor2@demo.example", viewport=PHONE)
    too_wide = []

    open_note(page, "C-088")  # co-signed after two revisions
    expect(page.get_by_role("region", name="Co-signature")).to_be_visible()
    too_wide.append(sideways_overflow(page))
    page.get_by_role("link", name="Revisions (2)").click()
    expect(page.locator("pre.diff ins").first).to_be_visible()
    too_wide.append(sideways_overflow(page))

    page.goto("/review/")
    too_wide.append(sideways_overflow(page))
    problems = [w for w in too_wide if w]
    assert not problems, "\n".join(problems)
