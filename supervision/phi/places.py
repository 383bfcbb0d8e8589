"""Places smaller than a state: street addresses, ZIP codes, cities, towns and counties, and named
facilities (schools, hospitals, clinics, churches, stores, employers' sites).

States and countries are not identifiers under Safe Harbor and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon
from .context import (LOWER, begun_with, MONTH_NAMES, UPPER, WEEKDAY_NAMES, at_line_start, at_sentence_start,
                      digit_before_capital, lower_words, mostly_upper, occurrences, writes_lower_case)
from .cues import CUES
from .vocabulary import (
    APPS_AND_GAMES,
    FUNCTION_WORDS,
    NAME_LIKE_FUNCTION_WORDS,
    NOT_NAME_AFTER_CUE,
    PEOPLES,
    SAINTS_THING_AFTER,
    is_authored_model,
    is_clinical,
    is_devotion_to_saint,
    is_eponym_at,
)

Span = tuple[int, int, str]
Hits = dict[str, list[re.Match[str]]]

_UP = UPPER
_LO = LOWER
_CAP = rf"[{_UP}][{_LO}'’]+(?:-[{_UP}][{_LO}]+)?"

_STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Ter|Way|"
    r"Circle|Cir|Parkway|Pkwy|Highway|Hwy|Route|Rte|Square|Sq|Trail|Trl|Alley|Row|Path|Pike|Turnpike|Tpke|"
    r"Plaza|Point|Crescent|Loop|Run|Crossing|Heights|Hts|Extension|Village|Summit|Islands?|Ramp|Grove|"
    r"Crest|Park|Ridge|Hills?|Glen|Meadows?|Manor|Commons|Green|Walk|Landing|Station|Harbor|View|Gardens|"
    r"Mount|Wells?|Spur|Bypass|Causeway|Expressway|Freeway|Junction|Forks?|Ford|Port|Haven|Springs?|"
    r"Estates?|Creek|Brook|Hollow|Knoll|Mills?|Pass|Pines|Shores?|Valley|Bend|Cove|Dale|Fields?|Flats?|"
    r"Gateway|Harbour|Isle|Lakes?|Orchard|Oval|Rise|Stream|Trace|Tunnel|Vista|Via|Wharf|Mews|Concourse)"
)
_UNIT = r"(?:,?[ \t]*\d{1,2}(?:st|nd|rd|th)[ \t]+(?:[Ff]loor|[Ff]l\.?)(?![\w])|,?[ \t]*(?:Apartment|Apt|Suite|Ste|Unit|Floor|Fl|Room|Rm|Building|Bldg|Lot|Trlr|apt|unit|room|rm|suite|ste|lot|#)\.?[ \t]*#?[A-Za-z0-9-]{1,6})"
#: (The leading digit is written apart, ``\d\d{0,5}`` for ``\d{1,6}``, here and in the other patterns searched
#: over a whole text that begin with digits: the same matches, but a pattern that begins with a character class is
#: searched by the engine's fast scan for that class instead of a full attempt at every position.)
_ADDRESS = re.compile(
    rf"\d\d{{0,5}}(?:[A-Za-z]|-[A-Za-z](?=[ \t]))?(?:-\d{{1,5}})?[ \t]+"
    rf"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[ \t]+)?"
    rf"(?:(?:{_CAP}|[{_UP}][{_LO}]+[{_UP}][{_LO}]+|\d{{1,3}}(?:st|nd|rd|th)|MLK|Jr\.?)[ \t]+){{1,3}}{_STREET_SUFFIX}\.?(?![\w])"
    rf"(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\.?(?![\w]))?{_UNIT}?"
)
#: The same begun with ``[0-9]`` for an ASCII text, where ``\d`` is that: a plain class is tested faster.
_ADDRESS_ASCII = begun_with(_ADDRESS, r"\d", "[0-9]")
#: The street's kind, a word after a space in every address: found by the cue index, it spares the address pass in
#: most notes. A short kind followed by an apostrophe or a hyphen and a letter ("St's", "St-Jean") begins a longer
#: word, keyed by those three characters, so those spellings are cue words too.
_STREET_SUFFIX_CUES = "|".join(
    [_STREET_SUFFIX[3:-1]] + [f"{kind}{joiner}" for kind in _STREET_SUFFIX[3:-1].split("|") if len(kind) <= 2
                              for joiner in ("'", "’", "-")])
CUES.add("street_suffix", _STREET_SUFFIX_CUES, re.compile(f"(?:{_STREET_SUFFIX_CUES})"), capitalized=True)
_RURAL_ROUTE_WORDS = r"Route|Rte|Hwy|County Road|County Rd"  # not "Rt" (right), "CR" (creatinine), "High..."
_RURAL_ROUTE = re.compile(
    rf"(?i:(?:{_RURAL_ROUTE_WORDS})\.?[ \t]*\d{{1,4}}[ \t]*,?[ \t]*(?:Box|Lot|Trlr|Trailer)[ \t]*#?[ \t]*\d{{1,5}})(?![\w])"
)
CUES.add("rural_route", _RURAL_ROUTE_WORDS, _RURAL_ROUTE)  # "Route 3, Box 41", "Hwy 80, Lot 7"
_PO_BOX = re.compile(r"(?i:(?:P\.?[ \t]?O\.?|HC[ \t]*\d{1,4}|RR[ \t]*\d{1,4})[ \t]?Box[ \t]+\d{1,6}\b)")
CUES.add_keys("po_box", {"p", "po", "hc", "rr"}, _PO_BOX)  # "PO Box 418", "HC 77 Box 14", "RR 2 Box 9"
_UNIT_WORDS = r"Apt|Apartment|Suite|Ste|Lot"
_UNIT_ALONE = re.compile(r"(?:" + _UNIT_WORDS + r")\.?[ \t]*#?[ \t]*\d[A-Za-z0-9-]{0,5}(?![\w])")
CUES.add("unit", _UNIT_WORDS, _UNIT_ALONE, capitalized=True)

_STATES = (
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|"
    r"OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|Alabama|Alaska|Arizona|Arkansas|California|Colorado|"
    r"Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|"
    r"Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|"
    r"New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    r"Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|"
    r"Wisconsin|Wyoming|Puerto Rico|Mass\.|Calif\.|Fla\.|Conn\.|Penn\.|Tex\.|"
    # the territories, whose place in an address is a state's; their codes count only before a ZIP ("Mangilao, GU
    # 96913"): "GU" is also genitourinary, "AS" a word, "VI" a numeral
    r"Guam|American Samoa|Northern Mariana Islands|Virgin Islands|GU|MP|AS|VI)"
)
#: The territories' postal codes, a state's only before a ZIP.
_TERRITORY_CODES = frozenset({"GU", "MP", "AS", "VI"})
#: The states spelled out, not as two capitals ("Children's Hospital Colorado", not "Clinic OR").
_STATE_NAMES = "(?:" + "|".join(a for a in _STATES[3:-1].split("|") if len(a) > 2 and not a.endswith(".")) + ")"


#: The alternatives of ``_STATES``, which are literals: a set look-up is much faster than a regex's full match.
_STATE_SET = frozenset(alt.replace("\\.", ".") for alt in _STATES[3:-1].split("|")) - _TERRITORY_CODES


def is_state(word: str) -> bool:
    """A US state's name or postal code ("Tennessee", "TN"), as ``_STATES`` matches it in full."""
    return word in _STATE_SET
COUNTRIES = frozenset(
    """america usa canada mexico england britain ireland scotland france germany italy spain portugal china
    japan korea india pakistan vietnam philippines brazil colombia haiti jamaica cuba guatemala honduras
    salvador dominican puerto rico africa europe asia nigeria ghana kenya ethiopia somalia russia ukraine
    poland israel iran iraq syria afghanistan egypt greece turkey new england midwest south north east west
    bermuda bahamas barbados trinidad aruba bahamas peru chile argentina venezuela ecuador bolivia nicaragua
    panama belize australia sweden norway denmark finland netherlands belgium switzerland austria hungary
    romania bulgaria serbia croatia albania lebanon jordan morocco algeria tunisia libya sudan uganda
    tanzania zimbabwe cambodia laos thailand indonesia malaysia singapore taiwan mongolia bangladesh nepal
    caribbean yemen eritrea oman qatar kuwait bahrain emirates uae saudi arabia libya mali niger senegal
    liberia sierra leone guinea congo cameroon angola mozambique zambia malawi rwanda burundi botswana namibia
    madagascar myanmar burma bhutan sri lanka maldives kazakhstan uzbekistan tajikistan kyrgyzstan turkmenistan
    armenia azerbaijan belarus moldova lithuania latvia estonia slovakia slovenia czechia bosnia kosovo
    macedonia montenegro iceland luxembourg monaco malta cyprus fiji samoa tonga guyana suriname paraguay
    uruguay costa rica dominica grenada
    oaxaca michoacán michoacan jalisco chiapas puebla veracruz sonora chihuahua zacatecas guanajuato durango
    sinaloa tamaulipas yucatán yucatan morelos tabasco ontario quebec alberta manitoba saskatchewan punjab
    kerala gujarat bihar sindh yukon nunavut labrador newfoundland bahia pernambuco ceará ceara goiás goias
    paraná parana maranhão maranhao""".split()  # and first-level regions abroad, which are no more PHI than a state
) | frozenset(
    """south korea|north korea|south africa|south sudan|el salvador|costa rica|sri lanka|new zealand|saudi arabia|
    united kingdom|united states|dominican republic|sierra leone|burkina faso|ivory coast|czech republic|
    united arab emirates|papua new guinea|trinidad and tobago|great britain|hong kong|puerto rico|cabo verde|
    cape verde|marshall islands|solomon islands|cook islands|micronesia|palau|kiribati|tuvalu|nauru|vanuatu|
    new england|great lakes|pacific northwest|deep south|great plains|upper midwest|mid-atlantic|north america|
    south america|central america|latin america|middle east|east africa|west africa|southeast asia|south asia|
    minas gerais|rio grande do sul|santa catarina|mato grosso""".replace(
        "\n", "").replace("    ", "").split("|")
)
#: "Springfield, IL 62704", "Marlborough, MA", "Erie, Pennsylvania": the city before the state.
_STATE_RULE = re.compile(rf"{_STATES}(?![\w])(?:[ \t,]+(\d{{5}}(?:-\d{{4}})?)(?![\w-]))?")
CUES.add("state", _STATES[3:-1], _STATE_RULE, capitalized=True)
_CITY_BEFORE = re.compile(rf"(?<![\w])((?:{_CAP}[ \t]+){{0,2}}{_CAP}),[ \t]*$")
#: The town before a state's abbreviation and a ZIP, without a comma, after a comma, a line's start or a box.
_TOWN_BEFORE_STATE = re.compile(rf"(?:^|\n|,|\d)[ \t]*((?:{_CAP}[ \t]+){{0,2}}{_CAP})[ \t]+$")
_ZIP_PLUS4 = re.compile(r"\d{5}-\d{4}(?![\w-])")
_ZIP_PLUS4_HINT = re.compile(r"-(?<=\d{5}-)\d{4}")  # what every ZIP+4 holds, found fast from the hyphen
_ZIP_WORDS = r"zip|zip ?code|zipcode|postal code"
#: A Canadian postal code ("E3V 2K8", "S7N-1M2"): letter, digit, letter, a space or a hyphen, digit, letter, digit,
#: with the letters Canada Post uses (no D, F, I, O, Q or U; W and Z never first).
_POSTAL_CODE = re.compile(r"(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])")
_POSTAL_CODE_HINT = re.compile(r"\d[A-Z][ -]\d[A-Z]\d")
_ZIP_CUE = re.compile(r"(?i:(?:" + _ZIP_WORDS + r")[ \t]*(?:is|of|:|#)?[ \t]*)(\d{5}(?:-\d{4})?)(?![\w-])")
CUES.add("zip", _ZIP_WORDS, _ZIP_CUE)

FACILITY_WORD = (
    r"(?:Primary Care|Urgent Care|HealthCare|Wellness|Bakeshop|Transit|Partners|Rehousing|Storage|Buffet|K-8|K-12|"
    r"LGBTQ\+? Center|Service Unit|IHS|DSS|DHS|DCFS|Interpreting|Interpreters|Captioning|Translations?|Ministry|"
    r"Marine(?![ \t]+[A-Za-z])|Comprehensive(?![ \t]+[A-Za-z])|Psychiatric(?![ \t]+[A-Za-z])|"
    r"Health Care System|Healthcare System|Health System|Health Network|Health Care|Health Partners|"
    r"School District|Medical Group|Hospital|Medical Center|Med Ctr|Health Center|Health Centre|Clinic|Infirmary|"
    r"Sanitarium|Hospice|"
    r"Nursing Home|Nursing Center|Rehab(?:ilitation)?(?: Center| Hospital)?|Care Center|Treatment Center|"
    r"Recovery Center|Counseling Center|Wellness Center|Community Center|Senior Center|Center|Centre|"
    r"High School|Middle School|Elementary(?: School)?|Primary School|Junior High|School|Academy|Preschool|"
    r"Day ?care|Montessori|University|College|Institute|Seminary|Church|Chapel|Cathedral|Temple|Synagogue|"
    r"Mosque|Parish|Ministries|Library|Mall|Plaza|Market|Supermarket|Pharmacy|Store|Stores|Shelter|House|"
    r"Home|Manor|Jail|Prison|House of Correction|Correctional(?: Facility| Center| Institution)?|Detention Center|"
    r"Courthouse|"
    r"Court|Police Department|Fire Department|Department|Dept|Airport|Station|Stadium|Arena|Park|Zoo|Museum|"
    r"Hotel|Motel|Inn|Apartments|Towers|Village|Estates|Inc|LLC|Corp|Corporation|Company|Co\.|Industries|"
    r"Factory|Plant|Mill|Warehouse|Restaurant|Diner|Cafe|Café|Bakery|Bank|Gym|YMCA|YWCA|Club|General|"
    r"Memorial|Regional|ICU|CCU|MICU|SICU|Medical|Health|Healthcare|Health System|Behavioral Health|"
    r"High|Tabernacle|Deli|Salon|Nails|Farms|Pizzeria|Grill|Motors|Dental|Pediatrics|Adult Day(?: Center| Program)?|"
    r"Charities|Retirement Community|Retirement Home|Assisted Living|Children['’]s|Penitentiary|Casino|Mission|"
    r"Resort|Gurdwara|Brewery|Tavern|Pub|Garage|Barbershop|Laundromat|Dealership|Ranch|Farm|Foods|Cemetery|"
    r"Theater|Theatre|Cinema|Kingdom Hall|Auto Body|Lumber|Trucking|Construction|Landscaping|Logistics|"
    r"Senior Living|Associates|Airlines|Air Lines|Magnet|Middle(?![ \t]+(?:Path|Way|Ground|Ages|East|Class|Name|Child))|Intermediate|Foundation|ISD|USD|School District|Cleaners|Dry Cleaning|"
    r"Family Counseling|Counseling|Psychotherapy|Psychological Services|VA|Hardware|Repair|Towing|Liquors?|"
    r"Florist|Barber Shop|Pawn|Nation|Reservation|Rancheria|Pueblo|Methodist|Presbyterian|Lutheran|Adventist|"
    r"Baptist|Services|Properties|Realty Group|Realty|AME|A\.M\.E\.|CME|COGIC|AFB|NAS|ANGB|Schools|Marina|Boat Harbor|"
    r"Food Pantry|Pantry|Food Bank|Agency|Hub|Motor Lodge|Motor Inn|Lodge|Card Room|Card Club|Trailer Park|"
    r"Mobile Home Park|RV Park|Community Garden|Residence|Tire(?: & Auto| and Auto)?|Auto Sales|Auto Repair|"
    r"Recovery|Reentry|Re-entry|Rescue Mission|Sheriff['’]s Office|Sheriff['’]s Department|Sheriff['’]s Dept|EMS|"
    r"Ambulance|Emergency Communications|Hotshots|Tool & Die|Tool and Die|Feed & Seed|Feed and Seed|Co-op|"
    r"Petroleum|Ctr|Nails & Spa|Nails and Spa|Spa|Studio|Dance Studio|Plastic Surgery|Oral Surgery|Surgery Center|"
    r"Surgical Center|Cryobank|Fertility Center|Pentecostal|Saloon|Lounge|Behavioral(?![ \t]+[A-Za-z])|Tire & Lube|"
    r"Lube|Family Practice|Collective|Realty Group|Law Group|Dental Group|LLP|PLLC|Gallery|VAMC|CBOC|VA Medical Center|"
    r"Housing Authority|Community Corrections|Family Medicine|Psychiatry|Eating Disorders? Program|Detox|"
    r"Sober Living|Sober House|Recovery House|Recovery Residence|Parish Hall|Hall|Bail Bonds|Plumbing|Jewelry|"
    r"Residential|Salvage|Tow|Community Care|Poultry|Freight(?: Lines)?|Mining|Packing|Processing|VFD|"
    r"Fire & Rescue|Fire and Rescue|Fire Rescue|Mandir|Masjid|Pagoda|Grocery|Groceries|Tap|Taproom|Pizza|"
    r"Bar & Grill|Bar and Grill|Sports Bar|"
    r"Volunteer Fire Department|Fire Dept|Child Care|Childcare|Learning Center|Early Learning Center|Prep|"
    r"Coffee|Roasters|Bistro|Cantina|Taqueria|Lofts|Brewing Company|Apts|Fellowship|Resettlement|Partnership|"
    r"Consulate|Embassy|Consulado|Embajada|Funeral Home|Funeral Chapel|Funeral Services?|Funeral Parlor|Mortuary|"
    r"Memory Care|Auditorium|Apothecary|Head Start|OTP|Gymnastics|Ballet|Conservatory|"
    r"Nutrition|Midwifery|OB-GYN|OB/GYN|Aquatics|Natatorium|Swim Club|Dance Co|Dance Company|Pavilion|WIC|"
    r"Coalition|Trading Post|Car Service|Teen IOP|Jr/Sr High|"  # not "IOP" alone: "her 6th IOP session"
    r"Transport|Youth Escorts|Escorts|Probation|Parole Office|Annex|Fieldhouse|Field House|Dining Hall|Commons|"
    r"Wilderness Therapy|Outdoor Therapy|Adventure Therapy|Placement Group|Placement Services|Athletic Complex|"
    r"Sports Complex|Apartment Complex|Recreation Center|Rec Center|"
    r"PHP|MCC|UMC|"  # a partial hospitalization program, a Metropolitan Community or United Methodist Church
    r"ED|ER|Emergency Department|Emergency Room|Precinct|Dispatch Center|Roofing|Steel|Labs(?![ \t]*:)|Laboratories|"
    r"Distribution|Imaging|Mine|Mines|City PD|Town PD|County PD|Metro PD|Township PD|"
    r"Legal Aid|Town Office|Post Office|Detention(?![ \t]+(?:Center|Centre|Facility|Hearing|Officer|Review))|"
    r"Property Group|Property Management|"
    r"Money Management|Cash Advance|Payday Loans|Title Loans|Check Cashing|Insurance Group|Insurance Agency|Packaging|"
    r"Interiors|Glass Works|Mutual|Hand Therapy|Physical Therapy|Physiotherapy|Internal Medicine|Adoptions?|"
    r"Adoption Agency|Adoption Services|"
    r"Unified(?![ \t]+Protocol))"
)
_FACILITY_RULE = re.compile(
    rf"{FACILITY_WORD}(?![\w])(?P<after>[ \t]+(?:of|for|de|del)[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,2}}|"
    rf"[ \t]+{_STATE_NAMES}(?![\w'’])|[ \t]+(?:North|South|East|West)(?![\w'’-]))?"
    r"(?:(?<=District)[ \t]+\d{1,4}(?![\w/.:-]))?"  # "Kenwood School District 114"
)
CUES.add("facility", FACILITY_WORD[3:-1], _FACILITY_RULE, capitalized=True)
#: The capitalized words before a facility word ("Mercy" in "Mercy Hospital", "St. Mary's" ...).
_FACILITY_NAME_BEFORE = re.compile(
    rf"(?<![\w'’-])((?:(?:St\.?|Saint|Mt\.?|Mount|Fort|Ft\.?|Bros\.|Jr\.|{_CAP}|[{_UP}][{_LO}]+[{_UP}][{_LO}]+(?:['’]s)?|[{_UP}]{{1,5}}|"
    rf"(?:[{_UP}]\.){{1,3}}|\d{{1,4}}(?:st|nd|rd|th)|911)"
    rf"[ \t]+(?:(?:of|the|and|&|for|de|la)[ \t]+)?){{1,5}})$"
)
_FACILITY_OF_WORDS = (
    r"YMCA|YWCA|University|College|Bank|Church|Academy|School|Hospital|Hospice|Diocese|Town|City|Village|County|Center|"
    r"Borough|Township|Port|Lake|Mount|Fort|Legal Aid|Catholic Charities|Lutheran Services|Jewish Family Services|"
    r"Goodwill Industries|Boys & Girls Club|Boys and Girls Club|Consulate|Embassy|Consulado|Embajada|Clínica|Clinica|"
    r"Iglesia|Escuela|Colegio|Mercado|Supermercado|Farmacia|Parroquia|Panadería|Panaderia|Carnicería|Carniceria|"
    r"Taquería|Taqueria|Cathedral|Basilica|Shrine"
)
_FACILITY_OF = re.compile(
    rf"(?:{_FACILITY_OF_WORDS})[ \t]+(?:of|de|del)[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
)
CUES.add("facility_of", _FACILITY_OF_WORDS, _FACILITY_OF, capitalized=True)
#: Words that describe a facility without naming it ("Community Mental Health Center" is generic).
GENERIC_WORDS = frozenset(
    """
    community mental health medical general regional memorial behavioral family children's childrens county
    state university city public senior elementary middle high day primary urgent care recovery treatment
    client client's clients patient patient's pt's
    detox emergency psychiatric rehabilitation rehab veterans va outpatient inpatient residential partial
    national american new old north south east west main the a an our their his her my your local
    southern northern eastern western greater student employee staff social security housing authority
    probation parole unemployment disability disabilities financial aid admissions career legal immigration
    welfare benefits public town human resources hr title catholic episcopal orthodox grief marriage couples
    individual pastoral christian career peer psychological psychiatry psychology child protective human
    victim support refugee immigrant zoom teams webex telehealth area smart food rescue farm ranch stress cognitive
    dialectical dance junior records drug probate superior municipal circuit dui sports
    women's womens men's mens youth adult adolescent pediatric geriatric crisis counseling wellness addiction
    substance abuse intensive program services service school district charter private catholic christian
    baptist methodist lutheran jewish islamic hindu buddhist assembly first second third united grace faith
    hope cancer heart eye dental surgical surgery trauma burn spine orthopedic sleep pain birth birthing
    maternity teaching research science sciences technology arts art music law business nursing community
    college university institute center centre hospital clinic group team unit department office division
    this that same another other previous prior local nearby large small big little neighborhood after
    home group boarding halfway sober transitional supportive assisted independent living skilled long term
    short acute chronic care step down step-down floor ward room bed med surg micu sicu ccu icu nicu picu
    er ed or pacu ob gyn l&d cath lab icu's unit's his her their covid covid-19 dialysis infusion
    accessibility resource resources sex therapy physical occupational speech
    """.split()
)
#: Verbs and prepositions that introduce an employer, a school or a place ("works at Tufts", "moved to Erie").
_PLACE_CUE_WORDS = (
    r"works?|worked|working|employed|job|shift|student|studies|studying|enrolled|attends|attended|"
    rf"attending|graduated|graduate|transferred|volunteers?|volunteering|interns?|interning|teaches|taught|"
    rf"lives|lived|living|moved|moving|relocated|grew up|raised|born|stays|staying|stayed|resides|resided|"
    rf"visited|visiting|vacation|trip|drove|flew|house|home|apartment|shelter|admitted|hospitalized|"
    rf"discharged|incarcerated|jailed|detained|arrested|hired|fired|laid off|quit|left|started|starts|"
    rf"shops?|shopping|store|stores|church|parish|school|college|university|campus|library|located|"
    r"based|originally|native|hometown|neighborhood|freshman|sophomore|junior|senior|first-year|second-year|"
    r"third-year|fourth-year|grad|undergrad|alum|alumna|alumnus|retired|semester|semesters|cashier|clerk|teller|"
    r"nurse|teacher|"
    r"manager|supervisor|driver|mechanic|server|waitress|waiter|bartender|cook|chef|dishwasher|custodian|"
    r"janitor|aide|technician|engineer|accountant|analyst|receptionist|assistant|stocker|barista|machinist|"
    r"welder|electrician|laborer|operator|guard|paralegal|pharmacist|secretary|professor|instructor|coach|"
    r"contractor|employee|associate|worker"
)
_PLACE_CUE = re.compile(
    rf"(?i:(?:{_PLACE_CUE_WORDS})(?:[ \t]+[a-z][a-z'’-]*){{0,3}}?[ \t]+(?:(?:at|in|for|from|to|near|by|on|into|"
    rf"outside|of|with)[ \t]+)(?:the[ \t]+)?)(?=[{_UP}])"
)
#: "started on Kefzol", "home on Lasix": a drug, not a place.
_DRUG_CUE = re.compile(r"(?i:(?:start\w*|home|house|discharged|shelter|church|school|store)[ \t]+on[ \t])")
CUES.add("place_cue", _PLACE_CUE_WORDS, _PLACE_CUE)
#: A capitalized place word, also with a particle between hyphens ("Port-de-Paix", "Saint-Louis-du-Sud").
_PLACE_CAP = rf"[{_UP}][{_LO}'’]+(?:-(?:[a-z]{{1,3}}-)*[{_UP}][{_LO}]+)*"
#: Up to four capitalized words; a French "d'" may begin one after the first ("Coeur d'Alene").
_PLACE_WORDS = re.compile(rf"{_PLACE_CAP}(?:[ \t]+(?:d['’])?{_PLACE_CAP}){{0,3}}")
_UNIT_WORDS_NAMED_FOR_PEOPLE = frozenset({"ICU", "CCU", "MICU", "SICU"})
_WARD_WORDS = r"to|at|on|from|in|or|and|TO|AT|ON|FROM|IN|OR|AND"
#: A ward or unit named after a person, with its floor ("transfer to Grant 6", "on Wilson 4.", "Smith ICU").
_WARD = re.compile(
    rf"(?:{_WARD_WORDS})[ \t]+(?:(?:the|THE)[ \t]+)?({_CAP}[ \t]+(?:\d{{1,2}}|[A-Z]{{0,2}}ICU|CCU))"
    r"(?![\w/:-]|\.\d|[ \t]*(?:%|(?i:mg|mcg|ml|cc|units?|l|lpm|liters?|hrs?|hours?|days?|x|times|am|pm)\b))"
)
#: Capitalized nouns that take a number without naming a ward ("to Room 6", "on Day 5", "at Level 2").
_NUMBERED_NOUNS = frozenset(
    """room rm bed bay level floor grade step stage day days week weeks month phase class type lead leads post
    page line lines unit ward pod station section wing tower building suite apt apartment gate door lot
    block row seat table chapter part session visit dose doses cycle round trial group team number no
    pm am page chart box track lane exit route highway""".split()
)
#: What must come shortly before "or Haley 6", "and Reid 4" for it to be a ward.
_WARD_CONTEXT = re.compile(r"(?i:transfer|floor|unit|ward|icu|ccu|bed|go to|going to)")
CUES.add("ward", _WARD_WORDS, _WARD)


