"""``scan`` runs every detector, drops what is protected (client codes, placeholders), and resolves
overlaps into sorted, non-overlapping findings; ``redact`` replaces findings with placeholders."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

from . import lexicon
from .cues import CUES
from .dates import find_ages, find_dates
from .finding import KINDS, PLACEHOLDERS, Finding
from .names import beside_names, find_names, is_pets_name, may_name_a_pet, name_echoes, name_in_parentheses_after
from .opinion import second_opinion
from .patterns import find_emails, find_handles, find_ids, find_ips, find_phones, find_ssns, find_urls
from .places import (BUSINESS_WORD_AFTER_PLACE, COUNTRIES, FACILITY_NOUN_AFTER_PLACE, find_addresses, find_places,
                     is_highway_at, is_state, street_or_town_after)
from .teams import PRO_TEAMS
from .vocabulary import (CLIENT_CODE_DEFAULT, FAMOUS_PEOPLE, NATIONAL_PAYERS, READ_CHAPTER, READING_WORDS, SKILL_NAMES,
                         book_titles, client_code_regex, is_brand_in_use)

#: When two findings overlap, the merged span takes the kind that ranks first here.
_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        ("EMAIL", "URL", "IP", "SSN", "PHONE", "ADDRESS", "DATE", "AGE", "HANDLE", "ID", "LOCATION", "NAME")
    )
}
_PLACEHOLDER_RX = re.compile(r"\[(?:" + "|".join(KINDS) + r"|[A-Z][A-Z_ ]{1,20})\]")
#: Public figures cited by full name and pro teams with their city: kept apart like client codes.
CUES.add("famous_person", FAMOUS_PEOPLE, re.compile(rf"(?:{FAMOUS_PEOPLE})(?![\w-]|['’](?!s\b)\w)"), capitalized=True)
_SKILL_NAME = re.compile(rf"(?:{SKILL_NAMES})(?![\w-])")
#: Words one of the skill and game names holds: the regex runs only where one is in the text (tested with ``in``,
#: much faster than an alternation searched over the text).
_SKILL_MARKERS = ("Mind", "Acceptance", "Action", "Place", "Stream", "Says", "Rover", "Goose", "Land", "Ladders", "Seek",
                  "May I", "Light", "Thorn", "Loneliness", "Plan B", "UCLA", "Relationship House")
#: A word of each name that follows a space in it, found by the cue index: the substring tests above (a pass over the
#: text each) run only in a note that has one, or "Plan B" (its "B" may end no word the index sees: "Plan B's").
_SKILL_WORDS = "Mind|Acceptance|Action|Place|Stream|Says|Rover|Goose|Land|Ladders|Seek|May|Light|Thorn|Loneliness|PTSD|" \
               "Relationship"
CUES.add("skill_word", _SKILL_WORDS, re.compile(f"(?:{_SKILL_WORDS})"), capitalized=True)
CUES.add("national_payer", NATIONAL_PAYERS,
         re.compile(rf"(?:{NATIONAL_PAYERS})(?![\w-]|['’](?!s\b)\w|[ \t]+(?:of[ \t]+[A-Z]|Blue))"), capitalized=True)
CUES.add("pro_team", PRO_TEAMS, re.compile(rf"(?:{PRO_TEAMS})(?![\w-]|['’](?!s\b)\w)"), capitalized=True)
CUES.add("read_chapter", READING_WORDS, READ_CHAPTER)
#: Text between two findings of the same kind that joins them into one ("Luis Ortega", "1/1-1/3").
_JOINERS = {
    # "Guadalupe Treviño de la Garza", "Ludwig van Beethoven"
    "NAME": re.compile(
        r"[ \t]{1,2}|[ \t]*-[ \t]*|[ \t]+(?:de|del|dela|della|de[ \t]+la|de[ \t]+los|de[ \t]+las|van|van[ \t]+der|van[ \t]+den|"
        r"van[ \t]+de|von|da|das|dos|di|du|der|den|ter|ten|bin|ibn|bint|al|el|y)[ \t]+"
    ),
    "DATE": re.compile(r"[ \t]*(?:-|–|—|to|through|thru|until)[ \t]*|,?[ \t]+"),
    "LOCATION": re.compile(r"[ \t]{1,2}"),
    "ADDRESS": re.compile(r",?[ \t]{1,2}"),
}
_DETECTORS = (
    find_emails,
    find_urls,
    find_ips,
    find_ssns,
    find_phones,
    find_addresses,
    find_dates,
    find_ages,
    find_handles,
    find_ids,
    find_places,
    find_names,
)
_TRIM = " \t\r\n.,;:!?\"'“”‘’()[]{}<>*_-–—/\\|"


@lru_cache(maxsize=16)
def _client_code(pattern: str | None) -> re.Pattern[str]:
    return client_code_regex(pattern)


#: What makes a client-code-shaped token an identifier instead ("interpreter ID INT-55821", "voucher #HV-30918"),
#: unless it is the client's own code ("client ID C-014").
_ID_BEFORE_CODE = re.compile(
    r"(?i:(?<![\w])(?P<who>client|patient|pt|clt|code)?[ \t]*(?:#|(?:ID|MRN|chart|no\.|number|record|account|"
    r"voucher|detention|docket|booking|badge|licen[cs]e|lic\.|(?:plate|tag)(?:[ \t]+(?-i:[A-Z]{2})|[ \t]*\()?|permit|policy|"
    r"confirmation|ticket|reference|ref|claim|complaint|incident|incident[ \t]+report|application|subscriber|acct|"
    r"employee|inmate|serial|certificate|passport|petition|warrant|citation|"
    r"(?:hr|court|cps|dcf|dss|police|legal|criminal|civil|family|juvenile)[ \t]+case|"
    r"registration|order|invoice|tracking)[ \t]*(?:[:#=]|no\.?|number)?)[ \t]*#?[ \t]*)$"
)


#: The words that, after "client" or "pt", name the client's own code rather than another number of theirs.
_OWN_CODE_WORD = re.compile(r"(?i:ID|#|code|no\.|number)[ \t:#=]*$")


#: What every default client code ("C-014") holds, found fast from the hyphen (the code's regex begins with a
#: look-behind, which the engine tries at every position): each default code is matched from one.
_DEFAULT_CODE_HINT = re.compile(r"-(?<=[A-Z]-)\d\d")


def _client_codes(text: str, client_code_pattern: str | None) -> Iterator[re.Match[str]]:
    """The matches of the client-code pattern in ``text``; the default one is found from its hyphen."""
    rx = _client_code(client_code_pattern)
    if client_code_pattern not in (None, "", CLIENT_CODE_DEFAULT):
        yield from rx.finditer(text)
        return
    # A default code begins where the capitals before its hyphen begin (its look-behind allows no letter there),
    # so the code is matched there; a hyphen after four capitals or more begins none.
    for hint in _DEFAULT_CODE_HINT.finditer(text):
        start = hint.start()
        while start > 0 and hint.start() - start < 4 and "A" <= text[start - 1] <= "Z":
            start -= 1
        m = rx.match(text, start)
        if m:
            yield m


def _client_code_spans(text: str, client_code_pattern: str | None) -> Iterator[tuple[int, int]]:
    for m in _client_codes(text, client_code_pattern):
        if m.start() and text[m.start() - 1] in "/=":
            continue  # inside a URL ("…/records/LC-2291"): the URL is the finding
        if text.startswith("I-", m.start()) and is_highway_at(text, m.start(), m.end()):
            continue  # "rear-ended on I-294": an interstate
        cue = _ID_BEFORE_CODE.search(text, max(0, m.start() - 30), m.start())
        if cue and not (cue.group("who") and _OWN_CODE_WORD.search(cue.group())):
            continue  # "acct WBH-55219", "pt acct WBH-55219"; "client ID C-014" is the client's own code
        yield m.span()


#: A verse of scripture a client reads or quotes ("2 Timothy 1:7", "Romans 8:28", "John 3:16", "Psalm 23") names a book,
#: not a person: kept apart like a client code. A book named for a person needs its chapter and verse.
_BOOKS = (
    r"Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|Chronicles|Ezra|Nehemiah|Esther|Job|"
    r"Psalms?|Proverbs|Ecclesiastes|Isaiah|Jeremiah|Lamentations|Ezekiel|Daniel|Hosea|Joel|Amos|Jonah|Micah|Nahum|"
    r"Habakkuk|Zephaniah|Haggai|Zechariah|Malachi|Matthew|Mark|Luke|John|Acts|Romans|Corinthians|Galatians|Ephesians|"
    r"Philippians|Colossians|Thessalonians|Timothy|Titus|Philemon|Hebrews|James|Peter|Jude|Revelation|Isaías|Salmos?"
)
#: Found from the chapter and verse (digits, a class the engine scans for fast), the book looked back for.
_VERSE = re.compile(r"\d{1,3}:\d{1,3}(?:[-–]\d{1,3})?(?![\w:])")
_BOOK_BEFORE = re.compile(rf"(?<![\w'’-])(?:[123][ \t]+)?(?:{_BOOKS})[ \t]+$")
_BOOK_SET = frozenset(b.replace("?", "") for b in _BOOKS.split("|")) | {"Psalm", "Salmo"}
_PSALM = re.compile(r"(?:Psalms?|Proverbs)[ \t]+\d{1,3}(?![\w:])")


def _scripture(text: str) -> Iterator[tuple[int, int]]:
    colon = text.find(":")
    while colon > 0:  # from each colon after a chapter's digits ("8:28"), the book's name looked back for
        start = colon
        while start > 0 and text[start - 1].isdigit():
            start -= 1
        m = _VERSE.match(text, start) if 0 < colon - start <= 3 and start > 1 and text[start - 1] in " \t" else None
        if m and text[max(text.rfind(" ", 0, start - 1), text.rfind("\t", 0, start - 1)) + 1 : start - 1] in _BOOK_SET:
            book = _BOOK_BEFORE.search(text, max(0, start - 20), start)
            if book:
                yield book.start(), m.end()
        colon = text.find(":", colon + 1)
    if "Psalm" in text or "Proverbs" in text:
        yield from (m.span() for m in _PSALM.finditer(text))


#: Government forms and billing codes by their numbers ("DD-214", "SSA-3441", "I-130", "W-2", "N-400", "CPT-90837"):
#: no person's number (the client-code default, one capital and three or four digits, no longer keeps them apart);
#: found from the hyphen.
_FORM_NUMBER = re.compile(r"-(\d{1,5})(?![\w-]|[.,]\d)")
_FORM_PREFIX_BEFORE = re.compile(r"(?<![\w-])(?:DD|SSA|SF|DS|DA|VA|CMS|HCFA|N|W|I|CPT|HCPCS|DRG|ICD)$")
#: How many digits a form's number has after the prefixes whose other numbers are something else ("W-2", not the
#: "#W-88213" of a release; "N-400").
_FORM_DIGITS = {"W": (1,), "N": (3,)}
#: USCIS forms ("I-130", "I-485"); any other "I-" and a number is an interstate ("on I-35").
_I_FORMS = frozenset("129 130 131 134 140 485 539 589 601 730 751 765 797 821 864".split())


def _government_forms(text: str) -> Iterator[tuple[int, int]]:
    for m in _FORM_NUMBER.finditer(text):
        prefix = _FORM_PREFIX_BEFORE.search(text, max(0, m.start() - 6), m.start())
        if prefix and (prefix.group() != "I" or m.group(1) in _I_FORMS) and (
                len(m.group(1)) in _FORM_DIGITS.get(prefix.group(), (len(m.group(1)),))):
            yield prefix.start(), m.end()


#: The armed services and national corps by name ("four years in the Coast Guard"): no place, as the VA is none;
#: one of their sites is ("Coast Guard Station Kodiak", "Travis Air Force Base"), so a site's word after them keeps
#: them out of this list.
_NATIONAL_SERVICE = re.compile(
    r"(?<![\w'’-])(?:Coast[ \t]+Guard|National[ \t]+Guard|Air[ \t]+Force|Marine[ \t]+Corps|Space[ \t]+Force|"
    r"Peace[ \t]+Corps|Job[ \t]+Corps|Army[ \t]+Corps[ \t]+of[ \t]+Engineers)"
    r"(?![\w'’-]|[ \t]+(?:Base|Station|Air|Sector|Academy|Armory|Reserve|Yard|Center|Camp|Training))"
)


def _protected(text: str, client_code_pattern: str | None) -> tuple[list[tuple[int, int]], list[int]]:
    """What is kept apart from the findings, sorted, and where each client code among it ends."""
    spans = list(_client_code_spans(text, client_code_pattern))
    code_ends = [e for _s, e in spans]
    if "-" in text:
        taken = [s for s, _e in spans]
        spans.extend(span for span in _government_forms(text) if span[0] not in taken)
    if "[" in text:
        spans.extend(m.span() for m in _PLACEHOLDER_RX.finditer(text))
    if ":" in text or "Psalm" in text or "Proverbs" in text:
        spans.extend(_scripture(text))
    if "Guard" in text or "Force" in text or "Corps" in text:
        spans.extend(m.span() for m in _NATIONAL_SERVICE.finditer(text))
    spans.sort()
    return spans, code_ends


def _overlaps_protected(start: int, end: int, protected: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, end) - 1
    while i >= 0:
        ps, pe = protected[i]
        if pe <= start:
            # protected spans do not overlap one another, so earlier ones end earlier still
            return False
        if ps < end and start < pe:
            return True
        i -= 1
    return False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        if text[start] == "(" and ")" in text[start:end]:
            break
        start += 1
    while end > start and text[end - 1] in _TRIM:
        # keep a closing parenthesis of a phone number, the dot of an initial or of "St."
        if text[end - 1] == "." and end - 2 >= start and text[end - 2].isalpha() and (
            end - 3 < start or not text[end - 3].isalpha() or text[start:end].endswith((" St.", " Ave.", " Rd."))
        ):
            break
        if text[end - 1] == ")" and "(" in text[start:end]:
            break
        end -= 1
    return start, end


def scan(text: str, *, client_code_pattern: str | None = None) -> list[Finding]:
    """Find the Safe Harbor identifiers in ``text``.

    Returns findings sorted by start and non-overlapping. Client codes (``client_code_pattern``, default
    like ``C-014``) and placeholders such as ``[NAME]`` are never findings. Never raises on any ``str``.
    The rules find first; the word model (``opinion``) then reads the words they left alone.
    """
    if not text:
        return []
    spans = rule_spans(text, client_code_pattern=client_code_pattern)
    found = [span for span in spans if span[2] != PROTECTED]
    added = second_opinion(text, spans)
    if added:
        added = _without_pets(text, added)
        # a place the model found takes its street or town after it, as a place the rules found does ("the sunoco on
        # rt 30")
        added += [(*where, "LOCATION") for _s, e, k in added
                  if k == "LOCATION" and (where := street_or_town_after(text, e))]
        model_names = [(s, e) for s, e, k in added if k == "NAME"]
        # what stands beside a name the model found, as beside one the rules found: an initial before it ("for B.
        # Oyelaran"), a quoted nickname, an age over 89 after it
        echoes = [*beside_names(text, model_names), *name_echoes(text, model_names)]
        protected = [(s, e) for s, e, k in spans if k == PROTECTED]
        starts = [s for s, _e in protected]
        added += [span for span in echoes if not (protected and _overlaps_protected(*span[:2], protected, starts))]
        found = _resolve(text, found + added)
    return [Finding(s, e, k, text[s:e]) for s, e, k in found]


def _without_pets(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` without the names that are a pet's ("the dog, Biscuit")."""
    if not may_name_a_pet(text):
        return spans
    return [(s, e, k) for s, e, k in spans if k != "NAME" or not is_pets_name(text, s)]


