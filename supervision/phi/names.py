"""Names of people: the client, relatives, household members, employers, clinicians.

Evidence, strongest first:

1. a title ("Dr. Kaplan", "Ms Frye", "Officer Diaz") or a credential after the name ("Kelsey Williams RN");
2. a relationship or naming word right before it ("her son Jayden", "his wife, Maria", "named Hope",
   "partner Will"), which also makes a lower-case first name a name ("her son jayden");
3. initials ("J.T.");
4. a capitalized word found in the first-name or surname frequency lists (US SSA, US Census) that is not an
   ordinary English word, a clinical term or an eponym in use ("Beck Depression Inventory"), and capitalized
   common-word names ("Hope", "Will", "Brown") when they stand next to another name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from . import lexicon
from .context import (begun_with, occurrences, LOWER, MONTH_NAMES, UPPER, WOMAN_BEFORE_MONTH, at_sentence_start, lower_words, mostly_upper,
                      writes_lower_case)
from .cues import CUES
from .places import COUNTRIES, is_state
from .vocabulary import (
    CREDENTIALS,
    EPONYM_SURNAMES,
    FUNCTION_WORDS,
    NAME_LIKE_FUNCTION_WORDS,
    NOT_NAME_AFTER_CUE,
    PEOPLES,
    is_authored_model,
    is_clinical,
    is_devotion_to_saint,
    is_eponym_at,
    names_saints_thing,
)

Span = tuple[int, int, str]
Hits = dict[str, list[re.Match[str]]]

_UP = UPPER
_LO = LOWER
#: A capitalized name word: Luis, McDonald, O'Brien, DeShawn, Smith-Jones, José, Shay'la, Ny'Asia, Salave'a (a glottal
#: stop and one vowel: no English contraction ends so).
_CAP_WORD = (
    rf"[{_UP}](?:[{_LO}]+(?:[{_UP}][{_LO}]+|['’](?!(?:ll|re|ve|nt)(?![{_LO}]))[{_UP}{_LO}][{_LO}]+|"
    rf"['’][aeiou](?![\w'’]))?|"
    rf"['’][{_UP}][{_LO}]+)"
    rf"(?:-[{_UP}](?:[{_LO}]+|['’][{_UP}][{_LO}]+))?"  # "Smith-Jones", "Grant-O'Dell"
)
#: Verbs that only a person does, as the words after a name (see _PERSON_VERB).
_PERSON_VERB_WORDS = (
    r"[ \t]+(?:[a-z]+ed|said|says|reports|reported|states|stated|told|felt|came|went|left|agreed|shared|"
    r"admitted|called|texted|cried|yelled|arrived|refused|wants|wanted|thinks|thought|has|had|was|and|refuses|"
    r"asks|cries|yells|screams|feels|gets|goes|lives|works|hates|loves|likes|misses|needs|plays|calls|texts|"
    r"tells|tries|keeps)\b"
)
_UPPER_WORD = rf"[{_UP}]{{2,}}(?:['’-][{_UP}]{{2,}})?"
_LOWER_WORD = rf"[{_LO}]{{2,}}(?:['’-][{_LO}]{{2,}})?"
_INITIAL = rf"[{_UP}]\.(?:[ \t]?[{_UP}]\.){{0,2}}(?:-[{_UP}]\.)?"  # "J.T.", "M.P.-S." (a hyphenated surname)
_NAME_WORD_RX = re.compile(rf"[{_UP}][{_LO}]+-[{_LO}]{{2,}}(?![\w-])|{_CAP_WORD}|{_UPPER_WORD}|{_INITIAL}|[{_UP}](?![\w.])")

#: What Southern families call grandparents ("mamaw opal", "Mawmaw Deeds"): kin words, and titles when capitalized.
_GRANDPARENT_WORDS = ("mamaw", "mammaw", "mawmaw", "memaw", "meemaw", "papaw", "pappaw", "pawpaw", "granny", "gramma",
                      "grampa", "granddad", "grandad", "granddaddy")
_TITLE = (
    r"(?:Dr|DR|Mr|MR|Mrs|MRS|Ms|Mx|Miss|Prof|Professor|Officer|Ofc|Det|Detective|Sgt|Sergeant|Lt|Lieutenant|"
    r"Capt|Captain|Judge|Justice|Rev|Reverend|Pastor|Fr|Father|Rabbi|Imam|Cantor|Deacon|Bishop|Coach|Nurse|"
    r"Attorney|Atty|Principal|Dean|Deputy|Trooper|Sheriff|Chief|Sister|Brother|Aunt|Auntie|Uncle|Grandma|Hon|"
    r"Elder|Doña|Dona|Don|Señora|Senora|Señor|Senor|"
    r"Gram|Grammy|Gramps|Nonc|Nonk|Parrain|Nannan|Tante|Mémère|Memere|Pépère|Pepere|"
    r"Grandpa|Nana|Papa|Abuela|Abuelo|Tia|Tio|Miss|Madam|Mme|Sr|Sra|Srta|Dra|SSgt|SSG|SFC|MSgt|TSgt|SrA|Cpl|Pvt|"
    r"PFC|Spc|Maj|Col|Gen|Ens|CPO|Lt Col|Sgt Maj|Bro|Sis|Tita|Tito|Lola|Lolo|Kuya|Manang|Manong|Tía|Tío|Madame|"
    r"Monsieur|Maestro|Maestra|Hno|Hna|Hermano|Hermana|Seu|Irmã|Irmão|Padre|Vovó|Vovô|DJ|"
    + "|".join(w.title() for w in _GRANDPARENT_WORDS) + ")"
)
#: After "Gen": a generation ("Gen X"), or a general course ("Gen Chem", "Gen Ed", "Gen Psych").
_GENERATION_LETTER = re.compile(r"(?:[XYZ]|Chem|Ed|Psych|Bio|Physics|Surg|Med|Pop)(?![\w.'’-])")
#: "don" and "doña" in lower case too ("his grandfather, don Monche"); "DON" is a director of nursing.
_TITLE_RX = re.compile(rf"(?:{_TITLE}|(?i:dr|mr|mrs|ms|atty)|don|doña|dona)(?:\.[ \t]*|[ \t]+)(?=[{_UP}])")
CUES.add("title", _TITLE[3:-1], _TITLE_RX)

_RELATION = (
    r"(?:son|sons|daughter|daughters|child|children|kid|kids|baby|infant|toddler|husband|hubby|wife|wifey|spouse|"
    r"partner|"
    r"fianc[ée]e?|boyfriend|girlfriend|bf|gf|ex|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|ex-partner|"
    r"mother|mom|mommy|mum|mama|father|dad|daddy|papa|parent|parents|stepmother|stepmom|stepfather|stepdad|"
    r"stepson|stepdaughter|brother|brothers|sister|sisters|sibling|siblings|half-brother|half-sister|"
    r"stepbrother|stepsister|twin|grandmother|grandma|grandfather|grandpa|granddaughter|grandson|grandchild|"
    r"grandchildren|grandkids|aunt|auntie|uncle|cousin|niece|nephew|godmother|godfather|godson|goddaughter|"
    r"mother-in-law|father-in-law|sister-in-law|brother-in-law|son-in-law|daughter-in-law|"
    r"mother[ \t]+in[ \t]+law|father[ \t]+in[ \t]+law|sister[ \t]+in[ \t]+law|brother[ \t]+in[ \t]+law|"
    r"friend|friends|roommate|housemate|neighbor|neighbour|landlord|landlady|coworker|co-worker|colleague|"
    r"co-parent|coparent|"
    r"boss|manager|supervisor|employer|teacher|tutor|coach|counselor|counsellor|therapist|psychiatrist|"
    r"pediatrician|doctor|physician|nurse|caseworker|case manager|social worker|probation officer|"
    r"parole officer|officer|lawyer|attorney|advocate|pastor|priest|minister|rabbi|imam|sponsor|mentor|"
    r"classmate|bandmate|teammate|client|patient|advisor|adviser|principal|nanny|babysitter|caregiver|aide|"
    r"guardian|rep|"
    r"representative|PCP|prescriber|provider|clinician|intern|trainee|member|members|peer|peers|"
    r"dtr|dau|hcp|proxy|spokesperson|contact|visitor|niece|grandaughter|grand daughter|grand son|interpreter|"
    r"translator|coordinator|director|chaplain|navigator|liaison|specialist|dealer|trainer|instructor|buddy|bestie|"
    r"facilitator|co-facilitator|cofacilitator|co-therapist|cotherapist|co-leader|cellmate|ex-cellmate|cellie|"
    r"sergeant|sarge|lieutenant|captain|corporal|colonel|commander|detective|deputy|trooper|ranger|"
    r"dietitian|dietician|nutritionist|psychologist|pharmacist|dentist|chiropractor|midwife|doula|surgeon|"
    r"urologist|endocrinologist|neurologist|oncologist|cardiologist|obstetrician|gynecologist|optometrist|"
    r"foreman|toolpusher|superintendent|gma|gpa|sis|bro|bff|mgr|worker|supervisee|"
    r"professor|landlord|abuela|abuelo|abuelita|abuelito|tía|tío|tia|tio|prima|primo|hermana|hermano|"
    r"mamá|papá|lola|lolo|tita|tito|bubbe|bubbie|zayde|saba|savta|nani|dadi|nana|ammi|ammu|abbu|abba|baba|"
    r"babushka|dedushka|halmoni|harabeoji|oma|opa|yiayia|papou|nonna|nonno|tūtū|tutu|kupuna|obaachan|"
    r"ojiichan|amma|appa|nainai|yeye|laolao|hooyo|aabo|grandmère|grand-mère|mémé|pépé|"
    r"cousins|aunts|uncles|nieces|nephews|grandparents|grandsons|granddaughters|stepkids|stepchildren|twins|"
    r"compadre|comadre|padrino|madrina|interp|interps|interpreters|sup|supv|desk|mil|fil|chw|"
    + "|".join(_GRANDPARENT_WORDS) + ")"
)
#: After a naming word that is not one of ``_STRONG_NAMING`` or ``_LOWER_NAMING`` ("with", "to", "and", "told"),
#: find_names drops a name that begins in lower case ("talked with mom", "went to bed"), so such a word carries this
#: look-ahead and the rule does not match there at all (the same findings; ~16k matches fewer on the nursing notes).
_NOT_LOWER_AFTER = r"(?![ \t]+[\"“]?(?-i:[a-z]))"


def _capitalized_after(words: str) -> str:
    """The alternatives of ``words`` (plain words, no groups), each followed by ``_NOT_LOWER_AFTER``."""
    return "|".join(word + _NOT_LOWER_AFTER for word in words.split("|"))


_NAMING = (
    r"(?:named|called|name is|name was|names are|name's|goes by|went by|known as|nicknamed|aka|chosen name|"
    r"preferred name|name used|"
    r"new name|legal name|real name|birth name|given names?|first name|last name|surname|family name|maiden name|dead ?name|"
    r"calls (?:him|her|them)|call (?:him|her|them)|calls|"
    # each spelling of "it's" written out: the cue index keys a rule by its literal start, and "it['’]s" has only "it"
    r"refers to as|referred to as|its me|it's me|it’s me|" + _capitalized_after(r"it's|it’s|its|this is") + "|"
    r"identified self as|identifies self as|introduced self as|introduced (?:himself|herself|themself|themselves) as|"
    + _capitalized_after(r"prefers|prefer|preferred|likes to be called|wants to be called") + "|signed by|"
    + _capitalized_after(r"according to|per|with|from|by|to|and|see|saw|told|asked|met|visited|attn|spoke with|"
                         r"spoke to|talked with|talked to|texted|emailed|lvm for|lm for|left (?:a )?(?:message|msg|vm|voicemail) for|"
                         r"(?:message|msg|vm) for") + "|called)"
)
_CUE_RX = re.compile(
    rf"(?i:{_RELATION})(?![\w-])(?:['’]s)?(?:[ \t]+[A-D1-4](?=[ \t]*\())?[ \t]*(?:\((?![{_UP}]|[\"“][{_UP}])[^)\n]{{0,20}}\)[ \t]*)?"
    rf"[,:\-–—]?[ \t]*(?:\([\"“'‘]?|\"|“|'|‘)?(?=[{_UP}{_LO}])"
)
_NAMING_RX = re.compile(rf"(?i:{_NAMING})(?:(?<=name|Name|NAME|used|USED):)?[ \t]+(?:\"|“|'(?=[{_UP}][{_LO}]+'[ \t,.])|‘)?(?=[{_UP}{_LO}])")
#: A lower-case word or a number after the first word past a label ("Supervisor: Call her", "Sup: Row 1"): prose;
#: so is a sentence ending there after a label that is no kin ("Sup: Good. Add the score"; "sister: Hope." names her).
_PROSE_AFTER_LABEL = re.compile(r"[ \t]+(?:[a-z]|\d)")
_SENTENCE_AFTER_LABEL = re.compile(r"[.!][ \t]+[\"“]?[A-Z]")
#: Nouns for the person a note is about: a name after them must look like one ("Pt Anastasia Volkova", "pt
#: tony r.", "Caller (hope, 19)", "Youth D'Andre Pittman", "pt KM."), since "Pt Alert" and "Pt Tolerated" are
#: prose.
_PERSON_NOUN = r"(?:pt|pts|cl|clt|youth|caller|veteran|vet|inmate|resident|IP|ip|PO|po|JPO)"
_PERSON_NOUN_RX = re.compile(
    rf"(?i:pt|pts|cl|clt|youth|caller|veteran|vet|inmate|resident|(?-i:IP|PO|JPO))(?:\.|(?![\w'’-]))[ \t]*(?:\(|,[ \t]*)?(?=[{_UP}{_LO}])"
)
_INITIAL_WORD = re.compile(rf"[{_UP}]\.")


#: The words before "PO" that make it a probation officer ("his PO", "tell PO"), not "by mouth" ("started PO").
_OFFICER_PO_BEFORE = re.compile(r"(?<![\w/])(?:his|her|their|my|your|the|with|w/|to|tell|told|call|called|contact|"
                                r"contacted|per|from|by|and|new)[ \t]+$")
_QUOTED_SHORT = re.compile(rf"[{_UP}]{{2,3}}(?=[\"”])")
#: Kinship words after which a lower-case given name that is also a word is the name ("sister hope", "dad bill").
_KIN = re.compile(
    r"sister|brother|mother|father|mom|dad|son|daughter|wife|husband|partner|girlfriend|boyfriend|aunt|uncle|"
    r"cousin|grandma|grandpa|grandmother|grandfather|niece|nephew|stepdad|stepmom|fianc[ée]e?|sis|bro|daddy|mama|dtr|dau|"
    r"auntie|aunty|tia|tio|nana|grandson|granddaughter|stepson|stepdaughter|stepbrother|stepsister|godmother|"
    r"godfather|nonc|tante|"
    + "|".join(_GRANDPARENT_WORDS)
)
_PLURAL_RELATION = frozenset(
    "sons daughters children kids parents brothers sisters siblings cousins grandkids grandchildren twins "
    "interpreters interps".split()
)
_VERB_AFTER_LOWER_KIN_NAME = re.compile(
    r"[ \t]+(?:is|was|has|had|says|said|does|doesnt|doesn['’]t|did|didnt|didn['’]t|passed|died|called|texted|"
    r"told|wants|lives|lived|works|worked|came|left|drinks|yells|yelled|hit|hits|"
    # any verb in -s, -ed or -ing ("son will keeps asking", "cousin ray-ray checks on him", "daughter june visiting")
    r"(?!(?:this|thus|plus|bus|gas|yes|less|us|as|his|hers|its|ours|yours|theirs|bed|red|need|seed|feed|"
    r"thing|nothing|something|anything|everything|king|ring|wing|spring|morning|evening|during|ceiling)\b)"
    r"[a-z]{2,}(?:s|ed|ing))\b|[ \t]*\((?:age[ \t]*)?\d{1,2}\)"
)
_CONTRACTION = re.compile(r"['’](?:ll|re|ve|d|m|t)$", re.IGNORECASE)
#: Verbs of speech that are given names too ("Said"): after a kin word or "pt" in lower case, the verb ("father said
#: therapists ...", "pt said will try").
_SPEECH_VERBS_IN_LOWER = frozenset({"said", "says", "told", "asked", "stated", "reported", "reports", "added"})
#: The animals a note names as pets, in one list: the comma rule below, the naming rule's look-back and the scanner's
#: check that a name is a pet's ("Dog named Steve", "Their parrot, Frank,") are built from it.
ANIMAL_WORDS = ("dog", "dogs", "puppy", "pup", "pups", "cat", "cats", "kitten", "kittens", "kitty", "pet", "pets",
                "horse", "horses", "pony", "rabbit", "rabbits", "bunny", "bunnies", "hamster", "hamsters", "gerbil",
                "guinea pig", "bird", "parakeet", "parrot", "fish", "goldfish", "lizard", "gecko", "snake", "turtle",
                "tortoise", "ferret", "chicken", "goat", "pig", "cow", "iguana")
_ANIMALS = "|".join(w.replace(" ", r"[ \t]+") for w in ANIMAL_WORDS)
_PET_WORDS = tuple(w for w in ANIMAL_WORDS if " " not in w)
_PET_WORDS_WITH_COMMA = tuple(w + "," for w in _PET_WORDS) + ("Dog,", "Cat,")  # a substring check before the regex
#: Whether one of ``_PET_WORDS_WITH_COMMA`` is in a text, found from the comma and checked back: one fast pass
#: instead of one ``in`` per word.
_PET_WORD_COMMA = re.compile(",(?:" + "|".join(f"(?<={re.escape(w)})" for w in _PET_WORDS_WITH_COMMA) + ")")


@lru_cache(maxsize=4)
def _has_pet_word_comma(text: str) -> bool:
    """Whether ``_PET_WORD_COMMA`` is found in ``text``: searched for only once a word has a comma before it (four
    notes in five have none)."""
    return bool(_PET_WORD_COMMA.search(text))


_PETS_BEFORE = re.compile(
    r"(?i:" + "|".join(_PET_WORDS) + r")[ \t]*,[ \t]*"
    r"(?:[A-Z][\w'’-]+[ \t]+(?:and|&)[ \t]+|(?:Sir|Lady|Miss|Mr\.?|Mrs\.?)[ \t]+)?$"
)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_QUOTES = ('"', "“", "'", "‘")  # a name quoted after a relation word: 'her ex "T-Bone"', "grandma 'Bee'"
_THEN_AGE = re.compile(r"[ \t]*,[ \t]*\d{1,2}(?![\d/:.])|[ \t]*[,;][ \t]*(?:she|he|they|ze|xe)/")
_LOWER_NAME = re.compile(rf"[{_LO}]{{2,}}(?:['’](?!(?:ll|re|ve|nt)\b)[{_LO}]{{2,}}|-[{_LO}]{{2,}})?(?![\w-]|['’](?!s\b))")
_LOWER_INITIAL = re.compile(r"[ \t]([a-z]\.)(?=[ \t\n]|$)")
CUES.add("relation", _RELATION[3:-1], _CUE_RX)
CUES.add("person_noun", _PERSON_NOUN[3:-1], _PERSON_NOUN_RX)
#: Words that describe the person after "Caller," or "Pt," and are also in the given-name list ("Caller, male, 60s").
_DESCRIPTORS = frozenset("male female man woman boy girl adult teen anonymous unknown elderly young older".split())
_PERSON_NOUN_WORD = re.compile(r"(?i:pt|pts|cl|clt|client|patient|youth|caller|veteran|vet|inmate|resident)\.?")
CUES.add("naming", _NAMING[3:-1], _NAMING_RX)
_CREDENTIAL_RX = re.compile(rf"{CREDENTIALS}(?![\w])")
CUES.add("credential", CREDENTIALS[3:-1], _CREDENTIAL_RX, capitalized=True)
_BEFORE_CREDENTIAL = re.compile(
    rf"(?<![\w.])((?:{_INITIAL}[ \t]?)?{_CAP_WORD}(?:[ \t]+(?:{_INITIAL}[ \t]?)?{_CAP_WORD}){{0,2}}),?[ \t]+$"
)
_INITIALS_RX = re.compile(rf"[{_UP}](?<![\w.][{_UP}])\.[ \t]?[{_UP}]\.(?:[ \t]?[{_UP}]\.)?(?:-[{_UP}]\.)?(?![\w]|\.\w)")
#: What every match of ``_INITIALS_RX`` holds, found fast from the dot (capitals are frequent in notes).
#: A session's kind before initials in a log ("45 min indiv, T.O., phone", "2 indiv (N.P., Grandpa Eli)"): the
#: client's, even when they spell an abbreviation; so are initials a client's verb follows ("L.P. came in", "M.R.
#: asked"), not a chart's ("H.O. notified", "B.S. decreased"), and initials right after "pt" or "cl" ("cl A.M.").
_CLIENT_VERB_AFTER = re.compile(
    r"[ \t]+(?:asked|came|said|says|shared|cried|texted|withdrawing|withdrew|admitted|agreed|declined|wants|wanted|"
    r"disclosed|denied|denies|reported|reports|completed|attended|arrived|presented|cancell?ed)\b")
_SESSION_BEFORE_INITIALS = re.compile(r"(?i:indiv|individual|family|couples|intake|session|sess)[ \t]*[,(:][ \t]*$")
_INITIALS_HINT = re.compile(rf"\.(?<=[{_UP}]\.)[ \t]?[{_UP}]\.")
_NOT_INITIALS = frozenset(
    """UO CI YO HO CO RA PO RR VO TO NC NT NG OG PE AV MV TV IO LE UE DP ET AB""".split()
    + """US UK USA AM PM ER ED DC NA IV OT PT MD RN BP HR RR OR OK TV LA NY SS ID DO PA NP GI GU UA AA BS BA MA
    MS RT ST DR SR EM VA MC OB MR PO HS CC NB PS AD BC CT EU UN LP DA PD QD BID TID QID PRN NPO HOH DNR DNI
    AKA MSW PHD EDD PSYD AOX MAE PRBC FFP LLC INC CO LTD NS UTI COPD CHF CAD SOB DOE""".split()
    + """PNW NYC DMV SF""".split()  # regions: "Intake (PNW):"
)
_SEPARATOR = re.compile(r"[ \t]+")
_HERITAGE = ("-American", "-Canadian")
_COUNTRY_BEFORE = re.compile(rf"{_CAP_WORD}[ \t]$")
_WEEKDAY_RANGE = re.compile(r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:-(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun))+")
_DEMONYM_ENDINGS = ("ese", "ian", "ish", "can")


#: A hyphen and a word that makes an adjective of what comes before: no name ("Hope-focused", "Trauma-informed").
_ADJECTIVE_TAILS = ("-focused", "-informed", "-based", "-centered", "-centred", "-oriented", "-related", "-like",
                    "-style", "-driven", "-specific", "-friendly", "-affirming", "-sensitive", "-responsive", "-free",
                    "-seeking", "-avoidant")


def _is_heritage(word: str) -> bool:
    """'Nigerian-American', 'Bhutanese-Nepali': a heritage, not a double-barrelled name ('Julian-Marie',
    'Jean-Baptiste')."""
    if word.endswith(_HERITAGE):
        return True
    first = word.split("-")[0]
    return "-" in word and first.lower().endswith(_DEMONYM_ENDINGS) and not lexicon.is_first_name(first)


_CONTINUATION = re.compile(rf"^[\"”'’]?(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&|or)[ \t]+)[\"“'‘]?(?=[{_UP}])")
_LOOSE_WORD = re.compile(rf"[{_UP}][{_LO}]+-[{_LO}]{{2,}}(?![\w-])|{_CAP_WORD}|{_UPPER_WORD}|{_LOWER_WORD}|{_INITIAL}(?![\w])")
_AFTER_INITIALS = re.compile(rf"[ \t]?({_CAP_WORD})(?![\w.])")
_PAIR = re.compile(rf"[ \t]+(?:and|&)[ \t]+({_CAP_WORD})")
_PAIR_BEFORE = re.compile(rf"(?<![\w'’-])({_CAP_WORD})[ \t]+(?:and|&)[ \t]+$")
_UNKNOWN_AFTER = re.compile(rf"[ \t]({_CAP_WORD})(?![\w'’-])")
_NEXT_CAPITALIZED = re.compile(rf"[ \t]({_CAP_WORD})(?=['’]s\b|['’][ \t]|[^\w'’-]|$)")


#: Short words after a given name that are no surname: street and unit abbreviations, suffixes, weekdays.
_SHORT_NOT_SURNAMES = frozenset(
    "St Ave Rd Dr Ln Ct Pl Apt Ste Hwy Jr Sr Esq Rm Fl Mon Tue Wed Thu Fri Sat Sun Fax Tel Ph Cel Ext Box Re Cc Msg Txt "
    "Vm".split())


def _unknown_short_surname(word: str) -> bool:
    """A surname of two or three letters that no list knows ("Eze"), after a given name: no English word, abbreviation
    or clinical term."""
    return len(word) in (2, 3) and word not in _SHORT_NOT_SURNAMES and not (
        lexicon.is_sentence_word(word) or lexicon.is_common_word(word) or lexicon.is_name_word(word)
        or is_clinical(word) or lexicon.is_place(word) or word.lower() in COUNTRIES or word.lower() in NOT_NAME_AFTER_CUE
        or _is_stop(word))


def _unknown_word(word: str) -> bool:
    """A capitalized word that no dictionary, name list, clinical vocabulary or gazetteer knows."""
    return len(word) >= 4 and not (lexicon.is_sentence_word(word) or lexicon.is_name_word(word) or is_clinical(word)
                                   or lexicon.is_place(word) or word.lower() in COUNTRIES
                                   or word.lower() in NOT_NAME_AFTER_CUE)
_CAPITALIZED = re.compile(rf"[{_UP}](?<![\w'’.@/-][{_UP}])(?:[{_LO}]+(?:[{_UP}][{_LO}]+|['’][aeiou](?![\w'’]))?|['’][{_UP}][{_LO}]+)(?:-[{_UP}][{_LO}]+)?(?![\w@]|['’][a-z]{{2,}}|\.[A-Za-z0-9])")


#: Title and relationship words: capitalized before a name, never part of it ("Officer Diaz", "Aunt Rosa").
_CUE_WORDS = frozenset(
    w.lower() for w in re.findall(r"[^\W\d_]+", _TITLE + "|" + _RELATION) if len(w) > 2
) | {"dr", "mr", "ms", "fr", "lt", "sr", "mx"}  # "chaplain Fr. Nowak": the title is not the name


def _is_stop(word: str) -> bool:
    w = word.lower()
    return w in FUNCTION_WORDS or w in NOT_NAME_AFTER_CUE


#: A single capital after a title is the person's initial ("Coach T", "Dr. K"), but for the pronoun and the article.
_TITLE_INITIAL = re.compile(r"[B-HJ-Z]")


@lru_cache(maxsize=16384)
def _may_begin_run(word: str, strong: bool, kin: bool) -> bool:
    """Whether ``_name_run`` goes on past ``word`` as its first word: the checks its loop makes on a first word,
    which depend on the word alone. The loop makes them again for a word that passes (the same answer), so this only
    answers the common case, a run that ends at once, without the dozen look-ups."""
    if word.lower().rstrip(".") in _CUE_WORDS or _is_heritage(word) or _CONTRACTION.search(word) or word.endswith(
            _ADJECTIVE_TAILS):
        return False
    if _is_stop(word) and not (
        word[:1].isupper()
        and not word.isupper()
        and (word.lower() in NAME_LIKE_FUNCTION_WORDS or (strong and word.lower() not in FUNCTION_WORDS)
             or (kin and word.lower() in PEOPLES and lexicon.is_first_name(word)))
    ) and not (strong and _TITLE_INITIAL.fullmatch(word)):
        return False
    if not strong and is_clinical(word):
        return False
    if "." not in word and len(word) > 1:
        if word.isupper() and len(word) < 3 and not strong:
            return False
        if word.isupper():
            return strong or (lexicon.is_name_word(word) and not lexicon.is_common_word(word))
        if word.islower():
            return lexicon.is_first_name(word) and not lexicon.is_common_word(word)
    return True


#: The first words of a form's fields, which end the value before them when a colon follows ("attn Carla Fax: 413-…").
_FIELD_WORDS = frozenset(
    "name fax phone ph tel cell mobile email e-mail dob date re address addr pronouns school insurance pcp pharmacy "
    "contact dx mrn ssn sex gender employer grade subject relationship occupation religion language allergies "
    "referral reason emergency guardian parent parents mother father diagnosis".split())
#: After a word, what makes it a field's label: a colon, maybe after one more word in lower case ("Name used:").
_LABEL_ENDS = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]*:(?!\d)")


#: Titles that are surnames too: after another title, and with no capitalized word after them, the surname ("Mr.
#: Bishop,", "Ms. Dean said"); "Dr. Bishop Lee" would be the bishop.
_TITLES_THAT_ARE_SURNAMES = frozenset("bishop judge dean deacon sheriff chief major marshall pope prior parson nurse "
                                      "king".split())
_CAPITALIZED_NEXT = re.compile(r"[ \t]+[A-Z]")


def _name_run(text: str, pos: int, *, strong: bool, kin: bool = False) -> tuple[int, int] | None:
    """The run of name words that starts at ``pos`` (up to four words and initials), or None.

    ``strong`` evidence (a title) accepts any capitalized first word; otherwise the first word must not be a
    function word, and an all-caps or lower-case word must be a known name.
    """
    words: list[tuple[int, int]] = []
    i = pos
    first_upper = False
    while len(words) < 4:
        lower_first = bool(words) and text[words[0][0]].islower()
        m = _NAME_WORD_RX.match(text, i) if (words and not lower_first) or strong else _LOOSE_WORD.match(text, i)
        if not m or text[m.end() : m.end() + 1].isalnum():
            break  # none, or the start of a longer token ("MoCA", "McDONALD")
        word = m.group()
        if words and word.lower() in _FIELD_WORDS and _LABEL_ENDS.match(text, m.end()):
            break  # the next field's label: "attn Carla Fax: 413-…", "Marisol Quintero-Vega Name used: Mars"
        if not words and strong and word.lower() in _TITLES_THAT_ARE_SURNAMES and not _CAPITALIZED_NEXT.match(
                text, m.end()):
            words.append((m.start(), m.end()))  # "his teacher, Mr. Bishop, noticed": the title word is his surname
            break
        if not words and not _may_begin_run(word, strong, kin):
            break  # nearly every run ends at its first word ("with the", "to see"): answered once per word
        if not words and word.lower().rstrip(".") in _CUE_WORDS:
            break  # a title or relationship word is not the name ("with Mom", "advisor Prof. Lindqvist")
        if _is_heritage(word) or word.endswith(_ADJECTIVE_TAILS):
            break  # "Client (Nigerian-American, 24)", "her partner, Hope-focused goals"
        if _CONTRACTION.search(word):
            break  # "she'll", "we'd": a pronoun and its verb
        if _is_stop(word) and not (
            not words
            and word[:1].isupper()
            and not word.isupper()
            and (word.lower() in NAME_LIKE_FUNCTION_WORDS or (strong and word.lower() not in FUNCTION_WORDS)
                 or (kin and word.lower() in PEOPLES and lexicon.is_first_name(word)))  # "her son Christian"
        ) and not (strong and not words and _TITLE_INITIAL.fullmatch(word)):  # "Coach T told him"
            break
        if not strong and is_clinical(word):
            break
        if "." not in word and len(word) > 1:
            if word.isupper() and len(word) < 3 and not strong:
                break
            if word.isupper():
                if not words:
                    first_upper = True
                    if not strong and (not lexicon.is_name_word(word) or lexicon.is_common_word(word)):
                        break
                elif not (first_upper and lexicon.is_name_word(word) and not lexicon.is_common_word(word)):
                    break
            elif word.islower():
                if words:
                    # "case manager rosa delgado": a lower-case surname after a lower-case given name
                    first = text[words[0][0] : words[0][1]]
                    if not (len(words) == 1 and first.islower() and _lower_surname_beside(word)):
                        break  # a surname that is a rarer word too joins ("gal priya shah"), not "priya said"
                elif not lexicon.is_first_name(word) or lexicon.is_common_word(word):
                    break
            elif words and lexicon.is_common_word(word) and not lexicon.is_name_word(word):
                break
        elif len(word) == 1 and words:
            break
        words.append((m.start(), m.end()))
        sep = _SEPARATOR.match(text, m.end())
        if not sep or sep.end() - sep.start() > 2:
            break
        i = sep.end()
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    # after a title the word is a person ("Dr. Brady", "DR Walker"), even if it is also an eponym
    if not strong and (is_eponym_at(text, start, end) or _ORGANIZATION_AFTER.match(text, end) or (
            len(words) > 1 and is_eponym_at(text, start, words[0][1]))):
        return None  # "Beck thought records", "reviewed 988 and Trevor Project"
    return start, end


_WITH_OR_LIST_BEFORE = re.compile(r"(?:(?<![\w'’])(?:w/|with)|[:,])[ \t]+$")
_NICKNAMING_FRIENDS = frozenset({"buddy", "bestie", "cellie"})
_OWNER_BEFORE = re.compile(r"(?<![\w'’])(?:his|her|their|my|your|pt['’]s|client['’]s|cl['’]s)[ \t]+$", re.IGNORECASE)
_NOT_NICKNAME_ENDINGS = ("ed", "ing", "ly")


def _kin_nickname(text: str, m: re.Match[str], run: tuple[int, int]) -> bool:
    """A capitalized ordinary word right after "her cousin", "his uncle" is what the family calls him ("her
    cousin Boo", "his brother Peanut"): one word, mid-sentence, not a verb's form, and no capitalized word after it
    (which would make it a title: "her Mother Tongue group")."""
    cue = m.group()
    kin = cue.split()[0]
    if not (kin.islower() and (_KIN.fullmatch(kin) or kin in _NICKNAMING_FRIENDS) and cue[len(kin):].strip(" \t") == ""):
        return False
    word = text[run[0] : run[1]]
    if " " in word or not word[:1].isupper() or word.isupper() or word.lower().endswith(_NOT_NICKNAME_ENDINGS):
        return False
    if not (_OWNER_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _WITH_OR_LIST_BEFORE.search(
            text, max(0, m.start() - 8), m.start())):
        return False  # "his uncle Rooster", "w/ uncle Rooster", "household: boyfriend Bug,"
    return not _NEXT_CAPITALIZED.match(text, run[1])


#: A surname with its particle after a given name ("van Rensburg", "de la Cruz", "bin Laden").
_PARTICLE_SURNAME = re.compile(
    rf"[ \t]+(?:van[ \t]+der|van[ \t]+den|van|von|de[ \t]+la|de[ \t]+los|del|de|da|dos|di|du|ter|ten|bin|ibn|Ó|Ní|Nic|Ua)"
    rf"[ \t]+{_CAP_WORD}"
    r"(?![\w'’-])"
)


def _with_continuations(text: str, run: tuple[int, int], *, plural: bool = False) -> Iterator[Span]:
    """The run with a surname's particle ("Pieter van Rensburg"), then any names joined to it by a comma or 'and'
    ("her sons Mateo and Luis"). After a plural relation word ``plural`` ("kids Jade and Will", "parents Yusuf and
    Folake") the next may also be a given name that is a word, or a word no list knows; a quoted one ('"Peanut" and
    "Tater"') is a name as it stands."""
    particle = _PARTICLE_SURNAME.match(text, run[1])
    if particle:
        run = run[0], particle.end()
    yield run[0], run[1], "NAME"
    end = run[1]
    for _ in range(4):
        m = _CONTINUATION.match(text[end : end + 8])
        if not m:
            return
        nxt = _name_run(text, end + m.end(), strong=False)
        if not nxt:
            return
        first = text[nxt[0] : nxt[1]].split()[0]
        listed, common = lexicon.is_name_word(first), lexicon.is_common_word(first)
        quoted = m.group()[:1] in "\"”'’" and m.group().endswith(_QUOTES)
        if not ((listed and not common) or quoted or (plural and (listed or not common))):
            return
        yield nxt[0], nxt[1], "NAME"
        end = nxt[1]


#: A person's given name and surname set off with the age after them ("Wallace Finch, 67, reports", "Rowan Pike, 8,"),
#: found from the age; both words must be names the lists know, and neither a word a list gives another use.
_AGE_AFTER_COMMA = re.compile(r",[ \t]*\d{1,2}[ \t]*(?:,|;|\)|y/?o\b|yo\b)")
_FULL_NAME_BEFORE_AGE = re.compile(rf"(?<![\w'’-])({_CAP_WORD})[ \t]+({_CAP_WORD})$")


def _full_names_with_age(text: str) -> Iterator[Span]:
    for age in _AGE_AFTER_COMMA.finditer(text):
        m = _FULL_NAME_BEFORE_AGE.search(text, max(0, age.start() - 40), age.start())
        if not m:
            continue
        given, surname = m.group(1), m.group(2)
        if lexicon.is_first_name(given) and lexicon.is_surname(surname) and not any(
                _is_stop(w) or is_clinical(w) or w.lower() in MONTH_NAMES or w.lower() in _CUE_WORDS
                or is_state(w) or w.lower() in COUNTRIES for w in (given, surname)):
            yield m.start(1), m.end(2), "NAME"


#: Species written after a genus's initial ("c. diff", "e. coli"): no surname.
_BACTERIA_SPECIES = frozenset("diff difficile coli aureus pneumoniae pylori albicans faecalis epidermidis".split())
#: A lower-case initial and surname after a word for a person or a case ("re b. okonkwo's case", "cw is k. oyelaran").
_LOWER_INITIAL_SURNAME = re.compile(
    r"(?<![\w'’])(?:re|cw|cw[ \t]+is|pt|cl|client|w/|with|sw|cm|staff|intern|trainee)[ \t]+"  # not "per c. rehab"
    rf"([a-z]\.[ \t]?[{_LO}]{{4,}}(?:-[{_LO}]{{2,}})?)(?![\w-]|['’](?!s\b))"
)
#: What every match of ``_LOWER_INITIAL_SURNAME`` holds, found fast from the initial's dot (the rule begins with a
#: look-behind, which the engine tries at every position): without it the rule's pass is skipped.
_LOWER_INITIAL_SURNAME_HINT = re.compile(rf"\.(?<=[ \t][a-z]\.)[ \t]?[{_LO}]{{4}}")


#: Filipino honorifics before a name, which is often an ordinary word ("Tita Baby", "Kuya Boy", "Tito Bong").
_FILIPINO_HONORIFICS = frozenset({"Tita", "Tito", "Lola", "Lolo", "Kuya", "Manang", "Manong"})
_WORD_AFTER_HONORIFIC = re.compile(rf"({_CAP_WORD})(?![\w'’-])")


#: Children listed with their ages in parentheses ("kids (summer 9 and wade 6)", "sons (Eli, 12; Noah, 9)"): each
#: word before an age is a name, in any case, when every item of the list is a word and an age.
_CHILDREN_WORDS = r"kids|children|sons|daughters|boys|girls|grandkids|grandchildren|siblings|stepkids|stepchildren"
_AGED_ITEM = r"[A-Za-z][a-z'’-]+,?[ \t]+(?:age[ \t]+)?\d{1,2}(?:[ \t]*(?:yo|y/o|yrs?|years?(?:[ \t]+old)?))?"
_CHILDREN_WITH_AGES = re.compile(
    rf"(?i:{_CHILDREN_WORDS})[ \t]*\(({_AGED_ITEM}(?:[ \t]*(?:,|;|and|&)[ \t]*(?:and[ \t]+)?{_AGED_ITEM})+)\)"
)
CUES.add("children_with_ages", _CHILDREN_WORDS, _CHILDREN_WITH_AGES)
_AGED_NAME = re.compile(r"([A-Za-z][a-z'’-]+),?[ \t]+(?:age[ \t]+)?\d")


def _children_with_ages(hits: Hits) -> Iterator[Span]:
    for m in hits["children_with_ages"]:
        names = list(_AGED_NAME.finditer(m.group(1)))
        if all(not (_is_stop(n.group(1)) or is_clinical(n.group(1)) or n.group(1).lower() in _CUE_WORDS)
               for n in names):
            for n in names:
                yield m.start(1) + n.start(1), m.start(1) + n.end(1), "NAME"


#: A name as records write it, in capitals, surname first, with a middle initial ("HOLLIS, JUNE M."): found from the
#: comma (a pattern begun with a look-behind would be tried at every character), the surname looked back for.
_CAPS_GIVEN_AFTER_COMMA = re.compile(rf",[ \t]*({_UPPER_WORD})[ \t]+[{_UP}]\.?(?![\w'’/-])")
_CAPS_SURNAME_BEFORE_COMMA = re.compile(rf"(?<![\w'’-])({_UPPER_WORD})$")


def _caps_surname_first(text: str) -> Iterator[Span]:
    """A surname and a given name in capitals with a middle initial, where the lists know both, in a note not written in
    capitals (where "MAE, PERL" and "BP STABLE, SWAN D/C" are a nurse's shorthand)."""
    for m in _CAPS_GIVEN_AFTER_COMMA.finditer(text):
        before = _CAPS_SURNAME_BEFORE_COMMA.search(text, max(0, m.start() - 30), m.start())
        if not before:
            continue
        surname, given = before.group(1).title(), m.group(1).title()
        if lexicon.is_surname(surname) and lexicon.is_first_name(given) and not is_clinical(surname) and not (
                mostly_upper(text, max(0, before.start() - 60), m.end() + 60)):
            yield before.start(), m.end(), "NAME"


def find_names(text: str, hits: Hits) -> Iterator[Span]:
    """Names of people, from titles, relationship words, credentials, initials and the name lists."""
    if "," in text:
        yield from _caps_surname_first(text)
    for m in hits["title"]:
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "."):
            continue
        title = m.group().strip().rstrip(".")
        if title == "Gen" and _GENERATION_LETTER.match(text, m.end()):
            continue  # "a Gen X veteran", "Gen Z clients", "Gen Chem lab": a generation or a course, not a general
        if title.isupper() and len(title) == 2 and title != "DR":
            # "MS" is also multiple sclerosis, "MR" mitral regurgitation: need a known name after it
            nxt = re.match(rf"{_UPPER_WORD}|{_CAP_WORD}", text[m.end() : m.end() + 30])
            if not nxt or not lexicon.is_name_word(nxt.group()) or lexicon.is_common_word(nxt.group()):
                continue
        run = _name_run(text, m.end(), strong=True)
        if run:
            yield from _with_continuations(text, run)
        elif title in _FILIPINO_HONORIFICS:
            word = _WORD_AFTER_HONORIFIC.match(text, m.end())
            if word and not _is_stop(word.group(1)):
                yield word.start(1), word.end(1), "NAME"  # "her Tita Baby", "Kuya Boy": the family's name for them
    for rx, name in ((_CUE_RX, "relation"), (_NAMING_RX, "naming")):
        for m in hits[name]:
            # the quote is tested first: it is rare, the match is made for every "with", "to", "and"
            short = _QUOTED_SHORT.match(text, m.end()) if m.group().rstrip()[-1:] in _QUOTES else None
            if short and (rx is _CUE_RX or _naming_cue(m.group()) in _STRONG_NAMING):
                yield short.start(), short.end(), "NAME"  # asked to be called "JJ"
                continue
            run = _name_run(text, m.end(), strong=False, kin=rx is _CUE_RX and bool(
                _KIN.fullmatch(m.group().split()[0].lower())))
            if not run:
                if rx is _CUE_RX:
                    paren = _LOWER_NAME_IN_PARENTHESES.search(m.group())
                    if paren and (_lower_case_name(text, paren.group(1)) or _given_name_in_kin_parentheses(
                            m.group(), paren.group(1))):
                        # "mom (keisha) called", "husband (rob) admits"
                        yield m.start() + paren.start(1), m.start() + paren.end(1), "NAME"
                        continue
                    lower = _LOWER_NAME.match(text, m.end())
                    if lower and not _KIN.fullmatch(m.group().split()[0].lower()) and _lower_case_name(
                            text, lower.group(), surname=True):
                        # "sup w jen", "MIL gloria", "sw deb kowalski" from a lower-case writer
                        yield lower.start(), _lower_name_end(text, lower.end()), "NAME"
                        continue
                    cue_word = m.group().split()[0]
                    if lower and _KIN.fullmatch(cue_word.lower()) and not cue_word.isupper() and _lower_listed(
                            lower.group()) and (not _is_stop(lower.group()) or lower.group() in ("june", "april")) and (
                            writes_lower_case(text)):
                        # "sister hope staying over", "her husband min-jun", "her sister june will drive" from someone
                        # who writes in lower case;
                        # "his mom rose early" from someone who capitalizes names is the verb
                        yield lower.start(), _lower_name_end(text, lower.end()), "NAME"
                    elif lower and _KIN.fullmatch(cue_word.lower()) and (
                            lower.group() not in _SPEECH_VERBS_IN_LOWER) and (lexicon.is_first_name(lower.group()) or (
                            _reduplicated_name(lower.group()))) and (
                            _VERB_AFTER_LOWER_KIN_NAME.match(text, lower.end())) and not is_clinical(lower.group()) and (
                            lower.group() not in ("per", "via")):  # "late wife per signed ROI"
                        # "husband will is in end stage", "wife june passed": no modal, month or noun goes on so
                        yield lower.start(), lower.end(), "NAME"
                    elif lower and _KIN.fullmatch(cue_word.lower()) and len(lower.group()) >= 4 and (
                            lower.group().isalpha() and _unknown_lower_word(lower.group())) and (
                            _VERB_AFTER_LOWER_KIN_NAME.match(text, lower.end()) and writes_lower_case(text)):
                        # "grandma limaro visiting", "mom lijon interpreted": a word no list knows, doing what a
                        # person does, after a kin word, from a writer in lower case
                        yield lower.start(), lower.end(), "NAME"
                elif _naming_cue(m.group()) in _LOWER_NAMING and not (
                        _naming_cue(m.group()).startswith("call") and not writes_lower_case(text)):
                    # "call her dee" from a writer in lower case; "Will call him sunday" is a plan
                    lower = _LOWER_NAME.match(text, m.end())
                    if lower and (lexicon.is_first_name(lower.group()) or _naming_cue(m.group()) not in _NAMING_NEEDS_LISTED and (
                            _lower_given_kind(lower.group()) == 2 or len(lower.group()) >= 4 and not (
                                lexicon.is_sentence_word(lower.group()) or is_clinical(lower.group())))) and not (
                            _is_stop(lower.group()) or lower.group() in _TERMS_OF_ADDRESS
                            or _KIN.fullmatch(lower.group()) or (  # "call her son", a relation, not "call her dee"
                                lower.group() in _NAME_RECORD_WORDS and "name" in m.group())) and not (
                            _ANIMAL_BEFORE.search(text, max(0, m.start() - 24), m.start())):
                        # "says name is hope no last name", "goes by seun", "(legal name sun-hee)"; not "dog named buddy"
                        yield lower.start(), lower.end(), "NAME"
                continue
            word = text[run[0] : run[1]]
            if _character_follows(text, run[1]):
                continue  # "played with Elsa and Anna figures"
            if rx is _NAMING_RX and " ".join(word.split()).lower() in COUNTRIES:
                continue  # "from El Salvador"; "sibling Jordan" stays a name
            if rx is _NAMING_RX and not _naming_accepts(text, m, word):
                continue
            if rx is _NAMING_RX and (_ANIMAL_BEFORE.search(text, max(0, m.start() - 24), m.start())
                                     or _PETS_BEFORE.search(text, max(0, run[0] - 40), run[0])):
                continue  # "dog named Biscuit": a pet's name is not a person's
            if rx is _CUE_RX and m.group()[:1].isupper() and not m.group().split()[0].isupper() and (
                    m.group().rstrip(" \t")[-1:].isalpha()) and not at_sentence_start(text, m.start()) and (
                    lexicon.is_common_word(word.split()[0]) and not lexicon.is_first_name(word.split()[0])):
                continue  # "Queer Parents Circle": a capitalized relation word inside a group's name
            if rx is _CUE_RX and lexicon.is_common_word(word.split()[0]) and not m.group().endswith(_QUOTES) and not (
                    m.group().endswith("(") and lexicon.is_name_word(word.split()[0])) and (
                    not lexicon.is_name_word(word.split()[0])
                    or m.group().rstrip(" \t,:(\"“").endswith(("'s", "’s"))) and not _kin_nickname(text, m, run):
                # "parent: Attention Problems", "Children's Hospital": a common word after a relationship word is
                # a name only when it is also a given name ("her son Will"), and never after a possessive
                continue
            if rx is _CUE_RX and m.group().rstrip(" \t\"“").endswith(":") and " " not in word and (
                    lexicon.is_common_word(word)) and (_PROSE_AFTER_LABEL.match(text, run[1]) or (
                    _SENTENCE_AFTER_LABEL.match(text, run[1]) and not _KIN.fullmatch(m.group().split()[0].lower()))):
                continue  # "SUP: Good safety planning", "Supervisor: Row 1, please": a comment after its label
            if rx is _CUE_RX and m.group().rstrip(" \t").endswith(":") and " " not in word and word.endswith("ed") and (
                    not lexicon.is_name_word(word)):
                continue  # "Trainee: Verified w/ mom": a verb in the past begins the reply after its label

            if word[:1].islower() and (
                not lexicon.is_first_name(word.split()[0])
                or (rx is _NAMING_RX and _naming_cue(m.group()) not in _STRONG_NAMING)
                # "When my client rose to leave": after a client's role word, from a writer who capitalizes names, an
                # English word in lower case ("sponsor frank", "mom crystal" stay names)
                or (m.group().split()[0].lower() in _CLIENT_ROLE_CUES and lexicon.is_sentence_word(word.split()[0])
                    and not writes_lower_case(text))
            ):
                continue
            if word[:1].islower():
                run = run[0], _lower_name_end(text, run[1])  # "charge nurse brenda o'malley"
            yield from _with_continuations(text, run, plural=rx is _CUE_RX and (
                m.group().split()[0].lower() in _PLURAL_RELATION))
    for m in hits["person_noun"]:
        if (m.start() and text[m.start() - 1].isalnum()) or m.group()[:2] == "PT" or m.group()[:2].lower() == "po" and (
                m.group()[:2] != "PO" or mostly_upper(text, max(0, m.start() - 30), m.end() + 30)):
            continue  # "PT" is physical therapy, "po" by mouth; "PO Keisha Lindqvist" is a probation officer
        lower = _LOWER_NAME.match(text, m.end())
        if lower:
            # "pt tony r.", "Caller (hope, 19)": a lower-case name needs its initial or an age
            initial = _LOWER_INITIAL.match(text, lower.end())
            if (lexicon.is_first_name(lower.group()) and lower.group() not in _DESCRIPTORS and not _is_stop(
                    lower.group()) and (initial or _THEN_AGE.match(text, lower.end())
                                        or _lower_name_end(text, lower.end()) > lower.end())) or (
                        len(lower.group()) >= 4 and _lower_case_name(text, lower.group(), surname=True)):
                # "pt jaylen in DBT grp", "pt fatima al-sayed"
                yield lower.start(), initial.end(1) if initial else _lower_name_end(text, lower.end()), "NAME"
            elif m.group()[:3] in ("pt ", "cl ") and writes_lower_case(text) and lower.group() not in _CUE_WORDS and (
                    lower.group() not in _SPEECH_VERBS_IN_LOWER) and not clinical_word_after(text, lower.end()) and (
                    _lower_given_kind(lower.group()) in (2, 3) and (_PERSON_VERB.match(text, lower.end()) or (
                        _PRONOUN_OR_ASIDE_AFTER.match(text, lower.end()))) or lexicon.is_first_name(lower.group()) and (
                        _BARE_NAME_AFTER.match(text, lower.end()))):
                # "pt kai they/them", "pt will says his boss", "pt precious says": a name no word spells, or one
                # doing what a person does
                yield lower.start(), _lower_name_end(text, lower.end()), "NAME"
            continue
        run = _name_run(text, m.end(), strong=False)
        if not run:
            continue
        first = text[run[0] : run[1]].split()[0]
        if first.isupper() and not _INITIAL_WORD.fullmatch(first):
            continue  # "Pt MAE", "pt CP"
        if lexicon.is_name_word(first) and (not lexicon.is_common_word(first) or _THEN_AGE.match(text, run[1])):
            if not _is_place_here(text, run[0], first):
                yield from _with_continuations(text, run)
        elif m.group().rstrip().endswith("(") and len(first) >= 4 and not (
                lexicon.is_sentence_word(first) or is_clinical(first)):
            yield run[0], run[1], "NAME"  # "Pt (Selamawit)": a word no list knows, in parentheses
        elif " " in text[run[0] : run[1]] and _unknown_word(first) and m.group()[:2] != "PO" and all(
                _unknown_word(w) or lexicon.is_surname(w) and not lexicon.is_common_word(w)
                for w in text[run[0] : run[1]].split()[1:]):
            yield run[0], run[1], "NAME"  # "Cl Filipa D'Ornelas": a given name no list knows, and a surname
        elif m.group()[:2] == "PO" and _unknown_word(first) and _OFFICER_PO_BEFORE.search(
                text, max(0, m.start() - 12), m.start()):
            yield run[0], run[1], "NAME"  # "his PO Quarshie": a word no list knows ("started PO Dilantin" is a drug)
        elif m.group()[:3] == "JPO" and (_unknown_word(first) or _INITIAL_WORD.fullmatch(first)):
            yield run[0], run[1], "NAME"  # "JPO R. Oduya", "JPO Vo": a juvenile probation officer
    for c in hits["credential"]:
        m = _BEFORE_CREDENTIAL.search(text, max(0, c.start() - 60), c.start())
        if not m:
            continue
        words = m.group(1).split()
        # keep the words that could be a name ("Seen by Kelsey Williams RN": drop "Seen")
        while words and (((_is_stop(words[0]) or lexicon.is_sentence_word(words[0])) and not lexicon.is_name_word(
                words[0])) or _PERSON_NOUN_WORD.fullmatch(words[0]) or words[0].lower() in _POSSESSIVE_DETERMINERS):
            words.pop(0)  # "Seen by Kelsey Williams RN": drop "Seen"; "Pt OTR driver": no name; "Her RD told her"
        if words:
            start = m.start(1) + m.group(1).index(words[0])
            yield start, m.end(1), "NAME"
    for m in _INITIALS_RX.finditer(text) if _INITIALS_HINT.search(text) else ():
        if (m.group().replace(".", "").replace(" ", "") not in _NOT_INITIALS or _CLIENT_VERB_AFTER.match(
                text, m.end()) or _SESSION_BEFORE_INITIALS.search(text, max(0, m.start() - 14), m.start()) or (
                    _CLIENT_NOUN_BEFORE.search(text, max(0, m.start() - 8), m.start()))) and not (
                is_authored_model(m.group(), text[max(0, m.start() - 60) : m.start()], text[m.end() : m.end() + 60])):
            yield m.start(), m.end(), "NAME"
            # initials then a capitalized word: "J.L. Golden", "Z.S. Knight"
            after = _AFTER_INITIALS.match(text, m.end())
            if after and not _is_stop(after.group(1)) and not is_clinical(after.group(1)):
                yield after.start(1), after.end(1), "NAME"
    yield from _list_names(text)
    yield from _family_names(text, writes_lower_case(text))
    yield from _possessor_of_a_life_event(text)
    yield from _roster_names(text, hits)
    yield from _chat_speakers(text)
    yield from _initials_in_lists_and_labels(text)
    yield from _vocatives(text)
    yield from _reply_labels(text)
    yield from _names_before_birth_dates(text)
    yield from _dash_signatures(text)
    yield from _word_names_in_context(text)
    yield from _word_names_doing(text)
    yield from _names_said_to_be_kin(text, hits)
    yield from _writers_after_greetings(text, hits)
    if "(" in text:
        yield from _lower_names_before_a_role(text)  # "jo (gf) told pt"; not "decision maker (son)"
    yield from _syllable_names(text, hits)
    yield from _lone_initials(text)
    yield from _couples_named(text)
    yield from _children_with_ages(hits)
    yield from _unlisted_names(text, hits)
    if ". " in text:
        for m in _INITIAL_SURNAME.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "."):
                continue
            word = m.group(1)
            listed = text[max(0, m.start() - 2) : m.start()].strip(" \t") == "," or text.startswith(",", m.end())
            if not (lexicon.is_common_word(word) or is_clinical(word) or _is_stop(word)) and (
                    lexicon.is_surname(word) or ((listed or (len(word) >= 5 and _CONTACT_AFTER.match(text, m.end())))
                                                 and _unknown_word(word))) and not mostly_upper(
                    text, m.start(), m.end()):
                yield m.start(), m.end(), "NAME"  # "Members: R. Bautista, K. Oyelaran"; not "O. Neuro", "I. Fecal"