#: The rest of a one-line address after the street: ", Chicago, IL 60614", ", St. Albans Heights, MN 55109".
_ADDRESS_TAIL = re.compile(
    rf",[ \t]*(?:(?:St|Ste|Ft|Mt)\.?[ \t]+)?(?:{_CAP}[ \t]+){{0,2}}{_CAP}"
    rf"(?:,[ \t]*{_STATES}\.?(?:[ \t]+\d{{5}}(?:-\d{{4}})?)?|"
    rf"[ \t]+{_STATES}\.?,?[ \t]+\d{{5}}(?:-\d{{4}})?)(?![\w-])"  # "…, Trenton NJ 08650": no comma, then the ZIP
)


#: A house number, a compass point with its dot and a street's name, its kind left out ("312 E. Maple").
_COMPASS_ADDRESS = re.compile(rf"[NSEW]\.[ \t]+({_CAP})(?![\w'’-]|\.\w)")  # from the point, the number looked back for
_HOUSE_NUMBER_END = re.compile(r"(?<![\w.,/:-])\d{1,5}[ \t]$")
#: A rural route address ("Rt 2 Box 44A, Plato MO 65552", "RR 1 Box 23", "HC 61 Box 12"), with the town, state and ZIP
#: after it; found from "Box", the route looked back for.
_RURAL_BOX = re.compile(r"Box[ \t]+\d{1,5}[A-Z]?(?![\w-])")
_RURAL_ROUTE_BEFORE = re.compile(r"(?<![\w'’-])(?:RR|R\.R\.|Rt\.?|Rte\.?|Route|HC|Star[ \t]+Route)[ \t]*\d{1,3},?[ \t]+$")
_RURAL_TAIL = re.compile(rf",?[ \t]*(?:{_CAP}[ \t]+){{0,1}}{_CAP},?[ \t]+{_STATES}\.?,?[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w-])")


#: A road named by number or a street with a direction and an ordinal, without a house number ("off County Rd 14",
#: "her home on SW 4th St").
_ROAD = re.compile(
    r"(?:(?:County|State|Co\.?|Farm to Market|FM|US|U\.S\.)[ \t]+(?:Rd|Road|Route|Rte|Hwy|Highway)\.?[ \t]+\d{1,4}"
    rf"|(?:N|S|E|W|NE|NW|SE|SW)[ \t]+\d{{1,3}}(?:st|nd|rd|th)[ \t]+{_STREET_SUFFIX}\.?)(?![\w])"
)
CUES.add_keys("road", {"county", "state", "co", "farm", "fm", "us", "u", "n", "s", "e", "w", "ne", "nw", "se", "sw"},
              _ROAD, capitalized=True)


#: A corner named by its two streets after a word that says so ("near the corner of Pike and 9th", "cross streets:
#: Lamar and Pecan", "Loc: Elm & Garfield"), a block ("2400 block of Ferris Ave"), or a street and an ordinal
#: ("on delmar and 14th", "Harbor Blvd near 3rd").
_STREET_WORD = rf"(?:(?:[NSEW]\.?[ \t]+)?(?:{_CAP}|[a-z]{{3,}}|\d{{1,3}}(?:st|nd|rd|th))(?:[ \t]+{_STREET_SUFFIX}\.?)?)"
_CORNER_WORDS = r"corner of|corners of|cross streets?|cross-streets?|intersection of|Loc|loc|location"
_CORNER = re.compile(
    rf"(?:{_CORNER_WORDS})[ \t]*:?[ \t]+(?:the[ \t]+)?({_STREET_WORD}[ \t]+(?:and|&|/|@)[ \t]+{_STREET_WORD})(?![\w'’-])"
)
_CORNER_MARKERS = re.compile(r"corners? of|cross.?streets?|intersection of|Loc(?:ation)?:|loc(?:ation)?:")
#: A piece of text each match of ``_CORNER_MARKERS`` holds: ``in`` tests them much faster than the regex runs.
_CORNER_MARKER_PIECES = ("corner", "cross", "intersection of", "oc:", "ocation:")
#: A corner of Main Street, Broadway or a street by its ordinal word with another street, after a place preposition,
#: with no word saying it is a corner ("near Main and Pleasant", "over on Fifth and Marigold").
_MAIN_CORNER = re.compile(
    rf"(?:Main|Broadway|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)[ \t]+(?:and|&)[ \t]+({_CAP})"
    rf"(?:[ \t]+{_STREET_SUFFIX}\.?)?(?![\w'’-])"
)  # found from the street, the preposition looked back for
_CORNER_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’-])(?:at|near|on|off|by|of)[ \t]+$")
_BLOCK_OF = re.compile(
    rf"\d{{1,5}}[ \t]+block[ \t]+of[ \t]+(?:(?:[NSEW]|North|South|East|West)\.?[ \t]+)?(?:{_CAP}[ \t]+){{1,2}}{_STREET_SUFFIX}\.?(?![\w])"
)
_ORDINAL_AFTER_JOIN = tuple(re.compile(rf"{w} (\d{{1,3}}(?:st|nd|rd|th))(?![\w])") for w in ("and", "&", "near"))
_STREET_BEFORE_JOIN = re.compile(
    rf"(?<![\w'’-])(?:on|at|near|by)[ \t]+((?:{_CAP}|[a-z]{{3,}})(?:[ \t]+{_STREET_SUFFIX}\.?)?)[ \t]+$"
)


#: The second street of a corner ("E 6th St & San Julian St", "Main St and 3rd Ave").
_CROSS_STREET = re.compile(
    rf"[ \t]*(?:&|and|/|@)[ \t]*(?:(?:N|S|E|W|NE|NW|SE|SW)\.?[ \t]+)?"
    rf"(?:(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th))[ \t]+){{1,3}}{_STREET_SUFFIX}\.?(?![\w])"
)


#: A street address in the order of other languages: the number, then the kind of street ("17 Rue Lafayette",
#: "45 Calle de la Luna"). A lot number may stand for the house number ("Lote 14, Calle Girasol"), a name may hold "a"
#: ("Camino Viejo a La Gloria"), and the colonia or barrio may follow ("…, Colonia La Paloma").
_FOREIGN_ADDRESS = re.compile(
    rf"(?:(?<![\w])(?i:lote|lot)[ \t]+\d{{1,4}},?[ \t]+|\d{{1,5}}[ \t]+)"
    rf"(?:Rue|Calle|Avenida|Av\.|Rua|Via|Viale|Strasse|Straße|Camino|Chalan)[ \t]+(?:(?:de|del|de la|da|do)[ \t]+)?"
    rf"{_CAP}(?:[ \t]+(?:(?:a|de|del)[ \t]+)?{_CAP}){{0,2}}{_UNIT}?"
    rf"(?:,?[ \t]+(?:Colonia|Col\.|Barrio|Fracc\.|Fraccionamiento)[ \t]+"
    rf"(?:(?:El|La|Los|Las|el|la|los|las)[ \t]+)?{_CAP}"
    rf"(?:[ \t]+{_CAP}(?![:\w'’-]))?)?"  # not the label after it ("Colonia La Paloma Phone: …")
)
_FOREIGN_STREET_WORDS = ("Rue ", "Calle ", "Avenida ", "Av. ", "Rua ", "Via ", "Viale ", "Strasse ", "Straße ", "Camino ",
                         "Chalan ")  # Chamorro for road (Guam, the Northern Marianas)
#: The kind of street of every match, a word after a space: found by the cue index, it spares the substring tests
#: above (a pass over the text each) in nearly every note.
_FOREIGN_STREET_KINDS = r"Rue|Calle|Avenida|Av\.|Rua|Via|Viale|Strasse|Straße|Camino|Chalan"
CUES.add("foreign_street", _FOREIGN_STREET_KINDS, re.compile(rf"(?:{_FOREIGN_STREET_KINDS})[ \t]"), capitalized=True)
#: Lower-case street and unit words: the lower-case address rule runs only where one stands.
_LOWER_STREET_WORDS = (" st", " street", " ave", " rd", " road", " dr ", " drive", " ln", " lane", " blvd", " ct",
                       " pl ", " trl", " hwy", " pkwy", " apt", " unit", " lot")
#: A street address written in lower case ("615 e washington apt 2", "22 elm st"): a street word or an apartment
#: after the number and the street's name.
_LOWER_ADDRESS = re.compile(
    r"\d\d{0,4}[ \t]+(?:[nsew]\.?[ \t]+)?(?P<street>[a-z]{3,}(?:[ \t]+[a-z]{3,})?)[ \t]+"
    r"(?:(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|blvd|ct|court|pl|trl|hwy|pkwy)\b\.?"
    r"(?:(?<=rd|ad|wy)\.?[ \t]+\d{1,4}\b)?"
    r"(?:[ \t]*,?[ \t]*(?:apt|unit|rm|lot|#)\.?[ \t]*#?\d[a-z0-9]{0,4}\b)?|(?:apt|unit|lot)\.?[ \t]*#?\d[a-z0-9]{0,4}\b)"
)
#: The same begun with ``[0-9]`` for an ASCII text, where ``\d`` is that: a plain class is tested faster.
_LOWER_ADDRESS_ASCII = begun_with(_LOWER_ADDRESS, r"\d", "[0-9]")

#: Town, state and ZIP after a street written in lower case ("2240 walton ave, bronx ny 10453"); the ZIP says the
#: two letters are a state.
_LOWER_ADDRESS_TAIL = re.compile(
    r",[ \t]*[a-z]{3,}(?:[ \t]+[a-z]{3,})?,?[ \t]+(?:[a-z]{2}[ \t]+)?\d{5}(?:-\d{4})?(?![\w-])")
_LOWER_TOWN_AFTER_ADDRESS = re.compile(
    r",[ \t]*([a-z]{3,}(?:[ \t]+[a-z]{3,})?)(?=[ \t]*(?:[.;,)\n]|$|\d{5}(?![\w-])))"
    r"|[ \t]+([a-z]{3,}(?:[ \t]+[a-z]{3,})?)(?=[ \t]+\d{5}(?![\w-]))"  # no comma, a ZIP after: "ct millbrook 04921"
)


#: A house number on a highway ("1506 Hwy 88 W", "2210 State Route 7"), with its town, state and ZIP after it.
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w-])\d{1,5}[ \t]+$")
_HIGHWAY_ADDRESS = re.compile(
    r"(?<![\w-])\d{1,5}[ \t]+(?:Hwy\.?|Highway|Route|Rte\.?|State[ \t]+Route|SR|US|County[ \t]+Road|CR|FM)[ \t-]?\d{1,4}"
    r"(?:[ \t]+[NSEW](?![\w]))?")


def find_addresses(text: str, hits: Hits) -> Iterator[Span]:
    """Street addresses (number, street name, street type, unit, then town, state and ZIP), PO boxes and
    apartment numbers."""
    for m in (_ADDRESS_ASCII if text.isascii() else _ADDRESS).finditer(text) if hits["street_suffix"] else ():
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_/.,-"):
            tail = _ADDRESS_TAIL.match(text, m.end())
            yield m.start(), tail.end() if tail else m.end(), "ADDRESS"
            if not tail:
                yield from _town_after_address(text, m.end())
    if hits["foreign_street"] and any(word in text for word in _FOREIGN_STREET_WORDS):
        for m in _FOREIGN_ADDRESS.finditer(text):
            tail = _ADDRESS_TAIL.match(text, m.end())
            yield m.start(), tail.end() if tail else m.end(), "ADDRESS"  # "2207 Calle Azucena, San Lázaro, TX 78594"
            if not tail:
                yield from _town_after_address(text, m.end())
    if any(word in text for word in _LOWER_STREET_WORDS):
        for m in (_LOWER_ADDRESS_ASCII if text.isascii() else _LOWER_ADDRESS).finditer(text):
            if (m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "./-")) and not any(
                    is_clinical(w) or w in FUNCTION_WORDS for w in m.group("street").split()):  # not "2.5 hrs street"
                tail = _LOWER_ADDRESS_TAIL.match(text, m.end())
                yield m.start(), tail.end() if tail else m.end(), "ADDRESS"  # "615 e washington apt 2"
                town = None if tail else _LOWER_TOWN_AFTER_ADDRESS.match(text, m.end())
                group = 1 if town and town.group(1) else 2
                if town and lexicon.is_place(town.group(group)):
                    yield town.start(group), town.end(group), "LOCATION"  # "…, north andover", "ct millbrook 04921"
    for h in hits["highway"]:
        number = _HOUSE_NUMBER_BEFORE.search(text, max(0, h.start() - 7), h.start()) if h.start() else None
        if number:
            m = _HIGHWAY_ADDRESS.match(text, number.start())
            if m:
                tail = _ADDRESS_TAIL.match(text, m.end())
                yield m.start(), tail.end() if tail else m.end(), "ADDRESS"  # "1506 Hwy 88 W, Mena, AR 71953"
    if "Box " in text:
        for m in _RURAL_BOX.finditer(text):
            route = _RURAL_ROUTE_BEFORE.search(text, max(0, m.start() - 16), m.start())
            if route:
                tail = _RURAL_TAIL.match(text, m.end())
                yield route.start(), tail.end() if tail else m.end(), "ADDRESS"
    for m in hits["road"]:
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            cross = _CROSS_STREET.match(text, m.end())
            yield m.start(), cross.end() if cross else m.end(), "ADDRESS"
    for m in _CORNER.finditer(text) if any(piece in text for piece in _CORNER_MARKER_PIECES) and (
            _CORNER_MARKERS.search(text)) else ():
        streets = re.split(r"[ \t]+(?:and|&|/|@)[ \t]+", m.group(1))
        if not any(is_clinical(w) or w.lower() in FUNCTION_WORDS for s in streets for w in s.split()):
            yield m.start(1), m.end(1), "ADDRESS"
    if "E. " in text or "W. " in text or "N. " in text or "S. " in text:
        for m in _COMPASS_ADDRESS.finditer(text):
            number = _HOUSE_NUMBER_END.search(text, max(0, m.start() - 6), m.start())
            if number and not (is_clinical(m.group(1)) or m.group(1).lower() in FUNCTION_WORDS):
                yield number.start(), m.end(), "ADDRESS"  # "the duplex at 312 E. Maple": a street without its kind
    if "Main " in text or "Broadway " in text or "th and " in text or "th & " in text or "st and " in text:
        for m in _MAIN_CORNER.finditer(text):
            if _CORNER_PREPOSITION_BEFORE.search(text, max(0, m.start() - 6), m.start()) and not (
                    _is_stop_word(m.group(1)) or is_clinical(m.group(1)) or m.group(1).lower() in GENERIC_WORDS):
                yield m.start(), m.end(), "ADDRESS"  # "near Main and Pleasant", "on Fifth and Marigold"
    if "block of" in text:
        for m in _BLOCK_OF.finditer(text):
            yield m.start(), m.end(), "ADDRESS"  # "2400 block of Ferris Ave"
    for rx in _ORDINAL_AFTER_JOIN:
        for m in rx.finditer(text):
            before = _STREET_BEFORE_JOIN.search(text, max(0, m.start() - 30), m.start())
            if not before:
                continue
            street = before.group(1).split()[0]
            if not (is_clinical(street) or street.lower() in FUNCTION_WORDS or lexicon.is_frequent_word(street)):
                yield before.start(1), m.end(1), "ADDRESS"  # "on delmar and 14th", "Harbor Blvd near 3rd"
    for name in ("po_box", "unit", "rural_route"):
        for m in hits[name]:
            tail = _ADDRESS_TAIL.match(text, m.end())
            yield m.start(), tail.end() if tail else m.end(), "ADDRESS"  # "PO Box 518, Tuba City, AZ 86045"
            if not tail:
                yield from _town_after_address(text, m.end())


#: The town right after a street address or a box ("77 Fenwick St, Apt 3B, Providence", "PO Box 418, Meeteetse").
_TOWN_AFTER_ADDRESS = re.compile(
    rf"(?:,[ \t]*|[ \t]+in[ \t]+)({_CAP}(?:[ \t]+{_CAP})?)(?=[ \t]*(?:[.;,)\n]|$|\d{{5}}(?![\w-])))"
)


def _town_after_address(text: str, end: int) -> Iterator[Span]:
    m = _TOWN_AFTER_ADDRESS.match(text, end)
    if m and not any(w.lower() in NOT_NAME_AFTER_CUE or w.lower() in FUNCTION_WORDS for w in m.group(1).split()):
        yield m.start(1), m.end(1), "LOCATION"


#: Words of GENERIC_WORDS that name streets in every town ("Main St", "Western Ave", "Memorial Dr").
_NAMED_STREET_WORDS = frozenset(
    "main north south east west central western eastern northern southern memorial college university state new "
    "old county city national american".split())


def _generic(words: list[str]) -> bool:
    return all(w.lower().strip(".,") in GENERIC_WORDS or w.lower() in FUNCTION_WORDS or w == "&" for w in words)


