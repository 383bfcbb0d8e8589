"""What a browser would run: parse HTML with two parsers (the WHATWG parser html5lib, as vendored by bleach,
and the standard library's HTMLParser) and list every script-capable element, event-handler or style
attribute, and URL with a scheme other than http, https or mailto.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from bleach._vendor import html5lib  # the WHATWG parsing algorithm, as browsers implement it

from supervision.text import ALLOWED_ATTRIBUTES, ALLOWED_PROTOCOLS, ALLOWED_TAGS

FORBIDDEN_TAGS = frozenset({
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "math", "base", "style", "link", "meta",
    "noscript", "template", "xmp", "plaintext", "noembed", "noframes", "isindex", "keygen", "marquee", "portal",
    "foreignobject", "animate", "animatemotion", "animatetransform", "set", "use", "image", "handler", "listener",
})
# Our own page furniture: the bell icon and the hours chart are inline SVG of these elements only.
SAFE_SVG = frozenset({"svg", "path", "g", "rect", "line", "polyline", "polygon", "circle", "text", "title", "desc",
                      "tspan"})
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data", "background", "poster", "cite", "lowsrc",
                            "dynsrc", "codebase", "srcset", "ping", "xlink:href", "manifest", "icon", "longdesc"})
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


def url_scheme(value: str) -> str | None:
    """The scheme a browser would see: leading C0 controls and spaces are stripped, tabs and newlines removed."""
    value = re.sub(r"[\t\n\r]", "", value).lstrip("".join(chr(c) for c in range(0x21)))
    match = _SCHEME.match(value)
    return match.group(1).lower() if match else None


def _local(name: str) -> str:
    if name.startswith("{"):
        ns, _, local = name[1:].partition("}")
        return ("xlink:" + local if "xlink" in ns else local).lower()
    return name.lower()


def _allowed_page_element(tag: str, attrs: dict[str, str], inside_svg: bool) -> str | None:
    """A problem with an element of a whole page, or None."""
    if tag == "script":
        if attrs.get("src", "").startswith("/static/") and set(attrs) <= {"src", "defer"}:
            return None
        return "script element"
    if tag == "link":
        if attrs.get("rel") in ("stylesheet", "icon") and re.match(r"^/(hours/)?static/", attrs.get("href", "")):
            return None
        return "link element"
    if tag == "meta":
        if set(attrs) == {"charset"} or attrs.get("name") in ("viewport", "csrf-token"):
            return None
        return "meta element"
    if inside_svg and tag not in SAFE_SVG:
        return f"svg child {tag}"
    if tag in FORBIDDEN_TAGS:
        return f"{tag} element"
    return None


def _attribute_problems(tag: str, attrs: dict[str, str]) -> list[str]:
    problems = []
    for name, value in attrs.items():
        if name.startswith("on"):
            problems.append(f"<{tag} {name}=…> event handler")
        elif name in ("style", "srcdoc", "formaction", "http-equiv"):
            problems.append(f"<{tag} {name}=…>")
        elif name in URL_ATTRIBUTES:
            scheme = url_scheme(value or "")
            if scheme is not None and scheme not in ALLOWED_PROTOCOLS:
                problems.append(f"<{tag} {name}={value[:60]!r}> scheme {scheme}")
            if tag == "form" and name == "action" and not (value.startswith("/") and not value.startswith("//")):
                problems.append(f"<form action={value[:60]!r}> leaves the site")
    return problems


def _elements_html5lib(html: str, fragment: bool):
    parse = html5lib.parseFragment if fragment else html5lib.parse
    root = parse(html, treebuilder="etree", namespaceHTMLElements=False)

    def walk(node, inside_svg: bool):
        for child in list(node):
            if not isinstance(child.tag, str):  # comments
                continue
            tag = _local(child.tag)
            attrs = {_local(k): v for k, v in child.attrib.items()}
            yield tag, attrs, inside_svg
            yield from walk(child, inside_svg or tag == "svg")

    yield from walk(root, False)


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str], bool]] = []
        self.svg_depth = 0

    def handle_starttag(self, tag, attrs):
        self.found.append((tag.lower(), {k.lower(): v or "" for k, v in attrs}, self.svg_depth > 0))
        if tag.lower() == "svg":
            self.svg_depth += 1

    def handle_startendtag(self, tag, attrs):
        self.found.append((tag.lower(), {k.lower(): v or "" for k, v in attrs}, self.svg_depth > 0))

    def handle_endtag(self, tag):
        if tag.lower() == "svg" and self.svg_depth:
            self.svg_depth -= 1


def _elements_stdlib(html: str):
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.found


def page_problems(html: str) -> list[str]:
    """Everything script-capable in a whole page (our own scripts, styles and icons allowed)."""
    problems = []
    for source, elements in (("html5lib", _elements_html5lib(html, fragment=False)), ("stdlib", _elements_stdlib(html))):
        for tag, attrs, inside_svg in elements:
            problem = _allowed_page_element(tag, attrs, inside_svg)
            if problem:
                problems.append(f"{source}: {problem} {attrs!r:.120}")
            problems.extend(f"{source}: {p}" for p in _attribute_problems(tag, attrs))
    return problems


def fragment_problems(html: str) -> list[str]:
    """User content (sanitized Markdown): only the allowlisted tags and attributes, safe URLs."""
    problems = []
    for source, elements in (("html5lib", _elements_html5lib(html, fragment=True)), ("stdlib", _elements_stdlib(html))):
        for tag, attrs, _ in elements:
            if tag not in ALLOWED_TAGS:
                problems.append(f"{source}: <{tag}> is not allowlisted")
            extra = set(attrs) - set(ALLOWED_ATTRIBUTES.get(tag, [])) - ({"rel"} if tag == "a" else set())
            if extra:
                problems.append(f"{source}: <{tag}> has {sorted(extra)}")
            problems.extend(f"{source}: {p}" for p in _attribute_problems(tag, attrs))
    return problems