#: The kind ``rule_spans`` gives what is kept apart (client codes, placeholders, public figures, titles).
PROTECTED = "PROTECTED"


def rule_spans(text: str, *, client_code_pattern: str | None = None) -> list[tuple[int, int, str]]:
    """What the rules find in ``text`` (resolved: sorted, non-overlapping) and what is kept apart from them, of
    kind ``PROTECTED``: the spans the word model is given, as it was in training (``data/train_model.py``)."""
    if not text:
        return []
    hits = CUES.run(text)
    protected, code_ends = _protected(text, client_code_pattern)
    titles = book_titles(text) + [span for m in hits["read_chapter"] for span in (m.span("author"), m.span("title"))
                                  if span[0] >= 0]
    skills = [m.span() for m in _SKILL_NAME.finditer(text)] if (hits["skill_word"] or "Plan B" in text) and any(
        marker in text for marker in _SKILL_MARKERS) else []
    if hits["famous_person"] or hits["pro_team"] or hits["national_payer"] or skills or titles:
        # a public figure cited by full name, a pro team with its city and a national insurer are no identifiers: kept
        # apart like a client code
        starts = [s for s, _ in protected]
        public = [span for span in [m.span() for m in hits["famous_person"] + hits["pro_team"] + hits["national_payer"]
                                                      if is_brand_in_use(text, m.start(), m.end())] + skills + titles
                  if not _overlaps_protected(*span, protected, starts)]
        protected = sorted(protected + public)
    starts = [s for s, _ in protected]
    raw: list[tuple[int, int, str]] = []
    for detect in _DETECTORS:
        for start, end, kind in detect(text, hits):
            start, end = _trim(text, start, end)
            # a span that begins with a letter or digit (nearly all) holds one: the scan of its characters is skipped
            if end <= start or not (text[start].isalnum() or any(c.isalnum() for c in text[start:end])):
                continue
            if protected and _overlaps_protected(start, end, protected, starts):
                continue
            raw.append((start, end, kind))
    # a name the writer added in parentheses after a client code, whatever the program's code pattern ("C-014 (Amadou)")
    raw += [span for end in code_ends if (span := name_in_parentheses_after(text, end))]
    raw = _without_pets(text, raw)
    phones = [s for s, _e, k in raw if k == "PHONE"]
    if phones:
        raw = _without_phone_labels(text, raw, phones)
    extra = list(_beside_places(text, raw))
    names = [(s, e) for s, e, k in raw if k == "NAME"]
    extra += beside_names(text, names)
    extra += name_echoes(text, names + [(s, e) for s, e, k in extra if k == "NAME"])
    for start, end, kind in extra:
        if not (protected and _overlaps_protected(start, end, protected, starts)):
            raw.append((start, end, kind))
    found = _resolve(text, raw)
    if protected:
        found = sorted(found + [(s, e, PROTECTED) for s, e in protected])
    return found


