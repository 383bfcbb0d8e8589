"""One pass over the words of a text that runs each cue rule only where its cue word stands.

Many detectors start at a word ("pager", "her son", "Dr.", "March", "lives in"). Searching the whole text
with a regular expression that begins with a long alternation of such words is slow in Python's engine
(it tries every branch at every position). Instead, each rule is registered with the alternation of its
cue words; the index keys every rule by the first three characters of each alternative, walks the words of
the text once, and tries a rule's regular expression (with ``match``, anchored at the word) only at words
whose first three characters are a key of that rule and where the text starts with one of the rule's literal
cue starts. Rules are tried in registration order. In an ASCII text (nearly every note) the words where a rule
is tried are found by one regex over the lower-case text instead of a walk over every word (``_run_ascii``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

#: The letters of a word (inside a character class), and a word: letters, joined by apostrophes or hyphens.
LETTER = "A-Za-zÀ-ÖØ-öø-ſḀ-ỿ"
WORD = re.compile(rf"[{LETTER}]+(?:['’-][{LETTER}]+)*")
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
        # built on the first run after the last rule was added; False when the ASCII path does not apply
        self._finder: re.Pattern[str] | bool | None = None
        # for a word in lower case and for one in capitals: literal -> the rules tried there (see _rules_at)
        self._tries: tuple[dict[str, list], dict[str, list]] = ({}, {})
        # every rule name with no match, built with the finder: each run starts from a copy (building a dict of
        # a hundred empty lists per text costs more than the rest of a run on a short one)
        self._no_hits: dict[str, list[re.Match[str]]] = {}

    def _put(self, key: str, name: str, rx: re.Pattern[str], capitalized: bool, literals: set[str]) -> None:
        self._finder = None
        self._tries = ({}, {})
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

    def add_keys(self, name: str, keys: set[str], rx: re.Pattern[str], *, capitalized: bool = False) -> None:
        """Register ``rx`` under explicit lower-case keys (first three characters of the cue words); ``capitalized``
        as for ``add``."""
        self._names.append(name)
        for key in keys:
            self._put(key[:3].lower(), name, rx, capitalized, {key.lower()})

    def run(self, text: str) -> dict[str, list[re.Match[str]]]:
        """Every match of every rule, by rule name, in text order.

        A rule is tried only where the text, in lower case, starts with one of its cue words' literal starts
        ("contact" is not tried at "continue", which shares the key "con"); most keyed words are skipped by that
        test, which is much cheaper than a failed match.
        """
        finder = self._finder
        if finder is None:
            finder = self._finder = self._build_finder()
            self._no_hits = dict.fromkeys(self._names, _NO_MATCHES)
        if finder and text.isascii():
            return self._run_ascii(text, finder)
        hits = self._no_hits.copy()
        table = self._table
        low = text.lower()
        if len(low) != len(text):  # a letter whose lower case is longer ('İ'): positions differ, test nothing
            low = ""
        # the words whose first three letters are a key, gathered in one comprehension (the walk over every word
        # is most of the cost of a scan)
        keyed = [(w.start(), entry) for w in WORD.finditer(text) if (entry := table.get(w.group()[:3].lower()))]
        for pos, (union, rules) in keyed:
            if low and not low.startswith(union, pos):
                continue
            lower = text[pos].islower()
            for name, rx, capitalized, literals in rules:
                if (capitalized and lower) or (low and not low.startswith(literals, pos)):
                    continue
                m = rx.match(text, pos)
                if m:
                    if hits[name]:
                        hits[name].append(m)
                    else:
                        hits[name] = [m]
        return hits

    def _run_ascii(self, text: str, finder: re.Pattern[str]) -> dict[str, list[re.Match[str]]]:
        """``run`` for an ASCII text, the same rule attempts in the same order, without walking every word.

        In ASCII, lower-casing keeps every position and whether a character is a letter, so the words of the
        lower-case text start where those of the text do, and a word's key is its first three characters there.
        One regex (``_finder``) finds, in the lower-case text, only the words where a rule is tried: where a
        literal start of the word's own key begins, and it takes the longest such literal. The literal starts of a
        key that begin at a word are all prefixes of that longest one, so it alone (with whether the word begins
        in lower case) tells which rules are tried there, in which order: worked out once per literal (``_tries``).
        """
        hits = self._no_hits.copy()
        tries_lower, tries_upper = self._tries
        # the finder matches from the character before a word, which stands at the word's position in the text: a
        # space before the text gives the first word one
        for cue in finder.finditer(" " + text.lower()):
            pos = cue.start()
            literal = cue[1]
            lower = text[pos].islower()
            rules = (tries_lower if lower else tries_upper).get(literal)
            if rules is None:
                rules = self._rules_at(literal, lower)
            for name, match in rules:
                m = match(text, pos)
                if m:
                    if hits[name]:
                        hits[name].append(m)
                    else:
                        hits[name] = [m]
        return hits

    def _rules_at(self, literal: str, lower: bool) -> list[tuple[str, Callable[[str, int], re.Match[str] | None]]]:
        """The rules tried at a word whose longest literal start of its key is ``literal``, in run's order (with
        each pattern's bound ``match``)."""
        _union, rules = self._table[literal[:3]]
        tried = [(name, rx.match) for name, rx, capitalized, literals in rules
                 if not (capitalized and lower) and any(literal.startswith(lit) for lit in literals)]
        self._tries[0 if lower else 1][literal] = tried
        return tried

    def _build_finder(self) -> re.Pattern[str] | bool:
        """The regex of ``_run_ascii``: at a word start, the longest literal start of the word's own key.

        A key is a word's first three characters, or the whole word when shorter. So a literal of three characters
        or more counts only at a word of three or more (the word's first three characters are then the literal's),
        and a shorter one only when it is the whole word (two letters or one). Literals that can begin no word
        ("49ers") are left out. The literals are laid out as a trie, longer ones tried first, so the first match is
        the longest. The match begins at the character before the word (no letter, and no joiner after a letter:
        a class, which the engine scans for fast, where a look-behind first would be tried at every position), so
        the text is searched with a space before it. It takes the literal in, unless a literal holds a word start
        of its own ("abc1x") or ends where the next word may start ("abc1"): then the literal is only looked at, so
        that the next word is not skipped. False (``run`` walks every word) if a literal is not keyed by its own
        first three characters (a key given to ``add_keys`` whose lower case is longer).
        """
        letter, joiner = f"[{LETTER}]", "['’-]"
        three_or_more = f"{letter}(?:{letter}(?:{letter}|{joiner}{letter})|{joiner}{letter})"
        can_begin = re.compile(three_or_more)
        inner_word_start = re.compile(f".(?<!{letter}.)(?<!{letter}{joiner}.)(?<={letter})", re.DOTALL)
        long_literals, short_literals = [], []
        for key, (union, _rules) in self._table.items():
            for literal in union:
                if literal[:3] != key:
                    return False
                if len(literal) >= 3 and can_begin.match(literal + "a"):
                    long_literals.append(literal)
                elif len(literal) < 3 and re.fullmatch(f"{letter}+", literal):
                    short_literals.append(literal)
        # every literal begins with a letter: the test of the next character first skips the blanks, digits and
        # punctuation before no word without trying the trie's branches there
        before_word = f"[^{LETTER}](?={letter})(?<!{letter}{joiner})"
        word_end = f"(?!{letter})(?!{joiner}{letter})"
        body = f"(?:(?={three_or_more}){_trie(long_literals)}|{_trie(short_literals)}{word_end})"
        ends_in_word = re.compile(f"(?:{letter}|(?<={letter}){joiner})$")
        if any(inner_word_start.search(literal, 1) or not ends_in_word.search(literal) for literal in long_literals):
            return re.compile(f"{before_word}(?=({body}))")
        return re.compile(f"{before_word}({body})")


def _trie(literals: list[str]) -> str:
    """An alternation matching each of ``literals``, as a trie whose longer continuations are tried first."""
    root: dict = {}
    for literal in literals:
        node = root
        for c in literal:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(c) + emit(node[c]) for c in sorted(node) if c]
        if "" in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root) if root else "(?!)"


#: What ``run`` gives a rule without a match: one list shared by every rule and text, which no reader may change.
_NO_MATCHES: list[re.Match[str]] = []

#: The one index every detector registers its cue rules with.
CUES = CueIndex()
