"""Date elements other than the year alone, holidays, and ages over 89.

Safe Harbor removes every element of a date (except the year) that relates to a person: day, month,
day-and-month, a holiday that pins a date. A year alone ("in 2019") and an age under 90 stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .context import at_sentence_start

Span = tuple[int, int, str]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Febr?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_UPPER = (
    r"(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|"
    r"SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)"
)
_MONTH_ANY = rf"(?:{_MONTH}|{_MONTH_UPPER})\.?"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_ORD = r"(?:st|nd|rd|th|ST|ND|RD|TH)"
_YEAR = r"(?:1[89]\d\d|20\d\d|'\d\d)"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY}\.?,?[ \t]+(?:the[ \t]+)?)?"

#: Written dates: "March 3", "Feb 9, 2024", "3rd of March", "14 April 2025", "Friday, March 6", "March 2024".
_WRITTEN = re.compile(
    rf"(?<![\w/]){_WEEKDAY_PREFIX}(?:"
    rf"{_MONTH_ANY}[ \t]+(?:the[ \t]+)?{_DAY}{_ORD}?(?![\w:]|\.\d|/\d)(?:,?[ \t]+{_YEAR}(?!\w))?"
    rf"|(?:the[ \t]+)?{_DAY}{_ORD}?[ \t]+(?:of[ \t]+)?{_MONTH_ANY}(?:,?[ \t]+{_YEAR})?(?!\w)"
    rf"|{_MONTH_ANY},?[ \t]+(?:of[ \t]+)?{_YEAR}(?!\w)"
    rf")"
)
#: A month name alone: full names only, and not "May" (a verb and a name) or sentence-initial "March".
_MONTH_ALONE = re.compile(
    r"(?<![\w-])(?:January|February|March|April|June|July|August|September|October|November|December|"
    r"JANUARY|FEBRUARY|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?![\w-])"
)
#: Numeric dates with a year: 2/23/26, 12/30/2025, 12-30-2025, 12.30.2025, 2025-12-30.
_NUMERIC_FULL = re.compile(
    r"(?<![\w/.:-])(?:"
    r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})"
    r"|(\d{4})([/.-])(\d{1,2})\6(\d{1,2})"
    r")(?![\w/]|[.:-]\d)"
)
#: Month and day: 4/18, 9/28 (and ranges such as 1/1-1/3, found as two dates and joined).
_NUMERIC_MD = re.compile(r"(?<![\w/.:-])(\d{1,2})/(\d{1,2})(?![\w/]|[.:]\d|-\d{1,2}(?:\D|$)(?!/))")
_NUMERIC_MD_LOOSE = re.compile(r"(?<![\w/.:-])(\d{1,2})/(\d{1,2})(?=-\d{1,2}/)")
#: Words before a fraction that make it a score, strength or dose rather than a date.
_SCORE_CUE = re.compile(
    r"(?i:(?:pain|rated?|rates|rating|scale|scored?|suds|mood|anxiety|level|strength|strong|grip|power|motor|"
    r"reflex(?:es)?|assist|intensity|distress|urge|craving|energy|sleep|motivation|confidence|"
    r"x|of|out of|about|approx\.?|~|at|is|was|to|from|gcs|apgar|sat|sats|ratio|bp|b/p|pupils?|perrl[a]?|"
    r"mae|tab|tabs|tablet|dose|cup|tsp|tbsp|inch|in|mile|miles)[ \t]*[:=]?[ \t]*)$"
)
_SCORE_AFTER = re.compile(
    r"^[ \t]*(?i:(?:pain|strength|on|scale|tab|tabs|tablets?|doses?|cups?|miles?|strong|assist|"
    r"x|of|times|sessions?|days?|weeks?|hours?|hrs?|nights?|mg|mcg|ml|cc|units?|bilat|throughout|"
    r"in|to|mmhg|bpm|%|sats?|muscle|motor|grips?|score|correct|items?|questions?|words?|points?))\b"
)
#: Words before a fraction that make it a date.
_DATE_CUE = re.compile(
    r"(?i:(?:on|since|from|until|till|by|before|after|dated?|dob|d\.o\.b\.?|admitted|admission|discharged?|seen|"
    r"born|died|passed|call(?:ed)?|next|last|session|appt|appointment|scheduled|f/u|follow-?up|due|"
    r"starting|started|effective|through|thru|of|date)[ \t]*[:=]?[ \t]*)$"
)
#: "the 3rd", "on the 15th" when it stands as a date (not "the 3rd session").
_ORDINAL_DAY = re.compile(
    rf"(?i:\b(?:on|by|until|till|since|before|after|from|through|thru|of)[ \t]+)(the[ \t]+{_DAY}{_ORD})(?![\w])"
    rf"(?![ \t]+(?!of\b|at\b|and\b|or\b|to\b|through\b|when\b|for\b|because\b|as\b|but\b|so\b|if\b)[a-z])"
)

#: Holidays that name one day. Bare names of multi-day festivals are left alone unless a year follows.
_HOLIDAY_DAY = re.compile(
    r"(?<![\w-])(?:Christmas(?:[ \t]+(?:Eve|Day|morning|night))?|New[ \t]+Year'?s?(?:[ \t]+(?:Eve|Day))|"
    r"Thanksgiving(?:[ \t]+Day)?|Halloween|Easter(?:[ \t]+(?:Sunday|Monday))?|Valentine'?s?[ \t]+Day|"
    r"(?:Mother|Father|Mothers|Fathers|Mother's|Father's|Mothers'|Fathers')[ \t]+Day|Independence[ \t]+Day|"
    r"Fourth[ \t]+of[ \t]+July|Memorial[ \t]+Day|Labor[ \t]+Day|Veterans'?[ \t]+Day|Columbus[ \t]+Day|"
    r"Presidents'?[ \t]+Day|Juneteenth|Martin[ \t]+Luther[ \t]+King(?:[ \t]+Jr\.?)?[ \t]+Day|MLK[ \t]+Day|"
    r"St\.?[ \t]+Patrick'?s[ \t]+Day|Saint[ \t]+Patrick'?s[ \t]+Day|Good[ \t]+Friday|Ash[ \t]+Wednesday|"
    r"Palm[ \t]+Sunday|Yom[ \t]+Kippur|Rosh[ \t]+Hashanah|Eid(?:[ \t]+al-\w+)?|Diwali|Kwanzaa|Hanukkah|"
    r"Chanukah|Passover|Ramadan|Lunar[ \t]+New[ \t]+Year|Chinese[ \t]+New[ \t]+Year|Boxing[ \t]+Day|"
    r"Groundhog[ \t]+Day|Election[ \t]+Day|Super[ \t]+Bowl[ \t]+Sunday|Black[ \t]+Friday|Cinco[ \t]+de[ \t]+Mayo)"
    r"(?:,?[ \t]+(?:1[89]\d\d|20\d\d))?(?![\w-])"
)

#: Ages: "94-year-old", "94 yo", "94 y/o", "age 94", "aged 94", "94 years of age", "in her 90s".
_AGE_NUMBER = r"(9\d|1[0-2]\d)"
_AGE_AFTER = re.compile(
    r"(?<![\w.,/:-])" + _AGE_NUMBER + r"(?=[ \t]*-?[ \t]*(?i:years?|yrs?|y/?o\b|y\.o\.|yo\b|yr\b|year-old|yrs?-old|"
    r"-year|yoM|yoF|yo[mf]\b|y\.?o\.?[mf]\b|\s*(?:m|f|male|female)\b(?=[ \t]+(?:with|w/|presents|admitted|pt|patient))))"
)
_AGE_BEFORE = re.compile(r"(?i:\b(?:age|aged|ages|age:|turned|turning|turns)[ \t]*:?[ \t]*)" + _AGE_NUMBER + r"(?![\w.,]\d|\w)")
_AGE_DECADE = re.compile(r"(?i:\b(?:in|into|late|mid|early)[ \t]+(?:his|her|their|the|mid-|late-|early-)?[ \t]*)(9\d's?|1[01]0'?s|nineties)\b")
_AGE_WORDS = re.compile(
    r"(?i)\b(ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one[- ]hundred(?:[- ]and)?(?:[- ]\w+)?)"
    r"(?=[- ](?:years?|yrs?)[- ]?(?:old|of age)?\b)"
)


def _valid_month_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _is_score(text: str, start: int, end: int, month: int, day: int) -> bool:
    """Whether a bare m/d fraction reads as a score, a strength, a ratio or a dose rather than a date."""
    before = text[max(0, start - 24) : start]
    after = text[end : end + 16]
    if _DATE_CUE.search(before):
        return False
    if _SCORE_CUE.search(before) or _SCORE_AFTER.match(after):
        return True
    # scales out of 4, 5 and 10, and the common kitchen fractions, read as numbers unless a date cue says not
    if day in (4, 5, 10) and month <= day:
        return True
    if (month, day) in {(1, 2), (1, 3), (2, 3), (3, 4), (1, 4), (1, 8)}:
        return True
    return False


def find_dates(text: str) -> Iterator[Span]:
    """Dates with a day or a month, month names, ordinal days and holidays."""
    for m in _WRITTEN.finditer(text):
        yield m.start(), m.end(), "DATE"
    for m in _MONTH_ALONE.finditer(text):
        if m.group() == "March" and at_sentence_start(text, m.start()):
            continue  # "March to the car" at the start of a sentence is the verb
        yield m.start(), m.end(), "DATE"
    for m in _NUMERIC_FULL.finditer(text):
        if m.group(1):
            a, b = int(m.group(1)), int(m.group(3))
            if _valid_month_day(a, b) or _valid_month_day(b, a):
                yield m.start(), m.end(), "DATE"
        else:
            if _valid_month_day(int(m.group(7)), int(m.group(8))):
                yield m.start(), m.end(), "DATE"
    if "/" in text:
        for rx in (_NUMERIC_MD, _NUMERIC_MD_LOOSE):
            for m in rx.finditer(text):
                month, day = int(m.group(1)), int(m.group(2))
                if not _valid_month_day(month, day):
                    continue
                if rx is _NUMERIC_MD and _is_score(text, m.start(), m.end(), month, day):
                    continue
                yield m.start(), m.end(), "DATE"
    for m in _ORDINAL_DAY.finditer(text):
        yield m.start(1), m.end(1), "DATE"
    for m in _HOLIDAY_DAY.finditer(text):
        yield m.start(), m.end(), "DATE"


def find_ages(text: str) -> Iterator[Span]:
    """Ages over 89, as the number alone ("94" in "a 94-year-old")."""
    for rx in (_AGE_AFTER, _AGE_BEFORE, _AGE_DECADE, _AGE_WORDS):
        for m in rx.finditer(text):
            yield m.start(1), m.end(1), "AGE"