#: A ZIP code right after a town or a street address ("Marlborough 01752", "12 Elm St, 01752").
_ZIP_AFTER_PLACE = re.compile(
    r"(?:,?[ \t]{1,2}|[ \t]*\()(\d{5}(?:-\d{4})?)(?![\w-]|[.,]\d|[ \t]*(?i:units?|u|iu|mg|mcg|ml|cc|x|times|%|/))"
)


#: A school's team after its town ("the Ridgecrest Rams JV bus"); a pro team with its city is kept apart earlier.
_MASCOT_AFTER_PLACE = re.compile(
    r"[ \t]+((?:Lady[ \t]+)?(?:Rams|Tigers|Eagles|Bulldogs|Wildcats|Panthers|Lions|Bears|Hawks|Falcons|Knights|"
    r"Warriors|Mustangs|Spartans|Cougars|Hornets|Trojans|Vikings|Pirates|Raiders|Chargers|Patriots|Cardinals|"
    r"Braves|Broncos|Colts|Jaguars|Wolves|Huskies|Bobcats|Owls|Titans|Rebels|Red Devils|Blue Devils|Bulls|"
    r"Crusaders|Saints|Generals|Gators|Jets|Rockets|Sharks|Stallions|Tornadoes|Wolverines|Yellow Jackets|Indians))"
    r"(?![\w'’-])"
)


