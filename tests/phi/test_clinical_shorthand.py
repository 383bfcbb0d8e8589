"""Rules for clinical shorthand (ICU and nursing notes): dates written m/d, wards, towns, all-caps notes,
pagers and extensions — each with the look-alikes that must stay unflagged (scores, vitals, ventilator
settings, doses, fluids, ratios, shift times). All examples are written for these tests."""

from __future__ import annotations

import pytest

from supervision.phi import scan


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in scan(text)]


def texts(text: str, kind: str) -> list[str]:
    return [f.text for f in scan(text) if f.kind == kind]


# --- month/day dates -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, date",
    [
        # a word that ends like a score cue is not one ("dialysis" ends in "is", "heparin" in "in")
        ("Last hemodialysis 6/14, next due Friday.", "6/14"),
        ("Restarted heparin 3/22 after the scan.", "3/22"),
        ("Blood cx 10/27 grew coag-negative staph.", "10/27"),
        ("Vancomycin started 2/19 and completed 3/2.", "2/19"),
        # a date word or a clinical event just before the date
        ("PMH: HX:8/23 fall at home.", "8/23"),
        ("PICC placed 11/6 in the left arm.", "11/6"),
        ("Extubated 9/17, reintubated the next day.", "9/17"),
        ("Left radial aline 2/5, site clean.", "2/5"),
        # a time right after the date
        ("Lopressor held 6/18 0600 for low BP.", "6/18"),
        ("Seen by the team 10/12 at 14:30.", "10/12 at 14:30"),  # the time goes with its date
        ("Transfused 3/4 PM per protocol", "3/4"),
        ("Last BM 12/19 in am.", "12/19"),
        # an orientation answer that is not a scale
        ("Asked the date, she said it was 7/26.", "7/26"),
        # a label glued to the date
        ("ALLERGY REACTION-11/3/2019 WITH HIVES", "11/3/2019"),
    ],
)
def test_month_day_dates(sentence, date):
    assert ("DATE", date) in found(sentence)


@pytest.mark.parametrize(
    "sentence, dates",
    [
        ("Intubated 3/8-3/11 for pneumonia.", ["3/8-3/11"]),
        ("Cultures from 12/2-12/4 pending.", ["12/2-12/4"]),
        ("Off work from 6/9 to 6/21 after surgery.", ["6/9 to 6/21"]),
        ("Dialysis planned 8/3 or 8/4 depending on labs.", ["8/3", "8/4"]),
    ],
)
def test_date_ranges_and_lists(sentence, dates):
    assert texts(sentence, "DATE") == dates


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Discharged on 4-18 to her daughter's home.", "4-18"),
        ("Symptoms since 11-2, worse at night.", "11-2"),
        ("Appointment scheduled 3-27 at the clinic.", "3-27"),
    ],
)
def test_hyphen_month_day_after_a_date_word(sentence, date):
    assert ("DATE", date) in found(sentence)


@pytest.mark.parametrize(
    "prose",
    [
        "Pain 6/10, c/o 3/10 back pain after turning.",
        "Strength 4/5 on the left, 5/5 bilat uppers, +2/4 pulses.",
        "BP 118/76, HR 88, CVP 8, PAD 14-18, RR-16/20, PA 35/18 mmHg.",
        "On PSV 12/5 with FiO2 40%; weaned down to 10/5. CPAP/PS 10/5 overnight.",
        "PEEP/PS 5/8, settings 14/600/40%/5, now AC 14/5.",
        "Bipap 12/6 at 0300; changed to 10/5 at 0500.",
        "Mask ventilation 8/5 40%, flowby 6/3 L.",
        "Infusing 1/2 NS at 75cc/hr, then 1/4 NS with KCl.",
        "Gave 1/2 tab at 2100.",
        "Grade 3/6 systolic murmur, +2/6 SEM at the apex.",
        "MMSE 24/30, GCS 10/15, RASS 0/-1.",
        "I:E 1:2, ratio 1/3, O2 2L NC, x2 assist.",
        "Shift 0700-1900, report at 0800.",
        "PCWP 12 after 500cc bolus; IABP 1:1 with unloading.",
        "Pain 2/3 out of 10 after the dose; PERRLA 3/2 brisk; 4/6 holosystolic murmur.",
    ],
)
def test_scores_settings_and_doses_are_not_dates(prose):
    assert texts(prose, "DATE") == []


@pytest.mark.parametrize(
    "sentence, date",
    [
        # a single-valued pressure is written as one number: a fraction after it is not its reading
        ("Filling pressures low, CVP- 6/14, wedge not obtained.", "6/14"),
        ("ICP was 2/3, then 12-15 after the drain.", "2/3"),
        # pain is rated out of 10 (or 3, 4, 5 points); no score exceeds its scale
        ("Still c/o pain 4/9, medicated.", "4/9"),
        ("Tolerating diet, rating 11/6, no nausea.", "11/6"),
        ("Incisional discomfort 10/27 pain at rest.", "10/27"),
        # a pupil is 1-9 mm; strength, reflexes and pulses are graded out of 4 or 5; murmurs out of 6
        ("Neuro: PERRLA 10/24 brisk.", "10/24"),
        ("Crackles 8/26 bilat, sx for thick secretions.", "8/26"),
        ("Balloon pump, augmentation 3/19 diastolic.", "3/19"),
        # blood pressure is systolic over diastolic; cardiac output exceeds cardiac index
        ("NBP reads about 6/15 mmHg lower than the arterial line.", "6/15"),
        ("CO/CI 2/17 by Fick.", "2/17"),
    ],
)
def test_a_fraction_that_cannot_be_the_measure_named_is_a_date(sentence, date):
    assert texts(sentence, "DATE") == [date]


