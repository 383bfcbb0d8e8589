"""Words that are not identifiers even when they look like one.

Three kinds of word live here:

* ``FUNCTION_WORDS`` — pronouns, articles, auxiliaries, prepositions and the like: never a name, even
  capitalized after "her son" ("her son He ..." is a typo, not a name).
* ``CLINICAL_TERMS`` and ``EPONYM_SURNAMES`` — eponyms, instruments, therapies, drug and note vocabulary
  that a name or place list would otherwise catch (Linehan, Gottman, Socratic, Rogerian, Wolpe, Foley, Lasix,
  PHQ-9, Y-BOCS; Beck before "Depression Inventory"). A title or relationship word still wins: "Dr. Beck" is
  a person.
* ``NOT_NAME_AFTER_CUE`` — capitalized words that often follow a relationship word without being a name
  ("her mother Tuesday", "his wife ER visit").

All sets hold lower-case forms; look words up with ``word.lower()``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .context import begun_with

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a an the and or but nor so yet for of to in on at by with from into onto upon about above below over under
    after before during since until till than then there here where when while who whom whose which what why how
    i me my mine myself you your yours yourself he him his himself she her hers herself it its itself we us our
    ours ourselves they them their theirs themselves this that these those each every either neither both all any
    some no not none one ones other others another such same own is am are was were be been being have has had
    having do does did doing done will would shall should can could may might must ought also too very just only
    even still already again ever never always often sometimes usually perhaps maybe please yes ok okay per via
    s t re ve ll d m o y mr mrs ms dr st jr sr vs etc ie eg if as because though although unless whether however
    therefore thus hence meanwhile otherwise instead today tonight tomorrow yesterday now later soon
    currently recently reports reported reporting states stated stating says said notes noted
    denies denied endorses endorsed presents presented appears appeared agreed agrees
    came come comes went goes going gone got get gets getting left arrived attended called visited
    gonna wanna gotta hafta lemme gimme dunno kinda sorta abt bc tho thru
    um umm hmm erm
    hasnt havent isnt wasnt didnt doesnt dont cant wont wouldnt couldnt shouldnt arent werent aint ive youre theyre
    thats whats
    que ya con por para pero muy dile pues porque cuando donde también tambien
    nota pedi peds
    """.split()
)

#: Eponyms, instruments, therapies, diagnoses, drugs and note words that collide with name or place lists.
#: These are never taken for a name by list look-up alone.
CLINICAL_TERMS: frozenset[str] = frozenset(
    """
    leiter lezak groth-marnat myers-briggs exner stroop halstead-reitan vineland woodcock-johnson
    linehan gottman socratic rogerian wolpe suds freud freudian jung jungian adlerian bowenian minuchin satir
    erikson eriksonian piaget bandura pavlov pavlovian maslow bowlby ainsworth winnicott kohut kernberg kleinian lacan
    perls yalom frankl seligman meichenbaum kabat-zinn greenberger padesky prochaska diclemente rollnick rathus
    marlatt wechsler binet rorschach millon achenbach conners vanderbilt epworth apgar braden romberg babinski
    kernig brudzinski korsakoff wernicke broca alzheimer parkinson huntington tourette asperger crohn
    hashimoto raynaud guillain guillain-barre gehrig hodgkin kaposi munchausen capgras cotard ganser
    tarasoff heimlich trendelenburg foley swan-ganz dsm icd mmpi mcmi wais wisc wiat woodcock-johnson
    coumadin lasix ativan haldol xanax klonopin valium zoloft prozac paxil lexapro celexa wellbutrin
    effexor cymbalta abilify seroquel risperdal zyprexa lithium lamictal depakote tegretol trazodone
    ambien adderall ritalin concerta vyvanse strattera suboxone narcan vivitrol antabuse chantix
    tylenol motrin advil aleve benadryl zofran protonix norvasc lopressor lipitor plavix heparin
    morphine dilaudid fentanyl propofol versed precedex levophed dopamine dobutamine vasopressin bursa
    appt appts murmur
    phq gad phq-9 phq-2 gad-7 pcl pcl-5 ybocs y-bocs cy-bocs audit-c dast ces-d bdi bdi-ii bai bhs moca mmse
    cssrs c-ssrs asrs caps-5 mdq ymrs panss bprs ham-d ham-a hamd hama madrs gaf whodas dsm-5 dsm-iv
    icd-10 icd-11 soap dap birp girp pirp tbi adhd ptsd ocd mdd bpd dbt cbt emdr ifs tf-cbt mbct mbsr ipt
    pcit sfbt eft halt tipp dearman gestalt psychodynamic
    neo levo levophed vanco zosyn cipro ceftaz flagyl aline a-line endo fick quinton hickman riss
    picc ngt ogt ett peep cpap bipap psv simv ivf prbc ffp tpn lytes abg vbg wbc hct bun creat mdi mdis adl adls resp
    respiratory note notes boszormenyi-nagy rhonchi rhonchus rales crackles wheezes wean weaning weaned labile
    mcgs prbcs insulin kling kerlix md mds sbp dbp ivs pap paps maccat maccat-ca maccat-t
    max min amb oob ambulating ambulated walker commode foley chux duoderm mepilex tegaderm
    passy muir passy-muir swan ganz cordis groshong portacath port-a-cath pleurx jp hemovac
    brady tachy afib aflutter vtach vfib pea svt nsr sr st sb pvc pac pacs pvcs
    careview carevue trendelenburg trendelenberg trendelberg nitro cath diag nepro
    yerkes-dodson kübler-ross kubler-ross stanley-brown marchman premack csikszentmihalyi gendlin porges
    najavits resick teasdale fonagy johari wachtel winnicott vygotsky kohlberg mahler horney kolk geri
    roi sil bil mil fil sib sibs rm rms band-aid bandaid mini-cog minicog lewy ohana loc inattention hyperactivity
    impulsivity beery vmi dunning-kruger iop php lmhc-a mhc apn seeking epds texter genogram meth percs oxy benzos
    orton-gillingham crafft rcads sdq cpss cpss-5 phq-a crit tc tm gib ac nas gerd afrin beconase fe pulm edema fagerström fagerstrom contin
    army navy marines usmc usaf medi-cal masshealth tricare invega sustenna trinza maintena aristada consta sublocade
    ativan precedex haldol seroquel zyprexa geodon pennebaker piacentini strosahl
    erp exrp shazer falender shafranske ladany shohet kadushin skovholt rønnestad ronnestad
    loganbill delworth bronfenbrenner ehr emr meniere ménière menieres sjogren sjögren marfan ehlers-danlos
    klinefelter prader-willi angelman kawasaki nelson-denny
    """.split()
)