#: A town's or county's own agencies after its name.
_AGENCY_AFTER_PLACE = re.compile(
    r"[ \t]+(PD|FD|SO|Police(?:[ \t]+(?:Department|Dept\.?))?|Fire(?:[ \t]+(?:Department|Dept\.?|Rescue))?|"
    r"Sheriff['’]s[ \t]+(?:Office|Department|Dept\.?)|Housing[ \t]+Authority|Community[ \t]+Corrections|"
    r"Public[ \t]+Schools|School[ \t]+District|Municipal[ \t]+Court|District[ \t]+Court|Detention[ \t]+Center|"
    r"Health[ \t]+Department|Transit)(?![\w'’-])"
)

#: A town of one or two words after a comma that ends the clause: after a facility in capitals ("Riverbend Community
#: Mental Health, Concord"), after a street address or a PO box in any case ("PO box 1187, wheatland").
_TOWN_AFTER_COMMA = re.compile(r",[ \t]*([A-Za-z][a-z]+(?:[ \t][A-Za-z][a-z]+)?)(?=[ \t]*(?:[.;,)\n]|$|\d{5}(?![\w-])))")
_NOT_TOWNS_AFTER_ADDRESS = frozenset("apartment apt unit suite basement upstairs downstairs rear front back".split())
_LODGING = ("Motel", "Inn", "Hotel", "Lodge", "Suites", "Apartments", "Motor Court")  # a room there is where one lives
_ROOM_AFTER_PLACE = re.compile(r",?[ \t]*((?:Room|Rm|rm|room|Unit|unit|#)\.?[ \t]*#?\d{1,4}[A-Za-z]?)(?![\w])")


