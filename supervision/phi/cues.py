"""One pass over the words of a text that runs each cue rule only where its cue word stands.

Many detectors start at a word ("pager", "her son", "Dr.", "March", "lives in"). Searching the whole text
with a regular expression that begins with a long alternation of such words is slow in Python's engine
(it tries every branch at every position). Instead, each rule is registered with the alternation of its
cue words; the index keys every rule by the first three characters of each alternative, walks the words of
the text once, and tries a rule's regular expression (with ``match``, anchored at the word) only at words
whose first three characters are a key of that rule and where the text starts with one of the rule's literal
cue starts. Rules are tried in registration order.
"""

from __future__ import annotations

import re
from collections import defaultdict

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ſḀ-ỿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ſḀ-ỿ]+)*")
_LITERAL = re.compile(r"[A-Za-z0-9À-ÖØ-öø-ſḀ-ỿ'’\-]+")


def _split_top(alternation: str) -> list[str]:
    """Split a regex alternation at its top-level bars."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(alternation[start:i])
            start = i + 1
        i += 1
    parts.append(alternation[start:])
    return parts


def cue_literals(alternation: str) -> set[str]:
    """The lower-case literal start of every alternative in ``alternation`` (what a match must begin with).

    Raises ValueError when an alternative does not start with a literal, so a rule cannot be silently dead.
    """
    literals: set[str] = set()
    for alt in _split_top(alternation):
        alt = alt.strip()
        if alt.startswith("(?:") and alt.endswith((")", ")?")) and alt.rstrip("?").endswith(")"):
            inner = alt[3 : alt.rstrip("?").rfind(")")]
            if alt.rstrip("?").rfind(")") == len(alt.rstrip("?")) - 1 and _balanced(inner):
                literals |= cue_literals(inner)
                continue
        if alt.startswith("(?:"):
            literals |= cue_literals(alt[3 : _group_end(alt)])
            continue
        m = _LITERAL.match(alt)
        if not m:
            raise ValueError(f"cue alternative without a literal start: {alt!r}")
        literal = m.group()
        # a literal followed by '?', '*' or '{' has an optional last character: keep what is certain
        rest = alt[m.end() : m.end() + 1]
        if rest in ("?", "*", "{"):
            literal = literal[:-1]
        if not literal:
            raise ValueError(f"cue alternative without a literal start: {alt!r}")
        literals.add(literal.lower())
    return literals


def cue_keys(alternation: str) -> set[str]:
    """The lower-case keys (up to three leading literal characters) of every alternative in ``alternation``."""
    return {literal[:3] for literal in cue_literals(alternation)}


def _balanced(s: str) -> bool:
    depth = 0
    for c in s:
        depth += c == "("
        depth -= c == ")"
        if depth < 0:
            return False
    return depth == 0


def _group_end(alt: str) -> int:
    depth = 0
    for i, c in enumerate(alt):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
    return len(alt)


class CueIndex:
    """Rules keyed by cue words; ``run`` returns every rule's matches in a text."""

    def __init__(self) -> None:
        # key -> (every literal start under the key, [(rule name, pattern, capitalized, its literal starts)])
        self._table: dict[str, tuple[tuple[str, ...], list[tuple[str, re.Pattern[str], bool, tuple[str, ...]]]]] = {}
        self._names: list[str] = []

    def _put(self, key: str, name: str, rx: re.Pattern[str], capitalized: bool, literals: set[str]) -> None:
        union, rules = self._table.get(key, ((), []))
        ordered = tuple(sorted(literals))
        self._table[key] = (tuple(sorted(set(union) | literals)), [*rules, (name, rx, capitalized, ordered)])

    def add(self, name: str, alternation: str, rx: re.Pattern[str], *, capitalized: bool = False) -> None:
        """Register ``rx`` (tried with ``match`` at a word) under the cue words of ``alternation``.

        ``capitalized`` rules (every cue word begins with a capital, and the pattern is case-sensitive: "Hospital",
        "Lake", "Forrest Gump") are not tried at a word in lower case, which shares their key ("hospitable", "lake",
        "for").

        When ``alternation`` appears verbatim in the pattern, each key gets its own compiled copy of the
        pattern holding only the alternatives of that key, so a match attempt at a frequent word ("to",
        "with") does not try a hundred branches.
        """
        self._names.append(name)
        by_key: dict[str, list[str]] = defaultdict(list)
        for alt in _split_top(alternation):
            for key in cue_keys(alt):
                by_key[key].append(alt)
        specialise = alternation in rx.pattern
        for key, alts in by_key.items():
            key_rx = rx
            if specialise:
                key_rx = re.compile(rx.pattern.replace(alternation, "|".join(alts), 1), rx.flags)
            literals = {lit for alt in alts for lit in cue_literals(alt) if lit[:3] == key}
            self._put(key, name, key_rx, capitalized, literals)

    def add_keys(self, name: str, keys: set[str], rx: re.Pattern[str]) -> None:
        """Register ``rx`` under explicit lower-case keys (first three characters of the cue words)."""
        self._names.append(name)
        for key in keys:
            self._put(key[:3].lower(), name, rx, False, {key.lower()})

    def run(self, text: str) -> dict[str, list[re.Match[str]]]:
        """Every match of every rule, by rule name, in text order.

        A rule is tried only where the text, in lower case, starts with one of its cue words' literal starts
        ("contact" is not tried at "continue", which shares the key "con"); most keyed words are skipped by that
        test, which is much cheaper than a failed match.
        """
        hits: dict[str, list[re.Match[str]]] = {name: [] for name in self._names}
        table = self._table
        low = text.lower()
        if len(low) != len(text):  # a letter whose lower case is longer ('İ'): positions differ, test nothing
            low = ""
        # the words whose first three letters are a key, gathered in one comprehension (the walk over every word
        # is most of the cost of a scan)
        keyed = [(w.start(), entry) for w in _WORD.finditer(text) if (entry := table.get(w.group()[:3].lower()))]
        for pos, (union, rules) in keyed:
            if low and not low.startswith(union, pos):
                continue
            lower = text[pos].islower()
            for name, rx, capitalized, literals in rules:
                if (capitalized and lower) or (low and not low.startswith(literals, pos)):
                    continue
                m = rx.match(text, pos)
                if m:
                    hits[name].append(m)
        return hits


#: The one index every detector registers its cue rules with.
CUES = CueIndex()
