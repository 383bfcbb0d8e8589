"""Review in a real browser: the supervisor requests changes, the trainee revises and resubmits, the
supervisor compares the revisions and co-signs, and the session counts as verified hours."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

TRAINEE = "trainee@demo.example"
SUPERVISOR = "supervisor@demo.example"
CLIENT = "C-052"  # the demo's intake note by Alex Rivera, submitted and waiting for Dr. Sam Okafor
SUMMARY = "Add a brief risk screen to the narrative."
ADDED = "Risk screen added: client denied thoughts of self-harm; a safety plan was reviewed and agreed."


def test_changes_requested_revised_compared_and_co_signed(page_as):
    supervisor = page_as(SUPERVISOR)
    supervisor.goto("/review/")
    row = supervisor.locator("table.list tbody tr", has_text=CLIENT)
    expect(row).to_contain_text("Alex Rivera")
    row.get_by_role("link").click()
    supervisor.wait_for_url(re.compile(r"/notes/\d+$"))
    note = urlsplit(supervisor.url).path

    supervisor.get_by_label("What should change?").fill(SUMMARY)
    supervisor.get_by_role("button", name="Request changes").click()
    expect(supervisor.locator(".flash")).to_have_text("Changes requested. The trainee has been notified.")

    trainee = page_as(TRAINEE)
    trainee.goto(note)
    expect(trainee.locator("h1 .status")).to_have_text("changes requested")
    expect(trainee.get_by_role("region", name="Changes requested")).to_contain_text(SUMMARY)
    trainee.get_by_role("link", name="Edit").click()
    trainee.wait_for_url(f"{note}/edit")
    expect(trainee.get_by_role("region", name="Changes requested")).to_contain_text(SUMMARY)
    body = trainee.locator("#body")
    body.fill(body.input_value().rstrip("\n") + "\n\n" + ADDED + "\n")
    # Submitting straight after typing: the page saves the text first, then submits the fresh version.
    trainee.get_by_role("button", name="Submit revision 2").click()
    trainee.wait_for_url(note)
    expect(trainee.locator("h1 .status")).to_have_text("submitted")
    expect(trainee.get_by_label("Note text")).to_contain_text(ADDED)

    supervisor.goto("/review/")
    row = supervisor.locator("table.list tbody tr", has_text=CLIENT)
    expect(row.locator("td").nth(4)).to_have_text("2")  # the revision column
    supervisor.goto(note)
    supervisor.get_by_role("link", name="Revisions (2)").click()
    supervisor.wait_for_url(f"{note}/revisions")
    expect(supervisor.get_by_role("heading", name="Changes from revision 1 to 2")).to_be_visible()
    expect(supervisor.locator("pre.diff ins")).to_contain_text(ADDED.rstrip("."))  # the final "." matches the old one
    expect(supervisor.locator("pre.diff del")).to_have_count(0)
    revision_2_hash = supervisor.locator(".revision-list li", has_text="Revision 2").locator("code.hash")
    hash_prefix = revision_2_hash.inner_text().rstrip("…")
    assert re.fullmatch(r"[0-9a-f]{16}", hash_prefix)

    supervisor.goto(note)
    review = supervisor.get_by_role("region", name="Your review")
    review.get_by_role("button", name="Approve and co-sign").click()  # without the attestation: refused
    expect(supervisor.locator(".flash")).to_have_text("Tick the attestation to co-sign.")
    review.get_by_label("I attest to the statement above").check()
    review.get_by_role("button", name="Approve and co-sign").click()
    expect(supervisor.locator(".flash")).to_contain_text("co-signed")

    supervisor.goto(note)
    signature = supervisor.get_by_role("region", name="Co-signature")
    expect(signature.get_by_role("heading")).to_have_text("Co-signed by Dr. Sam Okafor")
    expect(signature).to_contain_text("revision 2")
    sha = signature.locator("code")
    expect(sha).to_have_text(re.compile(r"^[0-9a-f]{64}$"))
    assert sha.inner_text().startswith(hash_prefix)
    expect(supervisor.locator("h1 .status")).to_have_text("approved")

    trainee.goto("/hours/")
    entry = trainee.locator("table.list tbody tr", has=trainee.locator(f'a[href="{note}"]'))
    expect(entry).to_have_count(1)
    cells = entry.locator("td")
    expect(cells.nth(2)).to_have_text("60")
    expect(cells.nth(3)).to_have_text("verified")
    expect(cells.nth(4)).to_contain_text("Dr. Sam Okafor")
