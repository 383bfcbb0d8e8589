"""A second opinion beside the rules: a word model, trained on the project's own therapy sets, that reads each
capitalized word the rules left alone (and, in a note written in lower case, each rarer lower-case word) and says
whether it is a name or a place.

The rules are exact where a writer uses a cue they know ("her son Jayden", "lives in Marlborough"); on notes nobody
tuned them on, most of what they miss is a word with a cue they do not know ("Desmond's probation officer", "drove
out to Tern Harbor again"). A logistic model over the word, its shape, the word lists, the words around it and what
the rules found beside it generalizes over those cues: trained on the tuned sets, it raised entity recall on the
sealed sets more than any round of rules did (bench/PHI.md, fourteenth round).

The model (``data/word_model.json.gz``) is made by ``data/train_model.py`` from the sets marked as tuned in
``tests/phi/data/README.md`` and the shared therapy set; it is never trained on the sealed sets. It is read once,
lazily; without it the rules work alone. Only words the rules did not find, that nothing protects and that the
rules' vocabulary does not know as no identifier are scored, so the model only adds findings, of kinds NAME and
LOCATION, where its table for the word's case gives one at least that table's threshold.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from . import lexicon
from .context import at_sentence_start, lower_words, writes_lower_case
from .cues import LETTER, WORD
from .names import BEDSIDE_SHORTHAND, clinical_word_after, is_media_object
from .places import (BODY_PARTS, COUNTRIES, EVENT_WORDS, FACILITY_WORD, GENERIC_WORDS, GREEK_LETTER_SET,
                     NOT_PLACE_LAST_WORDS, is_state)
from .vocabulary import APPS_AND_GAMES, FUNCTION_WORDS, PEOPLES, is_clinical, is_eponym_at

#: The file ``data/train_model.py`` writes.
MODEL_FILE = "word_model.json.gz"
#: Words this far apart or more (characters between them) are not each other's neighbours.
_NEAR = 4
#: How far back the two words before the neighbour may stand (characters from the word).
_BACK = 30


class Table(NamedTuple):
    """One logistic model: a word is flagged when its summed weights reach ``logit``."""

    weights: dict[str, tuple[float, float]]  # feature -> (weight for NAME, weight for LOCATION)
    threshold: float  # the probability from which a word is flagged
    logit: float  # the same as a summed weight

    @classmethod
    def read(cls, data: dict) -> Table:
        threshold = float(data["threshold"])
        return cls({f: (w[0], w[1]) for f, w in data["weights"].items()}, threshold,
                   math.log(threshold / (1 - threshold)))


class Model(NamedTuple):
    capitalized: Table  # for the capitalized words of any note
    lower: Table  # for the rarer lower-case words of a note written in lower case


@cache
def model() -> Model | None:
    """The shipped model, or None when its file is missing or unreadable (the rules then work alone)."""
    try:
        raw = resources.files(__package__).joinpath("data", MODEL_FILE).read_bytes()
        data = json.loads(gzip.decompress(raw))
        return Model(Table.read(data["capitalized"]), Table.read(data["lower"]))
    except (FileNotFoundError, OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def _shape(word: str) -> str:
    """"XX" for capitals, "Xx" for a capitalized word ("Xx-" hyphenated, "Xx'" with an apostrophe), "x" otherwise."""
    if word.isupper():
        return "XX" if len(word) > 1 else "X"
    if word[0].isupper():
        return "Xx-" if "-" in word else "Xx'" if "'" in word or "’" in word else "Xx"
    return "x"


def _char_class(c: str) -> str:
    """A letter or a digit as "a", any other character as itself."""
    return "a" if c.isalnum() else c


_JOINERS = "'’-"


def _letters(test: Callable[[str], bool]) -> str:
    """The letters of ``WORD`` that pass ``test``, as the inside of a character class."""
    return "".join(c for lo, hi in re.findall(r"(.)-(.)", LETTER) for c in map(chr, range(ord(lo), ord(hi) + 1))
                   if test(c))


def _words_beginning_with(first: str, then: str = "") -> re.Pattern[str]:
    """The words (tokens of ``WORD``) whose first letter is in the class ``first``: that letter first (a class the
    engine scans for fast), then no letter and no joined word before it; ``then`` is tested right after it."""
    return re.compile(rf"[{first}](?<![{LETTER}][{first}])(?<![{LETTER}]['’-][{first}]){then}"
                      rf"[{LETTER}]*(?:['’-][{LETTER}]+)*")


_UPPER, _LOWER = _letters(str.isupper), _letters(str.islower)
_CAPITAL = _words_beginning_with(_UPPER)
_LOWER_CASE = _words_beginning_with(_LOWER)
#: The capitalized words less most of those in capitals, which ``known_no_identifier`` turns away ("CBT", a note in
#: capitals): a lower-case letter must follow among the word's characters.
_CAPITALIZED = _words_beginning_with(_UPPER, rf"(?=[{LETTER}'’-]*?[{_LOWER}])")


#: From a word's edge, the next words (``WORD``'s tokens): every letter belongs to a token, so the next token begins at
#: the next letter. ``_WORDS_BEFORE`` reads the reversed text: a token is letters with single joiners between them,
#: a shape its own reverse, so the reversed text's tokens are the text's, reversed.
_TWO_WORDS = re.compile(rf"[^{LETTER}]*({WORD.pattern})(?:[^{LETTER}]*({WORD.pattern}))?")
_THREE_WORDS = re.compile(
    rf"[^{LETTER}]*({WORD.pattern})(?:[^{LETTER}]*({WORD.pattern})(?:[^{LETTER}]*({WORD.pattern}))?)?")

Span = tuple[int, int]


@lru_cache(maxsize=4)
def _reversed(text: str) -> str:
    return text[::-1]


def _words_before(text: str, start: int) -> list[Span]:
    """The spans of the three words (``WORD``'s tokens) before ``start`` (a word's edge), nearest first."""
    n = len(text)
    m = _THREE_WORDS.match(_reversed(text), n - start)
    if m is None:
        return []
    return [(n - e, n - s) for s, e in (m.span(1), m.span(2), m.span(3)) if s >= 0]


def _words_after(text: str, end: int) -> list[Span]:
    """The spans of the two words after ``end`` (a word's edge), nearest first."""
    m = _TWO_WORDS.match(text, end)
    if m is None:
        return []
    return [span for span in (m.span(1), m.span(2)) if span[0] >= 0]


class Spans:
    """The rules' spans of a text (sorted, non-overlapping), asked which covers a word and as what they found a word
    elsewhere."""

    def __init__(self, spans: Sequence[tuple[int, int, str]], text: str) -> None:
        self.spans = spans
        self.starts = [s for s, _e, _k in spans]
        self.text = text
        self._found: dict[str, str] | None = None

    def found_as(self, word: str) -> str | None:
        """The kind of the first span of a name, a place or an address that holds ``word`` as one of its words."""
        if self._found is None:
            self._found = {}
            for s, e, k in self.spans:
                if k in ("NAME", "LOCATION", "ADDRESS"):
                    for w in WORD.findall(self.text, s, e):
                        self._found.setdefault(w, k)
        return self._found.get(word)

    def kind(self, start: int, end: int) -> str | None:
        """The kind of the span over ``text[start:end]``, or None."""
        i = bisect_left(self.starts, end) - 1
        if i >= 0 and self.spans[i][1] > start:
            return self.spans[i][2]
        return None


def features(text: str, word: re.Match[str], spans: Spans) -> list[str]:
    """The features of ``word`` (a token of ``WORD`` in ``text``), given the rules' ``spans``."""
    return word_features(word.group()) + context_features(text, word, spans)


def word_features(w: str) -> list[str]:
    """The features of a word that do not depend on where it stands: itself, its shape and length, its first two to
    four and last two to five letters (names and places share endings and beginnings the lists do not hold: "-ski",
    "-ville", "Mc-"), the lists."""
    low = w.lower()
    flags = (lexicon.is_first_name(w), lexicon.is_surname(w), lexicon.is_common_word(w),
             lexicon.is_frequent_word(w), lexicon.is_place(w))
    return ["b", "w=" + low, "sh=" + _shape(w), "n=" + str(min(len(low), 10)),
            "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:], "s5=" + low[-5:], "p2=" + low[:2], "p3=" + low[:3],
            "p4=" + low[:4], "L=" + "".join("1" if x else "0" for x in flags)]


class _Note(NamedTuple):
    """What ``context_features`` reads of a note for every word it is asked about, worked out once a note."""

    reversed: str  # the text reversed, where the words before a word are read with one match
    lower_words: frozenset[str]  # ``lower_words``
    counts: Counter[str]  # ``_capitalized_counts``
    inside: frozenset[str]


@lru_cache(maxsize=4)
def _note(text: str) -> _Note:
    counts, inside = _capitalized_counts(text)
    return _Note(_reversed(text), lower_words(text), counts, inside)


def context_features(text: str, word: re.Match[str], spans: Spans) -> list[str]:
    """The features of ``word`` that come from the text around it (the model's cost: ``_words_before`` and
    ``_words_after`` read inline, and what a note shares read once from ``_note``)."""
    note = _note(text)
    start, end = word.span()
    w = word.group()
    n = len(text)
    m = _THREE_WORDS.match(note.reversed, n - start)
    before = [] if m is None else [(n - e, n - s) for s, e in (m.span(1), m.span(2), m.span(3)) if s >= 0]
    m = _TWO_WORDS.match(text, end)
    after = [] if m is None else [span for span in (m.span(1), m.span(2)) if span[0] >= 0]
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    k = end
    while k < n and text[k] in " \t":
        k += 1
    p1 = before[0] if before and start - before[0][1] < _NEAR else None
    p2 = before[1] if p1 and len(before) > 1 and p1[0] - before[1][1] < _NEAR else None
    n1 = after[0] if after and after[0][0] - end < _NEAR else None
    n2 = after[1] if n1 and len(after) > 1 and after[1][0] - n1[1] < _NEAR else None
    if p1:
        p1_word = text[p1[0]:p1[1]]
        p1_low = p1_word.lower()
        p1_features = (f"p1={p1_low}", f"p2p1={text[p2[0]:p2[1]].lower() if p2 else '<>'}_{p1_low}",
                       f"p1sh={_shape(p1_word)}", f"pk={spans.kind(*p1)}")
    else:
        p1_low = "<>"
        p1_features = ("p1=<>", "p2p1=<>_<>", "p1sh=-", "pk=None")
    if n1:
        n1_word = text[n1[0]:n1[1]]
        n1_features = (f"n1={n1_word.lower()}", f"n1sh={_shape(n1_word)}", f"nk={spans.kind(*n1)}")
    else:
        n1_features = ("n1=<>", "n1sh=-", "nk=None")
    count = _lower_case_counts(text)[w] if w[0].islower() else note.counts[w]
    f = [
        f"pc={_char_class(text[j]) if j >= 0 else '^'}", *p1_features, *n1_features,
        f"nc={_char_class(text[k]) if k < n else '$'}", f"p1+sh={p1_low}{_shape(w)}",
        f"lowseen={w.lower() in note.lower_words}", f"midcap={w in note.inside}", f"cnt={min(count, 3)}",
        f"fa={spans.found_as(w)}",
    ]
    f += ["pw=" + text[s:e].lower() for s, e in before[1:3] if start - e < _BACK]
    if n2:
        f.append("n2=" + text[n2[0]:n2[1]].lower())
    return f


@lru_cache(maxsize=4)
def _capitalized_tokens(text: str) -> tuple[re.Match[str], ...]:
    """``_CAPITALIZED``'s words of ``text``: read by the model, and counted for its features, in one pass a note."""
    return tuple(_CAPITALIZED.finditer(text))


@lru_cache(maxsize=4)
def _lower_case_tokens(text: str) -> tuple[re.Match[str], ...]:
    """The words of ``text`` that begin with a lower-case letter, in one pass a note (as ``_capitalized_tokens``)."""
    return tuple(_LOWER_CASE.finditer(text))


@lru_cache(maxsize=4)
def _capitalized_counts(text: str) -> tuple[Counter[str], frozenset[str]]:
    """How many times each capitalized word with a small letter stands in ``text``, and those of them that stand
    somewhere no sentence, line or field begins: written with a capital for being a name, not for their place."""
    counts: Counter[str] = Counter()
    inside: set[str] = set()
    # a word with a small letter (every word the model reads) is one of ``_CAPITALIZED``'s, and so is each of its copies
    for m in _capitalized_tokens(text):
        w = m.group()
        counts[w] += 1
        if w not in inside and not at_sentence_start(text, m.start()):
            inside.add(w)
    return counts, frozenset(inside)


@lru_cache(maxsize=4)
def _lower_case_counts(text: str) -> Counter[str]:
    """How many times each word that begins in lower case stands in ``text``."""
    return Counter(m.group() for m in _lower_case_tokens(text))


def lower_case_words(text: str) -> list[re.Match[str]]:
    """The words (``WORD``'s tokens) of ``text`` that begin with a lower-case letter."""
    return list(_lower_case_tokens(text))


def capitalized_words(text: str, *, all_caps: bool = True) -> list[re.Match[str]]:
    """The words (``WORD``'s tokens) of ``text`` that begin with a capital; without ``all_caps``, some of those
    in capitals may be left out."""
    return list(_CAPITAL.finditer(text)) if all_caps else list(_capitalized_tokens(text))


def summed_weights(weights: dict[str, tuple[float, float]], feats: list[str]) -> tuple[float, float]:
    """The summed weights (for a name, for a place) of ``feats``."""
    zn = zl = 0.0
    for feat in feats:
        w = weights.get(feat)
        if w:
            zn += w[0]
            zl += w[1]
    return zn, zl


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def is_lower_candidate(w: str) -> bool:
    """Whether the lower-case model reads the lower-case word ``w``: four letters or more without a possessive
    ("pao", "md's": chart shorthand), no English word of the dictionary or the common-word list, in whole or in
    part ("present-contin"), nor shaped like a derived or a medical one ("tanish sputum", "copious", "thoracotomy"):
    nearly every word of a note is one, and few names are."""
    base = _POSSESSIVE.sub("", w)
    return len(base) > 3 and not any(lexicon.is_sentence_word(part) for part in _JOINED.split(base) if part) and not (
        len(base) > 5 and base.endswith(_DERIVED_ENDINGS))


_POSSESSIVE = re.compile(r"['’]s$")
_JOINED = re.compile(f"[{_JOINERS}]")
_DERIVED_ENDINGS = ("ish", "ness", "less", "ful", "able", "ible", "tion", "sion", "ment", "ing", "ous", "ize", "ise",
                    "tomy", "itis", "osis", "emia", "algia", "pathy", "plasty", "scopy", "gram", "uria", "ectomy")


@lru_cache(maxsize=65536)
def _word_scores(w: str) -> tuple[float, float] | None:
    """The scores of a word's own features under the table for its case, or None when the word is not read
    (``known_no_identifier``, ``is_lower_candidate``): what every occurrence of the word shares, worked out once."""
    m = model()
    if m is None or len(w) < 2 or known_no_identifier(w) or (w[0].islower() and not is_lower_candidate(w)):
        return None
    return summed_weights((m.lower if w[0].islower() else m.capitalized).weights, word_features(w))


def second_opinion(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The names and places the model finds among the words the rules' ``spans`` (sorted, non-overlapping, with
    protected text counted as found) do not cover: capitalized words, and in a note written in lower case the
    rarer lower-case words too."""
    m = model()
    if m is None:
        return []
    rules = Spans(spans, text)
    found = []
    capitalized, lower = _slot_tables(m)
    kind = rules.kind
    note = _note(text)
    table, slots = m.capitalized, capitalized
    for word in _capitalized_tokens(text):
        w = word.group()
        own = _word_scores(w)
        if own is None:
            continue
        start, end = word.span()
        if kind(start, end):
            continue
        zn, zl = _context_scores(text, start, end, w, note, note.counts[w], rules, slots, own)
        if max(zn, zl) >= table.logit and not known_no_identifier_here(text, word):
            found.append((start, end, "NAME" if zn >= zl else "LOCATION"))
    if writes_lower_case(text):
        table, slots = m.lower, lower
        for w, count, starts in _lower_case_candidates(text):
            end_of = len(w)
            for start in starts:
                end = start + end_of
                if kind(start, end):
                    continue
                zn, zl = _context_scores(text, start, end, w, note, count, rules, slots, _word_scores(w))
                if max(zn, zl) >= table.logit and not known_no_identifier_here(text, WORD.match(text, start)):
                    found.append((start, end, "NAME" if zn >= zl else "LOCATION"))
    found.sort()
    return found


_LETTERS = frozenset(_letters(lambda c: True))  # ``LETTER``'s


@lru_cache(maxsize=4)
def _lower_case_candidates(text: str) -> tuple[tuple[str, int, tuple[int, ...]], ...]:
    """The lower-case words of ``text`` the lower-case table reads (``_word_scores`` not None), each with how many
    times it stands in ``text`` and where: the same words and places as those of ``_lower_case_tokens`` that the
    table reads, without a match object for every lower-case word of the note (nearly every one is turned away).
    A word's copies are found with ``str.find``; one is a token where no letter, and no letter and a joiner, stand
    before it, and no letter, and no joiner and a letter, after it (``WORD``'s tokens, which are greedy)."""
    out = []
    letters, n = _LETTERS, len(text)
    counts = Counter(_LOWER_CASE.findall(text))
    for w in [w for w in counts if _word_scores(w) is not None]:
        starts = []
        size = len(w)
        i = text.find(w)
        while i >= 0:
            e = i + size
            if not ((i and (text[i - 1] in letters or (i > 1 and text[i - 1] in _JOINERS and text[i - 2] in letters)))
                    or (e < n and (text[e] in letters or (e + 1 < n and text[e] in _JOINERS
                                                          and text[e + 1] in letters)))):
                starts.append(i)
            i = text.find(w, i + 1)
        out.append((w, counts[w], tuple(starts)))
    return tuple(out)


class _Slots(NamedTuple):
    """A table's weights split by the name of the context feature they belong to (the part of the feature before its
    '='): ``_Slots.pk["NAME"]`` is ``weights["pk=NAME"]``. ``_context_scores`` looks up each feature's value in its
    slot instead of building the feature's string, and adds the same weights in the same order as ``second_opinion``
    adding those of ``context_features``, so the sums are the same to the bit."""

    pc: dict[str, tuple[float, float]]
    p1: dict[str, tuple[float, float]]
    p2p1: dict[str, tuple[float, float]]
    p1sh: dict[str, tuple[float, float]]
    pk: dict[str, tuple[float, float]]
    n1: dict[str, tuple[float, float]]
    n1sh: dict[str, tuple[float, float]]
    nk: dict[str, tuple[float, float]]
    nc: dict[str, tuple[float, float]]
    p1_sh: dict[str, tuple[float, float]]  # "p1+sh"
    lowseen: dict[str, tuple[float, float]]
    midcap: dict[str, tuple[float, float]]
    cnt: dict[str, tuple[float, float]]
    fa: dict[str, tuple[float, float]]
    pw: dict[str, tuple[float, float]]
    n2: dict[str, tuple[float, float]]
    #: the weights of the features of a word with no neighbour before it ("p1=<>", "p2p1=<>_<>", "p1sh=-",
    #: "pk=None") and with none after it ("n1=<>", "n1sh=-", "nk=None"), in that order, those the table holds
    no_p1: tuple[tuple[float, float], ...]
    no_n1: tuple[tuple[float, float], ...]
    #: what a word brings as the neighbour before a word, by the word: its lower case and the weights of "p1" and
    #: "p1sh" (``before_of``), and as the one after: those of "n1" and "n1sh" (``after_of``)
    before: dict[str, tuple[str, tuple[float, float] | None, tuple[float, float] | None]]
    after: dict[str, tuple[tuple[float, float] | None, tuple[float, float] | None]]

    @classmethod
    def of(cls, table: Table) -> _Slots:
        names = [field.replace("_", "+") if field == "p1_sh" else field for field in cls._fields[:-4]]
        slots: dict[str, dict[str, tuple[float, float]]] = {name: {} for name in names}
        for feature, weight in table.weights.items():
            name, eq, value = feature.partition("=")
            if eq and name in slots:
                slots[name][value] = weight
        w = table.weights
        no_p1 = tuple(w[f] for f in ("p1=<>", "p2p1=<>_<>", "p1sh=-", "pk=None") if w.get(f))
        no_n1 = tuple(w[f] for f in ("n1=<>", "n1sh=-", "nk=None") if w.get(f))
        return cls(*(slots[name] for name in names), no_p1, no_n1, {}, {})

    def before_of(self, word: str) -> tuple[str, tuple[float, float] | None, tuple[float, float] | None]:
        if len(self.before) >= _NEIGHBOURS:
            self.before.clear()
        low = word.lower()
        entry = self.before[word] = (low, self.p1.get(low), self.p1sh.get(_shape(word)))
        return entry

    def after_of(self, word: str) -> tuple[tuple[float, float] | None, tuple[float, float] | None]:
        if len(self.after) >= _NEIGHBOURS:
            self.after.clear()
        entry = self.after[word] = (self.n1.get(word.lower()), self.n1sh.get(_shape(word)))
        return entry


#: "cnt"'s value for a count under 3.
_COUNTS = ("0", "1", "2")
#: How many neighbours ``_Slots.before`` and ``_Slots.after`` keep before they start again.
_NEIGHBOURS = 65536


_SLOT_TABLES: dict[int, tuple[Model, tuple[_Slots, _Slots]]] = {}


def _slot_tables(m: Model) -> tuple[_Slots, _Slots]:
    """The ``_Slots`` of ``m``'s tables (capitalized, lower), worked out once a model."""
    entry = _SLOT_TABLES.get(id(m))
    if entry is None or entry[0] is not m:
        entry = _SLOT_TABLES[id(m)] = (m, (_Slots.of(m.capitalized), _Slots.of(m.lower)))
    return entry[1]


def _context_scores(text: str, start: int, end: int, w: str, note: _Note, count: int, spans: Spans, s: _Slots,
                    own: tuple[float, float]) -> tuple[float, float]:
    """``own`` plus the summed weights of ``context_features`` of the word ``w`` at ``text[start:end]`` (which stands
    ``count`` times in the note) in ``s``'s table, added one by one in the order of those features, without building
    their strings (``s.before`` and ``s.after`` keep what a neighbour brings, whatever the note)."""
    zn, zl = own
    n = len(text)
    # the words before, read in the reversed text: a word there at (b, e) is the text's (n - e, n - b)
    m = _THREE_WORDS.match(note.reversed, n - start)
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    c = text[j] if j >= 0 else "^"
    x = s.pc.get("a" if c.isalnum() else c)
    if x:
        zn += x[0]
        zl += x[1]
    if m is not None and m.start(1) - (n - start) < _NEAR:
        b1, e1 = m.span(1)
        p1_word = text[n - e1:n - b1]
        neighbour = s.before.get(p1_word)
        if neighbour is None:
            neighbour = s.before_of(p1_word)
        p1_low, x, x_sh = neighbour
        if x:
            zn += x[0]
            zl += x[1]
        b2, e2 = m.span(2)
        x = s.p2p1.get(f"{text[n - e2:n - b2].lower()}_{p1_low}" if b2 >= 0 and b2 - e1 < _NEAR else f"<>_{p1_low}")
        if x:
            zn += x[0]
            zl += x[1]
        if x_sh:
            zn += x_sh[0]
            zl += x_sh[1]
        x = s.pk.get(f"{spans.kind(n - e1, n - b1)}")
        if x:
            zn += x[0]
            zl += x[1]
    else:
        p1_low = "<>"
        for x in s.no_p1:
            zn += x[0]
            zl += x[1]
    m2 = _TWO_WORDS.match(text, end)
    if m2 is not None and m2.start(1) - end < _NEAR:
        a1, f1 = m2.span(1)
        n1_word = text[a1:f1]
        neighbour = s.after.get(n1_word)
        if neighbour is None:
            neighbour = s.after_of(n1_word)
        x, x_sh = neighbour
        if x:
            zn += x[0]
            zl += x[1]
        if x_sh:
            zn += x_sh[0]
            zl += x_sh[1]
        x = s.nk.get(f"{spans.kind(a1, f1)}")
        if x:
            zn += x[0]
            zl += x[1]
        a2, f2 = m2.span(2)
        n2 = a2 >= 0 and a2 - f1 < _NEAR
    else:
        n2 = False
        for x in s.no_n1:
            zn += x[0]
            zl += x[1]
    k = end
    while k < n and text[k] in " \t":
        k += 1
    c = text[k] if k < n else "$"
    x = s.nc.get("a" if c.isalnum() else c)
    if x:
        zn += x[0]
        zl += x[1]
    x = s.p1_sh.get(p1_low + _shape(w))
    if x:
        zn += x[0]
        zl += x[1]
    x = s.lowseen.get("True" if w.lower() in note.lower_words else "False")
    if x:
        zn += x[0]
        zl += x[1]
    x = s.midcap.get("True" if w in note.inside else "False")
    if x:
        zn += x[0]
        zl += x[1]
    x = s.cnt.get(_COUNTS[count] if count < 3 else "3")
    if x:
        zn += x[0]
        zl += x[1]
    x = s.fa.get(spans.found_as(w) or "None")
    if x:
        zn += x[0]
        zl += x[1]
    if m is not None:
        # the second and third words before ("pw"), nearest first, if they end less than ``_BACK`` before the word
        b, e = m.span(2)
        if b >= 0 and start - (n - b) < _BACK:
            x = s.pw.get(text[n - e:n - b].lower())
            if x:
                zn += x[0]
                zl += x[1]
            b, e = m.span(3)
            if b >= 0 and start - (n - b) < _BACK:
                x = s.pw.get(text[n - e:n - b].lower())
                if x:
                    zn += x[0]
                    zl += x[1]
    if n2:
        x = s.n2.get(text[a2:f2].lower())
        if x:
            zn += x[0]
            zl += x[1]
    return zn, zl


_ONE_FACILITY_WORD = re.compile(rf"{FACILITY_WORD}")
_NOT_AN_IDENTIFIER_AFTER = EVENT_WORDS | NOT_PLACE_LAST_WORDS
#: How many words each way ``_generic_run`` reads (a facility's name is rarely longer).
_RUN = 6


def known_no_identifier(w: str) -> bool:
    """Whether what the rules know says the word ``w`` is no identifier wherever it stands, which the model was never
    shown: a clinical term, a state, a country or a people, a game or an app, a time of day, a part of the body, a
    Greek letter; a word in capitals (an abbreviation, or a note written
    in capitals, of which the sets hold few); a word of two or three letters no list holds ("Rt forearm", "OOB at
    Lib"); a word for an event, a meeting or a time ("Rounds"); in lower case, a month or a weekday ("april and
    may", which the date and name rules decide on), bedside shorthand ("pupils perl") or a state ("florida")."""
    low = w.lower()
    if (is_clinical(w) or is_state(w) or low in COUNTRIES or low in _NOT_AN_IDENTIFIER or w.isupper()
            or low in _NOT_AN_IDENTIFIER_AFTER
            or (len(w) <= 3 and not (lexicon.is_name_word(w) or lexicon.is_place(w)))):
        return True
    return w[0].islower() and (low in _CALENDAR_WORDS or low in BEDSIDE_SHORTHAND or is_state(w.title()))


#: Peoples, games and apps ("at Fortnite"), times of day ("at Noon") and the Sabbath ("home till Shabbos"), a letter's
#: "Dear" and what a family calls its elders ("Pa said"), parts of the body ("the Lower Back"), Greek letters, whose
#: houses the rules find whole ("Phi Beta Kappa" is an honor society), and medical specialties.
_NOT_AN_IDENTIFIER = PEOPLES | APPS_AND_GAMES | BODY_PARTS | GREEK_LETTER_SET | {"noon", "midnight", "midday"} | {
    "shabbos", "shabbat", "sabbath"} | {"dear", "pa", "ma"} | (
    # a hospital's departments and the specialties ("Referred to Interventional Radiology"), which the facility rule
    # reads after a name ("Northgate Pediatrics")
    frozenset("otolaryngology anesthesiology anesthesia surgery neurosurgery geriatrics hospitalist hospitalists "
              "radiology cardiology oncology neurology pathology urology dermatology nephrology pulmonology "
              "gastroenterology hematology endocrinology rheumatology orthopedics pediatrics psychiatry obstetrics "
              "gynecology ophthalmology".split()))
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())


def known_no_identifier_here(text: str, word: re.Match[str]) -> bool:
    """Whether the words around ``word`` say it is no identifier: before a word for an event, a meeting or a time
    ("at Grand Rounds", "at Family Night") or a part of the body ("the Lower Back"), the first word of a country's or
    a state's name ("from El Salvador"), an eponym as the rules know them ("Bell's palsy"), a game or an artist
    played or listened to ("plays Zelda"), a generic word after a state
    ("Washington State"), a word of a generic facility's name ("the Community Mental Health Center"), a saint's name
    ("st jude"), a lower-case word before a clinical one or right after "pt" or "cl", which the name rules judge ("pt
    dev hematoma"), a capitalized word right after "a" or "an" ("a Grant", "a Costco")."""
    start, end = word.span()
    after = _words_after(text, end)
    if after and _next_to(text, end, after[0][0]):
        following = text[slice(*after[0])].lower()
        if following in _NOT_AN_IDENTIFIER_AFTER or following in BODY_PARTS:
            return True  # "at Grand Rounds", "the Lower Back"
        if _country_or_state(text[start : after[0][1]]):
            return True  # "from El Salvador", "in New Mexico": the first word of a country's or a state's name
    before = _words_before(text, start)
    if before and _next_to(text, before[0][1], start) and _country_or_state(text[before[0][0] : end]):
        return True  # "the Great Lakes region", "South Dakota": the last word of a region's or a state's name
    if word.group()[0].isupper() and is_eponym_at(text, start, end):
        return True  # "Bell's palsy", "ACT per Hayes": what the rules know of eponyms
    if word.group()[0].isupper() and is_media_object(text, start, end):
        return True  # "plays Zelda", "listens to Drake": a game or an artist, as the name rules judge them
    previous = text[slice(*before[0])] if before else ""
    if word.group()[0].islower() and (clinical_word_after(text, end) or (
            previous in ("pt", "cl") and _next_to(text, before[0][1], start))):
        return True  # "pt dev hematoma": the name rules judge the word after "pt" and shorthand before a clinical word
    low = word.group().lower()
    if before and _next_to(text, before[0][1], start) and low in GENERIC_WORDS and is_state(previous):
        return True
    if before and before[0][1] >= start - 2 and previous.lower() in ("st", "saint", "san", "santa"):
        return True  # "prays to st jude": a saint (the rules find a place named for one)
    if word.group()[0].isupper() and _after_an_article(text, start):
        return True  # "applied for a Grant", "worked at a Costco", "a Win Win deal": a kind of thing, not a name
    return _generic_run(text, word.span())


def _after_an_article(text: str, start: int) -> bool:
    """Whether the capitalized word at ``start`` stands in a run of capitalized words right after "a" or "an"."""
    for _ in range(3):
        before = _words_before(text, start)
        if not (before and _next_to(text, before[0][1], start)):
            return False
        word = text[slice(*before[0])]
        if word in ("a", "an"):
            return True
        if not word[0].isupper():
            return False
        start = before[0][0]
    return False


def _country_or_state(name: str) -> bool:
    return name.lower() in COUNTRIES or is_state(name)


def _generic_run(text: str, word: Span) -> bool:
    """Whether ``word`` stands in a run of capitalized words that are all generic, facility, landform or clinical words
    ("the Community Mental Health Center", "The Lake", a nursing note's "Resp Care" header). Reads at most ``_RUN``
    words each way."""
    run = [word]
    for _ in range(_RUN):
        before = _words_before(text, run[0][0])
        if not (before and _next_to(text, before[0][1], run[0][0]) and text[before[0][0]].isupper()):
            break
        run.insert(0, before[0])
    for _ in range(_RUN):
        after = _words_after(text, run[-1][1])
        if not (after and _next_to(text, run[-1][1], after[0][0]) and text[after[0][0]].isupper()):
            break
        run.append(after[0])
    return all(w.lower() in GENERIC_WORDS or w.lower() in FUNCTION_WORDS or w.lower() in _LANDFORMS
               or _ONE_FACILITY_WORD.fullmatch(w) or is_clinical(w) for w in (text[s:e] for s, e in run))


#: Kinds of land and water, no place's name by themselves ("The Lake was calm").
_LANDFORMS = frozenset(
    "lake lakes river creek pond mountain mountains beach bay harbor harbour park woods forest valley canyon island "
    "hills desert ocean coast".split())


def _next_to(text: str, end: int, start: int) -> bool:
    """Whether a word that ends at ``end`` and one that begins at ``start`` stand one space apart."""
    return start - end == 1 and text[end] == " "
