"""Word-level differences between two revisions of a note.

>>> word_diff("The client was calm.", "The client was very calm.")
[DiffOp(op='equal', text='The client was '), DiffOp(op='insert', text='very '), DiffOp(op='equal', text='calm.')]

Texts are split into tokens (words, runs of whitespace, single punctuation marks) and compared in three
passes, each refining only what the pass before found changed: whole sentences, then words with the
whitespace that follows them, then single tokens. `difflib` on single tokens alone would compare every
space with every other space and take seconds on a 20,000-character note; sentences are nearly unique, so
the first pass is fast and leaves small stretches for the finer ones.

Pure Python, no Flask: `supervision.anchoring` maps annotations through the same diff.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

#: Characters that belong to the character before them: combining diacritics, variation selectors, emoji
#: skin tones and tag characters. Keeping them on their base keeps "é" (e + U+0301) and "👍🏽" one token.
_EXTEND = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"

_TOKEN = re.compile(
    r"\s+"
    rf"|[\w{_EXTEND}]+(?:['’][\w{_EXTEND}]+)*"  # a word, with its diacritics and inner apostrophes
    r"|[\U0001f1e6-\U0001f1ff]{2}"  # a flag: two regional indicators
    rf"|\S[{_EXTEND}]*(?:\u200d\S[{_EXTEND}]*)*"  # any other character; ZWJ emoji sequences stay whole
)

_SENTENCE_END = frozenset(".!?")

#: A stretch whose two sides' token counts multiply to more than this is left as one replacement rather
#: than diffed token by token (quadratic in the worst case). The coarser passes make this rare.
_MAX_TOKEN_PAIRS = 4_000_000

Opcode = tuple[str, int, int, int, int]


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One step of a diff: ``op`` is "equal", "insert" or "delete"; ``text`` the words it covers."""

    op: str
    text: str


def tokenize(text: str) -> list[str]:
    """Split ``text`` into words, runs of whitespace and other single characters; ``"".join`` gives it back."""
    return _TOKEN.findall(text)


def diff_tokens(old: Sequence[str], new: Sequence[str]) -> list[Opcode]:
    """Align two token lists; return opcodes in the form of `difflib.SequenceMatcher.get_opcodes`.

    Each opcode is ``(tag, i1, i2, j1, j2)``: ``old[i1:i2]`` becomes ``new[j1:j2]``, with tag "equal",
    "replace", "delete" or "insert". Adjacent opcodes of the same tag are merged.
    """
    out: list[Opcode] = []
    _diff_pass(old, new, 0, len(old), 0, len(new), 0, out)
    return _merge(out)


def word_diff(old: str, new: str) -> list[DiffOp]:
    """The word-level diff of two texts, as readable steps.

    Joining the "equal" and "delete" texts gives ``old``; joining "equal" and "insert" gives ``new``.
    Between two unchanged stretches there is at most one deletion followed by one insertion, and a lone
    space between two changed words is folded into the change ("the cat" -> "a dog", not two changes).
    """
    a, b = tokenize(old), tokenize(new)
    # Steps as [equal_text] or [deleted_text, inserted_text], built so that consecutive changes merge.
    steps: list[list[str]] = []
    for tag, i1, i2, j1, j2 in diff_tokens(a, b):
        if tag == "equal":
            steps.append(["".join(a[i1:i2])])
        else:
            removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
            if steps and len(steps[-1]) == 2:
                steps[-1][0] += removed
                steps[-1][1] += added
            else:
                steps.append([removed, added])
    steps = _fold_spaces(steps)

    ops: list[DiffOp] = []
    for step in steps:
        if len(step) == 1:
            ops.append(DiffOp("equal", step[0]))
            continue
        if step[0]:
            ops.append(DiffOp("delete", step[0]))
        if step[1]:
            ops.append(DiffOp("insert", step[1]))
    return ops


def _fold_spaces(steps: list[list[str]]) -> list[list[str]]:
    """Fold whitespace-only equal steps that sit between two changes into one change."""
    out: list[list[str]] = []
    i = 0
    while i < len(steps):
        step = steps[i]
        if (
            len(step) == 1
            and step[0].isspace()
            and out
            and len(out[-1]) == 2
            and i + 1 < len(steps)
            and len(steps[i + 1]) == 2
        ):
            before, after = out[-1], steps[i + 1]
            # Only a real replacement reads better folded; "a b" -> "a x y b" must stay a pure insertion.
            if (before[0] or after[0]) and (before[1] or after[1]):
                out[-1] = [before[0] + step[0] + after[0], before[1] + step[0] + after[1]]
                i += 2
                continue
        out.append(list(step))
        i += 1
    return out


def _sentence_bounds(tokens: Sequence[str], lo: int, hi: int) -> list[int]:
    """Token indices where sentences (or lines) of ``tokens[lo:hi]`` start, plus ``hi``."""
    ends = _SENTENCE_END
    inner = (
        i
        for i in range(lo + 1, hi)
        if tokens[i - 1].isspace() and ((i - 2 >= lo and tokens[i - 2] in ends) or "\n" in tokens[i - 1])
    )
    return [lo, *inner, hi]


def _word_bounds(tokens: Sequence[str], lo: int, hi: int) -> list[int]:
    """Token indices where each non-space token (with the whitespace after it) of ``tokens[lo:hi]`` starts."""
    return [lo, *(i for i in range(lo + 1, hi) if not tokens[i].isspace()), hi]


def _token_bounds(tokens: Sequence[str], lo: int, hi: int) -> list[int]:
    return list(range(lo, hi + 1))


_PASSES: tuple[Callable[[Sequence[str], int, int], list[int]], ...] = (_sentence_bounds, _word_bounds, _token_bounds)


def _diff_pass(a: Sequence[str], b: Sequence[str], alo: int, ahi: int, blo: int, bhi: int, level: int, out: list[Opcode]) -> None:
    """Diff ``a[alo:ahi]`` against ``b[blo:bhi]`` in units of pass ``level``; refine replacements with the next."""
    if alo == ahi or blo == bhi:
        if alo < ahi:
            out.append(("delete", alo, ahi, blo, blo))
        elif blo < bhi:
            out.append(("insert", alo, alo, blo, bhi))
        return
    last = level == len(_PASSES) - 1
    if last and (ahi - alo) * (bhi - blo) > _MAX_TOKEN_PAIRS:
        out.append(("replace", alo, ahi, blo, bhi))
        return
    abounds, bbounds = _PASSES[level](a, alo, ahi), _PASSES[level](b, blo, bhi)
    akeys = ["".join(a[abounds[k] : abounds[k + 1]]) for k in range(len(abounds) - 1)]
    bkeys = ["".join(b[bbounds[k] : bbounds[k + 1]]) for k in range(len(bbounds) - 1)]
    matcher = SequenceMatcher(None, akeys, bkeys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        ta1, ta2, tb1, tb2 = abounds[i1], abounds[i2], bbounds[j1], bbounds[j2]
        if tag == "replace" and not last:
            _diff_pass(a, b, ta1, ta2, tb1, tb2, level + 1, out)
        else:
            out.append((tag, ta1, ta2, tb1, tb2))


def _merge(ops: list[Opcode]) -> list[Opcode]:
    merged: list[Opcode] = []
    for op in ops:
        if merged and merged[-1][0] == op[0]:
            tag, i1, _, j1, _ = merged[-1]
            merged[-1] = (tag, i1, op[2], j1, op[4])
        else:
            merged.append(op)
    return merged
