#!/usr/bin/env python3
"""How much the figures move when the same sentences are written another way.

Usage:
    python scripts/evaluate_perturbed.py --real train [--no-scorer]
    python scripts/evaluate_perturbed.py FILE.jsonl          # any labeled set ({"text", "labels"})

Real writing differs from the sentences the rules were tuned on in ways that keep the meaning
and the labels: typed in lower case, without a final stop, after a form's label ("Comments:")
or a list number, with the subject left out, said to the person ("you") or of "they", of a man
instead of a woman and the other way round, with a "not" contracted or written out, in the past
tense, without apostrophes, with a word misspelled, or run on into the next sentence of the
review.  Each perturbation below rewrites the sentences it applies to,
and the table compares recall and false alarms on fine sentences on exactly those sentences,
as written and as rewritten.  A drop is a class of real text the linter misreads; it is
measured here, never tuned on the sentences themselves (real test is not allowed).
Nothing is written to disk.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import load  # noqa: E402
from rewordings import (CONTRACT, EXPAND, drop_subject, gender_swapped, misspelled, past, person, prefix,  # noqa: E402
                        run_ons, swap)

from fairfeedback import Linter  # noqa: E402
from fairfeedback.config import Config  # noqa: E402

_DOC_CHECKS = {"missing-example", "missing-next-step", "unbalanced"}


def perturbations(nlp) -> dict[str, Callable[[str], str | None]]:
    return {
        "lower case": lambda t: t.lower() if t != t.lower() else None,
        "no final stop": lambda t: re.sub(r"[.!]+\s*$", "", t) if re.search(r"[.!]\s*$", t) else None,
        "label 'Comments: '": prefix("Comments: "),
        "list number '1. '": prefix("1. "),
        "bullet": prefix("\u2022 "),
        "subject left out": drop_subject(nlp),
        "said to 'you'": person(nlp, "you", "your", "you"),
        "said of 'they'": person(nlp, "they", "their", "them"),
        "he and she swapped": gender_swapped(nlp),
        "'not' contracted": swap(CONTRACT),
        "'n't' written out": swap(EXPAND),
        "past tense": past(nlp),
        "apostrophes dropped": lambda t: t.replace("'", "").replace("\u2019", "") if re.search("['\u2019]", t) else None,
        "a word misspelled": misspelled(nlp),
    }


def figures(rows: list[dict], found: list[set[str]]) -> tuple[int, float, float]:
    problem = [bool(r["labels"]) for r in rows]
    flagged = [bool(f) for f in found]
    tp = sum(p and f for p, f in zip(problem, flagged))
    fine = problem.count(False)
    fp = sum(f and not p for p, f in zip(problem, flagged))
    return len(rows), tp / max(1, problem.count(True)), fp / fine if fine else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path, help="labeled JSONL files")
    ap.add_argument("--real", choices=["train", "dev"], help="a split of the labeled real reviews (never test)")
    ap.add_argument("--no-scorer", action="store_true", help="patterns only")
    args = ap.parse_args()
    if args.real:
        import real_reviews

        rows = [{"text": r["text"], "labels": r["labels"], "review_id": r["review_id"]}
                for r in real_reviews.load("sentences", (args.real,))]
    elif args.files:
        rows = load(args.files)
    else:
        ap.error("give --real SPLIT or labeled files")
    linter = Linter(Config(scorer=not args.no_scorer))

    def found(texts: list[str]) -> list[set[str]]:
        return [{f.category.value for f in r.findings} - _DOC_CHECKS for r in linter.lint_many(texts)]

    print(f"{'perturbation':22s} {'n':>5s}  recall as written -> rewritten   fine flagged as written -> rewritten")
    for name, change in perturbations(linter.nlp).items():
        pairs = [(r, change(r["text"])) for r in rows]
        pairs = [(r, t) for r, t in pairs if t and t.strip()]
        if not pairs:
            continue
        kept = [r for r, _ in pairs]
        n, r0, f0 = figures(kept, found([r["text"] for r in kept]))
        _, r1, f1 = figures(kept, found([t for _, t in pairs]))
        print(f"{name:22s} {n:5d}  {r0:.2f} -> {r1:.2f}{'':20s}{f0:6.1%} -> {f1:.1%}")
    joined = run_ons(rows)
    if joined:
        # As written: either sentence flagged counts for the pair; rewritten: the one run-on line.
        pair_rows = [j[0] for j in joined]
        apart = [a | b for a, b in zip(found([j[1] for j in joined]), found([j[2] for j in joined]))]
        n, r0, f0 = figures(pair_rows, apart)
        _, r1, f1 = figures(pair_rows, found([j[3] for j in joined]))
        print(f"{'run-on (two joined)':22s} {n:5d}  {r0:.2f} -> {r1:.2f}{'':20s}{f0:6.1%} -> {f1:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
