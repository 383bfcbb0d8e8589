"""Word-level diff between two revisions (supervision.textdiff): pure functions, no app needed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supervision.textdiff import DiffOp, diff_text, tokenize, word_diff

# The autouse database fixture of tests/conftest.py runs once per test, not per example: harmless here.
properties = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def E(text: str) -> DiffOp:
    return DiffOp("equal", text)


def D(text: str) -> DiffOp:
    return DiffOp("delete", text)


def I(text: str) -> DiffOp:  # noqa: E743 - reads as the op it builds
    return DiffOp("insert", text)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("The client's mood was low.", ["The", " ", "client's", " ", "mood", " ", "was", " ", "low", "."]),
        ("S:\r\n\r\nC-014,  calm", ["S", ":", "\r\n\r\n", "C", "-", "014", ",", "  ", "calm"]),
        ("cafe\u0301 naïve", ["cafe\u0301", " ", "naïve"]),  # a combining accent stays on its word
        ("ok 👩‍⚕️👍🏽🇫🇷!", ["ok", " ", "👩‍⚕️", "👍🏽", "🇫🇷", "!"]),  # emoji sequences stay whole
        ("", []),
    ],
)
def test_tokenize(text, tokens):
    assert tokenize(text) == tokens


DIFFS = [
    ("identical", "Client was calm.", "Client was calm.", [E("Client was calm.")]),
    ("both empty", "", "", []),
    ("from nothing", "", "Client was calm.", [I("Client was calm.")]),
    ("to nothing", "Client was calm.", "", [D("Client was calm.")]),
    ("word inserted", "The client was calm.", "The client was very calm.",
     [E("The client was "), I("very "), E("calm.")]),
    ("word deleted", "The client was very calm.", "The client was calm.",
     [E("The client was "), D("very "), E("calm.")]),
    ("word replaced", "Mood was low today.", "Mood was good today.",
     [E("Mood was "), D("low"), I("good"), E(" today.")]),
    ("punctuation changed", "She was calm.", "She was calm!", [E("She was calm"), D("."), I("!")]),
    ("neighbouring words replaced together", "the cat sat", "a dog sat", [D("the cat"), I("a dog"), E(" sat")]),
    ("a kept word between changes stays kept", "I feel sad today", "I feel very sad now",
     [E("I feel "), I("very "), E("sad "), D("today"), I("now")]),
    ("whitespace changed", "One.\nTwo  three", "One.\r\nTwo three",
     [E("One."), D("\n"), I("\r\n"), E("Two"), D("  "), I(" "), E("three")]),
    ("a different sentence is one replacement, not a comb of shared spaces and words",
     "She appeared anxious about her exam.", "He reported calm about the weekend plans.",
     [D("She appeared anxious about her exam"), I("He reported calm about the weekend plans"), E(".")]),
]


@pytest.mark.parametrize(("old", "new", "expected"), [pytest.param(*case[1:], id=case[0]) for case in DIFFS])
def test_word_diff(old, new, expected):
    assert word_diff(old, new) == expected


def paragraph(i: int) -> str:
    topics = ["sleep", "work", "her mother", "exams", "appetite", "the move", "court", "friends"]
    return " ".join(
        f"Sentence {i}.{k}: the client discussed {topics[(i + k) % 8]} and practiced a skill ({k} times)."
        for k in range(5)
    )


LONG = "\n\n".join(paragraph(i) for i in range(56))


def test_long_note_one_word_changed_gives_one_small_change():
    assert len(LONG) > 20_000
    new = LONG.replace("Sentence 37.2: the client discussed", "Sentence 37.2: the client described")
    ops = word_diff(LONG, new)
    assert [op.op for op in ops] == ["equal", "delete", "insert", "equal"]
    assert (ops[1].text, ops[2].text) == ("discussed", "described")


def test_long_note_paragraph_moved():
    paragraphs = LONG.split("\n\n")
    moved = paragraphs[:3] + paragraphs[4:] + [paragraphs[3]]
    new = "\n\n".join(moved)
    ops = word_diff(LONG, new)
    assert "".join(op.text for op in ops if op.op != "insert") == LONG
    assert "".join(op.text for op in ops if op.op != "delete") == new
    # The moved paragraph leaves once and arrives once; everything else is unchanged.
    assert [op.op for op in ops] == ["equal", "delete", "equal", "insert"]
    assert (ops[1].text, ops[3].text) == (paragraphs[3] + "\n\n", "\n\n" + paragraphs[3])


def test_diff_text_opcodes_cover_both_sides():
    old, new = "a b c d e. Next sentence here.", "a x c d y e z. Next sentence here. And one more."
    ops = diff_text(old, new)
    assert ops[0][1] == ops[0][3] == 0 and ops[-1][2] == len(old) and ops[-1][4] == len(new)
    for (_, _, i2, _, j2), (_, i1, _, j1, _) in zip(ops, ops[1:]):
        assert (i2, j2) == (i1, j1)
    for tag, i1, i2, j1, j2 in ops:
        assert (tag == "equal") == (old[i1:i2] == new[j1:j2])


# --- properties --------------------------------------------------------------------------------------------

words = st.sampled_from(
    ["the", "client", "was", "calm", "anxious", ".", ",", " ", "  ", "\n", "\r\n", "é", "e\u0301", "😀", "👍🏽"]
)
texts = st.lists(words, max_size=40).map("".join)


@properties
@given(texts, texts)
def test_property_diff_rebuilds_both_texts(old, new):
    ops = word_diff(old, new)
    assert "".join(op.text for op in ops if op.op != "insert") == old
    assert "".join(op.text for op in ops if op.op != "delete") == new
    assert all(op.text and op.op in ("equal", "delete", "insert") for op in ops)


@properties
@given(texts, texts)
def test_property_no_two_neighbours_of_one_kind_and_deletions_first(old, new):
    kinds = [op.op for op in word_diff(old, new)]
    assert all(a != b for a, b in zip(kinds, kinds[1:]))
    assert ("insert", "delete") not in set(zip(kinds, kinds[1:]))


@properties
@given(texts, texts)
def test_property_combining_marks_and_emoji_are_never_split(old, new):
    for op in word_diff(old, new):
        assert not op.text.startswith(("\u0301", "🏽"))


@properties
@given(texts)
def test_property_tokenize_round_trip(text):
    assert "".join(tokenize(text)) == text