#: National chains and large employers, named as a workplace or a place without a facility word ("works at
#: Home Depot", "drinking at Applebee's"). A hand list: no offline data set of US businesses exists here.
#: Those whose names are no English word or common name are a workplace or a place wherever they stand ("a
#: retired Boeing machinist", "the Walmart parking lot") ...
_CHAINS_ANYWHERE = (
    r"Walmart|Wal-Mart|Costco|Kroger|Safeway|Publix|Wegmans|Meijer|Hy-Vee|Walgreens|Starbucks|McDonald['’]s|"
    r"Chick-fil-A|Chipotle|Applebee['’]s|IHOP|Raytheon|Boeing|Lockheed Martin|Deloitte|Accenture|Geisinger|UPMC|"
    r"Mayo Clinic|Cleveland Clinic|Mass General|Johns Hopkins|Kaiser Permanente|Sutter Health|"
    r"Intermountain Healthcare|Mohegan Sun|Foxwoods|FedEx|Home Depot|Best Buy|Dollar General|Whole Foods|"
    r"Trader Joe['’]s|Walt Disney World|Disneyland|Mall of America|Bank of America|Wells Fargo|Planet Fitness|"
    r"Texas Roadhouse|Cracker Barrel|Waffle House|Olive Garden|Johnson & Johnson|Salvation Army|In-N-Out|"
    r"Delta Air Lines|American Airlines|United Airlines|Southwest Airlines|Tyson Foods|Cargill|King Soopers|"
    r"Fred Meyer|Harris Teeter|Winn-Dixie|Piggly Wiggly|Hannaford|Price Chopper|Jewel-Osco|Schnucks|"
    r"Baylor Scott & White|Atrium Health|Advocate Aurora|Banner Health|Ochsner|Sentara|Novant|Northwell|"
    r"NYU Langone|Cedars-Sinai|Allina|Sanford Health|OhioHealth|Halliburton|Schlumberger|ExxonMobil|Texas A&M|"
    r"Florida A&M|Prairie View A&M|Motel 6|Super 8|Rikers(?: Island)?|San Quentin|Sing Sing|UCLA|NYU|BYU|UCSF|"
    r"UNLV|UConn|UMass|UMaine|UMich|UPenn|YMCA|YWCA|Bi-Mart|Kwik Trip|Kwik Star|Buc-ee['’]s|Menards|Tractor Supply|"
    r"Bass Pro Shops|Cabela['’]s|Dick['’]s Sporting Goods|Culver['’]s|Whataburger|Dairy Queen|Hardee['’]s|"
    r"Bojangles|Zaxby['’]s|Raising Cane['’]s|Golden Corral|Outback Steakhouse|Chuck E\. Cheese['’]s|Tim Hortons|"
    r"Krispy Kreme|Food 4 Less|WinCo|Grocery Outlet|Save-A-Lot|Hobby Lobby|Sherwin-Williams|O['’]Reilly Auto Parts|"
    r"FDNY|NYPD|LAPD|LAFD|SFPD|Advance Auto Parts|Pep Boys|Casey['’]s General Store|Love['’]s Travel Stop|Flying J|Pilot Flying J|"
    r"Speedway|Stewart['’]s Shops|Royal Farms|Weis Markets|Giant Food|Food City|Ingles|Bi-Lo|Vons|Ralphs|"
    r"Smith['’]s Food|Fareway|Hy-Vee|Dillard['’]s|Big Lots|Ollie['’]s|Harbor Freight|Jack in the Box|Carl['’]s Jr"
)
#: ... the others are a place only after a place preposition or before a job word, so "Target heart rate",
#: "Chase" the person and "Apple Watch" stay words.
_CHAINS_NEAR_A_PLACE_WORD = (
    r"Target|Sam['’]s Club|Lowe['’]s|Aldi|Stop & Shop|Market Basket|ShopRite|H-E-B|HEB|Cub Foods|Food Lion|"
    r"Giant Eagle|Albertsons|CVS|Rite Aid|Dollar Tree|Family Dollar|Dunkin['’]?|Burger King|Wendy['’]s|"
    r"Taco Bell|Subway|Panera|Chili['’]s|Denny['’]s|Domino['’]s|Pizza Hut|Papa John['’]s|Arby['’]s|KFC|Popeyes|"
    r"Five Guys|Buffalo Wild Wings|Red Lobster|Gold['’]s Gym|LA Fitness|Amazon|UPS|USPS|Macy['’]s|Kohl['’]s|"
    r"TJ Maxx|T\.J\. Maxx|Marshalls|Old Navy|Nordstrom|JCPenney|Sephora|Ulta|GameStop|PetSmart|Petco|AutoZone|"
    r"Jiffy Lube|7-Eleven|Wawa|Sheetz|QuikTrip|Circle K|Cumberland Farms|Uber|Lyft|DoorDash|Instacart|Goodwill|"
    r"Citibank|TD Bank|Kaiser|Microsoft|Google|Apple|Meta|Tesla|Intel|IBM|Enterprise Rent-A-Car|"
    r"VFW(?: Post \d+)?|American Legion(?: Post \d+)?|JBS|Stater Bros\.?|Lidl|Dillons|Fry['’]s|Essentia|Chevron|"
    r"USC|UVA|LSU|FSU|TCU|SMU|Northwestern|Stanford|Harvard|Princeton|Georgetown|Dartmouth|Rutgers|Purdue|Vanderbilt|"
    r"Tulane|Emory|Cornell|Duke|NAU|ASU|UNM|Greyhound|Red Roof(?: Inn)?|Budget Host|Days Inn|La Quinta|Econo Lodge"
)
_CHAINS = _CHAINS_ANYWHERE + "|" + _CHAINS_NEAR_A_PLACE_WORD
_CHAIN_RULE = re.compile(
    rf"(?:{_CHAINS})(?![\w'’-])(?:[ \t]+(?:on|off)[ \t]+(?:(?:Hwy|Highway|Route|Rte|US|SR|I|County Road|CR)[ -]?\d{{1,4}}|"
    rf"(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th))(?:[ \t]+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?))?))?"
    # "Dollar General on Hwy 45", "the Walgreens on 5th"
)
_CHAIN_ANYWHERE_RX = re.compile(_CHAINS_ANYWHERE)
#: The chains as a lower-case writer spells them ("works at walmart", "fired from mcdonalds"), apostrophes dropped;
#: not those that are English words in lower case ("target", "subway", "apple").
def _lower_chain_names() -> frozenset[str]:
    names = set()
    for alt in (_CHAINS_ANYWHERE + "|" + _CHAINS_NEAR_A_PLACE_WORD).split("|"):
        name = alt.replace("['’]?", "").replace("['’]", "").replace("\\", "").lower()  # "Dunkin['’]?": "dunkin"
        if any(c in name for c in "()[]?*+"):
            continue  # an alternative with a group or a repeat ("Dunkin['’]?", "Rikers(?: Island)?")
        if " " not in name and (lexicon.is_sentence_word(name) or is_clinical(name) or len(name) < 4):
            continue  # "target", "cvs" (the cardiovascular system), "ups"
        names.add(name)
    return frozenset(names)


_LOWER_CHAINS = _lower_chain_names()
_LOWER_CHAIN_FIRST_WORDS = frozenset(c.split()[0] for c in _LOWER_CHAINS)
#: A cue word and the chain's name after it, matched only where _lower_chain_cues found a chain's first word after
#: a cue word that no letter precedes.
_LOWER_CHAIN_AT = re.compile(
    r"(?:at|from|to|near|@)[ \t]+(?:the[ \t]+|a[ \t]+)?"
    r"([a-z0-9][a-z0-9'’&-]*(?:\.[a-z0-9]+)*(?:[ \t]+[a-z0-9&][a-z0-9'’&-]*(?:\.[a-z0-9]+)*){0,2})"
)
_WORK_NOUN_AFTER = re.compile(
    r"[ \t]+(?:delivery|driver|warehouse|employee|worker|cashier|associate|manager|shift|store|plant|"
    r"distribution|fulfillment|fulfilment|job)\b"
)
#: A capitalized word that goes on a chain's name ("FedEx Ground", "Walmart Supercenter").
_CHAIN_STREET_JOIN = re.compile(r"[ \t]+(on|off)[ \t]+")
_CHAIN_NEXT = re.compile(rf"[ \t]+({_CAP})(?![\w'’-])")
_STORE_NUMBER = re.compile(r"[ \t]*#[ \t]*\d{1,5}(?![\w-])")
CUES.add("chain", _CHAINS, _CHAIN_RULE, capitalized=True)
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:[Aa]|[Aa]n)[ \t]+$")
#: What a chain sells or offers, right after its name: the product, not the place.
_IN_TOWN_AFTER = re.compile(rf"[ \t]+in[ \t]+({_CAP}(?:[ \t]+{_CAP})?)(?![\w'’-])")
_PRODUCT_AFTER_CHAIN = re.compile(
    r"[ \t]+(?:pizza|coffee|latte|frappuccino|fries|burgers?|nuggets|donuts?|gift[ \t]+cards?|membership|rotisserie|"
    r"watch|iphone|ipad|airpods|macbook|music|pay|account|prime|"
    r"hot[ \t]+dogs?|sandwich(?:es)?|cake|cookies|app|rewards|brand|runs?)(?![\w'’-])")
_PLACE_AFTER_CHAIN = re.compile(r"[ \t]+(?:lot|parking|store|in|on|near|by|off|where|across)\b")
_CHAIN_BEFORE = re.compile(r"(?i:(?<![A-Za-z])(?:at|@|from|near|outside|for|to|by|into|inside|behind|of|past|across from)[ \t]+(?:(?:the|a|an|his|her|their|a[ \t]+local)[ \t]+)?)$")


#: A saint's name after a place preposition is a hospital, a church, a school or a town ("at St. Luke's", "mass at
#: St. Stanislaus Kostka", "Frogtown, St. Paul").
_SAINT_PLACE = re.compile(
    r"(?:(?<![A-Za-z])(?i:at|to|from|in|near|of|for)[ \t]+(?:the[ \t]+)?|[a-z],[ \t]*|"
    # any saint's possessive is a church, a school or a hospital ("mentioned St. Casimir's"), but a feast or a herb
    rf"(?<![\w.])(?=(?:St\.?|Saint)[ \t]+[A-Z][a-z]+(?!{SAINTS_THING_AFTER})['’]s(?![\w'’])))"
    r"((?:St\.?|Saint)[ \t]+[A-Z][a-z]+(?:['’]s|[ \t]+[A-Z][a-z]+)?(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?)(?![\w])"
)
#: What every match of ``_SAINT_PLACE`` holds, found fast from the 'S' ("St" alone is in most notes: "Stable").
_SAINT_PLACE_HINT = re.compile(r"(?:St\.?|Saint)[ \t]+[A-Z][a-z]")
_TITLE_WORDS = frozenset("Dr Mr Mrs Ms Mx Capt Sgt Lt Col Gen Maj Prof Rev Fr Ofc Det Cpl Pvt Atty".split())
#: Campuses of university systems ("UC Berkeley", "UH Hilo", "UMass Lowell"), houses of worship named by their
#: first word ("Masjid An-Nur", "Parroquia San José"; a Spanish church or temple is ``_SPANISH_PLACE``'s) and military
#: bases ("Fort Hood", "Camp Lejeune", "Joint Base Lewis-McChord"): named places whatever word follows the prefix.
_CAMPUS_OR_BASE = re.compile(
    rf"(?:UC|UH|UW|UT|UNC|UMass|UConn|UMich|SUNY|CUNY|Cal State|Penn State|Texas A&M|Fort|Ft\.|Camp|Joint Base|"
    r"Masjid|Congregation|Gurdwara|Our Lady of(?: the)?|Escuela|Colegio|Parroquia|"
    rf"Naval Station|Naval Air Station|Air Force Base|Chùa|Wat|FCI|USP|FMC|FDC|MDC|MCC|SCI|Café|Cafe|Caffè|Caffe|Club|"
    rf"Centro|Clínica|Clinica|Église|Eglise|Igreja|Chiesa|Cape|Our Lady|Bodega|Botánica|Botanica|Colmado|"
    rf"Casa de(?: la| los| las)?)[ \t]+[{_UP}][{_LO}]+(?:[- ][{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?)?"
    rf"(?:[ \t]+(?:de|del|de la)[ \t]+[{_UP}][{_LO}]+|(?<=[{_LO}])[ \t]+of[ \t]+the[ \t]+[{_UP}][{_LO}]+)?(?![\w'’])"
)
CUES.add("campus_or_base", "UC|UH|UW|UT|UNC|UMass|UConn|UMich|SUNY|CUNY|Cal|Penn|Texas|Fort|Ft|Camp|Joint|Naval|Air|"
         "Masjid|Congregation|Gurdwara|Chùa|Wat|Our|Escuela|Colegio|Parroquia|FCI|USP|FMC|FDC|MDC|MCC|SCI|"
         "Café|Cafe|Caffè|Caffe|Club|Casa|Centro|Clínica|Clinica|Église|Eglise|Igreja|Chiesa|Cape|Bodega|Botánica|"
         "Botanica|Colmado",
         _CAMPUS_OR_BASE, capitalized=True)


#: Spanish names put the kind of place first, and writers keep them in either case ("Colonia La Paloma", "colonia el
#: progreso", "iglesia del nazareno", "Farmacia Guadalupana", "calle 5 de mayo", "Camino Viejo a La Gloria"): the
#: kind, then its name ("Villa de Santiago del Norte": a town's kind needs its "de"). In lower case the name must
#: follow an article or "de" ("colonia el progreso"), and fewer kinds count (not "rancho de los abuelos", "la
#: farmacia"); a kind followed by a church's generic word is no place ("la Iglesia Católica").
_SPANISH_KINDS = (r"villa|ciudad|colonia|calle|camino|avenida|privada|callej[oó]n|carretera|iglesia|templo|"
                  r"farmacia|panader[ií]a|tortiller[ií]a|carnicer[ií]a|taquer[ií]a|barrio|fraccionamiento|ejido|"
                  r"empacadora|rancho")
_LOWER_SPANISH_KINDS = frozenset(
    "colonia calle camino avenida privada callejón callejon iglesia barrio fraccionamiento ejido".split())
_SPANISH_JOIN = r"(?:de(?:[ \t]+(?:la|los|las))?|del|el|la|los|las|a|y)"
_SPANISH_PLACE = re.compile(
    rf"(?i:{_SPANISH_KINDS})[ \t]+(?:"
    rf"(?P<cap>(?:{_SPANISH_JOIN}[ \t]+)?(?:{_CAP}|\d{{1,2}}[ \t]+de[ \t]+[{_UP}][{_LO}]+)"
    rf"(?:[ \t]+(?:{_SPANISH_JOIN}[ \t]+)?{_CAP}(?![:\w])){{0,3}})"  # not a label after it ("… Phone:")
    rf"|(?P<low>{_SPANISH_JOIN}[ \t]+[{_LO}]{{3,}}|\d{{1,2}}[ \t]+de[ \t]+[{_LO}]{{3,}}))(?![\w'’-])"
)
CUES.add("spanish_place", _SPANISH_KINDS, _SPANISH_PLACE)
_NOT_A_SPANISH_NAME = frozenset("católica catolica cristiana evangélica evangelica bautista metodista adventista "
                                "pentecostal".split())


def _spanish_places(hits: Hits) -> Iterator[Span]:
    for m in hits["spanish_place"]:
        kind = m.group().split()[0]
        if m.group("low") is not None and (not kind.islower() or kind not in _LOWER_SPANISH_KINDS):
            continue
        if m.group("cap") is not None and m.group("cap").split()[-1].lower() in _NOT_A_SPANISH_NAME:
            continue
        if kind.lower() in ("villa", "ciudad") and m.group().split()[1] not in ("de", "del"):
            continue  # a town named so: "Villa de Santiago del Norte", "Ciudad del Carmen"; not "Villa" a surname
        yield m.start(), m.end(), "LOCATION"


#: A business or a parish named with an article or "Holy" after a place preposition ("met at Le Petit Zinc", "eat at El
#: Pollo Loco", "mass at Holy Rosary").
_ARTICLE_WORDS = "Le|La|Les|El|Los|Las|Il|Holy"
_ARTICLE_PLACE = re.compile(rf"(?:{_ARTICLE_WORDS})[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?![\w'’-])")
CUES.add("article_place", _ARTICLE_WORDS, _ARTICLE_PLACE, capitalized=True)  # found from the article, then the preposition checked
_ARTICLE_PLACE_BEFORE = re.compile(r"(?<![\w])(?i:at|to|from|near|outside)[ \t]+$")
#: A street by its name, without a number, after "on", "off" or "at" ("lives off Delaware Ave", "on Wall Street").
_STREET_NAMED = re.compile(
    rf"(?:on|off|at|along|down|near|toward|towards|past|across|onto|(?:end|corner|top|bottom|stretch|side)[ \t]+of)"
    rf"[ \t]+((?:{_CAP}[ \t]+){{1,3}}(?:(?:Ave|St|Blvd|Rd|Dr|Ln|Pkwy|Hwy|Ct|Pl|Ter|Cir)\.?|"
    rf"Avenue|Street|Boulevard|Road|Drive|Lane|Parkway|Highway|Court|Place|Terrace|Circle|Way|Trail|Pike|Square))(?![\w'’-])"
    # a capitalized word after it makes a facility's name ("Pine Street Inn") or, after an abbreviation's dot, may
    # be a title or a saint ("on Main Dr. Smith", "off Oak St. Jude's"); a sentence's end after any other street does
    # not ("on Cedar Hollow Road. Driver", "on Western Blvd. That's")
    rf"(?![ \t]+[A-Z][a-z])(?!(?:(?<=Dr\.)|(?<=St\.))[ \t]+[A-Z][a-z])"
)
CUES.add("street_named", "on|off|at|along|down|near|toward|towards|past|across|onto|end|corner|top|bottom|stretch|side",
         _STREET_NAMED)
#: A health system named by its state ("Nebraska Medicine", "Michigan Medicine").
_STATE_HEALTH = re.compile(rf"{_STATE_NAMES}[ \t]+(?:Medicine|Health|Medical)(?![\w'’-])")
CUES.add("state_health", _STATE_NAMES[3:-1], _STATE_HEALTH, capitalized=True)
#: Mercy, the name of more hospitals than any other word, with its campus, kind or unit, in any case ("ED Mercy West",
#: "drove her to mercy gen", "on cpap at mercy nicu"); not "mercy" alone ("begged for mercy").
_MERCY_HOSPITAL = re.compile(
    r"(?i:mercy[ \t]+(?:west|east|north|south|general|gen|medical(?:[ \t]+center)?|hospital|hosp|regional|urgent[ \t]+care|"
    r"health(?:[ \t]+center)?|er|ed|nicu|picu|icu|l&d|peds))(?![\w'’-])"
)
CUES.add("mercy_hospital", "mercy", _MERCY_HOSPITAL)
#: A congregation named by its rank and denomination ("First Methodist", "Second Baptist", "First AME Zion").
_RANKED_CHURCH = re.compile(
    r"(?:First|Second|Third)[ \t]+(?:United[ \t]+)?(?:Baptist|Methodist|Presbyterian|Lutheran|"
    r"Congregational|Christian|Episcopal|Reformed|Nazarene|Pentecostal|Evangelical|Assembly|AME|A\.M\.E\.|Church)"
    r"(?:[ \t]+(?:Zion|Church|Chapel))?(?![\w'’-])"
)
CUES.add("ranked_church", "First|Second|Third", _RANKED_CHURCH, capitalized=True)
#: A residence's cottage, hall or unit named for a tree or a virtue ("Hawthorn Cottage", "Maple Hall", "Aspen Unit",
#: "Hope Cottage"); not "Burn Unit" or "City Hall".
#: Trees that name streets, cottages and units ("on Elm", "Hawthorn Cottage", "Aspen Unit").
_TREES = (
    "oak elm maple pine cedar walnut chestnut locust spruce birch poplar willow cherry ash hickory sycamore magnolia "
    "dogwood laurel juniper aspen cottonwood hawthorn redwood sequoia cypress alder linden sage holly ivy rowan "
    "hemlock larch tamarack mesquite palmetto acacia banyan evergreen"
).split()
_NAMED_UNIT_WORDS = "|".join(t.title() for t in _TREES) + (
    r"|Hope|Faith|Grace|Joy|Harmony|Serenity|Unity|Liberty|Trinity|Haven|Horizon|Summit|Pioneer|Phoenix|Journey|"
    r"Compass|Anchor"
)
_NAMED_UNIT = re.compile(
    rf"(?:{_NAMED_UNIT_WORDS})[ \t]+(?:Cottage|Hall|Unit|House|Lodge|Wing|Pod|Dorm|Building|Bldg|unit|cottage|wing|pod)"
    r"(?![\w'’-])"
)
CUES.add("named_unit", _NAMED_UNIT_WORDS, _NAMED_UNIT, capitalized=True)
#: A hospital system's campus by its place ("Methodist Northlake", "Baptist East", "Kaiser Roseville") and a house of
#: worship by its name ("Masjid al-Noor", "Chua Pho Tu", "Wat Lao Buddhavong").
_SYSTEM_OR_WORSHIP_WORDS = (
    r"Methodist|Baptist|Presbyterian|Adventist|Kaiser|Sutter|Banner|Atrium|Novant|Ochsner|Beaumont|Sentara|Ascension|"
    r"Masjid|Chua|Chùa|Wat|Mandir|Gurdwara|Igreja"
)
_SYSTEM_OR_WORSHIP = re.compile(
    rf"(?:{_SYSTEM_OR_WORSHIP_WORDS})[ \t]+(?:(?:al|el|de|la)-?[ \t]?)?{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?![\w'’-])"
)
CUES.add("system_or_worship", _SYSTEM_OR_WORSHIP_WORDS, _SYSTEM_OR_WORSHIP, capitalized=True)
_CLERGY_WORDS = frozenset("minister ministers pastor preacher deacon deacons choir youth elder elders member members".split())
#: A New York City school by its number ("PS 219", "I.S. 238", "MS 181"); three digits, so not a ventilator's
#: pressure support ("PS 10/5").
_NUMBERED_SCHOOL_WORDS = r"PS|P\.S\.|IS|I\.S\.|MS|M\.S\.|JHS|J\.H\.S\."
_NUMBERED_SCHOOL = re.compile(
    rf"(?:{_NUMBERED_SCHOOL_WORDS})[ \t]?\d{{3}}(?![\w/-]|\.\d|[ \t]*(?i:mg|mcg|ml|cc|units?|%|x\b|to\b|-))"
)
#: What says a numbered school is one ("school (MS 181)", "pickup from PS 219", "guidance counselor, I.S. 238"); not
#: an incentive spirometer ("IS 250") or morphine ("MS 100").
_SCHOOL_CONTEXT = re.compile(
    r"(?i:school|sch|teacher|counselor|guidance|principal|grade|pickup|pick-up|student|attends|attended|graduated)"
)
CUES.add("numbered_school", _NUMBERED_SCHOOL_WORDS, _NUMBERED_SCHOOL, capitalized=True)
#: A capitalized phrase after "at", "near" or "outside" that no list calls something else is where someone is: a
#: business, a school, a congregation, a landmark ("at Boston Sand & Gravel", "at Shady Grove Fertility", "near
#: Wagon Mound", "at Mercy West"). Not a day, a month, a holiday, a language, a therapy, an acronym ("at AA"), a
#: person ("at Maria's"), or a short bedside abbreviation ("at Rt forearm", "OOB at Lib").
_AT_PHRASE_WORDS = r"at|near|outside"
_AT_PHRASE_WORD = rf"(?:{_CAP}|[A-Z]{{2,}}(?:-[A-Z][a-z]+)?)"
_AT_PHRASE = re.compile(
    rf"(?:at|near|outside)[ \t]+(?:the[ \t]+)?({_AT_PHRASE_WORD}(?:[ \t]+(?:(?:&|of|de|del|la)[ \t]+)?{_AT_PHRASE_WORD})*)"
    r"(?![\w'’-])"
)
CUES.add("at_phrase", _AT_PHRASE_WORDS, _AT_PHRASE)
#: A county, parish, borough or township by its name, whether or not the gazetteer knows it ("Dorsey County").
_COUNTY = re.compile(rf"{_CAP}(?:[ \t]+{_CAP})?[ \t]+(?:County|Parish|Borough|Township)(?![\w'’-])")
_COUNTY_WORDS = (" County", " Parish", " Borough", " Township")
#: The same words, found by the cue index (each match has one after a space): the tests above run only where one is.
_COUNTY_KINDS = "County|Parish|Borough|Township"
CUES.add("county_kind", _COUNTY_KINDS, re.compile(rf"(?:{_COUNTY_KINDS})(?![\w'’-])"), capitalized=True)
#: Any cottage of a campus ("Juniper Cottage", "Bluebird Cottage").
_COTTAGE = re.compile(rf"{_CAP}[ \t]+Cottage(?![\w'’-])")
#: Neighbourhoods named for the country or city their people came from ("Little Haiti", "Little Saigon").
_LITTLE_PLACE = re.compile(rf"Little[ \t]+({_CAP})(?![\w'’-])")
CUES.add("little_place", "Little", _LITTLE_PLACE, capitalized=True)
_LITTLE_PLACES = frozenset({"Saigon", "Havana", "Tokyo", "Manila", "Italy", "Armenia", "Ethiopia", "Bangladesh", "Arabia"})