def test_vent_setting_triplets_are_not_dates():
    assert texts("Currently on CPAP/PSV 12/10/40% with good volumes; PS 10/5/50%.", "DATE") == []
    assert texts("co/ci/svr 3/2/1500 after the change.", "DATE") == []


# --- phone numbers, pagers, extensions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, number",
    [
        ("SON-Marcus---617-555-0193 (cell).", "617-555-0193"),
        ("HOME-(781) 555-0122 & WORK-(781) 555-0188.", "(781) 555-0122"),
        ("visited today.(508) 555-0177 is the best number.", "(508) 555-0177"),
        ("Office line (413) 555-0150/0151 for questions.", "(413) 555-0150"),
        ("Please call ext. 4471 with results.", "4471"),
        ("Reach the fellow at extension 62890.", "62890"),
        ("Beeper x53172 for the renal team.", "x53172"),
        ("Paged at 48211, no answer.", "48211"),
    ],
)
def test_phone_numbers_pagers_and_extensions(sentence, number):
    assert ("PHONE", number) in found(sentence)


@pytest.mark.parametrize(
    "prose",
    [
        "HR 104-1120 during the run of SVT.",
        "SVR 980-1240 on levophed; PVR 120-160.",
        "pH 7.31-7.36 on serial gases; PG 1.2.",
        "Plt 150-1200 over the week.",
        "Ext rotation limited; extended session planned.",
    ],
)
def test_ranges_and_lab_values_are_not_phones(prose):
    assert texts(prose, "PHONE") == []


# --- places: wards, towns, facilities -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, ward",
    [
        ("Plan: transfer to Fenwick 7.", "Fenwick 7"),
        ("Stable, will go to Wilson 4.", "Wilson 4"),
        ("Will transfer to Yamamoto ICU or Garber 3 when a bed opens.", "Garber 3"),
    ],
)
def test_wards_named_after_people(sentence, ward):
    assert ("LOCATION", ward) in found(sentence)


@pytest.mark.parametrize(
    "prose",
    [
        "Moved to Room 6 for isolation.",
        "Advanced to Step 2 of the protocol.",
        "Increased to Level 3 assist.",
        "Lasix 40 mg given, to Hickman 6 cm marking.",
        "Got up to chair or bed 2 times.",
    ],
)
def test_numbered_nouns_are_not_wards(prose):
    assert texts(prose, "LOCATION") == []


@pytest.mark.parametrize(
    "sentence, town",
    [
        ("Her brother drove up from Pinebrookton overnight.", "Pinebrookton"),
        ("Lives with his wife in Harlowfield, retired.", "Harlowfield"),
        ("Daughter of Marshburgh visited.", "Marshburgh"),
        ("FAMILY ARRIVED FROM Quillsbury-VERY TEARFUL.", "Quillsbury"),
        ("Grew up in New Ashmouth before the war.", "New Ashmouth"),
    ],
)
def test_unknown_towns_shaped_like_towns(sentence, town):
    assert ("LOCATION", town) in found(sentence)


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("PT TRANSFERRED FROM FRAMINGHAM BY AMBULANCE.", "FRAMINGHAM"),
        ("DAUGHTER LIVES IN LEOMINSTER, VISITS DAILY.", "LEOMINSTER"),
        ("PT LIVES AT Thornbury HOUSE WITH SON.", "Thornbury"),
    ],
)
def test_places_in_all_caps_notes(sentence, place):
    assert ("LOCATION", place) in found(sentence)


def test_all_caps_everyday_words_after_prepositions_are_not_places():
    prose = (
        "PT IN NO DISTRESS. TO CT AT 1400. BACK IN BED, FROM OR TO PACU, OOB TO CHAIR, IN AFIB, "
        "TO FLOOR IN AM, FROM REHAB TO NURSING HOME. CRACKLES AT BASES. PLAN TO ADMIT TO MICU. "
        "WANTS PT TO STAY IN ICU. SLOW TO WAKE AND WEAN. CT CONTINUES TO DRAIN. ABLE TO CONVERSE."
    )
    assert texts(prose, "LOCATION") == []


@pytest.mark.parametrize(
    "sentence, facility",
    [
        ("Taken to White Memorial Hospital for a cath.", "White Memorial Hospital"),
        ("Bed on May Hospital campus is ready.", "May Hospital campus"),
    ],
)
def test_facility_names_that_are_also_common_words(sentence, facility):
    assert ("LOCATION", facility) in found(sentence)


def test_drugs_and_devices_are_not_places():
    prose = (
        "Started on Oxacillin and Metoprolol, sensitive to Ceftriaxone. Responds to Albuterol nebs. "
        "Placed in Trendelenburg. See Careview for data. Yelling in Farsi and Iranian at times."
    )
    assert texts(prose, "LOCATION") == []


def test_zip_after_a_town_of_a_street_address():
    result = found("Moved to 14 Orchard St, Leominster 01453 last spring.")
    assert ("LOCATION", "Leominster 01453") in result


def test_quantities_after_a_ward_are_not_zips():
    assert texts("Heparin on Fenwick 7 10000 units sq.", "LOCATION") == ["Fenwick 7"]


# --- names after titles ------------------------------------------------------------------------------------------


def test_title_makes_an_eponym_a_name():
    assert ("NAME", "Walker") in found("Wife wants to talk with DR Walker today.")
    assert texts("Ambulated with walker and Foley in place.", "NAME") == []