#: Eponyms that are also common surnames: clinical only when an instrument or model word follows
#: ("Beck Depression Inventory", "Hamilton Rating Scale", "Young's schema model", "Miller and Rollnick").
EPONYM_SURNAMES: frozenset[str] = frozenset(
    """
    rey weiner kaufman bender benton bayley woodcock peabody kovacs delis binet siegel porges neff padesky foa
    resick worden
    beck ellis rogers adler bowen skinner klein burns hayes young ross kubler miller hamilton
    montgomery asberg zung hare raven ravens murray brown columbia yale cornell edinburgh holmes rahe
    pittsburgh glasgow morse norton bell graves addison cushing epstein barr fowler swan ganz down
    jacobson shapiro barkley neff baker stanley johnson greenberg gilbert siegel levine lazarus glasser
    haley whitaker foa prochaska seligman maslow perls frankl yalom jung freud piaget bandura
    watson sullivan kabat zinn germer segal gottman linehan wolpe meichenbaum rollnick satir minuchin
    butler axline landreth heimberg worden rapoport epston kolk craske barlow clark marlatt gordon
    stroebe schut nezu safren fairburn shear mcfarlane cohen mannarino deblinger borkovec dugas safran muran
    neimeyer herman zarit chapman venn frank perry kleinman appelbaum nagoski lock masters mcgoldrick rando
    hays woods robinson bergen carter feil bonanno barre
    bernard goodyear holloway hawkins proctor hinton berg watkins stoltenberg hill tanner herman sattler flynn gray bruch garner
    """.split()
)

_EPONYM_FOLLOWER = re.compile(
    r"^(?:['’]s?)?[ \t-]*(?:(?:on|about)[ \t]+(?:the[ \t]+)?(?=[a-z]))?(?:[\"“]|(?:(?:and|&)[ \t]+[A-Z][a-z]+['’]?s?[ \t]+)?(?i:abc|pmr|act|safety[ \t]+plan|curve|"
    r"screen|screener|screening|negative|positive|core[ \t]+conditions|tasks|conflict|blueprint|play|unconditional|"
    r"intergenerational|multigenerational|"
    r"-style|-based|-informed|-inspired|"
    r"differentiation|family[ \t]+systems|systems|integrity|psychosocial|relaxation|parent[ \t]+training|"
    r"depression|anxiety|hopelessness|inventory|scale|"
    r"rating|questionnaire|test|index|criteria|model|method|technique|approach|therapy|triad|syndrome|disease|"
    r"sign|checklist|assessment|interview|schedule|protocol|exam|examination|score|four|horsemen|theory|"
    r"hierarchy|stages?|cognitive|schema|obsessive|suicide|sleepiness|coma|ulcer|palsy|reflex|maneuver|"
    r"position|catheter|sound|relationship|principles?|framework|matrices|progressive|stress|life|"
    r"social|readjustment|self|personality|clinical|multiaxial|battery|dementia|sorting|card|paradigm|"
    r"cbt-e|cbt|dbt|emdr|cpt|ipt|mbct|eft|genogram|congruence|empathy|thought[ \t]+records?|nondirective|"
    r"non-directive|identity|rebt|reminiscence|meaning-reconstruction|meaning|ted|feeling[ \t]+good|unified|"
    r"encouragement|burden|conceptualization|worksheets?|handouts?|distortions|triangles?|handbook|principles|window|polyvagal|downward|"
    r"curative|self-compassion|tasks|diagram|group[ \t]+process|common[ \t]+factors|regulate|explanatory|"
    r"dual[ \t]+control|chapter|triple[ \t-]column|point|\d+-(?:phase|step|session|item)|"
    r"addressing|fact|manual|workbook|defiant|resilience|shame|cost-benefit|lens|would[ \t]+be[ \t]+proud|"
    r"format|idm|discrimination|sas|seven-eyed|ca-cbt|supervision|helping|exploration|staging|industry|trust|autonomy|"
    r"initiative|intimacy|generativity|ecological|bioecological|style|himself|herself|tradition|concepts?|ideas?|"
    r"framing|frame|effect|scores?|complex[ \t]+figure|oral[ \t]+reading|on[ \t]+report|(?:early[ \t]+|later[ \t]+)?work|"
    r"writings?|questions?|stuff|lens|"
    r"variable-ratio|operant|reinforcement|genograms|"
    r"would[ \t]+(?:call|say|argue|describe|frame|see|have|label|name|point|suggest|note|ask|likely|probably))\b|"
    r"-\d\b|"
    # a concept after a colon, a model compared ("Erikson: generativity vs. stagnation", "Beck vs. ACT")
    r":[ \t]+[a-z][a-z-]+[ \t]+(?:vs\.?|versus)[ \t]|[ \t]+(?:vs\.?|versus)[ \t]+[A-Z]{2,5}\b)"
)
#: An eponym named in parentheses right after a model or a technique: "CBT (Beck)", "card sort (ACT, Hayes)",
#: "EMDR prep (Shapiro)"; not "contact person (Williams)".
_TECHNIQUE_WORDS = frozenset(
    """therapy training model theory approach technique skills skill break plan protocol sort exercise prep
    systems cbt dbt act emdr mi ipt cpt mbct mbsr eft sfbt tf-cbt epds scale inventory review life-review genogram
    confusion identity stages research study studies psychoeducation""".split()
)


#: A model or technique right before an eponym: "ACT per Hayes", "child-centered, Axline", "DBT (Linehan".
_AFTER_MODEL = re.compile(
    r"(?i:\b(?:cbt|dbt|act|emdr|ipt|cpt|mbct|mbsr|eft|sfbt|therapy|training|model|theory|approach|technique|"
    r"review|child-centered|person-centered|client-centered|narrative|structural|strategic|systemic|ccpt|pcit|cpp|"
    r"pmr|relaxation|mindfulness|exposure|erp|"
    r"tf-cbt|ifs|mbsr)"
    r"[ \t]*(?:\(|,|/|per|after|from|by|of|à[ \t]+la)?[ \t]*)$"
)


def is_eponym_use(word: str, following: str, preceding: str = "") -> bool:
    """Whether ``word`` is an eponym used as one: a distinctive eponym, or a common-surname eponym followed
    by an instrument or model word (``following`` is the text right after the word)."""
    w = word.lower().rstrip("'’")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    if w in CLINICAL_TERMS:
        return True
    # each of the two tests below needs a joiner, looked for first (they are asked about every capitalized word)
    before_pair = _EPONYM_PAIR_BEFORE.search(preceding) if (
        "&" in preceding or "/" in preceding or "and" in preceding) else None
    if before_pair and (before_pair.group(1).lower() in CLINICAL_TERMS or before_pair.group(1).lower() in EPONYM_SURNAMES):
        return True
    parts = [x for x in re.split(r"[-/]", word) if x] if ("-" in word or "/" in word) else [word]
    if len(parts) > 1 and (any(x[:1].isupper() and (len(x) >= 4 or x.isupper()) and x.lower() in CLINICAL_TERMS
                               for x in parts) or all(
            x.lower() in CLINICAL_TERMS or x.lower() in EPONYM_SURNAMES for x in parts)):
        return True  # "Gottman-Rapoport", "Axline/Landreth", "PASSY-MUIR"; not "Chick-fil-A", "Ellis-Ingram", "Min-jae"
    if w.endswith(("-style", "-based", "-informed", "-inspired")) and w.rsplit("-", 1)[0] in EPONYM_SURNAMES:
        return True  # "Beck-style activity scheduling"
    if _CHAPTER_AFTER.match(following) or ("of" in preceding and _CHAPTER_OF.search(preceding)):
        return True  # "read ch. 2 of Grossman's On Killing", "Assigned reading: Wachtel, ch. 3": an author
    if w not in EPONYM_SURNAMES:
        return False
    if ("," in following[:3] or "," in preceding[-3:]) and _in_list_of_eponyms(preceding, word, following):
        return True  # "Beck, Ellis, Meichenbaum": a list of theorists, one of whom no person is named
    if _EPONYM_FOLLOWER.match(following):
        return True
    if _AFTER_MODEL.search(preceding) or _CHAPTER_OF.search(preceding) or (
            _last_word(preceding) in _CITED_LAST_WORDS and _CITED_BEFORE.search(preceding)):
        return True  # "DBT (Linehan", "chapter 5 of Worden", "reminded me of Rogers", "straight out of Beck"
    if w == "columbia" and (following.startswith(":") or preceding.endswith(("the ", "The "))) and not re.match(
            r"[ \t]+[A-Z]", following):
        return True  # "administer the Columbia", "how the Columbia works": the suicide severity scale
    if w == "edinburgh" and _EDINBURGH_SCALE_AFTER.match(following):
        return True  # "Edinburgh (EPDS) 13", "Edinburgh 16": the postnatal depression scale
    # two eponyms together: "Miller & Rollnick", "Holmes and Rahe"
    pair = _EPONYM_PAIR.match(following)
    return pair is not None and (pair.group(1).lower() in CLINICAL_TERMS or pair.group(1).lower() in EPONYM_SURNAMES)


