from html.parser import HTMLParser

import pytest
from markupsafe import Markup

from supervision.text import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, plain_excerpt, render_markdown


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def elements(html: str):
    parser = _Elements()
    parser.feed(html)
    return parser.found


def assert_inert(html: str):
    for tag, attrs in elements(html):
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs.items():
            assert name in ALLOWED_ATTRIBUTES.get(tag, []), (tag, name)
            if name == "href":
                assert value.split(":", 1)[0].lower() in {"http", "https", "mailto"}, value


def test_markdown_renders_the_basics():
    html = render_markdown("## Plan\n\n**Continue** *exposure*\n\n- one\n- two")
    assert isinstance(html, Markup)
    assert "<h2>Plan</h2>" in html and "<strong>Continue</strong>" in html and "<li>one</li>" in html


@pytest.mark.parametrize("source, forbidden", [
    ("<script>alert(1)</script>", "<script"),
    ("<img src=x onerror=alert(1)>", "<img"),
    ("[click](javascript:alert(1))", 'href="javascript'),
    ("[click](data:text/html;base64,PHNjcmlwdD4=)", 'href="data'),
    ("<svg onload=alert(1)>", "<svg"),
    ('<a href="https://x" style="color:red">x</a>', "style="),
    ("![x](https://example.com/a.png)", "<img"),
])
def test_markdown_strips_what_could_run_or_track(source, forbidden):
    html = render_markdown(source)
    assert_inert(html)
    assert not any(forbidden.strip("<=").split('="')[0] in (tag, *attrs) for tag, attrs in elements(html))


def test_links_get_rel_nofollow_and_only_safe_schemes():
    html = render_markdown("[site](https://example.com) [mail](mailto:a@b.c)")
    assert 'href="https://example.com"' in html and 'rel="nofollow noopener noreferrer"' in html
    assert 'href="mailto:a@b.c"' in html


def test_empty_text_renders_nothing():
    assert render_markdown("") == Markup("") and render_markdown(None) == Markup("")


def test_plain_excerpt_flattens_and_shortens():
    assert plain_excerpt("## Plan\n- one\n- two") == "Plan one two"
    assert plain_excerpt("x" * 300, 10).endswith("…")
