"""Identifiers with a shape of their own: phone and fax numbers, e-mail, URLs, IP addresses, SSNs,
record/account/licence/plate/serial numbers, other long identifying numbers and social-media handles.

Every detector is a generator of ``(start, end, kind)`` over the whole text. The regular expressions are
written so that each can only advance (bounded repeats, no nested unbounded quantifiers), which keeps
scanning linear in the size of the text.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from functools import lru_cache

from .context import begun_with, digit_before_capital, mostly_upper
from .cues import CUES
from .places import is_state
from .vocabulary import FUNCTION_WORDS, is_clinical

Hits = dict[str, list[re.Match[str]]]

Span = tuple[int, int, str]

# --- phone and fax -------------------------------------------------------------------------------------------

_EXT = r"(?:[ \t]*,?[ \t]*(?:x|ext\.?|extension|ext\.? ?#|#|opt\.?|option|press)[ \t]*\d{1,6}(?![\w/.-]\d|[\w/-]))?"

#: North American numbers: (978) 555-0131, 978-555-0131, 978.555.0131, +1 978 555 0131, 1-800-555-0199 x12,
#: 209/555-0161, 555/612/3390. Written in three parts, so that ``_NANP_ASCII`` below can be built from them.
#: The look-ahead lets the engine skip to the next '+', '(' or digit instead of trying every position.
_NANP_HEAD = r"(?=[+(\d])(?:\+?1[ \t.-]?)?"
#: The area code may stand before a slash when the rest is written with a hyphen or a dot ("209/555-0161"), or with
#: slashes throughout ("555/612/3390").
_NANP_AREA = (
    r"(?:\(\d{3}\)[ \t.-]?|\d{3}[ \t.-]|\d{3}/(?=\d{3}[.-]\d{4})|\d{3}(?=\d{7}(?!\d))|\d{3}/(?=\d{3}/\d{4}(?![\w/])))"
)
#: A second number or an extension after a slash is allowed: "(617) 555-0142/0143", "617-555-0142/13"; a slash
#: between the exchange and the line only as the area code's look-ahead above allows.
_NANP_REST = r"\d{3}(?:[ \t.-]?|(?<=\d{3}/\d{3})/)\d{4}(?![\w-]|/(?!\d{1,4}(?![\w/-]|\.\d))|\.\d)" + _EXT
_NANP = re.compile(_NANP_HEAD + _NANP_AREA + _NANP_REST, re.IGNORECASE)

#: ``_NANP`` for an ASCII text: begun with its first character, a class the engine scans for (the look-ahead is
#: tried at every position), in ASCII ``[0-9]`` for ``\d`` (a plain class is tested faster); then, by that character,
#: the "+1" or the "1" of the country code, or the area code from its "(" or its first digit. The same matches,
#: tried in the same order.
_NANP_ASCII = re.compile(
    rf"[+(0-9](?:(?<=\+)1[ \t.-]?{_NANP_AREA}{_NANP_REST}|(?<=1)[ \t.-]?{_NANP_AREA}{_NANP_REST}|"
    rf"(?<=\()\d{{3}}\)[ \t.-]?{_NANP_REST}|"
    rf"(?<=\d)(?:\d{{2}}[ \t.-]|\d{{2}}/(?=\d{{3}}[.-]\d{{4}})|\d{{2}}(?=\d{{7}}(?!\d))|"
    rf"\d{{2}}/(?=\d{{3}}/\d{{4}}(?![\w/]))){_NANP_REST})",
    _NANP.flags,
)

#: Seven-digit local numbers: 555-0142, 555.0142 (not part of a range or a decimal).
#: ``\d\d\d`` is ``\d{3}`` begun with a class, which the engine scans for fast (see ``places._ADDRESS``).
_LOCAL = re.compile(r"\d\d\d[-.]\d{4}(?![\w/-]|\.\d)" + _EXT, re.IGNORECASE)
#: The same begun with ``[0-9]`` for an ASCII text, where ``\d`` is that: a plain class is tested faster.
_LOCAL_ASCII = begun_with(_LOCAL, r"\d", "[0-9]")
_ASCII_FORMS = {_NANP: _NANP_ASCII, _LOCAL: _LOCAL_ASCII}
#: What every match of a number pattern holds, each found fast from a first character rarer than a digit (a
#: pattern that begins with a digit is tried at every digit of the vital signs): a pattern's pass runs only where
#: one of its hints is found. A North American number has "(617)", or a separator between a digit and three
#: digits ("617-555", "555 0142"), or ten digits in a row (a digit run of ten, ``_digit_runs``).
_NANP_HINTS = tuple(re.compile(hint) for hint in (
    r"\)[ \t.-]?\d{3}", r"-(?<=\d-)\d{3}", r" (?<=\d )\d{3}", r"\.(?<=\d\.)\d{3}", r"\t(?<=\d\t)\d{3}",
    r"/(?<=\d{3}/)\d{3}/\d{4}"))
_LOCAL_HINTS = (re.compile(r"-(?<=\d-)\d{4}"), re.compile(r"\.(?<=\d\.)\d{4}"))

#: International numbers written with a plus sign: +44 20 7946 0958, +49-30-1234567.
_INTL = re.compile(r"\+\d{1,3}(?:[ \t.-]?\(?\d{1,5}\)?){2,5}(?![\w-])")

#: Numbers that follow a word saying what they are: "pager #62103", "fax: 555 0199", "cell 5085550142".
_PHONE_CUE_WORDS = (
    r"pager|beeper|beep|pg|bpr|phone|ph|tel|telephone|cell|cellphone|cellular|mobile|fax|facsimile|"
    r"home|work|office|landline|contact|call(?:s|ed|ing)?(?: (?:me|him|her|us))?(?: (?:at|from|on))?|reached at|"
    r"text(?:ed)?(?: (?:me|him|her|us))?(?: (?:at|from|on))|text me|"
    r"callback|call back|call-back|cb(?=[ \t])|call bk|"
    r"page(?:d)? (?:at|on)|paging|vm|v/m|voicemail|lvm|lmom|lmtc"  # "left vm 555 0148"
)
_PHONE_CUE = re.compile(
    r"(?i:\b(?:" + _PHONE_CUE_WORDS + r")"
    r"\.?[ \t]*[:=-]?[ \t]*(?:#|no\.?|num(?:ber)?\.?|number is)?[ \t]*(?:is[ \t]+)?[:#=-]?[ \t]*(?:x|ext\.?)?[ \t]*#?[ \t]*)"
    r"(\(?\+?\d[\d \t().-]{3,18}\d)(?![\w/-]|\.\d)",
)
CUES.add("phone", _PHONE_CUE_WORDS, _PHONE_CUE)
#: An extension alone after "ext"/"extension", or an "x" extension of five digits after a phone word
#: ("ext. 4471", "extension 62103", "beeper x62103" is found by the cue rule above).
_EXT_WORDS = r"ext|extension|EXT|Ext"
_EXT_ALONE = re.compile(r"(?i:ext\.?|extension)[ \t]*(?:#|no\.?)?[ \t]*(\d{3,6})(?![\w/-]|\.\d)")
CUES.add("ext", _EXT_WORDS, _EXT_ALONE)
#: A cued number that is a decimal ("pH 7.44-7.46", "PG 1.2") is a lab value, not a phone number.
_DECIMAL_START = re.compile(r"\(?\d{1,2}\.\d")
#: Words before a seven-digit "local number" that make it a range of quantities ("SVR 954-1183", "HR 100-1112").
_QUANTITY_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:svr|pvr|svri|hr|bp|sbp|plt|plts|platelets|wbc|u/?o|ivf|rate|ranging|range|between|"
    r"ranged|from|up to|cc|mls?|approx\.?|~|tv|vt|vols?)[ \t]*[:=~-]?[ \t]*$"
)



_RANGE = re.compile(r"\d\d0-\d\d00")


def _glued_before(text: str, start: int, extra: str) -> bool:
    """Whether the character before ``start`` is a word character or one of ``extra`` (the match is then
    the tail of a longer token)."""
    if start == 0:
        return False
    c = text[start - 1]
    return c.isalnum() or c == "_" or c in extra


#: A number said digit by digit, as a voicemail is transcribed ("two oh seven five five five oh one nine nine",
#: "four one three, five five five, zero one six two", in Spanish "nueve cinco seis, cinco cinco cinco"): seven, ten or
#: eleven digit words in a row.
_DIGIT_WORDS = ("zero|oh|one|two|three|four|five|six|seven|eight|nine|"
                "cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve")
_SPELLED_NUMBER = re.compile(
    rf"(?i:{_DIGIT_WORDS})(?![\w'’])(?:[ \t]*[,.-]?[ \t]*(?i:{_DIGIT_WORDS})(?![\w'’])){{6,10}}"
)
CUES.add("spelled_number", _DIGIT_WORDS, _SPELLED_NUMBER)
_DIGIT_WORD = re.compile(rf"(?i:{_DIGIT_WORDS})(?![\w'’])")
#: A number written digit by digit with a space between ("9 5 6 5 5 5 0 1 4 6"): ten or eleven digits.
_SPACED_DIGITS = re.compile(r"\d(?:[ \t]\d){9,10}(?![\w.,/-]|[ \t]\d)")
#: The same begun with ``[0-9]`` for an ASCII text, where ``\d`` is that: a plain class is scanned for faster.
_SPACED_DIGITS_ASCII = begun_with(_SPACED_DIGITS, r"\d", "[0-9]")


def find_phones(text: str, hits: Hits) -> Iterator[Span]:
    """Phone, fax and pager numbers in every common written format."""
    for rx in (_NANP, _LOCAL):
        if rx is _NANP and not (any(hint.search(text) for hint in _NANP_HINTS) or any(
                end - start >= 10 for start, end in _digit_runs(text))):
            continue
        if rx is _LOCAL and not any(hint.search(text) for hint in _LOCAL_HINTS):
            continue
        for m in (_ASCII_FORMS[rx] if text.isascii() else rx).finditer(text):
            if _phone_glued(text, m.start()):
                continue
            if rx is _LOCAL and (
                _RANGE.fullmatch(m.group()) or _QUANTITY_BEFORE.search(text, max(0, m.start() - 16), m.start())
            ):
                continue  # "900-1500", "SVR 954-1183": a range of quantities
            yield m.start(), m.end(), "PHONE"
    if "+" in text:
        for m in _INTL.finditer(text):
            if sum(c.isdigit() for c in m.group()) >= 8 and not _glued_before(text, m.start(), "+"):
                yield m.start(), m.end(), "PHONE"
    for m in hits["phone"]:
        digits = sum(c.isdigit() for c in m.group(1))
        if 5 <= digits <= 15 and not _DECIMAL_START.match(m.group(1)):
            yield m.start(1), m.end(1), "PHONE"
    for m in hits["ext"]:
        yield m.start(1), m.end(1), "PHONE"
    for m in hits["spelled_number"]:
        if len(_DIGIT_WORD.findall(m.group())) in (7, 10, 11):
            yield m.start(), m.end(), "PHONE"
    if " " in text:
        for m in (_SPACED_DIGITS_ASCII if text.isascii() else _SPACED_DIGITS).finditer(text):
            if not _glued_before(text, m.start(), ".,/-"):
                yield m.start(), m.end(), "PHONE"


def _phone_glued(text: str, start: int) -> bool:
    """Whether a phone-shaped match continues a longer token: a letter, digit, '+' or '/' before it, or a
    '-' or '.' that follows a digit ("12-555-0142-9"). A label joined by dashes or a full stop
    ("DAUGHTER---617-555-0142", "CELL-(617) 555-0142", "today.(617) 555-0142") does not count."""
    if start == 0:
        return False
    c = text[start - 1]
    if c.isalnum() or c in "_+/":
        return True
    if c in ".-":
        i = start - 1
        while i > 0 and text[i - 1] == c:
            i -= 1
        return i == 0 or not text[i - 1].isalpha() and text[i - 1] not in " \t\n\r-.)"
    return False


# --- e-mail, URLs, IP addresses --------------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24}"
    r"(?![\w-])"
)
_EMAIL_LOCAL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")

#: Top-level domains common enough to flag a bare domain ("behance.net/x"); not ".pl", ".md" and the like,
#: which are also clinical abbreviations ("edema.pl").
_TLDS = (
    "com|org|net|edu|gov|mil|io|us|info|biz|co|me|tv|ly|app|health|care|ai|dev|page|site|online|link|blog|"
    "xyz|club|live|social|church|school|uk|ca|au|de|fr|nl|ie|nz|gg|fm|ee|example"
)
_URL_SCHEME_WORDS = r"https?|ftp|sftp|file"
_URL_SCHEME = re.compile(r"(?i:" + _URL_SCHEME_WORDS + r")://[^\s<>\"'`\]\[{}|\\^]{1,2048}")
CUES.add("url_scheme", _URL_SCHEME_WORDS, _URL_SCHEME)
_URL_WWW = re.compile(r"(?i:www)\.[^\s<>\"'`\]\[{}|\\^]{2,2048}")
CUES.add("url_www", "www", _URL_WWW)
#: A top-level domain after a dot, lower case (or a classic one in capitals), then the domain before it.
_TLD_DOT = re.compile(r"\.(?:" + _TLDS + r"|COM|ORG|NET|EDU|GOV)(?![\w-]|\.\w)")
_DOMAIN_BEFORE = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){0,5}[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
_URL_PATH = re.compile(r"[/?#][^\s<>\"'`\]\[{}|\\^]{0,2048}")
_TRAILING_PUNCT = ".,;:!?'\")]}*_"

_IPV4 = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?:/\d{1,2}|:\d{1,5})?(?![\w]|\.\d)")
_IPV4_HINT = re.compile(r"\.\d{1,3}\.\d")  # what every IPv4 address holds, found fast from the dot
_IPV6_HINT = re.compile(r":[0-9A-Fa-f]{1,4}:")
_IPV6_CANDIDATE = re.compile(r"[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:]{1,40}(?:%\w{1,15})?(?![\w:])")


def _trim_url(text: str, start: int, end: int) -> int:
    """Move ``end`` back over trailing punctuation that belongs to the sentence, keeping balanced ')'."""
    while end > start and text[end - 1] in _TRAILING_PUNCT:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


#: Home pages of public services that notes name without naming anyone: a bare domain, no path.
PUBLIC_DOMAINS = frozenset(
    """doxy.me zoom.us zoom.com simplepractice.com therapynotes.com psychologytoday.com 988lifeline.org samhsa.gov
    nami.org findtreatment.gov headspace.com calm.com betterhelp.com talkspace.com google.com youtube.com
    facebook.com instagram.com tiktok.com reddit.com discord.com venmo.com cash.app gofundme.com amazon.com
    indeed.com linkedin.com x.com twitter.com snapchat.com spotify.com netflix.com""".split()
)


def find_urls(text: str, hits: Hits) -> Iterator[Span]:
    """URLs with a scheme, starting with www., or bare domains on a common top-level domain."""
    for m in hits["url_scheme"] + hits["url_www"]:
        end = _trim_url(text, m.start(), m.end())
        if end - m.start() > 4:
            yield m.start(), end, "URL"
    if "." not in text:
        return
    for m in _TLD_DOT.finditer(text):
        window = max(0, m.start() - 253)
        d = _DOMAIN_BEFORE.search(text, window, m.start())
        if not d or _glued_before(text, d.start(), "@.-"):
            continue
        end = m.end()
        p = _URL_PATH.match(text, end)
        if p:
            end = _trim_url(text, d.start(), p.end())
        if text[d.start() : end].lower().removeprefix("www.") in PUBLIC_DOMAINS:
            continue  # "met on Doxy.me": a public service's home page names nobody; "doxy.me/drsmith" does
        yield d.start(), end, "URL"


def find_emails(text: str, hits: Hits) -> Iterator[Span]:
    """E-mail addresses."""
    # ``_EMAIL.finditer`` would try its look-behind at every position: each match is found from its "@" instead.
    # A match begins where the run of local-part characters before the "@" begins (the look-behind allows no such
    # character before it), at most 64 characters back; one that begins inside the last match is not one finditer
    # finds, as it searches on from that match's end.
    last_end = 0
    at = text.find("@")
    while at >= 0:
        start = at
        while start > 0 and at - start < 65 and text[start - 1] in _EMAIL_LOCAL_CHARS:
            start -= 1
        m = _EMAIL.match(text, start) if start < at and start >= last_end else None
        if m:
            last_end = m.end()
            yield m.start(), m.end(), "EMAIL"
        at = text.find("@", at + 1)


def find_ips(text: str, hits: Hits) -> Iterator[Span]:
    """IPv4 addresses (with optional port or prefix) and IPv6 addresses."""
    for m in _IPV4.finditer(text) if _IPV4_HINT.search(text) else ():
        if _glued_before(text, m.start(), "."):
            continue
        octets = re.split(r"[./:]", m.group())[:4]
        if all(int(o) <= 255 and (o == "0" or not o.startswith("0")) for o in octets):
            yield m.start(), m.end(), "IP"
    if ":" not in text or ("::" not in text and not _IPV6_HINT.search(text)):
        return  # an IPv6 address has "::" or a hex group between two colons
    for m in _IPV6_CANDIDATE.finditer(text):
        candidate = m.group()
        if _glued_before(text, m.start(), ":.") or len(candidate) > 45:
            continue
        if candidate.count(":") < 3 and "::" not in candidate:
            continue
        if candidate.count(":") < 2:
            continue
        try:
            ipaddress.IPv6Address(candidate.split("%", 1)[0])
        except ValueError:
            continue
        yield m.start(), m.end(), "IP"


# --- SSN, record numbers, long numbers -------------------------------------------------------------------------

_SSN = re.compile(r"\d{3}([- ])\d{2}\1\d{4}(?![\w/-]|\.\d)")
#: What every match of ``_SSN`` holds, found fast from the separator.
_SSN_HINTS = (re.compile(r"-\d\d-\d{4}"), re.compile(r" \d\d \d{4}"))
_SSN_MASKED = re.compile(r"(?i:x{3}|\*{3})-?(?i:x{2}|\*{2})-?\d{4}(?![\w-])")
#: A card or an account masked in groups of four, its last groups left ("xxxx-xxxx-2289-0415", "**** **** **** 8812").
_CARD_MASKED = re.compile(r"(?i:(?:x{4}|\*{4})[- ]){2,3}\d{4}(?:[- ]\d{4})?(?![\w-])")
_SSN_CUE_WORDS = r"SSN|SS#|SS ?No\.?|social security(?: number| no\.?| #)?"
_SSN_CUE = re.compile(
    r"(?i:(?:" + _SSN_CUE_WORDS + r")[ \t]*(?:is|was|of|:|#|on file|on record)?[ \t]*(?:\(?(?:ending(?: in)?|last 4|last four|last4)\)?[ \t]*:?[ \t]*)?\(?)"
    r"(\d[\d -]{2,10}\d)(?![\w-])"
)
CUES.add("ssn", _SSN_CUE_WORDS, _SSN_CUE)

#: A word that says the next token is an identifying number.
_ID_CUE = (
    r"(?:MRN|MR ?#|medical record|record|chart|member(?:ship)?|subscriber|plan|policy|account|acct|case|claim|"
    r"group|licen[cs]e|lic|DL|CDL|driver'?s'? licen[cs]e|plate|tag|VIN|serial|S/N|SN|device|student|employee|"
    r"detention|docket|parole|probation|interpreter|A#|A-number|alien number|CDCR|DOC|BOP|TDCJ|EID|NetID|UIN|"
    r"cause|"
    r"staff|badge|ID|identification|Medicaid|Medicare|MassHealth|insurance|certificate|passport|permit|"
    r"docket|inmate|booking|visa|routing|card|benefit|beneficiary|voucher|confirmation|ticket|reference|referral|ref|"
    r"registration|NPI|DEA|EIN|TIN|ITIN|HICN|MBI|prescription|Rx ?#|complaint|incident|application|tracking|"
    r"invoice|order|PSY|file|grievance|petition|warrant|citation|cert|enrollment|EHR|authorization|auth|pol|"
    r"inspection|username|user ?name|login)"
)
_ID_AFTER_CUE = re.compile(
    r"(?i:" + _ID_CUE + r"\.?(?:[ \t]+(?:number|no\.?|num\.?|#|ID|code|is|was|of|plate|card|tag|record|report|rpt|file|log|ending(?:[ \t]+in)?)(?![A-Za-z]))*[ \t]*[:#=,(]?[ \t]*#?[ \t]*)"
    # a number written in groups ("case # 1048 229 73"), with a prefix of capitals
    # (an alien number "A 219 004 113", a member ID "XJH 902 55 1183"), a letter and a dot before digits
    # ("E.0902714"), or a token with an optional prefix ("RN 2419087")
    r"((?:[A-Z]{1,4}[ ]?)?\d{3,5}(?:[ ]\d{2,5}){1,5}(?![\w-]|[.,]\d)|\d{2}(?:[ ]\d{3,5}){2,3}(?![\w-]|[.,]\d)|"
    r"[A-Z]{1,3}\.\d{4,10}(?![\w-]|[.,]\d)|"
    r"(?:(?!(?:ID|MRN|NO|DOB|SSN|MR|DL|ACCT)[ \t])[A-Z]{1,4}(?:-[A-Z]{1,2})?[ \t](?=\d{4,12}\b(?!\.\d)|\d{2,3}-\d))?"
    r"[A-Za-z0-9][A-Za-z0-9-]{2,30}(?:(?<=[A-Z][ \t]\d{4})[ \t][A-Z]{2}(?![\w-]))?)(?![\w-])"  # a boat's "AK 2271 AB"
)
#: Any token of letters, digits and hyphens that carries digits: checked in code for length and shape.
CUES.add("id", _ID_CUE[3:-1], _ID_AFTER_CUE)
#: Any token of letters, digits and hyphens with a run of five digits or more (checked in code); ``\d\d{4,}`` is
#: ``\d{5,}`` begun with a class, which the engine scans for fast (see ``places._ADDRESS``).
_DIGIT_RUN = re.compile(r"\d\d{4,}")
#: ``_DIGIT_RUN`` for an ASCII text, where ``\d`` is ``[0-9]`` (the same matches; a plain class is tested faster).
_ASCII_DIGIT_RUN = re.compile(r"[0-9][0-9]{4,}")


@lru_cache(maxsize=4)
def _digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``_DIGIT_RUN`` matches in ``text`` (asked by the phone and the identifier rules about the same note)."""
    return tuple(m.span() for m in (_ASCII_DIGIT_RUN if text.isascii() else _DIGIT_RUN).finditer(text))
