"""`fairfeedback serve` latency and throughput against the library's own ``lint()``.

    python benchmarks/bench_server.py [--requests 300] [--seconds 15] [--clients 8]

Starts the real command (``fairfeedback serve --port 0``, access log on, as a
user runs it) in a subprocess, then measures on loopback:

- warm p50 / p95 latency of ``POST /v1/lint`` for one 120-word review, one
  request at a time over a kept-alive connection;
- requests per second with ``--clients`` concurrent clients (threads, one
  connection each) for ``--seconds``;
- ``Linter.lint`` on the same text in this process, in rounds interleaved with
  the HTTP ones so machine noise hits both alike.  Issue 12's target: server
  p50 within 1.5x the library's.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

#: 120 words: criticism with dates, a strength, one vague phrase and a trait label.
REVIEW = (
    "Priya shipped the billing migration on March 4, two days ahead of plan, and her runbook let the "
    "on-call team handle the cut-over without paging her. Customers noticed: support tickets about "
    "invoices dropped from 41 to 12 in the following month. The weak spot this quarter was the design "
    "review for the export service. She brought a draft that skipped the retry strategy, and when Omar "
    "asked about it she said it was obvious. She can be a bit dismissive in those meetings. "
    "The review had to be repeated a week later, which delayed the export work. For next quarter we "
    "agreed that she will circulate design drafts two days before each review and "
    "invite written questions from the team."
)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def start_server() -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "fairfeedback.cli", "serve", "--port", "0", "--isolated"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        if "serving on " in line:
            return proc, line.split("serving on ", 1)[1].split()[0].rstrip("/")
    raise SystemExit("server did not start")


def throughput(url: str, clients: int, seconds: float) -> tuple[float, list[float], list[float]]:
    """Requests/s of ``clients`` lint loops, their latencies, and ``/healthz`` latencies meanwhile
    (linting runs off the event loop, so the server keeps answering)."""
    import httpx

    done: list[float] = []
    health: list[float] = []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def prober() -> None:
        with httpx.Client(base_url=url, timeout=120) as http:
            while time.perf_counter() < stop:
                t = time.perf_counter()
                http.get("/healthz").raise_for_status()
                health.append(time.perf_counter() - t)
                time.sleep(0.05)

    def worker() -> None:
        with httpx.Client(base_url=url, timeout=120) as http:
            while time.perf_counter() < stop:
                t = time.perf_counter()
                r = http.post("/v1/lint", json={"text": REVIEW})
                r.raise_for_status()
                with lock:
                    done.append(time.perf_counter() - t)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)] + [threading.Thread(target=prober)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return len(done) / (time.perf_counter() - t0), done, health


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=300, help="sequential requests (and library calls)")
    ap.add_argument("--seconds", type=float, default=15.0, help="length of the concurrent run")
    ap.add_argument("--clients", type=int, default=8)
    args = ap.parse_args()
    import httpx

    from fairfeedback import Linter

    words = len(REVIEW.split())
    linter = Linter()
    linter.lint(REVIEW)
    proc, url = start_server()
    try:
        http = httpx.Client(base_url=url, timeout=120)
        for _ in range(20):  # warm both
            http.post("/v1/lint", json={"text": REVIEW}).raise_for_status()
            linter.lint(REVIEW)
        served: list[float] = []
        library: list[float] = []
        for _ in range(args.requests // 10):  # interleaved rounds of 10
            for _ in range(10):
                t = time.perf_counter()
                http.post("/v1/lint", json={"text": REVIEW}).raise_for_status()
                served.append(time.perf_counter() - t)
            for _ in range(10):
                t = time.perf_counter()
                linter.lint(REVIEW)
                library.append(time.perf_counter() - t)
        http.close()
        rps, latencies, health = throughput(url, args.clients, args.seconds)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    ms = 1000.0
    print(f"review: {words} words; {len(served)} sequential requests; {args.clients} clients for {args.seconds:.0f} s")
    print(f"  library Linter.lint      p50 {statistics.median(library) * ms:6.1f} ms   p95 {pct(library, 95) * ms:6.1f} ms")
    print(f"  POST /v1/lint (1 client) p50 {statistics.median(served) * ms:6.1f} ms   p95 {pct(served, 95) * ms:6.1f} ms")
    print(f"  ratio server p50 / library p50: {statistics.median(served) / statistics.median(library):.2f} (target <= 1.5)")
    print(f"  {args.clients} concurrent clients: {rps:.1f} requests/s; latency p50 {statistics.median(latencies) * ms:.1f} ms, "
          f"p95 {pct(latencies, 95) * ms:.1f} ms")
    print(f"  GET /healthz meanwhile: p50 {statistics.median(health) * ms:.1f} ms, p95 {pct(health, 95) * ms:.1f} ms")
    print(f"  sequential ceiling (1 / library p50): {1 / statistics.median(library):.1f} requests/s")


if __name__ == "__main__":
    main()
