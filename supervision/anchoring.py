"""Annotations that follow their text from one revision of a note to the next.

An annotation points at a span of one revision with a W3C Web Annotation selector: the quoted text
(``exact``), up to 32 characters on each side (``prefix``, ``suffix``) and the position (``start``,
``end``, Python code-point offsets). When a new revision is submitted, `reanchor` finds the span in the new
text, or returns None when the annotated words are gone:

>>> old = "Client was calm. She slept well."
>>> new = "Client arrived late.\\nClient was calm. She slept poorly."
>>> selector = make_selector(old, 0, 16)
>>> reanchor(old, selector, new)
(21, 37)
>>> reanchor(old, make_selector(old, 17, 32), new) is None
True

How:

1. **diff** - the server has both revisions, so the span is carried through a word-level diff of old to
   new (`supervision.textdiff`). It stays there if its words survived: at most a quarter of its
   characters edited (edit distance), each changed word still recognisable ("exam" -> "exams", a typo
   fixed), and its numbers unchanged.
2. **quote** and **fuzzy** - if the words are gone from their place, they may have moved: the quote is
   looked for verbatim, and with a typo or two (bit-parallel Myers/Sellers approximate matching, pinned
   where the span's neighbours went). The candidate with the most matching context wins, then the one
   with fewest edits, then the one nearest where the diff put it. The same search runs when the diff kept
   the words but not the sentence around them, in case the diff paired them with a look-alike.
3. Otherwise the result is None: the annotation is outdated.

A look-alike is never taken for the annotated words:

- text that the diff shows *unchanged* from elsewhere in the old revision was already there, beside the
  annotated words, and cannot be them (so a rewritten sentence's twin a paragraph below is refused),
  unless it sits in the annotated words' context better than in its own;
- a span found elsewhere must have brought the rest of its sentence along, word for word, and show 32
  characters of evidence (quote and matching context): formulaic notes repeat phrases, and "feeling
  calm, skipping meals" inserted below is not a moved "feeling flat, skipping meals";
- when the span's place is still there holding other words, the words were rewritten, and only the very
  same words elsewhere can be them;
- a quote kept by the diff must have kept most of its surroundings too ("of the" surviving in a
  rewritten sentence is a coincidence).

Matching ignores line-ending style, runs of whitespace and Unicode composition (NFC); offsets returned
are always into the real new text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property

from .textdiff import diff_text, token_offsets, tokenize

#: Characters of context stored on each side of the quote.
CONTEXT = 32
#: Most edits (as a share of the quote's length) for a span carried by the diff to keep its place.
MAX_EDIT_RATIO = 0.25
#: Most edits for a span found elsewhere (moved): one typo, or about one per two words. A wider bound
#: would take "feeling calm, skipping meals" for a moved "feeling flat, skipping meals" in formulaic notes.
MOVED_EDIT_RATIO = 1 / 12
#: Characters of quote and matching context a span found elsewhere (moved) must show.
SELF_EVIDENT_LENGTH = 32
#: How far (in characters) the rest of a span's sentence is compared when the span is found moved.
SENTENCE_REACH = 160
#: Characters of the prefix tail (suffix head) looked for when searching where the text moved.
_ANCHOR_LENGTH = 12
#: Occurrences of a quote considered at most (a one-letter quote in a long note has thousands).
_MAX_OCCURRENCES = 2_000
#: Largest changed stretch (tokens on one side times tokens on the other) aligned word by word; a larger
#: one was rewritten wholesale, and any place in it is as good a guess.
_MAX_ALIGN_PAIRS = 10_000

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")  # runs of whitespace, and single whitespace other than " "
_LONG_SPACE_RUN = re.compile(r"\s{2,}")
_SPACE_OR_NOT = re.compile(r"\s+|\S+")
_LINE_BREAK = re.compile(r"\s*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]\s*")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?= |$)")


@dataclass(frozen=True, slots=True)
class Selector:
    """Where an annotation points: a W3C TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector.

    ``start`` and ``end`` are code-point offsets into the revision's text (Python string indices, not
    the browser's UTF-16 offsets: convert those with `utf16_to_codepoint`).
    """

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a span was found in the new text, how sure the match is (0-1), and which step found it.

    ``method`` is "diff" (carried through the revision diff), "quote" (found verbatim, moved) or
    "fuzzy" (found with small edits). ``confidence`` is 1.0 only for unchanged words.
    """

    start: int
    end: int
    confidence: float
    method: str


