"""Baselines: record today's findings so that only new ones fail.

The file holds fingerprints, never review text: a SHA-256 of the rule id, the
source name, the flagged words and the whitespace-folded sentence, so findings
survive edits elsewhere in the review but not edits of their own sentence.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
import json
from collections import Counter
from pathlib import Path

from .errors import ConfigError
from .models import Finding

__all__ = ["fingerprint", "read_baseline", "sentence_fingerprint", "source_key", "write_baseline"]

VERSION = 1


@lru_cache(maxsize=4096)
def source_key(source: str) -> str:
    """The same file however it was named: ``review.txt``, ``./review.txt`` and its
    absolute path give one key (relative to the working directory when inside it);
    a CSV row keeps its row."""
    if source.startswith("<"):
        return source  # <stdin>
    path, sep, row = source.partition(":row ")
    resolved = Path(path).resolve()
    try:
        key = resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        key = resolved.as_posix()
    return key + sep + row


def fingerprint(source: str, text: str, f: Finding) -> str:
    return sentence_fingerprint(source, text[f.sentence_start:f.sentence_end], f)


def sentence_fingerprint(source: str, sentence: str, f: Finding) -> str:
    """What identifies a finding across runs: rule, file, flagged words, sentence (not its position)."""
    folded = " ".join(sentence.split()).lower()
    raw = "\x1f".join([f.rule_id, source_key(source), f.match.lower(), folded])
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def read_baseline(path: Path) -> Counter[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != VERSION or not isinstance(data.get("fingerprints"), list):
            raise ValueError("unexpected content")
        return Counter(str(x) for x in data["fingerprints"])
    except (OSError, UnicodeDecodeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"{path}: not a fairfeedback baseline ({exc.__class__.__name__})") from None


def write_baseline(path: Path, prints: list[str]) -> None:
    doc = {"version": VERSION, "tool": "fairfeedback", "fingerprints": sorted(prints)}
    try:
        path.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write baseline ({exc.strerror})") from None
