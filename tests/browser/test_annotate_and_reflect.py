"""Issue 4 and 5 in Chromium: a supervisor annotates by selecting text with the mouse; after the trainee
revises and resubmits, one annotation is seen on its moved text and the other, whose words were rewritten,
is shown as outdated. Then the trainee turns a supervisor's comment into a reflection with "Reflect on this"."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def select_with_mouse(page, words: str) -> None:
    """Drag the mouse over `words` in the annotatable text, as a person would."""
    box = page.evaluate("""(words) => {
        const root = document.getElementById('annotatable');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let node;
        while ((node = walker.nextNode())) {
            const at = node.data.indexOf(words);
            if (at === -1) continue;
            const range = document.createRange();
            node.parentElement.scrollIntoView({block: 'center'});
            range.setStart(node, at); range.setEnd(node, at + 1);
            const first = range.getBoundingClientRect();
            range.setStart(node, at + words.length - 1); range.setEnd(node, at + words.length);
            const last = range.getBoundingClientRect();
            return {x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2};
        }
        return null;
    }""", words)
    assert box, f"{words!r} is not in the text"
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move((box["x1"] + box["x2"]) / 2, box["y2"], steps=4)
    page.mouse.move(box["x2"], box["y2"], steps=4)
    page.mouse.up()


def annotate(page, words: str, remark: str) -> None:
    select_with_mouse(page, words)
    page.get_by_role("button", name="Annotate selection").click()
    expect(page.locator("#ann-exact")).to_have_value(words)
    page.locator("#ann-body").fill(remark)
    page.locator("#annotation-form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*#annotation-\d+$"))
    expect(page.locator("mark.hl", has_text=words.split()[0]).first).to_be_visible()


def test_annotations_follow_the_text_or_say_they_are_outdated(page_as, live_server):
    supervisor = page_as("supervisor@demo.example")
    supervisor.goto(f"{live_server.url}/notes/3")
    annotate(supervisor, "job loss", "How long ago was the job loss?")
    annotate(supervisor, "reduced appetite", "Quantify: meals a day, weight change?")
    supervisor.locator("#review textarea[name=summary]").fill("Please see the annotations.")
    supervisor.get_by_role("button", name="Request changes").click()
    expect(supervisor.locator(".flash-success")).to_contain_text("Changes requested")

    trainee = page_as("trainee@demo.example")
    trainee.goto(f"{live_server.url}/notes/3/edit")
    body = trainee.locator("#body")
    text = body.input_value()
    revised = ("## Context\nSecond intake session after a two-week gap.\n\n"
               + text.replace("reduced appetite", "eating one meal a day"))
    body.fill(revised)
    expect(trainee.locator("#save-state")).to_contain_text("Saved", timeout=15_000)
    trainee.get_by_role("button", name=re.compile(r"Submit")).click()
    expect(trainee.locator(".flash-success")).to_contain_text("Submitted")

    supervisor.goto(f"{live_server.url}/notes/3")
    expect(supervisor.get_by_role("heading", name=re.compile("Revision 2"))).to_be_visible()
    moved = supervisor.locator("article.annotation", has_text="How long ago was the job loss?")
    expect(moved).not_to_have_class(re.compile("outdated"))
    expect(supervisor.locator("#annotatable mark.hl", has_text="job loss")).to_be_visible()
    gone = supervisor.locator("article.annotation", has_text="Quantify: meals a day")
    expect(gone).to_have_class(re.compile("outdated"))
    expect(gone).to_contain_text("reduced appetite")
    expect(gone.get_by_role("link", name="revision 1")).to_be_visible()


def test_reflect_on_a_comment_into_the_log(page_as, live_server):
    trainee = page_as("trainee@demo.example")
    trainee.goto(f"{live_server.url}/notes/1")
    comment = trainee.locator("article.comment", has_text="Good use of measures")
    comment.get_by_role("link", name="Reflect on this").click()
    expect(trainee.locator(".callout")).to_contain_text("Good use of measures")
    trainee.locator("textarea[name=body]").fill("I will separate what the client said from what I observed.")
    trainee.get_by_label("Assessment").check()
    trainee.get_by_label("Share with my supervisors").check()
    trainee.get_by_role("button", name="Save entry").click()
    expect(trainee.locator(".flash-success")).to_contain_text("Reflection saved")
    trainee.goto(f"{live_server.url}/reflections/")
    entry = trainee.locator("article.reflection-card", has_text="separate what the client said")
    expect(entry).to_contain_text("Good use of measures")
    expect(entry).to_contain_text("shared")
    expect(entry.locator(".chip", has_text="Assessment")).to_be_visible()