_TOKEN_AROUND = re.compile(r"[A-Za-z0-9]{0,40}(?:-[A-Za-z0-9]{1,40}){0,6}")

#: A quantity with its unit ("5K", "25000units"); seven digits and a letter are a number ("4472918K").
_UNIT_SUFFIX = re.compile(
    r"^\d{1,5}(?:mg|mcg|ug|ml|cc|l|g|kg|lb|lbs|units?|u|iu|meq|mmol|mmhg|hrs?|h|min|mins|sec|am|pm|x|k|st|nd|rd|th|s)$",
    re.IGNORECASE,
)
_SHIFT_TIMES = re.compile(r"^(?:[01]\d|2[0-4])[0-5]\d-(?:[01]\d|2[0-4])[0-5]\d$")
#: Cue words after which a number is a record's even when it looks like shift times ("MRN 0048-2213").
_RECORD_CUE = re.compile(r"(?i:MRN|MR|medical record|record|chart|member|subscriber|policy|account|acct|case|claim|"
                         r"docket|inmate|booking|confirmation|ticket|reference|ref|incident|student|employee)\b")
#: A prefix of capitals and two groups of digits ("PRAC-2231-07"), found from the first hyphen and digits.
_GROUPED_CODE = re.compile(r"-\d{4,6}-\d{2,6}(?![\w-])")
_CODE_PREFIX = re.compile(r"(?<![\w-])[A-Z]{3,6}$")