#: A capitalized word whose birth, readmission or bedtime the note speaks of is a person, even when it is a word
#: ("since Legend's birth", "after Story's readmission", "Journey's feeds"); found from the possessive.
_LIFE_EVENT_AFTER_POSSESSIVE = re.compile(
    r"['’]s[ \t]+(?:birth|birthday|bday|readmission|admission|discharge|diagnosis|surgery|feeds?|feedings?|weight|nap|"
    r"naps|bedtime|daycare|pediatrician|crib|car[ \t]+seat|nicu|NICU|funeral|death|passing|overdose|arrest|"
    r"sentencing|custody|teacher|school|room)\b"
)
#: The same begun with a straight apostrophe, a literal the engine finds fast (a class is tested at every
#: character), for a text without a curly one.
_LIFE_EVENT_AFTER_POSSESSIVE_STRAIGHT = begun_with(_LIFE_EVENT_AFTER_POSSESSIVE, "['’]", "'")
_POSSESSOR_BEFORE = re.compile(rf"(?<![\w'’-])({_CAP_WORD})$")
_NOT_POSSESSORS = frozenset(
    "women men children people mother mothers father fathers today tomorrow yesterday everyone anyone someone "
    "nobody family baby client patient parent parents son daughter mom dad".split()
)


def _possessor_of_a_life_event(text: str) -> Iterator[Span]:
    if "'s " not in text and "’s " not in text:
        return
    for m in (_LIFE_EVENT_AFTER_POSSESSIVE if "’" in text else _LIFE_EVENT_AFTER_POSSESSIVE_STRAIGHT).finditer(text):
        before = _POSSESSOR_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if not before or at_sentence_start(text, before.start(1)):
            continue
        word = before.group(1)
        if word.lower() in _NOT_POSSESSORS or word.lower() in _CUE_WORDS or is_clinical(word) or _is_stop(word) or (
                lexicon.is_place(word) or is_state(word) or word.lower() in COUNTRIES):
            continue
        yield before.start(1), before.end(1), "NAME"


