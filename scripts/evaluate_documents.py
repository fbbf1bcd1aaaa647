#!/usr/bin/env python3
"""Precision and recall of the document-level checks on whole labeled reviews.

    python scripts/evaluate_documents.py [tests/corpus/documents-*.jsonl]

Each line is {"doc": id, "text": whole review, "labels": [missing-example |
missing-next-step | unbalanced]}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fairfeedback import Linter  # noqa: E402

CHECKS = ["missing-example", "missing-next-step", "unbalanced"]


def main() -> int:
    files = [Path(a) for a in sys.argv[1:]] or sorted((ROOT / "tests" / "corpus").glob("documents-*.jsonl"))
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    linter = Linter()
    preds = [{f.category.value for f in r.findings} & set(CHECKS) for r in linter.lint_many([x["text"] for x in rows])]
    print(f"{len(rows)} reviews")
    print(f"{'check':20} {'support':>7} {'prec':>6} {'recall':>6}   tp  fp  fn")
    for c in CHECKS:
        tp = sum(c in p and c in r["labels"] for r, p in zip(rows, preds))
        fp = sum(c in p and c not in r["labels"] for r, p in zip(rows, preds))
        fn = sum(c not in p and c in r["labels"] for r, p in zip(rows, preds))
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        print(f"{c:20} {tp + fn:7d} {prec:6.2f} {rec:6.2f}  {tp:3d} {fp:3d} {fn:3d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