#: A vehicle plate after "plate": capitals and digits in up to three groups, with a state's code ("MN 7RB 442", "IL DK
#: 48213").
_PLATE = re.compile(
    r"(?i:(?:licen[cs]e[ \t]+)?plates?\b(?:[ \t]+(?:number|no\.?|#))?[ \t]*[:#,]?[ \t]*(?:(?:is|was|reads?|(?:listed[ \t]+)?as)[ \t]+)?)"
    r"((?:[A-Z]{2}[ \t])?[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,5}){0,2}|[a-z]{2,4}[ -]?\d{3,4}|\d{3,4}[ -]?[a-z]{2,4})"
    r"(?![\w-])"  # "plate lkt 4490" in lower case
)
CUES.add("plate", r"licen[cs]e|plates?", _PLATE)
#: An officer's badge number after the name ("deputy whitfield #3391", "Ofc. Lindqvist #6620").
_BADGE_WORDS = r"ofc|officer|deputy|dep|det|detective|sgt|sergeant|trooper|badge|cpl|lt"
_BADGE_NUMBER = re.compile(r"#[ \t]?(\d{3,6})(?![\w-])")  # found from "#", the officer looked back for
_OFFICER_BEFORE = re.compile(
    rf"(?<![\w])(?i:{_BADGE_WORDS})\.?[ \t]+(?:[A-Za-z][A-Za-z'’-]+[ \t]*){{0,2}}[,(]?[ \t]*(?:badge[ \t]+)?$"
)
#: A plate's shape (capitals, then digits) a few words after "tag" or "plate".
_PLATE_SHAPE = re.compile(r"(?<![\w-])(?:[A-Z]{2}[ \t])?(?:[A-Z]{2,3}[- ]?\d{3,4}|\d[A-Z]{2,3}[- ]?\d{3})(?![\w-])")
#: California's plate shape, a digit, three capitals and three digits ("his truck 8BXK512"), which nothing else in a
#: note is. Begun with the digit, a class the engine scans for fast (a look-behind first is tried at every position).
_CALIFORNIA_PLATE = re.compile(r"\d(?<![\w-]\d)[A-Z]{3}\d{3}(?![\w-])")
#: A boat's state number without its cue: a state's two capitals, four digits, two capitals ("ME 4471 TK"), found from
#: the digits, the capitals before them checked.
_BOAT_NUMBER = re.compile(r"[0-9]{4} [A-Z]{2}(?![\w-])")  # a class first, which the engine scans for fast
_BOAT_HINT = re.compile(r" (?<=[0-9] )[A-Z]{2}(?![\w-])")  # what each boat number holds, found from a space
_BOAT_STATE_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2}) $")

