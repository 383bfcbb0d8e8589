"""The trainee's editor in a real browser: PHI highlighting, autosave, redaction, submission, and a
conflict between two windows that loses nothing."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Response, expect

pytestmark = pytest.mark.browser

TRAINEE = "trainee@demo.example"

PHI_TEXT = """## Subjective
Client said her son Jayden called the clinic at 508-555-0142 twice this week.

## Objective
Calm, good eye contact; affect brighter than last session.

## Assessment
Improving; engaged with homework.

## Plan
Continue weekly sessions.
"""


def start_note(page: Page, client_code: str) -> str:
    """Create a SOAP note from /notes/new; returns the editor's path."""
    page.goto("/notes/new")
    page.get_by_label("Template").select_option("soap")
    page.get_by_label("Client code").fill(client_code)
    page.get_by_role("button", name="Start writing").click()
    page.wait_for_url(re.compile(r"/notes/\d+/edit$"))
    return urlsplit(page.url).path


def is_autosave(response: Response) -> bool:
    return response.request.method == "POST" and response.url.endswith("/autosave")


def write_and_leave(page: Page, text: str) -> None:
    """Replace the note text and leave the field, which saves at once; wait until the page says "Saved"."""
    with page.expect_response(is_autosave) as response:
        page.locator("#body").fill(text)
        page.locator("#body").blur()
    assert response.value.status == 200, response.value.text()
    expect(page.locator("#save-state")).to_have_text(re.compile(r"^Saved "))


def test_phi_is_flagged_autosaved_redacted_and_the_note_submitted(page_as):
    page = page_as(TRAINEE)
    editor = start_note(page, "C-101")
    body = page.locator("#body")
    submit = page.locator("#submit-button")

    # Typing schedules an autosave (after a pause); meanwhile the PHI check marks what it finds.
    with page.expect_response(is_autosave) as autosave:
        body.fill(PHI_TEXT)
        expect(page.locator("#highlights mark")).to_have_text(["Jayden", "508-555-0142"])
        expect(submit).to_be_disabled()
        expect(page.locator("#submit-reason")).to_be_visible()
        expect(page.locator("#submit-reason")).to_contain_text("Submitting is blocked")
        expect(page.locator("#submit-count")).to_have_text("2")
    assert autosave.value.status == 200
    expect(page.locator("#save-state")).to_have_text(re.compile(r"^Saved "))
    page.reload()
    expect(body).to_have_value(PHI_TEXT)
    expect(page.get_by_role("button", name="Restore my unsaved text")).to_have_count(0)  # the server's copy
    expect(page.locator("#highlights mark")).to_have_count(2)
    expect(submit).to_be_disabled()

    page.get_by_role("button", name="Redact all 2").click()
    expect(page.locator(".flash")).to_have_text("Redacted 2 spans.")
    expect(body).not_to_have_value(re.compile("Jayden|508-555-0142"))
    expect(body).to_have_value(re.compile(r"her son \S+ called the clinic at \S+ twice"))
    expect(page.locator("#highlights mark")).to_have_count(0)
    expect(page.locator("#submit-reason")).to_be_hidden()

    expect(submit).to_be_enabled()
    submit.click()
    note_url = re.compile(re.escape(editor.removesuffix("/edit")) + "$")
    page.wait_for_url(note_url)
    expect(page.locator("h1 .status")).to_have_text("submitted")
    expect(page.locator(".flash")).to_contain_text("Submitted for review")
    expect(page.get_by_label("Note text")).to_contain_text("twice this week")

    page.goto("/notes/?status=submitted&client=C-101")
    expect(page.locator("table.list tbody tr")).to_have_count(1)


def test_a_conflict_between_two_windows_keeps_both_texts(page_as, console):
    first = page_as(TRAINEE)
    editor = start_note(first, "C-102")
    second = page_as(TRAINEE)  # the same trainee in another browser window, signed in separately
    second.goto(editor)

    mine_there = "## Subjective\nWritten in the first window.\n"
    mine_here = "## Subjective\nWritten in the second window, which saves later.\n"
    write_and_leave(first, mine_there)

    console.allow(r"/autosave\): Failed to load resource: .* 409")  # refused by design; the page handles it
    with second.expect_response(is_autosave) as refused:
        second.locator("#body").fill(mine_here)
        second.locator("#body").blur()
    assert refused.value.status == 409
    conflict = second.locator("#conflict-box")
    expect(conflict).to_be_visible()
    expect(conflict.get_by_role("heading")).to_have_text("This note was saved in another window")
    expect(conflict.locator("pre.saved-copy")).to_have_text(mine_there.rstrip("\n"))
    expect(second.locator("#body")).to_have_value(mine_here)
    expect(second.locator("#save-state")).to_have_text("Not saved: changed in another window.")

    with second.expect_response(is_autosave) as kept:
        conflict.get_by_role("button", name=re.compile("^Keep my text")).click()
    assert kept.value.status == 200
    expect(conflict).to_have_count(0)
    expect(second.locator("#save-state")).to_have_text(re.compile(r"^Saved "))

    first.reload()
    expect(first.locator("#body")).to_have_value(mine_here)


def test_a_dismissal_reason_is_checked_for_identifiers_other_than_the_dismissed_text(page_as):
    page = page_as(TRAINEE)
    start_note(page, "C-104")
    write_and_leave(page, "## Subjective\nWe practised the Gottman repair steps with her son Jayden.\n")
    page.reload()  # the findings list with its actions, as the server renders it
    finding = page.locator("li.finding", has_text="Jayden")
    finding.get_by_text("Not PHI", exact=True).click()
    reason = finding.get_by_label("Why is this not PHI?")
    warning = finding.locator(".phi-warning")
    reason.fill("Jayden is a made-up example name")  # naming what is dismissed is expected
    page.wait_for_timeout(900)
    expect(warning).to_be_hidden()
    reason.fill("Jayden is a made-up example name; the real one is Brandon, call 508-555-0199")
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("508-555-0199")
    expect(warning).not_to_contain_text("\u201cJayden\u201d")