#: A family by its surname in lower case ("sess w/ the haddad family"), found from " family" and looked back.
_FAMILY_WORDS = (" family", " families", " kids", " children", " twins", " household")
_LOWER_SURNAME_BEFORE_FAMILY = re.compile(r"(?<![\w'’-])the[ \t]+([a-z][a-z'’-]{2,})$")


def _family_names(text: str, lower_case_writer: bool) -> Iterator[Span]:
    """A family by its surname: in lower case from a writer who does not capitalize ("the haddad family"), or
    capitalized and known to no list ("Okonkwo family")."""
    for word in _FAMILY_WORDS if lower_case_writer else _SURNAME_FAMILY_WORDS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if end == len(text) or not text[end].isalnum():
                before = _LOWER_SURNAME_BEFORE_FAMILY.search(text, max(0, at - 30), at) if lower_case_writer else None
                if before and _lower_case_name(text, before.group(1), surname=True):
                    yield before.start(1), before.end(1), "NAME"
                elif word in _SURNAME_FAMILY_WORDS:
                    cap = _CAPITALIZED_BEFORE_FAMILY.search(text, max(0, at - 30), at)
                    if cap and _unknown_surname(text, cap.start(1), cap.end(1)):
                        yield cap.start(1), cap.end(1), "NAME"  # "Family session, Etcheverry family"
            at = text.find(word, end)


#: A capitalized family name no list or dictionary knows, inside a sentence ("— Okonkwo family"); not a verb
#: opening one ("Explored family roles"), a model ("Bowen family systems"), a day or a people ("Somali family").
_SURNAME_FAMILY_WORDS = (" family", " families", " household")
_CAPITALIZED_BEFORE_FAMILY = re.compile(rf"(?<![\w'’-])([{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)$")


def _unknown_surname(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    return not (at_sentence_start(text, start) or lexicon.is_common_word(word) or _is_stop(word) or _is_heritage(word)
                or word.endswith(_DEMONYM_ENDINGS) or is_eponym_at(text, start, end) or word.lower() in COUNTRIES
                or word.lower() in PEOPLES)


#: Rules for names no list or cue finds, each started from what is rare in a note (a parenthesis with an age or
#: "goes by", a verb of speech, a lower-case title) and then looking back at the word before it.
#:
#: A title in lower case before a lower-case surname ("ms. bui quiet but engaged").
_LOWER_TITLES = (
    "mr|mrs|ms|miss|dr|ofc|officer|deputy|sgt|ssg|sfc|msgt|cpl|spc|pfc|ltc|det|capt|rev|atty|prof|supt|doña|dona")
_CLAUSE_ENDS = re.compile(r"[.,;:!?]|$")
#: Titles that are words, never shortened: one before a dot ends a sentence ("thru sheriff. will update"), and the
#: word after one is a name when the name lists know it ("judge marchetti"), or when no list knows it and a verb or the
#: clause's end follows (checked where the rule's matches are read).
_LOWER_WORD_TITLES = "judge|warden|coach|maestro|pastor|principal|sheriff|trooper"
_LOWER_TITLE_NAME = re.compile(
    rf"(?:{_LOWER_TITLES}|(?P<word_title>{_LOWER_WORD_TITLES})(?!\.))(?P<dot>\.?)(?:(?<=\.)[ \t]*|(?<!\.)[ \t]+)"
    rf"(?:(?P<initial>[a-z]\.[ \t]*)?"
    rf"(?P<name>(?:[od]['’])?[{_LO}]{{2,}}(?:-[{_LO}]{{2,}})?)(?![\w-]|['’](?!s\b))"
    # or one letter, not "a" or "i", which an article or a pronoun may be ("ms a long time"), nor "x", a count ("ms x
    # 10 yrs"): "mrs b", "ms. q wont approve", "coach b kicked him off"
    r"|(?P<letter>[b-hj-wyz])(?![\w'’.-]))"
)
CUES.add("lower_title", _LOWER_TITLES + "|" + _LOWER_WORD_TITLES, _LOWER_TITLE_NAME)
#: The titles after which one letter is a person ("mrs b"); "dr" and "ofc" too often stand before other letters.
_LETTER_TITLES = frozenset({"mr", "mrs", "ms", "miss", "coach"})
#: The closing words of a letter or a message, before the name that signs it.
_SIGN_OFFS = frozenset("love hugs blessings cheers best regards thanks sincerely warmly cordially respectfully".split())
#: Whose, before a credential ("Her RD told her"): "Her" is also a Hmong surname, but not there.
_POSSESSIVE_DETERMINERS = frozenset("her his their my your our its".split())
#: Letters that stand for words in a text ("miss u so much", "miss y'all"): not a person's initial after "miss".
_TEXTING_LETTERS = frozenset("u r y n".split())
#: A month after a relation word or a title is a woman's name ("Aunt June", "daughter April Castellanos").
_MONTH_NAMED = re.compile(
    rf"(?i:{WOMAN_BEFORE_MONTH})\.?[ \t]+((?:January|February|March|April|May|June|July|August|September|October|"
    rf"November|December)(?:[ \t]+{_CAP_WORD})?)(?![\w'’-])"
)
CUES.add("month_named", WOMAN_BEFORE_MONTH, _MONTH_NAMED)
#: A nickname in quotes after a word that says what someone is called ('goes by "T-Money"', 'aka "peanut"').
_QUOTED_NICKNAME_WORDS = (
    r"goes by|went by|aka|nicknamed|known as|street name|prefers|calls himself|calls herself|nickname|"
    r"saved(?:[ \t]+in[ \t]+(?:her|his|their|my|the)[ \t]+phone)?[ \t]+as|listed[ \t]+as|no[ \t]+contact[ \t]+with|who[ \t]+is"
)
_QUOTED_NICKNAME = re.compile(
    rf"(?i:{_QUOTED_NICKNAME_WORDS})[ \t]*[:,]?[ \t]*[\"“]([^\"”\n]{{1,24}})[\"”]"
)
CUES.add("quoted_nickname", _QUOTED_NICKNAME_WORDS, _QUOTED_NICKNAME)
#: A Vietnamese name with its middle name, whose given name may be a short word ("Nguyen Van An").
_VIETNAMESE_NAME = re.compile(rf"{_CAP_WORD}[ \t]+(?:Van|Văn|Thi|Thị)[ \t]+([{_UP}][{_LO}]{{1,8}})(?![\w'’-])")
#: A given name of two Korean syllables joined by a hyphen, the second in lower case, as they are romanized
#: ("Jun-ho", "Hye-jin Park"); not "Check-in", "X-ray", "Co-op", "Neuro-surg".
_KOREAN_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|[gkndrmbsjhtpwy])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)"
    r"(?:ng|n|k|l|m|p)?"
)
_SECOND_SYLLABLE = re.compile(rf"-({_KOREAN_SYLLABLE})(?![\w-]|['’](?!s\b))")  # found from the hyphen
_FIRST_SYLLABLE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{0,4})$")
_SYLLABLE = re.compile(f"(?i:{_KOREAN_SYLLABLE})")
#: A lower-case writer's initials ("k.m.'s rorschach", "staff w j.t."); not "a.m.", "e.g.", "p.o.".
_INITIAL_DOT = re.compile(r"\.[a-z]\.(?=['’]s\b|[ \t,;)]|$)")
_NOT_LOWER_INITIALS = frozenset(
    "a.m. p.m. e.g. i.e. n.b. p.o. q.d. o.d. o.s. o.u. b.p. h.s. c.c. d.c. u.s. v.s. w.c. y.o. u.o. c.o. r.a. s.l. e.d. "
    "o.r. o.k. q.s. s.p. s.s. p.r. i.v. i.m. s.c. g.i. g.u. n.g. o.t. p.t. r.t. n.p. r.n. m.d. d.o. n.p.o. b.i.d. "
    "t.i.d. q.i.d. p.r.n. q.h.s. a.k.a.".split()
)
#: A lower-case given name before pronouns ("sam (they/them)"), from any writer.
_PRONOUNS_IN_PARENTHESES = re.compile(r"\((?:she|he|they|ze|xe)(?:/|\))")
#: A name before "(goes by ...)": "Oluwaseun Adeyemi (goes by Seun)".
_GOES_BY = re.compile(r"\((?:goes by|aka|a\.k\.a\.|prefers|nickname|street name)[ \t;,)]")
_WORDS_BEFORE = re.compile(rf"(?<![\w'’-])((?:{_CAP_WORD}[ \t]+){{0,2}}{_CAP_WORD})[\"”]?[ \t]*$")
#: A proper name in parentheses after a word that says what it is: "grandmother's name (Wilhelmina)", "my 2pm
#: (Kendrick)", "1.0 supervision (Harlan)" are people; "the town (Tern Harbor)", "the school (Teurlings Catholic)"
#: places. Found from the parenthesis, the word before looked back for.
_PROPER_IN_PARENTHESES = re.compile(rf"\(((?:St\.[ \t]+)?{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}})\)")
_PERSON_LABEL_BEFORE = re.compile(
    r"(?:(?<![\w-])(?i:name|nickname|supervision|supervisor)|\d[ \t]?(?i:am|pm))[ \t]*$")
_PLACE_LABEL_BEFORE = re.compile(
    r"(?<![\w-])(?i:town|city|hometown|village|school|employer|workplace|church|store|restaurant|hospital|"
    r"facility|neighborhood|county)[ \t]*$")
#: A word no list knows before an age in parentheses: "Yokasta (31), lives in ...".
_AGE_PARENTHESIS = re.compile(r"\((?:age[ \t]*)?\d{1,2}(?:[ \t]*(?:y/?o|yo|[MF]))?[),]")
_WORD_BEFORE = re.compile(rf"(?<![\w'’-])({_CAP_WORD})[ \t]*$")
_LOWER_WORD_BEFORE = re.compile(rf"(?<![\w'’-])([{_LO}]{{3,}})[ \t]*$")
#: Verbs that only a person is the subject of (not "decreased", "noted", "called" of a drug or a service): a word
#: no list knows before one, at a sentence start, is a name ("Rafa shared he ran into ...").
_SPEECH_VERBS = (
    r"shared|said|says|reported|stated|told|tells|asked|cried|laughed|disclosed|described|explained|expressed|"
    r"talked|spoke|joined|texted|wants|wanted|agreed|arrived|attended|refused|reports|offered|relapsed|"
    r"challenged|celebrated|celebrating"
)
#: Verbs after a sentence's first word that make a common word a person's nickname, and the role words that are
#: no nicknames (nor names in a roster: "Present: Client, Staff, Pops").
_NICKNAME_VERB = re.compile(
    r"[ \t]+(?:reports|reported|disclosed|offered|wants|wanted|says|said|shared|stated|admitted|texted|cried|"
    r"laughed|agreed|refused|arrived|celebrat\w+|relapsed|challenged)\b"
)
#: A line of a pasted chat or text thread: an optional time stamp, the speaker (one or two words), another optional
#: time stamp, a colon, what was said ("[6:13 AM] marcus: ok", "[2/14 23:10] Wellington: vc vai", "Dee: u coming
#: sunday", "Ed Sokol 4:14 PM: is she safe"); or the speaker in brackets with no colon ("[shay] ok i'll come").
_CHAT_TIME = r"[\[(]?(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?,?[ \t]+)?\d{1,2}:\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?[\])]?"
_CHAT_LINE_BODY = (
    rf"[ \t]*(?:(?P<t1>{_CHAT_TIME})[ \t]*[-–]?[ \t]*)?"
    rf"(?:(?P<who>[A-Za-z][A-Za-z'’-]+(?:[ \t][A-Za-z][A-Za-z'’-]*\.?)?)(?:[ \t]+(?P<t2>{_CHAT_TIME}))?[ \t]*:"
    rf"|\[(?P<bracketed>[A-Za-z][A-Za-z'’-]+)\])[ \t]+(?=\S)"
)
_CHAT_LINE = re.compile(_CHAT_LINE_BODY)  # the first line, matched at the start of the text
_CHAT_LINE_AFTER_BREAK = re.compile("\n" + _CHAT_LINE_BODY)  # every other line, found from its line break
#: Speaker labels that are roles or the parts of a form, not people.
_CHAT_ROLES = frozenset(
    """
    me mom mum mama dad papa pt client clinician therapist counselor writer sup supervisor intern trainee caller
    staff bot system auto autoreply auto-reply unknown note notes plan re subject to from cc bcc fax tel phone cell
    email dob date time name sent received reply text texts msg message portal voicemail vm grandma grandpa
    sister brother son daughter wife husband partner bf gf teacher coach nurse doctor dr np md admin front desk
    """.split()
)


#: What a chat has at least once: a line that begins with a time stamp or with a word in lower or title case and a
#: colon (found from the line break, so a note's capital section labels "NEURO:", "GU:" are passed over fast).
_CHAT_HINT = re.compile(r"\n[ \t]*[\[(]?(?:\d{1,2}:\d\d|\d{1,2}/\d{1,2}[/ ,]|[A-Za-z][a-z'’-]+(?:[ \t][A-Za-z][a-z'’.-]*)?[ \t]*:|\[[A-Za-z])")


