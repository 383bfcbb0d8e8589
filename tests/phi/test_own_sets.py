"""The project's own therapy sets (tests/phi/data/README.md) must not slip below what was measured on them.

Floors sit a little under the measured figures of 2026-11-26 (bench/PHI.md), so a rule change that loses a
name, a date or a place, or that starts flagging eponyms and ratings again, fails here."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from supervision.phi import scan

DATA = Path(__file__).parent / "data"
SPAN = re.compile(r"\{([A-Z_]+)\|([^{}]*)\}")


def _load(name: str) -> list[tuple[str, list[tuple[int, int]]]]:
    notes = []
    for block in (DATA / name).read_text().split("\n---\n"):
        text, gold, last = [], [], 0
        for m in SPAN.finditer(block):
            text.append(block[last : m.start()])
            start = sum(len(t) for t in text)
            gold.append((start, start + len(m.group(2))))
            text.append(m.group(2))
            last = m.end()
        text.append(block[last:])
        notes.append(("".join(text), gold))
    return notes


def _measure(name: str) -> tuple[float, int]:
    """(character recall over letters and digits in gold spans, findings outside every gold span)."""
    wanted = covered = outside = 0
    for text, gold in _load(name):
        findings = scan(text)
        hit = set()
        for f in findings:
            hit.update(range(f.start, f.end))
            if not any(f.start < e and s < f.end for s, e in gold):
                outside += 1
        for s, e in gold:
            for i in range(s, e):
                if text[i].isalnum():
                    wanted += 1
                    covered += i in hit
    return (covered / wanted if wanted else 1.0), outside


@pytest.mark.parametrize("name, recall_floor, most_outside", [
    ("therapy_holdout.md", 0.95, 2),   # measured 0.967 and 1 finding outside the gold spans (3,014 words)
    ("therapy_blind.md", 0.94, 5),     # measured 0.953 and 4 (2,270 words)
    ("therapy_blind3.md", 0.92, 3),    # measured 0.932 and 1 (2,744 words)
    ("therapy_blind4.md", 0.95, 2),    # measured 0.966 and 1 (2,166 words)
    ("therapy_blind5.md", 0.90, 3),    # measured 0.916 and 2 (2,268 words)
    ("therapy_blind6.md", 0.96, 4),    # measured 0.979 and 3 (2,317 words)
    ("therapy_blind7.md", 0.90, 3),    # measured untouched 0.910 and 2 (2,445 words): not tuned on
])
def test_recall_and_false_findings_hold_on_the_own_sets(name, recall_floor, most_outside):
    recall, outside = _measure(name)
    assert recall >= recall_floor, f"{name}: character recall {recall:.3f} < {recall_floor}"
    assert outside <= most_outside, f"{name}: {outside} findings outside the gold spans"


def test_clean_therapy_prose_stays_almost_clean():
    words = sum(len(text.split()) for text, _ in _load("therapy_clean.md"))
    findings = [f for text, _ in _load("therapy_clean.md") for f in scan(text)]
    assert 1000 * len(findings) / words <= 1.0, [f.text for f in findings]  # measured 0.82 (2 in 2,426 words)