_EDINBURGH_SCALE_AFTER = re.compile(r"[ \t]*(?:\(EPDS\)|Postnatal|(?i:score|scale|screen)\b|[=:]?[ \t]*\d)")
_LIST_BEFORE = re.compile(r"(?:([A-Z][\w'’-]+)[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?)+$")
_LIST_AFTER = re.compile(r"^(?:[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?([A-Z][\w'’-]+))+")
_LIST_ITEM = re.compile(r"[A-Z][\w'’-]+")


def _in_list_of_eponyms(preceding: str, word: str, following: str) -> bool:
    """Whether ``word`` stands in a list, joined by commas, of eponyms only, one of them no common surname ("Beck,
    Ellis, Meichenbaum"); "DNR/Rogers, Anna" lists a person."""
    before = _LIST_BEFORE.search(preceding)
    after = _LIST_AFTER.match(following)
    items = [*(_LIST_ITEM.findall(before.group()) if before else ()), word,
             *(_LIST_ITEM.findall(after.group()) if after else ())]
    keys = [i.lower()[:-2] if i.lower().endswith(("'s", "’s")) else i.lower() for i in items]
    return len(keys) > 1 and all(k in CLINICAL_TERMS or k in EPONYM_SURNAMES for k in keys) and any(
        k in CLINICAL_TERMS for k in keys)


_EPONYM_PAIR = re.compile(r"^[ \t]*(?:and[ \t]|&|/)[ \t]*([A-Z][\w-]+)")
#: A chapter of a book named by its author: "re-reading chapter 5 of Worden", "Ch. 9 of".
#: A trainee going back to a theorist ("reminded me of Rogers", "reread Worden", "revisit Bowen", "reaching for
#: Erikson"): a colleague is spoken with, not reread.
_CITED_BEFORE = re.compile(
    r"(?i:reminded[ \t]+me[ \t]+of|adapted[ \t]+from|per|(?:learned|read)[ \t]+about|textbook|(?:re-?)?read(?:ing)?|revisit(?:ed|ing)?|quoting|quoted|channel(?:l?ed|l?ing)|"
    r"in[ \t]+the[ \t]+spirit[ \t]+of|(?:use|using|uses)[ \t]+of|drew[ \t]+on|drawing[ \t]+on|"
    r"(?:reach|reaching|reached|lean|leaning|leaned)[ \t]+(?:for|on)|(?:straight[ \t]+)?out[ \t]+of|the[ \t]+way|"
    r"mentions?|mentioned|remember|recall|"
    r"(?<![\w])[aà][ \t]+la)[ \t]+$"
)
#: The last words of ``_CITED_BEFORE``'s phrases: the regex, anchored at the end, is tried only after one of them.
_CITED_LAST_WORDS = frozenset(
    "of from per about textbook read reread re-read reading rereading re-reading revisit revisited revisiting quoting "
    "quoted channeled channelled channeling channelling la on for way mention mentions mentioned remember "
    "recall".split())


def _last_word(text: str) -> str:
    words = text.rsplit(None, 1)
    return words[-1].lower() if words else ""


_CHAPTER_OF = re.compile(r"(?i:chapter|ch\.?|chs?\.?)[ \t]*\d+[ \t]+(?:of|in)[ \t]+$")
_CHAPTER_AFTER = re.compile(r"^(?:['’]s)?,?[ \t]*(?i:chapter|chs?\.?)[ \t]*\d")
#: The second of two eponyms: "Marlatt & Gordon", "Axline/Landreth", "Stroebe & Schut".
_EPONYM_PAIR_BEFORE = re.compile(r"([A-Z][\w-]+)[ \t]*(?:&|/|[ \t]and[ \t])[ \t]*$")


#: A parenthesis of authors right after a model: "TF-CBT (Cohen, Mannarino & Deblinger)", "research (Ryan)".
_AUTHOR_LIST = re.compile(r"^[A-Z][\w'’-]+(?:[ \t]*(?:,|&|and)[ \t]*[A-Z][\w'’-]+)*(?:,?[ \t]*et al\.?)?(?:,[ \t]*\d{4})?\)")
#: A capitalized word right before a model word is that model's author: "McFarlane model", "the Duluth model".
_MODEL_AFTER = re.compile(
    r"^(?:(?:['’]s)?(?:[ \t]+(?!(?:per|by|as|of|on|to|the|a|an|via|for|with)\b)[a-z][a-z-]+)?[ \t]+"
    r"(?i:model|protocol|framework|curriculum|workbook|manual)\b|-(?:style|based|informed|inspired)\b|"
    r"[ \t]+(?i:power[ \t]+(?:&|and)[ \t]+control))"
)


#: Words after which a parenthesized name is that person, not an author cited: "her brother (Ryan)".
PERSON_BEFORE_PARENTHESIS: frozenset[str] = frozenset(
    """him her them he she they client clients cl pt patient child son daughter kid kids brother sister mother
    father mom dad parent parents partner husband wife spouse boyfriend girlfriend bf gf friend friends roommate
    coworker boss supervisor manager teacher teachers coach counselor therapist psychiatrist doctor nurse
    caseworker worker officer lawyer attorney sponsor mentor aunt uncle cousin niece nephew grandmother
    grandfather grandma grandpa guardian caregiver neighbor peer peers member members ex fiance fiancee
    stepmother stepfather stepmom stepdad interpreter advocate pastor priest principal resident intern
    person people contact family staff team sitter aide provider physician clinician rep representative
    rn md np pa do lpn cna lcsw lmhc attending fellow tech rt pt ot slp sw cm
    student grader kindergartner toddler infant baby teen teenager adolescent youth boy girl man woman veteran
    senior widow widower twin twins sibling siblings grandson granddaughter grandchild stepson stepdaughter
    desk receptionist sup supv mil fil mamaw memaw meemaw papaw pawpaw granny gramma grampa granddad grandad
    daddy mama trainee trainees facilitator facilitators co-facilitator cofacilitator co-leader leader ra ta
    advisor adviser professor instructor tutor dean chaplain navigator coordinator director specialist
    supervisee practicum externship classmate teammate sophomore freshman junior first-year caller
    nurse-practitioner psychologist social""".split()
)