_PLATE_WORD_BEFORE = re.compile(r"(?i:\btag|\bplates?)\b[^.;\n]{0,30}$")
#: A code of capitals, a hyphen and digits ("BF-20417", "PB-19-2214", "QTC-2209-A"): an identifier wherever it stands
#: (a client code, "C-014", is kept apart before; a clinical prefix such as "PCL-5" has too few digits, a year after
#: a hyphen, "FY-2024", is none, and neither is a vital sign's range, "HR-110-133", whose groups are short).
_LETTER_CODE = re.compile(r"-(?:\d{2,3}-\d{4,}|\d{4,})(?:-[A-Z0-9]{1,4})*(?![\w-]|\.\d)")  # from the hyphen
#: ... perhaps after a year's two or four digits, as courts number a petition ("24-JV-0112", "2024-CR-001187").
_CODE_LETTERS_BEFORE = re.compile(r"(?<![\w-])(?:\d{2}-|\d{4}-)?[A-Z]{1,4}$")
_YEAR_LETTERS_NUMBER = re.compile(r"-[A-Z]{1,4}-\d{3}(?![\w-]|\.\d)")  # from the hyphen, the year looked back for
_YEAR_BEFORE_HYPHEN = re.compile(r"(?<![\w-])(?:19|20)\d\d$")
_YEAR_AFTER_HYPHEN = re.compile(r"[A-Z]{1,4}-(?:19|20)\d\d(?![\w-])")
_BILLING_CODES = frozenset({"CPT", "ICD", "HCPCS", "DSM", "DRG"})  # "CPT-90837": a service's code, no person's
#: An athlete's number: after "jersey" or "uniform", or after "#" a few words past a sport or a position.
_JERSEY_NUMBER = re.compile(
    r"(?i:jersey|uniform)(?:[ \t]+(?i:number|no\.?|num))?[ \t]*[:#]?[ \t]*#?(\d{1,2})(?![\w,.:/-]|[.,]\d)")
