"""Word-level differences between two revisions of a note.

>>> word_diff("The client was calm.", "The client was very calm.")
[DiffOp(op='equal', text='The client was '), DiffOp(op='insert', text='very '), DiffOp(op='equal', text='calm.')]

Texts are split into tokens (words, runs of whitespace, single punctuation marks) and compared in three
passes, each refining only what the pass before found changed: whole sentences, then words with the
whitespace that follows them, then single tokens. `difflib` on single tokens alone would compare every
space with every other space and take seconds on a 20,000-character note; sentences are nearly unique, so
the first pass is fast, and only the sentences it finds changed are split into tokens at all.

Pure Python, no Flask: `supervision.anchoring` maps annotations through the same diff.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate

#: Characters that belong to the character before them: combining diacritics, variation selectors, emoji
#: skin tones and tag characters. Keeping them on their base keeps "é" (e + U+0301) and "👍🏽" one token.
_EXTEND = (
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"  # combining diacritical marks
    "\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"  # variation selectors, skin tones, tags
)

_TOKEN = re.compile(
    r"\s+"
    rf"|[\w{_EXTEND}]+(?:['’][\w{_EXTEND}]+)*"  # a word, with its diacritics and inner apostrophes
    r"|[\U0001f1e6-\U0001f1ff]{2}"  # a flag: two regional indicators
    rf"|\S[{_EXTEND}]*(?:\u200d\S[{_EXTEND}]*)*"  # any other character; ZWJ emoji sequences stay whole
)

#: The end of a sentence and the whitespace after it, or whitespace from a line break on.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n\s*")

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


def diff_text(old: str, new: str) -> list[Opcode]:
    """Align two texts word by word; return opcodes in the form of `difflib.SequenceMatcher.get_opcodes`.

    Each opcode is ``(tag, i1, i2, j1, j2)`` in character offsets: ``old[i1:i2]`` becomes ``new[j1:j2]``,
    with tag "equal", "replace", "delete" or "insert". Changes begin and end on token boundaries, no two
    changes are adjacent, and two changes separated only by a small unchanged piece are merged with it
    (see `_tidy`).
    """
    old_starts, new_starts = _sentence_starts(old), _sentence_starts(new)
    old_keys = [old[x:y] for x, y in zip(old_starts, old_starts[1:])]
    new_keys = [new[x:y] for x, y in zip(new_starts, new_starts[1:])]
    ops: list[Opcode] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old_keys, new_keys, autojunk=False).get_opcodes():
        a1, a2, b1, b2 = old_starts[i1], old_starts[i2], new_starts[j1], new_starts[j2]
        if tag != "replace":
            ops.append((tag, a1, a2, b1, b2))
            continue
        # Only the sentences that changed are split into tokens: tokenising a whole note costs more than
        # diffing its sentences.
        a, b = tokenize(old[a1:a2]), tokenize(new[b1:b2])
        token_ops: list[Opcode] = []
        _diff_pass(a, b, 0, len(a), 0, len(b), 0, token_ops)
        a_at, b_at = token_offsets(a), token_offsets(b)
        ops += [(t, a1 + a_at[x1], a1 + a_at[x2], b1 + b_at[y1], b1 + b_at[y2]) for t, x1, x2, y1, y2 in token_ops]
    return _tidy(ops, old, new)


def word_diff(old: str, new: str) -> list[DiffOp]:
    """The word-level diff of two texts, as readable steps.

    Joining the "equal" and "delete" texts gives ``old``; joining "equal" and "insert" gives ``new``.
    Between two unchanged stretches there is at most one deletion followed by one insertion, and a small
    unchanged piece between two changes is folded into them ("the cat" -> "a dog", not two changes).
    """
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in diff_text(old, new):
        if tag == "equal":
            ops.append(DiffOp("equal", old[i1:i2]))
            continue
        # diff_text never puts two changes side by side, so one deletion and one insertion at most here.
        if i2 > i1:
            ops.append(DiffOp("delete", old[i1:i2]))
        if j2 > j1:
            ops.append(DiffOp("insert", new[j1:j2]))
    return ops


def _tidy(ops: list[Opcode], old: str, new: str) -> list[Opcode]:
    """Merge neighbouring opcodes of one kind, and two changes with the small unchanged piece between them;
    give the unchanged tokens a change starts or ends with back to the unchanged text beside it.

    Two different paragraphs diffed word by word agree on spaces, commas and the odd "the": a reader (and
    the re-anchoring) should see one replaced stretch, not a comb of one-word changes. A piece is small when
    it is at most half as long as the larger side of the change on each side of it (whitespace: at most as
    long). In the manner of diff-match-patch's semantic cleanup.
    """

    def size(op: Opcode) -> int:
        return max(op[2] - op[1], op[4] - op[3])

    def join(first: Opcode, last: Opcode) -> Opcode:
        i1, i2, j1, j2 = first[1], last[2], first[3], last[4]
        if first[0] == last[0] == "equal":
            return ("equal", i1, i2, j1, j2)
        return ("replace" if i1 < i2 and j1 < j2 else "delete" if i1 < i2 else "insert", i1, i2, j1, j2)

    merged: list[Opcode] = []
    for op in ops:  # the passes leave neighbours of one kind: equal and equal, replace and delete...
        if merged and (op[0] == "equal") == (merged[-1][0] == "equal"):
            merged[-1] = join(merged[-1], op)
        else:
            merged.append(op)
    changed = True
    while changed:  # absorbing one piece can make the pieces beside the grown change small in turn
        changed = False
        out: list[Opcode] = []
        k = 0
        while k < len(merged):
            op = merged[k]
            if op[0] == "equal" and out and out[-1][0] != "equal" and k + 1 < len(merged):
                length = op[2] - op[1]
                blank = old[op[1] : op[2]].isspace()
                if length * (1 if blank else 2) <= min(size(out[-1]), size(merged[k + 1])):
                    out[-1] = join(out[-1], merged[k + 1])
                    k += 2
                    changed = True
                    continue
            out.append(op)
            k += 1
        merged = out
    # Joined changes may start or end alike on both sides ("." deleted, ".\n\nNext…" inserted): those
    # tokens are unchanged, and belong to the unchanged text beside the change.
    tidy: list[Opcode] = []
    for op in merged:
        _, i1, i2, j1, j2 = op
        head = tail = 0
        if op[0] != "equal" and i1 < i2 and j1 < j2:
            a, b = tokenize(old[i1:i2]), tokenize(new[j1:j2])
            n = 0
            while n < min(len(a), len(b)) and a[n] == b[n]:
                head += len(a[n])
                n += 1
            m = 0
            while m < min(len(a), len(b)) - n and a[-1 - m] == b[-1 - m]:
                tail += len(a[-1 - m])
                m += 1
        pieces = [
            ("equal", i1, i1 + head, j1, j1 + head),
            (op[0], i1 + head, i2 - tail, j1 + head, j2 - tail),
            ("equal", i2 - tail, i2, j2 - tail, j2),
        ]
        for piece in pieces:
            if piece[1] == piece[2] and piece[3] == piece[4]:
                continue
            if piece[0] != "equal":
                piece = join(piece, piece)  # the right tag for what is left
            if tidy and tidy[-1][0] == piece[0] == "equal":
                piece = join(tidy.pop(), piece)
            tidy.append(piece)
    return tidy


def token_offsets(tokens: Sequence[str]) -> list[int]:
    """The character offset of each token in the joined text, and the text's length last."""
    return list(accumulate(map(len, tokens), initial=0))


def _sentence_starts(text: str) -> list[int]:
    """Where the sentences (or lines) of ``text`` start, and its length last; [0] for an empty text."""
    inner = (m.end() for m in _SENTENCE_BREAK.finditer(text))
    return [0, *(k for k in inner if k < len(text)), *([len(text)] if text else [])]


def _word_bounds(tokens: Sequence[str], lo: int, hi: int) -> list[int]:
    """Token indices where each non-space token (with the whitespace after it) of ``tokens[lo:hi]`` starts."""
    return [lo, *(i for i in range(lo + 1, hi) if not tokens[i].isspace()), hi]


def _token_bounds(tokens: Sequence[str], lo: int, hi: int) -> list[int]:
    return list(range(lo, hi + 1))


_PASSES: tuple[Callable[[Sequence[str], int, int], list[int]], ...] = (_word_bounds, _token_bounds)


def _diff_pass(
    a: Sequence[str], b: Sequence[str], alo: int, ahi: int, blo: int, bhi: int, level: int, out: list[Opcode]
) -> None:
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