#: Words that say a note holds a pasted chat ("texts from a friend, pasted", "group chat", "her DMs"): then a label
#: that comes back is a speaker even when it is a word ("mads:"), unlike the repeated labels of a systems review.
_CHAT_WORDS = ("text", "texts", "texted", "chat", "dm", "dms", "pasted", "message", "messages", "snapchat", "snap",
               "insta", "whatsapp", "imessage", "groupme", "discord")


def _says_it_is_a_chat(low: str) -> bool:
    """Whether the lower-case text ``low`` holds one of ``_CHAT_WORDS`` as a word of its own (found with ``str.find``:
    a regex for any of them would be tried at every character)."""
    for word in _CHAT_WORDS:
        i = low.find(word)
        while i >= 0:
            end = i + len(word)
            if (i == 0 or not low[i - 1].isalpha()) and (end == len(low) or not low[end].isalpha()):
                return True
            i = low.find(word, i + 1)
    return False


def _chat_speakers(text: str) -> Iterator[Span]:
    """The speakers of a pasted chat or text thread. Lines that begin with a label make a chat when one has a time
    stamp, or when a few labels come back ("Dee: … Lanette: … Dee: …"), unlike the many labels of a systems review
    ("NEURO:", "GU:", "HEME:"). A label is a person when it is no role, form field or clinical word, not in capitals,
    and a given name that is no English word ("Lanette", "preet"); a given name that is a word ("Dee", "sunny g")
    once the chat has such a speaker or a time stamp."""
    opening = _CHAT_LINE.match(text)
    if not (opening or _CHAT_HINT.search(text)):
        return
    lines = ([opening] if opening else []) + list(_CHAT_LINE_AFTER_BREAK.finditer(text))
    said = [(m.group("who") or m.group("bracketed")).rstrip(".").lower() for m in lines]
    if not any(m.group("t1") or m.group("t2") for m in lines) and len(set(said)) == len(said) and sum(
            1 for who in said if who in _CHAT_ROLES) <= 1:
        return  # no time stamp, no label twice and at most one role line: no chat, whatever the labels are
    labels: list[tuple[int, int, str, bool]] = []
    timed = False
    roles = 0  # lines of the writer or a relative ("me:", "mom:"), which make a thread without naming anyone
    for m in lines:
        who = m.group("who") or m.group("bracketed")
        start = m.start("who") if m.group("who") else m.start("bracketed")
        words = who.rstrip(".").split()
        first = words[0]
        stamped = bool(m.group("t1") or m.group("t2"))
        if first.lower() in _CHAT_ROLES and len(words) == 1:
            roles += 1
            continue
        full_name = stamped and len(words) == 2 and lexicon.is_first_name(first) and lexicon.is_surname(words[1])
        if first.isupper() or first.lower() in _CHAT_ROLES or first.lower() in _ROLE_WORDS or _is_stop(first) or (
                is_clinical(first) and not full_name) or (len(words) > 1 and (
                    words[1].lower() in _CHAT_ROLES or _is_stop(words[1]) or is_clinical(words[1]) or (
                        words[1].islower() and len(words[1]) > 2 and lexicon.is_sentence_word(words[1])))):
            continue  # "Ed Sokol 4:14 PM:" is a person; "Ed:" alone the emergency department
        timed = timed or stamped
        labels.append((start, start + len(" ".join(words)), who.lower(), lexicon.is_first_name(first) and not (
            lexicon.is_common_word(first) or is_state(first) or first.lower() in COUNTRIES)))
    if not labels:
        return
    speakers = {who for _s, _e, who, _ok in labels}
    if not (timed or (len(speakers) <= 4 and len(labels) + roles > len(speakers) + min(roles, 1))):
        return
    known = timed or roles > 0 or any(ok for _s, _e, _w, ok in labels)
    times = Counter(who for _s, _e, who, _ok in labels)
    said_chat: bool | None = None  # whether the note says it holds a chat, looked for once, only when asked
    for start, end, who, ok in labels:
        if not (ok or (known and lexicon.is_first_name(who.split()[0]))):
            if times[who] < 2 or " " in who or len(who) < 3 or lexicon.is_frequent_word(who) or (
                    who in _FIELD_WORDS or who in _TEXTING_WORDS):
                continue
            if said_chat is None:
                said_chat = _says_it_is_a_chat(text.lower())
            if not said_chat:
                continue  # "mads: ur not coming back ... mads: call me" in pasted texts: a nickname, twice
        yield start, end, "NAME"


#: An item of a list of initials ("Present: A.M., C.D., Faith R."): the comma or bracket on each side tells an item.
_ITEM_INITIALS = re.compile(r"[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?(?:-[A-Z]\.)?")
_LISTED_INITIALS = re.compile(rf"[(:,][ \t]({_ITEM_INITIALS.pattern})(?=[ \t]*[,;)])")  # found from its separator
#: Initials in the label of a comment or an annotation ("[MB comment]:", "[Sup annotation - RK, 3/11]:",
#: "[Comment, KH]:", "Intake (LK):"): the person who wrote it.
_LABEL_WORD_LIST = ("sup", "supervisor", "comment", "annotation", "note", "reviewer", "peer", "review", "edit",
                    "cosign", "co-sign", "reply")
_LABEL_WORD = rf"(?i:sup\.?|{'|'.join(_LABEL_WORD_LIST[1:])})"
_LABEL_INITIALS = re.compile(
    rf"[\[(](?:{_LABEL_WORD}(?:[ \t]+{_LABEL_WORD})*[ \t]*[,–—-]?[ \t]*)?([A-Z]{{2,3}})"
    rf"(?:[ \t]+{_LABEL_WORD}|[ \t]*[,–—-][ \t]*[\d/]{{3,10}})?[\])]"
)
#: The same begun with each bracket, a literal the engine finds fast (a class is tested at every character): whether
#: ``_LABEL_INITIALS`` is found is whether one of them is.
_LABEL_INITIALS_BY_BRACKET = {b: begun_with(_LABEL_INITIALS, r"[\[(]", "\\" + b) for b in "[("}
_LABEL_WORD_RX = re.compile(_LABEL_WORD)
#: What a note with such a label holds, in any case (cheap substring tests before the pattern's pass): each label
#: word but its first letter, in lower case and in capitals.
_LABEL_HINTS = tuple(sorted({tail for w in (*_LABEL_WORD_LIST, "intake") for tail in (w[1:], w[1:].upper())}))
#: ... or before a bracket that closes a speaker's label ("Intake (LK): Hi").
_LABEL_WORDS = re.compile(rf"{_LABEL_WORD}|(?i:intake)")


def _initials_in_lists_and_labels(text: str) -> Iterator[Span]:
    """Initials that are also abbreviations ("A.M.", "R.T.", "L.P.") where they stand in a list beside other
    initials; and capitals in the label of a comment ("[MB comment]", "[Sup comment – RF]", "Intake (LK):"), not a
    clinical abbreviation ("(CBT note)")."""
    if _INITIALS_HINT.search(text):
        for m in _LISTED_INITIALS.finditer(text):  # an item: after "(", ":" or "," and a space
            if _ITEM_INITIALS.search(text, max(0, m.start(1) - 30), m.start(1)) or _ITEM_INITIALS.search(
                    text, m.end(), m.end() + 30):
                yield m.start(1), m.end(1), "NAME"
    # the label's regex, found fast from its bracket, is tried before the two dozen substring tests it needs
    if any(b in text and rx.search(text) for b, rx in _LABEL_INITIALS_BY_BRACKET.items()) and any(
            word in text for word in _LABEL_HINTS):
        for m in _LABEL_INITIALS.finditer(text):
            if m.group(1) not in _NOT_INITIALS and not is_clinical(m.group(1)) and (
                    not _is_stop(m.group(1)) or m.group(1) in ("JR", "SR")) and (  # in a label, initials, not "Jr."
                    _LABEL_WORD_RX.search(m.group()) or (text.startswith(":", m.end()) and _LABEL_WORDS.search(
                        text, max(0, m.start() - 12), m.start()))):
                yield m.start(1), m.end(1), "NAME"


#: The writer of a reply or a comment named in its label ("Reply (Tess): Understood", "Trainee (Kayla): fixed");
#: initials there are ``_LABEL_INITIALS``'s, a title and a surname the title rule's.
_REPLY_LABEL_WORDS = r"reply|response|trainee|supervisor|sup|peer|comment|note"
#: Found from the parenthesis (a pattern begun with the label's words, in either case, would be tried at every
#: character), the label looked back for.
_REPLY_LABEL_NAME = re.compile(rf"\(((?P<initial>[{_UP}]\.[ \t]?){_CAP_WORD}|{_CAP_WORD})\):")
_REPLY_LABEL_BEFORE = re.compile(
    rf"(?<![\w])(?i:{_REPLY_LABEL_WORDS})(?:[ \t]+(?i:{_REPLY_LABEL_WORDS}))?[ \t]*$")


def _reply_labels(text: str) -> Iterator[Span]:
    """The writer's given name ("Reply (Tess):"), or an initial and a surname ("Supervisor comment (R. Hallworth):")."""
    if "):" not in text:
        return
    for m in _REPLY_LABEL_NAME.finditer(text):
        if not _REPLY_LABEL_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        word = m.group(1)
        if m.group("initial") or lexicon.is_first_name(word) and not (
                _is_stop(word) or is_clinical(word) or word.lower() in _ROLE_WORDS):
            yield m.start(1), m.end(1), "NAME"


#: A given name spoken to at the start of a sentence, as supervisors write to trainees ("[MB comment]: Will, you
#: wrote …", "Grace, please redo the risk section", "Jordan — your note says"): the name, even when it is a word.
_VOCATIVE_WORDS = (r"you|your|you['’]re|you['’]ve|I|I['’]m|I['’]ve|please|thanks|thank|great|nice|good|remember|"
                   r"let['’]s|consider|try|we|strong|solid|love|really")
#: Each begun with its literal, the comma or the dash (a pattern begun with a choice of the two, or with the blanks
#: before the dash, would be tried at every character).
_VOCATIVE_AFTER = re.compile(rf",[ \t]+(?:{_VOCATIVE_WORDS})\b")
_VOCATIVE_AFTER_DASH = re.compile(rf"[—–][ \t]+(?:{_VOCATIVE_WORDS})\b")
_VOCATIVE_NAME = re.compile(rf"(?:^|(?<=[.!?:\]][ \t])|(?<=[.!?:\]][ \t]{{2}})|(?<=\n))({_CAP_WORD})$", re.MULTILINE)
_NOT_VOCATIVE = frozenset("okay ok well so yes no hi hey hello also again still sure honestly overall first next "
                          "then now today here there again afterward later finally".split())


def _vocatives(text: str) -> Iterator[Span]:
    if ", " not in text and " — " not in text and " – " not in text:
        return
    afters = [a.start() for a in _VOCATIVE_AFTER.finditer(text)] if ", " in text else []
    for a in _VOCATIVE_AFTER_DASH.finditer(text) if " — " in text or " – " in text else ():
        end = a.start()
        while end and text[end - 1] in " \t":
            end -= 1
        if end < a.start():
            afters.append(end)  # the name ends before the blanks before the dash ("Jordan — your note")
    for after in sorted(afters):
        m = _VOCATIVE_NAME.search(text, max(0, after - 30), after)
        if not m:
            continue
        word = m.group(1)
        if lexicon.is_first_name(word) and word.lower() not in _NOT_VOCATIVE and (
                word.lower() not in _TERMS_OF_ADDRESS) and not (
                (_is_stop(word) and word.lower() not in NAME_LIKE_FUNCTION_WORDS) or is_clinical(word) or word.lower() in _ROLE_WORDS or word.lower() in _CHAT_ROLES
                or word.endswith("ly")):
            yield m.start(1), m.end(1), "NAME"


#: The capitalized words right before a date of birth or a record number are the person's name ("confirms that
#: Jesus Angel Cruz (DOB 04/22/1979)", "Re: Maria Lopez, DOB 3/4/88").
_BIRTH_WORDS = ("DOB", "D.O.B.", "dob", "date of birth", "Date of birth", "MRN", "born", "Born")
_BIRTH_WORD_BEFORE = re.compile(r"[(,][ \t]*$")
_RUN_BEFORE_BIRTH = re.compile(rf"((?:{_CAP_WORD}[ \t]+){{0,3}}{_CAP_WORD})[ \t]*$")


_BEFORE_DOB_NOUNS = frozenset("pt pts cl clt patient examinee client name re subject youth child student".split())


def _names_before_birth_dates(text: str) -> Iterator[Span]:
    for word in _BIRTH_WORDS:
        if word not in text:
            continue
        for at in occurrences(text, word):
            end = at + len(word)
            if end < len(text) and (text[end].isalnum() or text[end] == "_"):
                continue  # a whole word: not "borne"
            yield from _name_before_birth_word(text, at)


def _name_before_birth_word(text: str, at: int) -> Iterator[Span]:
    """The name before "(DOB" or ", born" at ``at``."""
    comma = _BIRTH_WORD_BEFORE.search(text, max(0, at - 4), at)
    m = comma and _RUN_BEFORE_BIRTH.search(text, max(0, comma.start() - 80), comma.start())
    if not m:
        return
    words = m.group(1).split()
    while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in _ROLE_WORDS
                     or words[0].lower() in _CUE_WORDS or words[0].lower() in _BEFORE_DOB_NOUNS
                     or lexicon.is_sentence_word(words[0]) and not lexicon.is_name_word(words[0])):
        words.pop(0)  # "Client Maria Lopez (DOB": from the first word that may be a name
    if words and not any(is_clinical(w) or is_state(w) or w.lower() in COUNTRIES for w in words) and any(
            (lexicon.is_name_word(w) or _unknown_word(w)) and not lexicon.is_common_word(w) for w in words):
        yield m.end(1) - len(" ".join(words)), m.end(1), "NAME"


#: A signature after a long dash at the end of a line: an initial ("— L."; not "see plan - A."), or a lower-case
#: given name with its initial and role ("—mark t., intern").
_DASH_SIGNATURE = re.compile(
    r"(?:—|–|--)[ \t]*(?:(?P<initial>[A-Z]\.)|(?P<given>[a-z]{2,})[ \t]+(?P<last>[a-z]\.))"
    r"(?:,[ \t]*[A-Za-z][\w .-]{0,30})?[ \t]*$",
    re.MULTILINE,
)
#: The same begun with "--", a literal the engine finds fast (the alternation is scanned for as a class, tested at
#: every character), for a text without a long dash.
_DASH_SIGNATURE_HYPHENS = begun_with(_DASH_SIGNATURE, "(?:—|–|--)", "--")


def _dash_signatures(text: str) -> Iterator[Span]:
    if "—" not in text and "–" not in text and "--" not in text:
        return
    for m in (_DASH_SIGNATURE if "—" in text or "–" in text else _DASH_SIGNATURE_HYPHENS).finditer(text):
        if m.start() and text[m.start() - 1] not in " \t\n":
            continue
        if m.group("initial"):
            yield m.start("initial"), m.end("initial"), "NAME"
        elif lexicon.is_first_name(m.group("given")) and not _is_stop(m.group("given")):
            yield m.start("given"), m.end("last"), "NAME"


#: Given names that are virtues or things of nature: capitalized inside a sentence and doing what a person does, they
#: are names ("13yo Hope refusing school", "Faith to document", "Glory tearful", "session with Hope went sideways");
#: "Hope and Faith as values", "the Hope Street shelter" are not.
_WORD_NAMES = frozenset(
    "Hope Faith Grace Joy Glory Charity Mercy Patience Destiny Trinity Harmony Serenity Honor Justice Journey Legend "
    "Story River Sky Summer Autumn Dawn Sunny Rose Lily Ivy Daisy Violet Jade Amber Ruby Pearl Crystal Star Angel "
    "Precious Blessing Promise Miracle Heaven Genesis Royal Rain Storm Brook Willow Meadow".split()
)

def _capitalized_by_tail(names: frozenset[str]) -> dict[str, list[str]]:
    """Capitalized, a name of four letters or more leaves its tail as a lower-case run of the text ("ope" of "Hope"),
    met in the same set intersection as the lower-case names; the three-letter ones are looked for as they are."""
    by_tail: dict[str, list[str]] = {}
    for name in sorted(names):
        if len(name) > 3:
            by_tail.setdefault(name[1:], []).append(name.title())  # "ill": Bill and Will
    return by_tail


