"""Date elements other than the year alone, holidays, and ages over 89.

Safe Harbor removes every element of a date (except the year) that relates to a person: day, month,
day-and-month, a holiday that pins a date. A year alone ("in 2019") and an age under 90 stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .context import LOWER, MONTH_NAMES, UPPER, WOMAN_BEFORE_MONTH, at_sentence_start, begun_with
from .cues import CUES

Hits = dict[str, list[re.Match[str]]]

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
_WEEKDAY = r"(?:Weds|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_ORD = r"(?:st|nd|rd|th|ST|ND|RD|TH)"
_YEAR = r"(?:1[89]\d\d|20\d\d|'\d\d)"
_MONTH_WORDS = _MONTH[3:-1] + "|" + _MONTH_UPPER[3:-1]

#: A month name, then a day ("March 3", "Feb 9, 2024", "March the 3rd") or a year ("March 2024"), or alone.
_MONTH_RULE = re.compile(
    rf"(?:{_MONTH}|{_MONTH_UPPER})\.?(?![\w'’-])(?:"
    rf"([ \t]+(?:the[ \t]+)?{_DAY}{_ORD}?(?:[–-]{_DAY}{_ORD}?)?(?![\w]|[:.]\d|/\d)(?:,?[ \t]+{_YEAR}(?!\w))?)"
    rf"|(,?[ \t]+(?:of[ \t]+)?{_YEAR}(?!\w))"
    rf")?"
)
CUES.add("month", _MONTH_WORDS, _MONTH_RULE, capitalized=True)
#: What may stand before a month name: a weekday and a day ("Friday, March 6", "the 3rd of March", "14 April").
#: A day written as a word ("the fourteenth", "twenty-first"), first to thirty-first.
_UNIT_ORDINALS = "fourth|fifth|sixth|seventh|eighth|ninth"  # after first, second, third
_TEEN_ORDINALS = (
    "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    "thirtieth"
)
_SPELLED_DAY = rf"(?:(?:twenty|thirty)[ \t-])?(?:first|second|third|{_UNIT_ORDINALS})|{_TEEN_ORDINALS}"
_BEFORE_MONTH_DAY = re.compile(
    rf"(?<![\w/.])(?:(?:the[ \t]+)?{_DAY}{_ORD}?|(?i:{_SPELLED_DAY}))[ \t]+(?:of[ \t]+)?$"
)
_BEFORE_MONTH_WEEKDAY = re.compile(rf"(?<![\w])(?:{_WEEKDAY})\.?,?[ \t]+(?:the[ \t]+)?$")
#: A relation word or a title before a month alone makes it a woman's name ("Aunt June", "Ms. April", "sister May").
_PERSON_BEFORE_MONTH = re.compile(rf"(?<![\w])(?i:{WOMAN_BEFORE_MONTH})\.?[ \t]+$")
#: The words that make a month a time of year ("in June", "since March", "by late October"); with a capitalized word
#: after it, the month is a woman's first name ("a message from June Abernathy-Kwan").
_TIME_WORD_BEFORE_MONTH = re.compile(
    r"(?<![\w'’-])(?i:in|since|until|till|til|by|during|through|thru|of|from|last|next|this|early|late|mid|mid-|"
    r"around|before|after|for|into|starting|end[ \t]+of|beginning[ \t]+of)[ \t]*(?:early|late|mid-?)?[ \t]*$"
)
#: A month alone is no date ("April was the hardest month", "the June schedule", "relapsed in February") but of a
#: birth, a death or a stay, which Safe Harbor names; or when it is a woman's name, which the months below often are,
#: known by what only a person does after it ("June is now grieving", "April said") or before it ("call June", "w/
#: June").
_NAME_MONTHS = frozenset(("April", "June", "APRIL", "JUNE"))
_PERSON_AFTER_MONTH = re.compile(
    r"(?:,[ \t]+\d{1,2},|[ \t]+(?:is[ \t]+(?:now[ \t]+)?|was[ \t]+)?"
    r"(?:said|says|told|tells|asked|asks|cried|texted|called|calls|wants|wanted|thinks|thought|feels|felt|agreed|"
    r"shared|laughed|yelled|grieving|crying|staying|pregnant|upset|angry)\b)"
)
_PERSON_BEFORE_NAME_MONTH = re.compile(
    r"(?<![\w'’-])(?:w/|(?i:with|call|called|text|texted|invite|invited|tell|told|ask|asked),?)[ \t]+$"
)
_CAPITALIZED_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:['’]s)?[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")  # "a message from June Abernathy-Kwan": a name
#: The events whose month alone is still a date of the person's under Safe Harbor ("born in March", "died in
#: February", "admitted in June").
_LIFE_EVENT_BEFORE_MONTH = re.compile(
    r"(?i:\b(?:born|birth|birthday|bday|b-day|dob|died|passed|death|deceased|admitted|admission|discharged?))"
    r"[^.;:!?\n]{0,20}$"
)
_FULL_MONTHS = frozenset(
    "January February March April June July August September October November December "
    "JANUARY FEBRUARY APRIL JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER".split()
)
#: Numeric dates with a year: 2/23/26, 12/30/2025, 12-30-2025, 12.30.2025, 2025-12-30.
_NUMERIC_FULL = re.compile(
    r"(?=\d)(?:"
    r"(\d{1,2})([/.-])(\d{1,2})\2((?:1[89]|20)\d\d|\d{2})"
    r"|((?:1[89]|20)\d\d)([/.-])(\d{1,2})\6(\d{1,2})"
    r")(?![\w/%]|[.:-]\d)"
)
#: What every match of ``_NUMERIC_FULL`` holds (the same separator on both sides of a day or month), each found
#: fast from the separator: the pass over the digits of the text runs only where one is found.
_NUMERIC_FULL_HINTS = tuple(re.compile(rf"\{sep}\d\d?\{sep}\d") for sep in "/.-")
_RANGE_START_BEFORE = re.compile(r"(?<![\w/])\d{1,2}/\d{1,2}[–-]$")
#: An ordinal day in parentheses ("sat nite (the 4th)") or before a time ("can he do the 24th at 6?").
#: The character before is checked in code; ``\d\d?`` is ``\d{1,2}`` begun with a class, which the engine scans for
#: fast (see ``places._ADDRESS``).
_ORDINAL_ANYWHERE = re.compile(rf"\d\d?{_ORD}(?![\w/])")
#: The same begun with ``[0-9]`` for an ASCII text, where ``\d`` is that: a plain class is tested faster.
_ORDINAL_ANYWHERE_ASCII = begun_with(_ORDINAL_ANYWHERE, r"\d", "[0-9]")
_ORDINAL_IN_PARENTHESES = re.compile(r"\([ \t]*the[ \t]+$")  # "(the 4th)"; "(7th)" is a grade or a count
_ORDINAL_AT_TIME = re.compile(r"[ \t]+(?:at|@)[ \t]*\d{1,2}(?::\d\d)?[ \t]*(?:am|pm|a\.m\.|p\.m\.|\?|\.|,|$)", re.IGNORECASE)
_THE_BEFORE_ORDINAL = re.compile(r"(?<![\w])the[ \t]+$", re.IGNORECASE)
#: "rescheduled to the 21st,", "the hearing is the 30th.", "grounded til the 20th": a day that ends the clause.
_VERB_THE_BEFORE_ORDINAL = re.compile(r"(?<![\w])(?:is|was|til|till|to)[ \t]+the[ \t]+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\"”]|$|at[ \t])")
#: After "the Nth" at the end of a clause or before a conjunction or a time ("dreading the 30th, anniversary of",
#: "by the 20th swims", "make it the 27th bc", "absent the 3rd only", "cant come the 14th my daughter"), a day of the month; before a noun ("the 3rd session", "the 5th
#: grade", "the 2nd time") an ordinal. A day after "of" ("most of the 3rd") stays a count.
_ORDINAL_DAY_END = re.compile(
    r"[ \t]*(?:[.,;:!?)\"”]|$|(?:at|@|and|or|bc|b/c|because|when|so|but|since|til|till|until|dont|don['’]t|"
    r"cant|can['’]t|is|was|would|will|swims|if|only|then|again|too|instead|either|anyway|my|his|her|our|their|"
    r"we|i|he|she|they|no|pls|please|ok|okay|works|thx|right|lol)\b)"
)
_OF_THE_BEFORE_ORDINAL = re.compile(r"(?<![\w])(?:of|in|for)[ \t]+the[ \t]+$", re.IGNORECASE)
_DAY_FIRST_CUE = re.compile(
    r"(?<![\w])(?i:after|before|until|till|since|by|dated?|born|next[ \t]+(?:session|appt|appointment|visit|rdv)|"
    r"appt|appointment|rdv|cita|session[ \t]+on|meeting|mtg|for|scheduled|supervision|session|visit)[ \t]*:?[ \t]+$"
)
#: Month and year: "since 5/2024", "03/2023" (a month with its year is a date element; "1/2000" is too).
_NUMERIC_MY = re.compile(r"/(?:19|20)\d\d(?![\w/%]|[.:-]\d)")  # found from the slash, the month looked back for
_MONTH_BEFORE_SLASH = re.compile(r"(?<![\w/.:#-])(?:0?[1-9]|1[0-2])$")  # also before "-day clock" (find_dates)
#: Month and day: 4/18, 9/28 (and ranges such as 1/1-1/3, found as two dates and joined). ``\d\d?`` is ``\d{1,2}``
#: begun with a class, which the engine scans for fast (see ``places._ADDRESS``).
_NUMERIC_MD = re.compile(r"(\d\d?)/(\d{1,2})(?:(?![\w/]|[.:]\d|-\d)|(?=-\d{1,2}/))")
#: The same begun with ``([0-9]`` for an ASCII text, where ``\d`` is that: a plain class is tested faster.
_NUMERIC_MD_ASCII = begun_with(_NUMERIC_MD, r"(\d", "([0-9]")
_NUMERIC_MD_HINT = re.compile(r"/(?<=\d/)\d")  # what every match holds, found fast from the slash
#: Words before a fraction that make it a score, a strength, a setting, a vital sign or a dose rather than a
#: date ("pain 7/10", "strength 5/5", "PSV 10/5", "CVP 8/12", "c/o 3/10", "1/2 tab"). A few filler words may
#: stand between ("PSV of 10/5", "PS increased to 12/5", "MMSE was 24/30").
_SCORE_WORDS = (
    r"pain|rated?|rates|rating|scale|scored?|suds?|voc|mood|anxiety|level|strength|strong|grip|power|motor|"
    r"reflex(?:es)?|assist|intensity|distress|urge|craving|energy|sleep|motivation|confidence|c/o|"
    r"gcs|apgar|mmse|moca|nihss|rass|riker|sats?|spo2|sao2|ratio|bp|nbp|abp|sbp|dbp|b/p|map|hr|rr|cvp|"
    r"pap|pad|pas|pcwp|wedge|icp|cpp|svr|co/ci|ci|tv|vt|ve|mv|pupils?|perrla?|mae|murmur|sem|"
    r"tab|tabs|tablet|dose|cup|tsp|tbsp|inch|mile|miles|psv|ps|peep|cpap|bi-?pap|vent|ventilator|"
    r"ventilation|mask|flow|flowby|settings?|attendance|attended|present|"
    # a value being changed: "weaned down to 10/5", "changed to 12/5" (a date takes "on": "changed on 10/5")
    r"(?:wean(?:ed|ing)?|chang(?:ed|ing)|increas(?:ed|ing)|decreas(?:ed|ing)|switch(?:ed|ing)|titrat(?:ed|ing)|"
    r"turn(?:ed|ing)|dropp(?:ed|ing)|went|back|down|up)[ \t]+(?:down[ \t]+|up[ \t]+|back[ \t]+)?to|"
    r"a/c|ac|simv|imv|ipap|epap|fio2|i:e|rate|endorse[sd]?|endorsing|"
    # instruments scored as a total over a maximum ("GAD-7 12/21", "PCL-5 31/80", "BDI-II 21/63")
    r"phq-?\d*|gad-?\d*|pcl-?5?|c?y-?bocs|bdi(?:-?ii)?|bai|audit(?:-c)?|dast(?:-10)?|epds|k-?10|ors|srs|oq-?45|isi|"
    r"pss|ders|ces-?d|asrs|mdq|c-?ssrs|caps-?5|ham-?[ad]|madrs|ymrs|panss|bprs|gds|total|"
    # children's and youth instruments ("CRAFFT 4/6", "SCARED 31/82", "RCADS", "SDQ")
    r"crafft|scared|rcads|sdq|masc-?2?|cdi-?2?|cpss-?5?|psc-?17|phq-a|asq|aces?"
)
_SCORE_CUE = re.compile(
    rf"(?:(?<![A-Za-z])(?P<word>(?i:{_SCORE_WORDS}))|\d%)[ \t]*[:=~,-]?[ \t]*"
    r"(?i:(?:of|to|at|is|was|now|@|~|increased|decreased|changed|weaned|wean|weaning|down|up|back|"
    r"remains?|still|approx\.?|about)[ \t]+){0,3}$"
)
#: A rating word a few words before a fraction on a rating scale: "rated importance 7/10", "both rated the
#: session 8/10", "cravings 7/10", "urges hit 8/10", "Guilt 7/10", "jaw tension, 7/10".
_NEAR_RATING = re.compile(
    r"(?<![A-Za-z])(?i:rated?|rates|rating|ratings|scored?|scores|cravings?|urges?|importance|readiness|confidence|"
    r"willingness|motivation|anx|anxiety|mood|distress|pain|suds|stress|sadness|anger|energy|hopefulness|"
    r"interference|severity|impairment|intensity|likelihood|probability|chance|peak|fear|panic|craving|worry|"
    r"thermometer|guilt|shame|tension|satisfaction|racing|irritability|hopelessness|fatigue|"
    r"pleasure|mastery|closeness)"
    r"(?:[ \t]+[\"“]?[A-Za-z'’-]+[,.]?[\"”]?,?){0,3}[ \t]*[:=~-]?[ \t]*[\"“(]?$"
)
_RATING_SCALES = frozenset({4, 5, 10})
#: ADHD item counts out of 9 (Vanderbilt, ASRS): "inattention 5/9", "hyperactive 6/9".
_ADHD_ITEMS = re.compile(r"(?i:inattenti\w*|hyperactiv\w*|impulsiv\w*)[ \t]*[:=]?[ \t]*$")
#: Screens by how many items they have, right before a count of the items endorsed: "ASRS Part A 5/6", "MDQ positive
#: 9/13", "Vanderbilt 6/9".
_SCREEN_ITEMS = {"asrs": 6, "part": 6, "mdq": 13, "vanderbilt": 9}
_ITEMS_OF_SCREEN = re.compile(
    r"(?<![A-Za-z])(?P<screen>(?i:asrs(?:[ \t]+part[ \t]+a)?|part[ \t]+a|mdq|vanderbilt))"
    r"(?:[ \t]+(?i:positive|negative|pos|neg|screen|parent|teacher|[tp]))?[ \t]*[:=]?[ \t]*$"
)
#: A value changing from a fraction ("down from 7/10", "improved from 6/8") names an earlier score, not a date.
_CHANGE_FROM = re.compile(
    r"(?<![A-Za-z])(?i:down|up|improv(?:ed|ing)|decreas(?:ed|ing)|increas(?:ed|ing)|dropp(?:ed|ing)|fell|rose|"
    r"reduc(?:ed|ing)|lower(?:ed)?|better|worse|change[ds]?)[ \t]+from[ \t]*$"
)
#: Filler words before a fraction that read as "a number follows": a score only when the fraction is
#: scale-like (small denominator, numerator not above it), else a date ("it was 4/25", "x 10/30").
_WEAK_SCORE_CUE = re.compile(
    r"(?<![A-Za-z])(?i:(?:x|of|out of|about|approx\.?|~|at|is|was|to|from|in|up|down)[ \t]*[:=]?[ \t]*)$"
)
_SCALE_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10})
#: Words after a fraction that make it a quantity, a setting or a score whatever stands before it.
_SCORE_AFTER = re.compile(
    r"^[ \t]*(?P<word>(?i:pain|strength|scale|tab|tabs|tablets?|doses?|cups?|miles?|strong|assist|"
    r"times|sessions?|days?|nights?|weeks?|hours?|hrs?|visits?|appointments?|meetings?|groups?|classes|"
    r"shifts?|meals?|out[ \t]+of|positive|negative|criteria|symptoms|inattentive|hyperactive|at[ \t]+peak|"
    r"mg|mcg|ml|cc|units?|bilat\w*|throughout|present|attended|attending|members|participants|"
    r"mmhg|mm|bpm|%|sats?|muscle|motor|grips?|score|correct|items?|questions?|words?|points?|"
    r"ns|nss|normal saline|d5\w*|lr|strength|psv|ps|peep|cpap|bipap|fio2|sem|murmur|systolic|"
    r"holosystolic|diastolic|hsm|pulses?))(?![A-Za-z])"
)
#: A score word says what the fraction would measure; a fraction that cannot be that measure is not one. Scores
#: never exceed their scale ("rating 12/5"); pain is rated out of 10 or on 3-, 4- and 5-point scales ("c/o pain
#: 5/7", "10/30 pain" are not pain scores); a pupil is 1-9 mm ("PERRLA 11/28" is not a pupil size).
_SCALE_WORDS = re.compile(
    r"(?i:pain|c/o|rated?|rates|rating|scale|scored?|score|suds|mood|anxiety|level|intensity|distress|urge|"
    r"craving|energy|sleep|motivation|confidence|gcs|apgar|mmse|moca|nihss|strength|strong|grip|power|motor|"
    r"correct|items?|questions?|words?|points?)"
)
#: Counted occasions ("slept 5/7 nights", "3/4 sessions"): a date word before still makes the fraction a date
#: ("no change from 5/12 nights").
_COUNT_WORDS = re.compile(
    r"(?i:times|sessions?|days?|nights?|weeks?|visits?|appointments?|meetings?|groups?|classes|shifts?|meals?)"
)
_COUNT_DATE_CUE = re.compile(r"(?<![A-Za-z])(?i:on|since|from|until|till|by|before|after|through)[ \t]*$")
_PAIN_WORDS = re.compile(r"(?i:pain|c/o)")
_PAIN_DENOMINATORS = frozenset({3, 4, 5, 10})
_PUPIL_WORDS = re.compile(r"(?i:pupils?|perrla?)")
#: Strength, reflexes and pulses are graded out of 4 or 5 ("5/5 bilat", "+2/4 pulses"); murmurs out of 6.
_GRADE_WORDS = re.compile(r"(?i:bilat\w*|throughout|strength|strong|grips?|motor|muscle|power|pulses?|reflex(?:es)?)")
_MURMUR_WORDS = re.compile(r"(?i:murmur|sem|hsm|systolic|holosystolic|diastolic)")
#: A blood pressure is systolic over diastolic, the first number the larger ("approx 7/17 mmHg" is not one).
_PRESSURE_PAIR_WORDS = re.compile(r"(?i:bp|nbp|abp|b/p|mmhg)")
#: Cardiac output over cardiac index: the output is the index times a body surface above 1 m², so the larger.
_OUTPUT_INDEX_WORDS = re.compile(r"(?i:co/ci)")
#: Pressures read as one number (central venous, intracranial, cerebral perfusion, wedge, pulmonary artery
#: diastolic or systolic alone): a fraction after one is not its reading, so the words that make a fraction a
#: number do not apply to it ("CVP- 5/11", "ICP 3/4"); a date word or a unit still decides.
_SINGLE_PRESSURE = re.compile(
    r"(?<![A-Za-z])(?i:cvp|icp|cpp|pcwp|pcw|wedge|pad|pas)[ \t]*[:=~,-]?[ \t]*"
    r"(?i:(?:of|is|was|now|@|~|still|remains?|originally|approx\.?|about)[ \t]+){0,3}$"
)


def _cannot_measure(word: str, month: int, day: int) -> bool:
    """Whether the fraction month/day is impossible as what ``word`` measures."""
    if _SCALE_WORDS.fullmatch(word) and month > day:
        return True
    if _PAIN_WORDS.fullmatch(word) and day not in _PAIN_DENOMINATORS:
        return True
    if _GRADE_WORDS.fullmatch(word) and (month > day or day > 5):
        return True
    if _MURMUR_WORDS.fullmatch(word) and (month > day or day > 6):
        return True
    if (_PRESSURE_PAIR_WORDS.fullmatch(word) or _OUTPUT_INDEX_WORDS.fullmatch(word)) and month <= day:
        return True
    return bool(_PUPIL_WORDS.fullmatch(word)) and (month > 9 or day > 9)


#: A clock's time with its half of the day ("4/4 6:10 pm"): a fraction before it is a date even when it reads as a full
#: score.
_CLOCK_AFTER = re.compile(
    r"^[ \t]*,?[ \t]*(?:@|at|AT)?[ \t]*(?:[01]?\d|2[0-3]):[0-5]\d[ \t]*(?i:am|pm|a\.m\.|p\.m\.)(?![A-Za-z])")
#: A time right after a fraction makes it a date ("7/13 0930", "4/5 PM", "12/18 in am", "1/8 @ 2200").
_TIME_AFTER = re.compile(
    r"^[ \t]*,?[ \t]*(?:@|at|AT)?[ \t]*(?:"
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?![\d/.%:]|[ \t]*(?i:cc|ml|mg|mcg|units?|kg|gm?|hrs?|x)\b)"
    r"|\d{1,2}[ \t]*(?i:am|pm|a\.m\.|p\.m\.)(?![A-Za-z])"
    r"|(?i:am|pm|a\.m\.|p\.m\.)(?![A-Za-z])"
    r"|(?i:in[ \t]+(?:the[ \t]+)?(?:am|pm|morning|afternoon|evening))(?![A-Za-z])"
    r")"
)
#: Words before a fraction that make it a date.
_DATE_CUE = re.compile(
    r"(?<![A-Za-z])(?i:(?:on|since|from|until|till|by|before|after|dated?|dob|d\.o\.b\.?|admitted|admission|"
    r"discharged?|seen|born|died|passed|call(?:ed)?|next|last|session|sess|appt|appointment|scheduled|f/u|rtc|sesh|"
    r"submitted|faxed|signed|received|mailed|filed|e-?mailed|"
    r"revised|updated|(?:session|sess|appt|visit)[ \t]+(?:was|is)|"
    r"booked|resched(?:uled)?|mtg|meeting|hearing|court|"
    r"(?:moved|pushed|bumped|rescheduled|resched)(?:[ \t]+(?:up|back))?[ \t]+to|"
    r"follow-?up|due|starting|started|effective|through|thru|of|date|today|yesterday|tomorrow|"
    r"hx|h/o|s/p|status post|placed|inserted|removed|changed|discontinued|d/c'?d|dc'?d|restarted|resumed|"
    r"stopped|completed|drawn|sent|intubated|extubated|transferred|transfused|line|aline|a-line|paline|picc|"
    r"cvl|tlc|foley|peg)[ \t]*[:=]?[ \t]*)$"
    # a clock time with am/pm just before ("until 2am 1/4")
    r"|\d(?i:am|pm|a\.m\.|p\.m\.)[ \t]+$"
)
#: "the 3rd", "on the 15th" when it stands as a date (not "the 3rd session").
_ORDINAL_WORDS = (
    r"on|by|until|till|since|before|after|from|through|thru|of|session|appointment|appt|meeting|due|scheduled|"
    r"rescheduled|discharge|discharged|admit|admitted|court|hearing|surgery|visit|start|starts|starting|ends|"
    r"effective|return|returns|moving|moves|deadline|for|bday|birthday|mtg|meet|call|party|funeral|wedding|"
    r"anniversary|ceremony|graduation|group|grp|do|which is|that['’]?s|(?:pushed|moved|bumped|changed)[ \t]+to|"
    r"between|next:|f/u|fu|rtc|follow-?up|around|maybe|not|date|til"
)
_ORDINAL_DAY = re.compile(
    rf"(?i:(?:{_ORDINAL_WORDS})(?:[ \t]+(?:is|was))?[ \t]+)(the[ \t]+{_DAY}{_ORD}(?:[ \t]+of[ \t]+(?:this|next|last|the)[ \t]+month)?)"
    rf"(?![\w])"
    rf"(?![ \t]+(?!of\b|at\b|and\b|or\b|to\b|through\b|when\b|for\b|because\b|as\b|but\b|so\b|if\b|with\b|"
    rf"in\b|after\b|before\b|from\b|until\b|by\b|while\b|since\b|during\b|around\b|about\b|on\b|where\b|which\b|im\b|"
    rf"who\b|that\b|re\b|cuz\b|cause\b|bc\b|tho\b|right\b|ok\b|okay\b|lol\b|[a-z]+ed\b)[a-z])"  # "is the 21st right??"
)

CUES.add("ordinal_day", _ORDINAL_WORDS, _ORDINAL_DAY)
#: The same with the day as a word ("moved to the fourteenth", "on the twenty-first"), after the words that most
#: surely take a date; "the first", "the second" and "the third" are counts too often ("by the third session").
#: Found from the day word (rare), the date word looked back for.
_SPELLED_ORDINAL_WORDS = (
    r"on|by|until|till|til|since|before|after|due|scheduled|rescheduled|return|returns|(?:pushed|moved|bumped|changed)[ \t]+to|"
    r"f/u|rtc|follow-?up|court|hearing|funeral|birthday|bday"
)
_SPELLED_DAY_WORDS = f"twenty|thirty|{_UNIT_ORDINALS}|{_TEEN_ORDINALS}"  # the cue words: every day but 1st-3rd
_SPELLED_ORDINAL_DAY = re.compile(
    rf"(?!(?i:first|second|third)\b)(?i:{_SPELLED_DAY})(?![\w-])(?![ \t]+[A-Z]{{2}})"
    r"(?![ \t]+(?!of\b|at\b|and\b|or\b|to\b|when\b|because\b|but\b|so\b|if\b|with\b|in\b|after\b|before\b|"
    r"from\b|until\b|by\b|since\b|around\b|about\b|re\b|[a-z]+ed\b)[a-z])"
    r"(?![ \t]+of\b)"  # "the third of March" is the month rule's
)
CUES.add("spelled_ordinal_day", _SPELLED_DAY_WORDS, _SPELLED_ORDINAL_DAY)
_SPELLED_ORDINAL_CUE = re.compile(rf"(?<![\w])(?i:{_SPELLED_ORDINAL_WORDS})[ \t]+((?i:the)[ \t]+)$")
#: A day, a hyphen and a month, as spreadsheets and much of the world write it ("14-Mar", "3-jun-2024").
_DAY_MONTH_HYPHEN_WORDS = _MONTH_WORDS + "|" + "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DAY_MONTH_HYPHEN = re.compile(
    rf"(?<=\d-)(?:{_DAY_MONTH_HYPHEN_WORDS})(?:-(?:(?:19|20)\d\d|\d\d))?(?![\w'’-])"
)
CUES.add("day_month_hyphen", _DAY_MONTH_HYPHEN_WORDS, _DAY_MONTH_HYPHEN)
_DAY_BEFORE_HYPHEN = re.compile(r"(?<![\w/.:-])(0?[1-9]|[12]\d|3[01])-$")
#: A day, a month in capitals and a year run together, as the military writes dates ("05MAR2007", "20JUN10").
_MONTHS_IN_CAPITALS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
_DAY_MONTH_GLUED = re.compile(rf"(?:{_MONTHS_IN_CAPITALS})(?:19|20)?\d\d(?![\w])")
CUES.add("day_month_glued", _MONTHS_IN_CAPITALS, _DAY_MONTH_GLUED)
_DAY_GLUED_BEFORE = re.compile(r"(?<![\w/.:-])(?:0?[1-9]|[12]\d|3[01])$")
#: "every 1st and 15th", "each 3rd": days of the month that recur.
_EVERY_ORDINAL = re.compile(
    rf"(?i:every|each)[ \t]+({_DAY}{_ORD})(?:[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?({_DAY}{_ORD}))?(?![\w/])"
    r"(?![ \t]+(?!and\b|or\b|of\b)[a-z])"  # not "every 3rd/4th breath", "every 2nd day"
)
CUES.add("every_ordinal", "every|each", _EVERY_ORDINAL)
_AND_ORDINAL = re.compile(rf"[ \t]+(?:and|or|&)[ \t]+(the[ \t]+{_DAY}{_ORD})(?![\w/])(?![ \t]+(?!and\b|or\b)[a-z])")
#: A weekday right before a month/day fraction, or before "the 13th".
_WEEKDAY_BEFORE = re.compile(rf"(?<![\w])(?i:{_WEEKDAY})\.?,?[ \t]+$")  # "Sat 2/8", "nxt fri 2/23"
_WEEKDAY_WORDS = "Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN"
#: ... or a bare day number ("next Monday 19."), not a time, a count or a dose ("Monday 10 am", "Fri 2 sessions");
#: in French and Spanish too ("lundi 12", "martes 4").
_NOT_A_DAY_AFTER = (
    r"(?![\w:/.,]\d|\d|[%–—-]|[ \t]*(?i:am|pm|a\.m|p\.m|h\b|hrs?\b|hours?|min|mins|minutes|o['’]clock|x\b|mg|"
    r"noon|midnight|sessions?|times|days|weeks|pts|patients|people|members|kids|clients|groups?|calls|visits|-))"
)
_WEEKDAY_ORDINAL = re.compile(
    rf"(?i:{_WEEKDAY})(?:\.?(?:[ \t]+(?:night|nite|morning|evening|afternoon|am|pm))?,?[ \t]+(?:the[ \t]+)?{_DAY}{_ORD}(?![\w])"
    # "Thurs 4th hour", "Mon 2nd shift": a school period or a shift, not a day
    rf"(?![ \t]+(?i:hour|hr|period|block|shift|grade|floor|quarter|round|rotation)s?\b)|"
    rf"\.?,?[ \t]+(?:0?[1-9]|1[0-2])[-.](?:1[3-9]|2\d|3[01])(?![\w/%.-]|[.:]\d)(?![ \t]*(?i:mg|mcg|ml|units?|am|pm))|"
    # "tues 3-18", "Fri 3.21"; not "Mon 9-12" (hours)
    rf"(?<=day|DAY)[ \t]+{_DAY}(?![\w]){_NOT_A_DAY_AFTER})"
)
CUES.add("weekday_ordinal", _WEEKDAY_WORDS, _WEEKDAY_ORDINAL)
_FOREIGN_WEEKDAYS = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|"
    r"sabado|domingo"
)
_FOREIGN_WEEKDAY_DAY = re.compile(rf"(?i:{_FOREIGN_WEEKDAYS})[ \t]+(?:le[ \t]+|el[ \t]+)?{_DAY}(?:er)?(?![\w]){_NOT_A_DAY_AFTER}")
CUES.add("foreign_weekday_day", _FOREIGN_WEEKDAYS, _FOREIGN_WEEKDAY_DAY)

#: Holidays that name one day (and festivals, which pin a date as much as a month does).
_HOLIDAY_WORDS = (
    r"Canada[ \t]+Day|Victoria[ \t]+Day|"
    r"Christmas(?:[ \t]+(?:Eve|Day|morning|night))?|(?:Xmas|X-mas)(?:[ \t]+(?:Eve|Day))?|New[ \t]+Year'?s?(?:[ \t]+(?:Eve|Day))|New[ \t]+Years|"
    r"New[ \t]+Year(?![’'s])|New[ \t]+Year['’]s(?![\w]|[ \t]+(?:resolutions?|goals?|intentions?|Eve|Day))|Thanksgiving(?:[ \t]+Day)?|Halloween|Easter(?:[ \t]+(?:Sunday|Monday))?|Valentine'?s?[ \t]+Day|"
    r"(?:Mother|Father|Mothers|Fathers|Mother's|Father's|Mothers'|Fathers')[ \t]+Day|Independence[ \t]+Day|"
    r"Fourth[ \t]+of[ \t]+July|Memorial[ \t]+Day|Labor[ \t]+Day|Veterans'?[ \t]+Day|Columbus[ \t]+Day|"
    r"Presidents'?[ \t]+Day|Juneteenth|Martin[ \t]+Luther[ \t]+King(?:[ \t]+Jr\.?)?[ \t]+Day|MLK[ \t]+Day|"
    r"St\.?[ \t]+Joseph'?s[ \t]+Day|"
    r"St\.?[ \t]+Patrick'?s[ \t]+Day|Saint[ \t]+Patrick'?s[ \t]+Day|Good[ \t]+Friday|Ash[ \t]+Wednesday|"
    r"Palm[ \t]+Sunday|Erev[ \t]+Yom[ \t]+Kippur|Erev[ \t]+Rosh[ \t]+Hashanah|Erev[ \t]+Pesach|Erev[ \t]+Passover|"
    r"Yom[ \t]+Kippur|Rosh[ \t]+Hashanah|Eid(?:[ \t]+al-\w+)?|Diwali|Kwanzaa|Hanukkah|"
    r"Chanukah|Passover|Ramadan|(?:Lunar|Chinese|Hmong|Vietnamese|Korean|Tibetan|Persian|Jewish|Islamic)[ \t]+New[ \t]+Year|"
    r"Boxing[ \t]+Day|World[ \t]+AIDS[ \t]+Day|Transgender[ \t]+Day[ \t]+of[ \t]+Remembrance|"
    r"National[ \t]+Coming[ \t]+Out[ \t]+Day|"
    r"Groundhog[ \t]+Day|Election[ \t]+Day|Super[ \t]+Bowl[ \t]+Sunday|Black[ \t]+Friday|Cinco[ \t]+de[ \t]+Mayo|"
    # other traditions' days and festivals
    r"Tết|Tet|Nowruz|Norooz|Nowrooz|(?:Día|Dia)[ \t]+de[ \t]+(?:los[ \t]+)?(?:Muertos|Reyes)|"
    r"Day[ \t]+of[ \t]+the[ \t]+Dead|Three[ \t]+Kings['’]?[ \t]+Day|Navratri|Holi|Vaisakhi|Baisakhi|"
    r"Dashain|Tihar|Durga[ \t]+Puja|Raksha[ \t]+Bandhan|Ganesh[ \t]+Chaturthi|Onam|Pongal|Makar[ \t]+Sankranti|"
    r"Chuseok|Seollal|Songkran|Vesak|Losar|Obon|Purim|Sukkot|Shavuot|Ashura|Mawlid|Mardi[ \t]+Gras|"
    r"Maundy[ \t]+Thursday|Pentecost(?:[ \t]+Sunday)?|Carnaval|Tabaski|All[ \t]+Saints['’]?[ \t]+Day|"
    r"Indigenous[ \t]+Peoples['’]?[ \t]+Day|"
    r"Patriots['’]?[ \t]+Day|All[ \t]+Souls['’]?[ \t]+Day|Thingyan|Thadingyut|Sviatvechir|Sviat[ \t]+Vechir|Velykden|"
    r"F[èe]t[ \t]+Gede|Holy[ \t]+(?:Thursday|Saturday|Week)|Bandi[ \t]+Chhor[ \t]+Divas|Guru[ \t]+Nanak[ \t]+Jayanti|"
    r"Orthodox[ \t]+Easter|Orthodox[ \t]+Christmas|Meskel|Timkat|Irreechaa|Hari[ \t]+Raya|Eid[ \t]+al-Fitr|Eid[ \t]+al-Adha|Emancipation[ \t]+Day|(?:Dia|Día)[ \t]+(?:de|dos)[ \t]+Finados|Finados"
)
_LETTERS = LOWER
_NOT_NAMED_DAY = frozenset(
    "Adult Same Next First Last Every Each This That One Good Bad Hard Long Sick Snow Rest The Field Career Game "
    "Spirit".split()
)
#: Dates written in Spanish ("8 de mayo", "el 3 de enero de 2024").
_SPANISH_MONTHS = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)
_SPANISH_DATE = re.compile(
    r"(?<![\w/])(?i:(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)[ \t]+)?(?:el[ \t]+)?\d{1,2}[ \t]+"
    rf"de[ \t]+(?i:{_SPANISH_MONTHS})(?:[ \t]+de[ \t]+\d{{4}})?(?![\w])"
)
CUES.add_keys("spanish_date", {"de"}, re.compile(rf"de[ \t]+(?i:{_SPANISH_MONTHS})(?![\w])"))
#: A Spanish month with its year ("julio 2024", "marzo de 2023").
_SPANISH_MONTH_YEAR = re.compile(rf"(?i:{_SPANISH_MONTHS})[ \t]+(?:de[ \t]+)?(?:19|20)\d\d(?![\w])")
CUES.add("spanish_month_year", _SPANISH_MONTHS, _SPANISH_MONTH_YEAR)
#: Day and month with a dot, as much of the world writes them ("Next supervision 28.11"), after a date word.
_DOTTED_DAY_MONTH = re.compile(
    r"(?i:next[ \t]+(?:session|supervision|meeting|mtg|appt|appointment|visit|group|rdv|cita)|next|rdv|cita|le|"
    r"date(?:[ \t]+is)?|dated|interview|hearing|since|until|on|log|scheduled|video|vm|voicemail|screen)"
    r"[ \t]*:?[ \t]+(\d{1,2})\.(\d{2})(?![\d]|\.\d|[ \t]*(?i:mg|mcg|ml|mmol|meq|units?|kg|lbs?|%|x\b|l\b|liters?|oz|cc))"
)
#: A drug after a dotted number ("on 6.25 captopril", "on 12.50 of lasix").
_DOSE_AFTER = re.compile(r"[ \t]+(?:of[ \t]+)?(?:(?i:[a-z]+(?:ine|ol|il|ide|ril|pril|one|am|in|ex|ax))\b|[A-Z]{2,}\b)")
CUES.add("dotted_day_month", "next|rdv|cita|le|date|dated|interview|hearing|since|until|on|log|scheduled|video|vm|"
         "voicemail|screen", _DOTTED_DAY_MONTH)
#: Dates written in French ("le 5 juin", "1er mars 2024"), found from the month name.
_FRENCH_MONTHS = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
)
_FRENCH_DATE = re.compile(
    rf"(?<![\w/])(?i:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \t]+)?(?:le[ \t]+)?(?:1er|\d{{1,2}})[ \t]+"
    rf"(?:{_FRENCH_MONTHS})(?:[ \t]+\d{{4}})?(?![\w])"
)
CUES.add("french_date", _FRENCH_MONTHS, re.compile(rf"(?:{_FRENCH_MONTHS})(?![\w])"))
#: A named day after a date preposition ("after Prince Kūhiō Day", "on Kamehameha Day"): a holiday the list lacks.
_NAMED_DAY = re.compile(
    rf"(?i:after|before|on|over|since|until|through|around|for|in[ \t]+the|at[ \t]+the)[ \t]+(?:the[ \t]+)?"
    rf"((?:[A-Z][{_LETTERS}]+[ \t]+){{1,3}}Day)(?![\w'’])"
)
CUES.add("named_day", "after|before|on|over|since|until|through|around|for|in|at", _NAMED_DAY)
#: The main holidays written in lower case ("since thanksgiving", "over christmas").
_LOWER_HOLIDAY_WORDS = (
    r"thanksgiving|christmas(?:[ \t]+(?:eve|day))?|xmas(?:[ \t]+(?:eve|day))?|easter|halloween|new[ \t]+year'?s(?:[ \t]+(?:eve|day))?|"
    r"memorial[ \t]+day|labor[ \t]+day|mother'?s[ \t]+day|father'?s[ \t]+day|fourth[ \t]+of[ \t]+july|july[ \t]+4th|"
    r"diwali|hanukkah|passover|kwanzaa|juneteenth|ramadan|eid|hmong[ \t]+new[ \t]+year|lunar[ \t]+new[ \t]+year|"
    r"chinese[ \t]+new[ \t]+year|valentine'?s?[ \t]+day|st\.?[ \t]+patrick'?s[ \t]+day|veterans'?[ \t]+day|"
    r"presidents'?[ \t]+day|mlk[ \t]+day|cinco[ \t]+de[ \t]+mayo|new[ \t]+years[ \t]+eve|christmas[ \t]+morning"
)
_LOWER_HOLIDAY = re.compile(rf"(?:{_LOWER_HOLIDAY_WORDS})(?:[ \t]+sunday)?(?:,?[ \t]+(?:19|20)\d\d)?(?![\w-]|['’]\w)")
#: A month written in lower case with its day ("bday is sept 9th", "court on jan 14"): a date; "may" alone is a word.
_LOWER_MONTH_ABBREVIATIONS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_LOWER_MONTH_DAY = re.compile(
    rf"(?:{_LOWER_MONTH_ABBREVIATIONS})(?:[a-z]{{0,6}})\.?[ \t]+"
    rf"(?:\d{{1,2}}(?P<ord>st|nd|rd|th)?(?:[-–]\d{{1,2}}(?:st|nd|rd|th))?|"
    r"(?P<yy>['’]\d\d))(?![\w/:]|\.\d)"
)
#: After "may" and a number, what ends the clause or books a time ("the meet is may 3.", "may 3 at noon"): the month;
#: "I may 5 times" goes on.
_MAY_DAY_END = re.compile(r"[ \t]*(?:[.,;:!?)\n]|$|@|(?:at|and)\b)")
_LOWER_MONTHS = frozenset(_LOWER_MONTH_ABBREVIATIONS.split("|"))
_LOWER_MONTH_NAMES = MONTH_NAMES - {"may"}
CUES.add("lower_month_day", _LOWER_MONTH_ABBREVIATIONS, _LOWER_MONTH_DAY)
#: A day before a month written in full and in lower case ("on 26 march", "the 3rd of june"); not "may".
_LOWER_MONTH_NAME = re.compile(
    r"(?:january|february|march|april|june|july|august|september|october|november|december)(?![\w'’-])"
)
CUES.add("lower_month_name", "january|february|march|april|june|july|august|september|october|november|december",
         _LOWER_MONTH_NAME)
_DAY_BEFORE_LOWER_MONTH = re.compile(r"(?<![\w/.:,-])(?:the[ \t]+)?(\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?$")
CUES.add("lower_holiday", _LOWER_HOLIDAY_WORDS, _LOWER_HOLIDAY)
_HOLIDAY_DAY = re.compile(r"(?:" + _HOLIDAY_WORDS + r")(?:,?[ \t]+(?:1[89]\d\d|20\d\d))?(?![\w-])")
CUES.add("holiday", _HOLIDAY_WORDS, _HOLIDAY_DAY, capitalized=True)

#: A weekday counted in a month ("the second Sunday of August", "last Friday in May"): a date a family keeps.
_NTH_WEEKDAY_OF_MONTH = re.compile(
    r"(?:first|second|third|fourth|last|1st|2nd|3rd|4th)[ \t]+(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day[ \t]+(?:of|in)[ \t]+"
    rf"(?:{_MONTH_WORDS})(?![\w'’-])"
)
CUES.add("nth_weekday_of_month", "first|second|third|fourth|last|1st|2nd|3rd|4th", _NTH_WEEKDAY_OF_MONTH)
_THE_BEFORE_NTH = re.compile(r"(?i:the)[ \t]+$")


_LAST_BEFORE = re.compile(r"(?<![\w'’-])(?i:last)[ \t]+$")
#: A day counted from a holiday is as much a date as the holiday ("the day after Thanksgiving", "the Tuesday after
#: Labor Day", "the weekend before christmas"): one finding from "the".
_DAY_BEFORE_HOLIDAY = re.compile(
    rf"(?<![\w'’-])(?:(?i:the)[ \t]+)?(?:(?i:day|night|morning|evening|weekend|week|{_WEEKDAY}))[ \t]+"
    r"(?:(?i:after|before)[ \t]+)$"
)


def _with_day_before_holiday(text: str, start: int) -> int:
    """Where the date that a holiday found at ``start`` ends begins: its day counted from it, or the holiday."""
    if not text.endswith(("after ", "before ", "After ", "Before "), 0, start):
        return start
    m = _DAY_BEFORE_HOLIDAY.search(text, max(0, start - 32), start)
    return m.start() if m else start


#: Ages: "94-year-old", "94 yo", "94 y/o", "age 94", "aged 94", "94 years of age", "in her 90s".
_AGE_NUMBER = r"(9\d|1[0-2]\d)"
_AGE_AFTER = re.compile(
    _AGE_NUMBER + r"(?=[ \t]*-?[ \t]*(?i:years?|yrs?|y/?o\b|y\.o\.|yo\b|yr\b|year-old|yrs?-old|"
    r"-year|yoM|yoF|yo[mf]\b|y\.?o\.?[mf]\b|\s*(?:m|f|male|female)\b(?=[ \t]+(?:with|w/|presents|admitted|pt|patient))))"
)
_AGE_BEFORE = re.compile(r"(?i:(?:age|aged|ages|turned|turning|turns)(?:[ \t]+at[ \t]+death)?[ \t]*:?[ \t]*)"
                         + _AGE_NUMBER + r"(?![\w.,]\d|\w)")
CUES.add("age_before", "age|aged|ages|turned|turning|turns", _AGE_BEFORE)
#: "her 95th birthday", "his 100th bday".
_AGE_BIRTHDAY = re.compile(r"(?<!\d)" + _AGE_NUMBER + r"(?:st|nd|rd|th)[ \t]+(?i:birthday|bday|b-day)")
#: "(now 96)", "(currently 91)": an age in a parenthesis.
_AGE_NOW = re.compile(r"\((?:now|currently|age|aged)[ \t]+" + _AGE_NUMBER + r"\)")
#: "died at 96", "passed away at age 91", "lived to be 97".
_AGE_AT_DEATH = re.compile(
    r"(?i:(?:(?:died|passed(?:[ \t]+away)?|death)[ \t]+at|lived[ \t]+to(?:[ \t]+be)?)[ \t]+"
    r"(?:the[ \t]+age[ \t]+of[ \t]+|age[ \t]+)?)" + _AGE_NUMBER + r"(?![\w.,]\d|\w|[ \t]*%)"
)
CUES.add("age_at_death", "died|passed|death|lived", _AGE_AT_DEATH)
_AGE_DECADE = re.compile(
    r"(?i:(?:in|into)[ \t]+(?:his|her|their)[ \t]+(?:mid-?|late-?|early-?)?[ \t]*)(9\d['’]?s|1[01]0['’]?s|nineties)\b"
)
CUES.add("age_decade", "in|into", _AGE_DECADE)
_AGE_WORDS = re.compile(
    r"(?i)(ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one[- ]hundred(?:[- ]and)?(?:[- ]\w+)?)"
    r"(?=[- ](?:years?|yrs?)[- ]?(?:old|of age)?\b|[ \t]*[,;).!?]|[ \t]+(?i:and|but|now|who|next|this)\b)"
)
CUES.add("age_words", "ninety|one", _AGE_WORDS)
#: Relatives whose age over 89 is said beside them as often as a parent's ("her brother, 99,", "stepfather (99)").
_SIBLINGS_AND_STEP_PARENTS = "brother|sister|stepfather|stepmother|stepdad|stepmom"
#: An age said of a person without "years old": "Mom is 90 and lives alone", "cl is 97,", "her father
#: Stanisław, 101, and", "grandmother (93)". Not "is 90 minutes", "is 95%", "HR is 92", "BP 90/60".
_PERSON_WORDS = (
    r"she|he|cl|client|pt|patient|mom|mother|dad|father|grandmother|grandma|grandfather|grandpa|nana|husband|"
    r"wife|partner|aunt|uncle|neighbor|neighbour|widow|widower|resident|who|" + _SIBLINGS_AND_STEP_PARENTS
)
_AGE_OF_PERSON = re.compile(
    rf"(?i:(?<![A-Za-z])(?:{_PERSON_WORDS}))(?:[ \t]+[{'A-Z'}][\w'’-]+|[ \t]+[a-z]{{2,12}}(?=,))?"
    rf"(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]*"
    rf"(?:,(?:[ \t]*(?i:now|currently|aged?))?|\(|['’]s|(?i:is|was|turned|turns|now|will[ \t]+be)"
    rf"(?:[ \t]+(?i:now|almost|nearly|about|just|over))?)[ \t]*"
    + _AGE_NUMBER
    + r"(?=[ \t]*(?:[,.;)!?\"”]|$|(?i:and|who|but|now|lives|living|still|yo|y/o|on|next|this|in)\b))"
)
CUES.add("age_of_person", _PERSON_WORDS, _AGE_OF_PERSON)
#: "a nonagenarian of 96", "a centenarian (103)": the word says the number is an age.
_AGE_GENARIAN = re.compile(r"(?i:nonagenarian|centenarian|supercentenarian)[ \t]*(?:of[ \t]+|\(|,[ \t]*|—[ \t]*)"
                           + _AGE_NUMBER + r"(?![\w.,]\d|\w)")
CUES.add("age_genarian", "nonagenarian|centenarian|supercentenarian", _AGE_GENARIAN)
CUES.add_keys("age_of_person", {"he'", "he’"}, _AGE_OF_PERSON)  # "he's 90": the word is "he's", keyed "he'"
#: An age set off by commas after a capitalized name: "Harold, 90, has Alzheimer's".
#: An age set off by commas or a parenthesis ("Harold, 92,", "C-207, 90,", "Father-in-law, 90,", "Carmen (93)"):
#: found from the number, then the word before it is checked.
_AGE_APPOSITIVE = re.compile(r"(?:,[ \t]*|[ \t]*\()" + _AGE_NUMBER + r"(?=[!?]*[ \t]*[,;):])")
#: What every match of ``_AGE_APPOSITIVE`` holds, each found fast from its first character (the pattern itself may
#: begin at any space).
_AGE_APPOSITIVE_HINTS = (re.compile(r",[ \t]*" + _AGE_NUMBER), re.compile(r"\(" + _AGE_NUMBER))
#: "says shes 92", "hes 91 now": a pronoun run into its verb by a fast writer.
_AGE_SHES = re.compile(r"hes[ \t]+(?:almost[ \t]+|nearly[ \t]+|now[ \t]+)?" + _AGE_NUMBER
                       + r"(?=[ \t]*(?:[,.;)!?\"“”]|$|(?i:and|but|now|yrs?|years|y/?o)\b))")
#: "he's 90 per chart", "She is 90": an age said of a person with a pronoun and "is".
_AGE_PRONOUN_WORDS = r"he's|he’s|she's|she’s|he|she|i'm|i’m|im"
_AGE_PRONOUN = re.compile(
    rf"(?i:(?:{_AGE_PRONOUN_WORDS})(?<=['’]s)|(?:he|she)[ \t]+(?:is|was|turned|turns)|i['’]?m|i[ \t]+am)"
    rf"[ \t]+(?i:almost[ \t]+|nearly[ \t]+|now[ \t]+)?"
    + _AGE_NUMBER
    + r"(?=[ \t]*(?:[,.;)!?\"”]|$|(?i:and|but|now|yrs?|years|y/?o|per|today|so|too|already|with|w)\b))"
)
CUES.add("age_pronoun", _AGE_PRONOUN_WORDS + "|i", _AGE_PRONOUN)
#: "his grandmother, who raised him, is 94", "nana ruth who is 94 had a fall": an age after a clause about the person
#: or "who is" ("who is 90 days sober" is a count).
_AGE_AFTER_WHO = re.compile(
    r"(?:,[ \t]*who[ \t]+[^,.;\n()]{1,30},[ \t]*(?:is|was|turned|turns)|"
    r"[ \t]who[ \t]+(?:would(?:[ \t]+have|['’]ve)[ \t]+been|would[ \t]+be|will[ \t]+be|turns|turned|is|was))"
    r"[ \t]+(?:now[ \t]+|almost[ \t]+|nearly[ \t]+)?"
    + _AGE_NUMBER + r"(?![\w.,]\d|\w|[ \t]*(?:%|percent|min|minutes|hours|hrs|lbs|pounds|kg|mg|seconds|degrees|points|"
    r"days?|weeks?|months?|miles?|sober|clean|in\b|on\b|of\b|out\b|/))"
)
#: "Pop's 95th on the 21st": an ordinal of 90 or more after a possessive is the person's birthday.
_AGE_POSSESSIVE_ORDINAL = re.compile(r"['’]s[ \t]+" + _AGE_NUMBER + r"(?:st|nd|rd|th)(?![\w])")
#: The same begun with a straight apostrophe, a literal the engine finds fast (a class is tested at every
#: character), for a text without a curly one.
_AGE_POSSESSIVE_ORDINAL_STRAIGHT = begun_with(_AGE_POSSESSIVE_ORDINAL, "['’]", "'")
_AGE_APPOSITIVE_WORD = re.compile(
    rf"(?<![\w])(?:[{UPPER}][{LOWER}]*['’]?[{LOWER}]+(?:-[{LOWER}]+)?|[A-Z]{{1,3}}-\d{{2,5}}|"
    r"(?i:[a-z]+-in-law|grandmother|grandfather|grandma|grandpa|gma|abuela|abuelo|mother|"
    r"halmoni|halmeoni|lola|lolo|nana|nani|dadi|oma|opa|bubbe|babushka|granny|grandad|granddad|mamaw|papaw|"
    r"father|mom|dad|aunt|uncle|husband|wife|widow|widower|" + _SIBLINGS_AND_STEP_PARENTS + "))[\"”’')]{0,2}$"
)


def _valid_month_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _is_score(text: str, start: int, end: int, month: int, day: int, *, ranged: bool = False) -> bool:
    """Whether a bare m/d fraction reads as a score, a strength, a setting, a vital sign or a dose rather
    than a date.

    In order: a unit or score word after it, or a score word before it, makes it a number, unless the fraction
    cannot be what that word measures or the word is a pressure read as one number; a date word before
    it ("on", "since", "s/p", "HX:") or a time after it ("7/13 0930", "12/18 in am") makes it a date; a
    filler word before it ("x", "was", "to") makes a scale-like fraction a number; scales out of 4 and 5 and
    the kitchen fractions are numbers unless a date word says otherwise. The first part of a range
    ("4/2-4/4") is a date unless a score word says otherwise.
    """
    before = text[max(0, start - 40) : start]
    after = text[end : end + 20]
    if _THE_BEFORE.search(before) and _EVENT_AFTER.match(after):
        return False  # "the 10/3 session", "the 2/6 appt": which session, by its date
    if _OWNER_BEFORE_EVENT.search(before) and _EVENT_AFTER.match(after) and not month <= day <= 10:
        return False
    if _DATED_EVENT_BEFORE.search(before) and not (month <= day <= 6):
        return False  # "UDS 7/15 positive", "last attended 9/12": dated; "UA 3/4 negative" counts the tests
    if _SESSION_COUNT_BEFORE.search(before) and month <= day and (day <= 16 or day in (18, 20, 24, 26, 30, 52)):
        return True  # "Group, session 7/12": the seventh of twelve; not "session 10/22" (no course is 22 long)
    if _ROW_START_BEFORE.search(before) and _ROW_HOURS_AFTER.match(after):
        return False  # "4/4 90 min group", "5/7 group 90 min": an hours log's day, first on its line
    unit = _SCORE_AFTER.match(after)
    if unit and not _cannot_measure(unit.group("word"), month, day) and not (
            _COUNT_WORDS.fullmatch(unit.group("word")) and _COUNT_DATE_CUE.search(before)):
        return True
    if _SINGLE_PRESSURE.search(before):
        return False
    cue = _SCORE_CUE.search(before)
    if cue and not (cue.group("word") and _cannot_measure(cue.group("word"), month, day)):
        return True
    if _CHANGE_FROM.search(before) and month <= day and day in _SCALE_DENOMINATORS:
        return True
    if day in _RATING_SCALES and month <= day and _NEAR_RATING.search(before):
        return True
    if day == 9 and month <= day and _ADHD_ITEMS.search(before):
        return True
    items = _ITEMS_OF_SCREEN.search(before) if month <= day else None
    if items and day == _SCREEN_ITEMS[items.group("screen").lower().split()[0]]:
        return True  # "ASRS Part A 5/6", "MDQ positive 9/13": items endorsed out of the screen's own count
    if ranged or _DATE_CUE.search(before):
        return False
    if _BULLET_BEFORE.search(before) and (day not in _SCALE_DENOMINATORS or after.startswith(":")):
        return False  # "- 3/5: Zoom captions failed", "• 9/7 day pass w/ dad": a dated item of a list
    if _ROW_START_BEFORE.search(before) and _COLUMN_AFTER.match(after):
        return False  # "3/5 | 1.0 | group": the first column of a log's row
    if _HOURS_AFTER.match(after) and month != day:
        return False  # "Hours log — 3/4: 2.0 direct; 3/5: 1.5 direct": the day the hours were worked
    if _TIME_AFTER.match(after) and (month != day or _CLOCK_AFTER.match(after)):
        return False  # "7/13 0930"; "[4/4 6:10 pm]", a clock's time after a day like a full score
    if _WEAK_SCORE_CUE.search(before) and month <= day and day in _SCALE_DENOMINATORS:
        return True
    if day in (4, 5) and month <= day:
        return True  # strength and scales out of 4 or 5 ("5/5 bilaterally")
    if day == 10 and month <= 10 and _THERAPY_RATING_CONTEXT.search(text, max(0, start - 80), start):
        return True  # "Hope for change: 6/10", "self-rated 7/10": with no date word before it, a rating
    if (month, day) in _KITCHEN_FRACTIONS:
        return True
    return False


#: A row of a table or a log: the fraction at the start of a line, a column's bar, a tab or a dash and a number after it
#: ("3/4 — 0.5 hr phone consult").
_ROW_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
_COLUMN_AFTER = re.compile(r"[ \t]*(?:\||\t)|[ \t]+[—–][ \t]+\d")
#: Time spent after a fraction that opens a line ("4/4 90 min group", "3/4 1.5 group"): an hours log's day, even one
#: that reads like a score out of 4 or a kitchen fraction.
#: Time spent, as an hours log writes it ("1.5 hr", "2.0 direct", "90 min", "1.0 indiv").
_TIME_SPENT = (r"\d{1,3}(?:\.\d{1,2})?[ \t]*(?:min\b|mins\b|minutes\b|h\b|hrs?\b|hours?\b|indiv|individual\b|group\b|"
               r"sup\b|supervision\b|direct\b|intake\b)")
_ROW_HOURS_AFTER = re.compile(
    r"[ \t]+(?:(?:group|grp|indiv|individual|sup|supervision|intake|family|couples?|1:1)[ \t]+)?" + _TIME_SPENT)
#: Hours after a fraction and a colon or a dash ("3/4: 2.0 direct", "3/5 - 1.5 hr"): a log's day.
_HOURS_AFTER = re.compile(r"[ \t]*[:—–-][ \t]*" + _TIME_SPENT)
#: A list item's bullet or dash at the start of a line, right before a fraction.
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-•*–·][ \t]*$")
#: A urine or lab test, or the last visit, before a fraction: the day it was done, whatever follows.
_DATED_EVENT_BEFORE = re.compile(
    r"(?<![\w])(?i:uds|ua|utox|u-tox|tox[ \t]+screen|drug[ \t]+screen|labs|drawn|collected|"
    r"tsh|a1c|hba1c|cmp|bmp|cbc|lfts?|lipids|lipid[ \t]+panel|bnp|ldl|hdl|psa|"
    r"last[ \t]+(?:attended|seen|visit|contact|session|sess|appt))[ \t]*[:=-]?[ \t]*$"
)
_THE_BEFORE = re.compile(r"(?<![\w])(?:the|The|that|this)[ \t]+$")
#: "our 4/11 meeting", "next 3/18 appt": which meeting, by its date; "our 3/4 sessions" counts them.
_OWNER_BEFORE_EVENT = re.compile(r"(?<![\w])(?:our|Our|your|my|next|Next|last|Last)[ \t]+$")
_EVENT_AFTER = re.compile(r"[ \t]+(?i:sessions?|appts?|appointments?|visits?|meetings?|calls?|group|class|hearing)\b")
#: "session 7/12", "wk 4/8", "module 3/6": a count, unless a date word stands before ("next session 4/10").
_SESSION_COUNT_BEFORE = re.compile(
    r"(?<![\w])(?<!next )(?<!last )(?<!Next )(?<!Last )(?<!in )(?<!In )(?<!feedback )(?<!Feedback )(?<!intake )(?<!'s )(?<!’s )"
    r"(?<!Intake )(?<!family )(?<!Family )(?<!follow-up )(?i:session|sess|wk|week|module|lesson|class)"
    r"[ \t]*#?[ \t]*$"
)
#: Words of a therapy note near a bare N/10 ("rated", "hope", "felt", "session"), which makes it a rating.
_THERAPY_RATING_CONTEXT = re.compile(
    r"(?i:rat\w*|hope\w*|felt|feel\w*|mood|anx\w*|urge\w*|crav\w*|confiden\w*|important\w*|ready|readiness|"
    r"scale|level|fear|worry|stress|calm|safe\w*|pain|energy|sleep|session|progress|change|motivat\w*|sad\w*|"
    r"happ\w*|ang\w*|distress|suds|belief|believ\w*|certain\w*|trust\w*)"
)
_KITCHEN_FRACTIONS = frozenset({(1, 2), (1, 3), (2, 3), (3, 4), (1, 4), (1, 8)})
#: What may join two dates into a range or a list ("4/2-4/4", "from 6/13 to 6/17", "5/6 or 5/7").
_DATE_JOIN = re.compile(r"[ \t]*(?:-|–|—|to|TO|through|thru|until|till|or|OR|and|AND|&|,)[ \t]*")
#: Month-day with a hyphen ("on 4-18") only right after a date word, and not before a unit or a count.
_MD_HYPHEN_WORDS = (
    r"on|since|dated?|dob|admitted|discharged|until|till|due|scheduled|appt|appointment|effective|starting|"
    r"started|born|died|seen|ON|SINCE|UNTIL|next|rtc|RTC|f/u|F/U|sesh|session|booked|rescheduled|resched|mtg|"
    r"meeting|hearing|court|visit|screen|log|video|vm|VM|voicemail|note|notes|group|grp"  # no keys of frequent words
    # ("from", "sat", "int")
)
#: What ends a month-day written with a hyphen or a dot: the clause, a time, or a word that goes on about the visit.
_MD_END = (
    r"(?=[ \t]*(?:$|[\n\r.,;:)\]\"”']|(?i:at|@|and|to|for|when|after|before|with|w/|from|re|cl|pt|client|in)\b|"
    r"\d{1,2}(?::\d\d)?[ \t]*(?i:am|pm|a|p)\b))"
)
_MD_HYPHEN = re.compile(
    rf"(?:{_MD_HYPHEN_WORDS})[ \t]*:?[ \t]+(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(?![\w/%-]|[.:]\d)" + _MD_END
)
CUES.add("md_hyphen", _MD_HYPHEN_WORDS, _MD_HYPHEN)
#: Month and day with a hyphen or a dot after a word that books a visit ("return 11-19", "f/u 5.9", "Next 11-2",
#: "rescheduled to 11.4 at 10", "moved to 4-22 @ 9", "drawn 9.12"), ending the clause or before a time; not a
#: count or a length ("f/u 1-2 weeks", "next 1.5 hrs").
_BOOKED_WORDS = (
    r"f/u|fu|follow-?up|rtc|next|returns?|returning|resched(?:uled)?|moved|pushed|bumped|changed|drawn|court|hearing"
)
_BOOKED_MD = re.compile(
    rf"(?i:(?:{_BOOKED_WORDS})(?:[ \t]+(?:session|sess|appt|appointment|visit|mtg|meeting|group|sup|supervision|"
    r"up|back))?(?:[ \t]+(?:to|for))?)[ \t]*:?[ \t]+(?:on[ \t]+)?(0?[1-9]|1[0-2])[.-](0?[1-9]|[12]\d|3[01])"
    r"(?![\w%]|[.:/-]\d)" + _MD_END
)
CUES.add("booked_md", _BOOKED_WORDS, _BOOKED_MD)
#: A month-day with a hyphen opening a line before a column's mark ("9-21 ; Peer consult", "10-3 | group"): a log's
#: day. Not with a dot, which may be the hours ("2.25 | individual").
_ROW_MD_HYPHEN = re.compile(
    r"\n[ \t]*(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(?=[ \t]*(?:;|\||\t|[—–][ \t]))")  # from the newline (a literal)
#: A month-day with a hyphen before "@" and a time ("now 11-18 @ 11", "10-10 @ 2pm"): booked. Not with a dot
#: ("ETT 7.5 @ 21": a tube's size at a depth).
_MD_AT_TIME = re.compile(
    r"-(0?[1-9]|[12]\d|3[01])(?=[ \t]*@[ \t]*\d{1,2}(?::\d\d)?(?![\d/:-]|\.\d))"
)  # found from the hyphen, the month looked back for (a look-behind first is tried at every position)
#: ... or right before a clock time with am or pm ("Phone call 6-3 8:15pm"); not "pain 3-4 at 8pm".
_DAY_BEFORE_CLOCK = re.compile(
    r"-(?:0?[1-9]|[12]\d|3[01])(?=[ \t]+\d{1,2}(?::\d\d)?[ \t]*(?i:am|pm|a\.m\.|p\.m\.|a|p)(?![\w]))"
)  # found from the hyphen, the month looked back for



#: A time of day right after a date, which writers mark with it ("f/u wed 2/26 @ 11", "3/11 at 1:30", "12/12 8am",
#: "2/21 noon"): after "@" any hour; after "at" or a space, an hour with its minutes or its am/pm.
_TIME_AFTER_DATE = re.compile(
    r"(?:,?[ \t]*@[ \t]*\d{1,2}(?::[0-5]\d)?(?:[ \t]?(?i:am|pm|a\.m\.|p\.m\.)|(?i:a|p))?"
    r"|,?[ \t]+(?i:at[ \t]+)?(?:\d{1,2}:[0-5]\d(?:[ \t]?(?i:am|pm|a\.m\.|p\.m\.)|(?i:a|p))?"
    r"|\d{1,2}(?:[ \t]?(?i:am|pm|a\.m\.|p\.m\.)|(?i:a|p))|(?i:noon|midnight)))(?![\w:/-]|\.\d)"
)


def find_dates(text: str, hits: Hits) -> Iterator[Span]:
    """Dates with a day or a month, month names, ordinal days and holidays, with the time of day written after them."""
    for start, end, kind in _find_dates(text, hits):
        time = _TIME_AFTER_DATE.match(text, end) if kind == "DATE" else None
        yield start, time.end() if time else end, kind


def _find_dates(text: str, hits: Hits) -> Iterator[Span]:
    for m in hits["month"]:
        start, end = m.start(), m.end()
        before = _BEFORE_MONTH_DAY.search(text, max(0, start - 20), start)
        if before:
            start = before.start()
        elif not m.group(1) and not m.group(2):
            word = m.group().rstrip(".")
            if word not in _FULL_MONTHS or (word == "March" and at_sentence_start(text, start)) or (
                    _PERSON_BEFORE_MONTH.search(text, max(0, start - 10), start)):
                continue  # "Jan", "May", "Sept" alone; "March to the car"; "Aunt June" is a name
            if word == "March" and _CAPITALIZED_WORD_BEFORE.search(text, max(0, start - 24), start):
                continue  # "the Dyke March", "the Women's March": an event's name
            if not _LIFE_EVENT_BEFORE_MONTH.search(text, max(0, start - 32), start):
                if (_TIME_WORD_BEFORE_MONTH.search(text, max(0, start - 16), start)
                        and _CAPITAL_AFTER.match(text, start + len(word))
                        or word in _NAME_MONTHS and (
                            _PERSON_AFTER_MONTH.match(text, start + len(word))
                            or _PERSON_BEFORE_NAME_MONTH.search(text, max(0, start - 10), start))):
                    yield start, end, "NAME"  # "call June from the car", "June is now grieving"
                continue  # "April was the hardest month", "the June schedule": a month alone, of no birth or death
        weekday = _BEFORE_MONTH_WEEKDAY.search(text, max(0, start - 16), start)
        if weekday:
            start = weekday.start()
        yield start, end, "DATE"
    if any(hint.search(text) for hint in _NUMERIC_FULL_HINTS):
        for m in _NUMERIC_FULL.finditer(text):
            if _glued(text, m.start()) and not _RANGE_START_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue  # "8/14-8/19/24": the end of a range is a date too
            weekday = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 14), m.start())
            if weekday:
                yield weekday.start(), m.start(), "DATE"  # "Wed 1/22/25"
            if m.group(1):
                a, b = int(m.group(1)), int(m.group(3))
                if _valid_month_day(a, b) or _valid_month_day(b, a):
                    yield m.start(), m.end(), "DATE"
            elif _valid_month_day(int(m.group(7)), int(m.group(8))):
                yield m.start(), m.end(), "DATE"
    if "/" in text:
        prev_end = -1
        last_score = (-1, 0)  # where the last score fraction ended, and its scale
        for m in (_NUMERIC_MD_ASCII if text.isascii() else _NUMERIC_MD).finditer(text) if _NUMERIC_MD_HINT.search(
                text) else ():
            start = m.start()
            month, day = int(m.group(1)), int(m.group(2))
            if month > 12 and _valid_month_day(day, month):
                # day first, as most of the world writes it ("after 14/11"), only after a word that takes a date:
                # "on 13/10" and "PS 15/5" are ventilator settings
                if not (_DAY_FIRST_CUE.search(text, max(0, start - 24), start) or m.group(2).startswith("0")
                        or _WEEKDAY_BEFORE.search(text, max(0, start - 14), start)):  # "on 22/04": a month's zero
                    continue  # "Thursday 21/3" has its weekday
                month, day = day, month
            if not _valid_month_day(month, day):
                continue
            joined = prev_end >= 0 and start - prev_end <= 12 and _DATE_JOIN.fullmatch(text, prev_end, start)
            if not joined and _glued(text, start):
                continue
            if joined and _SCORE_AFTER.match(text, m.end(), m.end() + 20):
                continue
            weekday = None if joined else _WEEKDAY_BEFORE.search(text, max(0, start - 14), start)
            if weekday:
                yield weekday.start(), m.end(), "DATE"  # "Sat 2/8", "Tuesday, 4/8": a weekday makes it a date
                prev_end = m.end()
                continue
            if not joined:
                ranged = text.startswith("-", m.end())
                if _is_score(text, start, m.end(), month, day, ranged=ranged) or _continues_scores(
                        text, start, month, day, last_score):
                    last_score = (m.end(), day)
                    continue
            prev_end = m.end()
            yield start, m.end(), "DATE"
        for m in _NUMERIC_MY.finditer(text):
            month = _MONTH_BEFORE_SLASH.search(text, max(0, m.start() - 3), m.start())
            if month:
                yield month.start(), m.end(), "DATE"
    for name in ("md_hyphen", "booked_md"):
        for m in hits[name]:
            yield m.start(1), m.end(2), "DATE"
    if "@" in text:
        for m in _MD_AT_TIME.finditer(text):
            month = _MONTH_BEFORE_SLASH.search(text, max(0, m.start() - 3), m.start())
            if month:
                yield month.start(), m.end(), "DATE"
    if "-" in text:
        first = _ROW_MD_HYPHEN.match("\n" + text[:40])  # the first line, read with a newline put before it
        if first:
            yield first.start(1) - 1, first.end(2) - 1, "DATE"
        for m in _ROW_MD_HYPHEN.finditer(text):
            yield m.start(1), m.end(2), "DATE"  # "9-21 ; Peer consult w/ Ngozi": the first column of a log's row
        for m in _DAY_BEFORE_CLOCK.finditer(text):
            month = _MONTH_BEFORE_SLASH.search(text, max(0, m.start() - 3), m.start())
            if month:
                yield month.start(), m.end(), "DATE"
    for m in hits["ordinal_day"]:
        yield m.start(1), m.end(1), "DATE"
        more = _AND_ORDINAL.match(text, m.end())
        if more:
            yield more.start(1), more.end(1), "DATE"  # "on the 1st and the 15th"
    if "the " in text or "The " in text:
        for m in (_ORDINAL_ANYWHERE_ASCII if text.isascii() else _ORDINAL_ANYWHERE).finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "/.") or not (
                    0 < int(text[m.start() : m.end() - 2]) <= 31):
                continue
            before = text[max(0, m.start() - 12) : m.start()]
            if (_ORDINAL_IN_PARENTHESES.search(before) and text.startswith(")", m.end())) or (
                    _THE_BEFORE_ORDINAL.search(before) and _ORDINAL_AT_TIME.match(text, m.end())) or (
                    _VERB_THE_BEFORE_ORDINAL.search(before) and _CLAUSE_END.match(text, m.end())) or (
                    _THE_BEFORE_ORDINAL.search(before) and not _OF_THE_BEFORE_ORDINAL.search(before)
                    and _ORDINAL_DAY_END.match(text, m.end())):
                yield m.start() - len(before) + before.lower().rfind("the"), m.end(), "DATE"
    for m in hits["spelled_ordinal_day"]:
        cue = _SPELLED_ORDINAL_CUE.search(text, max(0, m.start() - 30), m.start())
        if cue:
            yield cue.start(1), m.end(), "DATE"
    for m in hits["day_month_hyphen"]:
        day = _DAY_BEFORE_HYPHEN.search(text, max(0, m.start() - 4), m.start())
        if day:
            yield day.start(), m.end(), "DATE"
    for m in hits["day_month_glued"]:
        day = _DAY_GLUED_BEFORE.search(text, max(0, m.start() - 3), m.start())
        if day:
            yield day.start(), m.end(), "DATE"  # "OIF 05MAR2007–12MAY2008"
    for m in hits["every_ordinal"]:
        yield m.start(1), m.end(1), "DATE"
        if m.group(2):
            yield m.start(2), m.end(2), "DATE"
    for name in ("weekday_ordinal", "foreign_weekday_day"):
        for m in hits[name]:
            last = name == "weekday_ordinal" and _LAST_BEFORE.search(text, max(0, m.start() - 6), m.start())
            yield last.start() if last else m.start(), m.end(), "DATE"  # "last Friday the 13th": one date, as written
    for m in hits["nth_weekday_of_month"]:
        the = _THE_BEFORE_NTH.search(text, max(0, m.start() - 5), m.start())
        yield the.start() if the else m.start(), m.end(), "DATE"  # "the second Sunday of August"
    for m in hits["holiday"]:
        yield _with_day_before_holiday(text, m.start()), m.end(), "DATE"
    for m in hits["lower_holiday"]:
        if m.group()[:1].islower():
            yield _with_day_before_holiday(text, m.start()), m.end(), "DATE"
    for m in hits["lower_month_day"]:
        word = m.group().split()[0].rstrip(".")
        if word == "may" and not (m.group("ord") or m.group("yy") or (
                _MAY_DAY_END.match(text, m.end()) and 1 <= int(m.group().split()[-1]) <= 31)):
            continue  # "I may 5 times": a month only with an ordinal ("may 5th") or a day that ends the clause
        if m.group()[:1].islower() and (word in _LOWER_MONTHS or word[:3] in _LOWER_MONTHS and word in _LOWER_MONTH_NAMES):
            yield m.start(), m.end(), "DATE"
    for m in hits["lower_month_name"]:
        day = _DAY_BEFORE_LOWER_MONTH.search(text, max(0, m.start() - 12), m.start())
        if day and 1 <= int(day.group(1)) <= 31:
            yield day.start(), m.end(), "DATE"  # "on 26 march"
    for m in hits["spanish_date"]:
        full = _SPANISH_DATE.search(text, max(0, m.start() - 18), m.end() + 9)
        if full:
            yield full.start(), full.end(), "DATE"
    for m in hits["spanish_month_year"]:
        yield m.start(), m.end(), "DATE"
    for m in hits["dotted_day_month"]:
        if _DOSE_AFTER.match(text, m.end()):
            continue  # "started on 6.25 captopril": a dose
        # "Next supervision 28.11" (day first), "on 11.18" (month first, as US writers dot it)
        if _valid_month_day(int(m.group(2)), int(m.group(1))) or _valid_month_day(int(m.group(1)), int(m.group(2))):
            yield m.start(1), m.end(2), "DATE"
    for m in hits["french_date"]:
        full = _FRENCH_DATE.search(text, max(0, m.start() - 18), m.end() + 5)
        if full and full.end() >= m.end():
            yield full.start(), full.end(), "DATE"
    for m in hits["named_day"]:
        first = m.group(1).split()[0]
        if not (first in _NOT_NAMED_DAY or re.fullmatch(_WEEKDAY, first)):
            yield m.start(1), m.end(1), "DATE"


def _continues_scores(text: str, start: int, month: int, day: int, last_score: tuple[int, int]) -> bool:
    """Whether a fraction on the same scale soon after a score carries the series on ("SUDS 7/10 at the
    start, 3/10 at the end"), with no date word of its own."""
    end, scale = last_score
    return (end >= 0 and day == scale and month <= day and 0 < start - end <= 30 and "\n" not in text[end:start]
            and not _DATE_CUE.search(text, max(0, start - 40), start))


def _glued(text: str, start: int) -> bool:
    """Whether a number starting at ``start`` continues a longer token (a decimal, a ratio, an ID).

    A label glued to a date by ':', '-' or '.' ("HX:5/27", "TOXICITY-5/30/1995", "Center.5/28") does not
    count: the number starts there."""
    if start == 0:
        return False
    c = text[start - 1]
    if c in ":-." and start >= 2 and text[start - 2].isalpha():
        return False
    return c.isalnum() or c in "_/.:-"


#: "at 98 she still walks", "at 93, he drives": an age after "at" when a pronoun and its verb follow (not "HR at
#: 100.", "sats at 95%", "at 90 mg"), or "I've", "I'm" ("at 94 I've been called worse"); a sentence begun "At 99, with a
#: new hip" (not "sats at 95, with O2").
_AGE_AT = re.compile(r"(?:(?i:at)(?=[ \t]+(?:" + _AGE_NUMBER[1:-1]
                     + r")[ \t]*,?[ \t]*(?:(?i:she|he|they)|I['’](?:ve|m|d))[ \t]+[a-z])|"
                     r"At(?=[ \t]+(?:" + _AGE_NUMBER[1:-1] + r"),[ \t]*(?:with|her|his)\b))[ \t]+" + _AGE_NUMBER)
CUES.add("age_at", "at", _AGE_AT)
#: An age with the sex after a word for the patient ("Pt 92F", "pt is a 94 M"): a chart's shorthand.
_AGE_SEX = re.compile(r"(?i:pt|patient|client|cl)(?:[ \t]+(?i:is))?(?:[ \t]+(?i:an?))?[ \t]+" + _AGE_NUMBER
                      + r"[ \t]?(?:[MF]|yo[MF])(?![\w])")
CUES.add("age_sex", "pt|patient|client|cl", _AGE_SEX)


def find_ages(text: str, hits: Hits) -> Iterator[Span]:
    """Ages over 89, as the number alone ("94" in "a 94-year-old")."""
    for m in _AGE_AFTER.finditer(text):
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.,/:-"):
            yield m.start(1), m.end(1), "AGE"
    for name in ("age_before", "age_decade", "age_words", "age_of_person", "age_at_death", "age_pronoun", "age_genarian"):
        for m in hits[name]:
            yield m.start(1), m.end(1), "AGE"
    if "irthday" in text or "bday" in text or "b-day" in text:
        for m in _AGE_BIRTHDAY.finditer(text):
            yield m.start(1), m.end(1), "AGE"  # "celebrated her 95th birthday"
    if "hes " in text:
        for m in _AGE_SHES.finditer(text):  # found from "hes", then "shes" or "hes" checked as a whole word
            start = m.start() - 1 if m.start() and text[m.start() - 1] in "sS" else m.start()
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "'’"):
                yield m.start(1), m.end(1), "AGE"
    if " who " in text:
        # found from each "who" (``finditer`` would try both alternatives at every position): a match begins at the
        # comma before it and its blanks, or at the blank right before it, tried in that order, as finditer would
        last_end = 0
        who = text.find("who", 1)
        while who > 0:
            comma = who
            while comma > 0 and text[comma - 1] in " \t":
                comma -= 1
            for start in (comma - 1, who - 1):
                if start >= last_end and (text[start] == "," if start < comma else text[start] in " \t"):
                    m = _AGE_AFTER_WHO.match(text, start)
                    if m:
                        last_end = m.end()
                        yield m.start(1), m.end(1), "AGE"
                        break
            who = text.find("who", who + 1)
    if "'s " in text or "’s " in text:
        for m in (_AGE_POSSESSIVE_ORDINAL if "’" in text else _AGE_POSSESSIVE_ORDINAL_STRAIGHT).finditer(text):
            yield m.start(1), m.end(1), "AGE"
    if "(" in text:
        for m in _AGE_NOW.finditer(text):
            yield m.start(1), m.end(1), "AGE"
    for m in hits["age_at"]:
        yield m.start(1), m.end(1), "AGE"  # "at 98 she still walks"
    for m in hits["age_sex"]:
        yield m.start(1), m.end(1), "AGE"  # "Pt 92F, hx CHF"
    if any(hint.search(text) for hint in _AGE_APPOSITIVE_HINTS):
        for m in _AGE_APPOSITIVE.finditer(text):
            if _AGE_APPOSITIVE_WORD.search(text, max(0, m.start() - 20), m.start()):
                yield m.start(1), m.end(1), "AGE"
