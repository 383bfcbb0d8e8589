"""Small helpers that read the text around a position (used by several detectors)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

#: Capital and small letters of the Latin alphabets names and places are written in (Latin-1, Latin Extended-A,
#: and the Vietnamese letters of Latin Extended Additional as small letters).
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
LOWER = "ʻa-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžșțḀ-ỿ"
_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z'’.-]*)[\s,:;(\"“]*$")
_NEXT_WORD = re.compile(r"^[\s,:;)\"”]*([A-Za-z][A-Za-z'’-]*)")


def begun_with(rx: re.Pattern[str], head: str, literal: str) -> re.Pattern[str]:
    """``rx`` with its opening ``head`` (a class or an alternation, which the engine tests at every character) written
    as ``literal``, a start it finds fast: for a text known to hold only that spelling (ASCII digits, a straight
    apostrophe or quote), where both find the same matches. Raises ValueError if ``rx`` does not begin with ``head``,
    so an edit of the pattern cannot leave a stale copy behind."""
    if not rx.pattern.startswith(head):
        raise ValueError(f"pattern does not begin with {head!r}: {rx.pattern[:40]!r}")
    return re.compile(literal + rx.pattern[len(head):], rx.flags)


def at_line_start(text: str, pos: int) -> bool:
    """Whether only spaces and tabs stand between the start of ``pos``'s line and ``pos``."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in "\n\r"


def at_sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` begins a sentence, a line or a labelled field ("S: ", "Plan: ")."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"“(*-•>#":
        i -= 1
    if i < 0:
        return True
    return text[i] in ".!?:;\n\r"


def previous_word(text: str, pos: int, window: int = 40) -> str:
    """The word just before ``pos`` (skipping spaces and light punctuation), or ''."""
    m = _PREV_WORD.search(text, max(0, pos - window), pos)
    return m.group(1) if m else ""


def next_word(text: str, pos: int, window: int = 40) -> str:
    """The word just after ``pos`` (skipping spaces and light punctuation), or ''."""
    m = _NEXT_WORD.search(text[pos : pos + window])
    return m.group(1) if m else ""


def mostly_upper(text: str, start: int, end: int) -> bool:
    """Whether the letters of ``text[start:end]`` are mostly capitals (shouting, or an all-caps note)."""
    part = text[start:end]
    if part.isascii():  # the capitals are A-Z and the small letters a-z: counted by deleting the others, in C
        data = part.encode()
        return len(data.translate(None, _BUT_CAPITALS)) > 2 * len(data.translate(None, _BUT_SMALL_LETTERS))
    upper = lower = 0
    for c in part:
        if c.isupper():
            upper += 1
        elif c.islower():
            lower += 1
    return upper > 2 * lower


_BUT_CAPITALS = bytes(c for c in range(128) if not chr(c).isupper())
_BUT_SMALL_LETTERS = bytes(c for c in range(128) if not chr(c).islower())


#: Month and weekday names in full, lower case: the date rules, and the name and place rules that must not take
#: a month for a person ("April and May") or a weekday for a place ("at Fernway Labs Mon-Fri").
MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())
WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: Relation words and titles that make a month after them a woman's name ("Aunt June", "daughter April", "Ms. May"):
#: the date rule leaves that month alone, the name rule takes it.
WOMAN_BEFORE_MONTH = (
    r"aunt|auntie|tia|sister|sis|cousin|grandma|granny|nana|mom|mother|daughter|niece|wife|gf|ms|mrs|miss"
)


#: A sentence begun in lower case: the writer does not capitalize, so names and places may be in lower case too.
#: So does a title, weekday or month in lower case ("dr nguyen", "thurs 10/3", "january 12"), which those who
#: capitalize never write.
_LOWER_CASE_WRITER = re.compile(
    r"(?:^|[.!?][ \t]+)[a-z]{2,}[ \t]|(?<![\w'’])(?:i[ \t]+[a-z]|(?:dr|mr|mrs|ms)\.?[ \t]+[a-z]{3}|"
    r"(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day)?[ \t]+(?:the[ \t]+)?\d|"
    r"(?:january|february|april|june|july|september|october|november|december)(?![\w'’]))",
    re.MULTILINE,
)
#: ``_LOWER_CASE_WRITER`` cut in pieces that the engine searches fast, because each begins with a character rather
#: than with '^' or a look-behind (a pattern that begins so is tried at every position): whether one of them is
#: found anywhere is whether ``_LOWER_CASE_WRITER`` is. A line's start is the text's start or a line break.
_LOWER_LINE_START = re.compile(r"[a-z]{2,}[ \t]")  # matched at the start of the text
_LOWER_CASE_WRITER_PIECES = (
    re.compile(r"\n[a-z]{2,}[ \t]"),
    *(re.compile(rf"\{end}[ \t]+[a-z]{{2,}}[ \t]") for end in ".!?"),
    # the word is found from its first letter, then the character before that letter is checked, then the word
    re.compile(
        r"[adfijmnostw](?<![\w'’][adfijmnostw])(?<=(?=i[ \t]+[a-z]|(?:dr|mr|mrs|ms)\.?[ \t]+[a-z]{3}|"
        r"(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day)?[ \t]+(?:the[ \t]+)?\d|"
        r"(?:january|february|april|june|july|september|october|november|december)(?![\w'’]))[adfijmnostw])"
    ),
)


@lru_cache(maxsize=4)
def writes_lower_case(text: str) -> bool:
    """Whether the writer does not capitalize (asked by several rules about the same note): whether
    ``_LOWER_CASE_WRITER`` is found in ``text``."""
    return bool(_LOWER_LINE_START.match(text)) or any(rx.search(text) for rx in _LOWER_CASE_WRITER_PIECES)


_LOWER_WORDS = re.compile(r"[a-z][a-z]{2,}")  # [a-z]{3,} begun with a class, which the engine scans for fast


@lru_cache(maxsize=4)
def lower_words(text: str) -> frozenset[str]:
    """The distinct runs of three lower-case letters or more in ``text`` (asked by the name and the place rules)."""
    return frozenset(_LOWER_WORDS.findall(text))


_DIGIT_THEN_CAPITAL = re.compile(r"\d[A-Z]")
#: The same begun with ``[0-9]`` for an ASCII text (see ``begun_with``).
_DIGIT_THEN_CAPITAL_ASCII = begun_with(_DIGIT_THEN_CAPITAL, r"\d", "[0-9]")


@lru_cache(maxsize=4)
def digit_before_capital(text: str) -> bool:
    """Whether a digit stands right before a capital in ``text`` ("8BXK512", "S7N 1M2"), which the identifier and
    postal-code shapes that hold one need: one scan a note (four notes in five have none) before theirs."""
    return bool((_DIGIT_THEN_CAPITAL_ASCII if text.isascii() else _DIGIT_THEN_CAPITAL).search(text))


def occurrences(text: str, needle: str) -> Iterator[int]:
    """Where ``needle`` stands in ``text``, found with ``str.find``: a rule that reads back from a rare word ("ED",
    "satellite", "plant") starts from these instead of trying a look-behind pattern at every position."""
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)