#: A ship by its name, initials and all ("USS Gerald R. Ford", "USCGC Healy"): where a sailor serves.
_SHIP = re.compile(rf"(?:USS|USNS|USCGC|HMS)[ \t]+(?:{_CAP}|[{_UP}]\.)(?:[ \t]+(?:{_CAP}|[{_UP}]\.)){{0,3}}(?![\w'’])")
CUES.add("ship", "USS|USNS|USCGC|HMS", _SHIP, capitalized=True)


#: Lower-case nouns for a place that a capitalized name before them, or in apposition after them, names ("the
#: Pacific Garden Mission shelter", "the Boeing plant", "his cousin's bakery, Aleppo Sweets").
_PLACE_NOUNS = (
    r"shelter|clinic|hospital|school|church|store|plant|factory|warehouse|campus|office|branch|mall|restaurant|"
    r"diner|casino|jail|prison|mosque|temple|synagogue|gurdwara|library|gym|dealership|headquarters|parish|"
    r"congregation|mine|mill|farm|ranch|hotel|motel|pub|cafe|café|bakery|salon|shop|supermarket|pharmacy|"
    r"academy|daycare|preschool|garage|bar|restaurant|facility|trailer park|mobile home park|card room|lodge|"
    r"pantry|food bank|truck stop|encampment|camp|assisted living|nursing home|memory care|group home|club|studio|"
    r"firm|employer|company|league|"
    r"apartments|apartment complex|subdivision"
)
_PLACE_NOUN = re.compile(rf"(?:{_PLACE_NOUNS})(?![\w])")
CUES.add("place_noun", _PLACE_NOUNS, _PLACE_NOUN)
#: The capitalized words between "the" (or a place preposition) and a place noun, searched back from the noun.
_NAMED_BEFORE_NOUN = re.compile(
    rf"(?<![\w'’])(?:the|at|to|from|near|outside|for|The|At)[ \t]+"
    rf"((?:(?:{_CAP}|[{_UP}][{_LO}]+[{_UP}][{_LO}]+|[{_UP}]{{2,5}})[ \t]+){{1,4}})$"
)
#: The capitalized words in apposition after a place noun ("bakery, Aleppo Sweets", "a diner called Mel's", "work at
#: restaurant Golden Lotus", 'nail salon "Hope Nails"').
_NAMED_AFTER_NOUN = re.compile(
    rf"(?:,[ \t]+|[ \t]*\(|[ \t]+(?:called|named)[ \t]+|[ \t]+[\"“]?)((?:{_CAP}[ \t]+){{1,3}}{_CAP})(?![\w'’])"
)
#: Children's hospitals named by their state or city ("Children's Minnesota", "Children's Mercy").
_CHILDRENS = re.compile(rf"Children['’]s[ \t]+({_CAP})(?![\w'’])")
CUES.add("childrens", "Children", _CHILDRENS, capitalized=True)
_AT_PLACE = re.compile(r"(?<![\w])(?i:at|to|from|in|near|with)[ \t]+(?:the[ \t]+)?$")
#: A name then a geographic word, after a place preposition ("at Leech Lake", "from Cass Lake", "in Twin Falls").
_GEO_WORDS = (
    r"Lake|Falls|Springs|Valley|Heights|Hills|Creek|River|Beach|Island|Harbor|Bay|Junction|Ridge|Point|Bluff|"
    r"Hollow|Holler|Canyon|Mesa|Grove|Bend|Gap|Flats|Crossing|Lick|Fork|Acres|Commons|Terrace|Oaks|Field|Ballpark|Rink|"
    r"Cove|Inlet|Lagoon|Bayou|Atoll|Harbour|Slough|Reef"
)
_GEO_WORD = re.compile(rf"(?:{_GEO_WORDS})(?![\w'’])")
CUES.add("geo_word", _GEO_WORDS, _GEO_WORD, capitalized=True)
_NAME_BEFORE_GEO_WORD = re.compile(rf"(?<![\w'’-])({_CAP}(?:[ \t]+{_CAP})?)[ \t]+$")
_GEO_PLACE_BEFORE = re.compile(rf"(?<![\w])(?:at|to|from|in|on|near|outside|around|up|down|past|off|over)[ \t]+(?:the[ \t]+)?((?:{_CAP}[ \t]+){{1,2}})$")
#: A lake by its name, the name before or after the word ("fish Shadow Lake", "the shack on Lake Gogebic", "the
#: cabin on Lac Courte Oreilles"): where a person fishes, lives or was found. Not "the Lake", "Great Lakes".
_NAME_BEFORE_LAKE = re.compile(rf"(?<![\w'’-])((?:{_CAP}[ \t]+)?{_CAP})[ \t]+$")
_NAME_AFTER_LAKE = re.compile(rf"[ \t]+({_CAP}(?:[ \t]+{_CAP}){{0,2}})(?![\w'’-])")
#: A lake written in lower case after a place preposition, its name a town or a word no dictionary has ("boat accident
#: on lake guntersville"); not "on lake time", "by the lake".
_LOWER_LAKE = re.compile(r"lake[ \t]+([a-z]{4,})(?![\w'’-])")
CUES.add("lower_lake", "lake", _LOWER_LAKE)
_LOWER_LAKE_BEFORE = re.compile(r"(?<![\w'’])(?:on|at|to|near|by|from|in|around|of)[ \t]+$")
_LAC = re.compile(rf"Lac[ \t]+({_CAP}(?:[ \t]+{_CAP}){{0,2}})(?![\w'’-])")
CUES.add("lac", "Lac", _LAC, capitalized=True)


def _named_lake(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The lake named around the word "Lake" found at ``start``-``end``, or None."""
    after = _NAME_AFTER_LAKE.match(text, end)
    if after and not _is_stop_word(after.group(1).split()[0]):
        return start, after.end(1)
    before = _NAME_BEFORE_LAKE.search(text, max(0, start - 40), start)
    if before:
        words = before.group(1).split()
        while words and _is_stop_word(words[0]):
            words.pop(0)
        if words:
            return start - len(before.group()) + before.group().index(words[0]), end
    return None


#: Universities called by their state and "State" or "Tech" ("Ohio State", "Georgia Tech", "Boise State").
_STATE_SCHOOL = re.compile(r"(?:State|Tech|Poly)(?![\w'’-]|[ \t]+(?:University|College))")
CUES.add("state_school", "State|Tech|Poly", _STATE_SCHOOL, capitalized=True)
_STATE_SCHOOL_BEFORE = re.compile(rf"(?<![\w])((?:{_CAP}[ \t]+){{1,2}})$")
_AT_SCHOOL = re.compile(
    r"(?i:(?:at|attends|attending|attended|enrolled[ \t]+(?:at|in)|student[ \t]+(?:at|of)|graduated[ \t]+from|plays[ \t]+for)"
    r"[ \t]+)$"
)
_SCHOOL_FIRST_WORDS = frozenset({"penn", "cal", "ball", "kent", "wayne", "boise", "fresno", "portland", "iowa"})
#: An acronym after a cue for a school or an employer ("graduate student at BYU", "coach at UCLA").
_SCHOOL_OR_WORK_CUE = re.compile(
    r"(?i:works?|worked|working|employed|job|student|studies|studying|enrolled|attends|attended|attending|"
    r"graduated|graduate|freshman|sophomore|junior|senior|first-year|second-year|third-year|"
    r"fourth-year|grad|undergrad|alum|alumna|alumnus|retired|teaches|taught|coach|professor|instructor|semesters?|"
    r"employee|hired|fired|quit|laid off)(?![\w-])"
)
_ACRONYM = re.compile(r"[A-Z]{2,6}(?:&[A-Z]{1,2})?(?![\w&'’-])")


def _acronym_place(text: str, pos: int) -> Span | None:
    m = _ACRONYM.match(text, pos)
    if not m:
        return None
    word = m.group()
    if len(word) == 2 and not text[max(0, pos - 3) : pos].lower() == "at ":
        return None  # "a sophomore at UW", not "work with PT"
    if (len(word) < 2 or is_clinical(word) or word.lower() in GENERIC_WORDS or word.lower() in NOT_NAME_AFTER_CUE
            or word.lower() in FUNCTION_WORDS or is_state(word) or lexicon.is_common_word(word)):
        return None
    return m.start(), m.end(), "LOCATION"


def _named_place(text: str, start: int, words: list[str]) -> bool:
    """Capitalized words that can be a place's own name: not generic, clinical, an eponym, a weekday, a
    language or a people, a state or a country, nor a sentence's first word."""
    if not words or _generic(words):
        return False
    for w in words:
        bare = w[:-2] if w.endswith(("'s", "’s")) else w
        if is_clinical(bare) or bare.lower() in NOT_NAME_AFTER_CUE or bare.lower() in FUNCTION_WORDS:
            return False
    phrase = " ".join(words)
    if is_state(phrase) or phrase.lower() in COUNTRIES:
        return False
    if at_sentence_start(text, start) and len(words) == 1 and lexicon.is_sentence_word(words[0]):
        return False
    return not is_authored_model(words[0], text[max(0, start - 60) : start], text[start + len(words[0]) : start + 60])


#: A name followed by its kind of place in parentheses ("works at The Anchor (bar)"), and New York's numbered
#: schools written with periods ("P.S. 89"; "PS 10" is a ventilator setting).
_KIND_IN_PARENTHESES = re.compile(rf"\((?:{_PLACE_NOUNS})\)")
_NAME_BEFORE_KIND = re.compile(rf"(?<![\w'’-])((?:{_CAP}[ \t]+){{0,3}}{_CAP})[ \t]*$")
_NUMBERED_SCHOOL_DOTTED = re.compile(r"P\.S\.[ \t]?\d{1,3}(?![\w/-]|\.\d)")


def _named_places(text: str, hits: Hits) -> Iterator[Span]:
    if "(" in text:
        for kind in _KIND_IN_PARENTHESES.finditer(text):
            m = _NAME_BEFORE_KIND.search(text, max(0, kind.start() - 60), kind.start())
            if not m:
                continue
            words = m.group(1).split()
            if words[0] == "The" and len(words) > 1:
                words = words[1:] if not at_sentence_start(text, m.start(1)) else words
            if _named_place(text, m.end(1) - len(" ".join(words)), words):
                yield m.end(1) - len(" ".join(words)), m.end(1), "LOCATION"
    if "P.S." in text:
        for m in _NUMBERED_SCHOOL_DOTTED.finditer(text):
            yield m.start(), m.end(), "LOCATION"
    for noun in hits["place_noun"]:
        if noun.start() and text[noun.start() - 1].isalpha():
            continue
        after = _NAMED_AFTER_NOUN.match(text, noun.end())
        if after:
            words = after.group(1).split()
            person = lexicon.is_first_name(words[0]) and (
                not after.group().lstrip().startswith("(") or all(lexicon.is_name_word(w) for w in words))
            if _named_place(text, after.start(1), words) and not person:
                yield after.start(1), after.end(1), "LOCATION"  # "her bakery, Aleppo Sweets": a shop, not a person
        m = _NAMED_BEFORE_NOUN.search(text, max(0, noun.start() - 90), noun.start())
        if not m:
            continue
        words = m.group(1).split()
        while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in GENERIC_WORDS):
            words.pop(0)
        if words and any(not w.isupper() for w in words):
            start = m.end(1) - len(" ".join(words)) - 1
            if _named_place(text, start, words):
                yield start, m.end(1), "LOCATION"
    for m in hits["childrens"]:
        if not _generic([m.group(1)]) and _AT_PLACE.search(text, max(0, m.start() - 12), m.start()):
            yield m.start(), m.end(1), "LOCATION"
    for geo in hits["geo_word"]:
        m = _GEO_PLACE_BEFORE.search(text, max(0, geo.start() - 50), geo.start())
        if m and _named_place(text, m.start(1), m.group(1).split()):
            yield m.start(1), geo.end(), "LOCATION"
            continue
        lake = _named_lake(text, geo.start(), geo.end()) if geo.group() == "Lake" else None
        if lake:
            yield *lake, "LOCATION"
            continue
        # anywhere, after a name no list knows ("took out Qaluk Bay"): "Rainbow Lake" could be anything
        name = _NAME_BEFORE_GEO_WORD.search(text, max(0, geo.start() - 40), geo.start())
        if name and all(_unknown_place_word(w) and w.lower() not in APPS_AND_GAMES for w in name.group(1).split()):
            yield name.start(1), geo.end(), "LOCATION"
    for m in hits["lac"]:
        if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’-"):
            yield m.start(), m.end(), "LOCATION"
    for word in hits["state_school"]:
        m = _STATE_SCHOOL_BEFORE.search(text, max(0, word.start() - 40), word.start())
        if not m:
            continue
        first = " ".join(m.group(1).split())
        if is_state(first):
            # "a junior at Ohio State", not "moved to Washington State"
            school = bool(_AT_SCHOOL.search(text, max(0, m.start() - 40), m.start()))
        else:
            school = lexicon.is_place(first) or first.lower() in _SCHOOL_FIRST_WORDS
        if school:
            yield m.start(1), word.end(), "LOCATION"


#: From a writer who does not capitalize, a facility named in lower case ("burke high", "beverly hospital", "hapgood
#: elementary", "brockton district court"); longer kinds first, so "general store" is not "general".
_LOWER_FACILITY_WORDS = (
    r"funeral home|funeral chapel|funeral services?|funeral parlor|mortuary|memory care|"
    r"high school|middle school|high|middle|elementary|community college|college|university|"
    r"academy|district court|court|medical center|health center|health alliance|nursing center|nursing ctr|center|"
    r"ctr|hospital|general store|general|housing authority|housing auth|"
    r"memorial|behavioral|clinic|church|chapel|inn|airport|shelter|motel|hotel|diner|cafe|tavern|pub|store|market|"
    r"auto body|body shop|logistics|mission|food pantry|pantry|ymca|plant|warehouse|manor|house of correction|house|"
    r"lodge|salon|"
    r"baptist|methodist|lutheran|correctional|regional|co-op|courthouse|hospice|family services|"
    r"trailer park|mobile home park|nails|bakery|grill|taqueria|deli|barbershop|restaurant|plaza|elem|park|"
    r"detention center|recovery center|recovery|sober living|county jail|jail|annex|fieldhouse|field house|theater|"
    r"theatre|arena|stadium|gym|library|dining hall|hall|commons|rec center|armory|hs|jr high|jr\. high|"
    r"apts|apartments|daycare|day care|pawn|cemetery|hosp|urgent care|assisted living|learning ctr|learning center|"
    r"home health|motor lodge|family med|district ct"
)
_LOWER_FACILITY = re.compile(rf"(?:{_LOWER_FACILITY_WORDS})(?![\w'’-])")
#: A facility noun in lower case after a found place, part of its name ("the Gallup flea market", "the Jamestown
#: refinery", "Baitul Aman mosque", "Church Av station"). Not the lower-case facility words above: after a place
#: already found, "court", "center", "hospital" or "house" more often begin the next phrase ("Lubbock County court",
#: "Hall Hospital hospital") than end the name, and they cost precision on every set.
FACILITY_NOUN_AFTER_PLACE = re.compile(
    r"[ \t]+((?:flea[ \t]+)?market|refinery|plant|mine|mill|mosque|masjid|church|temple|station|bookstore|warehouse|"
    r"factory|campus|library|shelter|jail|casino|mall|diner|motel|apartments|apts|trailer[ \t]+park|rec[ \t]+center|"
    r"community[ \t]+center|food[ \t]+bank|pantry|high[ \t]+school|middle[ \t]+school|elementary|shipyard|"
    r"distribution[ \t]+center|dealership|campground|feedlot|sawmill|parish[ \t]+hall|fellowship[ \t]+hall)(?![\w'’-])"
)
CUES.add("lower_facility", _LOWER_FACILITY_WORDS, _LOWER_FACILITY)
#: A business named for its town, the town found and the trade after it ("quit Menominee Paper", "Employer is
#: Marinette Marine", "Siouxland Premium Meats"): one place with the town.
BUSINESS_WORD_AFTER_PLACE = re.compile(
    r"[ \t]+((?:[A-Z][a-z]+[ \t]+)?(?:Paper|Marine|Foods?|Meats|Transit|Steel|Mills?|Lumber|Dairy|Farms?|Motors|"
    r"Electric|Plastics|Logistics|Trucking|Construction|Bank|Savings|Credit[ \t]+Union|Insurance|Tire|Packing|Poultry|"
    r"Manufacturing|Machine|Glass|Metals|Fabrication|Cement|Concrete|Casting|Forge|Gazette|Herald|Tribune|Cooperative|"
    r"Co-op|Feed|Grain|Hardware|Pharmacy|Drug|Grocery|Bakery|Brewing|Brewery|Winery|Nursery|Landscaping|Roofing|"
    r"Plumbing|Realty|Builders|Packaging|Shipyard|Marina|Fisheries|Seafoods?|Cannery|Mining|Quarry|Processing|"
    r"Freight|Industries|Implement|Cleaners|Diner|Tavern|Saloon|Lanes|Cinema))(?![\w'’-])"
)
_LOWER_NAME_WORD = re.compile(r"[a-z][a-z'’.-]*")
_LOWER_STREET_NAMED = frozenset({"street", "st", "st.", "avenue", "ave", "road", "rd"})
_SAINT_WORDS = frozenset({"st", "st.", "saint"})
_HOME_WORDS = frozenset({"house", "home"})
#: Facility words that are plain words too ("high", "house", "general"): a place only after a place preposition
#: (that test is shared by the lower-case saints and forts below).
_LOWER_FACILITY_PLAIN = frozenset(
    "high middle general memorial behavioral house store market plant pantry lodge manor mission salon cafe diner "
    "tavern pub hotel warehouse baptist methodist lutheran court center ctr regional co-op park hall theater theatre gym "
    "library commons arena hs pawn".split()
)
#: Narrower than _PLACE_PREPOSITION (no "of", "visit", "left"), as a plain word such as "high" follows those in prose.
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?:at|to|from|in|into|near|outside|@)[ \t]+(?:the[ \t]+)?$")
_LOWER_STOP = frozenset({"thru", "via", "w", "w/", "bc", "b/c", "abt", "re"})
#: Facilities whose kind says the words before it are its name even when they are ordinary words ("referral to new
#: leaf recovery", "staying at new beginnings sober living"), after a place preposition.
_NAMED_BY_KIND = frozenset({"recovery", "recovery center", "sober living", "detention center", "shelter"})
#: Words that say what kind of shelter or recovery it is, or whose, rather than name one ("in early recovery",
#: "homeless shelter", "fathers recovery").
_KIND_DESCRIBERS = frozenset(
    "early late homeless emergency full partial physical natural slow sustained long-term womens women's mens men's "
    "family youth animal dv overnight warming cold weather fathers father's mothers mother's his her their sons "
    "daughters son's daughter's husbands husband's wifes wife's moms mom's dads dad's own".split())
_DENOMINATIONS = frozenset({"baptist", "methodist", "lutheran"})


def _lower_facilities(text: str, hits: Hits, lower_writer: bool) -> Iterator[Span]:
    """Facilities named in lower case; from a writer who capitalizes, only with a name or a town in them."""
    for fac in hits["lower_facility"]:
        if fac.start() < 2 or text[fac.start() - 1] not in " \t" or not text[fac.start() - 2].islower():
            continue  # the word before must be a lower-case word ("burke high"), not "the High", "2 house"
        # the (up to three) words before, split by hand: a regex anchored at the end is tried at every position
        window = text[max(0, fac.start() - 50) : fac.start()]
        words = window[window.rfind("\n") + 1 :].split()[-3:]
        not_words = [i for i, w in enumerate(words) if not _LOWER_NAME_WORD.fullmatch(w)]
        if not_words:
            words = words[not_words[-1] + 1 :]  # "(mercy general": the run starts after the parenthesis's word
        run: list[str] = []
        if fac.group() in _DENOMINATIONS and words and words[-1] == "first":
            yield fac.start() - len("first "), fac.end(), "LOCATION"  # "nobody at first baptist let her speak"
            continue
        for w in reversed(words):  # from the facility word back to the first word that cannot be in a name
            bare = w[:-2] if w.endswith(("'s", "’s")) else w
            if bare in _SAINT_WORDS or bare in _LOWER_STREET_NAMED:
                run.insert(0, w)
                continue
            if bare.endswith(".") or bare in FUNCTION_WORDS or bare in _LOWER_STOP or (
                    lexicon.is_frequent_word(bare) and bare not in GENERIC_WORDS and not lexicon.is_first_name(bare)):
                break  # "call newark housing auth": a frequent word is no part of a name
            if bare in GENERIC_WORDS:
                run.insert(0, w)
                continue
            if is_clinical(bare) or bare in NOT_NAME_AFTER_CUE or bare in COUNTRIES or is_state(bare) or not (
                    bare[:1].isalpha()) or (
                    lexicon.is_common_word(bare) and not (lexicon.is_name_word(bare) or lexicon.is_place(bare))
                    and not (fac.group() in _NAMED_BY_KIND and lower_writer)):
                break
            run.insert(0, w)
        if not run or (fac.group() in _HOME_WORDS and run[-1].endswith(("'s", "’s")) and len(run) == 1):
            continue  # "jaylen's house" is where a person lives: the person is the finding
        start = fac.start()
        for w in reversed(run):
            start = text.rfind(w, 0, start)
        if fac.group() in _LOWER_FACILITY_PLAIN and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
            continue  # "sats high", "caregiver strain high": a plain word names a place only after "at", "from" ...
        if fac.group() in _NAMED_BY_KIND and _KIND_DESCRIBERS.intersection(run):
            continue
        named = [w[:-2] if w.endswith(("'s", "’s")) else w for w in run if w not in GENERIC_WORDS]
        evidence = any(
            w in _SAINT_WORDS or (lexicon.is_name_word(w) or lexicon.is_place(w) or (
                lower_writer and not lexicon.is_sentence_word(w))) and not lexicon.is_common_word(w) and (
                lower_writer or ("-" not in w and not lexicon.is_sentence_word(w))) for w in named
        ) or lexicon.is_place(" ".join(named)) or (len(run) > 1 and run[-1] in _LOWER_STREET_NAMED) or (
            fac.group() in _NAMED_BY_KIND and lower_writer and named and (
                _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 12), start)))
        if evidence:
            yield start, fac.end(), "LOCATION"


