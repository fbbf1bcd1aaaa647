#!/usr/bin/env python3
"""Do the rules' exception phrases earn their keep on labeled sentences?

Usage:
    python scripts/audit_exceptions.py                      # real train + dev (text rebuilt from the pool)
    python scripts/audit_exceptions.py extra.jsonl ...      # and any labeled corpus ({"text", "labels"})
    python scripts/audit_exceptions.py --list               # also each sentence an exception changed

Lints every sentence twice, with the exceptions and without them. Where a category is flagged
only without them, the exception that overlapped decided it: it cancelled a false alarm when the
sentence's labels lack that category, and a true finding when they have it. An exception that
cancels more true findings than false ones on real text does not earn its keep. Exceptions that
never fire here still guard the rule's must-not-flag examples; the test suite keeps those.
The real test split is never read.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import scorer_data  # noqa: E402

from fairfeedback import Linter  # noqa: E402


def flagged(linter: Linter, texts: list[str]) -> list[set[tuple[str, str]]]:
    """(rule id, category) of the sentence rules' findings per text."""
    return [{(f.rule_id, f.category.value) for f in rep.findings if f.rule_id < "FF9"}
            for rep in linter.lint_many(texts)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="more labeled corpora (JSON lines with text and labels)")
    ap.add_argument("--list", action="store_true", help="print each sentence an exception changed")
    args = ap.parse_args()
    rows = scorer_data.real("train") + scorer_data.real("dev")
    for name in args.files:
        rows += [json.loads(line) for line in Path(name).read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [r["text"] for r in rows]
    linter = Linter()
    kept = flagged(linter, texts)
    component = linter.nlp.get_pipe("fairfeedback")
    exceptions = dict(component.exceptions)
    component.exceptions = {}
    try:
        bare = flagged(linter, texts)
    finally:
        component.exceptions = exceptions
    true, false = collections.Counter(), collections.Counter()
    for row, a, b in zip(rows, kept, bare):
        cats = {c for _, c in a}
        for rule_id, cat in sorted(b - a):
            if cat in cats:
                continue  # another rule flags the category anyway
            low = row["text"].lower()
            key = (rule_id, next((p for p in exceptions.get(rule_id, ()) if p in low), "?"))
            (true if cat in row["labels"] else false)[key] += 1
            if args.list:
                print(f"  {'TRUE ' if cat in row['labels'] else 'FALSE'} {key[0]} {key[1]!r}: {row['text'][:100]!r}")
    total = sum(len(v) for v in exceptions.values())
    print(f"{len(rows)} sentences; {total} exception phrases in {len(exceptions)} rules; "
          f"{len(set(true) | set(false))} changed a finding here")
    print(f"cancelled false alarms: {sum(false.values())}; cancelled true findings: {sum(true.values())}")
    for key in sorted(set(true) | set(false), key=lambda k: false[k] - true[k]):
        print(f"  {key[0]} {key[1]!r}: cancels {true[key]} true, {false[key]} false")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
