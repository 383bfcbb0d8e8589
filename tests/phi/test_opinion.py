"""The word model beside the rules (supervision/phi/opinion.py) and its trainer (supervision/phi/data/train_model.py)."""
from __future__ import annotations

import gzip
import importlib.util
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supervision.phi import opinion, scan, scanner
from supervision.phi.cues import WORD

ROOT = Path(__file__).resolve().parents[2]
TRAINER = ROOT / "supervision" / "phi" / "data" / "train_model.py"


def _trainer():
    spec = importlib.util.spec_from_file_location("train_model", TRAINER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _added(text: str) -> list[tuple[str, str]]:
    """What the model adds to what the rules find."""
    return [(kind, text[s:e]) for s, e, kind in opinion.second_opinion(text, scanner.rule_spans(text))]


@pytest.mark.parametrize("sentence, word", [
    ("Seen at the RiverCentre after the fair.", ("LOCATION", "RiverCentre")),
    ("Then Okonkwo said he would not come back.", ("NAME", "Okonkwo")),
])
def test_the_model_finds_what_no_rule_knows_a_cue_for(sentence, word):
    assert _added(sentence) == [word]
    assert word in [(f.kind, f.text) for f in scan(sentence)]


@pytest.mark.parametrize("sentence, word", [
    ("i said ok. drove out to brookpark to see her cousin again, long drive.", ("LOCATION", "brookpark")),
    ("i said ok. cl and jaxtyn broke up again, she is staying at her moms.", ("NAME", "jaxtyn")),
])
def test_in_a_note_written_in_lower_case_the_model_reads_the_rarer_lower_case_words(sentence, word):
    assert _added(sentence) == [word]


@pytest.mark.parametrize("sentence", [
    "i said ok. cl says kinda tired, gonna try the app. lol she kinda got it.",  # slang no list holds
    "i said ok. daughter present-contin to remain. pt with thick tanish sputum.",  # a word in part, a derived one
    "i said ok. pt dev hematoma at the site. prays to st jude daily.",  # the name rules judge after "pt"; a saint
    "i said his mom lives in arizona and retired to florida. april and may.",  # states and months in lower case
    "Client attended Grand Rounds with the team.",            # an event after a capitalized word
    "She was referred to the Community Mental Health Center.",  # a generic facility
    "Thinks he works for the CIA. Moved to Washington State.",  # a word in capitals; a state
    "Skin tear at Rt forearm. OOB at Lib.",                     # short words no list holds
    "Discussed Linehan's DBT skills and the Beck inventory.",   # eponyms the rules keep
])
def test_the_model_leaves_what_the_rules_know_is_no_identifier(sentence):
    assert scan(sentence) == []


def test_a_name_the_model_finds_is_found_wherever_else_the_note_mentions_it(monkeypatch):
    text = "Then Okonkwo said he would not come back. Okonkwo."
    # the model's finding at the first mention alone: the scanner finds the name at the second too
    monkeypatch.setattr(scanner, "second_opinion", lambda text, spans: [(5, 12, "NAME")])
    assert [(f.kind, f.start) for f in scan(text)] == [("NAME", 5), ("NAME", 42)]


def test_without_the_model_the_rules_work_alone(monkeypatch):
    monkeypatch.setattr(opinion, "model", lambda: None)
    assert [(f.kind, f.text) for f in scan("Then Okonkwo said he would not come back. Her son Jayden called.")] == [
        ("NAME", "Jayden")]


def test_the_shipped_model_loads_with_its_thresholds():
    m = opinion.model()
    assert m is not None
    for table in (m.capitalized, m.lower):
        assert 0.5 <= table.threshold < 1
        assert table.logit == pytest.approx(opinion.math.log(table.threshold / (1 - table.threshold)))
        assert len(table.weights) > 1_000 and "b" in table.weights


_TEXT = st.lists(st.sampled_from(list("aBcÉéŁłẞxZ '’-.\n1") + ["Ann", "O'Neil", "HYE-JIN", "ŻÓŁW"]),
                 max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_capitalized_words_are_the_word_patterns_tokens_that_begin_with_a_capital(text):
    tokens = [m.span() for m in WORD.finditer(text) if m.group()[0].isupper()]
    assert [m.span() for m in opinion.capitalized_words(text)] == tokens
    # without all_caps: every token with a lower-case letter, and nothing that is no token
    lowered = {m.span() for m in opinion.capitalized_words(text, all_caps=False)}
    assert {s for s in tokens if not text[s[0]:s[1]].isupper()} <= lowered <= set(tokens)


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.integers(min_value=0, max_value=80))
def test_the_words_around_a_position_are_the_texts_own_tokens(text, pos):
    pos = min(pos, len(text))
    tokens = list(WORD.finditer(text))
    before = [m.span() for m in tokens if m.end() <= pos][::-1][:3]
    after = [m.span() for m in tokens if m.start() >= pos][:2]
    if any(m.start() < pos < m.end() for m in tokens):
        return  # the helpers are asked only at a word's edges
    assert opinion._words_before(text, pos) == before
    assert opinion._words_after(text, pos) == after


def test_the_trainer_never_reads_a_sealed_set():
    sealed = set(re.findall(r"^\| `(therapy_[a-z0-9]+\.md)` \|.*(?:never tuned on|not tuned on)",
                            (ROOT / "tests" / "phi" / "data" / "README.md").read_text(), re.M))
    assert len(sealed) >= 46
    assert not sealed & {p.name for p in _trainer().tuned_sets()}


def test_the_trainer_refuses_a_set_the_data_readme_does_not_list(tmp_path, monkeypatch):
    trainer = _trainer()
    (tmp_path / "README.md").write_text("| `therapy_a.md` | 50 | 1 | 1 | written blind; **never tuned on** |\n")
    (tmp_path / "therapy_a.md").write_text("x")
    (tmp_path / "therapy_b.md").write_text("x")
    monkeypatch.setattr(trainer, "OWN", tmp_path)
    with pytest.raises(SystemExit, match="therapy_b.md"):
        trainer.tuned_sets()
    (tmp_path / "README.md").write_text("| `therapy_a.md` | 50 | 1 | 1 | written blind; **never tuned on** |\n"
                                        "| `therapy_b.md` | 50 | 1 | 1 | written blind, then **used to tune** |\n")
    assert [p.name for p in trainer.tuned_sets() if p.parent == tmp_path] == ["therapy_b.md"]


def test_training_is_deterministic():
    trainer = _trainer()
    data = [(["b", f"w={w}", "p1=son"], int(w.istitle()), 0, True) for w in ("Jayden", "hope", "Rosa", "will")] * 5
    assert trainer.train(data) == trainer.train(data)
    weights = trainer.train(data)
    assert weights["w=Jayden"][0] > 0 > weights["w=hope"][0]


@pytest.mark.skipif(not _trainer().SHARED.exists(), reason="the shared therapy set is not beside the repository")
def test_the_shipped_model_is_trained_on_the_current_rules():
    """The model reads what the rules found beside a word: a change to the rules needs `make phi-model`."""
    trainer = _trainer()
    shipped = json.loads(gzip.decompress((ROOT / "supervision" / "phi" / "data" / opinion.MODEL_FILE).read_bytes()))
    assert shipped == json.loads(trainer.model_json(trainer.tuned_sets())), "run `make phi-model` and commit the file"
