"""Benchmark: re-anchor 50 annotations on a 20,000-character note after a revision.

Run from the repository root:

    .venv/bin/python bench/anchoring_bench.py            # 25 timed runs on the note of seed 4
    .venv/bin/python bench/anchoring_bench.py --runs 50 --seed 7
    .venv/bin/python bench/anchoring_bench.py --sweep 60  # accuracy only, over the notes of seeds 1-60

The note is made up deterministically (seeded RNG) from clinical-note sentence templates. The revision
inserts sentences before annotated ones, makes small edits inside annotated spans, deletes and rewrites
annotated sentences, moves a paragraph, edits sentences nobody annotated, and comes back with CRLF line
endings (as a browser's form submission sends them). The script knows where every span should land, so it
reports accuracy as well as time: placed (right / wrong), outdated (expected / missed).

Prints the median, minimum and maximum wall time of `reanchor_many` (normalising and diffing both
revisions included) over the runs, and the median CPU time of the process (steadier on a busy machine).
Not a pass/fail test; see bench/ANCHORING.md for recorded numbers.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from supervision.anchoring import make_selector, reanchor_many  # noqa: E402

NOTE_LENGTH = 20_000
ANNOTATIONS = 50

SUBJECTS = ["Client", "C-014", "The client", "She", "He", "The trainee's client"]
FEELINGS = [
    "anxious", "tearful", "irritable", "flat", "guarded", "hopeful", "restless", "withdrawn", "calm", "overwhelmed",
]
TOPICS = [
    "her relationship with her mother", "his return to work", "the upcoming court date", "sleep and appetite",
    "conflict with a roommate", "grief after a recent loss", "financial stress", "panic before exams",
    "drinking on weekends", "the custody arrangement", "a recent medical diagnosis", "isolation since moving",
]
SKILLS = [
    "paced breathing", "cognitive restructuring", "behavioral activation", "a thought record",
    "grounding with the five senses", "progressive muscle relaxation", "opposite action", "a values card sort",
]
TEMPLATES = [
    "{S} reported feeling {F} when discussing {T}.",
    "{S} presented as {F} and made intermittent eye contact throughout the session.",
    "Affect was {F}; mood was described as \"{F}, most of the week\".",
    "We reviewed {T} and identified two situations that reliably increase distress.",
    "{S} practiced {K} in session and rated distress at {N}/10 before and {M}/10 after.",
    "Therapist introduced {K} and assigned daily practice with a tracking sheet.",
    "{S} denied suicidal ideation, intent or plan; safety plan reviewed and unchanged.",
    "{S} described sleeping about {N} hours a night and waking early with racing thoughts.",
    "Homework from last week was partly completed: {S} used {K} on {N} of seven days.",
    "{S} linked the recent increase in {F} mood to {T}.",
    "Explored automatic thoughts about {T}; the most frequent was \"I can't handle this\".",
    "{S} was receptive to feedback and asked how {K} could help with {T}.",
    "Session focused on {T}, with attention to avoidance and its short-term relief.",
    "Supervisor suggested slowing down before moving to problem solving about {T}.",
    "{S} identified early warning signs: feeling {F}, skipping meals and cancelling plans.",
    "Plan: continue weekly sessions, revisit {K}, and check in about {T} next time.",
    "Collateral contact was not made this week because {S} declined to sign a release.",
    "{S} appeared {F} when the therapist reflected on {T}, then became more {G}.",
]
REWRITES = [
    "This part of the session was not documented accurately and has been removed.",
    "Client spoke mostly about the weekend and the weather; nothing clinically notable.",
    "The therapist clarified scheduling and fees for the rest of the session.",
]


_written: set[str] = set()


def sentence(rng: random.Random) -> str:
    """A new sentence, never one written before: a sentence repeated word for word is a move, not an edit."""
    while True:
        text = rng.choice(TEMPLATES).format(
            S=rng.choice(SUBJECTS), F=rng.choice(FEELINGS), G=rng.choice(FEELINGS), T=rng.choice(TOPICS),
            K=rng.choice(SKILLS), N=rng.randint(2, 9), M=rng.randint(1, 5),
        )
        if text not in _written:
            _written.add(text)
            return text


@dataclass
class Note:
    """A note as paragraphs of sentence ids, so that edits keep track of where each sentence goes."""

    sentences: dict[int, str] = field(default_factory=dict)
    paragraphs: list[list[int]] = field(default_factory=list)
    next_id: int = 0

    def add(self, text: str) -> int:
        self.sentences[self.next_id] = text
        self.next_id += 1
        return self.next_id - 1

    def copy(self) -> Note:
        return Note(dict(self.sentences), [list(p) for p in self.paragraphs], self.next_id)

    def render(self, newline: str = "\n") -> tuple[str, dict[int, int]]:
        """The text, and where each sentence starts in it."""
        parts: list[str] = []
        at: dict[int, int] = {}
        length = 0
        for k, paragraph in enumerate(self.paragraphs):
            if k:
                parts.append(newline * 2)
                length += 2 * len(newline)
            for n, sid in enumerate(paragraph):
                if n:
                    parts.append(" ")
                    length += 1
                at[sid] = length
                parts.append(self.sentences[sid])
                length += len(self.sentences[sid])
        return "".join(parts), at

    def locate(self, sid: int) -> tuple[int, int]:
        for p, paragraph in enumerate(self.paragraphs):
            if sid in paragraph:
                return p, paragraph.index(sid)
        raise KeyError(sid)


def make_note(rng: random.Random) -> Note:
    note = Note()
    length = 0
    while length < NOTE_LENGTH:
        paragraph = [note.add(sentence(rng)) for _ in range(rng.randint(3, 7))]
        note.paragraphs.append(paragraph)
        length = len(note.render()[0])
    return note


def word_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], None
    for i, c in enumerate(text + " "):
        if c.isalnum() or c in "-'/":
            start = i if start is None else start
        elif start is not None:
            spans.append((start, i))
            start = None
    return spans


def small_edit(text: str, rng: random.Random) -> str:
    """One or two characters changed in the longest word of ``text`` (a word: numbers are facts)."""
    a, b = max(word_spans(text), key=lambda s: (text[s[0] : s[1]].isalpha(), s[1] - s[0]))
    word = text[a:b]
    edits = [word + "s", word[:-1], word[: len(word) // 2] + word[len(word) // 2 + 1 :], word.upper()[:1] + word[1:]]
    new_word = next((w for w in rng.sample(edits, len(edits)) if w != word), word + "s")
    return text[:a] + new_word + text[b:]


def build_case(seed: int) -> tuple[str, str, list, list[tuple[int, int] | None], Counter]:
    rng = random.Random(seed)
    _written.clear()
    note = make_note(rng)
    old_text, old_at = note.render()

    # 50 annotations on 50 different sentences, each on 2 to 6 whole words.
    sids = rng.sample(sorted(note.sentences), ANNOTATIONS)
    spans: dict[int, tuple[int, int]] = {}  # sentence id -> span within the sentence
    for sid in sids:
        words = word_spans(note.sentences[sid])
        n = rng.randint(2, min(6, len(words)))
        first = rng.randrange(len(words) - n + 1)
        spans[sid] = (words[first][0], words[first + n - 1][1])
    selectors = [make_selector(old_text, old_at[sid] + a, old_at[sid] + b) for sid, (a, b) in spans.items()]

    new = note.copy()
    plan = list(sids)
    rng.shuffle(plan)
    inserted_before, edited, deleted, rewritten = plan[:10], plan[10:18], plan[18:23], plan[23:28]
    new_spans: dict[int, tuple[int, int] | None] = dict(spans)
    for sid in inserted_before:
        p, i = new.locate(sid)
        new.paragraphs[p].insert(i, new.add(sentence(rng)))
    for sid in edited:
        a, b = spans[sid]
        text = new.sentences[sid]
        changed = small_edit(text[a:b], rng)
        new.sentences[sid] = text[:a] + changed + text[b:]
        new_spans[sid] = (a, a + len(changed))
    for sid in deleted:
        p, i = new.locate(sid)
        del new.paragraphs[p][i]
        new_spans[sid] = None
    for sid in rewritten:
        new.sentences[sid] = rng.choice(REWRITES)
        new_spans[sid] = None
    # Sentences nobody annotated: some edited, some rewritten.
    others = [sid for sid in note.sentences if sid not in spans]
    for sid in rng.sample(others, 12):
        new.sentences[sid] = small_edit(new.sentences[sid], rng) if rng.random() < 0.5 else sentence(rng)
    # A paragraph holding annotations moves from the first third of the note to near its end.
    new.paragraphs = [p for p in new.paragraphs if p]
    third = len(new.paragraphs) // 3
    busiest = max(range(1, third), key=lambda k: sum(sid in spans for sid in new.paragraphs[k]))
    moved = new.paragraphs.pop(busiest)
    new.paragraphs.insert(len(new.paragraphs) - 1, moved)

    new_text, new_at = new.render(newline="\r\n")
    expected = []
    for sid in spans:
        span = new_spans[sid]
        expected.append(None if span is None else (new_at[sid] + span[0], new_at[sid] + span[1]))
    kinds = Counter(
        {
            "inserted before": len(inserted_before), "edited inside": len(edited), "deleted": len(deleted),
            "rewritten": len(rewritten), "in the moved paragraph": sum(sid in spans for sid in moved),
        }
    )
    return old_text, new_text, selectors, expected, kinds


def score(anchors: list, expected: list) -> Counter:
    """How many were placed where expected or elsewhere, and outdated as expected or missed."""
    tally = Counter()
    for anchor, want in zip(anchors, expected):
        if anchor is None:
            tally["outdated as expected" if want is None else "outdated, missed"] += 1
        elif want is not None and (anchor.start, anchor.end) == want:
            tally["placed where expected"] += 1
        else:
            tally["placed elsewhere"] += 1
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--sweep", type=int, default=0, help="check accuracy over the notes of seeds 1..N")
    args = parser.parse_args()

    if args.sweep:
        tally = Counter()
        for seed in range(1, args.sweep + 1):
            old_text, new_text, selectors, expected, _ = build_case(seed)
            tally += score(reanchor_many(old_text, selectors, new_text), expected)
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(tally.items()))
        print(f"{args.sweep} notes, {sum(tally.values())} annotations: {counts}")
        return

    old_text, new_text, selectors, expected, kinds = build_case(args.seed)
    wall, cpu = [], []
    for _ in range(args.runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        anchors = reanchor_many(old_text, selectors, new_text)
        wall.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
    tally = score(anchors, expected)
    methods = Counter(a.method for a in anchors if a is not None)

    print(f"note: {len(old_text):,} characters -> revision of {len(new_text):,} (CRLF line endings)")
    print("edits to annotated text: " + ", ".join(f"{n} {kind}" for kind, n in kinds.items()))
    print(f"re-anchor {len(selectors)} annotations, {args.runs} runs: median {statistics.median(wall):.1f} ms "
          f"(min {min(wall):.1f}, max {max(wall):.1f}); CPU median {statistics.median(cpu):.1f} ms")
    print(f"placed {tally['placed where expected'] + tally['placed elsewhere']} "
          f"({tally['placed where expected']} where expected, {tally['placed elsewhere']} elsewhere) by "
          + ", ".join(f"{method} {n}" for method, n in sorted(methods.items())))
    print(f"outdated {tally['outdated as expected'] + tally['outdated, missed']} "
          f"({tally['outdated as expected']} expected, {tally['outdated, missed']} missed)")


if __name__ == "__main__":
    main()
