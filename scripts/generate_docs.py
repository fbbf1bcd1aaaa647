#!/usr/bin/env python3
"""Write docs/rules/: one page per built-in rule plus the index (README.md).

Usage:
    python scripts/generate_docs.py            # write changed pages, delete pages of removed rules
    python scripts/generate_docs.py --check    # write nothing; exit 1 listing stale/missing/extra files
    python scripts/generate_docs.py --out DIR  # another output folder (default: docs/rules)

Every file in the output folder is generated: a Markdown file there that no
rule produces is deleted (or, with --check, reported).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fairfeedback.docs import generate  # noqa: E402
from fairfeedback.errors import FairFeedbackError  # noqa: E402

DEFAULT_OUT = ROOT / "docs" / "rules"


def diff(out_dir: Path, pages: dict[Path, str]) -> dict[str, list[Path]]:
    """Files that differ from ``pages``: missing, stale (content differs) and extra."""
    on_disk = set(out_dir.glob("*.md")) if out_dir.is_dir() else set()
    missing = [p for p in pages if not p.is_file()]
    stale = [p for p in pages if p.is_file() and p.read_text(encoding="utf-8") != pages[p]]
    extra = sorted(on_disk - set(pages))
    return {"missing": missing, "stale": stale, "extra": extra}


def _show(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report out-of-date files without writing")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: docs/rules)")
    args = parser.parse_args(argv)
    out_dir: Path = args.out
    try:
        pages = generate(out_dir)
    except (FairFeedbackError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    changes = diff(out_dir, pages)
    if args.check:
        problems = [f"{kind}: {_show(p)}" for kind, paths in changes.items() for p in paths]
        if problems:
            print(f"{_show(out_dir)} is out of date; run `python scripts/generate_docs.py`:", file=sys.stderr)
            print("\n".join(f"  {line}" for line in problems), file=sys.stderr)
            return 1
        print(f"{len(pages)} files up to date in {_show(out_dir)}")
        return 0
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in changes["missing"] + changes["stale"]:
        path.write_text(pages[path], encoding="utf-8", newline="\n")
        print(f"wrote {_show(path)}")
    for path in changes["extra"]:
        path.unlink()
        print(f"deleted {_show(path)}")
    if not any(changes.values()):
        print(f"{len(pages)} files already up to date in {_show(out_dir)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
