"""Deterministic benchmark reviews built from the labeled sentences in tests/corpus/.

2,400 reviews of 6-14 sentences (about 160k words): each review mixes fine and
problematic sentences the way real reviews do.  Written to benchmarks/data/ on
first use (not committed: it is derived data).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "data" / "reviews.jsonl"


def sentences() -> list[str]:
    out = []
    for p in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out


def reviews(n: int = 2400, seed: int = 2026) -> list[str]:
    if OUT.exists():
        cached = [json.loads(x) for x in OUT.read_text(encoding="utf-8").splitlines()]
        if len(cached) == n:
            return cached
    rng = random.Random(seed)
    pool = sentences()
    docs = []
    for _ in range(n):
        k = rng.randint(6, 14)
        picked = rng.sample(pool, k)
        paras = [" ".join(picked[i:i + 4]) for i in range(0, k, 4)]
        docs.append("\n\n".join(paras))
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    return docs


if __name__ == "__main__":
    docs = reviews()
    print(f"{len(docs)} reviews, {sum(len(d.split()) for d in docs):,} words -> {OUT}")