CUES.add("jersey", "jersey|uniform", _JERSEY_NUMBER)
_HASH_SMALL_NUMBER = re.compile(r"#[ \t]?(\d{1,2})(?![\w,.:/-]|[.,]\d)")
_SPORT_BEFORE = re.compile(
    r"(?i:football|soccer|basketball|baseball|softball|volleyball|hockey|lacrosse|rugby|water[ \t]+polo|catcher|"
    r"pitcher|quarterback|qb|goalie|goalkeeper|keeper|striker|midfielder|defender|linebacker|receiver|"
    r"point[ \t]+guard|shortstop|outfielder|infielder|wrestler|team|varsity|jv|squad)\b[^.;\n#]{0,20}$"
)
#: A booking's code of capitals and digits after "confirmation", "booking" or "reservation" ("Confirmation is
#: HK4QZP", "booking ref: Q7XK2M").
_CONFIRMATION = re.compile(
    r"(?i:confirmation|booking|reservation|record[ \t]+locator)(?:[ \t]+(?i:number|no\.?|code|ref|#))?[ \t]*(?:(?i:is|was)[ \t]+|[:#][ \t]*)"
    r"([A-Z0-9]{5,8})(?![\w-])"
)
CUES.add("confirmation", "confirmation|booking|reservation|record locator", _CONFIRMATION)
#: An alien registration number ("A-207-113-988", "A 219 004 113") and an account in three groups of four digits
#: ("0041-2298-7730"), which no phone number is.
_A_NUMBER = re.compile(r"A-?\d{3}[- ]\d{3}[- ]\d{3}(?![\w-])")  # found from the "A", what stands before checked
_FOUR_FOUR_FOUR = re.compile(r"-\d{4}-\d{4}(?![\w-])")  # found from the first hyphen, the four digits before checked
_FOUR_DIGITS_BEFORE = re.compile(r"(?<![\w-])\d{4}$")
#: Nine digits in three groups of three ("587-220-194"), as FEMA numbers a registration: no phone number or date is
#: so written.
_THREE_THREE_THREE = re.compile(r"-\d{3}-\d{3}(?![\w-]|\.\d)")  # from the first hyphen, three digits looked back for
_THREE_DIGITS_BEFORE = re.compile(r"(?<![\w.-])\d{3}$")
#: A FEMA registration after its name, in groups or not ("fema # 774 019 558", "FEMA reg 221509883").
_FEMA_NUMBER = re.compile(
    r"(?i:fema)(?![\w])[ \t]*(?:(?i:reg(?:istration)?|case|app(?:lication)?)\.?[ \t]*)?(?:#|(?i:no\.?|number))?"
    r"[ \t]*:?[ \t]*"
    r"(\d{3}[ -]?\d{3}[ -]?\d{3})(?![\w-])")