#: A place named, then what kind it is, after a comma ("works nights at the Anchor, a bar in Pike Hollow"): found
#: from ", a bar", the name looked back for after a place preposition.
_KIND_AFTER_COMMA = re.compile(rf",[ \t]+an?[ \t]+(?:[a-z]+[ \t]+)?(?:{_PLACE_NOUNS})(?![\w])")
_NAME_AFTER_PREPOSITION = re.compile(
    rf"(?<![\w])(?:at|to|from|near|outside|in)[ \t]+(?:the[ \t]+)?((?:{_CAP}[ \t]+){{0,2}}{_CAP})$"
)


#: A town or district named in apposition after the word for it ("from same city as me, Kharkiv,", "the district,
#: Saltivka", "her hometown of Tuam" is found elsewhere).
_PLACE_KIND_WORDS = r"city|town|village|district|neighborhood|neighbourhood|hometown|suburb|barrio|holler"
_COMMA_THEN_CAPITAL = re.compile(rf", ({_CAP}(?:[ \t]+{_CAP})?)(?=[ \t]*[,.;)]|[ \t]+(?:and|where|which|in)\b)")
_PLACE_KIND_BEFORE_COMMA = re.compile(
    rf"(?<![\w])(?:{_PLACE_KIND_WORDS})(?:[ \t]+as[ \t]+(?:me|mine|hers|his|theirs|her|him))?$"
)


#: Capitalized words after "at" that some word of no dictionary makes a name ("at Coffield Unit", "at Fernway Labs",
#: "at WeWork Fulton", "at Palm Gardens of Boca"): a workplace, a site or a venue. Found from the literal "at".
_NAMED_RUN = re.compile(rf"({_CAP}(?:[ \t]+(?:(?:of|de|del|la)[ \t]+)?(?:{_CAP}|[A-Z]{{2,5}}\d?)){{1,3}})(?![\w'’-])")
_RUN_WORD = re.compile(r"[^\s]+")
_RUN_JOINERS = frozenset({"of", "de", "del", "la"})
#: ... and after the words that send a client to a place or tie them to an employer ("referred to Nuestra Voz
#: Language Access", "laid off from Quillon Systems").
_SENT_TO_BEFORE = re.compile(
    r"(?<![\w])(?i:(?:referred|referral|refer|transferred|discharged|admitted)[ \t]+to|(?:works|worked|working)[ \t]+for|"
    r"employed[ \t]+by|(?:fired|laid[ \t]+off|let[ \t]+go|graduated)[ \t]+from|enrolled[ \t]+(?:at|in)|attends|attended)"
    r"[ \t]+$"
)


#: Each preposition (or verb) that may stand before a place, with a capital letter after it. The cue index tries the
#: rule at the words it already finds (one whole-text scan per word cost more, above all in a short note), and
#: ``_words_before_capital`` sorts the matches by word and checks the character before in code.
_WORDS_BEFORE_CAPITAL = ("at", "in", "from", "to", "near", "for", "by", "In", "From", "To", "Near", "attends", "attended",
                         "Attends", "Attended")
_BEFORE_CAPITAL = re.compile(rf"(?:{'|'.join(_WORDS_BEFORE_CAPITAL)}) (?:the )?(?=[A-Z][{_LO}'’])")
CUES.add("before_capital", "|".join(_WORDS_BEFORE_CAPITAL), _BEFORE_CAPITAL)
_PLACE_CUE_LITERALS = ("in", "from", "to", "near", "In", "From", "To", "Near")
_SENT_CUE_LITERALS = ("to", "for", "by", "from", "at", "in", "attends", "attended", "Attends", "Attended")


def _words_before_capital(text: str, hits: Hits) -> dict[str, list[re.Match[str]]]:
    """Where each of ``_WORDS_BEFORE_CAPITAL`` stands as a whole word before a capital letter, in text order."""
    found: dict[str, list[re.Match[str]]] = {w: [] for w in _WORDS_BEFORE_CAPITAL}
    for m in hits["before_capital"]:
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_'’-"):
            continue
        found[m.group().partition(" ")[0]].append(m)
    return found


#: The literals of the verbs before them, so a rule asks for "for" only where "works for" may stand.
_SENT_CUE_NEEDS = {"for": ("work",), "by": ("mploy",), "attends": ("ttend",), "attended": ("ttend",),
                   "Attends": ("ttend",), "Attended": ("ttend",), "to": ("ferr", "fer ", "ransfer", "ischarg", "dmit"),
                   "from": ("fire", "laid", "let go", "raduat"), "in": ("nroll",), "at": ()}
_DATE_WORDS = MONTH_NAMES | WEEKDAY_NAMES | frozenset(
    "thanksgiving christmas easter jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs "
    "fri sat sun".split()
)


#: A capitalized "The" mid-sentence after "at" begins a venue's name ("at The Velvet Room", "at The Meridian Lofts").
_AT_THE_NAMED = re.compile(rf"(?:at|outside|near|inside|behind)[ \t]+(The[ \t]+{_CAP}(?:[ \t]+(?:&[ \t]+)?{_CAP}){{0,3}})(?![\w'’-])")
_MEDIA_ENDINGS = ("Times", "Post", "Atlantic", "Journal", "Guardian", "Globe", "Tribune", "Herald", "Chronicle",
                  "Magazine", "Review", "Show", "Podcast", "Office", "Simpsons", "Beatles")
#: Neighbourhoods named by their part of a city ("in the Outer Sunset", "the Upper West Side", "the North End").
_CITY_PART = re.compile(
    rf"the[ \t]+((?:Outer|Inner|Upper|Lower|Old|North|South|East|West)[ \t]+{_CAP}(?:[ \t]+{_CAP})?)(?![\w'’-])"
)


BODY_PARTS = frozenset(
    "back body extremity extremities extremeties lip lips arm arms leg legs lobe lobes quadrant abdomen chest "
    "jaw teeth eyelid eyelids airway airways gi tract".split()
)


#: After "in", "from", "to", "near", capitalized words that no dictionary, name list, clinical vocabulary, app list
#: or gazetteer knows: a town or a camp abroad the gazetteer lacks ("in Tlangpi", "in Fond-Rouge", "in Pul-e Sabz",
#: "near Dasht-e-Gul"); found from the literal space before the preposition.
_FOREIGN_PLACE_WORD = re.compile(rf"[{_UP}][{_LO}]+(?:-(?:[a-z]{{1,2}}-)?[{_UP}][{_LO}]+|-[a-z]{{1,2}}(?=[ \t][{_UP}]))?")
#: A town named for a saint or as a new or old place ("to San Félix de Arriba", "from San Gabriel de las Flores").
_SAINT_TOWN = re.compile(
    rf"(?:San|Santa|Santo|São|Sao|Ciudad|Villa|Puerto|Nueva|Nuevo|Vila)[ \t]+{_CAP}"
    rf"(?:[ \t]+(?:de|del|do|da|dos|das)(?:[ \t]+(?:la|las|los|el))?[ \t]+{_CAP})?(?![\w'’-])"
)


#: Endings of English words and of the names of peoples ("Interventional", "Iranian"), not of towns.
_NOT_TOWN_ENDINGS = ("al", "ive", "ous", "ic", "tion", "sion", "ment", "ness", "ology", "ism", "ist", "ing", "ed", "ary",
                     "ory", "able", "ible")
_ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ic", "tion", "sion", "ment", "ness", "ology", "ism")  # "Interventional"
_PEOPLE_ENDINGS = ("ian", "ean", "ese", "ish", "an", "i")


def _names_a_people(word: str) -> bool:
    """ "Iranian", "Congolese", "Pakistani": a people named from its country or region."""
    return any(word.endswith(e) and (lexicon.is_world_place(word[: -len(e)]) or lexicon.is_world_place(
        word[: -len(e)] + "a") or word[: -len(e)].lower() in COUNTRIES) for e in _PEOPLE_ENDINGS)


def _unknown_place_word(word: str) -> bool:
    parts = [p for p in word.split("-") if len(p) > 2]
    if word.lower().endswith(_NOT_TOWN_ENDINGS) or _names_a_people(word):
        return False
    return len(word) >= 4 and bool(parts) and all(
        not (lexicon.is_sentence_word(p) or lexicon.is_name_word(p) or is_clinical(p) or p.lower() in COUNTRIES
             or p.lower() in NOT_NAME_AFTER_CUE or p.lower() in FUNCTION_WORDS or is_state(p)) for p in parts)


def _places_no_list_knows(text: str, before_capital: dict[str, list[re.Match[str]]]) -> Iterator[Span]:
    for m in (m for w in _PLACE_CUE_LITERALS for m in before_capital[w]):
        if m.group().endswith("the "):
            continue  # "in the Outer Sunset": a city part, found below
        start = m.end()
        saint = _SAINT_TOWN.match(text, start)
        if saint:
            yield start, saint.end(), "LOCATION"
            continue
        end = 0
        pos = start
        for _ in range(3):
            w = _FOREIGN_PLACE_WORD.match(text, pos)
            if not w or text[w.end() : w.end() + 1].isalnum():
                break
            if not (_unknown_place_word(w.group()) or text[pos - 3 : pos - 1] == "-e"):
                break  # every word unknown, but for the word after a Persian "-e" ("Pul-e Sabz")
            end = w.end()
            if not text.startswith(" ", end) or not text[end + 1 : end + 2].isupper():
                break
            pos = end + 1
        two = " ".join(re.findall(r"[\w'’-]+", text[start : start + 40])[:2]).lower()
        if end and not text.startswith(("'s", "’s"), end) and two not in COUNTRIES:
            yield start, end, "LOCATION"  # not "in Cabo Verde"


#: A union local with its union's name before it ("United Food Workers Local 1149"): ``_UNION_LOCAL`` (below, with
#: ``_stations_camps_and_locals``), the union's words looked back for.
_UNION_BEFORE = re.compile(r"(?<![\w])(?:[A-Z]{2,6}|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})[ \t]+$")


#: A numbered highway where a road is meant: after a place preposition ("the accident on Route 9", "pileup on Hwy 52",
#: "crash on I-35", "took Holloway Street to avoid the Route 9 overpass"), at a crossing ("at Hollis Avenue and Route
#: 31"), after "Location:", or before what happens on or beside a road ("the I-70 crash video", "Loop 410 near the
#: base"). A number alone ("the Route 9 bus", "her I-20 is tied to enrollment": a student's form) is no place. In
#: lower case only after a preposition ("the shell on rt 9"), where "rt" is no "right".
_HIGHWAY = re.compile(
    r"(?:Route|Rte\.?|Rt\.?|Hwy\.?|Highway|I|US|SR|State Route|County Road|County Rd\.?|FM|Loop)[ -]?\d{1,4}[A-Z]?"
    r"(?![\w-]|\.\d)")
_LOWER_HIGHWAY = re.compile(r"(?:route|rte|rt|hwy|highway)[ \t]?\d{1,3}(?![\w-]|\.\d|[ \t]+(?:toe|finger|rib|digit))")
_HIGHWAY_MARKERS = ("Route", "Rte", "Rt", "Hwy", "Highway", "I-", "US", "SR", "County R", "FM ", "Loop ")
#: A highway found after its preposition begins a word: the cue index finds it there, so the substring tests above
#: run only in a note that has one.
_HIGHWAY_WORDS = r"Route|Rte\.?|Rt\.?|Hwy\.?|Highway|I|US|SR|State Route|County Road|County Rd\.?|FM|Loop"
CUES.add("highway", _HIGHWAY_WORDS, re.compile(rf"(?:{_HIGHWAY_WORDS})[ -]?\d"), capitalized=True)
CUES.add("lower_highway", "route|rte|rt|hwy|highway", _LOWER_HIGHWAY)
_ROAD_PREPOSITION_BEFORE = re.compile(
    r"(?:(?<![\w])(?i:on|off|along|near|at|onto|from|to|down|up|via|past|across|take|took|taking|avoid|avoided|"
    r"avoiding)[ \t]+(?:the[ \t]+)?"
    r"|(?<![\w])(?i:location|loc|scene)[ \t]*:[ \t]*"
    r"|(?:Avenue|Ave\.?|Street|St\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Parkway|Pkwy|Lane|Ln|Pike)"
    r"[ \t]+(?:and|&)[ \t]+)$"
)
_ROAD_EVENT_AFTER = re.compile(
    r"[ \t]+(?i:crash|accident|wreck|pile-?up|rollover|collision|overpass|underpass|exit|bridge|on-?ramp|ramp|"
    r"interchange|near|outside|northbound|southbound|eastbound|westbound|NB|SB|EB|WB)\b"
)


def is_highway_at(text: str, start: int, end: int) -> bool:
    """Whether the numbered road at ``start``–``end`` stands where a road is meant (see ``_HIGHWAY``)."""
    return bool(_ROAD_PREPOSITION_BEFORE.search(text, max(0, start - 24), start)
                or _ROAD_EVENT_AFTER.match(text, end))


def _highways(text: str, hits: Hits) -> Iterator[Span]:
    if hits["highway"] and any(w in text for w in _HIGHWAY_MARKERS):
        for m in _HIGHWAY.finditer(text):
            if (m.start() == 0 or not text[m.start() - 1].isalnum()) and (
                    is_highway_at(text, m.start(), m.end()) if m.group()[:2] not in ("Rt", "Lo") else
                    _ROAD_PREPOSITION_BEFORE.search(text, max(0, m.start() - 24), m.start())):
                yield m.start(), m.end(), "LOCATION"
    if hits["lower_highway"]:
        for m in hits["lower_highway"]:
            if (m.start() == 0 or not text[m.start() - 1].isalnum()) and _ROAD_PREPOSITION_BEFORE.search(
                    text, max(0, m.start() - 24), m.start()):
                yield m.start(), m.end(), "LOCATION"


#: An exit or a mile marker where something happened ("my car died by exit 52", "crash at mile marker 212").
_EXIT = re.compile(
    r"(?<![\w])(?i:by|at|near|past|off|from|to|take|took|around|before|after|missed)[ \t]+(?:the[ \t]+)?"
    r"((?i:exit|mile[ \t]+marker)[ \t]+\d{1,3}[A-Za-z]?)(?![\w-])"
)
#: A freeway by its number, as Californians say it ("traffic on the 58", "avoiding the 60 at rush hour"), where the
#: sentence is about driving; the article is part of the name.
_FREEWAY = re.compile(
    r"(?<![\w])(?i:on|off|take|took|taking|avoid|avoids|avoiding|via|onto|down|up|past|from)[ \t]+(the[ \t]+\d{1,3})"
    r"(?=[ \t]*(?:[.,;)]|$|(?:at|and|to|bc|because|north|south|east|west|northbound|southbound|eastbound|westbound|"
    r"NB|SB|EB|WB|fwy|freeway|bad|was|is|every|for|during|in|again)\b))"
)
_DRIVING = re.compile(r"(?i:traffic|rush[ \t]+hour|commut|driv|drove|fwy|freeway|exit|lanes?\b|car\b|stretch)")
#: A named turnpike or parkway with its article ("died on the Thruway", "off the Garden State Parkway").
_ROAD_NAMES = ("Thruway", "Turnpike", "Parkway", "Expressway", "Freeway", "Pike", "Beltway")
_NAMED_ROAD = re.compile(rf"(?<![\w])the[ \t]+((?:[A-Z][a-z]+[ \t]+){{0,3}}(?:{'|'.join(_ROAD_NAMES)}))(?![\w])")
#: The road's word, after a space in every match: found by the cue index, it spares the substring tests in most notes.
CUES.add("road_name", "|".join(_ROAD_NAMES), re.compile(rf"(?:{'|'.join(_ROAD_NAMES)})(?![\w])"), capitalized=True)
_FREEWAY_HINT = re.compile(r"the[ \t]+\d")
#: A plant, mill or yard known by its maker ("works nights at the Jeep plant", "laid off from the Chevy plant"):
#: an employer's site, without its article (as the shared set marks it); read back from the noun.
_MAKER_BEFORE = re.compile(r"(?<![\w])the[ \t]+((?:[A-Z][\w'’&.-]*[ \t]+){0,2}[A-Z][\w'’&.-]*)$")

#: A town or a name before the word for one of an agency's sites ("(Mentor satellite)", "Lorain site", "at the
#: Commerce satellite office"): the town. A name before the abbreviation of a school, a college or a clinic ("Glendale
#: CC", "Unity HS", "Maplewood CMHC", "Stanislaus County BHRS"): the name with its abbreviation. A hospital's name
#: before its emergency department ("Referred by Parma Community ED"). All read back from the rare word.
_NAME_RUN_BEFORE = re.compile(rf"(?<![\w'’])((?:{_CAP}[ \t]+){{0,2}}{_CAP})$")
_HOSPITAL_WORDS = frozenset(
    "community memorial general regional mercy methodist baptist presbyterian lutheran adventist university medical "
    "valley saint st. st providence sacred heart children's".split()
)


def _named_run(words: list[str]) -> bool:
    """Capitalized words that name a town or a proper place: the gazetteer knows them, or no dictionary does, or a
    name list does (schools are named for people: "Lincoln HS"); not a clinical word, a state or a function word."""
    if not words or any(is_clinical(w) or is_state(w) or w.lower() in FUNCTION_WORDS or w.lower() in _GENERIC_SITE
                        for w in words):
        return False
    return lexicon.is_place(" ".join(words)) or any(
        _unknown_place_word(w) or lexicon.is_place(w) or lexicon.is_name_word(w) for w in words)


_GENERIC_SITE = frozenset(
    "main north south east west central downtown new old work job test home web field school clinic hospital county "
    "city state our the this that each every one other primary secondary satellite construction building".split()
)


#: The rare words these rules read back from, found by the cue index (tried only where the word stands).
CUES.add("site_word", "satellite|site|campus|annex|branch", re.compile(r"(?:satellite|site|campus|annex|branch)(?![\w])"))
CUES.add("place_abbreviation", "CC|HS|JHS|MS|CMHC|CHC|FQHC|MHC|BHRS|VAMC",
         re.compile(r"(?:CC|HS|JHS|MS|CMHC|CHC|FQHC|MHC|BHRS|VAMC)(?![\w-])"), capitalized=True)
#: A school is also named by its side of town alone ("Central HS", "North MS"), which names no other site.
_SCHOOL_ABBREVIATIONS = frozenset({"HS", "JHS", "MS"})
_SCHOOL_SIDE_WORDS = frozenset("central north south east west main".split())
CUES.add("emergency_department", "ED|ER", re.compile(r"(?:ED|ER)(?![\w-])"), capitalized=True)
CUES.add("makers_site", "plant|mill|factory|refinery|warehouse|shipyard|yard|mine|depot|foundry",
         re.compile(r"(?:plant|mill|factory|refinery|warehouse|shipyard|yard|mine|depot|foundry)(?![\w])"))
CUES.add("exit_or_marker", "exit|mile", re.compile(r"(?i:exit|mile)(?![\w])"))


def _runs_before(text: str, words: list[re.Match[str]]) -> Iterator[tuple[re.Match[str], int]]:
    """The capitalized words right before each of ``words`` (a cue rule's hits), with where the word ends."""
    for word in words:
        at = word.start() - 1
        if at < 1 or text[at] != " " or not text[at - 1].islower():
            continue  # a capitalized word ends right before it ("Glendale CC"), not "100 CC", "TO ER"
        run = _NAME_RUN_BEFORE.search(text, max(0, at - 80), at)
        if run:
            yield run, word.end()


def _sites_and_abbreviations(text: str, hits: Hits) -> Iterator[Span]:
    for run, _end in _runs_before(text, hits["site_word"]):
        if _named_run(run.group(1).split()) and not at_sentence_start(text, run.start(1)):
            yield run.start(1), run.end(1), "LOCATION"
    for run, end in _runs_before(text, hits["place_abbreviation"]):
        words = run.group(1).split()
        school = text[end - 3 : end].lstrip() in _SCHOOL_ABBREVIATIONS
        if school:
            if text.startswith("MS", end - 2) and len(words) == 1 and words[0].lower() not in _SCHOOL_SIDE_WORDS and (
                    at_sentence_start(text, run.start(1))):
                continue  # "Assess MS, skin integrity": multiple sclerosis or mental status
            words = [w for w in words if w.lower() not in _SCHOOL_SIDE_WORDS] or ["Central"]
        named = _named_run(words) or school and words == ["Central"]
        if named and not mostly_upper(text, max(0, run.start() - 60), end + 60):
            yield run.start(1), end, "LOCATION"  # not in a note written in capitals
    for run, _end in _runs_before(text, hits["emergency_department"]):
        words = run.group(1).split()
        if (any(w.lower() in _HOSPITAL_WORDS for w in words) or lexicon.is_place(" ".join(words))) and not any(
                is_clinical(w) or w.lower() in FUNCTION_WORDS for w in words):
            yield run.start(1), run.end(1), "LOCATION"