#: The author of a quoted title: '"Daring Greatly" by Brené Brown'.
_TITLE_BY = re.compile(r"[\"”][ \t]+by[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?$")


#: A possessive before a quoted title in title case: the authors of a book ("Siegel & Bryson's "The Whole-Brain
#: Child"", "Brown's "Daring Greatly""); not "Mom's "rules"".
_BOOK_AFTER = re.compile(
    r"^(?:[ \t]*(?:&|and)[ \t]*[A-Z][\w'’-]+)?['’]s?[ \t]+[\"“](?:(?:The|A|An)[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t]+(?:the|a|an|and|of|to|in|on|for|with))*[ \t,:]+[A-Z]"
)


#: A title in capitals, small words allowed between ("Surviving and Thriving in Stepfamily Relationships").
_TITLE_WORD = r"[A-Z][\w'’-]*"
_TITLE_NEXT = rf"[ \t]+(?:(?:and|of|in|to|for|the|a|an|with|on|&|as)[ \t]+)*{_TITLE_WORD}"
#: A possessive, then what a writer makes: a title in capitals ("The State of Affairs", "Come As You Are") or a
#: word for a work ("Abbie Goldberg's work", "Alice Oseman's books").
_WORK_AFTER = re.compile(
    rf"^['’]s?[ \t]+(?:(?P<the>(?:The|A|An)[ \t]+[A-Z])|(?P<title>{_TITLE_WORD}(?:{_TITLE_NEXT}){{2,}})|"
    r"(?:book|books|work(?![ \t]+(?:schedule|shift|hours|phone|place|email|e-mail|clothes|boots|truck|friends?|badge|"
    r"stuff|life|week|day|trip|address|number|cell|laptop|computer|permit|van|car|uniform))|research|podcast|workbook|"
    r"memoir|novel|series|newsletter|talks?|videos?|model|method|program)\b|"
    # "Figley's compassion fatigue model", "Kübler-Ross's five stages"
    r"(?:[a-z][a-z-]*[ \t]+){1,3}(?:model|theory|framework|stages|scale|method|approach|technique|protocol|hierarchy|"
    r"cycle|triangle|paradigm)\b)"
)
#: Capitalized words that name a team or a place, not a book ("Jake's Little League Team").
_NOT_A_TITLE = frozenset("League Team Troop Club School Church Scouts Scout Party Game Practice Class Group".split())
#: A title in capitals, then "by" and the author: "The Explosive Child by Ross Greene".
#: Or a one-word title where the note speaks of reading: "read Mindset by Carol Dweck", "from Wonder by R.J. Palacio".
_BY_AFTER_TITLE = re.compile(
    rf"(?:(?:^|[^\w'’]){_TITLE_WORD}(?:,?{_TITLE_NEXT})+|(?i:read|reading|reads|reread|rereading|finished|from|book|"
    rf"novel|memoir|assigned|recommended)[ \t]+{_TITLE_WORD}|(?i:books|novels|series|memoirs|poems|poetry|songs|album|"
    rf"podcast|graphic novel))[ \t]+by[ \t]+(?:(?:[A-Z][\w'’-]+|(?:[A-Z]\.[ ]?)+)[ \t]*){{0,2}}$"
)


def _written_work_after(following: str) -> bool:
    m = _WORK_AFTER.match(following)
    if not m:
        return False
    if m.group("title"):
        return not any(w in _NOT_A_TITLE for w in m.group("title").split())
    return True


#: An author's possessive and the capitalized title after it, where the note speaks of reading.
_POSSESSIVE_MARK = re.compile(r"['’]s?[ \t]+(?=[A-Z])")  # found from the apostrophe, the author looked back for
#: The same begun with a straight apostrophe, a literal the engine finds fast (a class is tested at every
#: character), for a text without a curly one.
_POSSESSIVE_MARK_STRAIGHT = begun_with(_POSSESSIVE_MARK, "['’]", "'")
_AUTHOR_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w-]+$")
_GIVEN_NAME_BEFORE_AUTHOR = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+$")  # "Angela" of "Angela Chen's Ace"
_TITLE_AFTER_POSSESSIVE = re.compile(rf"((?:The|A|An)[ \t]+)?({_TITLE_WORD}(?:{_TITLE_NEXT})*)")
_READING_BEFORE = re.compile(
    r"(?i:\b(?:read|reading|reads|recommended|recommend|reviewed|review|per|handout|book|books|assigned|"
    r"listened[ \t]+to|watched|quoted|cited|bought|brought[ \t]+up|finished|rereading|reread|novel|memoir|"
    r"discussed|introduced|passage[ \t]+from|excerpt[ \t]+from|chapter[ \t]+(?:of|from)))\b[^.\n]{0,40}$"
)


_PLACE_PREPOSITION_RIGHT_BEFORE = re.compile(r"(?<![\w])(?i:at|near|outside|behind)[ \t]+$")


#: What a trainee was asked to read, by author and chapter ("read Burns, Feeling Good, ch. 4", "re-read Wachtel ch 6",
#: "Reading Judith Beck chapter 7"): the author and the title are no client.
READING_WORDS = r"read|reading|reads|reread|rereading|re-read|re-reading"
READ_CHAPTER = re.compile(
    rf"(?i:{READING_WORDS})[ \t]*:?[ \t]+(?P<author>(?:[A-Z][\w'’.-]*[ \t]+(?:(?:&|and)[ \t]+)?){{0,2}}[A-Z][\w'’-]*)"
    # a title of two capitalized words or more after a comma ("Reading Pauline Boss, Loving Someone Who Has
    # Dementia."), or a chapter
    r"(?:,[ \t]*(?P<title>[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|of|the|in|to|a|an|for|with|on|&)[ \t]+)*[A-Z][\w'’-]*)+)"
    r"(?=[ \t]*[.,;:(]|$)|[ \t]*(?:ch\.?|chapters?|pp?\.)[ \t]*\d)"
)
_QUOTED_TITLE_BY = re.compile(r"[\"“]([A-Z][^\"”\n]{1,80}?)[,.]?[\"”][ \t]+by[ \t]+[A-Z]")
#: A title in capitals (or a title with a comma in it) right before "by" and an author, where the note speaks of
#: reading: "read a chapter of Diary of a Wimpy Kid by Jeff Kinney", "reading Detransition, Baby by Torrey Peters".
_UNQUOTED_TITLE_BY = re.compile(rf"(?<![\w'’-])({_TITLE_WORD}(?:,?{_TITLE_NEXT})+)[ \t]*$")
_BY_AUTHOR = re.compile(r"by[ \t]+(?=[A-Z])")  # found from the literal "by", the title looked back for
_QUOTED_WORK = re.compile(r"[\"“]([A-Z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){1,6})[,.!?]?[\"”]")
#: The same two begun with a straight quote, a literal the engine finds fast (a class is tested at every character),
#: for a text without a curly one.
_QUOTED_TITLE_BY_STRAIGHT = begun_with(_QUOTED_TITLE_BY, r'[\"“]', '"')
_QUOTED_WORK_STRAIGHT = begun_with(_QUOTED_WORK, r'[\"“]', '"')
_MEDIA_OR_READING_BEFORE = re.compile(
    r"(?i:\b(?:listens?|listening|listened|song|songs|album|movie|film|show|watched|watching|watches|read|reading|"
    r"reads|book|played|playing|sang|sings|lyrics|quoted|quotes))\b[^.\n]{0,40}$"
)
_READING_WORD_IN = re.compile(r"(?i:bought|read|reading|finished|recommended)[ \t]")
#: A title in capitals, then its author in parentheses, where the note speaks of reading ("bought Stone Butch
#: Blues (Leslie Feinberg)", "Call Me By Your Name (André Aciman)").
_TITLE_BEFORE_AUTHOR = re.compile(
    rf"(?<![\w'’-])({_TITLE_WORD}(?:{_TITLE_NEXT}|[ \t]+(?i:by|me|you|your|my|is|are|was|who)(?=[ \t]+[A-Z]))+)[ \t]*$"
)
_AUTHOR_IN_PARENTHESES = re.compile(r"\(((?:[A-Z][\w'’.-]+[ \t]+){1,2}[A-Z][\w'’-]+)\)")  # found from "("


