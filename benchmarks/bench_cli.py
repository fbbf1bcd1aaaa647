"""CLI wall time on one review against importing spaCy and loading the model.

    python benchmarks/bench_cli.py [--runs 7]

Both commands run alternately as fresh processes; medians are compared, so the
ratio cancels most machine noise.  The package is byte-compiled first, as
``pip install`` does: spaCy's modules load from bytecode, and with
``PYTHONDONTWRITEBYTECODE`` set (as on some CI machines) an editable checkout
would otherwise compile every edited module from source on each run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def run(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    from fairfeedback.nlp import EXCLUDE, resolve_model_name

    model = resolve_model_name()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "fairfeedback")],
                   stdout=subprocess.DEVNULL, env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
                   check=False)
    review = str(ROOT / "examples" / "review.txt")
    load = [sys.executable, "-c", f"import spacy; spacy.load({model!r}, exclude={list(EXCLUDE)!r})"]
    load_full = [sys.executable, "-c", f"import spacy; spacy.load({model!r})"]
    cli = [sys.executable, "-m", "fairfeedback.cli", "lint", review]
    times: dict[str, list[float]] = {"load": [], "load_full": [], "cli": [], "help": []}
    for _ in range(args.runs):
        times["load"].append(run(load))
        times["load_full"].append(run(load_full))
        times["cli"].append(run(cli))
        times["help"].append(run([sys.executable, "-m", "fairfeedback.cli", "--help"]))
    m = {k: statistics.median(v) for k, v in times.items()}
    print(f"median of {args.runs} runs, model {model}")
    print(f"  import spacy + load (no ner):   {m['load']:.3f} s")
    print(f"  import spacy + load (full):     {m['load_full']:.3f} s")
    print(f"  fairfeedback lint review.txt:   {m['cli']:.3f} s")
    print(f"  fairfeedback --help:            {m['help']:.3f} s")
    print(f"  ratio cli / load (no ner):      {m['cli'] / m['load']:.2f}")
    print(f"  ratio cli / load (full):        {m['cli'] / m['load_full']:.2f}")


if __name__ == "__main__":
    main()
