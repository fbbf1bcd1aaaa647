#!/usr/bin/env python3
"""Find third-party review text that slipped into the project.

The real reviews (``../shared/data/real-reviews``, see ``real_reviews.py``) may
not be copied into the project: only keys, hashes and labels are stored.  This
script looks for any run of ``N`` words (default 6) from the pool's sentences
in the files git tracks, and in the messages of the last commits, and prints
where each run occurs.  Stock phrases ("is one of the best") can match by
chance; read the hits, do not just count them.

    python scripts/check_leaks.py             # tracked files, 6-word runs
    python scripts/check_leaks.py -n 8 --log 50   # longer runs, and the last 50 commit messages
    python scripts/check_leaks.py --also /tmp/external-a.jsonl   # also text kept outside the project
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_reviews import ROOT, PoolError, _read, pool_dir  # noqa: E402

_WORD = re.compile(r"[a-z0-9']+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str, n: int) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def pool_shingles(n: int) -> set[tuple[str, ...]]:
    path = pool_dir() / "sentences.jsonl"
    if not path.exists():
        raise PoolError(f"no pool at {path}: set FAIRFEEDBACK_REAL_REVIEWS")
    found: set[tuple[str, ...]] = set()
    for row in _read(path):
        found |= shingles(row["text"], n)
    return found


def scan(name: str, text: str, pool: set[tuple[str, ...]], n: int) -> list[str]:
    hits = []
    for lineno, line in enumerate(text.splitlines(), 1):
        for gram in sorted(shingles(line, n) & pool):
            hits.append(f"{name}:{lineno}: {' '.join(gram)}")
    return hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=6, help="words in a run (default 6)")
    parser.add_argument("--log", type=int, default=0, help="also scan the last N commit messages")
    parser.add_argument("--also", type=Path, action="append", default=[], metavar="JSONL",
                        help="more third-party sentences to look for ({\"text\": ...} lines, e.g. a rebuilt external set)")
    args = parser.parse_args()
    try:
        pool = pool_shingles(args.n)
        for extra in args.also:
            for row in _read(extra):
                pool |= shingles(row["text"], args.n)
    except PoolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    hits: list[str] = []
    for name in files.splitlines():
        path = ROOT / name
        if "corpus/real/" in name or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        hits += scan(name, text, pool, args.n)
    if args.log:
        log = subprocess.run(
            ["git", "log", f"-{args.log}", "--format=%h %B%x00"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        for entry in log.split("\0"):
            if entry.strip():
                sha = entry.strip().split()[0]
                hits += scan(f"commit {sha}", entry, pool, args.n)
    print("\n".join(hits) if hits else f"no {args.n}-word run of the pool found")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