def _standing_alone(text: str, forms: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Where each of ``forms`` stands in ``text`` as a word of its own (not inside a word, a handle or a path)."""
    for form in forms:
        for start in occurrences(text, form):
            end = start + len(form)
            if not ((start and (text[start - 1].isalnum() or text[start - 1] in "_'’.-@#/")) or (
                    end < len(text) and (text[end].isalnum() or text[end] in "_'’-@"))):
                yield start, end


_WORD_NAME_BY_TAIL = _capitalized_by_tail(frozenset(name.lower() for name in _WORD_NAMES))
_WORD_NAME_TAILS = frozenset(_WORD_NAME_BY_TAIL)
_SHORT_WORD_NAMES = [name for name in _WORD_NAMES if len(name) <= 3]
_WORD_NAME_DOES = re.compile(
    r"[ \t]+(?:said|says|reports|reported|states|stated|told|came|went|left|agreed|shared|admitted|called|texted|cried|"
    r"yelled|arrived|refused|refuses|wants|wanted|asks|asked|cries|yells|gets|lives|works|hates|loves|needs|plays|calls|"
    r"texts|tells|tearful|quiet|upset|absent|is[ \t]+(?:doing|feeling)|"
    r"to[ \t]+(?:document|call|bring|meet|attend|sign|complete|schedule|follow|email|text|see)|"
    r"(?!being\b|having\b|going\b)[a-z]+ing)\b"
)
_WORD_NAME_NOT_AFTER = re.compile(
    r"(?<![\w])(?:the|a|an|his|her|their|my|our|your|its|this|that|of|in|and|or|with[ \t]+(?:great|some|no))[ \t]+$"
    r"|[A-Z][\w'’-]*[ \t]+$|[\"“‘'(][ \t]*$"
)


def _word_names_in_context(text: str) -> Iterator[Span]:
    # "ope" of "Hope" is a lower-case run of the text: one set intersection, not a search per name
    candidates = [name for tail in lower_words(text) & _WORD_NAME_TAILS for name in _WORD_NAME_BY_TAIL[tail]]
    candidates += [name for name in _SHORT_WORD_NAMES if name in text]
    candidates += [name for tail in lower_words(text) & _VERB_NAME_TAILS for name in _VERB_NAME_BY_TAIL[tail]]
    candidates += [name for name in _SHORT_VERB_NAMES if name in text]
    for start, end in _standing_alone(text, candidates):
        if text[start:end] == "Will" and (will := _WILL_DOES.match(text, end)):
            if will.group(1).lower() not in _NOT_VERBS_IN_S and not _WILL_AS_NOUN_BEFORE.search(
                    text, max(0, start - 12), start):
                yield start, end, "NAME"  # "Will stays with aunt Corinne", "Will (9th) says": the modal takes no "-s"
                continue
        if at_sentence_start(text, start) or _WORD_NAME_NOT_AFTER.search(text, max(0, start - 24), start) or (
                _SUBJECT_PRONOUN_BEFORE.search(text, max(0, start - 10), start)):
            continue  # "her mood Rose by the end", "she Drew a map": the verb after its subject
        if (_WORD_NAME_DOES.match(text, end) and not text.startswith(" and", end)) or (
                text[start].isupper() and _capitalized_alone(text, start, end)):
            yield start, end, "NAME"


#: After "Will", a verb in "-s" (maybe after a parenthesis: "Will (9th) says"), which the modal never takes; not one in
#: "-ss" or "-us", whose "s" is the verb's own ("Will discuss", "Will reassess", "Will focus").
_WILL_DOES = re.compile(r"(?:[ \t]+\([^()\n]{1,20}\))?[ \t]+([a-z]+(?<![su])s)(?![\w'’-])")
#: Before "Will", what makes it the document ("Client's Will was updated", "her Will", "a Living Will").
_WILL_AS_NOUN_BEFORE = re.compile(r"(?:['’]s|(?<![\w])(?i:the|a|her|his|their|my|your|our|living|last|new))[ \t]+$")
#: Words in "-s" after "Will" that are no verb ("Will this help?", "Will his dad come?", "Will always be").
_NOT_VERBS_IN_S = frozenset("this his its us yours ours theirs hers always perhaps sometimes less unless thus as "
                            "towards afterwards besides nevertheless nonetheless".split())
#: Word names that are verbs or concrete nouns, written with a capital inside a sentence only as a name ("see Will
#: after his 3:40", "thinking about Summer"); not the virtues, which some writers capitalize as concepts ("explored
#: Hope"), the months ("May"), "Per" or "Art" (a class: "in Art").
_CAPITALIZED_VERB_NAMES = ("Will", "Bill", "Mark", "Bud", "Pat", "Frank", "Drew", "Chip", "Buck", "Rusty", "Penny", "Jack",
                           "Sue", "Rich")
_VERB_NAME_BY_TAIL = _capitalized_by_tail(frozenset(name.lower() for name in _CAPITALIZED_VERB_NAMES))
_VERB_NAME_TAILS = frozenset(_VERB_NAME_BY_TAIL)
_SHORT_VERB_NAMES = [name for name in _CAPITALIZED_VERB_NAMES if len(name) <= 3]
_CAPITALIZED_WORD_NAMES = frozenset(_CAPITALIZED_VERB_NAMES) | frozenset(
    "Summer Autumn Dawn Sunny Rose Lily Ivy Daisy Violet Jade Amber Ruby Pearl Crystal River Sky Rain Storm Brook Willow "
    "Meadow".split())
#: Before a season, words that make it the season written with a capital ("until Summer", "every Autumn").
_SEASON_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:during|until|till|since|over|through|by|before|after|last|next|every|each|early|late|mid|all|for|"
    r"this|that|in|of)[ \t]+$")
#: After the name: a capitalized word, an ampersand or a hyphen and a capital joins it to a title or a facility's name
#: ("Summer Olympics", "Hope Center", "Faith & Family", "Rose-Hulman").
_TITLE_GOES_ON = re.compile(r"[ \t]*(?:[&+]|-?[ \t]*[A-Z0-9])|[ \t]+(?:and|&|of|&amp;)[ \t]+[A-Z]")


def _capitalized_alone(text: str, start: int, end: int) -> bool:
    """Whether the word name at ``text[start:end]``, capitalized inside a sentence after a word in lower case (as the
    caller checks), stands alone: no capitalized word after it, and a season not after a word of time ("thinking
    about Summer", "that Will \"will not engage\"", "see Will after his 3:40")."""
    word = text[start:end]
    if word not in _CAPITALIZED_WORD_NAMES or _TITLE_GOES_ON.match(text, end):
        return False
    if word in ("Summer", "Autumn") and _SEASON_BEFORE.search(text, max(0, start - 12), start):
        return False
    before = text[max(0, start - 30) : start].rstrip(" \t")
    if not (before and before[-1].isalpha() and before[-1].islower()):
        return False
    return not (word == "Will" and (before.split()[-1].lower() in _NOT_BEFORE_WILL or _MODAL_GOES_ON.match(text, end)))


#: After "Will", what only the modal takes ("the system Will not let him"): a negation and a verb.
_MODAL_GOES_ON = re.compile(r"[ \t]+(?:not|never)[ \t]+(?!be\b)[a-z]+(?![\w'’-])")
#: Words before "Will" that make it the modal or the noun ("we Will see", "free Will", "a living Will").
_NOT_BEFORE_WILL = frozenset("i we you he she they it who which free good ill own living last goodwill".split())



#: Given names that are also words a sentence uses otherwise (a modal, a verb, a month, a preposition): with the
#: virtue names above, a name when one begins a clause and does what only a person does ("will told may she
#: apologizes", "Bud left early", "Per died", "hope rated cravings 6/10") or follows a verb that takes a person and a
#: clause ("ask Joy what she needs", "told may she"). A modal, a month or "per" is never followed so.
_VERB_WORD_NAMES = frozenset("will may bill mark bud per pat art rich frank drew chip buck rusty june april penny jack sue".split())
#: Countries and states that are given names too: a person when one begins a clause and does what a person does
#: ("but Jordan just texted").
_PLACE_NAMES_OF_PEOPLE = frozenset("jordan chad israel kenya georgia india".split())
_DOING_WORD_NAMES = frozenset(_VERB_WORD_NAMES | {name.lower() for name in _WORD_NAMES} | _PLACE_NAMES_OF_PEOPLE)
_DOING_NAMES_BY_TAIL = _capitalized_by_tail(_DOING_WORD_NAMES)
_DOING_TAILS = frozenset(_DOING_NAMES_BY_TAIL)
_SHORT_DOING_NAMES = tuple(sorted(name.title() for name in _DOING_WORD_NAMES if len(name) <= 3))
_PERSON_DOES = re.compile(
    r"[ \t]+(?:said|says|told|tells|asked|asks|shared|shares|reported|reports|stated|states|denied|denies|disclosed|"
    r"admitted|texted|called|cried|teared|laughed|yelled|died|passed[ \t]+away|offered|rated|pushed[ \t]+back|agreed|"
    r"declined|arrived|left[ \t]+early|mentioned|talked|interrupted|apologized|nodded|volunteered|challenged|"
    r"validated|joined|quiet|tearful|upset|absent|(?:never|always|also|then|just)[ \t]+[a-z]{2,}ed|"
    r"(?:minimized|dominated|defensive|withdrawn|guarded|dysregulated|escalated|participated|endorsed|described|"
    r"expressed|struggled|refused|celebrating|celebrated)(?![ \t]+by\b)|"
    r"was[ \t]+(?:her|his|their|my)[ \t]+(?:husband|wife|son|daughter|brother|sister|mother|father|mom|dad|partner|"
    r"boss|friend|best))(?![\w'’-])"
)
_PERSON_AND_CLAUSE_BEFORE = re.compile(
    r"(?<![\w'’])(?:told|tell|tells|asked|ask|asks|thanked|reminded|remind|encouraged|invited|hugged)[ \t]+$"
)
_CLAUSE_AFTER = re.compile(r"[ \t]+(?:she|he|they|that|to|if|what|whether|how|about|why)(?![\w'’-])")
_CLAUSE_WORDS = frozenset("and but then when while after because bc until so if as since before once though although".split())


def _begins_clause(text: str, pos: int) -> bool:
    before = text[max(0, pos - 24) : pos].rstrip(" \t")
    return not before or before[-1] in ".!?;:\n,([-—" or before.split()[-1] in _CLAUSE_WORDS


#: A name said to be someone's relative: "Rick is client's current husband", "Will is the 14yo stepson", "Big Mike =
#: cl's father". Found from the kin word (any kin word, also at a sentence's end, where the relation cue does not
#: match), the name and its "is" looked back for.
_KIN_WORDS = (_KIN.pattern + r"|stepson|stepdaughter|stepbrother|stepsister|stepfather|stepmother|grandson|granddaughter|"
              r"half-brother|half-sister|ex-wife|ex-husband|ex|mother-in-law|father-in-law|sister-in-law|brother-in-law")
_KIN_WORD_RX = re.compile(rf"(?i:{_KIN_WORDS})(?![\w'’-])")
CUES.add("kin_word", _KIN_WORDS, _KIN_WORD_RX)
_NAME_IS_KIN_BEFORE = re.compile(
    rf"(?<![\w'’-])((?:(?:Big|Little|Lil)[ \t]+)?{_CAP_WORD})[ \t]+(?:is|was|=)[ \t]+"
    r"(?:(?:the|his|her|their|my|our|(?i:client|cl|pt|patient|clt)['’]s)[ \t]+)"
    r"(?:(?:\d{1,2}[ \t-]*(?:yo|y/o|year-old)|current|older|younger|oldest|youngest|eldest|only|late|new|biological|bio|"
    r"former|ex-?)[ \t]+){0,2}$"
)


def _names_said_to_be_kin(text: str, hits: Hits) -> Iterator[Span]:
    for m in hits["kin_word"]:
        before = _NAME_IS_KIN_BEFORE.search(text, max(0, m.start() - 64), m.start())
        if not before:
            continue
        word = before.group(1).split()[-1]
        if (_is_stop(word) and not lexicon.is_first_name(word)) or word.lower() in _CUE_WORDS or (
                _PERSON_NOUN_WORD.fullmatch(word) or is_clinical(word)) or not (
                lexicon.is_name_word(word) or _unknown_word(word)):
            continue  # "Will is the 14yo stepson": no modal is followed by "is"
        yield before.start(1), before.end(1), "NAME"


def _word_names_doing(text: str) -> Iterator[Span]:
    words = lower_words(text)
    forms = [*(words & _DOING_WORD_NAMES), *(name for tail in words & _DOING_TAILS for name in _DOING_NAMES_BY_TAIL[tail]),
             *(name for name in _SHORT_DOING_NAMES if name in text)]
    for start, end in _standing_alone(text, forms):
        if (_PERSON_DOES.match(text, end) and _begins_clause(text, start)) or (
                _CLAUSE_AFTER.match(text, end) and _PERSON_AND_CLAUSE_BEFORE.search(text, max(0, start - 12), start)):
            yield start, end, "NAME"


#: A message that opens with a greeting and who is writing ("hi its jess i cant make thurs", "hey its Jewel my new #",
#: "hi this is destiny from tues group", "its me dre"): the word after is the writer's name, a word-name included.
_GREETING_ITS = re.compile(
    r"(?i:hi|hey|heyy|hii|hello|hola)[,!.]?[ \t]+(?i:it['’]?s|this[ \t]+is)[ \t]+(?:(?i:me)[,]?[ \t]+)?"
    r"([A-Za-z][a-z]+(?:['’-][a-z]+)?)(?![\w'’-])"
)
CUES.add("greeting_its", "hi|hey|heyy|hii|hello|hola", _GREETING_ITS)
_ITS_ME = re.compile(r"me,?[ \t]+([a-z][a-z]+)(?![\w'’-])")  # found from "me", "its" looked back for
_ITS_BEFORE_ME = re.compile(r"(?<![\w'’-])(?i:it['’]?s|its)[ \t]+$")
_NOT_WRITERS = frozenset("again can uh um so just not your ur the dr mr mrs ms miss mom dad ok okay calling".split())


#: A relation or a role in parentheses, found from the parenthesis: the word before it is that person's name, in lower
#: case too ("jo (gf) told pt", "dj (chosen name, legal dwayne jr)").
_RELATION_IN_PARENTHESES = re.compile(
    r"\((?:(?:her|his|their|pt['’]s|cl['’]s|client['’]s)[ \t]+)?(?:gf|bf|girlfriend|boyfriend|partner|wife|husband|"
    r"sister|brother|mom|dad|son|daughter|friend|bff|best[ \t]+friend|cousin|aunt|uncle|roommate|ex|stepdad|stepmom|"
    r"grandma|grandpa|chosen[ \t]+name)[ \t]*[),]")
_LOWER_WORD_BEFORE_PARENTHESIS = re.compile(r"(?<![\w'’-])([a-z]{2,}(?:-[a-z]{2,})?)[ \t]*$")


def _lower_names_before_a_role(text: str) -> Iterator[Span]:
    for m in _RELATION_IN_PARENTHESES.finditer(text):
        before = _LOWER_WORD_BEFORE_PARENTHESIS.search(text, max(0, m.start() - 24), m.start())
        if not before:
            continue
        word = before.group(1)
        if not (_is_stop(word) or is_clinical(word) or word in _CUE_WORDS or word in _PERSON_WORDS_IN_LOWER or (
                lexicon.is_sentence_word(word) and not lexicon.is_first_name(word))):
            yield before.start(1), before.end(1), "NAME"


#: Words for a person in lower case, no name before a role in parentheses ("pt (gf)", "client (daughter)").
_PERSON_WORDS_IN_LOWER = frozenset("pt cl clt client patient member youth teen kid child adult caller resident".split())


def _writers_after_greetings(text: str, hits: Hits) -> Iterator[Span]:
    for m in hits["greeting_its"]:
        word = m.group(1)
        if not (_is_stop(word) or word.lower() in _NOT_WRITERS or is_clinical(word)):
            yield m.start(1), m.end(1), "NAME"
    if "me " in text or "me," in text:
        for m in _ITS_ME.finditer(text):
            word = m.group(1)
            if (m.start() and text[m.start() - 1].isalnum()) or not _ITS_BEFORE_ME.search(
                    text, max(0, m.start() - 8), m.start()):
                continue
            if not (_is_stop(word) or word in _NOT_WRITERS or lexicon.is_sentence_word(word)):
                yield m.start(1), m.end(1), "NAME"  # "its me dre. im ok"


#: Burmese, Karen and Chin names are runs of syllables, without surnames ("Kyaw Zin Oo", "Naw Paw Say", "Ngun Tha
#: Par", "Eh Kaw"): the run is found from a syllable only such names have (the cue), and reaches the syllables around
#: it that are English words as well ("Oo", "Par", "Say"). "Oo, Kyaw Zin" as a chart lists it is the same person.
_BURMESE_CUES = (
    "Kyaw|Htoo|Htet|Naing|Myint|Thura|Nyein|Thida|Thet|Mya|Moe|Lwin|Paing|Phyo|Thant|Zaw|Khin|Thein|Maung|Hnin|Ngun|"
    "Cung|Bik|Lian|Thang|Hrang|Htay|Naw|Paw|Aung|Soe|Hla|Tun|Zin|Kaw|Sui|Nyi"
)
_BURMESE_CUE = re.compile(rf"(?:{_BURMESE_CUES})(?![\w'’-])")
CUES.add("burmese_syllable", _BURMESE_CUES, _BURMESE_CUE, capitalized=True)
_BURMESE_SYLLABLES = frozenset(_BURMESE_CUES.split("|")) | frozenset(
    "Oo Eh Su Ei Ye Ko Ma Daw Saw Par Tha Win Min Sang Say Mang Khai Kee Ku Pe Lah Moo Nu Ni Than Myo Yee Wai Nay "
    "Chit Thu Mon Po Dah Bway Blu Klo Wa Lay Wah Gay Mu".split()
)
_BURMESE_NEXT = re.compile(r"[ \t]+([A-Z][a-z]{0,5})(?![\w'’-])")
_BURMESE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{0,5})(?:,)?[ \t]+$")
#: Hmong names the same way: a given name of one or two syllables and a clan name ("Pa Nhia Vang", "Mai Yer Thao",
#: "Pa Vang"), found from a syllable or clan only such names have; "Pa" alone, "Lee" alone are other words or names.
_HMONG_CUES = "Nhia|Houa|Zoua|Youa|Shoua|Xiong|Thao|Moua|Vue|Vang|Xee|Yer|Tou|Kou|Chia|Nou|Blia|Pheng|Toua|Xai|Yia|Khang|Kue"
_HMONG_CUE = re.compile(rf"(?:{_HMONG_CUES})(?![\w'’-])")
CUES.add("hmong_syllable", _HMONG_CUES, _HMONG_CUE, capitalized=True)
_HMONG_SYLLABLES = frozenset(_HMONG_CUES.split("|")) | frozenset(
    "Pa Mai Kia Lee Ly Her Yang Lor Lo Cha Hang Chang Fang Xia See Neng Pao Cher Chong Chue Meng Seng Teng Va Yeng Der "
    "Ka Mee Bee Ying Sai True Song".split()
)


def _syllable_names(text: str, hits: Hits) -> Iterator[Span]:
    """Burmese, Karen, Chin and Hmong names: runs of two syllables or more around a syllable only they have."""
    for cue, syllables in (("burmese_syllable", _BURMESE_SYLLABLES), ("hmong_syllable", _HMONG_SYLLABLES)):
        for m in hits[cue]:
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’-"):
                continue
            start, end, count = m.start(), m.end(), 1
            while (before := _BURMESE_BEFORE.search(text, max(0, start - 10), start)) and before.group(1) in syllables:
                start, count = before.start(1), count + 1
            while (after := _BURMESE_NEXT.match(text, end)) and after.group(1) in syllables:
                end, count = after.end(1), count + 1
            if count >= 2:
                yield start, end, "NAME"


#: One initial standing for a person who does something ("When J. told me", "M. drives ninety minutes", "A. played the
#: boss"): group notes name members so. Found from the capital, the character before it checked after.
_LONE_INITIAL = re.compile(
    r"\.(?<=(?<![\w.'’/-])[A-Z]\.)(?=[ \t]+(?:told|said|says|drives|drove|played|shared|asked|cried|left|leave|"
    r"reported|stated|agreed|denied|offered|called|texted|wants|wanted|came|went|arrived|disclosed|missed|joined|"
    r"teared|talked|laughed|refused)\b)"
)  # found from the dot (a literal the engine searches for fast), the capital before it checked after


#: Two or three initials with an age after them ("Presenting: A.D., 27, barback") or after a clinician's verb ("still
#: seeing T.O. at the clinic"): a client named so, not "A.D." the era or "U.S.". Found from the comma or the space
#: after the last dot, the initials looked back for.
_INITIALS_AT = re.compile(r"(?<![\w.'’/-])[A-Z]\.[A-Z]\.(?:[A-Z]\.)?$")
_AGE_AFTER_INITIALS = re.compile(r",[ \t]+\d{1,2}(?:,|[ \t]+(?:y/?o|yo|years?)\b)")
_DOTTED_ABBREVIATIONS = frozenset("U.S. A.M. P.M. D.C. U.K. A.D. B.C. E.U. L.A. N.Y. R.N. M.D. N.A. P.O.".split())
_TWO_INITIALS = re.compile(r"\.(?<=(?<![\w.'’/-])[A-Z]\.[A-Z]\.)(?![\w.])")  # from the last dot
_SEEING_BEFORE = re.compile(r"(?<![\w])(?i:seeing|saw|see|met[ \t]+with|meeting[ \t]+with|treating|presenting:)[ \t]+$")


def _lone_initials(text: str) -> Iterator[Span]:
    if ". " in text:
        for m in _LONE_INITIAL.finditer(text):
            yield m.start() - 1, m.end(), "NAME"
    if "., " in text or ". " in text:
        for m in _AGE_AFTER_INITIALS.finditer(text) if "., " in text else ():
            initials = _INITIALS_AT.search(text, max(0, m.start() - 6), m.start())
            if initials and initials.group() not in _DOTTED_ABBREVIATIONS:
                yield initials.start(), m.start(), "NAME"  # "J.D., 27,"
        for m in _TWO_INITIALS.finditer(text):
            if text[m.end() - 4:m.end()] not in _DOTTED_ABBREVIATIONS and _SEEING_BEFORE.search(
                    text, max(0, m.end() - 28), m.end() - 4):
                yield m.end() - 4, m.end(), "NAME"  # "seeing T.O. at the Dunkin'"


#: The two partners a couples note names after its label ("Couples: Will and Faith.", "couple session w/ Hope & Bill"):
#: given names, the ones that are words too.
_COUPLE_WORD = re.compile(r"[Cc](?i:ouples?)(?![\w'’-])")  # begun with a class, which the engine scans for fast
_PAIR_OF_NAMES = re.compile(rf"[^.\n]{{0,24}}?(?<![\w'’-])({_CAP_WORD})[ \t]+(?:and|&)[ \t]+({_CAP_WORD})(?![\w'’-])")


def _couples_named(text: str) -> Iterator[Span]:
    if "ouple" not in text and "OUPLE" not in text:
        return
    for m in _COUPLE_WORD.finditer(text):
        pair = _PAIR_OF_NAMES.match(text, m.end())
        if pair and all(lexicon.is_first_name(w) and not is_clinical(w) and w.lower() not in _CUE_WORDS
                        for w in (pair.group(1), pair.group(2))):
            yield pair.start(1), pair.end(1), "NAME"
            yield pair.start(2), pair.end(2), "NAME"

_ROLE_WORDS = frozenset(
    """
    client clients patient patients writer clinician therapist counselor intern trainee facilitator staff team
    group family everyone everybody nobody someone somebody anyone member members peer peers resident residents
    veteran youth student students caller guardian parent parents nursing security police court school agency
    provider supervisor supervisee psychiatry psychology pharmacy management leadership administration office
    neighbor neighbors roommate landlord boss employer coworker nurse doctor physician attorney lawyer judge
    officer sheriff daughter mother father husband partner other another both each neither none several many
    most some this that these those they there here medical dietary recreation chaplain interpreter translator
    widow widower teen teenager male female man woman boy girl child kid adult baby infant toddler senior elder
    incident event issue problem concern injury fall change error damage theft abuse assault case death note
    report referral request call message letter email text sponsor cofacilitator co-facilitator leader guest
    guests none all older younger oldest youngest elder couple couples pedi peds dyad triad pair household spouse
    spouses wife son siblings sibling
    """.split()
) | _NUMBER_WORDS
_SPEECH_VERB = re.compile(rf"[ \t]+(?:{_SPEECH_VERBS})\b")
_SPEECH_VERB_AT = re.compile(rf"(?:{_SPEECH_VERBS})\b")
CUES.add("speech_verb", _SPEECH_VERBS, _SPEECH_VERB_AT)
#: A negated past or present after a word that could be a modal or a noun: only a person does that ("Will didnt").
_NEGATED_PAST = re.compile(r"[ \t]+(?i:didn|doesn|wasn|hasn|hadn)['’]?t\b")
#: A word in title case: after a possessive it begins a title ("Grey's Anatomy"), not what a person has.
_TITLE_CASE_WORD = re.compile(rf"[{_UP}][{_LO}]")
_ROLE_IN_PARENTHESES = re.compile(r"[ \t]*\(([A-Za-z-]+)\)")


def _role_in_parentheses(text: str, end: int) -> bool:
    """Whether a relation or a role in parentheses follows ``end`` ("Grant (sponsor)", "Rose (aunt)")."""
    m = _ROLE_IN_PARENTHESES.match(text, end)
    return bool(m) and m.group(1).lower() in _CUE_WORDS


#: From a writer who does not capitalize, a lower-case given name that is no English word after a verb for people
#: ("when dani ignores me", "call tash if urges").
#: What a sentence says was disclosed or reported, not who did it ("Affair disclosed on New Year's Eve").
_THINGS_DISCLOSED = frozenset(
    "affair abuse assault relapse trauma history diagnosis pregnancy infidelity incident overdose rape use drinking "
    "gambling cheating divorce separation arrest miscarriage death suicide".split()
)
_VERBS_FOR_PEOPLE = (
    r"call|calls|called|text|texts|texted|told|tell|tells|asked|ask|when|saw|see|met|visit|visited|invited|"
    r"misses|miss|loves|hates|likes|about|abt|with|w/"
)
_LOWER_GIVEN_NAME = re.compile(rf"(?:{_VERBS_FOR_PEOPLE})[ \t]+([a-z]{{4,}})(?![\w'’/@-])")
CUES.add("lower_given_name", _VERBS_FOR_PEOPLE, _LOWER_GIVEN_NAME)


#: Street and family nicknames: "Big" before a given name ("Big Mike"), "Lil" before any word ("Lil Peso").
_NICKNAME_PREFIX = re.compile(rf"(?:Big|Little|Lil['’]?)[ \t]+({_CAP_WORD})(?![\w'’-])")
CUES.add("nickname_prefix", "Big|Little|Lil", _NICKNAME_PREFIX, capitalized=True)
#: ... and from a writer in lower case ("neighbor is big earl", "lil mike 8 yo"): a given name that is no word.
_LOWER_NICKNAME_PREFIX = re.compile(r"(?:big|little|lil['’]?)[ \t]+([a-z]{3,})(?![\w'’-])")
CUES.add("lower_nickname_prefix", "big|little|lil", _LOWER_NICKNAME_PREFIX)
_AFTER_NICKNAME = re.compile(
    r"[ \t]*(?:$|[,.;:)!?]|['’]s\b)|[ \t]+(?:and|&|or)\b|(?![ \t]+[a-z]{1,2}ed\b)" + _PERSON_VERB_WORDS  # not "bed"
)
#: A closing quote or a verb in -s after "Big Mike" ('Sponsor is "Big Mike" from', "Barber Big Mike checks on him").
_QUOTE_OR_VERB_AFTER_NICKNAME = re.compile(r"[\"”']|[ \t]+(?!(?:is|was|has|does|this|his|us|as)\b)[a-z]{2,}s\b")
_BIG_THINGS = frozenset({"Apple", "Bird", "Ben", "Mac", "Easy", "Dipper", "Bang", "Book", "Brother", "Sister"})


_COMMA_GIVEN = re.compile(rf",[ ]({_CAP_WORD})(?![\w'’-])")  # found from the comma, the surname looked back for
_SURNAME_BEFORE_COMMA = re.compile(rf"(?<![\w'’-])({_CAP_WORD})$")
_UNKNOWN_PAIR = re.compile(rf"([{_UP}][{_LO}]{{3,}})(?=[ ]([{_UP}][{_LO}]{{3,}})(?![\w'’-]))")
#: Endings of words, not of names ("Diastolic Dysfunction", "Narrative Exposure").
_WORD_ENDINGS = ("ic", "tion", "sion", "osis", "itis", "ectomy", "emia", "ology", "ism", "ness", "ment", "ive", "ous",
                 "able", "ible", "ary", "ing", "ed")
_LOWER_SENTENCE_START = re.compile(r"[.!?;:\n][ \t]*([a-z]{4,})(?![\w'’-])")  # and the text's first word, looked at apart
#: What may follow a lower-case name at a sentence start: "jess (client)", "marcus aka", "sarah k said", "marcus on".
_AFTER_LOWER_NAME = re.compile(r"[ \t]+(?:\((?:client|pt|cl|bf|gf|sister|brother|mom|dad)\)|aka\b|a\.k\.a\.|[a-z][ \t]+(?:said|says)\b|"
                               r"on[ \t]+[a-z]+(?:ine|ate|am|ol|one|ide|pine|lin)\b)")
_LOWER_INITIAL_SAID = re.compile(r"[ \t]+([a-z])[ \t]+(?:said|says)\b")
_FIRST_LOWER_WORD = re.compile(r"[ \t]*([a-z]{4,})(?![\w'’-])")


def _unlisted_names(text: str, hits: Hits) -> Iterator[Span]:
    """Names that no list knows or no cue introduces, found from the rare thing beside them (above)."""
    for m in hits["nickname_prefix"]:
        word = m.group(1)
        prefix = m.group().split()[0]
        if (m.start() == 0 or not text[m.start() - 1].isalnum()) and word.lower() not in _CUE_WORDS and (
                prefix.startswith("Lil") or lexicon.is_first_name(word) and word not in _BIG_THINGS
                and not lexicon.is_place(f"{prefix.lower()} {word.lower()}") and (
                    _AFTER_NICKNAME.match(text, m.end()) or _QUOTE_OR_VERB_AFTER_NICKNAME.match(text, m.end()))):
            # "Big Mike, Tito R.", "Big Mike said", "Barber Big Mike checks"; not "Big Sur", "Little Rock", "Big Boy
            # BariAir bed", "Big Bear trip"
            yield m.start(), m.end(1), "NAME"
    if hits["lower_nickname_prefix"] and writes_lower_case(text):
        for m in hits["lower_nickname_prefix"]:
            word = m.group(1)
            if (m.start() == 0 or not text[m.start() - 1].isalnum()) and lexicon.is_first_name(word) and not (
                    lexicon.is_sentence_word(word) or _is_stop(word) or word in _CUE_WORDS or lexicon.is_place(
                        f"{m.group().split()[0]} {word}")):
                yield m.start(), m.end(1), "NAME"  # "neighbor is big earl"
    if "(" in text:
        for m in _GOES_BY.finditer(text):
            before = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if not before:
                continue
            words = before.group(1).split()
            while words and (((_is_stop(words[0]) or lexicon.is_sentence_word(words[0])) and not lexicon.is_name_word(
                    words[0])) or _PERSON_NOUN_WORD.fullmatch(words[0]) or words[0].lower() in _CUE_WORDS):
                words.pop(0)  # "Client (goes by Hope)": the name is the one it goes by
            if words:
                yield before.end(1) - len(" ".join(words)), before.end(1), "NAME"
        if "/" in text:
            for pronouns in _PRONOUNS_IN_PARENTHESES.finditer(text):  # the word before looked back for
                m = _LOWER_WORD_BEFORE.search(text, max(0, pronouns.start() - 24), pronouns.start())
                if m and _lower_given_kind(m.group(1)):
                    yield m.start(1), m.end(1), "NAME"  # "d: sam (they/them) 9th gr"
        for m in _PROPER_IN_PARENTHESES.finditer(text):
            words = m.group(1).split()
            if _is_stop(words[0]) or is_clinical(words[0]) or words[0].lower() in MONTH_NAMES or is_state(m.group(1)) or (
                    m.group(1).lower() in COUNTRIES):
                continue
            if _PLACE_LABEL_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                yield m.start(1), m.end(1), "LOCATION"  # "the town (Tern Harbor)"
            elif _PERSON_LABEL_BEFORE.search(text, max(0, m.start() - 16), m.start()) and all(
                    lexicon.is_name_word(w) or not lexicon.is_sentence_word(w) for w in words):
                yield m.start(1), m.end(1), "NAME"  # "her dad's name (Everett)", "my 2pm (Kendrick)"
        for m in _AGE_PARENTHESIS.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if before and _unknown_word(before.group(1)) and not _is_stop(before.group(1)):
                yield before.start(1), before.end(1), "NAME"
    if "Van " in text or "Thi " in text or "Văn " in text or "Thị " in text:
        for m in _VIETNAMESE_NAME.finditer(text):
            if (m.start() == 0 or not text[m.start() - 1].isalnum()) and not (
                    len(m.group(1)) > 3 and lexicon.is_common_word(m.group(1))):  # not "Arpin Van Lines"
                yield m.start(), m.end(), "NAME"  # "Nguyen Van An", "Tran Thi Mai": family, middle, given name
    if "-" in text:
        for hyphen in _SECOND_SYLLABLE.finditer(text):
            m = _FIRST_SYLLABLE.search(text, max(0, hyphen.start() - 6), hyphen.start())
            if not m or not _SYLLABLE.fullmatch(m.group(1)):
                continue
            first, second = m.group(1), hyphen.group(1)
            start, end = m.start(1), hyphen.end(1)
            word = text[start:end]
            if first.lower() in _WORD_PREFIXES or lexicon.is_sentence_word(word) or is_clinical(word) or (
                    lexicon.is_sentence_word(second) or is_clinical(second) or _is_stop(second)) or (
                    lexicon.is_sentence_word(first) and not lexicon.is_name_word(first)):
                continue  # "Check-in", "Co-op"
            if not at_sentence_start(text, start) or _NEXT_CAPITALIZED.match(text, end) or _PERSON_VERB.match(text, end):
                yield start, end, "NAME"  # "Mother is very worry because Jun-ho is not coming home"
    if "." in text and writes_lower_case(text):
        for dot in _INITIAL_DOT.finditer(text):  # found from the middle dot, the first letter looked back at
            start = dot.start() - 1
            if start < 0 or not ("a" <= text[start] <= "z") or (start and (
                    text[start - 1].isalnum() or text[start - 1] in "._")):
                continue
            initials = text[start : dot.end()]
            if initials not in _NOT_LOWER_INITIALS and (text.startswith(("'s", "’s"), dot.end()) or (
                    _BARE_NAME_BEFORE.search(text, max(0, start - 14), start)) or (
                    _CLIENT_NOUN_BEFORE.search(text, max(0, start - 5), start))):
                yield start, dot.end(), "NAME"  # "went over k.m.'s rorschach", "cl j.t. seen 4pm"
    if '"' in text or "”" in text:
        for m in hits["quoted_nickname"]:
            nickname = m.group(1).strip()
            if len(nickname.split()) <= 3 and "/" not in nickname and not all(
                    _is_stop(w) for w in nickname.split()) and nickname.split()[0].lower() not in FUNCTION_WORDS and not (
                    m.group().lower().startswith("prefers") and not nickname[:1].isupper()):  # 'prefers "sleep problem"'
                yield m.start(1), m.end(1), "NAME"  # 'goes by "T-Money"', 'aka "peanut"'
        for m in _SIGN_OFF.finditer(text):
            if (m.start() == 0 or text[m.start() - 1] in " \t\n") and lexicon.is_first_name(m.group(1)) and not (
                    _is_stop(m.group(1)) or (m.group(1).islower() and lexicon.is_common_word(m.group(1)))):
                yield m.start(1), m.end(1), "NAME"  # '... next week? -tess"'
    initials = _SIGNING_INITIALS.search(text, max(0, len(text) - 12))
    if initials and initials.group(1).lower() not in _NOT_SIGNING and not (
            _is_stop(initials.group(1)) or lexicon.is_common_word(initials.group(1))
            or (is_clinical(initials.group(1)) and "]" not in initials.group())):  # "RM]" signs, "rm" is a room
        yield initials.start(1), initials.end(1), "NAME"  # a supervisor's "RM]" or "mh" under the comment
    if "," in text:
        yield from _full_names_with_age(text)
    if _LOWER_INITIAL_SURNAME_HINT.search(text):
        for m in _LOWER_INITIAL_SURNAME.finditer(text):
            surname = m.group(1).split(".")[-1].strip()
            if not (lexicon.is_sentence_word(surname) or is_clinical(surname) or _is_stop(surname)
                    or surname in _BACTERIA_SPECIES):
                yield m.start(1), m.end(1), "NAME"
    for m in hits["month_named"]:
        if not m.start() or not text[m.start() - 1].isalnum():
            yield m.start(1), m.end(1), "NAME"
    for m in hits["lower_title"]:
        if m.group("letter"):
            if text[m.start() : m.start("dot")] in _LETTER_TITLES and (
                    m.group("letter") not in _TEXTING_LETTERS) and not (
                    m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’-")):
                yield m.start("letter"), m.end("letter"), "NAME"  # "mrs b", "mr. k": a person by one letter
            continue
        word = m.group("name")
        if m.group("word_title") and not (lexicon.is_name_word(word) or _unknown_lower_word(word) and (
                _VERB_AFTER_LOWER_KIN_NAME.match(text, m.end()) or _CLAUSE_ENDS.match(text, m.end()))):
            continue  # "warden okonkwo.", "judge marchetti revokes"; not "coach email (pasted"
        if (m.start() == 0 or not text[m.start() - 1].isalnum()) and (
                lexicon.is_name_word(word) or not (lexicon.is_sentence_word(word) or _is_stop(word))) and (
                m.group("dot") or ((not lexicon.is_sentence_word(word) or (
                    lexicon.is_name_word(word) and not lexicon.is_common_word(word))) and not is_clinical(word)
                               and writes_lower_case(text))):
            # "ms. bui"; "teacher mrs pruitt" from a lower-case writer, "dr patel", "mrs kim" (names that are no
            # common word); "ofc d. mcallister" with the initial; "dr aisha bello" with the surname
            end = _lower_name_end(text, m.end("name")) if lexicon.is_first_name(word) else m.end("name")
            if end == m.end("name") and lexicon.is_first_name(word) and m.group()[:2] == "dr":
                surname = _LOWER_SURNAME_AFTER.match(text, end)
                if surname and _unknown_lower_word(surname.group(1)):
                    end = surname.end(1)  # "w dr amara nwosu": after a title and a given name, a word no list knows
            yield (m.start("initial") if m.group("initial") else m.start("name")), end, "NAME"
        elif m.group()[:2] in ("mr", "ms") and (m.start() == 0 or not text[m.start() - 1].isalnum()) and (
                lexicon.is_surname(word)) and not (_is_stop(word) or is_clinical(word) or word.endswith(("ed", "en"))) and (
                writes_lower_case(text)):
            # "tell ms price im sorry": a surname that is a word; not "ms given" (morphine), "miss class" (the verb)
            yield m.start("name"), m.end("name"), "NAME"
    for m in hits["speech_verb"]:
        if not m.start() or text[m.start() - 1] not in " \t":
            continue
        lower = _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start() - 1)
        if lower and at_sentence_start(text, lower.start(1)) and lexicon.is_first_name(lower.group(1)) and not (
                lexicon.is_sentence_word(lower.group(1)) or _is_stop(lower.group(1))) and writes_lower_case(text):
            yield lower.start(1), lower.end(1), "NAME"  # "themes: shame. marcus talked about ..."
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start() - 1)
        if not before or not at_sentence_start(text, before.start(1)):
            continue
        word = before.group(1)
        if (len(word) >= 4 and not (lexicon.is_sentence_word(word) or lexicon.is_name_word(word) or is_clinical(word)
                                    or _is_stop(word) or word.lower() in COUNTRIES or word.lower() in _CUE_WORDS
                                    or _is_plural_of_word(word))):
            yield before.start(1), before.end(1), "NAME"
        elif (len(word) >= 4 and word[1:].islower() and _NICKNAME_VERB.match(text, m.start() - 1)
              and word.lower() not in _ROLE_WORDS and word.lower() not in _THINGS_DISCLOSED and not (
                is_clinical(word) or _is_stop(word) or word.lower() in _CUE_WORDS or _is_plural_of_word(word)
                or word.lower() in COUNTRIES or is_state(word) or word.endswith(("ing", "ly")))):
            # a common word that opens a sentence and does what a person does: a nickname ("Cheddar reports",
            # "Stretch disclosed", "Mouse d/c AMA"); not "Staff reports", "Family called"
            yield before.start(1), before.end(1), "NAME"
    if "," in text:
        for comma in _COMMA_GIVEN.finditer(text):
            m = _SURNAME_BEFORE_COMMA.search(text, max(0, comma.start() - 30), comma.start())
            if not m:
                continue
            surname, given = m.group(1), comma.group(1)
            if lexicon.is_first_name(given) and not (lexicon.is_common_word(given) or lexicon.is_sentence_word(given)) and (
                    lexicon.is_surname(surname) or (_unknown_word(surname) and not surname.endswith("s"))) and not (
                    lexicon.is_common_word(surname) or lexicon.is_sentence_word(surname) or lexicon.is_place(surname)
                    or lexicon.is_world_place(surname) or surname.lower() in COUNTRIES or lexicon.is_first_name(surname)
                    or surname.lower() in _CUE_WORDS or is_clinical(surname) or is_eponym_at(text, m.start(1), m.end(1))
                    or is_state(surname)):
                yield m.start(1), comma.end(1), "NAME"  # "Kovalenko, Oleksandra", "Nshimiyimana, Jeanine"
    for m in _UNKNOWN_PAIR.finditer(text):
        # two capitalized words that no list knows, mid-sentence: a person or a place from elsewhere ("Espérance
        # Mbuyi", "Mapendo Furaha"), not at a sentence start, not in a heading in capitals
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’-@/.\"“#"):
            continue
        first, second = m.group(1), m.group(2)
        if _unknown_word(first) and _unknown_word(second) and not at_sentence_start(text, m.start()) and not (
                first.lower() in _CUE_WORDS or second.lower() in _CUE_WORDS
                or first.lower().endswith(_WORD_ENDINGS) or second.lower().endswith(_WORD_ENDINGS)):
            yield m.start(), m.end(2), "NAME"
    if not writes_lower_case(text):
        return  # every rule below is for a writer who does not capitalize (_lower_case_name asks it too)
    first = _FIRST_LOWER_WORD.match(text)
    for m in ([first] if first else []) + list(_LOWER_SENTENCE_START.finditer(text)):
        if _lower_case_name(text, m.group(1)) and (
                _PERSON_VERB.match(text, m.end(1)) or text.startswith(",", m.end(1))
                or _AFTER_LOWER_NAME.match(text, m.end(1))):
            initial = _LOWER_INITIAL_SAID.match(text, m.end(1))
            yield m.start(1), initial.end(1) if initial else m.end(1), "NAME"  # "hannah had", "marcus, medic", "sarah k said"
    for m in hits["lower_given_name"]:
        word = m.group(1)
        if lexicon.is_first_name(word) and not (lexicon.is_sentence_word(word) or is_clinical(word) or _is_stop(word)):
            yield m.start(1), m.end(1), "NAME"
    # the distinct lower-case words are classed first (a note repeats most of its words), and only the given
    # names among them are looked for in place
    given = sorted(_lower_given_names(text))  # (start, end, kind), for the rules and the pairs below
    for start, end, kind in given:
        if end - start < 3 or kind not in (2, 3):
            continue
        after = _BARE_NAME_AFTER.match(text, end)
        if (after and (kind == 2 or not _WEAK_PERSON_AFTER.fullmatch(after.group()))) or _BARE_NAME_BEFORE.search(
                text, max(0, start - 14), start) or kind == 2 and (
                    _PERSON_VERB.match(text, end) and not _AND_AFTER.match(text, end) or _WHO_OR_TEXTED_AFTER.match(text, end)):
            yield start, end, "NAME"  # "says bri and kayla are", "f/u w rylee 2mrw", "rylee's mom", "kyle hasnt"
    # two given names joined by "and" or a comma are two people ("dana and kris", "the kids (maddie, owen)")
    for a, b in zip(given, given[1:]):
        if _NAME_PAIR_JOIN.fullmatch(text, a[1], b[0]):
            yield a[0], a[1], "NAME"
            yield b[0], b[1], "NAME"


#: Relation cues that name a client's role, not a bond ("client", "pt"): a verb may follow them in lower case.
_CLIENT_ROLE_CUES = frozenset("client clients pt patient cl clt resident member student caller".split())


def _lower_given_names(text: str) -> Iterator[tuple[int, int, int]]:
    """Where the lower-case given names stand, with their kind (see _lower_given_kind). The note's distinct words
    meet the name list in one set intersection; each name left is looked for as a whole word."""
    for word in lower_words(text) & lexicon.first_names():
        kind = _lower_given_kind(word)
        if not kind:
            continue
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_'’@./#-")) and not (
                    end < len(text) and (text[end].isalnum() or text[end] in "_@/" or (
                        text[end] in "'’-" and not text.startswith(("'s", "’s"), end)))):
                yield start, end, kind
            start = text.find(word, end)


#: From a writer who does not capitalize, a lower-case given name that no dictionary, clinical list or gazetteer
#: knows, with a person's verb, possessive, initial or age after it or a person's word before it ("kayla are",
#: "rylee's mom", "jaden m.", "w rylee"); not "perla" (pupils), "shiley sutured", "timi 3 flow".
_BARE_NAME_AFTER = re.compile(
    r"['’]s\b|[ \t]+(?:said|says|is|was|are|were|got|gets|took|takes|texted|texts|called|calls|told|tells|wants|"
    r"wanted|thinks|has|had|been|kicked|posted|came|went|left|joined|showed|blocked|keeps|lives|works|"
    r"hasnt|hasn['’]t|isnt|isn['’]t|wasnt|wasn['’]t|doesnt|doesn['’]t|didnt|didn['’]t|wont|won['’]t|will|would|"
    r"drove|ran|sat|upset|asked|stayed|pls|disclosed|reports|reported|states|stated|denies|denied|refused|cried|"
    r"yelled|hit|v|quiet|tearful|no[ -]show(?:ed)?|missed|agreed|attended|started|stopped|tried|feels|felt|"
    r"seems|seemed|sounds|needs|needed|til|till)\b|"
    r"[ \t]+[a-z]\.(?=[ \t]|$)|[ \t]*,[ \t]*\d{1,2}\b|[ \t]*\((?:pref|goes|aka|client|pt|they|she|he|gr\b|grade|"
    r"age|\d|supervisor|case|cm\b|sw\b|worker|teacher|coach|friend|roommate|sister|brother|mom|dad|bf|gf|new\b|"
    r"trainee|intern|legal|yes|real)"
)
#: What may follow a town as well as a person ("marion is far", "tyler's hospital"): not enough for a given name
#: that is also a town.
_WEAK_PERSON_AFTER = re.compile(r"['’]s|[ \t]+(?:is|was|are|were|has|had|been|v|til|till|will|would)")
_CLIENT_NOUN_BEFORE = re.compile(r"(?<![\w'’])(?:pt|cl|clt)[ \t]+$")
_BARE_NAME_BEFORE = re.compile(
    r"(?<![\w'’])(?i:w/?|with|says|said|told|tell|married|supervising|call|called|text|texted|saw|see|met|per|"
    r"sup|supv|bff|bf|gf|ex|mil|fil|student|consulted|its|it['’]s|(?:yr|year|yo|mo|month)[ -]old|staff|chr|gal|"
    r"cw(?:[ \t]+is)?|re|abt|about|tante|tia|tio|tío|tía|(?:son|daughter|kid|child|boy|girl)[ \t]+is|"
    r"ask|asked|boss|mgr|manager|manong|manang|lola|lolo|tita|tito|kuya|caller|cb[ \t]+to|friend[ \t]+of|neighbor|"
    r"coworker|cousin|roommate|sponsor)[ \t]+$"
)
#: After a given name that no word spells, any verb of a person ("kayleigh dominated", "deshawn shared") and these.
_AND_AFTER = re.compile(r"[ \t]+and\b")  # "on asa and lipitor": a pair, not a person doing
_WHO_OR_TEXTED_AFTER = re.compile(r"[ \t]+(?:who|txted|txt|txts|msgd|dmd|facetimed)\b")
_NAME_PAIR_JOIN = re.compile(r"[ \t]*(?:,|&|and|,[ \t]*and)[ \t]*")


#: Bedside shorthand that the given-name list also holds: pupils equal and reactive, moves all extremities, a nostril,
#: a trach brand, a flow grade.
BEDSIDE_SHORTHAND = frozenset({"perl", "perla", "perrl", "perrla", "pearl", "pearla", "mae", "nare", "nares", "shiley",
                                "timi"})


@lru_cache(maxsize=16384)
def _lower_given_kind(word: str) -> int:
    """2: a given name no dictionary, clinical list or gazetteer knows ("rylee"); 3: one the gazetteer knows as a
    town ("kyle", "marcus", "hector"), a name where a person's word says so or beside another name; 1: a given
    name that is no common word, a name only beside another ("dana and kris"); 0: none of these."""
    if not lexicon.is_first_name(word) or _is_stop(word) or is_clinical(word) or word in _CUE_WORDS or (
            word in BEDSIDE_SHORTHAND):
        return 0
    if not (lexicon.is_sentence_word(word) or word in _DESCRIPTORS or word in COUNTRIES or is_state(word.title())):
        return 3 if lexicon.is_place(word) else 2
    return 0 if lexicon.is_common_word(word) else 1


_PRONOUN_OR_ASIDE_AFTER = re.compile(r"[ \t]*[(,]|[ \t]+(?:they|she|he|ze|xe)\b")
_WORD_AFTER = re.compile(r"[ \t]+([a-z]{3,})(?![\w'’-])")


def clinical_word_after(text: str, end: int) -> bool:
    """Whether a clinical word follows ("pt dev hematoma": "dev" is shorthand, not a name)."""
    m = _WORD_AFTER.match(text, end)
    return bool(m) and is_clinical(m.group(1))


_LOWER_NAME_IN_PARENTHESES = re.compile(r"[ \t]*\(([a-z]{3,})\)")


def _given_name_in_kin_parentheses(cue: str, word: str) -> bool:
    """Whether ``word``, alone in parentheses right after a kin word, is that person's given name even when it is a word
    too ("husband (rob)", "daughter (june)"); not "(deceased)", "(older)"."""
    return bool(_KIN.fullmatch(cue.split()[0].lower())) and lexicon.is_first_name(word) and not (
        _is_stop(word) or word in _DESCRIPTORS or is_clinical(word) or word in _CUE_WORDS or (
            lexicon.is_frequent_word(word) and not lexicon.is_name_word(word)))


def _lower_case_name(text: str, word: str, *, surname: bool = False) -> bool:
    """A lower-case given name (or, after a word for a person, a surname) that no English word spells, from a
    writer who does not capitalize ("jaylen", "keisha", "supervisor tomlinson", "min-jun", "o'brien"; not "will",
    "hope", "rose", "self-harm")."""
    return (len(word) >= 3 and _lower_listed(word, surname=surname) and not (
        lexicon.is_sentence_word(word) or is_clinical(word) or _is_stop(word) or word in _DESCRIPTORS)
            and writes_lower_case(text))


@lru_cache(maxsize=16384)
def _lower_listed(word: str, *, surname: bool = False) -> bool:
    """A lower-case word the name lists know; a hyphenated one whose parts are names or no English word
    ("anne-marie", "min-jun", not "self-harm"); "o'brien", "d'amico". Kept per word, like the lexicon's look-ups
    (a lower-case note asks it about each of its sentences' first words)."""
    if lexicon.is_first_name(word) or (surname and lexicon.is_surname(word)):
        return True
    parts = _NAME_PART_SPLIT.split(word)
    if len(parts) != 2:
        return False
    if parts[0] in ("o", "d") and len(parts[1]) >= 3:
        return not lexicon.is_sentence_word(parts[1])  # "o'malley", "d'amico"
    return "-" in word and parts[0] not in _WORD_PREFIXES and not lexicon.is_sentence_word(word) and all(
        len(p) >= 2 and (lexicon.is_name_word(p) or not lexicon.is_sentence_word(p)) for p in parts) and (
        any(lexicon.is_name_word(p) for p in parts) or not any(lexicon.is_sentence_word(p) for p in parts)) and not (
        all(lexicon.is_sentence_word(p) for p in parts) or parts[1] == "ish")  # "no-show", "ok-ish"


#: Prefixes of hyphenated words that are no names ("co-parent", "ex-wife", "self-harm").
_WORD_PREFIXES = frozenset("co ex step half self non pre re anti post semi multi inter well ill".split())


#: A lower-case surname after a lower-case given name ("deb kowalski", "sean o'brien", "aisha bello").
_LOWER_SURNAME_AFTER = re.compile(
    rf"[ \t]+((?:[od]['’]|(?:al|el|abu|ben|bin|ibn|van|de)-)?[{_LO}]{{2,}}(?:-[{_LO}]{{2,}})?)(?![\w-]|['’](?!s\b))"
)


_NAME_PART_SPLIT = re.compile(r"['’-]")
_PARTICLE_SHAPED = re.compile(r"(?:[od]['’]|(?:al|el|abu|ben|bin|ibn|van|de)-)[a-z]{3,}")


def _reduplicated_name(word: str) -> bool:
    """A given name doubled as a nickname ("ray-ray", "Dee-Dee", "jo-jo")."""
    first, _, second = word.partition("-")
    return bool(first) and first.lower() == second.lower() and lexicon.is_first_name(first)


def _unknown_lower_word(word: str) -> bool:
    """A lower-case word of three letters or more that no dictionary, clinical list or stop list knows."""
    return len(word) >= 3 and not (lexicon.is_sentence_word(word) or is_clinical(word) or _is_stop(word)
                                   or lexicon.is_common_word(word) or word in _CUE_WORDS or lexicon.is_place(word)
                                   or word in _TEXTING_WORDS)


#: Words fast writers shorten, which no dictionary lists ("staff w dr. kealoha tmrw").
_TEXTING_WORDS = frozenset("tmrw tmr tmw tmro tomo tonite tnite asap pls plz thx tho abt wknd bc cuz idk lol fyi btw "
                           "rn sess appt appts mtg sup supv ok okay".split())


def _lower_name_end(text: str, end: int) -> int:
    """Where a lower-case name found up to ``end`` ends, its surname included."""
    m = _LOWER_SURNAME_AFTER.match(text, end)
    if not m:
        return end
    word = m.group(1)
    shaped = bool(_PARTICLE_SHAPED.fullmatch(word)) or (
        "-" in word and _lower_listed(word, surname=True))  # "okonkwo-reyes"
    if (shaped or lexicon.is_surname(word)) and not (lexicon.is_sentence_word(word) or is_clinical(word) or _is_stop(
            word) or lexicon.is_common_word(word) or word in _CUE_WORDS):
        return m.end(1)
    return end


def _is_plural_of_word(word: str) -> bool:
    """A plural of an English word or of a word for people ("Caregivers", "Parents", "Members")."""
    w = word.lower()
    if not w.endswith("s") or lexicon.is_first_name(word):
        return False  # "James", "Sanders"
    return w[:-1] in _CUE_WORDS or (lexicon.is_common_word(w[:-1]) and not lexicon.is_surname(word))


#: Naming words after which even a lower-case word that is also a word is the name ("says name is hope"); not
#: "called" ("called daily").
_LOWER_NAMING = frozenset({"named", "name is", "name was", "name's", "goes by", "went by", "known as", "nicknamed",
                           "aka", "its me", "it's me", "it’s me", "preferred name", "chosen name", "legal name",
                           "real name", "call her", "call him", "call them", "calls her", "calls him"})
#: What someone may ask to be called that is no name ("call her honey", "call him sir").
_TERMS_OF_ADDRESS = frozenset("honey hun hon sweetie sweetheart babe baby ma maam ma'am sir mister miss doc buddy bud "
                              "dude bro sis mama papa mami papi mija mijo".split())
#: Words of a record that follow "name" as a noun ("update the preferred name field", "legal name change").
_NAME_RECORD_WORDS = frozenset("field fields change changes tag tags badge card list sheet form box section update "
                               "order request documentation paperwork petition".split())
#: Naming words after which a lower-case word must be a listed given name ("dog named buddy", "call him tmrw").
_NAMING_NEEDS_LISTED = frozenset({"named", "call her", "call him", "call them", "calls her", "calls him"})
_STRONG_NAMING = frozenset(
    {"named", "called", "name is", "name was", "names are", "name's", "goes by", "went by", "known as",
     "nicknamed", "aka", "signed by", "chosen name", "preferred name", "name used", "new name", "calls", "refers to as",
     "given name", "given names", "first name", "last name", "surname", "family name", "maiden name",
     "referred to as", "legal name", "real name", "birth name", "deadname", "dead name", "calls him", "calls her", "calls them",
     "call him", "call her", "call them", "its me", "it's me", "it’s me", "identified self as",
     "identifies self as", "introduced self as", "introduced himself as", "introduced herself as",
     "introduced themself as", "introduced themselves as"}
)


_ANIMAL_BEFORE = re.compile(
    rf"(?i:{_ANIMALS}|stuffed[ \t]+animal|stuffie|teddy(?:[ \t]+bear)?|doll|imaginary[ \t]+friend)"
    r"[ \t]*,?[ \t]*(?:(?:is|was|['’]s)[ \t]+)?$"
)
#: A pet's name is no identifier of a person ("Dog named Steve", "Their parrot, Frank,", "cat called Barbara").
_PET_BEFORE_NAME = re.compile(
    rf"(?<![\w'’-])(?i:{_ANIMALS})(?:[ \t]+(?:(?:is|was)[ \t]+)?(?:named|called)|[ \t]*,|[ \t]*\((?:[^()\n]{{0,40}},)?)[ \t]*(?:(?:Sir|Lady|Miss|Mr\.?|Mrs\.?)[ \t]+)?$")
#: The lower-case runs an animal word leaves in a note: the word, or its tail when capitalized ("uppy" of "Puppy");
#: the words whose tail is too short to be a run are looked for as they are.
_ANIMAL_RUNS = frozenset(w for word in ANIMAL_WORDS for w in (word.split()[0], word.split()[0][1:]) if len(w) >= 3)
_SHORT_ANIMALS = tuple(w.title() for w in ANIMAL_WORDS if len(w) < 4)


def may_name_a_pet(text: str) -> bool:
    """Whether an animal word stands in ``text`` at all (the cheap question before ``is_pets_name``)."""
    return bool(lower_words(text) & _ANIMAL_RUNS) or any(w in text for w in _SHORT_ANIMALS)


def is_pets_name(text: str, start: int) -> bool:
    """Whether the name found at ``start`` follows an animal word and "named", "called" or a comma, or stands in a
    parenthesis after one ("the family's cat is named Grace", "3 cats (Mango, Pickle, Sir Reginald)")."""
    before = text[max(0, start - 40) : start]
    return ("named" in before or "called" in before or "," in before or "(" in before) and bool(
        _PET_BEFORE_NAME.search(before))


_QUOTED_NAMING = frozenset({"prefer", "prefers", "preferred", "likes to be called", "wants to be called"})


@lru_cache(maxsize=1024)
def _naming_cue(cue: str) -> str:
    """A naming cue as the naming word lists spell it ('Name  is "' -> 'name is'); asked at every "with", "to",
    "and" after which no name begins, so each is worked out once."""
    return " ".join(cue.lower().split()).strip('"“ ').removesuffix(":")


#: "as" after what was named, or after a second word joined to it: "named" meant "picked out".
_NAMED_AS = re.compile(r"(?:[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+)?[ \t]+as\b")


def _naming_accepts(text: str, m: re.Match[str], word: str) -> bool:
    """Naming words such as "named" always introduce a name; weak ones ("per", "with", "told") only a name
    that the lists know and that is not a common word."""
    cue = _naming_cue(m.group())
    if cue == "named" and lexicon.is_common_word(word.split()[0]) and _NAMED_AS.match(text, m.end() + len(word)):
        return False  # "Client named Hope as something she can't afford", "named Hope and Joy as the good words"
    if cue in _STRONG_NAMING or (cue in _QUOTED_NAMING and m.group().rstrip().endswith(('"', "“", "'", "‘"))):
        return True  # 'she prefers "Yesi"': a quoted word after "prefers" is what she is called
    first = word.split()[0]
    if is_state(first) or is_state(word):
        return False  # "between Maine and California"
    if _MEDIA_BEFORE.search(text, max(0, m.end() - 24), m.end()) and not _acts(text, m.end() + len(word)):
        return False  # "listens to Drake": an artist
    if (cue == "attn" or cue.endswith(" for")) and (lexicon.is_first_name(first) or _unknown_word(first)) and not (
            first.lower() in _ROLE_WORDS or first.lower() in _CHAT_ROLES or is_clinical(first)):
        return True  # "fax to 860.555.0199, attn Deb", "LVM for Gale": whom a fax or a message is for, not "attn Intake"
    if cue in _SPEAKING_WITH and _unknown_word(first) and not _ORGANIZATION_AFTER.match(text, m.end() + len(word)) and (
            not _STAFF_AFTER.match(text, m.end() + len(word))):
        return True  # "spoke with Okonkwo": a word no list knows, spoken with, is a person
    if cue in _INTRODUCING and _unknown_word(first) and _INTRODUCED_AFTER.match(text, m.end() + len(word)):
        return True  # 'VM: "This is Godspower, Ejiro's brother"', '"oi it's Neide, from the bakery"': who is calling
    return lexicon.is_name_word(first) and not lexicon.is_common_word(first) and not _is_place_here(
        text, m.end(), first)  # "moved to Washington State"


#: Words after a name that make it an organisation's ("spoke with Optum rep").
_STAFF_AFTER = re.compile(r"[ \t]+(?i:reps?|representatives?|staff|team|office|support|intake|billing|customer|claims|"
                          r"member|services?|hotline|line|agent)\b")
_SPEAKING_WITH = frozenset({"spoke with", "spoke to", "talked with", "talked to", "met with", "texted", "emailed"})
#: How a caller or a writer says who they are ("this is", "it's"); a word no list knows after one is their name when
#: a comma, "from" or "calling" goes on to say more ("This is Godspower, Ejiro's brother"; not "it's Tuesday").
_INTRODUCING = frozenset({"this is", "it's", "it’s", "its"})
_INTRODUCED_AFTER = re.compile(r",|[ \t]+(?:from|calling|here)\b")


def _unknown_surname_after(text: str, end: int, word: str) -> int:
    """Where a name ends when a surname no list has follows a given name ("Abdullahi Warsame")."""
    surname = _UNKNOWN_AFTER.match(text, end)
    if surname and lexicon.is_first_name(word) and surname.group(1)[1:].islower() and (
            _unknown_word(surname.group(1)) or _unknown_short_surname(surname.group(1))):
        return surname.end(1)  # "Ngozi Eze" too: a short surname no list has
    return end


def _unknown_given_name_before(text: str, start: int, word: str) -> int:
    """Where a name starts when a given name no list has stands before a listed surname ("Halyna Tkachuk")."""
    if not lexicon.is_surname(word) or lexicon.is_first_name(word):
        return start
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before and text[before.end(1) : start] == " " and before.group(1)[1:].islower() and _unknown_word(
            before.group(1)) and not at_sentence_start(text, before.start(1)) or (
            before and text[before.end(1) : start] == " " and at_sentence_start(text, before.start(1))
            and _unknown_word(before.group(1)) and before.group(1)[1:].islower()):
        return before.start(1)
    return start


#: A roster after "Present:" or "Attendance:" ("Present: Pops, Q, Reyes, Lil Dre, Szymanski"): when its items are
#: capitalized and one of them is a listed name, the others are names too, nicknames and single letters included.
_ROSTER_WORDS = r"present|attendance|attendees|attending|members present|members|participants|pts"
_ROSTER = re.compile(rf"(?i:{_ROSTER_WORDS})[ \t]*:[ \t]*")
CUES.add("roster", _ROSTER_WORDS, _ROSTER)
_ROSTER_END = re.compile(r"[\n;]|(?<![ \t,][A-Z])\.(?=[ \t]|$)")
_ROSTER_NOTE = re.compile(r"[ \t]*\([^()\n]{0,40}\)[ \t]*$")
_ROSTER_SPLIT = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_ROSTER_ITEM = re.compile(rf"(?:{_CAP_WORD}|[{_UP}]\.?)(?:[ \t]+(?:{_CAP_WORD}|[{_UP}]\.?)){{0,2}}")


_NAME_IN_PARENTHESES_AFTER = re.compile(rf"[ \t]*\(({_CAP_WORD}(?:[ \t]+{_CAP_WORD})?)\)")


def name_in_parentheses_after(text: str, end: int) -> Span | None:
    """A given name, or a word no list knows, in parentheses right after ``end``, where the scanner found a client code
    ("Client C-014 (Amadou) cancelled": the code is kept apart, the name the writer added is not); not "(Intake)",
    "(Mom)"."""
    m = _NAME_IN_PARENTHESES_AFTER.match(text, end)
    if not m:
        return None
    first = m.group(1).split()[0]
    if _is_stop(first) or is_clinical(first) or first.lower() in _CUE_WORDS or not (
            lexicon.is_first_name(first) or _unknown_word(first)):
        return None
    return m.start(1), m.end(1), "NAME"


def _roster_names(text: str, hits: Hits) -> Iterator[Span]:
    for m in hits["roster"]:
        if m.start() and text[m.start() - 1].isalnum():
            continue
        end = _ROSTER_END.search(text, m.end(), m.end() + 240)
        stop = end.start() if end else min(len(text), m.end() + 240)
        items: list[tuple[int, int]] = []
        pos = m.end()
        for sep in [*_ROSTER_SPLIT.finditer(text, m.end(), stop), None]:
            items.append((pos, sep.start() if sep else stop))
            pos = sep.end() if sep else stop
        people = []
        for start, finish in items:
            item = _ROSTER_NOTE.sub("", text[start:finish]).strip()  # "Dawson (day 2)"
            if not _ROSTER_ITEM.fullmatch(item):
                continue
            words = [w.rstrip(".") for w in item.split()]
            if any(w.lower() in _ROLE_WORDS or is_clinical(w) or (len(w) > 1 and w.lower() in FUNCTION_WORDS)
                   or is_state(w) for w in words) or words[-1].lower() in _CUE_WORDS:
                continue  # "Client", "Mom"; "Mama T" is a name
            people.append((start, start + len(item), words))
        if len(people) < 2 or 2 * len(people) < len(items) or not any(
                lexicon.is_name_word(w) and not lexicon.is_common_word(w) for _, _, words in people for w in words):
            continue
        for start, finish, _ in people:
            yield start, finish, "NAME"


#: Given names that are virtues, some of which no list counts as a common word ("Grace"): a writer may capitalize the
#: virtue ("described Grace as something she lacked"), so like "Hope" they are names beside a name or doing what a
#: person does.
_VIRTUE_NAMES = frozenset("Grace Mercy Patience Charity Faith Hope Joy Serenity Harmony Honor Justice Glory".split())
_INDEFINITE_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|A|An)[ \t]+$")


#: A subject pronoun (or "she'll", or "mood") right before a word: a verb follows it, not a name ("She Rose early",
#: "they Mark the days", "her mood Rose").
_SUBJECT_PRONOUN_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:[Ss]he|[Hh]e|[Tt]hey|[Ww]e|I)(?:['’]ll)?|[Mm]ood)[ \t]+$")


def _list_names(text: str) -> Iterator[Span]:
    """Capitalized words that the name lists know, that are not common English words or clinical terms;
    and capitalized common-word names next to another name ("Hope Martinez", "Will Brown")."""
    if not lexicon.available():
        return
    candidates: list[tuple[int, int, str, bool]] = []
    for m in _CAPITALIZED.finditer(text):
        word = m.group()
        if not lexicon.is_name_word(word) or is_clinical(word):
            if word.endswith("s") and not is_clinical(word) and text.endswith(("the ", "The "), 0, m.start()) and lexicon.is_surname(
                    word[:-1]) and not (lexicon.is_common_word(word[:-1]) or lexicon.is_sentence_word(word)):
                yield m.start(), m.end(), "NAME"  # "The Nguyens came together": a family by its surname
            continue
        if _is_stop(word) and word.lower() not in NAME_LIKE_FUNCTION_WORDS:
            continue  # "Will" and "May" stay, as common words: a name only beside another name
        if word.lower() in _FIELD_WORDS and _LABEL_ENDS.match(text, m.end()) or (
                word == "Tel" and not _CAPITALIZED.match(text, m.end() + 1)):
            continue  # a field's label after a value: "Quintero-Vega Name used: Mars"
        if (word.lower() in _CUE_WORDS and not (lexicon.is_first_name(word) and _INITIAL_AFTER.match(text, m.end()))
                or _is_heritage(word) or _WEEKDAY_RANGE.fullmatch(word)):
            continue  # "Aunt", "Nigerian-American", "Mon-Wed"; "Tito R." is a man, "Tito Ramon" an uncle
        if len(word) <= 3 and text.startswith("-", m.end()) and text[m.end() + 1 : m.end() + 2].islower():
            continue  # a prefix: "Co-parenting", "Re-entry"
        if word.lower() in _NUMBER_WORDS and at_sentence_start(text, m.start()):
            continue  # "Seven attended": a count
        if lexicon.is_sentence_word(word) and _SUBJECT_PRONOUN_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "She Rose early", "she'll Rose above it", "her mood Rose": a verb after its subject
        if "," in text[max(0, m.start() - 14) : m.start()] and _has_pet_word_comma(text) and _PETS_BEFORE.search(
                text, max(0, m.start() - 40), m.start()):
            continue  # "two dogs, Bear and Rosie": pets
        if _ORGANIZATION_AFTER.match(text, m.end()):
            continue  # "the Trevor Project", "Kennedy Foundation"
        if text.endswith(", ", 0, m.start()) and _JOB_TITLE_AFTER.match(text, m.end()):
            continue  # "Teresa Gallardo, Senior Adjuster": the title in a signature
        parts = word.split("-")
        if len(parts) > 1 and all(lexicon.is_common_word(p) for p in parts) and not all(
                lexicon.is_name_word(p) for p in parts):
            continue  # "Spider-Man", "Whole-Brain": words, one of them no name; not "Hill-Young", "Smith-Jones"
        if _character_follows(text, m.end()):
            continue  # "Elsa and Anna figures", "Mario Kart": toys and characters, not people
        if word in _WORD_NAMES and _INDEFINITE_ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "a Rose that a friend left": a thing; a person is not "a Rose"
        if _is_place_here(text, m.start(), word) or is_eponym_at(text, m.start(), m.end()):
            continue
        author = _NEXT_CAPITALIZED.match(text, m.end())
        if author and is_eponym_at(text, author.start(1), author.end(1)):
            continue  # "Sue Johnson's EFT": the author's given name
        if text[max(0, m.start() - 16) : m.start()].rstrip().endswith(("Hurricane", "Tropical Storm", "Code")):
            continue  # "Hurricane María", "Code Gray"
        if _MEDIA_BEFORE.search(text, max(0, m.start() - 20), m.start()) and not _acts(text, m.end()):
            continue  # "listens to Drake", "plays Zelda": an artist or a game
        if word in _PEOPLES_THAT_ARE_NAMES and _PEOPLE_CONTEXT_AFTER.match(text, m.end()):
            continue  # "Karen and Burmese youth", "via Viet interp": a people, not a woman named Karen
        if word in _VERBS_BEFORE_A_NAME and at_sentence_start(text, m.start()):
            continue  # "Read Tara Brach's book": the verb, not Mr. Read
        saint = _SAINT_BEFORE.search(text, max(0, m.start() - 7), m.start())
        if saint and (is_devotion_to_saint(text, saint.start()) or names_saints_thing(text, m.end())):
            continue  # "prays to St. Christopher", "a St. Jude medal", "St. John's wort": the saint; "at St. Jude" stays a place
        if _COUNTRY_BEFORE.search(text, max(0, m.start() - 20), m.start()) and " ".join(
                text[max(0, m.start() - 20) : m.end()].split()[-2:]).lower() in COUNTRIES:
            continue  # "Cabo Verde", "El Salvador"
        nxt = _NEXT_CAPITALIZED.match(text, m.end())
        if nxt and f"{word} {nxt.group(1)}".lower() in COUNTRIES:
            continue  # "El" of "El Salvador"
        common = lexicon.is_common_word(word) or word in _VIRTUE_NAMES or word.lower() in NAME_LIKE_FUNCTION_WORDS or (
            word.lower() in COUNTRIES) or is_state(word) or is_state(
            " ".join(text[max(0, m.start() - 8) : m.end()].split()[-2:]))  # "camp, Tanzania", "Maine and California",
        # "North Carolina": a name only beside another name
        candidates.append((m.start(), m.end(), word, common))
    for idx, (start, end, word, common) in enumerate(candidates):
        if not common:
            if "-" in word and at_sentence_start(text, start) and all(lexicon.is_sentence_word(p) for p in word.split("-")):
                continue  # "Child-Centered Play Therapy"
            if at_sentence_start(text, start) and (_is_plural_of_word(word) or word.lower() in _NUMBER_WORDS):
                continue  # "Neighbors from church brought meals", "Seven attended"
            if at_sentence_start(text, start) and lexicon.is_sentence_word(word) and not _AGE_OR_PRONOUNS.match(text, end):
                # "Jordan and Alexis discussed": a sentence-initial name is a name when paired with one, when a
                # surname follows ("Mark Sullivan shared"), when an age, pronouns or a client code follow it ("Lily
                # (age 5)", "Jordan (17, they/them)", "Maya (C-561)"), or a verb only a person does ("Rowan shared")
                nxt = _PAIR.match(text, end)
                surname = idx + 1 < len(candidates) and _adjacent(text, end, candidates[idx + 1][0]) and not (
                    candidates[idx + 1][3] or lexicon.is_sentence_word(candidates[idx + 1][2]))
                person = lexicon.is_first_name(word) and (_acts(text, end) or bool(_INITIAL_AFTER.match(text, end)) or (
                    text.startswith(("'s ", "’s "), end) and word.lower() not in MONTH_NAMES
                    and word.lower() not in EPONYM_SURNAMES))  # "Maria's mom called"; not "Hayes's Passengers"
                if not (surname or person or (
                        nxt and lexicon.is_name_word(nxt.group(1)) and not lexicon.is_common_word(nxt.group(1)))):
                    continue
            if word.lower() in _TERMS_OF_ADDRESS and text.startswith(",", end):
                continue  # '"Mija, we are all praying"': a term of endearment spoken to her
            yield _unknown_given_name_before(text, start, word), _unknown_surname_after(text, end, word), "NAME"
            continue
        if (_AGE_OR_PRONOUNS.match(text, end) or _SPEECH_VERB.match(text, end) or _NEGATED_PAST.match(text, end)
                or _role_in_parentheses(text, end) or (
                _INITIAL_AFTER.match(text, end) and _CLAUSE_GOES_ON.match(text, end + 3)) or (
                text.startswith(("'s ", "’s "), end) and not at_sentence_start(text, start)
                and word.lower() not in MONTH_NAMES and not _TITLE_CASE_WORD.match(text, end + 3))) and (
                lexicon.is_first_name(word)):
            # "Hope (age 5)", "Jordan (17, they/them)", "Grant (sponsor)", "Will said", "Will didn't", "Will H. arrived late", "on Will's
            # SOAP"; not "Student (C-088)", "May's rent", "Grey's Anatomy" (a title)
            yield start, end, "NAME"
            continue
        if _NUMBER_AFTER.match(text, end) and text[max(0, start - 2) : start].strip(" \t") == ",":
            continue  # "Ramkissoon, Grade 8": a word with its number after a comma, not a given name
        if word.lower() in _SIGN_OFFS and text.startswith(",", end):
            continue  # "Love, Lupita": a letter's closing before the name that signs it
        # a common word is a name only beside another name word in the same run ("Hope Martinez")
        prev_adjacent = idx > 0 and _adjacent(text, candidates[idx - 1][1], start)
        next_adjacent = idx + 1 < len(candidates) and _adjacent(text, end, candidates[idx + 1][0])
        neighbours = []
        if prev_adjacent:
            neighbours.append(candidates[idx - 1])
        if next_adjacent:
            neighbours.append(candidates[idx + 1])
        if any(not n[3] for n in neighbours) and not mostly_upper(text, max(0, start - 30), end + 30):
            yield start, end, "NAME"
            continue
        pair = _PAIR.match(text, end)
        if pair and lexicon.is_name_word(pair.group(1)) and not lexicon.is_common_word(pair.group(1)) and not is_state(
                pair.group(1)) and (
                not lexicon.is_sentence_word(pair.group(1))) and lexicon.is_first_name(word):
            yield start, end, "NAME"  # "Ben and Aaliyah completed PREPARE"
            continue
        before = _PAIR_BEFORE.search(text, max(0, start - 30), start)
        if before and lexicon.is_first_name(word) and lexicon.is_first_name(before.group(1)) and not (
                lexicon.is_common_word(before.group(1)) or lexicon.is_sentence_word(before.group(1))
                or is_state(before.group(1)) or is_state(word)
                or (word.lower() in MONTH_NAMES and before.group(1).lower() in MONTH_NAMES)):  # "April and May"
            yield start, end, "NAME"  # "Marisol and Tom (married 11 yrs)"
            continue
        surname = _UNKNOWN_AFTER.match(text, end)
        if surname and lexicon.is_first_name(word) and _unknown_word(surname.group(1)) and (
                surname.group(1)[1:].islower() and not at_sentence_start(text, start)):  # not "See CareVue"
            yield start, surname.end(1), "NAME"  # "Honey Lindqvist", "Joe Ulroan": a given name, then a surname no list has


_NUMBER_AFTER = re.compile(r"[ \t]+\d")
#: After a name's initial, the sentence goes on ("Will H. arrived late", "Will H., tearful"): the dot is the initial's.
_CLAUSE_GOES_ON = re.compile(r"[ \t]*[,;]|[ \t]+[a-z]")
#: What makes a name a toy, a character or a game: "Elsa figures", "Barbie dolls", "Mario Kart".
_CHARACTER_AFTER = re.compile(
    r"[ \t]+(?:(?:action[ \t]+)?figures?|figurines?|dolls?|puppets?|toys?|plush(?:ie)?s?|stuffies?|costumes?|"
    r"characters?|cartoons?|Kart|Bros\.?|Party|Prayer|Prayers)\b|[ \t]+(?:from|in|on)[ \t]+[\"“][A-Z]"
)
_SAINT_BEFORE = re.compile(r"(?:St\.?|Saint)[ \t]+$")


def _character_follows(text: str, end: int) -> bool:
    """Whether a toy or character word follows the name ending at ``end``, or the name paired with it."""
    pair = _PAIR.match(text, end)
    return bool(_CHARACTER_AFTER.match(text, end) or (pair and _CHARACTER_AFTER.match(text, pair.end())))


_ORGANIZATION_AFTER = re.compile(r"[ \t]+(?:Project|Foundation|Fund|Society|Coalition|Alliance|Lifeline|Institute)(?![\w])")


def _is_place_here(text: str, start: int, word: str) -> bool:
    """A state or a country where a place stands, not a person with that name: "Cleveland, Tennessee", "her son
    lives in Florida", "came from Yemen via Jordan"."""
    before = text[max(0, start - 30) : start]
    if is_state(word):
        return bool(_STATE_AFTER_TOWN.search(before) or _IN_PLACE.search(before))
    return word.lower() in COUNTRIES and bool(_MIGRATION.search(before) or _IN_PLACE.search(before))


_STATE_AFTER_TOWN = re.compile(r"[A-Z][a-z]+,[ \t]*$")
_IN_PLACE = re.compile(r"(?<![A-Za-z])(?i:in|to|from|near|across|outside)[ \t]+$")
#: Words after which a country is where someone came from or went through, not a person.
_MIGRATION = re.compile(
    r"(?i:(?:came|come|comes|coming|moved|fled|immigrated|emigrated|arrived|relocated|returned|deported|born|"
    r"raised|grew[ \t]+up|lived|lives|living)[ \t]+(?:here[ \t]+|back[ \t]+)?(?:from|to|in)|via|through)[ \t]+$"
)


_AGE_OR_PRONOUNS = re.compile(
    r"[ \t]*\((?:age[ \t]*)?\d{1,2}\b|[ \t]*\((?:she|he|they|ze|xe)/|[ \t]*\((?:client[ \t]+)?[A-Z]{1,3}-\d|,[ \t]+\d{1,2},"
    r"|[ \t]+turn(?:s|ed)[ \t]+\d{1,2}\b|,[ \t]+(?:her|his|their|my)[ \t]+(?:ex|mom|dad|mother|father|brother|sister|"
    r"son|daughter|husband|wife|partner|boyfriend|girlfriend|boss|friend|cousin|aunt|uncle)\b"
    # a person's role in parentheses: "Faith (new member)", "Will (my co-trainee)", "Bill (the one w/ the boat)"
    r"|[ \t]*\((?:new[ \t]+(?:member|girl|boy|resident|client|intern|staff)|member|my[ \t]+\w+|co-?trainee|co-?leader|"
    r"the[ \t]+one|peer|resident|intern|trainee|staff|client|pt|cl|clt)\b"
    # or a relation, perhaps with an age: "Hope (her 19 y/o daughter) found the slip"
    r"|[ \t]*\((?:her|his|their|cl['’]s|pt['’]s)[ \t]+(?:\d{1,2}[ \t-]*(?:y/?o|yo|-?year-old|year[ \t]+old)[ \t]+)?"
    r"(?:ex|mom|dad|mother|father|brother|sister|son|daughter|husband|wife|partner|boyfriend|girlfriend|boss|friend|"
    r"cousin|aunt|uncle|grandson|granddaughter|niece|nephew)\b",
    re.IGNORECASE,
)


def _adjacent(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return 0 < len(gap) <= 2 and gap.strip(" \t") in ("", ",")


#: What follows an initial and a surname no list knows when it is a person's ("K. Lindqvist:", "K. Shaishnikoff
#: 907.555.0110", "J. Abernathy, LCSW"); not "O. Neuro pt alert".
_CONTACT_AFTER = re.compile(r"[ \t]*(?::|,|\(|$|[ \t]\(?\d{3}[ .)-]|[ \t](?:said|says|called|texted|emailed|reports|LCSW|LPC|PhD|MD))")
_INITIAL_SURNAME = re.compile(rf"[{_UP}]\.[ \t]?({_CAP_WORD})(?![\w'’-]|\.\w)")
_AGE_AFTER_NAME = re.compile(
    r"(?:,?[ \t]+(?:is|was|turned|turns|now)[ \t]+|,[ \t]*(?=\d\d\d?[ \t]*(?:[,.;)]|$|and\b|who\b))|[ \t]*\((?=\d+\)))"
    r"(9\d|1[0-2]\d)(?![\d%/.,:]\d|[\d%/:])"
)  # "is 92"; "Lottie Trahan, 94." and "E.R., 95, Holocaust survivor"; "cl marguerite (94) upset"
_INITIAL_AFTER = re.compile(rf"[ \t]([{_UP}]\.)(?![\w]|\.\w)")
#: A sign-off at the end of a pasted message ('Can we move to Wed? - Sierra"').
_SIGN_OFF = re.compile(rf"[-–—~][ \t]*({_CAP_WORD}|[{_LO}]{{3,12}})[ \t]*[.!]?(?=[\"”])")
#: Initials that sign a comment at its very end ("Let's discuss. RM]", "...the shelter. mh"), after a sentence.
_SIGNING_INITIALS = re.compile(r"(?:^|[.!?)][ \t]+|\n[ \t]*|[-–—][ \t]*)([A-Z]{2,3}|[a-z]{2})[ \t]*[\])]?[ \t]*$")
#: Two or three letters that end a note but are no one's initials.
_NOT_SIGNING = frozenset(
    """ok tbd tba rtc prn wnl nad sob fyi asap eod eow am pm na nka nkda dnr dni icu ed er mse iop php sud aud
    mdd gad ptsd ocd adhd bpd dbt cbt act emdr mi si hi yes no etc tx dx hx rx sx fx pt cl bp hr rr wt ht gi gu
    iv im po pr ns dc lol omg thx ty""".split()
)
_NAME_SUFFIX_AFTER = re.compile(r",?[ \t]+(Jr\.|Sr\.|Jr|Sr|II|III|IV)(?![\w])")  # "Clarence Fountaine Jr."
#: Honorifics that begin Karen, Burmese and Hmong names, right before a found name ("Saw Eh Htoo", "Daw Khin").
_HONORIFIC_BEFORE = re.compile(r"(?<![\w'’-])(Saw|Naw|Daw|Maung)[ \t]$")
#: A surname of two words, the first a number, colour or quality ("Harold Two Bulls", "Clifford Little Wolf",
#: "Mary Walks Alone"): Lakota, Cheyenne, Crow and other nations' names.
_COMPOUND_SURNAME_AFTER = re.compile(
    r"[ \t]((?:Two|Three|Four|Little|Red|White|Black|Yellow|Many|Lone|Iron|Spotted|Standing|Running|Kills|Walks|"
    r"Crazy|Bad|Good|Young|Old|Long|Short|Big|High|Sitting|Flying|Eagle|Bear|Elk|Crow|Brave|Plenty)[ \t]"
    rf"{_CAP_WORD})(?![\w'’-])"
)
_NICKNAME_AFTER = re.compile(rf"[ \t]*\(?[ \t]*[\"“]({_CAP_WORD})[\"”]")
#: One capitalized word alone in parentheses after a found name: the surname or the name the person goes by ("Haruto
#: (Sato) hasn't been in"), unless it is a word, a role, a people or a place ("Maria (Spanish)", "Ana (Mom)",
#: "Kensington (Brooklyn)").
_OTHER_NAME_IN_PARENTHESES = re.compile(rf"[ \t]*\(({_CAP_WORD})\)")


def _may_be_other_name(word: str) -> bool:
    low = word.lower()
    return not (_is_stop(word) or is_clinical(word) or low in _CUE_WORDS or low in PEOPLES or low in _ROLE_WORDS or (
        lexicon.is_place(word) or lexicon.is_world_place(word)) or (
        lexicon.is_sentence_word(word) and not (lexicon.is_name_word(word) and not lexicon.is_common_word(word))))


_NICKNAME_BEFORE = re.compile(rf"[\"“]({_CAP_WORD})[\"”][ \t]*\(?[ \t]*$")
#: A quoted nickname between a found given name and the surname ('Tobias "Toby" Lindqvist', 'mackenzie "mac" duval').
_NICKNAME_THEN_SURNAME = re.compile(
    rf"[ \t]*[\"“]({_CAP_WORD}|[{_LO}]{{2,12}})[\"”][ \t]+({_CAP_WORD}|[{_LO}]{{3,}})(?![\w'’-])"
)


def _nickname_then_surname(text: str, start: int, end: int) -> re.Match[str] | None:
    """The nickname and surname after a given name found at start..end, written in the case the name is written in,
    and neither a function word nor a plain word of a sentence ('Jo "J" said', 'mac "big" guy')."""
    m = _NICKNAME_THEN_SURNAME.match(text, end)
    if not m or text[start].isupper() != m.group(2)[0].isupper():
        return None
    for word in (m.group(1), m.group(2)):
        if _is_stop(word) or (lexicon.is_sentence_word(word) and not lexicon.is_name_word(word)):
            return None
    return m


#: An initial right before a found name, its given name ("K. Brown-Haddad").
_INITIAL_BEFORE = re.compile(r"(?<![\w.’'/#-])([A-Z]\.)[ \t]$")
#: A place preposition before a name with "'s" and nothing owned after it ("at Stan's", "by St. Stan's"): a
#: business or a parish named by its owner or saint.
_PLACE_PREPOSITION = re.compile(r"(?<![\w])(?:at|by|to|from|near|outside|behind)[ \t]+(?P<saint>(?:St\.?|Saint)[ \t]+)?$")
_POSSESSIVE_PLACE_AFTER = re.compile(r"(?![ \t]+[a-z])(?=[ \t]*(?:[.,;:!?)\"”]|$|[ \t]+(?:on|in|off|at)\b))")


def beside_names(text: str, names: list[tuple[int, int]]) -> Iterator[Span]:
    """What stands beside a found name: a quoted nickname ('SSG Ray Ybarra ("Mouse")', '"Bobby" (Robert
    Mancuso)', 'Angela ("Angie") Moreno'), a nickname and the surname after it ('Tobias "Toby" Lindqvist'), an initial that is the surname ("Rosa M. offered"), an age over 89
    said of that person ("doña Carmen Rivera Ortiz, is 92")."""
    for start, end in names:
        given = _LOWER_GIVEN_BEFORE.search(text, max(0, start - 16), start) if text[start:end].islower() else None
        if given and " " not in text[start:end] and _lower_given_before_surname(given.group(1), text[start:end]):
            yield given.start(1), end, "NAME"  # "vm from rick sorensen (dad)": the given name before the surname found
        one_lower_word = text[start:end].islower() and " " not in text[start:end]
        surname = _LOWER_SURNAME_AFTER.match(text, end) if one_lower_word else None
        if surname and len(surname.group(1)) > 2 and lexicon.is_first_name(text[start:end]) and _lower_surname_beside(
                surname.group(1)):  # not "jayden im": a surname of two letters only where the run reads it
            yield start, surname.end(1), "NAME"  # "gal priya shah supportive": the surname after the given name found
        initial = _INITIAL_AFTER.match(text, end)
        if initial:
            yield initial.start(1), initial.end(1), "NAME"
        before = _INITIAL_BEFORE.search(text, max(0, start - 4), start)
        if before and not (before.group(1)[0] in "SOAPDIRB" and at_sentence_start(text, before.start(1))):
            yield before.start(1), end, "NAME"  # "for K. Brown-Haddad", "on A. Haddad's note"; not "A. Haddad" opening a SOAP part
        if text.startswith(("'s", "’s"), end) and _POSSESSIVE_PLACE_AFTER.match(text, end + 2):
            before = _PLACE_PREPOSITION.search(text, max(0, start - 12), start)
            if before:  # "drinks at Stan's most nights": the bar, named by its owner; "by St. Stan's": the parish
                yield (before.start("saint") if before.group("saint") else start), end + 2, "LOCATION"
        age = _AGE_AFTER_NAME.match(text, end)
        if age:
            yield age.start(1), age.end(1), "AGE"
        after = _NICKNAME_AFTER.match(text, end) or _OTHER_NAME_IN_PARENTHESES.match(text, end)
        if after and (after.re is _NICKNAME_AFTER or _may_be_other_name(after.group(1))):
            yield after.start(1), after.end(1), "NAME"
        nick_surname = _nickname_then_surname(text, start, end)
        if nick_surname:
            yield nick_surname.start(1), nick_surname.end(1), "NAME"
            yield nick_surname.start(2), nick_surname.end(2), "NAME"
        compound = _COMPOUND_SURNAME_AFTER.match(text, end)
        if compound:
            yield compound.start(1), compound.end(1), "NAME"
        suffix = _NAME_SUFFIX_AFTER.match(text, end)
        if suffix:
            yield suffix.start(1), suffix.end(1), "NAME"
        honorific = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
        if honorific:
            yield honorific.start(1), honorific.end(1), "NAME"
        before = _NICKNAME_BEFORE.search(text, max(0, start - 30), start)
        if before:
            yield before.start(1), before.end(1), "NAME"
        yield from _listed_with(text, start, end)
        gaelic = _GAELIC_SURNAME_AFTER.match(text, end)
        if gaelic and (gaelic.group(1) or text[start:end].endswith(_GAELIC_PARTICLES)):
            yield start, gaelic.end(), "NAME"  # "Siobhán Ní Bhriain", "Seán Ó Briain"


_LOWER_GIVEN_BEFORE = re.compile(rf"(?<![\w'’-])([{_LO}]{{2,}})[ \t]+$")


def _lower_surname_beside(word: str) -> bool:
    """Whether a lower-case word after a lower-case given name is its surname: a surname no frequent word spells
    ("priya shah"; not "priya said")."""
    return lexicon.is_surname(word) and not (
        lexicon.is_frequent_word(word) or _is_stop(word) or is_clinical(word) or word in _CUE_WORDS)


def _lower_given_before_surname(given: str, surname: str) -> bool:
    """Whether a lower-case word before a lower-case surname found is its given name: a given name no frequent word
    spells, before a surname no word spells ("rick sorensen", "deb kowalski"; not "told sorensen")."""
    return lexicon.is_first_name(given) and not (lexicon.is_frequent_word(given) or _is_stop(given) or is_clinical(
        given) or given in _CUE_WORDS) and lexicon.is_surname(surname) and not lexicon.is_sentence_word(surname)


#: An Irish surname after its particle ("Ní Bhriain", "Ó Briain", "Nic Giolla"), which the name run stops at.
_GAELIC_PARTICLES = (" Ní", " Nic", " Uí", " Ó", " Mac", " Mag")
_GAELIC_SURNAME_AFTER = re.compile(rf"(?:[ \t]+(Ní|Nic|Uí|Ó|Mac|Mag))?[ \t]+({_CAP_WORD})(?![\w'’-])")


#: Given names listed with a found name are names, the ones that are words too ("Indigo, River, and Sunny
#: Nakamura", "let Will and Grace O'Donnell go"); walked from the found name both ways.
_LIST_WORD_BEFORE = re.compile(rf"(?<![\w'’-])({_CAP_WORD})(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)$")
_LIST_WORD_AFTER = re.compile(rf"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)({_CAP_WORD})(?![\w'’-]|[ \t]*\d)")


def _listed_with(text: str, start: int, end: int) -> Iterator[Span]:
    near = text[max(0, start - 6) : start] + " " + text[end : end + 6]
    if "," not in near and "and" not in near and "&" not in near:
        return  # nothing listed beside the name: the searches below are skipped
    for _ in range(4):
        m = _LIST_WORD_BEFORE.search(text, max(0, start - 40), start)
        if not m or not _listed_given_name(m.group(1)) or m.group(1).lower() in _SIGN_OFFS:
            break  # "Love, Lupita": a letter's closing, not a name listed with hers
        yield m.start(1), m.end(1), "NAME"
        start = m.start(1)
    for _ in range(4):
        m = _LIST_WORD_AFTER.match(text, end)
        if not m or not _listed_given_name(m.group(1)) or _JOB_TITLE_AFTER.match(text, m.end(1)):
            break  # "Teresa Gallardo, Senior Adjuster": her title, not a name listed with hers
        yield m.start(1), m.end(1), "NAME"
        end = m.end(1)


#: The rest of a job title after its first word, in a signature ("Gail Hollister, School Counselor", "Tobi Okafor,
#: Staff Attorney", "Jolene LaPointe, School Adjustment Counselor").
_JOB_TITLE_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Adjuster|Counselor|Counsellor|Director|Attorney|Manager|Coordinator|Advocate|"
    r"Specialist|Officer|Supervisor|Therapist|Worker|Nurse|Medicine|Assistant|Clerk|Administrator|Consultant|Liaison|"
    r"Navigator|Psychologist|Psychiatrist|Representative|Rep|Analyst|Technician|Tech|Aide|Teacher|Principal|Chaplain|"
    r"Associate|Paralegal|Investigator|Agent|Examiner)(?![\w'’-])"
)


def _listed_given_name(word: str) -> bool:
    return lexicon.is_first_name(word) and not (
        (_is_stop(word) and word.lower() not in NAME_LIKE_FUNCTION_WORDS) or is_clinical(word) or word.lower() in _CUE_WORDS)


_ECHO_WORD = re.compile(rf"{_CAP_WORD}")
#: A capitalized word that may echo a name found before. The look-behind (what may not stand before the word) comes
#: after the word's capital, which the engine skips to fast; before it, the pattern would be tried at every position.
assert _CAP_WORD.startswith(f"[{_UP}]")
_ECHO_TOKEN = re.compile(
    rf"([{_UP}](?<![\w'’.@/-][{_UP}]){_CAP_WORD[len(f'[{_UP}]'):]})(?![\w@-]|['’][a-z]{{2,}})"
)


_DOTTED_INITIALS = re.compile(rf"[{_UP}]\.[ \t]?[{_UP}]\.(?:[ \t]?[{_UP}]\.)?")
_BARE_INITIALS = re.compile(r"(?<![\w.'’-])(?:[a-z]{2,3}|[A-Z]{2,3})(?![\w.'’-])")


#: How a note goes on about a person already named: "Hope appears triangulated", "Art is a huge fan", "Bear is
#: their 7yo".
_ECHO_PERSON_AFTER = re.compile(
    r"[ \t]+(?:appears|appeared|seems|seemed|presents|presented|denies|denied|endorses|endorsed|remains|"
    r"is[ \t]+(?:a|an|the|their|his|her|now|still|\d)|was[ \t]+(?:a|an|the|their|his|her|\d)|"
    # a verb in the third person; not a noun in "-ss" ("Little progress", "King class")
    r"(?!(?:has|was|is|does|goes|this|thus|less|always|sometimes|perhaps|yes)\b)(?![a-z]*ss\b)[a-z]{2,}(?:es|s)"
    r"(?![ \t]+(?:to|be)\b))\b"
)


_DETERMINER_AFTER = re.compile(r"[ \t]+(?:the|a|an|this|that|these|those|all|each|every|it|them)\b")


def name_echoes(text: str, names: list[tuple[int, int]]) -> Iterator[Span]:
    """Other mentions of a name found in the note: once "her partner Will" or "Dr. Okafor" is found, a bare
    "Will acknowledged" or "Okafor called" later is the same person. A name that is also a common word echoes
    only where it cannot open a sentence, so "Will try again." stays a word."""
    words = set()
    letters = set()
    for start, end in names:
        found = text[start:end]
        if _DOTTED_INITIALS.fullmatch(found):
            bare = found.replace(".", "").replace(" ", "").lower()
            if not (_is_stop(bare) or lexicon.is_common_word(bare) or lexicon.is_sentence_word(bare)):
                letters.add(bare)  # "J.T." is "jt" and "JT" later; "I.S." (a spirometer) is not "IS"
        for w in _ECHO_WORD.findall(text, start, end):
            if (len(w) >= 3 and (not _is_stop(w) or w.lower() in NAME_LIKE_FUNCTION_WORDS)
                    and w.lower() not in _CUE_WORDS and not is_clinical(w)):
                words.add(w)
    if letters:
        for m in _BARE_INITIALS.finditer(text):
            in_capitals = m.group().isupper() and mostly_upper(text, max(0, m.start() - 30), m.end() + 30)
            if m.group().lower() in letters and not in_capitals:
                yield m.start(), m.end(), "NAME"
    if not words:
        return
    common = {w: lexicon.is_common_word(w) for w in words}
    # The tokens that are one of the words, found from each word's occurrences instead of a pass over every capital:
    # a token cannot begin inside another (the look-behind forbids its letters, apostrophes and hyphens before it),
    # so the tokens that match where a word stands are the ones finditer finds, taken in text order.
    tokens = sorted((m for w in common for at in occurrences(text, w)
                     if (m := _ECHO_TOKEN.match(text, at)) and m.group(1) == w), key=lambda m: m.start())
    for m in tokens:
        w = m.group(1)
        if common[w] and at_sentence_start(text, m.start()) and not _PAIR.match(text, m.end()) and not (
                _PERSON_VERB.match(text, m.end()) or _ECHO_PERSON_AFTER.match(text, m.end())
                or text.startswith(("'s ", "’s "), m.end())):
            continue  # "Will try again." is the word; "Will acknowledged", "Bill's tone" the person
        if at_sentence_start(text, m.start()) and _DETERMINER_AFTER.match(text, m.end()) and lexicon.is_sentence_word(w):
            continue  # "Mark the chart as pending", "Bill the county": a verb before its object
        if is_eponym_at(text, m.start(), m.end()):
            continue  # "her supervisor, Ellis" and later "Ellis's ABC model"
        if w in _PEOPLES_THAT_ARE_NAMES and _PEOPLE_CONTEXT_AFTER.match(text, m.end()):
            continue  # "case manager Karen" and the "Karen interpreter" she booked
        yield m.start(), m.end(), "NAME"


#: Peoples and languages spelled like given names, and what follows them when they name the people.
_PEOPLES_THAT_ARE_NAMES = frozenset({"Karen", "Viet", "Chin", "Mon", "Shan", "Kachin", "Mien"})
_PEOPLE_CONTEXT_AFTER = re.compile(
    r"(?:[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+)?[ \t]+(?:interp|interps|interpreters?|youth|community|refugees|families|"
    r"speakers?|speaking|language|people|elders|church|congregation|group|women|men|clients?|translator|family|"
    r"household|culture|cultural|new[ \t]+year)\b"
)
#: What someone listens to or plays is an artist or a game ("listens to Drake", "plays Zelda").
_MEDIA_BEFORE = re.compile(r"(?<![\w'’])(?i:listens?[ \t]+to|listening[ \t]+to|listened[ \t]+to|plays|playing|played)[ \t]+$")
def is_media_object(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is what someone plays or listens to ("plays Zelda", "listens to
    Drake"): a game or an artist, unless it then does what a person does."""
    return bool(_MEDIA_BEFORE.search(text, max(0, start - 24), start)) and not _acts(text, end)


def _acts(text: str, end: int) -> bool:
    """Whether a verb only a person does follows ``end`` ("Marcus said"), not "and", "has", "had", "was"."""
    return bool(_PERSON_VERB.match(text, end)) and not text.startswith((" and", " has", " had", " was"), end)


#: Surnames that open a sentence as a verb before a name ("Read Tara Brach's ...", "Call Maria re: ...").
_VERBS_BEFORE_A_NAME = frozenset({"Read", "Call", "Ask", "Tell", "Text", "Email", "Page", "Thank", "Meet", "See"})
#: A verb that only a person's name can be the subject of at a sentence start ("Will acknowledged", "Hope said"),
#: where "Will try" or "Hope is" could be the word.
_PERSON_VERB = re.compile(_PERSON_VERB_WORDS)
