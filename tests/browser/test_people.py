"""People in a real browser: the director invites a trainee, the trainee joins through the sign-up link,
and the director assigns them a supervisor."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

DIRECTOR = "director@demo.example"
NEW_EMAIL = "robin.lee@demo.example"
NEW_NAME = "Robin Lee"
NEW_PASSWORD = "lantern harbor quietly 47"


def test_invited_trainee_joins_and_gets_a_supervisor(page_as, new_context, console):
    director = page_as(DIRECTOR)
    director.goto("/program/people")
    invite = director.get_by_role("region", name="Invite someone")
    invite.get_by_label("E-mail").fill(NEW_EMAIL)
    invite.get_by_label("Name").fill(NEW_NAME)
    invite.get_by_label("Role").select_option(label="Trainee")
    invite.get_by_role("button", name="Send invitation").click()

    expect(director.locator(".flash")).to_have_text(f"Invitation created for {NEW_EMAIL}.")
    link_box = director.get_by_role("region", name="Sign-up link")
    expect(link_box.get_by_role("heading")).to_have_text(f"Sign-up link for {NEW_EMAIL}")
    link_field = link_box.get_by_label("Sign-up link")
    expect(link_field).to_have_value(re.compile(r"^http://127\.0\.0\.1:\d+/join/\S+$"))
    link = link_field.input_value()
    pending = director.get_by_role("region", name="Pending invitations")
    expect(pending.locator("tbody tr", has_text=NEW_EMAIL)).to_contain_text("trainee")

    newcomer = new_context().new_page()  # a fresh browser: no cookies, nobody signed in
    newcomer.goto(link)
    expect(newcomer.get_by_role("heading", name="Welcome to supervision")).to_be_visible()
    expect(newcomer.locator("main")).to_contain_text(NEW_EMAIL)
    expect(newcomer.get_by_label("Your name")).to_have_value(NEW_NAME)
    newcomer.get_by_label("Choose a password").fill(NEW_PASSWORD)
    newcomer.get_by_role("button", name="Create my account").click()
    newcomer.wait_for_url("/dashboard")
    expect(newcomer.locator(".flash")).to_have_text(f"Welcome, {NEW_NAME}. Your account is ready.")
    expect(newcomer.locator(".account .who")).to_contain_text(NEW_NAME)

    console.allow(r"/join/\S+\): Failed to load resource: .* 404")  # the used link's page is a 404
    newcomer.goto(link)  # the link works once
    expect(newcomer.get_by_role("heading", name="This invitation link does not work")).to_be_visible()

    director.goto("/program/people")
    expect(director.get_by_role("region", name="Pending invitations")).to_have_count(0)
    accounts = director.get_by_role("region", name="Accounts")
    expect(accounts.locator("tbody tr", has_text=NEW_EMAIL)).to_contain_text("active")

    assign = director.get_by_role("region", name="Assign a supervisor")
    assign.get_by_label("Supervisor").select_option(label="Dr. Sam Okafor")
    assign.get_by_label("Trainee").select_option(label=NEW_NAME)
    assign.get_by_label("Kind").select_option("primary")
    assign.get_by_role("button", name="Assign").click()
    director.wait_for_url(re.compile(r"/program/people#assignments$"))
    expect(director.locator(".flash")).to_have_text("Supervisor assigned.")
    row = director.get_by_role("region", name="Current supervision").locator("tbody tr", has_text=NEW_NAME)
    expect(row).to_have_count(1)
    expect(row.locator("td").nth(1)).to_have_text("Dr. Sam Okafor")
    expect(row.locator("td").nth(2)).to_have_text("primary")