def _exits_and_sites(text: str, hits: Hits) -> Iterator[Span]:
    if hits["exit_or_marker"]:
        for m in _EXIT.finditer(text):
            yield m.start(1), m.end(1), "LOCATION"
    if _FREEWAY_HINT.search(text):
        for m in _FREEWAY.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _DRIVING.search(text, max(line_start, m.start() - 80), m.end() + 60):
                yield m.start(1), m.end(1), "LOCATION"
    if hits["road_name"] and any(road in text for road in _ROAD_NAMES):
        for m in _NAMED_ROAD.finditer(text):
            yield m.start(), m.end(), "LOCATION"
    for noun in hits["makers_site"]:
        at = noun.start() - 1
        if at < 1 or text[at] != " " or not text[at - 1].isalnum():
            continue
        maker = _MAKER_BEFORE.search(text, max(0, at - 80), at)
        if maker and not any(is_clinical(w) or is_state(w) or w.lower() in FUNCTION_WORDS
                             for w in maker.group(1).split()):
            yield maker.start(1), noun.end(), "LOCATION"  # without its article, as the shared set marks it


def _union_locals(text: str) -> Iterator[Span]:
    if "Local " not in text:
        return
    for m in _UNION_LOCAL.finditer(text):
        before = _UNION_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before:
            yield before.start(), m.end(), "LOCATION"


def _at_the_named(text: str) -> Iterator[Span]:
    if " The " in text:
        for m in _AT_THE_NAMED.finditer(text):
            if (m.start() and text[m.start() - 1].isalnum()) or at_sentence_start(text, m.start()):
                continue
            if not m.group(1).endswith(_MEDIA_ENDINGS):
                yield m.start(1), m.end(1), "LOCATION"
    if " the " in text:
        for m in _CITY_PART.finditer(text):
            if not _PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                continue
            if not any(
                    is_clinical(w) or is_state(w) or w.lower() in BODY_PARTS for w in m.group(1).split()[1:]):
                yield m.start(1), m.end(1), "LOCATION"


#: Words that, capitalized after "at", name a time or an event rather than a place ("at Grand Rounds", "at High
#: Risk", "at Family Night").
EVENT_WORDS = frozenset(
    "risk rest rounds meeting meetings night day group groups session sessions intake time times baseline home work "
    "school least most first last best worst bedside admission discharge lunch dinner breakfast recess party "
    "conference training orientation graduation ceremony service services mass practice class game games "
    "tournament camp week weekend city town county federal national public".split()
)


def _title_case_venue(words: list[re.Match[str]]) -> bool:
    """Two words or more in title case after "at", none of them a word for an event or a time, a clinical term,
    a state or a function word: the name of a venue or a business ("at Rainbow Alley", "at Shady Grove
    Fertility", "at Open Door")."""
    plain = [w.group() for w in words if w.group() not in _RUN_JOINERS]
    return len(plain) >= 2 and all(
        w[:1].isupper() and w[1:].islower() and w.lower() not in EVENT_WORDS and not is_clinical(w)
        and not is_state(w) and w.lower() not in FUNCTION_WORDS and w.lower() not in COUNTRIES for w in plain)


def _at_named(text: str, before_capital: dict[str, list[re.Match[str]]]) -> Iterator[Span]:
    # a word that stands before no capital would add no start: the verbs it needs are not looked for
    sent_words = [w for w in _SENT_CUE_LITERALS if before_capital[w]]
    if sent_words:
        low = text.lower()
        sent_words = [w for w in sent_words if any(n in low for n in _SENT_CUE_NEEDS[w])]
    starts = [(cue.end(), True) for cue in before_capital["at"]] + [
        (cue.end(), False) for cue in (m for w in sent_words for m in before_capital[w])
        if _SENT_TO_BEFORE.search(text, max(0, cue.start() - 24), cue.end() - (4 if cue.group().endswith("the ") else 0))]
    for start, after_at in starts:
        m = _NAMED_RUN.match(text, start)
        if not m:
            continue
        # the run ends before a date word or a clinical abbreviation ("at Fernway Labs Mon-Fri", "at Walgreens SUDS 40")
        words = []
        for w in _RUN_WORD.finditer(text, m.start(1), m.end(1)):
            bare = w.group()
            if any(p.lower().removesuffix("s") in _DATE_WORDS for p in bare.split("-")) or (
                    bare.isupper() and (is_clinical(bare) or bare.lower() in NOT_NAME_AFTER_CUE)):
                break
            words.append(w)
        while words and words[-1].group() in _RUN_JOINERS:
            words.pop()
        if len(words) < 2:
            continue
        first = words[0].group()
        if is_clinical(first) or first in _TITLE_WORDS or is_state(first) or first.lower() in COUNTRIES or (
                lexicon.is_first_name(first) and lexicon.is_name_word(words[1].group())):
            continue  # "at Maria Lopez's" is a person's place: the name rules find the person
        if any(w.group()[1:].islower() and not lexicon.is_sentence_word(w.group()) and not is_clinical(w.group())
               and not lexicon.is_first_name(w.group()) and not w.group().lower().endswith(_ADJECTIVE_ENDINGS)
               for w in words) or (after_at and _title_case_venue(words)):
            end = words[-1].end()
            if text.startswith(("'s", "’s"), end - 2):
                end -= 2  # "at Bayside VA Medical Center's front desk"
            yield m.start(1), end, "LOCATION"


def _place_in_apposition(text: str, hits: Hits) -> Iterator[Span]:
    for m in _COMMA_THEN_CAPITAL.finditer(text):
        if not _PLACE_KIND_BEFORE_COMMA.search(text, max(0, m.start() - 24), m.start()):
            continue
        words = m.group(1).split()
        if not any(
                _generic([w]) or is_clinical(w) or is_state(w) or w.lower() in COUNTRIES or w.lower() in FUNCTION_WORDS
                or lexicon.is_first_name(w) for w in words):
            yield m.start(1), m.end(1), "LOCATION"


def _place_then_kind(text: str) -> Iterator[Span]:
    if ", a" not in text:
        return
    for m in _KIND_AFTER_COMMA.finditer(text):
        before = _NAME_AFTER_PREPOSITION.search(text, max(0, m.start() - 50), m.start())
        if before and not _generic(before.group(1).split()) and not any(
                is_clinical(w) or is_state(w) or w.lower() in COUNTRIES for w in before.group(1).split()):
            yield before.start(1), before.end(1), "LOCATION"


#: Street names that are ordinary words ("the Aldi on Elm", "First Methodist on Locust"); a word that is only a
#: person's name or a town's ("on Livonia", "on Dundas") is taken from the lists.
_STREET_WORDS = frozenset(_TREES) | frozenset(
    """
    main vine market church mill park high broad front water spring lake hill center centre union state bridge
    river ridge grove liberty court prospect pleasant college university academy canal commerce division pearl
    orchard railroad depot meadow
    """.split()
)
#: A street after a found place: "the Aldi on Carver Rd", "Tri-County Lumber on Route 31", "the Amazon warehouse
#: off Route 12", "Hy-Vee pharmacy on 42nd St", "the Rexall on Dundas", "kroger on elm".
_STREET_AFTER_PLACE = re.compile(
    r"[ \t]+(?:on|off|On|Off)[ \t]+(?:"
    r"\d{1,3}(?:st|nd|rd|th)(?:[ \t]+(?:St|Street|Ave|Avenue|st|ave)\b\.?)?(?![\w])"
    r"|(?i:route|rte|rt|hwy|highway|us|sr|county[ \t]+road|cr|i|fm|expressway|expy|interstate|loop)"
    r"[ \t-]?\d{1,4}(?![\w])"
    rf"|{_CAP}(?:[ \t]+{_CAP})?(?:[ \t]+\d{{1,3}})?[ \t]+{_STREET_SUFFIX}\b\.?"  # "on Mile 7 Rd"
    rf"|[a-z]+[ \t]+(?:st|street|rd|road|ave|avenue|blvd|ln|lane|hwy|pike)\b\.?"  # not "dr": "on call dr Ames"
    r"|(?P<word>[A-Za-z][a-z]{2,})(?![\w'’-])"
    r"(?![ \t]+(?:Day|Eve|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))"  # "on Ash Wednesday"
)
#: A town after a found place and "in": "Sav-On in Linden", "the Walmart in Page", "at the Target in Brookfield
#: Square".
_TOWN_AFTER_PLACE = re.compile(
    rf"[ \t]+in[ \t]+({_CAP}(?:[ \t]+(?:Square|Heights|Hills?|Park|Village|Plaza|Mall|Center|Commons|Crossing))?)"
    r"(?![\w'’-])"
)


#: A business named in capitals right before " on " or " off " and a street, after a word that places someone there
#: ("sent to Medicine Shoppe on Main St", "from Bright Horizons on Kemper Rd", "at Hy-Vee pharmacy on 42nd St").
_BUSINESS_BEFORE_ON = re.compile(
    rf"(?<![\w'’])(?:at|to|from|outside|near|@|by)[ \t]+(?:the[ \t]+)?"
    rf"((?:{_CAP}|[A-Z]{{2,}}|[A-Z][a-z]+-[A-Z][a-z]+)(?:[ \t]+(?:{_CAP}|[A-Z]{{2,}}|&)){{0,3}})"
    r"(?:[ \t]+(?:pharmacy|store|gas[ \t]+station|location|branch|lot))?$"
)


#: Last words that make a capitalized phrase an event, a meeting or a state, not a place ("at Grand Rounds", "at
#: Morning Meeting", "at High Risk", "at Family Night"); and the generic halls of any town ("at City Hall").
NOT_PLACE_LAST_WORDS = frozenset(
    """rounds meeting meetings night nights day days risk therapy group groups session sessions class classes time
    service services hour hours break lunch dinner breakfast practice game games party show level stage phase step
    mass conference training orientation huddle review check-in visit visits call calls""".split()
)
_GENERIC_HALLS = frozenset({"City Hall", "Town Hall", "Village Hall", "County Hall"})


def _place_phrase(words: list[str]) -> bool:
    """Whether capitalized words after "at" name a place (see _AT_PHRASE)."""
    words = [w for w in words if w not in ("&", "of", "de", "del", "la")]
    if any(_is_stop_word(w) or is_clinical(w) or w.lower() in PEOPLES for w in words) or all(w.isupper() for w in words):
        return False
    if words[-1].lower() in NOT_PLACE_LAST_WORDS or " ".join(words) in _GENERIC_HALLS:
        return False
    if len(words) == 1:
        return len(words[0]) >= 4 and not (lexicon.is_first_name(words[0]) or lexicon.is_common_word(words[0]))
    # a given name and a surname are a person ("at Maria Lopez's")
    return not (len(words) == 2 and lexicon.is_first_name(words[0]) and lexicon.is_surname(words[1].rstrip("'’s"))
                and not lexicon.is_common_word(words[0]))


def _businesses_on_streets(text: str) -> Iterator[Span]:
    """A business and the street it stands on, found from each " on " and " off " in the text."""
    for word in (" on ", " off "):
        at = text.find(word)
        while at >= 0:
            m = _BUSINESS_BEFORE_ON.search(text, max(0, at - 60), at)
            where = street_or_town_after(text, at) if m else None
            if where and text[where[0] : where[0] + 3] in ("on ", "off") and not any(
                    _is_stop_word(w) for w in m.group(1).split() if w != "&"):
                yield m.start(1), where[1], "LOCATION"
            at = text.find(word, at + 1)


def _is_stop_word(word: str) -> bool:
    lower = word.lower()
    if lower.endswith(("'s", "’s")):
        lower = lower[:-2]  # "at Thursday's visit"
    return lower in FUNCTION_WORDS or lower in NOT_NAME_AFTER_CUE or lower in MONTH_NAMES or lower in WEEKDAY_NAMES

_CLAUSE_END = re.compile(r"[ \t]*(?:[.;,)\n]|$)")


def street_or_town_after(text: str, end: int) -> tuple[int, int] | None:
    """The street or the town that follows a place found ending at ``end`` ("on Carver Rd", "in Page"), with its
    preposition, so that the place and where it stands are one finding; None when the words after it are a day,
    a time of the week or a plain word ("at Walmart on weekends", "Kroger on Friday", "Target in January")."""
    m = _STREET_AFTER_PLACE.match(text, end)
    if m:
        word = m.group("word")
        if word and (_is_stop_word(word) or not (
                word.lower() in _STREET_WORDS
                or (word[0].isupper() and lexicon.is_surname(word) and not lexicon.is_common_word(word))
                or (lexicon.is_place(word) and not lexicon.is_common_word(word)))):
            return None
    else:
        m = _TOWN_AFTER_PLACE.match(text, end)
        town = m.group(1) if m else ""
        # a town the gazetteer lacks still ends the clause after the place ("Wolf's Den Café in Tower.")
        if not m or not (lexicon.is_place(town.split()[0]) or _CLAUSE_END.match(text, m.end()) and not (
                _is_stop_word(town) or town.endswith(("ish", "ese", "ian")))) or town.lower() in NOT_NAME_AFTER_CUE or (
                town.lower() in MONTH_NAMES or is_state(town) or town.lower() in COUNTRIES):
            return None
    return end + len(m.group()) - len(m.group().lstrip(" \t")), m.end()  # from the preposition on


def find_places(text: str, hits: Hits) -> Iterator[Span]:
    """Cities, towns, counties, ZIP codes and named facilities; not a word that names a model ("Duluth model",
    "Heimberg-style exposures")."""
    yield from _lower_facilities(text, hits, writes_lower_case(text))
    for start, end, kind in _find_places(text, hits):
        if " " not in text[start:end] and not _CHAIN_ANYWHERE_RX.fullmatch(text[start:end]) and (is_eponym_at(
                text, start, end) or is_authored_model(
                text[start:end], text[max(0, start - 60) : start], text[end : end + 60])):
            continue  # a word that names a model or an author ("Fairburn's CBT-E"); "Johnson & Johnson" stays
        if _BORN_OF_CLAN_BEFORE.search(text, max(0, start - 12), start):
            continue  # "born to Kinyaa'áanii, born for Tódích'íi'nii": a Diné speaker's clans, not places
        yield start, end, kind


#: "born to" or "born for" right before a word: the clans a Diné introduction names (a place follows "born in").
_BORN_OF_CLAN_BEFORE = re.compile(r"(?<![\w'’-])born[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?$")


#: A saint's name in lower case after a place preposition ("refer to IOP at saint anne's", "ED at st joseph's").
#: Found from the saint; the possessive may lose its apostrophe ("at st vincents", "st brendans").
_LOWER_SAINT_PLACE = re.compile(r"(?:saint|st\.?)[ \t]+([a-z]{3,})(?:['’]s)?(?![\w'’-])")


#: From a writer who does not capitalize: "city of springfield", "hamilton co probation", "ft cavazos".
_LOWER_CITY_OF = re.compile(r"(?:city|town|village|county)[ \t]+of[ \t]+([a-z]{3,}(?:[ \t]+[a-z]{3,})?)(?![\w'’-])")
CUES.add("lower_city_of", "city|town|village|county", _LOWER_CITY_OF)
_LOWER_COUNTY = re.compile(r"(?:co|cty|county)(?![\w.]|\.\w)")
CUES.add("lower_county", "co|cty|county", _LOWER_COUNTY)
_LOWER_WORD_BEFORE_COUNTY = re.compile(r"(?<![\w'’-])([a-z]{3,})[ \t]+$")
_LOWER_FORT = re.compile(r"(?:ft\.?|camp)[ \t]+([a-z]{4,})(?![\w'’-])")
CUES.add("lower_fort", "ft|camp", _LOWER_FORT)
#: A side of town or a fort in lower case with its name, after a place preposition ("lives out in west hollow",
#: "bus from east fairview", "isolated in fort hollis"); not a part of a building ("in east wing").
_LOWER_SIDE_PLACE = re.compile(r"(?:east|west|north|south|fort|mount|mt)[ \t]+([a-z]{3,})(?![\w'’-])")
CUES.add("lower_side_place", "east|west|north|south|fort|mount|mt", _LOWER_SIDE_PLACE)
_NOT_SIDE_PLACES = frozenset(
    "side wing building hall room unit end entrance coast lot parking tower campus door exit lobby hallway and or of "
    "the to for is was".split()
)

#: A business named for its owner in lower case, after "at" or "from" ("works nights at hal's tire", "at tully's tap",
#: "msg from bell's pharmacy"): the owner is a name the lists know; a relative's or a person's home is no business.
_LOWER_OWNER_BUSINESS = re.compile(
    r"['’]s[ \t]+([a-z]{3,})(?:[ \t]+(salvage|repair|shop|body|center|store|bar|grill|supply|market|garage|wash|lot))?"
    r"(?![\w'’-])"
)  # found from the possessive, the owner and "at" looked back for
#: The same begun with a straight apostrophe, a literal the engine finds fast (a class is tested at every
#: character), for a text without a curly one.
_LOWER_OWNER_BUSINESS_STRAIGHT = begun_with(_LOWER_OWNER_BUSINESS, "['’]", "'")
_OWNER_BEFORE_POSSESSIVE = re.compile(r"(?<![\w'’-])(?:at|from|@)[ \t]+(?:the[ \t]+)?([a-z]{2,})$")
_NOT_BUSINESS_NOUNS = frozenset(
    "house home place apartment apt room car truck trailer bed couch party funeral wedding office work job school "
    "church yard garage basement porch side birthday bday mom dad wife husband sister brother son daughter kids "
    "friend girlfriend boyfriend gf bf family parents grave tmrw tomorrow tonight today now later again too".split()
)
#: Relatives whose place is their home, not a business ("at grandma's", "at Mamaw's House").
_RELATIVE_OWNERS = frozenset(
    "mom dad grandma grandpa nana papa mama mother father aunt uncle sister brother mommy daddy granny mamaw papaw "
    "meemaw abuela abuelo gram gramps cousin".split()
)
_NOT_BUSINESS_OWNERS = _RELATIVE_OWNERS | frozenset(
    "pt cl clt caller client patient child baby women men boys girls kids children everyone somebody someone nobody "
    "today tonight yesterday tomorrow week night year month day friend neighbor neighbors her his my their our "
    "your".split()
)


def _lower_owner_businesses(text: str) -> Iterator[Span]:
    for m in (_LOWER_OWNER_BUSINESS if "’" in text else _LOWER_OWNER_BUSINESS_STRAIGHT).finditer(text):
        before = _OWNER_BEFORE_POSSESSIVE.search(text, max(0, m.start() - 30), m.start())
        if not before:
            continue
        owner, noun = before.group(1), m.group(1)
        if owner in _NOT_BUSINESS_OWNERS or noun in _NOT_BUSINESS_NOUNS or noun in FUNCTION_WORDS or not (
                lexicon.is_first_name(owner) or lexicon.is_surname(owner)):
            continue
        yield before.start(1), m.end(), "LOCATION"

#: A fraternity or a sorority by its Greek letters ("3 guys from Sigma Pi", "pledging Alpha Phi", "see u at kappa delta
#: tonight"): a house where a student lives or goes, found from its first letter.
_GREEK_LETTERS = (
    "alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|tau|upsilon|phi|"
    "chi|psi|omega"
)
_GREEK_HOUSE = re.compile(
    rf"(?i:{_GREEK_LETTERS})(?:[ \t]+(?i:{_GREEK_LETTERS})){{1,2}}(?![\w'’-])"
)
CUES.add("greek_house", _GREEK_LETTERS, _GREEK_HOUSE)
GREEK_LETTER_SET = frozenset(_GREEK_LETTERS.split("|"))

#: A campus building and its room after "in" or "to" ("office hours in Bragg 214", "don't come back to Whitney 3B"):
#: found where the cue index saw "in", "to", "at" or "from" before a capital.
_BUILDING_ROOM = re.compile(rf"([{_UP}][{_LO}]{{2,}})[ \t]+(?:\d{{3}}[A-Z]?|\d{{1,2}}[A-Z])(?![\w'’/-])")
#: The nouns that take a number without naming a ward take one without naming a building, with a few more.
_NOT_BUILDINGS = _NUMBERED_NOUNS | frozenset(
    "hall office cell interstate module tier bus train flight channel period area zone locker court field slot".split()
)


def _buildings_and_rooms(text: str, hits: Hits) -> Iterator[Span]:
    for cue in hits["before_capital"]:
        if cue.group()[:2] not in ("in", "to", "at", "fr") or " the " in cue.group() or (
                cue.start() and (text[cue.start() - 1].isalnum() or text[cue.start() - 1] in "_'’-")):
            continue
        m = _BUILDING_ROOM.match(text, cue.end())
        if m and m.group(1).lower() not in _NOT_BUILDINGS and m.group(1).lower() not in MONTH_NAMES:
            yield m.start(), m.end(), "LOCATION"


#: A street named in lower case without its number, after "on", "off" or "near" ("died on old mill rd", "the shelter on
#: bristol rd", "off county rd 12", "the landlord on 3rd st"): found by the cue index at the street word, the name looked back for.
_STREET_CUE_WORDS = "rd|st|ave|blvd|ln|hwy|pkwy|street|road|avenue|lane"
_LOWER_STREET_WORD = re.compile(rf"(?:{_STREET_CUE_WORDS})\b\.?(?:[ \t]+\d{{1,4}}\b)?")
CUES.add("lower_street_word", _STREET_CUE_WORDS, _LOWER_STREET_WORD)
_LOWER_STREET_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?:on|off|onto|down|up|near|at)[ \t]+((?:(?:[a-z]{3,}|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,2})$"
)
_NOT_STREET_NAMES = frozenset("the a an my his her their our your this that same main back side other next left right "
                              "wrong and call per".split())


def _lower_streets(text: str, hits: Hits) -> Iterator[Span]:
    for m in hits["lower_street_word"]:  # found by the cue index at the street word
        if not m.group()[:1].islower() or m.start() == 0 or text[m.start() - 1] not in " \t":
            continue
        before = _LOWER_STREET_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and not any(w in _NOT_STREET_NAMES or is_clinical(w) for w in before.group(1).split()):
            yield before.start(1), m.end(), "LOCATION"

#: A business named for its owner, capitalized, after "at", "near", "outside" or "behind" ("parked at Hootie's
#: Bar-B-Q", "meet at Dyer's Quarry"): found from the possessive, the owner and the preposition looked back for; a
#: relative's home ("at Grandma's House") is not one, and "from" is how an author's work is cited ("from Linehan's DBT").
_OWNER_PLACE_AFTER_POSSESSIVE = re.compile(rf"['’]s[ \t]+({_CAP}(?:[ \t]+(?:&[ \t]+)?{_CAP})?)(?![\w'’-])")
#: The same begun with a straight apostrophe, a literal the engine finds fast (a class is tested at every
#: character), for a text without a curly one.
_OWNER_PLACE_AFTER_POSSESSIVE_STRAIGHT = begun_with(_OWNER_PLACE_AFTER_POSSESSIVE, "['’]", "'")
_OWNER_BEFORE_POSSESSIVE_CAP = re.compile(
    rf"(?<![\w'’-])(?:at|near|outside|behind|above|below|across[ \t]+from|next[ \t]+to)[ \t]+(?:the[ \t]+)?({_CAP})$")


