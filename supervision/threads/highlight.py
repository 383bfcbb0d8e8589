"""The annotatable view of a revision: its source text, line by line, with annotated spans marked.

The container's text content is exactly the revision's text, so offsets taken from a browser selection
inside it are offsets into the revision (in UTF-16 units, converted by the server).
"""
from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape


def highlighted(text: str, spans: Iterable[tuple[int, int, int]], *, active: set[int] | None = None) -> Markup:
    """HTML for `text` with each (start, end, annotation_id) span wrapped in <mark>; overlapping spans
    split into segments that carry every id. Lines starting with '#' get the class `heading`."""
    spans = [(s, e, i) for s, e, i in spans if 0 <= s < e <= len(text)]
    cuts = {0, len(text)}
    for s, e, _ in spans:
        cuts.update((s, e))
    position = text.find("\n")
    while position != -1:
        cuts.add(position + 1)
        position = text.find("\n", position + 1)
    cuts = sorted(cuts)
    first_mark: set[int] = set()
    out: list[str] = []
    line_open = False
    for a, b in zip(cuts, cuts[1:]):
        if a == 0 or text[a - 1] == "\n":
            if line_open:
                out.append("</span>")
            heading = text.startswith("#", a)
            out.append('<span class="line heading">' if heading else '<span class="line">')
            line_open = True
        piece = escape(text[a:b])
        ids = [i for s, e, i in spans if s <= a and b <= e]
        if not ids:
            out.append(str(piece))
            continue
        attrs = f' data-ids="{" ".join(map(str, ids))}"'
        new = [i for i in ids if i not in first_mark]
        if new:
            attrs += f' id="mark-{new[0]}"'
            first_mark.update(new)
        css = "hl" + (" hl-active" if active and active.intersection(ids) else "") + (" hl-multi" if len(ids) > 1 else "")
        out.append(f'<mark class="{css}"{attrs}>{piece}</mark>')
    if line_open:
        out.append("</span>")
    return Markup("".join(out))
