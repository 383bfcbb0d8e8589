"""Train the word model of ``supervision/phi/opinion.py`` and write ``word_model.json.gz`` beside this file.

Not imported by the detector. Run from the repository root after any change to the rules (the model reads what
the rules found beside a word, so it is trained on their current output):

    make phi-model                                                 # train on every tuned set, write the model
    .venv/bin/python supervision/phi/data/train_model.py --cv 4   # only print the cross-validated table

The examples are the capitalized words (two letters or more) of the project's therapy sets that
``tests/phi/data/README.md`` marks as tuned on, and of ``../shared/data/phi/therapy_notes_dev.md`` when it is
there; a word inside a gold NAME span is a name, inside LOCATION or ADDRESS a place, inside no span neither; words
in other gold spans (dates, IDs, neutral spans) and words the rules keep apart are left out. The sealed sets are
never read. The model is two logistic regressions (name, place) over the same features, fitted by AdaGrad in
pure Python with a fixed seed, so the same data and rules give the same file.

``THRESHOLD`` was chosen from ``--cv 4`` (bench/PHI.md, fourteenth round): among the words the rules left alone
in held-out sets, the share of those flagged that are PHI falls below two in three under it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from phi_eval import NEUTRAL, load_therapy  # noqa: E402

from supervision.phi.opinion import MODEL_FILE, Spans, capitalized_words, features, sigmoid  # noqa: E402
from supervision.phi.scanner import PROTECTED, rule_spans  # noqa: E402

THRESHOLD = 0.85
EPOCHS = 8
RATE = 0.2
L2 = 1e-6
SEED = 0
#: Weights smaller than this (both of them) are left out of the file.
PRUNE = 0.005
OWN = ROOT / "tests" / "phi" / "data"
SHARED = ROOT.parent / "shared" / "data" / "phi" / "therapy_notes_dev.md"
_SEALED_ROW = re.compile(r"^\| `(therapy_[a-z0-9]+\.md)` \|.*(?:never tuned on|not tuned on)", re.M)


def tuned_sets() -> list[Path]:
    """The own sets not marked sealed in the data README, and the shared therapy set if present."""
    sealed = set(_SEALED_ROW.findall((OWN / "README.md").read_text()))
    paths = [p for p in sorted(OWN.glob("therapy_*.md")) if p.name not in sealed]
    return paths + ([SHARED] if SHARED.exists() else [])


Example = tuple[list[str], int, int, bool]


def examples(path: Path) -> list[Example]:
    """(features, is a name, is a place, whether the rules left the word alone) for each capitalized word of a
    set's notes."""
    out = []
    for doc in load_therapy(path):
        spans = Spans(rule_spans(doc.text))
        for word in capitalized_words(doc.text):
            kind = spans.kind(*word.span())
            if kind == PROTECTED or word.end() - word.start() < 2:
                continue
            cats = {cat for s, e, cat in doc.gold if s < word.end() and word.start() < e}
            if cats - {"NAME", "LOCATION", "ADDRESS"} or NEUTRAL in cats:
                continue
            out.append((features(doc.text, word, spans), int("NAME" in cats), int(bool(cats - {"NAME"})), kind is None))
    return out


def train(data: list[Example]) -> dict[str, list[float]]:
    """Two logistic regressions fitted together by AdaGrad, in a fixed order."""
    weights: dict[str, list[float]] = {}
    squares: dict[str, list[float]] = {}
    order = list(range(len(data)))
    rnd = random.Random(SEED)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for n in order:
            feats, *labels, _alone = data[n]
            for out in (0, 1):
                z = sum(weights[f][out] for f in feats if f in weights)
                g = sigmoid(z) - labels[out]
                for f in feats:
                    w = weights.setdefault(f, [0.0, 0.0])
                    sq = squares.setdefault(f, [1e-8, 1e-8])
                    sq[out] += g * g
                    w[out] -= RATE * (g + L2 * w[out]) / math.sqrt(sq[out])
    return weights


def _flags(weights: dict[str, list[float]], feats: list[str]) -> tuple[float, float]:
    zn = sum(weights[f][0] for f in feats if f in weights)
    zl = sum(weights[f][1] for f in feats if f in weights)
    return sigmoid(zn), sigmoid(zl)


def cross_validate(sets: list[Path], folds: int) -> None:
    """Print, per threshold, how many words the rules left alone in held-out sets the model flags, PHI or not."""
    data = {p: examples(p) for p in sets}
    thresholds = (0.5, 0.7, 0.8, 0.85, 0.9, 0.95)
    counts = {t: [0, 0] for t in thresholds}
    for k in range(folds):
        weights = train([x for i, p in enumerate(sets) if i % folds != k for x in data[p]])
        for i, p in enumerate(sets):
            if i % folds != k:
                continue
            for feats, is_name, is_place, alone in data[p]:
                if not alone:
                    continue
                pn, pl = _flags(weights, feats)
                for t in thresholds:
                    if pn >= t or pl >= t:
                        counts[t][0 if is_name or is_place else 1] += 1
    phi = sum(1 for p in sets for _f, is_name, is_place, alone in data[p] if alone and (is_name or is_place))
    print(f"PHI words the rules leave alone in the held-out sets: {phi}")
    print("threshold  flagged PHI  flagged not PHI")
    for t, (true, false) in counts.items():
        print(f"{t:9.2f}  {true:11d}  {false:15d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cv", type=int, default=0, help="print the cross-validated table over this many folds")
    args = parser.parse_args()
    sets = tuned_sets()
    if args.cv:
        cross_validate(sets, args.cv)
        return
    path = Path(__file__).resolve().parent / MODEL_FILE
    path.write_bytes(gzip.compress(model_json(sets).encode(), mtime=0))
    print(f"model from {len(sets)} sets -> {path} ({path.stat().st_size:,} bytes)")


def model_json(sets: list[Path]) -> str:
    """The model file's text: the threshold, the sets, and each feature's two weights (rounded; tiny ones left out)."""
    weights = train([x for p in sets for x in examples(p)])
    kept = {f: [round(w[0], 4), round(w[1], 4)] for f, w in sorted(weights.items())
            if abs(w[0]) >= PRUNE or abs(w[1]) >= PRUNE}
    return json.dumps({"threshold": THRESHOLD, "trained_on": [p.name for p in sets], "weights": kept},
                      separators=(",", ":"))


if __name__ == "__main__":
    main()
