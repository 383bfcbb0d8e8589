"""The word model's fast paths (supervision/phi/opinion.py) give what the features it was trained on give.

``second_opinion`` does not build ``context_features``' strings: ``_context_scores`` looks each feature up in its slot
and must add the same weights in the same order, so that a word's score is the same to the bit (a word at its
threshold must not change sides). ``_lower_case_candidates`` must find the lower-case tokens the table reads, where
they stand. A change to ``context_features`` (and a retrained model) needs the same change in ``_context_scores``:
these tests fail until it is made.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from supervision.phi import opinion, scanner

DATA = Path(__file__).parent / "data"

#: Notes in capitals and in lower case, with the neighbours, shapes and spans the features read.
_NOTES = [
    "Her son Jayden called from 508-555-0142 on March 3. Then Okonkwo said he would not come back. Okonkwo.",
    "Seen at the RiverCentre after the fair. Desmond's probation officer (Ms. Hale) drove out to Tern Harbor again.",
    "i said ok. drove out to brookpark to see her cousin again, long drive. cl and jaxtyn broke up again.",
    "pt c/o pain. daughter present-contin to remain; o'neil-x and brookpark's mayor visited, brookpark again.",
    "Fam at bedside - Wife: Rosalind, son Teodor (HCP). Transferred from St. Agnes to 4 West at 0300.",
]


def _texts() -> list[str]:
    blocks = (DATA / "therapy_blind.md").read_text().split("\n---\n")[:12]
    return _NOTES + [re.sub(r"\{[A-Z_]+\|([^}]*)\}", r"\1", block) for block in blocks]


def test_the_context_scores_are_the_summed_weights_of_the_context_features_to_the_bit():
    m = opinion.model()
    capitalized, lower = opinion._slot_tables(m)
    scored = 0
    for text in _texts():
        spans = opinion.Spans(scanner.rule_spans(text), text)
        note = opinion._note(text)
        counts = Counter(w.group() for w in opinion._LOWER_CASE.finditer(text))
        for word in [*opinion._capitalized_tokens(text), *opinion._LOWER_CASE.finditer(text)]:
            w = word.group()
            own = opinion._word_scores(w)
            if own is None:
                continue
            in_lower = w[0].islower()
            table = m.lower if in_lower else m.capitalized
            zn, zl = own
            for feature in opinion.context_features(text, word, spans):
                weight = table.weights.get(feature)
                if weight:
                    zn += weight[0]
                    zl += weight[1]
            fast = opinion._context_scores(text, *word.span(), w, note, counts[w] if in_lower else note.counts[w],
                                           spans, lower if in_lower else capitalized, own)
            assert (fast[0].hex(), fast[1].hex()) == (zn.hex(), zl.hex()), (text, w, word.start())
            scored += 1
    assert scored > 100


_TEXT = st.lists(st.sampled_from(list("aBcÉéŁłẞxZ '’-.\n1") + ["anneliese", "o'neil", "brookpark", "hye-jin", "żółwik",
                                                             "brookpark's", "Ann"]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
# a copy inside a joined word, at either end, before a joiner that joins nothing, in a capitalized word, at the edges
@example("x-brookpark brookpark-y o’brookpark brookpark'x brookpark- -brookpark Brookpark brookparks brookpark")
@example("brookpark")
def test_the_lower_case_words_read_are_the_lower_case_tokens_the_table_reads(text):
    tokens: dict[str, list[int]] = {}
    for m in opinion._LOWER_CASE.finditer(text):
        if opinion._word_scores(m.group()) is not None:
            tokens.setdefault(m.group(), []).append(m.start())
    found = opinion._lower_case_candidates(text)
    assert {w: list(starts) for w, _count, starts in found} == tokens
    assert all(count == len(starts) for _w, count, starts in found)
