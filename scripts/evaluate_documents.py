#!/usr/bin/env python3
"""Precision and recall of the document-level checks on whole labeled reviews.

    python scripts/evaluate_documents.py [--errors] [FILE.jsonl ...]
    python scripts/evaluate_documents.py --holdout
    python scripts/evaluate_documents.py --real dev     # real reviews (scripts/real_reviews.py); test: figures only

Each line is {"doc": id, "text": whole review, "labels": [missing-example |
missing-next-step | unbalanced]}.

Without files, every ``tests/corpus/documents-*.jsonl`` except the held-out
``documents-holdout-*.jsonl`` is scored (the dev sets).  ``--holdout`` scores
only the held-out files; it prints figures only, never which reviews fail, so
``--errors`` is refused with it.  ``--errors`` lists each wrong prediction of
the dev sets with the review's id and text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

CHECKS = ["missing-example", "missing-next-step", "unbalanced"]
CORPUS = ROOT / "tests" / "corpus"
HOLDOUT_GLOB = "documents-holdout-*.jsonl"


def dev_files() -> list[Path]:
    holdout = set(CORPUS.glob(HOLDOUT_GLOB))
    return sorted(p for p in CORPUS.glob("documents-*.jsonl") if p not in holdout)


def holdout_files() -> list[Path]:
    return sorted(CORPUS.glob(HOLDOUT_GLOB))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="labeled JSONL files (default: the dev sets)")
    ap.add_argument("--holdout", action="store_true", help="score only the held-out sets (figures only)")
    ap.add_argument("--errors", action="store_true", help="list wrong predictions (dev sets only)")
    ap.add_argument("--real", choices=["train", "dev", "test"], help="score a split of the labeled real reviews")
    ap.add_argument("--no-scorer", action="store_true", help="patterns only (switch the learned rules off)")
    args = ap.parse_args(argv)
    if args.real == "test" and args.errors:
        ap.error("--errors cannot be used on the real test split")
    if args.holdout and args.errors:
        ap.error("--errors cannot be used with --holdout: the held-out set stays blind")
    if args.holdout and args.files:
        ap.error("--holdout takes no files")
    if args.real:
        files = []
    elif args.holdout:
        files = holdout_files()
        if not files:
            print(f"no {HOLDOUT_GLOB} in {CORPUS}", file=sys.stderr)
            return 2
    else:
        files = args.files or dev_files()
        if args.errors and any(p.name.startswith("documents-holdout-") for p in files):
            ap.error("--errors cannot be used on a held-out file")

    from fairfeedback import Config, Linter

    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.real:
        sys.path.insert(0, str(ROOT / "scripts"))
        import real_reviews

        rows = [{"doc": f"rr{r['review_id']}", "text": r["text"], "labels": [c for c in CHECKS if r[c]]}
                for r in real_reviews.load("reviews", (args.real,))]
    linter = Linter(Config(scorer=not args.no_scorer))
    preds = [{f.category.value for f in r.findings} & set(CHECKS) for r in linter.lint_many([x["text"] for x in rows])]
    where = f"the real {args.real} split" if args.real else f"{len(files)} file(s)"
    print(f"{len(rows)} reviews in {where}" + ("" if args.holdout or args.real else ": " + ", ".join(p.name for p in files)))
    print(f"{'check':20} {'support':>7} {'prec':>6} {'recall':>6}   tp  fp  fn")
    for c in CHECKS:
        tp = sum(c in p and c in r["labels"] for r, p in zip(rows, preds))
        fp = sum(c in p and c not in r["labels"] for r, p in zip(rows, preds))
        fn = sum(c not in p and c in r["labels"] for r, p in zip(rows, preds))
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        print(f"{c:20} {tp + fn:7d} {prec:6.2f} {rec:6.2f}  {tp:3d} {fp:3d} {fn:3d}")
    if args.errors and not args.holdout:
        for r, p in zip(rows, preds):
            gold = set(r["labels"]) & set(CHECKS)
            if p != gold:
                extra = ", ".join(f"+{c}" for c in CHECKS if c in p - gold)
                lost = ", ".join(f"-{c}" for c in CHECKS if c in gold - p)
                print(f"\n{r['doc']}: {' '.join(x for x in (extra, lost) if x)}\n  {r['text']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
