"""Word lists shipped in ``supervision/phi/data/``, loaded lazily once per process.

The look-ups are pure functions of the word, so each keeps its recent answers (a note asks about the same
words many times: every rule that meets "Hope" asks whether it is a name).

See ``data/README.md`` for the source, licence and making of each file. Every list is lower case, one entry
a line, UTF-8, gzip-compressed. If a file is missing the look-ups answer False (the detector still works on
context rules alone), so a broken install degrades recall but never raises.
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources


@cache
def _load(name: str) -> frozenset[str]:
    try:
        raw = resources.files(__package__).joinpath("data", name).read_bytes()
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(gzip.decompress(raw).decode("utf-8").split("\n")) - {""}


def _key(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w


def available() -> bool:
    """Whether the name lists are installed."""
    return bool(_load("first_names.txt.gz"))


def _name_key(word: str) -> str:
    """The key for the name lists, which spell names in ASCII without apostrophes: "Wiśniewski" ->
    "wisniewski", "D'Andre" -> "dandre", "O'Brien" -> "obrien"."""
    k = _key(word)
    if not k.isascii():
        k = ascii_fold(k)
    return k.replace("'", "")


def _in_names(k: str, list_name: str) -> bool:
    names = _load(list_name)
    if k in names:
        return True
    if "'" in k or not k.isascii():
        return _name_key(k) in names
    return False


def first_names() -> frozenset[str]:
    """The given names of the lists, lower-case ASCII, for a set intersection with a note's words."""
    return _load("first_names.txt.gz")


@lru_cache(maxsize=16384)
def is_first_name(word: str) -> bool:
    """A given name in the US SSA baby-name lists (any case, any accents)."""
    return _in_names(_key(word), "first_names.txt.gz")


@lru_cache(maxsize=16384)
def is_surname(word: str) -> bool:
    """A surname in the US Census surname list (any case, any accents)."""
    return _in_names(_key(word), "surnames.txt.gz")


@lru_cache(maxsize=16384)
def is_name_word(word: str) -> bool:
    """A first name or a surname; hyphenated names count when any part does."""
    k = _key(word)
    if _in_names(k, "first_names.txt.gz") or _in_names(k, "surnames.txt.gz"):
        return True
    if "-" in k:
        return any(_in_names(p, "first_names.txt.gz") or _in_names(p, "surnames.txt.gz") for p in k.split("-") if p)
    return False


@lru_cache(maxsize=16384)
def is_common_word(word: str) -> bool:
    """An ordinary English word that people write in lower case ("hope", "will", "brown", "mark")."""
    k = _key(word)
    return k in _load("common_words.txt.gz") or k in _load("clinical_words.txt.gz")


#: Past tenses and participles that no suffix rule reaches back to their verb.
_IRREGULAR = frozenset(
    """began begun brought bought caught taught thought felt kept left meant met paid said sent spent stood
    understood went wrote written spoke spoken broke broken chose chosen drove driven ate eaten fell fallen forgot
    forgotten gave given grew grown knew known ran rode sang sat saw seen shook slept sold stole threw thrown took
    taken wore woke woken won built heard held led lost made found fought hid hidden hung lay lit struck swore
    tore wept bled fed fled dealt drew drawn flew flown froze frozen got gotten ground meant overheard overslept
    quit rang sought shot shut slid spun stuck stung swept swung thrown told withdrew withheld""".split()
)


def _stems(k: str) -> Iterator[str]:
    """Candidate base forms of an inflected word: seeking -> seek, hoping -> hope, stopped -> stop, happiest -> happy."""
    # Not -s, -es or -er: "James", "Sanders", "Walker" would read as "jam", "sander", "walk".
    for suffix in ("iest", "ied"):
        if k.endswith(suffix) and len(k) > len(suffix) + 2:
            yield k[: -len(suffix)] + "y"
    for suffix in ("est", "ing", "ed", "ly"):
        if k.endswith(suffix) and len(k) > len(suffix) + 2:
            base = k[: -len(suffix)]
            yield base
            yield base + "e"  # hoping -> hope, wider -> wide
            if len(base) > 2 and base[-1] == base[-2]:
                yield base[:-1]  # bigger -> big, stopped -> stop


@lru_cache(maxsize=16384)
def is_frequent_word(word: str) -> bool:
    """One of the few thousand most frequent English words ("group", "home", "may")."""
    return _key(word) in _load("frequent_words.txt.gz")


@lru_cache(maxsize=16384)
def is_sentence_word(word: str) -> bool:
    """Any English dictionary word (rare ones too): at the start of a sentence such a capitalized word is
    more likely the word than a name."""
    k = _key(word)
    return _is_sentence_key(k) or k in _IRREGULAR or any(_is_sentence_key(stem) for stem in _stems(k))


def _is_sentence_key(k: str) -> bool:
    """The word lists hold base forms; an inflection ("Seeking safety", "Began MI") is found through its stem."""
    return k in _load("common_words.txt.gz") or k in _load("dictionary_words.txt.gz") or k in _load(
        "clinical_words.txt.gz"
    )


_ABBREVIATED_PREFIX = {"st.": "saint", "st": "saint", "mt.": "mount", "mt": "mount", "ft.": "fort", "ft": "fort"}


@lru_cache(maxsize=16384)
def is_place(phrase: str) -> bool:
    """A US city, town or county name from the gazetteer (lower-cased, single spaces); "St. Paul" and "Mt.
    Vernon" are looked up as "saint paul" and "mount vernon" too."""
    words = phrase.lower().split()
    places = _load("us_places.txt.gz")
    if " ".join(words) in places:
        return True
    return bool(words) and words[0] in _ABBREVIATED_PREFIX and " ".join(
        [_ABBREVIATED_PREFIX[words[0]], *words[1:]]) in places


#: Letters that no decomposition turns into ASCII ones, written as the ASCII spellings of names write them.
_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
                               "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i",
                               "ħ": "h", "Ħ": "H"})


def ascii_fold(text: str) -> str:
    """The text without accents and marks ("chișinău" -> "chisinau", "Đà Nẵng" -> "Da Nang", "Łódź" -> "Lodz")."""
    return unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()


@lru_cache(maxsize=4096)
def is_world_place(phrase: str) -> bool:
    """A town or city abroad of 15,000 people or more (GeoNames), lower-cased, with or without its accents."""
    key = " ".join(phrase.lower().split())
    places = _load("world_places.txt.gz")
    if key in places:
        return True
    return not key.isascii() and ascii_fold(key) in places


@cache
def world_place_first_words() -> frozenset[str]:
    """The first words of every town abroad."""
    return frozenset(p.split(" ", 1)[0] for p in _load("world_places.txt.gz"))


def may_begin_place(word: str) -> bool:
    """Whether a gazetteer entry (``is_place``) may begin with ``word`` (lower case; "st", "mt" and "ft" stand for
    "saint", "mount" and "fort"): a phrase whose first word fails this is no place, and its look-ups are skipped."""
    return word in _first_words() or word in _ABBREVIATED_PREFIX


def place_first_words() -> frozenset[str]:
    """The first words of every gazetteer entry, to find multi-word places quickly."""
    return _first_words()


@cache
def _first_words() -> frozenset[str]:
    return frozenset(p.split(" ", 1)[0] for p in _load("us_places.txt.gz"))


@cache
def longest_place_words() -> int:
    """The largest number of words in a gazetteer entry."""
    places = _load("us_places.txt.gz")
    return max((p.count(" ") + 1 for p in places), default=1)
