"""Throughput of Linter.lint_many against plain nlp.pipe of the same model, in one process.

    python benchmarks/bench_throughput.py [--rounds 3] [--n-process 1]

Rounds interleave the two so machine noise cancels; reports words/s and the ratio.
Also compares n_process=2 with n_process=1 when --compare-processes is given.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import spacy  # noqa: E402
from corpus import reviews  # noqa: E402

from fairfeedback import Linter  # noqa: E402
from fairfeedback.nlp import EXCLUDE, resolve_model_name  # noqa: E402


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--compare-processes", action="store_true")
    args = ap.parse_args()
    docs = reviews()
    words = sum(len(d.split()) for d in docs)
    model = resolve_model_name()
    full = spacy.load(model)
    same = spacy.load(model, exclude=list(EXCLUDE))
    linter = Linter()
    linter.lint("warm up")
    bs = args.batch_size

    def consume(it) -> None:
        for _ in it:
            pass

    t_full, t_same, t_lint = [], [], []
    for _ in range(args.rounds):
        t_full.append(timed(lambda: consume(full.pipe(docs, batch_size=bs))))
        t_same.append(timed(lambda: consume(same.pipe(docs, batch_size=bs))))
        t_lint.append(timed(lambda: consume(linter.lint_many(docs, batch_size=bs))))
    m = {k: statistics.median(v) for k, v in {"full": t_full, "same": t_same, "lint": t_lint}.items()}
    print(f"{len(docs)} reviews, {words:,} words, model {model}, batch {bs}, median of {args.rounds}")
    print(f"  nlp.pipe, full pipeline (with ner): {words / m['full']:8,.0f} words/s")
    print(f"  nlp.pipe, same components (no ner): {words / m['same']:8,.0f} words/s")
    print(f"  Linter.lint_many:                   {words / m['lint']:8,.0f} words/s")
    print(f"  ratio lint_many / pipe(full):        {m['full'] / m['lint']:.2f}")
    print(f"  ratio lint_many / pipe(no ner):      {m['same'] / m['lint']:.2f}")
    if args.compare_processes:
        one = timed(lambda: consume(linter.lint_many(docs, batch_size=bs, n_process=1)))
        two = timed(lambda: consume(linter.lint_many(docs, batch_size=bs, n_process=2)))
        print(f"  n_process=2 / n_process=1 speed-up:  {one / two:.2f}  ({words / one:,.0f} vs {words / two:,.0f} words/s)")


if __name__ == "__main__":
    main()