def _owner_named_places(text: str) -> Iterator[Span]:
    for m in (_OWNER_PLACE_AFTER_POSSESSIVE if "’" in text else _OWNER_PLACE_AFTER_POSSESSIVE_STRAIGHT).finditer(text):
        before = _OWNER_BEFORE_POSSESSIVE_CAP.search(text, max(0, m.start() - 30), m.start())
        if before and before.group(1).lower() not in _RELATIVE_OWNERS and not _is_stop_word(m.group(1).split()[0]):
            yield before.start(1), m.end(1), "LOCATION"


def _lower_towns(text: str, hits: Hits) -> Iterator[Span]:
    for m in hits["lower_side_place"]:
        if m.group(1) not in _NOT_SIDE_PLACES and _PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            yield m.start(), m.end(), "LOCATION"
    for m in hits["lower_city_of"]:
        words = m.group(1).split()
        for n in (2, 1):
            if len(words) >= n and lexicon.is_place(" ".join(words[:n])):
                yield m.start(), m.start(1) + len(" ".join(words[:n])), "LOCATION"
                break
    for m in hits["lower_county"]:
        word = _LOWER_WORD_BEFORE_COUNTY.search(text, max(0, m.start() - 24), m.start())
        if word and lexicon.is_place(word.group(1)) and not (lexicon.is_sentence_word(word.group(1)) or is_state(
                word.group(1).title())):
            yield word.start(1), m.end(), "LOCATION"  # "hamilton co"
    for m in hits["lower_fort"]:
        if (m.start() == 0 or not text[m.start() - 1].isalpha()) and _PLACE_PREPOSITION_BEFORE.search(
                text, max(0, m.start() - 12), m.start()) and not lexicon.is_sentence_word(m.group(1)):
            yield m.start(), m.end(), "LOCATION"  # "an MP at ft cavazos"


#: A numbered street without a house number ("a bodega on 21st St", "near the 125th St station").
_NUMBERED_STREET = re.compile(  # ``\d\d{0,2}`` is ``\d{1,3}`` begun with a class (see ``_ADDRESS``)
    r"\d\d{0,2}(?:st|nd|rd|th)[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Pl|Place|Drive|Ter|Terrace)\b\.?"
)
#: The same begun with ``[0-9]`` for an ASCII text, where ``\d`` is that: a plain class is tested faster.
_NUMBERED_STREET_ASCII = begun_with(_NUMBERED_STREET, r"\d", "[0-9]")
#: What every match of ``_NUMBERED_STREET`` holds, each found fast from its letters rather than from every digit.
_NUMBERED_STREET_HINTS = tuple(re.compile(rf"{s}(?<=\d{s})[ \t]") for s in ("st", "nd", "rd", "th"))


#: The street or town a lower-case chain stands on ("the dunkin on utica", "quest on maple", "dollar tree on route 9").
_LOWER_STREET_AFTER = re.compile(
    r"[ \t]+(?:on|off)[ \t]+((?:rte|route|rt|hwy|highway)[ \t]*\d{1,3}[a-z]?|\d{1,3}(?:st|nd|rd|th)(?:[ \t]+(?:st|ave))?|"
    r"[a-z]{3,}(?:[ \t]+(?:st|rd|ave|blvd|dr|ln|pkwy|hwy))?\.?)(?![\w'’-])"
)


def _lower_street_after(text: str, end: int) -> int:
    """Where a lower-case chain's name ends with the street or town after it, or ``end``."""
    street = _LOWER_STREET_AFTER.match(text, end)
    if not street:
        return end
    words = street.group(1).rstrip(".").split()
    if len(words) > 1 or words[0][:1].isdigit() or words[0].lower() in _TREES or (
            words[0] not in FUNCTION_WORDS and lexicon.is_place(words[0]) and not lexicon.is_sentence_word(words[0])):
        return street.end(1)  # "on mill st", "on 181st", "on maple", "on utica"; not "on break", "on time"
    return end


_LOWER_CHAIN_CUE_BEFORE = re.compile(r"(?<![A-Za-z])(?:at|from|to|near|@)[ \t]+(?:the[ \t]+|a[ \t]+)?$")


def _lower_chain_cues(text: str, first_words: frozenset[str]) -> Iterator[re.Match[str]]:
    """The matches of ``_LOWER_CHAIN_AT`` whose phrase begins with one of ``first_words``, found from those words
    (a pass of its pattern over the whole text tries its cue words at every 'a', 'f', 't' and 'n')."""
    starts = set()
    for word in first_words:
        for at in occurrences(text, word):
            if at and text[at - 1].isalnum():
                continue
            cue = _LOWER_CHAIN_CUE_BEFORE.search(text, max(0, at - 12), at)
            if cue:
                starts.add(cue.start())
    for start in sorted(starts):
        m = _LOWER_CHAIN_AT.match(text, start)
        if m:
            yield m


def _lower_chains(text: str, first_words: frozenset[str]) -> Iterator[Span]:
    for m in _lower_chain_cues(text, first_words):
        words = []
        for w in m.group(1).split():
            words.append(w.rstrip(".,;:!?"))
            if words[-1] != w:
                break  # the name ends at a sentence's end: "fired from mcdonalds. went"
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[:n])
            if phrase.replace("'", "").replace("’", "") in _LOWER_CHAINS:
                # "she works at walmart on nights"; "the dunkin on utica" with its street
                yield m.start(1), _lower_street_after(text, m.start(1) + len(phrase)), "LOCATION"
                break


#: A field or a sentence that names the workplace or the training site ("Site: Eastside Veterans Outreach", "Employer
#: Dorsey Roofing", "practicum site is Lakeview Counseling"): the capitalized words after it, whole.
_WORKPLACE_PREFIXES = r"practicum|internship|training|placement"
_WORKPLACE_LABEL_WORDS = rf"{_WORKPLACE_PREFIXES}|site|agency|employer|workplace"
_WORKPLACE_LABEL = re.compile(
    rf"(?i:(?:(?:{_WORKPLACE_PREFIXES})[ \t]+)?(?:site|agency|employer|workplace)|placement)"
    r"(?:[ \t]*:[ \t]*|[ \t]+(?:is[ \t]+)?)"
    r"([A-Z][A-Za-z'’&-]*(?: (?:(?:of|and|&|de|the) )?[A-Z][A-Za-z'’&-]*){0,5})(?![\w'’-])"
)
CUES.add("workplace_label", _WORKPLACE_LABEL_WORDS, _WORKPLACE_LABEL)


def _named_workplaces(hits: Hits) -> Iterator[Span]:
    for m in hits["workplace_label"]:
        words = m.group(1).split()
        first = words[0]
        if first in _TITLE_WORDS or is_state(first) or first.lower() in COUNTRIES or first.lower() in FUNCTION_WORDS:
            continue
        # a word no dictionary, clinical list or generic place word holds makes it a name: not "Site: Foster Care",
        # "Agency: DCFS", "Placement: Telehealth"
        if any(not (lexicon.is_sentence_word(w) or is_clinical(w) or w.isupper() or _generic([w])) for w in words):
            yield m.start(1), m.end(1), "LOCATION"


#: The abbreviated kinds of a street that follow its name and mean nothing else there ("Dr" may be a title, "Ct" a
#: count, "Pl" a plural).
_STREET_ABBREVIATIONS = frozenset({"St", "Ave", "Blvd", "Rd", "Hwy", "Ln", "Pkwy"})
#: One to three capitalized words right before a street's abbreviated kind, read on the text before it.
_STREET_NAME_BEFORE = re.compile(rf"(?<![\w'’-])((?:{_CAP}[ \t]+){{1,3}})$")
#: After "St": a saint's name ("Mary St John", "the St Luke's"), not a street's end.
_SAINT_AFTER_ST = re.compile(rf"\.?[ \t]+([{_UP}][{_LO}]+)(['’]s)?(?![\w'’-])")


def _abbreviated_street(text: str, start: int, end: int) -> Span | None:
    """The street whose abbreviated kind stands at ``text[start:end]`` after its capitalized name, wherever it stands
    ("the Orchard St stop", "Walgreens, Federal St", "CVS on Silas Deane Hwy"): the name without the articles and
    prepositions before it, or None when there is none, when a number comes first (an address, found whole by its own
    rule) or when "St" begins a saint's name."""
    following = text[end : end + 2]
    if following[:1].isalnum() or (following[:1] in ("'", "’", "-") and following[1:].isalnum()):
        return None  # a longer word ("Stable", "St-Jean", "Ave's")
    m = _STREET_NAME_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group(1))]
    while words and (_is_stop_word(words[0][1]) or words[0][1].lower() in FUNCTION_WORDS):
        words.pop(0)
    if not words or any(is_clinical(w) or w.lower() in FUNCTION_WORDS for _s, w in words):
        return None
    if text[max(0, m.start() - 3) : m.start()].rstrip()[-1:].isdigit():
        return None
    if text[start:end] == "St":
        saint = _SAINT_AFTER_ST.match(text, end)
        if saint and (saint.group(2) or lexicon.is_first_name(saint.group(1))):
            return None
    return m.start(1) + words[0][0], end


#: A form's field for a place, at a line's start, and its value ("Village: Fagamalo Uta", "Hometown: Ybor City"): the
#: value is a place whatever its words, unless a state, a country or a placeholder.
_PLACE_FIELD_WORDS = (
    r"Town|City|Village|Hometown|Home town|Neighborhood|Neighbourhood|Birthplace|Place of birth|Island|Municipality|"
    r"Community|Reservation|Barrio|Colonia"
)
_PLACE_FIELD = re.compile(
    rf"(?:{_PLACE_FIELD_WORDS})[ \t]*:[ \t]*"
    rf"({_CAP}(?:[ \t]+(?:d['’]|de[ \t]+|del[ \t]+|la[ \t]+)?{_CAP}){{0,3}})(?=[ \t]*(?:[,;(\n]|$))"
)
CUES.add("place_field", _PLACE_FIELD_WORDS, _PLACE_FIELD, capitalized=True)


def _place_fields(text: str, hits: Hits) -> Iterator[Span]:
    for m in hits["place_field"]:
        if not at_line_start(text, m.start()):
            continue
        value = m.group(1)
        if not (is_state(value) or value.lower() in COUNTRIES or value.lower() in FUNCTION_WORDS):
            yield m.start(1), m.end(1), "LOCATION"


#: A camp by its name ("Nyarugusu refugee camp", "Mae La camp"), found from "camp", the name looked back for; not a
#: kind of camp ("boot camp", "Summer camp", "Camp" at a sentence's start).
_CAMP = re.compile(
    r"(?:refugee[ \t]+|displacement[ \t]+|IDP[ \t]+)?camps?(?![\w'’-])|(?:trailer|mobile[ \t]+home)[ \t]+park(?![\w'’-])")
CUES.add("camp", "refugee|displacement|IDP|camp|camps|trailer|mobile", _CAMP)
_NAME_BEFORE_CAMP = re.compile(rf"(?<![\w'’-])({_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]+$")
#: A union's local by its number ("IBEW Local 1147", "UFCW Local 7", "steward from local 331").
_UNION_LOCAL = re.compile(r"(?:(?:[A-Z]{2,6}|[A-Z][a-z]+)[ \t]+)?(?:Local|local)[ \t]+\d{1,4}(?![\w/.:-])")
_UNION_LOCAL_CUE = re.compile(r"(?i:union|steward|shop|from|of|at|with|in)[ \t]+$")


#: A fire or EMS station by its number ("Station 14", "Fire Station 31", "Firehouse 11", "from station 40").
_STATION = re.compile(
    r"(?:(?:Fire|EMS|Rescue|fire|ems)[ \t]+)?(?:Station|Firehouse|station|firehouse)[ \t]+\d{1,3}(?![\w/:-]|\.\d)")
CUES.add("station", "fire|ems|rescue|station|firehouse", _STATION)
_STATION_CUE_BEFORE = re.compile(r"(?i:at|from|to|of|out[ \t]+of|in)[ \t]+(?:the[ \t]+)?$")


def _stations_camps_and_locals(text: str, hits: Hits) -> Iterator[Span]:
    for m in hits["station"]:
        if m.group()[0].isupper() or _STATION_CUE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            yield m.start(), m.end(), "LOCATION"
    for camp in hits["camp"]:
        name = _NAME_BEFORE_CAMP.search(text, max(0, camp.start() - 40), camp.start())
        words = name.group(1).split() if name else ()
        if name and (any(not lexicon.is_common_word(w) and not is_state(w) and w.lower() not in COUNTRIES
                         and w.lower() not in FUNCTION_WORDS for w in words) or (
                len(words) > 1 and _GEO_WORD.fullmatch(words[-1]) and words[0].lower() not in FUNCTION_WORDS)):
            yield name.start(1), camp.end(), "LOCATION"  # "Mae La camp"; "Cedar Creek camp", a land word's
    if "ocal " in text:
        for m in _UNION_LOCAL.finditer(text):
            if m.group()[0].isupper() or _UNION_LOCAL_CUE.search(text, max(0, m.start() - 10), m.start()):
                yield m.start(), m.end(), "LOCATION"


def _find_places(text: str, hits: Hits) -> Iterator[Span]:
    yield from _named_workplaces(hits)
    yield from _stations_camps_and_locals(text, hits)
    yield from _place_fields(text, hits)
    if "'s " in text or "’s " in text:
        yield from _owner_named_places(text)
    yield from _buildings_and_rooms(text, hits)
    yield from _spanish_places(hits)
    for m in hits["greek_house"]:
        letters = m.group().split()
        previous = text[max(0, m.start() - 9) : m.start()].split()
        if previous and text[m.start() - 1] in " \t" and previous[-1].lower() in GREEK_LETTER_SET:
            continue  # "Beta Kappa" inside "Phi Beta Kappa": the run that began one letter before
        if (m.start() == 0 or not text[m.start() - 1].isalnum()) and (letters[0][0].isupper() or m.group().islower() and (
                max(len(w) for w in letters) >= 4)) and m.group() != "Phi Beta Kappa":
            yield m.start(), m.end(), "LOCATION"  # "Sigma Pi", "kappa delta"; not "DELTA PHI" in capitals, "pi mu"
    first_words = lower_words(text) & _LOWER_CHAIN_FIRST_WORDS
    if first_words:
        yield from _lower_chains(text, first_words)  # "at walmart" in lower case, also in a text or a chat pasted in
    # its street kind is one of the address's, after a space: without one the tests below are skipped
    if hits["street_suffix"] and ("st " in text or "th " in text or "nd " in text or "rd " in text) and any(
            hint.search(text) for hint in _NUMBERED_STREET_HINTS):
        for m in (_NUMBERED_STREET_ASCII if text.isascii() else _NUMBERED_STREET).finditer(text):
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "/.-"):
                yield m.start(), m.end(), "LOCATION"
    if writes_lower_case(text):
        yield from _lower_towns(text, hits)
        yield from _lower_streets(text, hits)
        if "'s " in text or "’s " in text:
            yield from _lower_owner_businesses(text)
    if writes_lower_case(text) and ("saint " in text or "st" in text):  # the cached answer first
        for m in _LOWER_SAINT_PLACE.finditer(text):
            if (m.start() == 0 or not text[m.start() - 1].isalpha()) and _PLACE_PREPOSITION_BEFORE.search(
                    text, max(0, m.start() - 12), m.start()) and (lexicon.is_first_name(m.group(1)) or (
                    m.group(1).endswith("s") and lexicon.is_first_name(m.group(1)[:-1]))) and not (
                    is_devotion_to_saint(text, m.start())):
                yield m.start(), m.end(), "LOCATION"
    for m in _SAINT_PLACE.finditer(text) if ("St" in text or "Saint" in text) and _SAINT_PLACE_HINT.search(
            text) else ():
        if not is_devotion_to_saint(text, m.start(1)):
            yield m.start(1), m.end(1), "LOCATION"  # "the ED at St. Luke's", "mass at Saint Brendan's"
    for m in hits["street_named"]:
        words = m.group(1).split()
        before = text[max(0, m.start() - 3) : m.start()].rstrip()
        if before[-1:].isdigit() or before[-1:].isupper():
            continue  # "the Motel 6 on Broad Street": the business's own rule takes its street
        if not (words[0].lower() in FUNCTION_WORDS or (_generic(words[:-1]) and not _NAMED_STREET_WORDS.issuperset(
                w.lower() for w in words[:-1]))):
            yield m.start(1), m.end(1), "ADDRESS"  # "on Western Blvd", "off Main St"
    for m in hits["street_suffix"]:
        if m.group() in _STREET_ABBREVIATIONS:
            street = _abbreviated_street(text, m.start(), m.end())
            if street:
                yield *street, "LOCATION"  # "left at the Orchard St stop", "Pharmacy: Walgreens, Federal St"
    for m in hits["at_phrase"]:
        if not (m.start() and text[m.start() - 1].isalnum()) and _place_phrase(m.group(1).split()):
            yield m.start(1), m.end(1), "LOCATION"
    if " on " in text or " off " in text:
        yield from _businesses_on_streets(text)
    for m in _COUNTY.finditer(text) if hits["county_kind"] and any(w in text for w in _COUNTY_WORDS) else ():
        words = m.group().split()
        while words and (_is_stop_word(words[0]) or words[0] in ("Tri", "St", "Saint")):
            words.pop(0)
        if len(words) > 1:
            yield m.end() - len(" ".join(words)), m.end(), "LOCATION"  # "in Dorsey County"; not "this County"
    for m in hits["lower_lake"]:
        word = m.group(1)
        if _LOWER_LAKE_BEFORE.search(text, max(0, m.start() - 8), m.start()) and not (
                is_state(word.title()) or is_clinical(word) or word in FUNCTION_WORDS or word in NOT_NAME_AFTER_CUE) and (
                (lexicon.is_place(word) and not lexicon.is_frequent_word(word)) or not lexicon.is_sentence_word(word)):
            yield m.start(), m.end(), "LOCATION"  # "on lake guntersville"
    for m in hits["state_health"] + hits["ranked_church"] + hits["named_unit"] + hits["mercy_hospital"]:
        yield m.start(), m.end(), "LOCATION"
    for m in hits["system_or_worship"]:
        words = m.group().split()[1:]
        if not any(is_clinical(w) or _is_stop_word(w) or w.lower() in EVENT_WORDS or w.lower() in _CLERGY_WORDS
                   for w in words):  # not "Baptist Tues/Thurs", "the Baptist Minister"
            yield m.start(), m.end(), "LOCATION"
    for m in hits["numbered_school"]:
        if _SCHOOL_CONTEXT.search(text, max(0, m.start() - 40), m.start()):
            yield m.start(), m.end(), "LOCATION"
    for m in _COTTAGE.finditer(text) if "Cottage" in text else ():
        if m.group().split()[0].lower() not in FUNCTION_WORDS:
            yield m.start(), m.end(), "LOCATION"
    for m in hits["article_place"]:
        name = " ".join(m.group().split())
        if _ARTICLE_PLACE_BEFORE.search(text, max(0, m.start() - 10), m.start()) and (
                name.lower() not in COUNTRIES and not is_state(name)):
            yield m.start(), m.end(), "LOCATION"  # not "from El Salvador"
    for m in hits["ship"]:
        yield m.start(), m.end(), "LOCATION"
    for m in hits["little_place"]:
        word = m.group(1)
        if word.lower() in COUNTRIES or word in _LITTLE_PLACES or lexicon.is_world_place(word):
            yield m.start(), m.end(), "LOCATION"  # "Little Haiti", "Little Saigon": a neighbourhood
    for m in hits["campus_or_base"]:
        if m.group().lower() in COUNTRIES:
            continue  # "Cape Verde"
        if m.group().split()[0] not in ("Camp", "Fort") or not at_sentence_start(text, m.start()):
            yield m.start(), m.end(), "LOCATION"
    for m in hits["chain"]:
        if _PRODUCT_AFTER_CHAIN.match(text, m.end()):
            continue  # "a Costco pizza night", "Starbucks coffee": what it sells, no place
        name, _, street = (_CHAIN_STREET_JOIN.split(m.group(), 1) + ["", ""])[:3]  # "Kroger", "on", "Elm St"
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 6), m.start()) and not _PLACE_AFTER_CHAIN.match(
                text, m.end()):
            continue  # "had a Starbucks", "worked at a Costco", "frozen at a McDonald's": any store of the chain, no
            # place; "a Walmart lot in Odessa", "a Kroger on Elm" are one
        if _CHAIN_ANYWHERE_RX.fullmatch(name) or _CHAIN_BEFORE.search(text, max(0, m.start() - 24), m.start()) or (
                _WORK_NOUN_AFTER.match(text, m.end())):  # "works as Amazon delivery driver"
            end = m.end()
            if street and street.split()[0].lower() in NOT_NAME_AFTER_CUE:
                end = m.start() + len(name)  # "Rikers on Monday"
                yield m.start(), end, "LOCATION"
                continue
            nxt = _CHAIN_NEXT.match(text, end)
            if nxt and not (nxt.group(1).lower() in FUNCTION_WORDS or nxt.group(1).lower() in NOT_NAME_AFTER_CUE
                            or lexicon.is_first_name(nxt.group(1))):
                end = nxt.end(1)  # "FedEx Ground", "Walmart Supercenter"
            number = _STORE_NUMBER.match(text, end)
            if number:
                end = number.end()  # "Walmart Supercenter #2714"
            town = _IN_TOWN_AFTER.match(text, end)
            if town and not (is_state(town.group(1)) or town.group(1).lower() in COUNTRIES or _is_stop_word(
                    town.group(1).split()[0])):
                end = town.end(1)  # "the Dollar General in Viper": the store of that town
            yield m.start(), end, "LOCATION"
    for st in hits["state"]:
        if not st.group(1) and st.group() in _TERRITORY_CODES:
            continue
        if not text[max(0, st.start() - 3) : st.start()].rstrip(" \t").endswith(","):
            if st.group(1) and st.group().split()[0].isupper() and text[max(0, st.start() - 2) : st.start()].strip(" \t")[-1:].isalpha():
                yield st.start(1), st.end(1), "LOCATION"  # "Baltimore MD 21218": the ZIP, the city by the gazetteer
                town = _TOWN_BEFORE_STATE.search(text, max(0, st.start() - 40), st.start())
                if town and not any(_is_stop_word(w) or is_clinical(w) for w in town.group(1).split()):
                    yield town.start(1), town.end(1), "LOCATION"  # "PO Box 212, Pecan Island LA 70548": any town
            continue
        m = _CITY_BEFORE.search(text, max(0, st.start() - 80), st.start())
        if not m:
            continue
        words = m.group(1).split()
        while words and (words[0].lower() in FUNCTION_WORDS or lexicon.is_common_word(words[0])) and not (
                lexicon.is_place(" ".join(words)) and words[0].lower() not in FUNCTION_WORDS):
            words.pop(0)  # "Seen Springfield, IL" drops "Seen"; "in Phoenix, AZ" keeps the town
        if words:
            start = m.end(1) - len(" ".join(words)) if m.group(1).endswith(words[-1]) else m.start(1)
            yield start, m.end(1), "LOCATION"
        if st.group(1):
            yield st.start(1), st.end(1), "LOCATION"
    for m in _ZIP_PLUS4.finditer(text) if _ZIP_PLUS4_HINT.search(text) else ():
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_/.-"):
            yield m.start(), m.end(), "LOCATION"
    for m in hits["zip"]:
        yield m.start(1), m.end(1), "LOCATION"
    if digit_before_capital(text) and _POSTAL_CODE_HINT.search(text):  # the first asked once a note (``find_ids``)
        for m in _POSTAL_CODE.finditer(text):
            yield m.start(), m.end(), "LOCATION"  # "Saskatoon S7N 1M2": a Canadian postal code, a ZIP's like
    for f in hits["facility"]:
        m = _FACILITY_NAME_BEFORE.search(text, max(0, f.start() - 90), f.start())
        if m:
            yield from _facility(text, m, f)
    for m in hits["facility_of"]:
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            yield m.start(), m.end(), "LOCATION"
    for m in hits["place_cue"]:
        if _DRUG_CUE.match(m.group()):
            continue
        run = _PLACE_WORDS.match(text, m.end())
        if not run:
            if _SCHOOL_OR_WORK_CUE.match(m.group()) and not mostly_upper(text, m.start(), m.end() + 20):
                acronym = _acronym_place(text, m.end())
                if acronym:
                    yield acronym  # "a first-year at UCLA", "works for UPMC"
            continue
        words = run.group().split()
        if text.startswith(".", run.start() + len(words[0])) and words[0] in _TITLE_WORDS:
            continue  # "worked with Capt. Haskins": a person
        kept = []
        for w in words:
            if w.lower() in FUNCTION_WORDS or w.lower() in NOT_NAME_AFTER_CUE or is_clinical(w):
                break
            kept.append(w)
        if kept and kept[-1] == "State" and len(kept) > 1:
            kept = kept[:-1]  # "moved to New York State" is the state
        if not kept or _generic(kept) or is_state(" ".join(kept)) or " ".join(kept).lower() in COUNTRIES:
            continue
        end = run.start() + len(" ".join(kept))
        yield run.start(), end, "LOCATION"
    for m in hits["ward"]:
        name = m.group(1).split()[0]
        if not lexicon.is_surname(name) or is_clinical(name) or name.lower() in _NUMBERED_NOUNS:
            continue
        if m.group()[:1] in "oOaA" and m.group()[:2].lower() in ("or", "an") and not _WARD_CONTEXT.search(
            text, max(0, m.start() - 50), m.start()
        ):
            continue
        yield m.start(1), m.end(1), "LOCATION"
    for m in hits["place_prep"]:
        yield from _unknown_place(text, m)
        town = _OF_TOWN.match(text, m.end(1))
        if town and lexicon.is_place(town.group(1)) and not _generic(m.group(1).split()):
            yield m.start(1), town.end(1), "LOCATION"  # "at Sunrise of Shaker Heights": a branch named by its town
    for m in hits["upper_place"]:
        yield from _upper_place(m)
    yield from _named_places(text, hits)
    yield from _place_then_kind(text)
    yield from _place_in_apposition(text, hits)
    before_capital = _words_before_capital(text, hits)
    yield from _at_named(text, before_capital)
    yield from _at_the_named(text)
    yield from _places_no_list_knows(text, before_capital)
    yield from _union_locals(text)
    yield from _highways(text, hits)
    yield from _exits_and_sites(text, hits)
    yield from _sites_and_abbreviations(text, hits)
    for unit in hits["lds_unit"]:
        m = _LDS_WARD_BEFORE.search(text, max(0, unit.start() - 40), unit.start())
        if m:
            yield m.start(1), unit.end(), "LOCATION"
    yield from _gazetteer(text)
    for m in hits["lower_place"]:
        yield from _lower_place(m)


