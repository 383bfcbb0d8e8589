"""The cue index's ``capitalized`` rules are skipped at a word in lower case: each must be unable to match there."""

import re
import re._constants as C
import re._parser as P

import supervision.phi  # noqa: F401  (registers every rule)
from supervision.phi.cues import CUES

_ANY = None  # any character may come first


def _first(items: list, ignore_case: bool) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed ``items`` may begin with (None: any), and whether it may be empty."""
    chars: set[str] = set()
    for op, av in items:
        first, empty = _first_op(op, av, ignore_case)
        if first is _ANY:
            return _ANY, False
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def _literal(code: int, ignore_case: bool) -> set[str]:
    c = chr(code)
    return {c, c.lower(), c.upper()} if ignore_case else {c}


def _first_op(op, av, ignore_case: bool) -> tuple[set[str] | None, bool]:
    if op is C.LITERAL:
        return _literal(av, ignore_case), False
    if op is C.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is C.LITERAL:
                chars |= _literal(a, ignore_case)
            elif o is C.RANGE:
                for code in range(a[0], a[1] + 1):
                    chars |= _literal(code, ignore_case)
            else:
                return _ANY, False
        return chars, False
    if op is C.BRANCH:
        chars, empty = set(), False
        for alternative in av[1]:
            first, alt_empty = _first(alternative, ignore_case)
            if first is _ANY:
                return _ANY, False
            chars, empty = chars | first, empty or alt_empty
        return chars, empty
    if op is C.SUBPATTERN:
        _group, add, remove, items = av
        return _first(items, (ignore_case or bool(add & re.I)) and not remove & re.I)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, items = av
        first, empty = _first(items, ignore_case)
        return (_ANY, False) if first is _ANY else (first, empty or low == 0)
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return set(), True  # consumes nothing: the next item begins the match
    return _ANY, False


def test_a_capitalized_rule_cannot_begin_at_a_lower_case_letter():
    CUES.run("x")  # every rule registered
    may_begin_lower = set()
    for _key, (_union, rules) in CUES._table.items():
        for name, rx, capitalized, _literals in rules:
            if not capitalized:
                continue
            first, empty = _first(list(P.parse(rx.pattern, rx.flags)), bool(rx.flags & re.I))
            if first is _ANY or empty or any(c.islower() for c in first):
                may_begin_lower.add(name)
    # "the Simpsons" of the famous people is never tried (a known dead alternative, kept as the findings are)
    assert may_begin_lower <= {"famous_person"}


def test_no_reader_changes_the_shared_empty_result():
    """``CueIndex.run`` gives every rule without a match one shared empty list; a detector that appended to or
    sorted a rule's hits in place would leak matches from one text into the next."""
    from supervision.phi import scan
    from supervision.phi.cues import _NO_MATCHES

    for text in ("Her son Jayden called from 508-555-0142 on March 3.", "pt ok", "Ström i Växjö", "x" * 50):
        scan(text)
    assert _NO_MATCHES == []


def test_a_pattern_begun_with_a_literal_keeps_the_rest_and_refuses_a_head_it_lacks():
    import re

    import pytest

    from supervision.phi.context import begun_with

    rx = re.compile(r"['’]s[ \t]+(\d+)", re.IGNORECASE)
    straight = begun_with(rx, "['’]", "'")
    assert straight.pattern == r"'s[ \t]+(\d+)" and straight.flags == rx.flags
    assert straight.search("Pop's 95").group(1) == "95"
    with pytest.raises(ValueError):
        begun_with(rx, r"\d", "[0-9]")
