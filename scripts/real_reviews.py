#!/usr/bin/env python3
"""The labeled real reviews: labels live in the project, the text does not.

``tests/corpus/real/sentences.jsonl`` and ``tests/corpus/real/reviews.jsonl``
hold only keys (``id``, ``review_id``, ``sent_index``, ``sha1``), the split, the
adjudicated labels, each annotator's labels and a short note.  The text is
third-party data (crowd-written reviews, see ``docs/accuracy.md``): it is read
from the unlabeled pool at run time and checked against the stored hashes.

Where the pool is: ``--pool``, else ``$FAIRFEEDBACK_REAL_REVIEWS``, else
``../shared/data/real-reviews`` beside the project.  The pool is the public
Kaggle "employee-review" data as laid out there (``sentences.jsonl``,
``reviews.jsonl``: one JSON object a line with ``id``/``review_id``/``text``).

    python scripts/real_reviews.py check              # every key found, every hash matches
    python scripts/real_reviews.py export dev out.jsonl   # {"text", "labels"} lines, for evaluate.py
    python scripts/real_reviews.py stats              # label counts per split
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "corpus" / "real"
SPLITS = ("train", "dev", "test")


class PoolError(Exception):
    """The pool is missing, or does not match the stored keys."""


def pool_dir(pool: str | Path | None = None) -> Path:
    if pool:
        return Path(pool)
    env = os.environ.get("FAIRFEEDBACK_REAL_REVIEWS")
    return Path(env) if env else ROOT.parent / "shared" / "data" / "real-reviews"


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def keys(kind: str = "sentences") -> list[dict]:
    """The stored label rows (no text)."""
    return _read(LABELS / f"{kind}.jsonl")


def load(kind: str = "sentences", splits: tuple[str, ...] = SPLITS, pool: str | Path | None = None) -> list[dict]:
    """Label rows of ``splits`` with their ``text`` filled in from the pool; hashes checked."""
    folder = pool_dir(pool)
    path = folder / f"{kind}.jsonl"
    if not path.is_file():
        raise PoolError(f"{path} not found: point --pool or FAIRFEEDBACK_REAL_REVIEWS at the real-reviews folder")
    key = "id" if kind == "sentences" else "review_id"
    texts = {row[key]: row["text"] for row in _read(path)}
    out = []
    for row in keys(kind):
        if row["split"] not in splits:
            continue
        text = texts.get(row[key])
        if text is None:
            raise PoolError(f"{row[key]} is not in {path}")
        if sha1(text) != row["sha1"]:
            raise PoolError(f"{row[key]}: text in {path} does not match the stored hash {row['sha1']}")
        out.append({**row, "text": text})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["check", "export", "stats"])
    ap.add_argument("split", nargs="?", choices=SPLITS)
    ap.add_argument("out", nargs="?", type=Path)
    ap.add_argument("--pool", help="the real-reviews folder (default: ../shared/data/real-reviews)")
    args = ap.parse_args()
    try:
        if args.command == "check":
            s, r = load("sentences", pool=args.pool), load("reviews", pool=args.pool)
            print(f"ok: {len(s)} sentences and {len(r)} reviews, every hash matches")
        elif args.command == "export":
            if not args.split or not args.out:
                ap.error("export needs a split and an output path")
            rows = load("sentences", (args.split,), args.pool)
            with args.out.open("w", encoding="utf-8") as f:
                for row in rows:
                    f.write(json.dumps({"text": row["text"], "labels": row["labels"], "id": row["id"]}) + "\n")
            print(f"wrote {len(rows)} {args.split} sentences to {args.out} (third-party text: keep it out of the project)")
        else:
            for split in SPLITS:
                rows = [r for r in keys() if r["split"] == split]
                counts = Counter(c for r in rows for c in r["labels"])
                fine = sum(not r["labels"] for r in rows)
                print(f"{split}: {len(rows)} sentences, {fine} fine; " + ", ".join(f"{c} {n}" for c, n in counts.most_common()))
    except PoolError as exc:
        print(f"real_reviews: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
