#!/usr/bin/env python3
"""Precision and recall per category on the labeled corpus in tests/corpus/.

Usage:
    python scripts/evaluate.py --real dev      # real reviews, dev split (text rebuilt from the pool)
    python scripts/evaluate.py --real test     # real reviews, test split: published figures only
    python scripts/evaluate.py                 # table for the self-written dev set (tests/corpus/reviews-*.jsonl)
    python scripts/evaluate.py --holdout       # table for the held-out set (never tune on it)
    python scripts/evaluate.py --errors shaming  # also list misses and false alarms
    python scripts/evaluate.py --json          # machine-readable figures

Each corpus line is {"text": ..., "labels": [...]}; a sentence is predicted to
carry a category when any finding of that category falls in it.  Document-level
categories are not scored here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fairfeedback import Linter  # noqa: E402
from fairfeedback.config import Config  # noqa: E402
from fairfeedback.models import Category  # noqa: E402

SENTENCE_CATEGORIES = [c.value for c in list(Category)[:8]]


def load(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                row["where"] = f"{path.name}:{n}"
                rows.append(row)
    return rows


def score(rows: list[dict], predictions: list[set[str]]) -> dict:
    out: dict = {"categories": {}}
    for cat in SENTENCE_CATEGORIES:
        tp = sum(1 for r, p in zip(rows, predictions) if cat in p and cat in r["labels"])
        fp = sum(1 for r, p in zip(rows, predictions) if cat in p and cat not in r["labels"])
        fn = sum(1 for r, p in zip(rows, predictions) if cat not in p and cat in r["labels"])
        out["categories"][cat] = {
            "support": tp + fn,
            "tp": tp, "fp": fp, "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0,
        }
    flagged = [bool(p) for p in predictions]
    gold = [bool(r["labels"]) for r in rows]
    tp = sum(f and g for f, g in zip(flagged, gold))
    fp = sum(f and not g for f, g in zip(flagged, gold))
    fn = sum(g and not f for f, g in zip(flagged, gold))
    fine = sum(not g for g in gold)
    out["sentence"] = {
        "sentences": len(rows),
        "fine": fine,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "false_positive_rate_on_fine": fp / fine if fine else 0.0,
    }
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path, help="corpus files (default: the dev set, tests/corpus/reviews-*.jsonl)")
    ap.add_argument("--holdout", action="store_true",
                    help="score the held-out set (tests/corpus/holdout-*.jsonl) instead; never tune on it")
    ap.add_argument("--errors", metavar="CATEGORY", help="list misses and false alarms for a category ('all' for every one)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--real", choices=["train", "dev", "test"],
                    help="score a split of the labeled real reviews (scripts/real_reviews.py)")
    ap.add_argument("--no-scorer", action="store_true", help="patterns only (switch the learned rules off)")
    ap.add_argument("--rules", type=Path, metavar="DIR",
                    help="score these rule packs instead of the built-in ones (e.g. an older commit's rules/)")
    args = ap.parse_args()
    pattern = "holdout-*.jsonl" if args.holdout else "reviews-*.jsonl"
    files = args.files or sorted((ROOT / "tests" / "corpus").glob(pattern))
    if args.errors and (args.holdout or any(f.name.startswith("holdout-") for f in files)):
        ap.error("--errors is not available on the held-out set: it would leak it into tuning")
    if args.errors and args.real == "test":
        ap.error("--errors is not available on the real test split: it would leak it into tuning")
    if args.real:
        import real_reviews

        rows = [{**r, "where": r["id"]} for r in real_reviews.load("sentences", (args.real,))]
    else:
        rows = load(files)
    options: dict = {"scorer": not args.no_scorer}
    if args.rules:
        options.update(include_builtin=False, rule_dirs=[str(args.rules)])
    linter = Linter(Config(**options))
    predictions = []
    details = []
    for row, report in zip(rows, linter.lint_many([r["text"] for r in rows])):
        predictions.append({f.category.value for f in report.findings} & set(SENTENCE_CATEGORIES))
        details.append(report.findings)
    result = score(rows, predictions)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{'category':22} {'support':>7} {'prec':>6} {'recall':>6}   tp  fp  fn")
    for cat, m in result["categories"].items():
        print(f"{cat:22} {m['support']:7d} {m['precision']:6.2f} {m['recall']:6.2f}  {m['tp']:3d} {m['fp']:3d} {m['fn']:3d}")
    s = result["sentence"]
    print(f"\nsentence level: {s['sentences']} sentences ({s['fine']} fine): precision {s['precision']:.2f}, "
          f"recall {s['recall']:.2f}, false positives on fine {s['false_positive_rate_on_fine']:.1%}")
    if args.errors:
        cats = SENTENCE_CATEGORIES if args.errors == "all" else [args.errors]
        for cat in cats:
            print(f"\n== {cat}: misses")
            for row, p in zip(rows, predictions):
                if cat in row["labels"] and cat not in p:
                    print(f"  FN {row['where']}: {row['text']}")
            print(f"== {cat}: false alarms")
            for row, p, fs in zip(rows, predictions, details):
                if cat in p and cat not in row["labels"]:
                    hits = ", ".join(f"{f.rule_id}:{f.match!r}" for f in fs if f.category.value == cat)
                    print(f"  FP {row['where']}: {row['text']}   [{hits}] gold={row['labels']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
