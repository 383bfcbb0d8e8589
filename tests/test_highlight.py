import re

from supervision.threads.highlight import highlighted


def text_of(html: str) -> str:
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", html))


def test_text_content_is_exactly_the_source():
    text = "## Subjective\nClient said <b>hi</b> & left.\n\nPlan: café ☕ later.\n"
    html = highlighted(text, [(14, 25, 1), (20, 40, 2), (47, 53, 3)])
    assert text_of(html) == text
    assert "<b>" not in html  # user text is escaped


def test_overlaps_split_and_carry_every_id():
    html = highlighted("abcdefghij", [(0, 6, 1), (3, 9, 2)])
    assert '<mark class="hl" data-ids="1" id="mark-1">abc</mark>' in html
    assert 'data-ids="1 2" id="mark-2">def</mark>' in html
    assert '<mark class="hl" data-ids="2">ghi</mark>' in html


def test_headings_are_marked_and_bad_spans_ignored():
    html = highlighted("# Title\nbody\n", [(5, 2, 9), (0, 99, 8)])
    assert '<span class="line heading"># Title\n</span><span class="line">body\n</span>' == str(html)
