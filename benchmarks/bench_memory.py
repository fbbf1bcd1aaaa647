"""Peak memory of the CLI on a large file.

    python benchmarks/bench_memory.py --mb 100
    python benchmarks/bench_memory.py --mb 1 --one-line      # one line, no punctuation

Writes benchmarks/data/big-<N>mb.txt (review sentences, paragraphs; with
--one-line: the same words on one line without any punctuation) and runs
`fairfeedback lint --format json` on it under /usr/bin/time -v, reporting wall
time, peak RSS and the number of findings.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import reviews  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=100)
    ap.add_argument("--one-line", action="store_true", help="one line without punctuation instead of paragraphs")
    args = ap.parse_args()
    out = Path(__file__).resolve().parent / "data" / f"big-{args.mb}mb{'-line' if args.one_line else ''}.txt"
    out.parent.mkdir(exist_ok=True)
    if args.one_line and not out.exists():
        words = re.sub(r"[^\w' ]+", " ", " ".join(reviews())).split()
        target = args.mb * 1024 * 1024
        with out.open("w", encoding="utf-8") as fh:
            size = i = 0
            while size < target:
                fh.write(words[i % len(words)] + " ")
                size += len(words[i % len(words)]) + 1
                i += 1
            fh.write("\n")
    if not out.exists():
        docs = reviews()
        target = args.mb * 1024 * 1024
        with out.open("w", encoding="utf-8") as fh:
            size = i = 0
            while size < target:
                piece = docs[i % len(docs)] + "\n\n"
                fh.write(piece)
                size += len(piece.encode("utf-8"))
                i += 1
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "fairfeedback.cli", "lint", "--format", "json", str(out)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", proc.stderr)
    findings = json.loads(proc.stdout)["summary"]["findings"] if proc.stdout.strip() else None
    print(f"{out.name}: {out.stat().st_size / 1e6:.1f} MB, exit {proc.returncode}, wall {wall.group(1) if wall else '?'}, "
          f"peak RSS {int(rss.group(1)) / 1024:.0f} MiB, findings {findings}")


if __name__ == "__main__":
    main()
