"""Property tests of the PHI guard: it never raises, its spans are sound, and redaction scans clean."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supervision.phi import KINDS, redact, scan

#: Pieces that exercise every detector, glued together with arbitrary text by the strategies below.
_PIECES = [
    "Dr. Kaplan", "her son Jayden", "his wife, Maria", "named Hope", "J.T.", "Kelsey Williams RN",
    "508-555-0142", "(508) 555-0142 x12", "+44 20 7946 0958", "pager #62103", "a@b.co", "x.y@mail.example.org",
    "https://ex.com/a(b)", "www.site.org/", "behance.net/x", "10.0.0.1", "::1", "2001:db8::1", "123-45-6789",
    "MRN 4593204", "ID E-204417", "C-014", "[NAME]", "[DATE]", "Feb 9", "2/23/26", "12/30/2025", "4/18",
    "1/1-1/3", "the 3rd", "Christmas Eve", "94-year-old", "aged 101", "88 Linden Terrace Apt 4",
    "Springfield, IL 62704", "Mercy Hospital", "Clark University", "@handle_1", "PHQ-9", "O2", "x2",
    "7/10", "5/5", "CVP 8/12", "on 4-18", "3/8-3/11", "6/18 0600", "transfer to Fenwick 7.", "Pinebrookton",
    "FROM FRAMINGHAM", "ext. 4471", "SON---617-555-0193", "(413) 555-0150/0151", "White Memorial Hospital",
    "14 Orchard St, Leominster 01453", " ", "\n", "\r\n", ", ", ". ", "-", "/", "(", ")", "'s", "\u2028", "\x00", "é", "שלום",
    "مرحبا", "😀", "\u202e", "ǅ", "ß", "İ",
]
texts = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=40).map("".join)


def _check_findings(text: str) -> None:
    findings = scan(text)
    last_end = 0
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
        assert f.text == text[f.start : f.end]
        assert f.start >= last_end, "findings must be sorted and non-overlapping"
        assert f.kind in KINDS
        last_end = f.end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_never_raises_on_any_text(text):
    _check_findings(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_spans_are_sound_on_phi_like_text(text):
    _check_findings(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_redacted_text_scans_clean_and_keeps_lines(text):
    redacted = redact(text, scan(text))
    assert scan(redacted) == []
    assert len(redacted.splitlines()) == len(text.splitlines())


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=2000))
def test_binaryish_text(data):
    _check_findings(data.decode("latin-1"))


def test_huge_text_is_fine():
    text = ("Her son Jayden called 508-555-0142 on March 3. " * 2000) + "x" * 100_000
    findings = scan(text)
    assert len(findings) == 3 * 2000


def _seconds(text: str) -> float:
    start = time.perf_counter()
    scan(text)
    return time.perf_counter() - start


def test_adversarial_input_is_linear():
    """Inputs built to make regexes backtrack take about as long as prose of the same size (generous bound:
    this guards against quadratic blow-ups, which would be 100x slower, not against small differences)."""
    size = 100_000
    prose = ("Client reported improved sleep and practiced breathing with her son Jayden on 3/4. " * 3000)[:size]
    baseline = max(_seconds(prose), 0.01)
    attacks = [
        "1" * size,
        "1-" * (size // 2),
        "1/" * (size // 2),
        "a." * (size // 2),
        "a@" * (size // 2),
        "A " * (size // 2),
        "Aa " * (size // 3),
        "Dr. " * (size // 4),
        "(" * size,
        ":" * size,
        "1." * (size // 2),
        "www." * (size // 4),
        "Apt " * (size // 4),
        "9 " * (size // 2),
        "A." * (size // 2),
        "Mc" * (size // 2),
    ]
    for attack in attacks:
        assert _seconds(attack) < 20 * baseline + 0.5, attack[:10]