def make_selector(text: str, start: int, end: int, context: int = CONTEXT) -> Selector:
    """The selector of ``text[start:end]`` with ``context`` characters of prefix and suffix.

    Raises ValueError if the span is empty or not within ``text``.
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}:{end} is empty or outside a text of {len(text)} characters")
    return Selector(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        start=start,
        end=end,
    )


def utf16_to_codepoint(text: str, offset: int) -> int:
    """Convert a UTF-16 offset (as JavaScript's Range and Selection report it) into a Python index.

    Raises ValueError if ``offset`` is negative, beyond the end of ``text``, or between the two halves of
    a surrogate pair (an emoji or other character outside the Basic Multilingual Plane).
    """
    if offset < 0:
        raise ValueError(f"negative UTF-16 offset {offset}")
    astral_before = 0
    for match in _ASTRAL.finditer(text):
        unit = match.start() + astral_before  # this character's own UTF-16 offset
        if unit >= offset:
            break
        if unit + 1 == offset:
            raise ValueError(f"UTF-16 offset {offset} falls inside the surrogate pair of {match.group()!r}")
        astral_before += 1
    codepoint = offset - astral_before
    if codepoint > len(text):
        raise ValueError(f"UTF-16 offset {offset} is beyond the end of the text")
    return codepoint


def codepoint_to_utf16(text: str, offset: int) -> int:
    """Convert a Python index into ``text`` into a UTF-16 offset, for the browser.

    Raises ValueError if ``offset`` is negative or beyond the end of ``text``.
    """
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset} is outside a text of {len(text)} characters")
    return offset + len(_ASTRAL.findall(text, 0, offset))


def find_quote(
    text: str, exact: str, prefix: str = "", suffix: str = "", hint: int | None = None
) -> tuple[int, int] | None:
    """Where a text-quote selector points in ``text``, as ``(start, end)``; None if ``exact`` is not there.

    Among several occurrences of ``exact``, the one whose surroundings match ``prefix`` and ``suffix``
    best wins, then the one nearest ``hint`` (a code-point offset). Line endings and runs of whitespace do
    not have to match. A blank ``exact`` is found nowhere.
    """
    return _find_quote(_Normalized(text), exact, prefix, suffix, hint)


def locate(old_text: str, selector: Selector | Mapping, new_text: str) -> Anchor | None:
    """Find the span that ``selector`` marks in ``old_text`` again in ``new_text``.

    Returns the span's place in ``new_text`` with a confidence and the step that found it, or None when
    the annotated words were deleted or rewritten (the annotation is then outdated). A selector whose
    position does not match ``old_text`` is placed there by its quote and context first; one whose quote
    is empty or not in ``old_text`` at all gives None.

    Raises ValueError if ``selector`` is a mapping without a string "exact", TypeError if it is neither a
    `Selector` nor a mapping.
    """
    return _RevisionPair(old_text, new_text).locate(selector)


def reanchor(old_text: str, selector: Selector | Mapping, new_text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the selected span in ``new_text``, or None when its words are gone.

    ``selector`` is a `Selector` or a mapping with the same keys (prefix, suffix, start and end may be
    missing). Raises ValueError or TypeError for a malformed selector, as `locate` does.
    """
    anchor = locate(old_text, selector, new_text)
    return None if anchor is None else (anchor.start, anchor.end)


def reanchor_many(old_text: str, selectors: Iterable[Selector | Mapping], new_text: str) -> list[Anchor | None]:
    """`locate` every selector, normalising and diffing the two revisions once for all of them.

    Raises ValueError or TypeError for a malformed selector, as `locate` does.
    """
    pair = _RevisionPair(old_text, new_text)
    return [pair.locate(selector) for selector in selectors]


class _RevisionPair:
    """Two revisions of a note, normalised and diffed once, to locate any number of selectors."""

    def __init__(self, old_text: str, new_text: str) -> None:
        self.old = _Normalized(old_text)
        self.new = _Normalized(new_text)
        self._diff: _Diff | None = None

    @property
    def diff(self) -> _Diff:
        if self._diff is None:
            self._diff = _Diff(self.old.text, self.new.text)
        return self._diff

    def locate(self, selector: Selector | Mapping) -> Anchor | None:
        """See `locate`."""
        selector = _as_selector(selector)
        old_span = self._old_span(selector)
        if old_span is None:
            return None
        if self.old.real == self.new.real:
            return Anchor(old_span[0], old_span[1], 1.0, "diff")
        span = _Search(self, *self.old.norm_span(*old_span)).run()
        if span is None:
            return None
        start, end, confidence, method = span
        real_start, real_end = self.new.real_span(start, end)
        return Anchor(real_start, real_end, round(confidence, 3), method)

    def _old_span(self, selector: Selector) -> tuple[int, int] | None:
        """The selector's span in the real old text: its position if the quote is there, else found by quote."""
        text = self.old.real
        start, end = selector.start, selector.end
        if selector.exact and 0 <= start < end <= len(text):
            found = text[start:end]
            if found == selector.exact or _normalize(found) == _normalize(selector.exact):
                return start, end
        return _find_quote(self.old, selector.exact, selector.prefix, selector.suffix, start)


class _Search:
    """The steps for one span; positions are in the normalised texts."""

    def __init__(self, pair: _RevisionPair, start: int, end: int) -> None:
        self.pair, self.diff = pair, pair.diff
        self.old, self.new = pair.old.text, pair.new.text
        self.start, self.end = start, end
        self.quote = self.old[start:end]
        self.budget = int(len(self.quote) * MAX_EDIT_RATIO)
        self.moved_budget = min(self.budget, max(1, int(len(self.quote) * MOVED_EDIT_RATIO)))
        self.prefix = self.old[max(0, start - CONTEXT) : start]
        self.suffix = self.old[end : end + CONTEXT]
        # Evidence asked of a span found elsewhere, in characters of quote and matching context (less only
        # when the old text has no more to give).
        self.evidence = min(SELF_EVIDENT_LENGTH, len(self.quote) + len(self.prefix) + len(self.suffix))
        # Whether the span begins/ends at a word boundary: a match elsewhere must then do the same, so that
        # "anxious" is not found inside "anxiously".
        self.word_start = _at_word_boundary(self.old, start)
        self.word_end = _at_word_boundary(self.old, end)

    @cached_property
    def pattern(self) -> _Pattern:
        return _Pattern(self.quote)

    @cached_property
    def sentence(self) -> tuple[str, str]:
        """The rest of the span's sentence before and after it: a span that moves takes its sentence along."""
        sentence_start, sentence_end = self.pair.old.sentence_around(self.start, self.end)
        return self.old[sentence_start : self.start], self.old[self.end : sentence_end]

    def run(self) -> tuple[int, int, float, str] | None:
        home = self.diff.carry(self.start, self.end, self.budget)
        if home.distance is None:
            home = self._regather(home)
        distance = home.distance
        # A quote that the diff keeps while most of the text around it changed is a coincidence of words
        # ("of the" in a sentence rewritten around it), not the annotated words.
        if (
            distance is not None
            and home.around >= 0.5
            and (distance == 0 or _same_words(self.quote, self.new[home.start : home.end]))
        ):
            placed = home.start, home.end, 1.0 - distance / len(self.quote), "diff"
            if self._moved_along(home.start, home.end):
                return placed
            # The sentence around it changed. A diff pairs words, not sentences: if the whole sentence is
            # found in text the new revision inserted, the diff paired the span with a look-alike.
            return self._relocate(home, approximate=True) or placed
        if not self.quote.strip():
            return None  # blank space has no words to look for elsewhere
        # When the span's place is still there holding other words, the words were rewritten: only the very
        # same words elsewhere can be them (moved, with something new written in their place).
        return self._relocate(home, approximate=not (home.kept and home.end > home.start))

    def _relocate(self, home: _Home, approximate: bool) -> tuple[int, int, float, str] | None:
        """The span found elsewhere, verbatim (and with a typo or two if ``approximate``), or None.

        A candidate needs the rest of the span's sentence around it, enough evidence, and text that is not
        another place's (`_acceptable`); the one with the most matching context wins, then the one with the
        fewest edits, then the one nearest where the diff put the span.
        """
        candidates = self._verbatim()
        if approximate:
            candidates += self._approximate()
        best: tuple[tuple[int, int, int], int, int, int] | None = None
        for start, end, distance in candidates:
            if distance > self.moved_budget or not self._moved_along(start, end):
                continue
            context = self._context(start, end)
            if len(self.quote) + context < self.evidence or not self._acceptable(start, end):
                continue
            if distance and not _same_words(self.quote, self.new[start:end]):
                continue
            rank = (context, -distance, -abs(start - home.start))
            if best is None or rank > best[0]:
                best = (rank, start, end, distance)
        if best is None:
            return None
        _, start, end, distance = best
        if distance == 0:
            return start, end, 0.9, "quote"
        return start, end, 0.9 * (1.0 - distance / len(self.quote)), "fuzzy"

    def _regather(self, home: _Home) -> _Home:
        """Measure the span again from its longer unchanged edge, for when the diff tore it apart.

        A diff matches words, not meaning: if a sentence beginning with the span's first word was inserted
        just before it, the diff may pair that first word with the newcomer and leave the span's own copy,
        lightly edited, behind a long insertion.
        """
        pattern, new, budget = self.pattern, self.new, self.budget
        if home.tail > home.lead:
            options = [(start, home.end, d) for start, d in pattern.starts_to(new, home.end, budget)]
        elif home.lead:
            options = [(home.start, end, d) for end, d in pattern.ends_from(new, home.start, budget)]
        else:
            return home
        options = [option for option in options if self._fits(option[0], option[1])]
        if not options:
            return home
        # Fewest edits; then the edge the stored context agrees with ("afte" + "." over "afte." for "after").
        m = len(self.quote)
        start, end, distance = min(options, key=lambda o: (o[2], -self._context(o[0], o[1]), abs(o[1] - o[0] - m)))
        return _Home(start, end, distance, home.kept, home.around, home.lead, home.tail)

    def _verbatim(self) -> list[tuple[int, int, int]]:
        """Every occurrence of the quote in the new text."""
        m = len(self.quote)
        return [(pos, pos + m, 0) for pos in _occurrences(self.new, self.quote)]

    def _approximate(self) -> list[tuple[int, int, int]]:
        """Places where the quote may be with edits: ``(start, end, distance)``.

        The edges are pinned where the span's neighbours went: right after the prefix's last characters,
        right before the suffix's first ones. Where both are found close together, the text between them is
        the span, however much edited; where one is, every other edge within the budget is a candidate. A
        long quote whose neighbours did not move with it is searched for everywhere (`_anywhere`).
        """
        m, k = len(self.quote), self.moved_budget
        if k == 0:
            return []  # no edits allowed: the verbatim search has said it all
        pattern = self.pattern
        # Only edges with the rest of the sentence beside them can make a candidate (see `_moved_along`).
        left, right = self.sentence
        starts = self._pins(self.prefix[-_ANCHOR_LENGTH:], after=True)
        starts = [p for p in starts if self.new.startswith(left, p - len(left))]
        ends = [p for p in self._pins(self.suffix[:_ANCHOR_LENGTH], after=False) if self.new.startswith(right, p)]
        pairs = [(start, end) for start in starts for end in ends if start < end <= start + 2 * m + k]
        found = [(start, end, _levenshtein(self.quote, self.new[start:end], k)) for start, end in pairs]
        paired_starts, paired_ends = {start for start, _ in pairs}, {end for _, end in pairs}
        for start in starts:
            if start not in paired_starts:
                found += [(start, end, d) for end, d in pattern.ends_from(self.new, start, k)]
        for end in ends:
            if end not in paired_ends:
                found += [(start, end, d) for start, d in pattern.starts_to(self.new, end, k)]
        if not found and m >= SELF_EVIDENT_LENGTH:
            found = self._anywhere(k)
        return found

    def _anywhere(self, k: int) -> list[tuple[int, int, int]]:
        """The quote with at most ``k`` edits anywhere in the new text (Sellers' search, filtered).

        With k edits, one of k + 1 pieces of the quote is intact (pigeonhole): the search only runs around
        the places where a piece is found verbatim.
        """
        m = len(self.quote)
        size = m // (k + 1)
        windows = []
        for i in range(k + 1):
            offset = i * size
            piece = self.quote[offset : offset + size] if i < k else self.quote[offset:]
            windows += [(pos - offset - k, pos - offset + m + k) for pos in _occurrences(self.new, piece)]
        found = []
        for lo, hi in _merge_windows(windows, len(self.new)):
            found += self.pattern.search(self.new, lo, hi, k)
        return found

    def _pins(self, anchor: str, after: bool) -> list[int]:
        """Where ``anchor`` (a piece of the span's context) occurs in the new text: the offset just after
        each occurrence (``after``) or at it. (Whose text it is, is asked of the candidates they give.)"""
        if len(anchor.strip()) < 4:
            return []  # a space and a comma pin nothing
        return [pos + len(anchor) if after else pos for pos in _occurrences(self.new, anchor)]

    def _moved_along(self, start: int, end: int) -> bool:
        """Whether the rest of the span's sentence surrounds new[start:end] too, word for word.

        Formulaic notes repeat phrases: "feeling flat, skipping meals" and "feeling calm, skipping meals"
        share their last words, but a span that moved brought its own sentence with it.
        """
        left, right = self.sentence
        return self.new.startswith(left, start - len(left)) and self.new.startswith(right, end)

    def _acceptable(self, start: int, end: int) -> bool:
        """Whether new[start:end] may receive the span: edges like the quote's, and not text from elsewhere."""
        if not self._fits(start, end):
            return False
        if self.diff.foreign_share(start, end, self.start, self.end) < 0.5:
            return True
        # The diff says this text was in the old revision elsewhere. The diff pairs words, not sentences, so
        # believe it unless the text sits better in the span's own context than in that other place's.
        other_start, other_end = self.diff.origin(start, end)
        other_prefix = self.old[max(0, other_start - CONTEXT) : other_start]
        other_suffix = self.old[other_end : other_end + CONTEXT]
        return self._context(start, end) > _context_match(self.new, start, end, other_prefix, other_suffix)

    def _fits(self, start: int, end: int) -> bool:
        """Whether new[start:end] begins and ends the way the quote does (at word boundaries, spaces)."""
        if start >= end:
            return False
        if self.word_start and not _at_word_boundary(self.new, start):
            return False
        if self.word_end and not _at_word_boundary(self.new, end):
            return False
        # A span that starts (ends) with a word must not be found starting (ending) with a space, and back.
        quote, new = self.quote, self.new
        return quote[0].isspace() == new[start].isspace() and quote[-1].isspace() == new[end - 1].isspace()

    def _context(self, start: int, end: int) -> int:
        return _context_match(self.new, start, end, self.prefix, self.suffix)


@dataclass(frozen=True, slots=True)
class _Home:
    """Where the diff carries a span: new[start:end], and its edit distance if within budget.

    ``kept``: the span's surroundings mostly survived, so its place is still there. ``around``: the share
    of the span and its stored context that the diff shows unchanged. ``lead``, ``tail``: how many of its
    own first and last characters the diff shows unchanged.
    """

    start: int
    end: int
    distance: int | None
    kept: bool
    around: float
    lead: int
    tail: int


class _Diff:
    """The word diff of two normalised texts, as character ranges, with the questions the search asks."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        self.ops = diff_text(old, new)
        self._old_ends = [op[2] for op in self.ops]
        self._equal = [op for op in self.ops if op[0] == "equal"]
        self._equal_new_ends = [op[4] for op in self._equal]

    def carry(self, start: int, end: int, budget: int) -> _Home:
        """Carry old[start:end] through the diff into the new text.

        The distance is the edit distance between the span and where it lands, or None above ``budget``;
        the landing place is returned either way, as a hint of where the span would be.
        """
        if not self.ops:
            return _Home(0, 0, None, False, 0, 0, 0)
        last_op = len(self.ops) - 1
        # The change holding old[start] and the one holding old[end - 1]: insertions at either edge stay out.
        first = min(bisect_right(self._old_ends, start), last_op)
        last = min(bisect_left(self._old_ends, end), last_op)
        new_start = self._map(self.ops[first], start, False)
        new_end = max(new_start, self._map(self.ops[last], end, True))
        # The span's surroundings, as far as its stored context reaches: mostly unchanged means its place
        # is still there. (Its nearest neighbours alone would not do: two rewritten sentences still share
        # spaces and the odd "of the", and the diff keeps those.)
        before, after = self.unchanged(start - CONTEXT, start), self.unchanged(end, end + CONTEXT)
        kept = 2 * before >= min(CONTEXT, start) and 2 * after >= min(CONTEXT, len(self.old) - end)
        head_op, tail_op = self.ops[first], self.ops[last]
        lead = min(head_op[2], end) - start if head_op[0] == "equal" else 0
        tail = end - max(tail_op[1], start) if tail_op[0] == "equal" else 0
        # Summing the edits of the diff's changes inside the span is cheap and exact for the usual small
        # edits; when it says "too many", the edit distance proper (never larger) has the last word.
        distance = 0
        for tag, i1, i2, j1, j2 in self.ops[first : last + 1]:
            if tag == "equal":
                continue
            removed = self.old[max(i1, start) : min(i2, end)]
            added = self.new[max(j1, new_start) : min(j2, new_end)]
            if tag == "replace":
                distance += _levenshtein(removed, added, budget - distance)
            else:
                distance += len(removed) + len(added)
            if distance > budget:
                distance = _levenshtein(self.old[start:end], self.new[new_start:new_end], budget)
                break
        distance = distance if distance <= budget else None
        window = min(len(self.old), end + CONTEXT) - max(0, start - CONTEXT)
        around = (before + self.unchanged(start, end) + after) / window
        return _Home(new_start, new_end, distance, kept, around, lead, tail)

    def unchanged(self, lo: int, hi: int) -> int:
        """How many characters of old[lo:hi] the diff shows unchanged."""
        lo, hi = max(0, lo), min(len(self.old), hi)
        total = 0
        k = bisect_right(self._old_ends, lo)
        while k < len(self.ops) and self.ops[k][1] < hi:
            tag, i1, i2 = self.ops[k][:3]
            if tag == "equal":
                total += max(0, min(i2, hi) - max(i1, lo))
            k += 1
        return total

    def origin(self, start: int, end: int) -> tuple[int, int]:
        """Where in the old text the diff says new[start:end] comes from (through its largest unchanged part)."""
        k = bisect_right(self._equal_new_ends, start)
        best, overlap = None, 0
        while k < len(self._equal) and self._equal[k][3] < end:
            op = self._equal[k]
            if min(op[4], end) - max(op[3], start) > overlap:
                best, overlap = op, min(op[4], end) - max(op[3], start)
            k += 1
        if best is None:
            return start, end
        shift = best[1] - best[3]
        return max(0, start + shift), min(len(self.old), end + shift)

    def _map(self, op: tuple[str, int, int, int, int], pos: int, is_end: bool) -> int:
        tag, i1, i2, j1, j2 = op
        if tag == "equal":
            return j1 + min(pos - i1, j2 - j1)
        if pos <= i1:
            return j1
        if pos >= i2 or tag == "delete":
            return j2
        return j1 + _align(self.old[i1:i2], self.new[j1:j2], pos - i1, is_end)

    def foreign_share(self, start: int, end: int, old_start: int, old_end: int) -> float:
        """The share of new[start:end] the diff shows unchanged from old text outside old[old_start:old_end].

        Such text was already in the old revision beside the annotated words, so it cannot be those words.
        """
        if end <= start:
            return 0.0
        foreign = 0
        k = bisect_right(self._equal_new_ends, start)
        while k < len(self._equal) and self._equal[k][3] < end:
            _, i1, _, j1, j2 = self._equal[k]
            lo, hi = max(j1, start), min(j2, end)
            if lo < hi:
                old_lo, old_hi = i1 + lo - j1, i1 + hi - j1
                own = max(0, min(old_hi, old_end) - max(old_lo, old_start))
                foreign += (hi - lo) - own
            k += 1
        return foreign / (end - start)


class _Normalized:
    """A text with line endings and whitespace runs collapsed to one space and Unicode in NFC.

    ``text`` is the normalised form; the map between its offsets and the real ones is kept as a sorted list
    of *pieces*, stretches of real text that became a different number of characters (a "\\r\\n" that
    became " ", an "e" with a combining accent that became "é"). Between pieces offsets shift linearly.
    """

    __slots__ = ("real", "text", "_norm_starts", "_norm_ends", "_real_starts", "_real_ends", "_breaks")

    def __init__(self, real: str) -> None:
        self.real = real
        pieces: list[tuple[int, int, str]]  # (real start, real end, normalised text)
        if real.isascii() or unicodedata.is_normalized("NFC", real):
            self.text = _SPACE_RUN.sub(" ", real)
            pieces = [(m.start(), m.end(), " ") for m in _LONG_SPACE_RUN.finditer(real)]
        else:
            pieces = _nfc_pieces(real)
            parts, at = [], 0
            for a, b, replacement in pieces:
                parts += (real[at:a], replacement)
                at = b
            parts.append(real[at:])
            self.text = "".join(parts)
        self._norm_starts: list[int] = []
        self._norm_ends: list[int] = []
        self._real_starts: list[int] = []
        self._real_ends: list[int] = []
        shift = 0  # normalised offset minus real offset, so far
        for a, b, replacement in pieces:
            if b - a == len(replacement) == 1:
                continue  # one character for one: offsets still shift linearly
            self._real_starts.append(a)
            self._real_ends.append(b)
            self._norm_starts.append(a + shift)
            shift += len(replacement) - (b - a)
            self._norm_ends.append(b + shift)
        self._breaks: list[int] | None = None

    def sentence_around(self, start: int, end: int) -> tuple[int, int]:
        """Where the sentence (or line) holding text[start:end] begins and ends, within SENTENCE_REACH."""
        if self._breaks is None:
            # Normalising turned line breaks into spaces; remember where, since a line ends a sentence.
            self._breaks = [self._to_norm(m.start(), False) for m in _LINE_BREAK.finditer(self.real)]
        lo = max(0, start - SENTENCE_REACH)
        begin = lo
        for match in _SENTENCE_END.finditer(self.text, lo, start):
            begin = min(match.end() + 1, start)
        k = bisect_left(self._breaks, start) - 1
        if k >= 0:
            begin = max(begin, min(self._breaks[k] + 1, start))
        hi = min(len(self.text), end + SENTENCE_REACH)
        match = _SENTENCE_END.search(self.text, end, hi)
        finish = match.end() if match else hi
        k = bisect_left(self._breaks, end)
        if k < len(self._breaks):
            finish = min(finish, max(self._breaks[k], end))
        return begin, finish

    def norm_span(self, start: int, end: int) -> tuple[int, int]:
        """The normalised range covering real[start:end] (a piece partly covered counts whole)."""
        norm_start = self._to_norm(start, False)
        return norm_start, self._to_norm(end, True) if end > start else norm_start

    def real_span(self, start: int, end: int) -> tuple[int, int]:
        """The real range covering norm[start:end] (a piece partly covered counts whole)."""
        real_start = self._to_real(start, False)
        return real_start, self._to_real(end, True) if end > start else real_start

    def _to_norm(self, pos: int, is_end: bool) -> int:
        return self._convert(pos, is_end, self._real_starts, self._real_ends, self._norm_starts, self._norm_ends)

    def _to_real(self, pos: int, is_end: bool) -> int:
        return self._convert(pos, is_end, self._norm_starts, self._norm_ends, self._real_starts, self._real_ends)

    @staticmethod
    def _convert(
        pos: int, is_end: bool, from_starts: list[int], from_ends: list[int], to_starts: list[int], to_ends: list[int]
    ) -> int:
        # An end offset is placed by the character before it, a start offset by the character at it.
        k = bisect_right(from_starts, pos - 1 if is_end else pos) - 1
        if k < 0:
            return pos
        if pos < from_ends[k] or (is_end and pos == from_ends[k]):
            return to_ends[k] if is_end else to_starts[k]
        return to_ends[k] + pos - from_ends[k]


def _nfc_pieces(real: str) -> list[tuple[int, int, str]]:
    """The pieces of a text that is not in NFC: whitespace runs, and the clusters NFC changes."""
    pieces: list[tuple[int, int, str]] = []
    for match in _SPACE_OR_NOT.finditer(real):
        a, b, chunk = match.start(), match.end(), match.group()
        if chunk.isspace():
            if chunk != " ":
                pieces.append((a, b, " "))
        elif not unicodedata.is_normalized("NFC", chunk):
            pieces += _nfc_clusters(chunk, a)
    return pieces


def _nfc_clusters(chunk: str, offset: int) -> list[tuple[int, int, str]]:
    """NFC changes of one run of non-space characters, cluster by cluster.

    A cluster starts at a character of combining class 0 and takes the marks after it; two clusters are
    joined when NFC composes across them (Hangul syllables, some Indic vowel signs).
    """
    starts = [i for i, c in enumerate(chunk) if i == 0 or unicodedata.combining(c) == 0] + [len(chunk)]
    clusters: list[tuple[int, int]] = []
    for a, b in zip(starts, starts[1:]):
        if clusters:
            pa, pb = clusters[-1]
            joined = unicodedata.normalize("NFC", chunk[pa:b])
            if joined != unicodedata.normalize("NFC", chunk[pa:pb]) + unicodedata.normalize("NFC", chunk[a:b]):
                clusters[-1] = (pa, b)
                continue
        clusters.append((a, b))
    pieces = []
    for a, b in clusters:
        composed = unicodedata.normalize("NFC", chunk[a:b])
        if composed != chunk[a:b]:
            pieces.append((offset + a, offset + b, composed))
    return pieces


def _normalize(text: str) -> str:
    return _Normalized(text).text


class _Pattern:
    """A quote prepared for bit-parallel edit-distance search (Myers 1999, in Hyyrö's formulation).

    Each text character updates a whole column of the dynamic-programming table at once, as the bits of
    Python integers, so the cost is one short loop step per text character whatever the quote's length.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.masks = _char_masks(pattern)
        self.reversed_masks = _char_masks(pattern[::-1])

    def ends_from(self, text: str, start: int, budget: int) -> list[tuple[int, int]]:
        """Every ``(end, distance)`` within ``budget`` for a match that starts at ``start``."""
        m = len(self.pattern)
        scores = _myers(self.masks, m, text[start : start + m + budget], anchored=True)
        return [(start + n, d) for n, d in enumerate(scores, 1) if d <= budget]

    def starts_to(self, text: str, end: int, budget: int) -> list[tuple[int, int]]:
        """Every ``(start, distance)`` within ``budget`` for a match that ends at ``end``."""
        m = len(self.pattern)
        backwards = text[max(0, end - m - budget) : end][::-1]
        scores = _myers(self.reversed_masks, m, backwards, anchored=True)
        return [(end - n, d) for n, d in enumerate(scores, 1) if d <= budget]

    def search(self, text: str, lo: int, hi: int, budget: int) -> list[tuple[int, int, int]]:
        """Matches within ``budget`` edits anywhere in text[lo:hi] (Sellers), as (start, end, distance).

        For each run of consecutive match ends, the end with fewest edits and every start that fits it.
        """
        scores = _myers(self.masks, len(self.pattern), text[lo:hi], anchored=False)
        found = []
        k = 0
        while k < len(scores):
            if scores[k] > budget:
                k += 1
                continue
            run_end = k
            while run_end + 1 < len(scores) and scores[run_end + 1] <= budget:
                run_end += 1
            end = lo + min(range(k, run_end + 1), key=scores.__getitem__) + 1
            found += [(start, end, d) for start, d in self.starts_to(text, end, budget)]
            k = run_end + 1
        return found


def _char_masks(pattern: str) -> dict[str, int]:
    masks: dict[str, int] = {}
    for i, c in enumerate(pattern):
        masks[c] = masks.get(c, 0) | (1 << i)
    return masks


def _myers(masks: dict[str, int], m: int, text: str, anchored: bool) -> list[int]:
    """Edit distances between the pattern and text ending at each text position.

    With ``anchored`` the text side starts at text[0] (global edit distance of the pattern against each
    prefix of ``text``); without, anywhere (the best substring ending there: Sellers' search).
    """
    full = (1 << m) - 1
    high = 1 << (m - 1)
    vp, vn, score = full, 0, m
    scores = []
    get = masks.get
    for c in text:
        eq = get(c, 0)
        xv = eq | vn
        xh = (((eq & vp) + vp) ^ vp) | eq
        hp = vn | (~(xh | vp) & full)
        hn = vp & xh
        if hp & high:
            score += 1
        elif hn & high:
            score -= 1
        hp = ((hp << 1) | anchored) & full
        hn = (hn << 1) & full
        vp = hn | (~(xv | hp) & full)
        vn = hp & xv
        scores.append(score)
    return scores


def _same_words(quote: str, text: str) -> bool:
    """Whether ``text`` says what ``quote`` says, give or take typos and added or dropped words.

    Edits within the budget are not all small: "mood was low" -> "mood was good" is three letters, and a
    different statement. So a changed word must stay recognisable (grown or shortened, as "exam" ->
    "exams", or at most a third of its letters edited), and numbers (scores, doses, counts) must not
    change at all.
    """
    a, b = tokenize(quote), tokenize(text)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if _DIGIT.search(removed) or _DIGIT.search(added):
            return False
        if tag == "replace" and removed not in added and added not in removed:
            if _levenshtein(removed, added, len(removed)) > max(1, len(removed) // 3):
                return False
    return True


def _levenshtein(a: str, b: str, budget: int) -> int:
    """Edit distance between ``a`` and ``b``, or any number above ``budget`` once it is known to exceed it."""
    if abs(len(a) - len(b)) > budget:
        return budget + 1
    if not a or not b:
        return max(len(a), len(b))
    if a == b:
        return 0
    return _myers(_char_masks(a), len(a), b, anchored=True)[-1]


def _align(old: str, new: str, pos: int, is_end: bool, by_letter: bool = False) -> int:
    """The offset in ``new`` that corresponds to offset ``pos`` inside ``old`` (one changed stretch).

    Aligned word by word, then letter by letter inside a changed word. Characters inserted at ``pos`` fall
    outside the span: after a start, before an end.
    """
    a, b = (list(old), list(new)) if by_letter else (tokenize(old), tokenize(new))
    if len(a) * len(b) > _MAX_ALIGN_PAIRS:
        return min(len(new), pos * len(new) // len(old))
    a_at, b_at = token_offsets(a), token_offsets(b)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        lo, hi = a_at[i1], a_at[i2]
        if not ((lo < pos <= hi) if is_end else (lo <= pos < hi)):
            continue
        if tag == "equal":
            return b_at[j1] + pos - lo
        if lo < pos < hi and tag == "replace" and not by_letter:
            return b_at[j1] + _align(old[lo:hi], new[b_at[j1] : b_at[j2]], pos - lo, is_end, by_letter=True)
        return b_at[j2] if is_end else b_at[j1]
    return len(new) if is_end else 0


def _find_quote(text: _Normalized, exact: str, prefix: str, suffix: str, hint: int | None) -> tuple[int, int] | None:
    """`find_quote` in an already normalised text."""
    quote = _normalize(exact)
    if not quote.strip():
        return None
    prefix, suffix = _normalize(prefix), _normalize(suffix)
    if hint is not None and 0 <= hint <= len(text.real):
        hint = text.norm_span(hint, hint)[0]
    else:
        hint = None
    best: tuple[tuple[int, int], int] | None = None
    for pos in _occurrences(text.text, quote):
        context = _context_match(text.text, pos, pos + len(quote), prefix, suffix)
        rank = (context, -abs(pos - hint) if hint is not None else 0)
        if best is None or rank > best[0]:
            best = (rank, pos)
    return None if best is None else text.real_span(best[1], best[1] + len(quote))


def _occurrences(text: str, quote: str) -> Iterable[int]:
    pos = text.find(quote)
    count = 0
    while pos >= 0 and count < _MAX_OCCURRENCES:
        yield pos
        count += 1
        pos = text.find(quote, pos + 1)


def _merge_windows(windows: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted((max(0, lo), min(n, hi)) for lo, hi in windows):
        if lo >= hi:
            continue
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _context_match(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of ``prefix`` and ``suffix`` surround text[start:end] (from the span outward)."""
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    return _common_prefix(prefix[::-1], before[::-1]) + _common_prefix(suffix, after)


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_" or unicodedata.category(c).startswith("M")


def _at_word_boundary(text: str, pos: int) -> bool:
    return pos <= 0 or pos >= len(text) or not (_is_word_char(text[pos - 1]) and _is_word_char(text[pos]))


def _as_selector(selector: Selector | Mapping) -> Selector:
    if isinstance(selector, Selector):
        return selector
    if not isinstance(selector, Mapping):
        raise TypeError(f"a selector is a Selector or a mapping, not {type(selector).__name__}")
    exact = selector.get("exact")
    if not isinstance(exact, str):
        raise ValueError("a selector needs its quoted text as a string under 'exact'")

    def position(key: str) -> int:
        value = selector.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else -1

    return Selector(
        exact=exact,
        prefix=str(selector.get("prefix") or ""),
        suffix=str(selector.get("suffix") or ""),
        start=position("start"),
        end=position("end"),
    )
