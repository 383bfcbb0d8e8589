"""Pure pieces of the exports and forms: CSV cells that a spreadsheet will not run, APPIC rounding, durations."""
from __future__ import annotations

import csv
import io

import pytest

from supervision.hours.categories import BY_CODE, Category
from supervision.hours.exports import aapi_csv, aapi_summary, safe_cell, to_csv
from supervision.hours.forms import parse_duration


@pytest.mark.parametrize("value, expected", [
    ("=HYPERLINK(\"http://evil.test\",\"x\")", "'=HYPERLINK(\"http://evil.test\",\"x\")"),
    ("+1+1", "'+1+1"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("Group supervision", "Group supervision"),
    (" =1+1", " =1+1"),            # a leading space: shown as text by spreadsheets already
    ("a=b", "a=b"),                # only the first character matters
    ("", ""),
    (None, ""),
    (50, 50),                      # numbers stay numbers (a negative number is a number, not a formula)
    (-5, -5),
    (1.5, 1.5),
    (True, "yes"),
])
def test_cells_that_start_a_formula_are_quoted(value, expected):
    assert safe_cell(value) == expected


def test_a_whole_csv_keeps_quotes_commas_and_newlines_intact():
    text = to_csv(["a", "b"], [["=1+1", 'say "hi", then\nleave'], [3, "@x"]])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["a", "b"], ["'=1+1", 'say "hi", then\nleave'], ["3", "'@x"]]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)


def test_aapi_rounds_each_activity_and_each_total_up_to_whole_hours():
    minutes = {"individual": 61, "group": 30, "intake": 1, "individual_supervision": 120, "documentation": 59}
    sections = {s["aapi"]: s for s in aapi_summary(minutes, BY_CODE)}
    assert [s for s in sections] == ["Intervention", "Assessment", "Supervision", "Support"]
    intervention = sections["Intervention"]
    assert [(i["name"], i["minutes"], i["hours"]) for i in intervention["items"]] == [
        ("Group counseling", 30, 1), ("Individual counseling", 61, 2)]
    assert (intervention["minutes"], intervention["hours"]) == (91, 2)   # 91 min: 2 h, not 1 + 2
    assert (sections["Assessment"]["minutes"], sections["Assessment"]["hours"]) == (1, 1)  # one minute is an hour
    assert sections["Supervision"]["hours"] == 2                         # exactly 2 h stays 2 h
    assert sections["Support"]["hours"] == 1


def test_aapi_maps_custom_categories_by_their_aapi_category():
    categories = dict(BY_CODE, sandtray=Category("sandtray", "Sand tray therapy", "direct", "Intervention"))
    sections = {s["aapi"]: s for s in aapi_summary({"sandtray": 90}, categories)}
    assert sections["Intervention"]["hours"] == 2
    rows = list(csv.reader(io.StringIO(aapi_csv(list(sections.values())))))
    assert rows[0] == ["aapi_category", "activity", "minutes", "hours_rounded_up"]
    assert ["Intervention", "Sand tray therapy", "90", "2"] in rows


@pytest.mark.parametrize("text, minutes", [
    ("1:30", 90), ("0:45", 45), ("2", 120), ("1.5", 90), ("1,5", 90), ("1.25 h", 75), ("1h30", 90), ("1 h 30", 90),
    ("45 min", 45), ("45m", 45), ("90 minutes", 90), ("2h", 120), ("", None), ("  ", None),
])
def test_durations_are_read_as_people_write_them(text, minutes):
    assert parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["abc", "1:75", "-1", "1.5.5", "=1+1", "1:30:00", "12345 min"])
def test_durations_that_mean_nothing_are_refused(text):
    with pytest.raises(ValueError):
        parse_duration(text)