#: A number after '#' written in hyphenated groups ("pending (#4473-0921-88)").
_HASH_NUMBER = re.compile(r"#[ \t]?(\d{2,6}(?:-\d{2,6}){1,4})(?![\w-])")


def find_ssns(text: str, hits: Hits) -> Iterator[Span]:
    """Social security numbers, whole or masked to the last four, and numbers after 'SSN'."""
    for m in _SSN.finditer(text) if any(hint.search(text) for hint in _SSN_HINTS) else ():
        if not _glued_before(text, m.start(), "/.-"):
            yield m.start(), m.end(), "SSN"
    if "xxx" in text or "XXX" in text or "***" in text:
        for m in _SSN_MASKED.finditer(text):
            if not _glued_before(text, m.start(), "-"):
                yield m.start(), m.end(), "SSN"

    for m in hits["ssn"]:
        if sum(c.isdigit() for c in m.group(1)) >= 4:
            yield m.start(1), m.end(1), "SSN"


_NUMBER_AFTER_CREDENTIAL = re.compile(r"(?:-[A-Z]{1,2})?,?[ \t]*(?:#|No\.?|(?i:lic(?:ense)?\.?))[ \t]*#?[ \t]*((?:[A-Z]{1,3}[ \t-]?)?\d{4,8})(?![\w])")
#: Numbers that name a plan or a public service, not a person: a "504 plan", the 988 and 211 lines, 911.
_SERVICE_NUMBERS = frozenset({"504", "988", "211", "311", "911", "741741"})  # 741741: the Crisis Text Line


def _digit_count(token: str) -> int:
    return sum(c.isdigit() for c in token)


#: A Medicare Beneficiary Identifier, whose shape no other number has: eleven characters, a digit (not 0), a letter,
#: a letter or digit, a digit; a letter, a letter or digit, a digit; two letters, two digits (the letters never S, L,
#: O, I, B or Z), written whole or in three groups ("1EG4-TE5-MK73", "7AD4 PW9 NK22"). Begun with a class.
_MBI_LETTER = "[AC-HJKMNP-RT-Y]"
_MEDICARE_NUMBER = re.compile(
    rf"[1-9](?<![\w-][1-9]){_MBI_LETTER}[0-9AC-HJKMNP-RT-Y]\d([ -]?){_MBI_LETTER}[0-9AC-HJKMNP-RT-Y]\d\1"
    rf"{_MBI_LETTER}{{2}}\d\d(?![\w-])"
)


