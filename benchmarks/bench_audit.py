"""Throughput of the audit's two engines and the end-to-end audit of many synthetic reviews.

    python benchmarks/bench_audit.py [--n 2000] [--e2e 100000] [--skip-throughput] [--skip-e2e]
                                     [--e2e-engine spark] [--json results.json]

* throughput: reviews/s of linting N synthetic reviews with the local engine
  (``Linter.lint_many(n_process=1|2)``, model already loaded; n_process=2 includes starting
  the second process) and the Spark engine (``with_findings(...).count()`` on ``local[1]`` and
  ``local[2]``, after a warm-up job of many small tasks so each worker has loaded the model);
* end to end: ``fairfeedback audit reviews.parquet --engine spark --group-column group
  --group-column level --json ... --html ...`` as a subprocess on E2E reviews, including
  JVM start, model loads, linting, aggregation, statistics and both reports.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from fairfeedback.audit.synthetic import SyntheticSpec, generate  # noqa: E402

SPEC = {"B": {"character-judgment": 3.0}}


def local_throughput(texts: list[str], n_process: int) -> float:
    from fairfeedback import Linter
    from fairfeedback.audit.local import lint_reviews

    linter = Linter()
    linter.lint("warm up")
    start = time.perf_counter()
    rows, _ = lint_reviews(texts, linter, n_process=n_process)
    elapsed = time.perf_counter() - start
    assert len(rows) == len(texts)
    return len(texts) / elapsed


def spark_throughput(df, cores: int) -> float:
    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    from fairfeedback.spark import get_session, with_findings

    active = SparkSession.getActiveSession()
    if active is not None:
        active.stop()
    spark = get_session(f"local[{cores}]")
    spark.sparkContext.setLogLevel("ERROR")
    sdf = spark.createDataFrame(df[["review_id", "group", "text"]]).repartition(cores * 4).cache()
    sdf.count()
    # warm-up: 8 small tasks per core, so every Python worker has loaded the model before timing
    warm = spark.createDataFrame(df[["review_id", "group", "text"]].head(cores * 80)).repartition(cores * 8)
    with_findings(warm).count()
    start = time.perf_counter()
    n = with_findings(sdf).count()
    elapsed = time.perf_counter() - start
    sdf.unpersist()
    spark.stop()
    return n / elapsed


def end_to_end(n: int, engine: str, jobs: int) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="ff-bench-audit-"))
    path = folder / "reviews.parquet"
    generate(SyntheticSpec(n=n, multipliers=SPEC, seed=1)).drop(columns=["planted"]).to_parquet(path)
    cmd = [sys.executable, "-m", "fairfeedback.cli", "audit", str(path), "--group-column", "group",
           "--group-column", "level", "--engine", engine, "--json", str(folder / "a.json"),
           "--html", str(folder / "a.html")]
    if engine == "local":
        cmd += ["-j", str(jobs)]
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"audit failed ({done.returncode}): {done.stderr[-2000:]}")
    result = json.loads((folder / "a.json").read_text())
    print(done.stdout)
    return {"reviews": result["reviews"], "seconds": elapsed, "reviews_per_s": result["reviews"] / elapsed}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--engines", default="local,spark", help="throughput runs: local, spark or both")
    ap.add_argument("--n", type=int, default=2000, help="reviews for the throughput runs")
    ap.add_argument("--e2e", type=int, default=100_000, help="reviews for the end-to-end audit")
    ap.add_argument("--e2e-engine", choices=["local", "spark"], default="spark")
    ap.add_argument("--jobs", type=int, default=2, help="processes of the local engine end to end")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--skip-e2e", action="store_true")
    ap.add_argument("--json", dest="json_path", default=None)
    args = ap.parse_args()
    out: dict[str, object] = {"cpus": os.cpu_count()}
    if not args.skip_throughput:
        df = generate(SyntheticSpec(n=args.n, multipliers=SPEC, seed=0))
        texts = df["text"].tolist()
        words = sum(len(t.split()) for t in texts) / len(texts)
        print(f"{args.n} synthetic reviews, {words:.1f} words each on average")
        runs = {"local": lambda k: local_throughput(texts, k), "spark": lambda k: spark_throughput(df, k)}
        for engine in args.engines.split(","):
            fn = runs[engine]
            for k in (1, 2):
                rate = fn(k)
                out[f"{engine}_{k}"] = rate
                print(f"{engine:5} {k} process(es): {rate:7.1f} reviews/s", flush=True)
    if not args.skip_e2e:
        e2e = end_to_end(args.e2e, args.e2e_engine, args.jobs)
        out[f"e2e_{args.e2e_engine}"] = e2e
        print(f"end to end, {args.e2e_engine}: {e2e['reviews']:,} reviews in {e2e['seconds']:.0f} s "
              f"({e2e['reviews_per_s']:.1f} reviews/s)", flush=True)
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
