"""The only path user text takes to a page: Markdown to HTML, then bleach against a strict allowlist.

Raw HTML in the source is not passed through (markdown-it's `html` option is off), and the sanitizer
still runs afterwards, so a parser bug cannot open a hole. Call `render_markdown` when text is written and
store the result beside the source; templates print the stored HTML.
"""
from __future__ import annotations

import bleach
from bleach.linkifier import Linker
from markdown_it import MarkdownIt
from markupsafe import Markup

ALLOWED_TAGS = frozenset({
    "p", "br", "hr", "strong", "em", "del", "s", "code", "pre", "blockquote",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td", "a",
})
ALLOWED_ATTRIBUTES = {
    "a": ["href", "title", "rel"],
    "ol": ["start"],
    "th": ["align"],
    "td": ["align"],
}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})

_markdown = (
    MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    .enable("table")
    .enable("strikethrough")
)
_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
)


def _nofollow(attrs, new=False):
    attrs[(None, "rel")] = "nofollow noopener noreferrer"
    return attrs


_linker = Linker(callbacks=[_nofollow], skip_tags={"pre", "code"}, parse_email=False)


def render_markdown(source: str | None) -> Markup:
    """Render Markdown `source` to sanitized HTML, safe to print in a template without escaping."""
    if not source:
        return Markup("")
    html = _markdown.render(source)
    clean = _cleaner.clean(html)
    # After cleaning: bare URLs become links (as people expect in a comment) and every link gets
    # rel=nofollow/noopener; the linker works on the already-sanitized tree, so it adds no new risk.
    return Markup(_linker.linkify(clean))


def plain_excerpt(source: str | None, length: int = 140) -> str:
    """A one-line excerpt of Markdown source for lists (escaped by the template as ordinary text)."""
    if not source:
        return ""
    flat = " ".join(line.lstrip("#>-* ").strip() for line in source.splitlines() if line.strip())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"