def find_ids(text: str, hits: Hits) -> Iterator[Span]:
    """Record, member, plan, account, case, licence, plate, serial and other identifying numbers.

    A token after a cue word ("MRN", "policy #", "plate") is an identifier when it carries digits; any other
    token is one when it has six digits or more, or five digits and a letter, unless it is a quantity with a
    unit or a pair of shift times such as 0700-1900.
    """
    for m in hits["id"]:
        token = m.group(1)
        if " " in token or "\t" in token:
            if all(re.fullmatch(r"(?:19|20)\d\d", g) for g in token.split()):
                continue  # "case 2019 2020 review": years
            prefix = token.split()[0]
            if (len(prefix) > 1 and prefix.lower() in FUNCTION_WORDS) or is_clinical(prefix):
                continue  # "PLAN: OR 0930" is a time, not plate "TNA 4417"
        digits = _digit_count(token)
        if (digits >= 3 or (digits >= 2 and len(token) >= 5)) and not is_clinical(token):  # "chart. AQ-10 was 8"
            if not _UNIT_SUFFIX.match(token) and token not in _SERVICE_NUMBERS and not (
                    _SHIFT_TIMES.match(token) and not _RECORD_CUE.match(m.group())):
                # a California psychologist's licence is written with its prefix ("PSY 28193")
                yield (m.start() if m.group().startswith("PSY") else m.start(1)), m.end(1), "ID"
    if "tag" in text or "plate" in text or "Tag" in text or "Plate" in text:
        for m in _PLATE_SHAPE.finditer(text):
            if _PLATE_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                yield m.start(), m.end(), "ID"  # "Tag on his truck per client: GKR-4471"
    if "xxxx" in text or "XXXX" in text or "****" in text:
        for m in _CARD_MASKED.finditer(text):
            if not _glued_before(text, m.start(), "-"):
                yield m.start(), m.end(), "ID"  # "checking xxxx-xxxx-2289-0415": what is left of an account
    if "FEMA" in text or "fema" in text or "Fema" in text:
        for m in _FEMA_NUMBER.finditer(text):
            yield m.start(1), m.end(1), "ID"  # "fema # 774 019 558"
    if digit_before_capital(text):  # both shapes hold one, and four notes in five none: one scan instead of two
        for m in _CALIFORNIA_PLATE.finditer(text):
            yield m.start(), m.end(), "ID"
        for m in _MEDICARE_NUMBER.finditer(text):
            yield m.start(), m.end(), "ID"  # "MBI 7AD4-PW9-NK82"
    for m in _BOAT_NUMBER.finditer(text) if _BOAT_HINT.search(text) else ():
        state = _BOAT_STATE_BEFORE.search(text, max(0, m.start() - 4), m.start())
        # a state's postal code, or "WN", which Washington numbers its boats with
        if state and (is_state(state.group(1)) or state.group(1) == "WN") and not mostly_upper(text, max(0, m.start() - 40), m.end() + 40):
            yield m.start() - 3, m.end(), "ID"  # "ME 4471 TK" on the bow; not "AT 0100 AT" in a note in capitals
    for m in hits["plate"]:
        plate = m.group(1)
        if _digit_count(plate) >= 2 and any(c.isalpha() for c in plate) and len(plate.replace(" ", "")) >= 5:
            yield m.start(1), m.end(1), "ID"
    if "-" in text:
        for m in _GROUPED_CODE.finditer(text):
            prefix = _CODE_PREFIX.search(text, max(0, m.start() - 6), m.start())
            if prefix and not is_clinical(prefix.group()):
                yield prefix.start(), m.end(), "ID"  # "Site code PRAC-2231-07"; not "SBP-110-140"
    if "A-" in text or "A " in text:
        for m in _A_NUMBER.finditer(text):
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
                yield m.start(), m.end(), "ID"
    if "-" in text:
        for m in _THREE_THREE_THREE.finditer(text):
            first = _THREE_DIGITS_BEFORE.search(text, max(0, m.start() - 4), m.start())
            if first:
                yield first.start(), m.end(), "ID"  # "filed with FEMA (587-220-194)": nine digits in threes
        for m in _FOUR_FOUR_FOUR.finditer(text):
            first = _FOUR_DIGITS_BEFORE.search(text, max(0, m.start() - 5), m.start())
            if first:
                yield first.start(), m.end(), "ID"
        for m in _YEAR_LETTERS_NUMBER.finditer(text):
            year = _YEAR_BEFORE_HYPHEN.search(text, max(0, m.start() - 5), m.start())
            if year:
                yield year.start(), m.end(), "ID"  # "eval 2024-EV-118": a year, a kind's letters, a serial number
        for m in _LETTER_CODE.finditer(text):
            letters = _CODE_LETTERS_BEFORE.search(text, max(0, m.start() - 10), m.start())
            if letters and not (_YEAR_AFTER_HYPHEN.match(text, letters.start(), m.end()) or (
                    letters.group() in _BILLING_CODES) or (is_clinical(letters.group()) and _digit_count(m.group()) < 5)):
                yield letters.start(), m.end(), "ID"
    if "#" in text:
        for m in _HASH_NUMBER.finditer(text):
            if _digit_count(m.group(1)) >= 6:
                yield m.start(1), m.end(1), "ID"
    for m in hits["jersey"]:
        yield m.start(1), m.end(1), "ID"  # "jersey 0", "uniform #12": an athlete's number
    if "#" in text:
        for m in _HASH_SMALL_NUMBER.finditer(text):
            if (m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_#")) and (
                    _SPORT_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                yield m.start(1), m.end(1), "ID"  # "(catcher, #31)": a number a few words past a sport
    for m in hits["confirmation"]:
        code = m.group(1)
        if any(c.isdigit() for c in code) and any(c.isalpha() for c in code):
            yield m.start(1), m.end(1), "ID"  # "Confirmation is HK4QZP": a booking's code
    if "#" in text:
        for m in _BADGE_NUMBER.finditer(text):
            if _OFFICER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                yield m.start(1), m.end(1), "ID"  # "Ofc. Lindqvist #6620"
    for c in hits["credential"]:
        number = _NUMBER_AFTER_CREDENTIAL.match(text, c.end())
        if number:
            yield number.start(1), number.end(1), "ID"  # "Gloria Estrada, LPC-S #71842": a licence number
    last_end = -1
    for run_start, run_end in _digit_runs(text):
        if run_start < last_end:
            continue
        start = run_start
        floor = max(0, start - 80)
        while start > floor and (text[start - 1].isascii() and (text[start - 1].isalnum() or text[start - 1] == "-")):
            start -= 1
        while start < run_start and text[start] == "-":
            start += 1
        after = _TOKEN_AROUND.match(text, run_end)
        end = after.end() if after else run_end
        last_end = end
        if _glued_before(text, start, "/.:-") or (end < len(text) and (text[end] in "/_" or (
            text[end] in ".:-" and end + 1 < len(text) and text[end + 1].isdigit()
        ))):
            continue
        token = text[start:end]
        longest = max(len(r) for r in re.findall(r"\d+", token))
        has_alpha = any(c.isalpha() for c in token)
        if longest < 5 or (longest == 5 and not has_alpha and "-" not in token):
            continue  # a bare five-digit number: ZIP codes and pagers are found with their context
        if longest == 5 and not has_alpha and _digit_count(token) < 8:
            continue
        if _UNIT_SUFFIX.match(token) or _SHIFT_TIMES.match(token) or token in _SERVICE_NUMBERS:
            continue
        yield start, end, "ID"


# --- handles ---------------------------------------------------------------------------------------------------

#: The look-behind follows the "@" (the same test of the character before it), so that the engine finds the
#: literal fast instead of trying the look-behind at every position.
_HANDLE_AT = re.compile(r"@(?<![\w@.+-]@)[A-Za-z_](?:[A-Za-z0-9_.-]{1,28}[A-Za-z0-9_])(?![\w@-])")
#: A Reddit user ("u/thornsandrose22").
_HANDLE_REDDIT = re.compile(r"(?<![\w/.])u/[A-Za-z0-9_-]{3,20}(?![\w/-])")
CUES.add("reddit", "u", _HANDLE_REDDIT)
#: A Discord user with the four digits of the old tag ("voidwalker#4471").
_DISCORD_DIGITS = re.compile(r"#\d{4}(?![\w])")
_DISCORD_NAME = re.compile(r"(?<![\w@.#])[A-Za-z][A-Za-z0-9_.]{1,31}$")
_UNDERSCORE = re.compile(r"_+")
#: A user name with an underscore and a digit ("shadowfox_77", "xX_gamer_99"): prose has no such words.
_UNDERSCORE_USER = re.compile(r"[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*\d[A-Za-z0-9_]*")
#: "@ing her", "@'d": tagging someone, not a user.
_AT_VERBS = frozenset({"@ing", "@ed", "@ting", "@ted"})
#: A Cash App tag: "$" and a name with a letter ("$NeneBaby413"), with a digit or after the app's name.
_CASHTAG = re.compile(r"\$[A-Za-z][A-Za-z0-9_-]{2,19}(?![\w-])")
_PAYMENT_APP = re.compile(r"(?i:cash[ \t]?app|cashtag|venmo|zelle|paypal)")
_HANDLE_CUE_WORDS = (
    r"instagram|insta|ig|twitter|tiktok|snapchat|snap|facebook|fb|reddit|discord|twitch|youtube|"
    r"telegram|whatsapp|linkedin|xbox|psn|steam|gamertag|gaming tag|handle|username|user name|screen ?name|"
    r"account name"
)
#: A user name after "user" ("an adult user xXshadowfang77Xx"); found from the literal word.
_USER_NAME = re.compile(r"user[ \t]+(?:name[ \t]+)?([A-Za-z0-9_.]{5,30})(?![\w@-])")
_HANDLE_CUE = re.compile(
    r"(?i:(?:" + _HANDLE_CUE_WORDS + r")(?:[ \t]+(?:handle|username|user name|name|account|id|page))?"
    r"[ \t]*(?:is|was|:|as|=)?[ \t]*)"
    r"(@?[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?:#\d{4})?)(?![\w@-])"
)
CUES.add("handle", _HANDLE_CUE_WORDS, _HANDLE_CUE)
_HANDLE_STOP = frozenset(
    "a an the and or but to of on in at for is was he she they her his their it that this with from by as "
    "account page app group profile post posts dm dms pm pms msg msgs messages chat chats story stories reel reels "
    "live feed inbox".split()
)


def find_handles(text: str, hits: Hits) -> Iterator[Span]:
    """Social-media handles: '@name' anywhere, or a user name after 'Instagram', 'username' and the like."""
    if "@" in text:
        for m in _HANDLE_AT.finditer(text):
            if any(c.isalpha() for c in m.group()) and m.group().lower() not in _AT_VERBS:
                yield m.start(), m.end(), "HANDLE"
    if "#" in text:
        for tag in _DISCORD_DIGITS.finditer(text):  # found from "#1234", the user name looked back for
            m = _DISCORD_NAME.search(text, max(0, tag.start() - 32), tag.start())
            if m:
                yield m.start(), tag.end(), "HANDLE"  # "voidwalker#4471"
    if "_" in text:
        for score in _UNDERSCORE.finditer(text):
            start, end = score.start(), score.end()
            while start > 0 and (text[start - 1].isascii() and (text[start - 1].isalnum() or text[start - 1] == "_")):
                start -= 1
            while end < len(text) and text[end].isascii() and (text[end].isalnum() or text[end] == "_"):
                end += 1
            m = _UNDERSCORE_USER.fullmatch(text, start, end)
            if not m or (start and text[start - 1] in "@./-") or (end < len(text) and text[end] in "@-"):
                continue
            head = m.group().split("_")[0]
            if (len(head) >= 4 or m.group().count("_") > 1) and not is_clinical(head):
                yield start, end, "HANDLE"  # 'talks online w "friend" shadowfox_77'; not "phq_9"
    if "$" in text:
        for m in _CASHTAG.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_$"):
                continue
            if any(c.isdigit() for c in m.group()) or _PAYMENT_APP.search(text, max(0, m.start() - 30), m.start()):
                yield m.start(), m.end(), "HANDLE"  # "cashapp $NeneBaby413"; "$300" is money
    if "user " in text:
        for m in _USER_NAME.finditer(text):
            token = m.group(1)
            if (m.start() and text[m.start() - 1].isalnum()) or not any(c.isalpha() for c in token):
                continue  # "cannabis user 3x/wk" is a count
            if any(c.isdigit() or c in "_." for c in token) or token[1:] != token[1:].lower():
                yield m.start(1), m.end(1), "HANDLE"
    if "eddit" in text:  # "u/o10-15cc" is urine output: a Reddit user only where Reddit is named
        for m in hits["reddit"]:
            yield m.start(), m.end(), "HANDLE"
    for m in hits["handle"]:
        token = m.group(1)
        bare = token.lstrip("@")
        if bare.lower() in _HANDLE_STOP:
            continue
        # a user name has a digit, an underscore, a dot, an '@' or mixed case; a plain word is just prose
        if token.startswith("@") or any(c.isdigit() or c in "_.#" for c in bare) or (
            bare[1:] != bare[1:].lower()
        ):
            yield m.start(1), m.end(1), "HANDLE"