def book_titles(text: str) -> list[tuple[int, int]]:
    """The titles of books cited after their author's possessive where the note speaks of reading ("reading
    Barry McCarthy's Men's Sexual Health", "per Papernow's Surviving and Thriving in Stepfamily Relationships"), with
    the author ("discussed Chapman's The 5 Love Languages"), or
    quoted before "by" and the author: their words are no names and no places."""
    spans = []
    if " by " in text:
        # a quoted title before its author: '"The Bell Jar" by Sylvia Plath'
        spans.extend(m.span(1) for m in (_QUOTED_TITLE_BY if "“" in text else _QUOTED_TITLE_BY_STRAIGHT).finditer(text))
        for by in _BY_AUTHOR.finditer(text):
            if not by.start() or text[by.start() - 1] not in " \t":
                continue
            m = _UNQUOTED_TITLE_BY.search(text, max(0, by.start() - 80), by.start())
            if m and (_READING_BEFORE.search(text, max(0, m.start() - 50), m.start()) or _READING_BEFORE.search(
                    text[max(0, m.start() - 50) : m.end(1)])):
                spans.append(m.span(1))
    if '"' in text or "“" in text:
        for m in (_QUOTED_WORK if "“" in text else _QUOTED_WORK_STRAIGHT).finditer(text):
            if _MEDIA_OR_READING_BEFORE.search(text, max(0, m.start() - 50), m.start()):
                spans.append(m.span(1))  # 'Listens to Johnny Cash, "Folsom Prison Blues," in the truck'
    if "(" in text:
        for author in _AUTHOR_IN_PARENTHESES.finditer(text):
            m = _TITLE_BEFORE_AUTHOR.search(text, max(0, author.start() - 80), author.start())
            if m and (_READING_BEFORE.search(text, max(0, m.start() - 50), m.start()) or _READING_WORD_IN.match(
                    m.group(1))):
                spans.extend((m.span(1), author.span(1)))
    if "'" not in text and "’" not in text:
        return spans
    for mark in (_POSSESSIVE_MARK if "’" in text else _POSSESSIVE_MARK_STRAIGHT).finditer(text):
        author = _AUTHOR_BEFORE.search(text, max(0, mark.start() - 30), mark.start())
        if not author:
            continue
        m = _TITLE_AFTER_POSSESSIVE.match(text, mark.end())
        words = m.group(2).split()
        if not (m.group(1) or len(words) >= 2) or any(w in _NOT_A_TITLE or w == "&" or (len(w) > 1 and w.isupper()) for w in words):
            continue  # not "Hartley's IGA in Chester" or "Ruckle's Feed & Seed", stores
        start = author.start()
        given = _GIVEN_NAME_BEFORE_AUTHOR.search(text, max(0, start - 20), start)
        if given and lexicon.is_first_name(given.group(1)):
            start = given.start(1)
        if _READING_BEFORE.search(text, max(0, start - 50), start) and not _PLACE_PREPOSITION_RIGHT_BEFORE.search(
                text, max(0, start - 8), start):  # "bought at Bill's Pawn on Western Blvd" is a store
            # the title, and its author: a writer cited is no client ("Chapman's The 5 Love Languages")
            spans.append((m.start(1) if m.group(1) else m.start(2), m.end(2)))
            spans.append((start, mark.start()))
    return spans


def is_authored_model(word: str, before: str, following: str) -> bool:
    """A surname used to name a model: any surname in a parenthesis of authors, unless a person word stands right
    before the parenthesis ("Coping Cat (Kendall)", "Buried in Treasures (Tolin, Frost, Steketee)", not "her
    brother (Ryan)"); or right before "model", "protocol", "framework" ("the Rivas method" may be a person's)."""
    if _MODEL_AFTER.match(following) or _TITLE_BY.search(before) or _BOOK_AFTER.match(following):
        return True
    if _written_work_after(following) or (" by " in before and _BY_AFTER_TITLE.search(before)):
        return True  # "Esther Perel's The State of Affairs", "Nagoski's Come As You Are", "The Explosive Child by Ross Greene"
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    outside = re.findall(r"[\w-]+", before[:opened])[-3:]
    if len(outside) > 1 and len(outside[-1]) == 1:
        outside = outside[:-1]  # "Partner A (Hope)": the label after the person word
    if not outside or outside[-1].lower() in PERSON_BEFORE_PARENTHESIS or before[:opened].rstrip()[-1:] in ".:;":
        return False  # "her brother (Ryan)", "spoke with him (Ryan)"
    return bool(_AUTHOR_LIST.match(before[opened + 1 :] + word + following))


def is_eponym_at(text: str, start: int, end: int) -> bool:
    """Whether the capitalized word at ``text[start:end]`` names a model, an instrument or its author rather than
    a person or a place: an eponym in use ("Beck Depression Inventory", "ACT per Hayes", "Miller & Rollnick"), a
    surname naming a model ("McFarlane model", "Coping Cat (Kendall)"), or an eponym in a parenthesis naming a
    technique ("card sort (ACT, Hayes)"). The one test names and places both ask."""
    # the name and place rules ask about the same word again and again (half the questions of a note): answered once
    answers = _eponym_answers(text)
    answer = answers.get((start, end))
    if answer is None:
        answer = answers[start, end] = _is_eponym_at(text, start, end)
    return answer


@lru_cache(maxsize=4)
def _eponym_answers(text: str) -> dict[tuple[int, int], bool]:
    """``is_eponym_at``'s answers about ``text``, by span (kept for the last few notes, like ``lower_words``)."""
    return {}