#: The label of a phone number ("Tel 413 555 0109", "Cell: 555-0148"): a capitalized word a name rule may take.
_PHONE_LABEL = re.compile(r"(?:Tel|TEL|Ph|PH|Cell|CELL|Mobile|Pager|Fax|FAX)\.?:?[ \t]*")


def _without_phone_labels(text: str, raw: list[tuple[int, int, str]], phones: list[int]) -> list[tuple[int, int, str]]:
    """``raw`` without the names and places that are only the label of a phone number found right after them."""
    starts = set(phones)
    kept = []
    for start, end, kind in raw:
        label = _PHONE_LABEL.match(text, start) if kind in ("NAME", "LOCATION") else None
        if not (label and label.end() in starts and text[start:end].rstrip(".:") == label.group().rstrip(" \t.:")):
            kept.append((start, end, kind))
    return kept


def _beside_places(text: str, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """What follows a found place and belongs to it: a ZIP code after a town or an address; after a place, its own
    agency, a school's team, the town after a facility and a comma, its street or town after "on", "off" or "in",
    a room at a motel."""
    zips = []
    for _start, end, kind in raw:
        if kind in ("LOCATION", "ADDRESS"):
            m = _ZIP_AFTER_PLACE.match(text, end)
            if m:
                zips.append((m.start(1), m.end(1), "LOCATION"))
        if kind == "ADDRESS":
            town = _TOWN_AFTER_COMMA.match(text, end)
            if town and lexicon.is_place(town.group(1)) and not is_state(town.group(1).title()) and not (
                    town.group(1).lower() in COUNTRIES or town.group(1).lower() in _NOT_TOWNS_AFTER_ADDRESS):
                zips.append((town.start(1), town.end(1), "LOCATION"))  # "PO box 1187, wheatland": the town
        if kind == "LOCATION":
            agency = _AGENCY_AFTER_PLACE.match(text, end)
            if agency:
                zips.append((agency.start(1), agency.end(1), "LOCATION"))  # "Garland PD", "Wichita Housing Authority"
            m = _MASCOT_AFTER_PLACE.match(text, end)
            if m:
                zips.append((m.start(1), m.end(1), "LOCATION"))
            town = _TOWN_AFTER_COMMA.match(text, end)
            if town and all(w[0].isupper() for w in town.group(1).split()) and lexicon.is_place(
                    town.group(1)) and not is_state(town.group(1)) and (
                    town.group(1).lower() not in COUNTRIES):  # "Irbid, Jordan": a country
                zips.append((town.start(1), town.end(1), "LOCATION"))  # "Riverbend Community Mental Health, Concord"
            noun = FACILITY_NOUN_AFTER_PLACE.match(text, end) or BUSINESS_WORD_AFTER_PLACE.match(text, end)
            if noun:
                zips.append((noun.start(1), noun.end(1), "LOCATION"))  # "the Gallup flea market", "Menominee Paper"
            where = street_or_town_after(text, end)
            if where:
                zips.append((*where, "LOCATION"))  # "the Aldi on Carver Rd", "Sav-On in Linden": one finding
            room = _ROOM_AFTER_PLACE.match(text, end) if text.endswith(_LODGING, 0, end) else None
            if room:
                zips.append((room.start(1), room.end(1), "ADDRESS"))  # "Blue Moon Motor Lodge rm 14"
    return zips


def _resolve(text: str, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Merge overlapping spans (the kind ranked first wins) and join same-kind neighbours."""
    raw.sort(key=lambda r: (r[0], -r[1], _PRIORITY[r[2]]))
    merged: list[list] = []
    for start, end, kind in raw:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            if end > last[1]:
                last[1] = end
            if _PRIORITY[kind] < _PRIORITY[last[2]] and (end - start) * 2 >= (last[1] - last[0]):
                last[2] = kind
            continue
        if merged:
            last = merged[-1]
            joiner = _JOINERS.get(kind)
            if last[2] == kind and joiner and joiner.fullmatch(text, last[1], start):
                last[1] = end
                continue
        merged.append([start, end, kind])
    return [(s, e, k) for s, e, k in merged]


_LINE_BREAK = re.compile(r"(\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029])")


def _replacement(span_text: str, placeholder: str) -> str:
    """The placeholder, keeping any line breaks of the span so that the text keeps its lines."""
    if not _LINE_BREAK.search(span_text):
        return placeholder
    parts = _LINE_BREAK.split(span_text)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(part)
        elif any(c.isalnum() for c in part):
            out.append(placeholder)
        else:
            out.append(part)
    return "".join(out)


def redact(text: str, findings: Iterable[Finding], *, client_code_pattern: str | None = None) -> str:
    """Replace each given finding's span with its placeholder (``[NAME]``, ``[DATE]``...); the other
    findings in the text are left as they are.

    Findings that do not match ``text`` (stale offsets) are ignored; overlapping ones are merged. The result
    keeps the text's line structure, and a replacement never leaves a new identifier behind: anything the
    text did not hold before and that scans as an identifier after a replacement is redacted too. So
    redacting every finding of ``scan(text)`` gives text that scans clean.
    """
    findings = list(findings)
    kept: set[tuple[int, int, str]] | None = None  # findings not asked for, at their current offsets
    for _ in range(64):
        if kept is None:
            chosen = findings
            kept_before = scan(text, client_code_pattern=client_code_pattern)
        else:
            chosen = [f for f in findings if (f.start, f.end, f.kind) not in kept]
            kept_before = [f for f in findings if (f.start, f.end, f.kind) in kept]
        spans = sorted(
            (f.start, f.end, f.kind)
            for f in chosen
            if 0 <= f.start < f.end <= len(text) and text[f.start : f.end] == f.text and f.kind in PLACEHOLDERS
        )
        if not spans:
            return text
        out: list[str] = []
        merged: list[tuple[int, int, str]] = []
        pos = 0
        last_end = 0
        for start, end, kind in spans:
            if start < last_end:
                continue
            out.append(text[pos:start])
            replacement = _replacement(text[start:end], PLACEHOLDERS[kind])
            out.append(replacement)
            merged.append((start, end, replacement))
            pos = last_end = end
        out.append(text[pos:])
        # Where the findings left alone sit in the new text (they move by what replacements before them changed).
        kept = set()
        for f in kept_before:
            if any(f.start < e and s < f.end for s, e, _ in merged):
                continue
            shift = sum(len(r) - (e - s) for s, e, r in merged if e <= f.start)
            kept.add((f.start + shift, f.end + shift, f.kind))
        text = "".join(out)
        findings = scan(text, client_code_pattern=client_code_pattern)
    return text  # pragma: no cover - each round replaces text with placeholders, so this is never reached
