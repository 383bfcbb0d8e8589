"""The project's own therapy sets (tests/phi/data/README.md) must not slip below what was measured on them.

Floors sit a little under the figures measured on 2026-11-27 (bench/PHI.md), so a rule change that loses a
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
    # measured on 2026-11-27 after the rules were tuned on the set (character recall, findings outside gold spans)
    ("therapy_holdout.md", 0.97, 2),   # 0.981 and 1 (3,014 words)
    ("therapy_blind.md", 0.98, 3),     # 0.996 and 2 (2,221 words)
    ("therapy_blind3.md", 0.97, 2),    # 0.988 and 1 (2,744 words)
    ("therapy_blind4.md", 0.97, 2),    # 0.985 and 1 (2,117 words)
    ("therapy_blind5.md", 0.97, 3),    # 0.990 and 2 (2,268 words)
    ("therapy_blind6.md", 0.98, 3),    # 0.998 and 2 (2,317 words)
    ("therapy_blind7.md", 0.98, 2),    # 1.000 and 1 (2,445 words); untouched it measured 0.910
    ("therapy_blind8.md", 0.95, 1),    # 0.961 and 0 (2,307 words); untouched 0.869
    ("therapy_blind9.md", 0.97, 5),    # 0.983 and 4 (2,306 words); untouched 0.900
    ("therapy_blind10.md", 0.95, 3),   # 0.968 and 2 (2,392 words); untouched 0.882
    ("therapy_blind11.md", 0.95, 3),   # 0.966 and 2 (2,330 words); untouched 0.874
    ("therapy_blind12.md", 0.93, 2),   # 0.941 and 1 (2,399 words); untouched 0.863
    ("therapy_blind13.md", 0.94, 4),   # 0.959 and 3 (2,273 words); untouched 0.889
    ("therapy_blind14.md", 0.94, 4),   # 0.959 and 2 (2,364 words); untouched 0.847
    ("therapy_blind15.md", 0.95, 3),   # 0.961 and 2 (2,353 words); untouched 0.877
    ("therapy_blind16.md", 0.92, 2),   # 0.939 and 0 (2,549 words); untouched 0.830
    ("therapy_blind17.md", 0.93, 2),   # 0.945 and 0 (2,414 words); untouched 0.879
    ("therapy_blind19.md", 0.94, 3),   # 0.953 and 2 (2,547 words); untouched 0.887
    ("therapy_blind18.md", 0.90, 4),   # 0.919 and 3 (2,548 words); untouched 0.823, and 0.890 with later rules
    ("therapy_blind20.md", 0.91, 4),   # 0.929 and 3 (2,543 words); untouched 0.812, and 0.885 with later rules
    # not tuned on: the honest measure of the rules on notes they have not seen
    ("therapy_blind21.md", 0.95, 3),   # 0.964 and 2 (2,269 words); 0.904 before this session's rules
    ("therapy_blind22.md", 0.91, 8),   # 0.921 and 7 (2,346 words); 0.847 before this session's rules
])
def test_recall_and_false_findings_hold_on_the_own_sets(name, recall_floor, most_outside):
    recall, outside = _measure(name)
    assert recall >= recall_floor, f"{name}: character recall {recall:.3f} < {recall_floor}"
    assert outside <= most_outside, f"{name}: {outside} findings outside the gold spans"


def test_clean_therapy_prose_stays_almost_clean():
    words = sum(len(text.split()) for text, _ in _load("therapy_clean.md"))
    findings = [f for text, _ in _load("therapy_clean.md") for f in scan(text)]
    assert 1000 * len(findings) / words <= 1.0, [f.text for f in findings]  # measured 0.82 (2 in 2,426 words)
