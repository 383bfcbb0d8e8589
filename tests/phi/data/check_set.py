"""Validate a blind set written from WRITERS_BRIEF.md: ``python3 check_set.py FILE`` prints the counts and "OK", or
each problem (nested or stray braces, unknown kinds, empty spans or spans with spaces inside their braces)."""

from __future__ import annotations

import re
import sys
from collections import Counter

KINDS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "ID", "URL", "ADDRESS", "LOCATION"}
SPAN = re.compile(r"\{([^{}|]*)\|([^{}]*)\}")


def check(text: str) -> tuple[list[str], int, int, Counter[str]]:
    """(problems, excerpts, words, spans by kind) of a set's text."""
    excerpts = [e for e in re.split(r"^---\s*$", text, flags=re.M) if e.strip()]
    problems: list[str] = []
    kinds: Counter[str] = Counter()
    words = 0
    for i, excerpt in enumerate(excerpts, 1):
        depth = 0
        for ch in excerpt:
            depth += (ch == "{") - (ch == "}")
            if depth not in (0, 1):
                problems.append(f"excerpt {i}: nested or unbalanced braces")
                break
        if depth:
            problems.append(f"excerpt {i}: unbalanced braces")
        for m in SPAN.finditer(excerpt):
            if m.group(1) not in KINDS:
                problems.append(f"excerpt {i}: unknown kind {m.group(1)!r}")
            if not m.group(2).strip() or m.group(2) != m.group(2).strip():
                problems.append(f"excerpt {i}: empty span or span with outer spaces {m.group(0)!r}")
            kinds[m.group(1)] += 1
        plain = re.sub(r"\{[A-Z]+\|([^{}]*)\}", r"\1", excerpt)
        if "{" in plain or "}" in plain:
            problems.append(f"excerpt {i}: stray brace")
        words += len(plain.split())
    return problems, len(excerpts), words, kinds


def main() -> None:
    problems, excerpts, words, kinds = check(open(sys.argv[1], encoding="utf-8").read())
    print(f"{excerpts} excerpts, {words} words, {sum(kinds.values())} spans: {dict(kinds)}")
    print("\n".join(problems) or "OK")


if __name__ == "__main__":
    main()