def _is_eponym_at(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    before, after = text[max(0, start - 60) : start], text[end : end + 60]
    return (is_eponym_use(word, after, before[-30:]) or is_authored_model(word, before, after)
            or is_eponym_in_parentheses(word, before[-40:], after))


def is_eponym_in_parentheses(word: str, before: str, following: str) -> bool:
    """A common-surname eponym closing a parenthesis that names a model, a technique or an instrument, inside it or
    right before it ("structured CBT (Beck)", "card sort (ACT, Hayes)", "EPDS (Edinburgh)"); not "Mom (Rose)",
    not "contact person (Williams)"."""
    w = word.lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    if w in EPONYM_SURNAMES and before.rstrip(" \t").endswith("(") and (
            _CONCEPT_AFTER.match(following) or following.startswith(":")):
        return True  # "(Erikson, integrity vs. despair)", "(Hayes, values clarification)", "(Rogers: ...)"
    if w in EPONYM_SURNAMES and before.rstrip(" \t").endswith("(") and _COAUTHOR_AFTER.match(following):
        return True  # "The Whole-Brain Child (Siegel & Bryson)": the authors of what was just named
    if w not in EPONYM_SURNAMES or not following.lstrip(" \t").startswith(")"):
        return False
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    context = re.findall(r"[\w-]+", before[opened + 1 :]) + re.findall(r"[\w-]+", before[:opened])[-2:]
    return any(c.lower() in _TECHNIQUE_WORDS or c.lower() in CLINICAL_TERMS for c in context)


#: A co-author, and perhaps a year, closing the parenthesis an eponym opened ("(Siegel & Bryson)").
_COAUTHOR_AFTER = re.compile(r"^[ \t]*(?:&|and)[ \t]+[A-Z][a-z]+(?:,?[ \t]+\d{4})?[ \t]*\)")
#: A comma and lower-case words after an author opening a parenthesis: the concept cited.
_CONCEPT_AFTER = re.compile(r"^,[ \t]*[a-z][a-z-]+(?:[ \t]+(?:vs\.?|[a-z][a-z-]*)){0,4}[ \t]*\)")


#: Function words that are also given names: a name when capitalized right after "her partner", "named".
NAME_LIKE_FUNCTION_WORDS: frozenset[str] = frozenset({"will", "may"})

#: Languages, peoples and faiths: never a name after a cue, but they may begin a facility's name ("Korean
#: Central Presbyterian Church", "Lakota East High School").
PEOPLES: frozenset[str] = frozenset(
    """
    english spanish portuguese french haitian creole arabic chinese mandarin cantonese vietnamese korean
    russian polish italian greek hindi urdu bengali somali swahili asl american african asian latino latina
    farsi persian tagalog amharic tigrinya pashto dari punjabi gujarati tamil telugu hebrew yiddish turkish
    ukrainian kriolu khmer hmong georgian armenian azerbaijani uzbek kazakh tajik kyrgyz chechen albanian serbian
    croatian bosnian romanian bulgarian hungarian czech slovak lithuanian latvian estonian moldovan belarusian
    rohingya lummi makah kouri-vini garifuna quechua aymara mixtec zapotec triqui
    diné navajo lakota ojibwe anishinaabe cherokee choctaw chickasaw muscogee seminole hopi zuni apache yupik
    inupiaq inuit tlingit haida aleut oneida mohawk seneca blackfeet oglala mam k'iche' q'anjob'al
    latinx hispanic black white caucasian jewish muslim christian catholic protestant baptist mormon
    sikh hindu buddhist jain samoan tongan hawaiian filipino filipina marshallese chamorro fijian maori
    afghan iraqi yemeni nepali pakistani bangladeshi saudi israeli kuwaiti omani qatari emirati
    ilocano ilokano cebuano visayan kapampangan chuukese pohnpeian palauan yup'ik iñupiaq inupiat athabascan
    deaf fula fulani wolof mandinka soninke bambara twi ewe yoruba igbo hausa lingala kinyarwanda kirundi oromo
    kiowa comanche kickapoo potawatomi paiute yaqui
    canadian mexican cuban jamaican guatemalan salvadoran honduran colombian venezuelan brazilian peruvian
    nigerian ghanaian kenyan ethiopian eritrean sudanese congolese egyptian moroccan syrian lebanese palestinian
    iranian japanese thai cambodian laotian burmese irish scottish german dutch swedish norwegian quebecois
    acadian spanglish patois pidgin católica catolica católico catolico cristiana cristiano evangélica evangelica
    """.split()
)

#: Games, apps and platforms clients and trainees name ("losing at Fortnite", "on TikTok"): never a person or a place.
APPS_AND_GAMES: frozenset[str] = frozenset(
    """
    fortnite minecraft roblox netflix youtube spotify instagram snapchat tiktok facebook discord twitch hulu
    headspace peloton myfitnesspal renpho daylio sanvello woebot wysa bearable tevera time2track simplepractice
    therapynotes stardew
    """.split()
)

NOT_NAME_AFTER_CUE: frozenset[str] = PEOPLES | APPS_AND_GAMES | frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december er ed icu ccu micu sicu nicu picu or pacu ob gyn pcp md do np pa rn
    lpn cna lcsw licsw lmhc lpc lmft msw phd psyd edd dds dmd od cnm crna emt ems aa na ca ga al-anon
    alanon nami who cps dcf dss dhs dmh dcyf va medicaid medicare snap wic ssi ssdi fmla ada iep 504
    covid covid-19 hiv aids etoh thc ekg ecg eeg mri ct cxr ua abg cbc bmp cmp inr ptt tsh
    none unknown unk n/a na deceased passed died christmas thanksgiving easter
    mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
    shabbat sabbath shiva seder iftar jummah puja mondays tuesdays wednesdays thursdays fridays saturdays sundays
    finch noom doxy fajr dhuhr asr maghrib isha
    hi hey hello hiya bye goodbye thanks thx dear header si sí mckinney-vento nike lic math reading student minor attestation
    merci gracias se mi ad litem mais
    ontario quebec manitoba saskatchewan yukon nunavut labrador newfoundland
    cia fbi nsa irs ice uscis doj dmv ssa fema usps dcfs aps tanf hud ged rotc ihs apa aca nasw aamft
    god jesus christ lord allah buddha bible
    """.split()
)

#: National health insurers, behavioural-health carve-outs and payment apps ("Called Magellan at 800-...", "switched us
#: to Blue Cross", "we don't take Venmo"): no place and no person, larger than any state. A regional plan named with its
#: state ("Blue Cross Blue Shield of Michigan") stays a workplace; an abbreviation that begins a member number ("UHC
#: 9921 44780") is left to the ID rules.
NATIONAL_PAYERS = (
    r"Optum|Magellan(?: Health)?|Carelon|Aetna|Cigna|Humana|UnitedHealthcare|United Healthcare|Anthem|"
    r"Blue Cross(?: Blue Shield)?|Blue Shield|Tricare|TRICARE|Ambetter|Centene|WellCare|Amerigroup|Highmark|Premera|"
    r"Regence|CareFirst|Evernorth|Venmo|Zelle|PayPal|Cash App|CashApp"
)

#: Brands named as things people use ("her Garmin", "a Peloton streak", "Dr. Google"); after "at", "for" or "from"
#: they are where someone works, and stay findings (scanner.py).
BRANDS = (
    r"Peloton|Strava|Garmin|Fitbit|Lululemon|MyFitnessPal|WeightWatchers|Weight Watchers|Dr\. Google|Google|Marriott|"
    r"Camry|Corolla|Civic|F-150|Silverado|Honda|Toyota|Hyundai|Subaru|Nissan|Chevy|Chevrolet|Volkswagen|Mazda|"
    r"Altima|Sentra|Maxima|Pathfinder|Impala|Prius|Elantra|Sonata|RAV4|CR-V|Forester|Highlander|Tundra|4Runner|"
    r"Wrangler|Jetta|Camaro|"
    r"Miller Lite|Bud Light|Coors Light|Busch Light|Natural Light|Twisted Tea|White Claw|"
    r"Taco Bell|Dawn dish soap|Mountain Dew|Mtn Dews?"
)
_BRAND_RX = re.compile(rf"(?:{BRANDS})$")
_EMPLOYER_BEFORE = re.compile(r"(?i:at|for|from|with|@)[ \t]+(?:the[ \t]+)?$")


def is_brand_in_use(text: str, start: int, end: int) -> bool:
    """Whether the public name at ``text[start:end]`` is a brand named as a thing someone uses, not where they
    work ("a Peloton streak" is not a place; "works at Google" is)."""
    if not _BRAND_RX.match(text[start:end]):
        return True
    return not _EMPLOYER_BEFORE.search(text, max(0, start - 12), start)


#: Public figures that clients and clinicians cite by full name (authors, hosts, athletes): a person the note is not
#: about, so not an identifier ("watched a Brené Brown talk", "like Simone Biles said").
FAMOUS_PEOPLE = (
    r"Pauline Boss|Harriet Lerner|Lori Gottlieb|Lindsay Gibson|Melody Beattie|Elisabeth K[üu]bler-Ross|Tina Payne Bryson|"
    r"Emily Nagoski|Stan Tatkin|Lundy Bancroft|Mark Manson|Cheryl Strayed|Holden Caulfield|Sasha Velour|"
    r"Bren[ée] Brown|Fred Rogers|Mister Rogers|Oprah Winfrey|Oprah|Dr\. Phil|Tara Brach|Pema Ch[öo]dr[öo]n|"
    r"Thich Nhat Hanh|Eckhart Tolle|Esther Perel|Gabor Mat[ée]|Bessel van der Kolk|Dan Siegel|Daniel Siegel|"
    r"Kristin Neff|Jon Kabat-Zinn|Viktor Frankl|Marsha Linehan|John Gottman|Julie Gottman|Sue Johnson|"
    r"Irvin Yalom|Carl Rogers|Albert Ellis|Aaron Beck|Judith Beck|David Burns|Russ Harris|Steven Hayes|"
    r"Kelly McGonigal|Glennon Doyle|Mel Robbins|Jordan Peterson|Simone Biles|Michael Phelps|Demi Lovato|"
    r"Selena Gomez|Taylor Swift|Beyonc[ée]|LeBron James|Michael Jordan|Kobe Bryant|Serena Williams|"
    r"Naomi Osaka|Prince Harry|Lady Gaga|Kanye West|Robin Williams|Matthew Perry|Elon Musk|Mr\. Rogers['’] Neighborhood|"
    r"Katie Ledecky|Steph Curry|Stephen Curry|Marie Kondo|Dave Ramsey|Wendell Berry|Mary Oliver|Maya Angelou|"
    r"Harry Potter|Hermione Granger|Vernon Dursley|Big Bird|Joe Rogan|MrBeast|Kim Kardashian|Billie Eilish|"
    r"Judge Judy|Stephen King|Carol Dweck|R\.[ ]?J\.[ ]Palacio|LeBron|Kobe|Harry Harlow|Sylvia Plath|Mr\.?[ ]Rogers|"
    r"Will[ ]&[ ]Grace|The[ ]Simpsons|the[ ]Simpsons|Kardashians|"
    r"Ariana Grande|Harry Styles|Olivia Rodrigo|Travis Kelce|Tom Brady|Patrick Mahomes|Caitlin Clark|Kevin Love|"
    r"Bruce Springsteen|Dolly Parton|Johnny Cash|Michelle Obama|Barack Obama|Donald Trump|Joe Biden|Kurt Cobain|"
    r"Allen Carr|Andrew Huberman|Huberman Lab|Paul Appelbaum|LeBron James|Amy Winehouse|Mac Miller|C\.[ ]?S\.[ ]Lewis|"
    r"Harper Lee|David Burns|Little Debbie|Busch Light|Amazing Grace|Kurt Cobain|Dr\. Seuss|Jane Eyre|Charlotte Bront[ëe]|"
    r"Emily Bront[ëe]|Sam Adams|"
    # more that clients quote, play, watch and listen to: singers and bands, hosts, actors, athletes, characters
    r"Frank Sinatra|Elvis Presley|Johnny Cash|Willie Nelson|Garth Brooks|Luke Combs|Morgan Wallen|"
    r"Zach Bryan|Chris Stapleton|Reba McEntire|Loretta Lynn|Patsy Cline|Hank Williams|Ralph Stanley|"
    r"Bob Marley|Bob Dylan|Tupac|Kendrick Lamar|Eminem|Ed Sheeran|Bad Bunny|"
    r"Phoebe Bridgers|Mitski|Lana Del Rey|Sabrina Carpenter|Chappell Roan|Doja Cat|Cardi B|Nicki Minaj|"
    r"Post Malone|Justin Bieber|Miley Cyrus|Britney Spears|Whitney Houston|Michael Jackson|"
    r"Tony Robbins|Brene Brown|Jay Shetty|Deepak Chopra|Wayne Dyer|Louise Hay|Joel Osteen|Rick Warren|"
    r"Steve Harvey|Pat Sajak|Vanna White|Alex Trebek|Ellen DeGeneres|Jimmy Fallon|Dr\. Oz|Judge Mathis|"
    r"Tom Hanks|Denzel Washington|Meryl Streep|Keanu Reeves|Dwayne Johnson|The Rock|Jennifer Aniston|"
    r"Tony Stark|Iron Man|Spider-Man|Peter Parker|Bruce Wayne|Batman|Superman|Wonder Woman|Mary Poppins|"
    r"Luke Skywalker|Darth Vader|Yoda|Winnie the Pooh|Eeyore|Mickey Mouse|SpongeBob|Bluey|Peppa Pig|"
    r"Forrest Gump|Rocky Balboa|Walter White|Tony Soprano|Ted Lasso|Homer Simpson|Bart Simpson|"
    r"Dale Earnhardt(?: Jr\.?)?|Tiger Woods|Muhammad Ali|Mike Tyson|Tom Brady|Peyton Manning|Derek Jeter|"
    r"Babe Ruth|Shohei Ohtani|Lionel Messi|Cristiano Ronaldo|Megan Rapinoe|Aaron Rodgers|"
    r"Travis Scott|Mother Teresa|Mahatma Gandhi|"
    r"Nelson Mandela|Jesus Christ|Pope Francis|Kanye|Nat King Cole|Bruce Perry|Gabriel Garc[ií]a M[áa]rquez|"
    r"Garc[ií]a M[áa]rquez|Audre Lorde|Frank Ocean|Sheldon Cooper|Erin Hunter|Jeff Kinney|Mark Twain|Jason Momoa|"
    r"Brandi Carlile|Bill W\.|Dr\. Bob|Jesse Pinkman|Walter White|Pat Sajak|Dolly Parton|Taylor Swift|Bill Murray|"
    r"Kay Redfield Jamison|Shirley Glass|Ryan Gosling|Danny DeVito|Esther Perel|Tyler Perry|Drew Brees|"
    r"Charlie Brown|Michael Scott|Pollyanna|Sweet Caroline|Jekyll and Hyde|Dr\. Jekyll|Zora Neale Hurston|"
    r"Frida Kahlo|Levine & Heller|Levine and Heller|Cobain|Winehouse|Messi|Dale Jr\.?|Capri Sun|Team Edward|Team Jacob|"
    r"Department of Labor|Labor Relations|Agatha Christie|Bill Withers|Ivan Ilyich|Rosie the Riveter|Ma Bell|"
    r"Saving Private Ryan|Captain Miller|Sue (?:&|and) Sue|Louis L['’]Amour|Grace and Frankie|Steel Magnolias|"
    r"Ryan White|Semper Fi|"  # the HIV care program named for him (its card, its recertification); the Marines' motto
    # sayings that begin with a given name
    r"Mark my words|"
    # storms remembered by name: "the anniversary of Hurricane Katrina" is no town called Hurricane ("Hurricane Gap" is one)
    r"(?:Hurricanes?|Tropical Storms?) (?:(?:Audrey|Betsy|Katrina|Rita|Ike|Gustav|Camille|Andrew|Laura|Ida|Harvey|Ivan)"
    r"(?:,? (?:and|&) |, ))?(?:Katrina|Harvey|Maria|Sandy|Ian|Helene|Ida|Michael|Andrew|Rita|Irma|Florence|Hugo|"
    r"Milton|Camille|Ike|Laura|Matthew|Dorian|Wilma|Charley|Ivan|Opal|Beryl|Idalia|Otis|Agnes|Fran|Floyd|Isabel|Hazel|"
    r"Audrey|Betsy|Sally|Zeta|Delta|Debby|Francine|Iniki|Lane)|"
    rf"{BRANDS}"
)

#: Skills whose names are capitalized like places or people ("Wise Mind" in DBT).
SKILL_NAMES = (
    r"Wise Mind|Emotion Mind|Reasonable Mind|Radical Acceptance|Opposite Action|Safe Place|Leaves on a Stream|"
    # games and check-ins named in groups, and instruments named for a place
    r"Simon Says|Red Rover|Duck Duck Goose|Candy Land|Chutes and Ladders|Hide and Seek|Mother May I|"
    r"Red Light,? Green Light|Rose,? Bud,? (?:and )?Thorn|UCLA Loneliness Scale|UCLA PTSD-RI|UCLA PTSD|Plan B|"
    r"Sound Relationship House"
)


#: Words of devotion before a saint's name ("prays to St. Christopher", "a St. Jude medal"): the saint, not a
#: hospital or a person.
_DEVOTION_BEFORE = re.compile(r"(?i:pray|prays|prayed|praying|prayer|candle|medal|novena|feast)[^.\n]{0,12}$")


def is_devotion_to_saint(text: str, saint_start: int) -> bool:
    """Whether the "St."/"Saint" at ``saint_start`` follows words of devotion."""
    return bool(_DEVOTION_BEFORE.search(text, max(0, saint_start - 24), saint_start))


#: What a saint's possessive names when it is no place: a feast, a devotion or a herb ("St. Patrick's Day", "a St.
#: Christopher's medal", "St. John's wort"); as a pattern to follow the saint's name.
SAINTS_THING_AFTER = r"['’]s[ \t]+(?i:day|eve|wort|feast|novena|medal|prayer|statue|relic|candle)\b"
_SAINTS_THING_AFTER = re.compile(SAINTS_THING_AFTER)


def names_saints_thing(text: str, end: int) -> bool:
    """Whether a saint's name that ends at ``end`` names a feast, a devotion or a herb (``SAINTS_THING_AFTER``)."""
    return bool(_SAINTS_THING_AFTER.match(text, end))


#: Credentials that follow a person's name ("Kelsey Williams RN", "Jane Roe, LICSW").
CREDENTIALS = (
    r"(?:RN|R\.N\.|MD|M\.D\.|DO|NP|PA|PA-C|LPN|LVN|CNA|BSN|MSN|DNP|APRN|ARNP|CRNA|CNM|RRT|RT|PT|DPT|OT|OTR|SLP|"
    r"LCSW|LICSW|LMSW|MSW|BSW|LMHC|LPC|LPCC|LMFT|MFT|PhD|PsyD|EdD|MA|MS|MEd|LCADC|CADC|LADC|CASAC|NCC|BCBA|"
    r"RD|PharmD|DDS|DMD|MPH|MHA|JD|Esq|CPS|CRS|CHW|EMT|Paramedic)"
)

CLIENT_CODE_DEFAULT = r"[A-Z]-\d{3,4}"


def client_code_regex(pattern: str | None) -> re.Pattern[str]:
    """Compile a client-code pattern (default like ``C-014``) so that it only matches a whole token."""
    return re.compile(r"(?<![\w-])(?:" + (pattern or CLIENT_CODE_DEFAULT) + r")(?![\w]|-\w)")


#: Endings of generic drug names (antibiotics, beta blockers, ACE inhibitors, statins ...): a capitalized
#: "Oxacillin" or "Albuterol" after "on"/"to" is a drug, not a place or a person.
_DRUG_SUFFIXES = (
    "cillin", "mycin", "micin", "floxacin", "cycline", "azole", "prazole", "terol", "olol", "pril", "sartan",
    "dipine", "statin", "parin", "xaban", "azepam", "azolam", "barbital", "biturate", "biturates", "tidine",
    "semide", "thiazide", "codone", "morphone", "oxetine", "triptyline", "peridol", "apine", "idone",
    "vudine", "navir", "ciclovir", "conazole", "penem", "bactam", "ceftazidime", "triaxone", "afil", "darone",
)


@lru_cache(maxsize=16384)
def is_clinical(word: str) -> bool:
    """Whether ``word`` (any case, possessive or not) is in the clinical vocabulary, or is shaped like a
    generic drug name ("Oxacillin", "Metoprolol")."""
    w = word.lower().rstrip(".")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return w in CLINICAL_TERMS or (len(w) >= 7 and w.endswith(_DRUG_SUFFIXES)) or bool(
        _INSTRUMENT_EDITION.fullmatch(word))


#: An instrument's name in capitals with its edition or form ("WASI-II", "MACI-II", "BASC-3", "ADOS-2"): capitals
#: then a roman or arabic numeral, which no person's or place's name is.
_INSTRUMENT_EDITION = re.compile(r"[A-Z]{2,6}-(?:I{1,3}|IV|V|VI|\d{1,2})(?:-[A-Z]{1,3})?")