_PLACE_PREP_WORDS = r"in|from|to|near|outside|at|IN|FROM|TO|NEAR|OUTSIDE|AT"
_PLACE_PREP_RULE = re.compile(
    rf"(?:{_PLACE_PREP_WORDS})[ \t]+(?:(?:the|THE)[ \t]+)?"
    rf"((?:(?:East|West|North|South|New|Lake|Port|Fort|Mount|Mt\.|Saint|St\.|Glen|Fall|Falls)[ \t]+)?"
    rf"{_CAP}(?:[ \t]+(?:{_CAP}))?)(?![\w'’]|-[a-z])"
)
CUES.add("place_prep", _PLACE_PREP_WORDS, _PLACE_PREP_RULE)
#: A town written in lower case after a place preposition ("saw them in methuen"): the gazetteer must know it
#: and no English, clinical or function word list may ("in bed", "to work", "from home" stay words).
_LOWER_PLACE = re.compile(
    r"(?<![A-Za-z])(?:in|from|fr|frm|to|near|outside)[ \t]+((?:(?:el|la|las|los|san|santa|st\.?|ft\.?|mt\.?|le|des|du)[ \t]+)?"
    r"[a-z]{4,}(?:-[a-z]{2,}){0,3}(?:[ \t]+[a-z]{4,})?)(?![\w'’-])"
)
_LOWER_PLACE_PARTICLES = frozenset("el la las los san santa st st. ft ft. mt mt. le des du east west north south new "
                                   "fort port lake mount".split())
CUES.add("lower_place", "in|from|fr|frm|to|near|outside", _LOWER_PLACE)  # "drove fr arvin"


def _lower_place(m: re.Match[str]) -> Iterator[Span]:
    words = m.group(1).split()
    if not (lexicon.may_begin_place(words[0]) or words[0] in lexicon.world_place_first_words()):
        return  # no phrase of these (ASCII, lower-case) words is a place: nearly every match ("to bed", "in room")
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        first = phrase.split()[0]
        if is_state(phrase.title()):
            return  # "lives in arizona"
        if not (lexicon.is_place(phrase) or (len(phrase) >= 5 and lexicon.is_world_place(phrase) and (
                "-" in first or not lexicon.is_sentence_word(first)))):
            continue  # "to guadalajara", "from port-au-prince"; not "in chem"
        if any((lexicon.is_sentence_word(w) and n == 1) or is_clinical(w) or (
                w in FUNCTION_WORDS and w not in _LOWER_PLACE_PARTICLES)
               or w in NOT_NAME_AFTER_CUE or (w in COUNTRIES and w not in _LOWER_PLACE_PARTICLES) for w in words[:n]):
            return  # "in bed", "to work"; a two-word town ("in pigeon forge") is a place even if its words are words
        yield m.start(1), m.start(1) + len(phrase), "LOCATION"
        return
#: In an all-caps note ("TRANSFERRED FROM FRAMINGHAM"), a gazetteer town after a place preposition.
_UPPER_PLACE_WORDS = r"FROM|TO|IN|NEAR|AT|OUTSIDE"
_UPPER_PLACE = re.compile(
    rf"(?:{_UPPER_PLACE_WORDS})[ \t]+(?:THE[ \t]+)?([A-Z]{{3,}}(?:[ \t]+[A-Z]{{3,}}){{0,2}})(?![\w'’]|-[a-z]|[ \t]*\d)"
)
CUES.add("upper_place", _UPPER_PLACE_WORDS, _UPPER_PLACE, capitalized=True)


def _upper_place(m: re.Match[str]) -> Iterator[Span]:
    """The longest run of capitals after the preposition that the gazetteer knows and that is not also an
    English word, a clinical abbreviation, a state or a country ("FROM HOME", "TO MICU", "TO WAKE", "TO DRAIN",
    "TO WARD 3"). A town that is also a surname ("FROM LOWELL") is found: either way it is an identifier."""
    words = m.group(1).split()
    if not lexicon.may_begin_place(words[0].lower()):
        return  # no phrase of these words is in the gazetteer ("TO BED", "FROM HOME")
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        if not lexicon.is_place(phrase):
            continue
        if n == 1 and (
            len(phrase) < 4
            or lexicon.is_common_word(phrase)
            or phrase.lower() in _NUMBERED_NOUNS
            or is_clinical(phrase)
            or phrase.lower() in FUNCTION_WORDS
            or phrase.lower() in NOT_NAME_AFTER_CUE
        ):
            return
        if is_state(phrase.title()) or phrase.lower() in COUNTRIES:
            return
        start = m.start(1)
        yield start, start + len(phrase), "LOCATION"
        return


#: A congregation of the Latter-day Saints by its town and number ("the Orem 14th Ward").
_LDS_UNIT = re.compile(r"(?:Ward|Branch|Stake)(?![\w])")
CUES.add("lds_unit", "Ward|Branch|Stake", _LDS_UNIT, capitalized=True)
_LDS_WARD_BEFORE = re.compile(rf"(?<![\w])({_CAP}(?:[ \t]+{_CAP})?[ \t]+\d{{1,3}}(?:st|nd|rd|th)[ \t]+)$")
_OF_TOWN = re.compile(rf"[ \t]+of[ \t]+({_CAP}(?:[ \t]+{_CAP}){{0,2}})(?![\w'’])")
_PLACE_PREFIX = frozenset("east west north south new lake port fort mount mt. saint st. glen fall falls".split())


#: Endings of languages, nationalities, adverbs and adjectives ("in Iranian", "to Nasally", "in Interventional").
_NOT_PLACE_ENDINGS = ("ian", "ese", "ish", "ally", "ional", "ive", "ous")


def _unknown_place(text: str, m: re.Match[str]) -> Iterator[Span]:
    """A capitalized word after "in", "from", "to" that no dictionary or name list knows ("from Codystad"),
    or a place-like prefix before a name ("in West Alicia", "to Lake Kyle")."""
    words = m.group(1).split()
    if at_sentence_start(text, m.start(1)) or any(is_clinical(w) for w in words):
        return
    head = words[0]
    if " ".join(words).lower() in COUNTRIES or is_state(" ".join(words)):
        return  # "from South Korea", "in North Carolina"
    if head.lower() in _PLACE_PREFIX and len(words) == 2:
        second = words[1]
        if not lexicon.is_common_word(second) and second.lower() not in FUNCTION_WORDS:
            yield m.start(1), m.end(1), "LOCATION"
        return
    if len(words) > 1:
        # only the first word is in question ("from Codystad Memorial" is for the facility rule)
        words = words[:1]
    w = words[0]
    bare = w[:-2] if w.endswith(("'s", "’s")) else w
    if (
        len(bare) < 4
        or bare.lower().endswith(_NOT_PLACE_ENDINGS)
        or w.lower() in FUNCTION_WORDS
        or bare.lower() in NOT_NAME_AFTER_CUE
        or is_state(w)
        or w.lower() in COUNTRIES
        or lexicon.is_common_word(w)
        or lexicon.is_sentence_word(w)
        or lexicon.is_name_word(w)
        or lexicon.is_place(w)  # known places are the gazetteer's business
        or len(w) < 4
    ):
        return
    yield m.start(1), m.start(1) + len(w), "LOCATION"


def _surname_mid_sentence(text: str, start: int, word: str) -> bool:
    return (
        word[:1].isupper()
        and word[1:].islower()
        and len(word) > 2
        and not at_sentence_start(text, start)
        and lexicon.is_surname(word)
        and word.lower() not in GENERIC_WORDS
    )


_CONNECTORS = frozenset({"of", "the", "and", "&", "for", "de", "la"})
_TOWN_AFTER = re.compile(rf"(?:,?[ \t]+(?:in|of)[ \t]+|[ \t]+)({_CAP}(?:[ \t]+{_CAP})?)(?![\w'’])")
_SPACE_RUN = re.compile(r"\S+")


#: A street's word inside a business's name ("Pleasant St Laundromat", "Keene Street Detox").
_STREET_WORDS_IN_NAMES = frozenset({"St", "St.", "Ave", "Ave.", "Rd", "Rd."})


_DOSE_OR_VALUE_AFTER = re.compile(r"[ \t]*\d")


def _facility(text: str, m: re.Match[str], f: re.Match[str]) -> Iterator[Span]:
    spans = [(w.start(), w.end()) for w in _SPACE_RUN.finditer(text, m.start(1), m.end(1))]
    words = [text[s:e] for s, e in spans]
    # a function word inside the run ends any name before it ("PT TO STAY IN ICU", "PLAN TO ADMIT TO MICU")
    for i in range(len(words) - 1, 0, -1):
        if words[i].lower() in FUNCTION_WORDS and words[i].lower() not in _CONNECTORS and not (
                words[i].istitle() and words[i].lower() in NAME_LIKE_FUNCTION_WORDS) and not (
                words[i] in _STREET_WORDS_IN_NAMES):  # "Free Will Baptist", "Pleasant St Laundromat"
            spans, words = spans[i + 1 :], words[i + 1 :]
            break
    # drop leading words that start the sentence or are function words ("The", "At", "Called") ...
    # ... but keep a capitalized surname that is also such a word in the middle of a sentence ("to White
    # Memorial Hospital", "on May Hospital campus")
    kept_surname = False
    while words:
        w, start = words[0], spans[0][0]
        if (w.lower() in FUNCTION_WORDS or (w.lower() in NOT_NAME_AFTER_CUE and w.lower() not in PEOPLES)) and not (
            kept_surname := _surname_mid_sentence(text, start, w)
        ):
            pass
        elif at_sentence_start(text, start) and lexicon.is_sentence_word(w) and not lexicon.is_name_word(w):
            pass
        else:
            break
        spans.pop(0)
        words.pop(0)
    # generic words name a facility when the facility word is followed by its place ("Children's Hospital
    # Colorado", "Children's Hospital of Philadelphia")
    if not words or (f.group() == "House" and is_clinical(words[0])):
        return  # "the Gottman Sound Relationship House" is a model
    if len(words) > 1 and at_sentence_start(text, spans[0][0]) and lexicon.is_common_word(words[0]) and _generic(
            words[1:]):
        return  # "Call Child Protective Services": a verb, then a generic name
    if _generic(words) and not kept_surname and not f.group("after"):
        town = _TOWN_AFTER.match(text, f.end())
        if town and lexicon.is_place(town.group(1)):
            # a generic name with its town is that town's facility ("Catholic Charities in Fresno", "First Baptist
            # Church in Knoxville", "Baptist Health Lexington")
            yield spans[0][0], f.end() if town.group().lstrip().startswith(("in", "of")) else town.end(1), "LOCATION"
        return
    facility_word = f.group().split()[0]
    if facility_word in ("ER", "ED") and _DOSE_OR_VALUE_AFTER.match(text, f.end()):
        return  # "Methylphenidate ER 18 mg": extended release; "TMAX ED 104.2"
    if facility_word == "Hall" and not _AT_PLACE.search(text, max(0, spans[0][0] - 12), spans[0][0]):
        return  # "in Bryce Hall", "at Aldridge Hall" are buildings; "Dr. Anthony Hall" is a person
    if facility_word in _UNIT_WORDS_NAMED_FOR_PEOPLE or facility_word.isdigit():
        if not lexicon.is_surname(words[-1]) or words[-1].isupper():
            return  # "Smith ICU" is a ward named for a person; "the RN ICU" is not
    yield spans[0][0], f.end(), "LOCATION"


def _is_field_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a form's label, a line's first words before a colon ("Hometown: ...": a town in
    Illinois)."""
    return text.startswith(":", end) and at_line_start(text, start)


def _gazetteer(text: str) -> Iterator[Span]:
    """Capitalized runs of up to four words that name a US city, town or county in the gazetteer.

    A place name that is also a common word or a name ("Mobile", "Hope", "Clinton") counts only after a
    place preposition ("in", "from", "to", "near") or before a state.
    """
    firsts = lexicon.place_first_words()
    if not firsts:
        return
    longest = min(lexicon.longest_place_words(), 4)
    world_firsts = lexicon.world_place_first_words()
    for m in _PLACE_WORDS.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’-"):
            continue  # inside a word: "Centre" of "RiverCentre"
        words = m.group().split()
        i = 0
        pos = m.start()
        while i < len(words):
            w = words[i]
            found = 0
            if w.lower() in firsts:
                for n in range(min(longest, len(words) - i), 0, -1):
                    if lexicon.is_place(" ".join(words[i : i + n])):
                        found = n
                        break
            start = text.index(w, pos)
            if w.lower() in world_firsts or (not w.isascii() and lexicon.ascii_fold(w.lower()) in world_firsts):
                for n in range(min(4, len(words) - i), found, -1):  # the longer name wins: "San Pedro Sula"
                    if lexicon.is_world_place(" ".join(words[i : i + n])):
                        phrase = " ".join(words[i : i + n])
                        if _world_place_ok(text, start, words[i : i + n]):
                            yield start, start + len(phrase), "LOCATION"
                            i += n
                            pos = start + len(phrase)
                            found = -1
                        break
                if found < 0:
                    continue
            if found:
                phrase = " ".join(words[i : i + found])
                end = start + len(phrase)
                if _place_ok(text, start, end, words[i : i + found]) and not _is_field_label(text, start, end):
                    yield start, end, "LOCATION"
                    z = _ZIP_AFTER.match(text, end)
                    if z:
                        yield z.start(1), z.end(1), "LOCATION"
                i += found
                pos = end
            else:
                if _town_shaped(text, start, w):
                    first = start
                    if i and words[i - 1].lower() in _PLACE_PREFIX:
                        first = text.rindex(words[i - 1], 0, start)
                    yield first, start + len(w), "LOCATION"
                i += 1
                pos = start + len(w)


#: Endings of English-language town names ("-ton", "-ville", "-burgh", "-port", "-mouth" ...).
_TOWN_SUFFIXES = (
    "town", "ton", "ville", "burg", "burgh", "borough", "boro", "bury", "port", "mouth", "chester", "fort",
    "haven", "field", "ford", "land", "view", "side", "shire", "stad", "berg", "dale", "wood", "mont", "polis",
)


def _town_shaped(text: str, start: int, word: str) -> bool:
    """A capitalized word that no word, name or place list knows and that ends like a town name
    ("Codystad", "Millerport", "Kristinbury"): the gazetteer cannot hold every town and neighbourhood."""
    if len(word) < 7 or not word.endswith(_TOWN_SUFFIXES) or not word[1:].islower():
        return False
    if start and text[start - 1].isalpha():
        return False
    end = start + len(word)
    if end < len(text) and (text[end].isalpha() or text[end] in "'’"):
        return False
    return not (
        lexicon.is_sentence_word(word)
        or lexicon.is_name_word(word)
        or is_clinical(word)
        or lexicon.is_place(word)
    )


_ZIP_AFTER = re.compile(r",?[ \t]+(\d{5}(?:-\d{4})?)(?![\w-])")
_PLACE_PREPOSITION = re.compile(r"(?:\b(?:in|from|to|near|outside|around|of|at|into|toward|towards|visit|visiting|leave|left|IN|FROM|TO|NEAR|AT)[ \t]+(?:the[ \t]+)?)$")


_AFTER_STREET = re.compile(rf"\d[^\n]{{0,40}}(?<![\w]){_STREET_SUFFIX}\.?,[ \t]*$")


#: What stands before a town abroad: it is a place only there ("from Port-de-Paix", "back in Lagos", "fled Aleppo").
_WORLD_PLACE_BEFORE = re.compile(
    r"(?<![\w])(?:in|from|to|near|outside|around|visit|visiting|visited|left|leave|fled|via|through|hometown|"
    r"home[ \t]+town|village|town|city|province|district|camp|IN|FROM|TO)[ \t]+(?:of[ \t]+)?$"
)
#: A town abroad before the kind of place it is ("Insein prison", "Nebaj district").
_WORLD_PLACE_AFTER = re.compile(r"[ \t]+(?:prison|jail|camp|refugee[ \t]+camp|district|province|village|market|municipality)\b")


def _world_place_ok(text: str, start: int, words: list[str]) -> bool:
    """A town abroad counts only after a place preposition, and never when it is a state, a country, a people, a
    clinical word or one of the most frequent English words."""
    phrase = " ".join(words)
    if not (_WORLD_PLACE_BEFORE.search(text, max(0, start - 16), start)
            or _WORLD_PLACE_AFTER.match(text, start + len(phrase))):
        return False
    if is_state(phrase) or phrase.lower() in COUNTRIES or all(w.lower() in PEOPLES for w in words):
        return False
    return not (len(words) == 1 and (is_clinical(words[0]) or words[0].lower() in FUNCTION_WORDS
                                     or words[0].lower() in NOT_NAME_AFTER_CUE or lexicon.is_frequent_word(words[0])))


def _comma_right_before(text: str, start: int) -> bool:
    """Whether a comma and blanks stand right before ``start``, as ``_AFTER_STREET`` needs: tested first, as that
    search tries its digit and street word at every position of its window. (Its ``$`` also matches before a line
    break that ends the window.)"""
    lo = max(0, start - 60)
    if start > lo and text[start - 1] == "\n":
        start -= 1
    while start > lo and text[start - 1] in " \t":
        start -= 1
    return start > lo and text[start - 1] == ","


def _place_ok(text: str, start: int, end: int, words: list[str]) -> bool:
    if is_state(" ".join(words)) or all(w.lower() in PEOPLES for w in words):
        return False  # a state; a people ("Oglala Lakota" is also a county)
    if len(words) == 1:
        w = words[0]
        if is_clinical(w) or w.lower() in FUNCTION_WORDS or w.lower() in NOT_NAME_AFTER_CUE:
            return False
        if is_state(w) or w.lower() in COUNTRIES:
            return False
        ambiguous = lexicon.is_sentence_word(w) or lexicon.is_name_word(w)
        if ambiguous:
            # "in Auburn", "from Hope": a capitalized place name after a place preposition, unless the word
            # is one of the most frequent English words ("in Group", "to Home")
            if _comma_right_before(text, start) and _AFTER_STREET.search(text, max(0, start - 60), start):
                return True  # "310 Pleasant St, Marlborough": the town of a street address
            return (
                bool(_PLACE_PREPOSITION.search(text, max(0, start - 16), start))
                and not at_sentence_start(text, start)
                and not lexicon.is_frequent_word(w)
            )
        if at_sentence_start(text, start) and lexicon.is_sentence_word(w):
            return False
    return True
