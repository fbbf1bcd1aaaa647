"""Baselines: record today's findings so that only new ones fail.

The file holds fingerprints, never review text: a SHA-256 of the rule id, the
source name, the flagged words and the whitespace-folded sentence, so findings
survive edits elsewhere in the review but not edits of their own sentence.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from .errors import ConfigError
from .models import Finding

__all__ = ["fingerprint", "read_baseline", "subtract", "write_baseline"]

VERSION = 1


def fingerprint(source: str, text: str, f: Finding) -> str:
    sentence = " ".join(text[f.sentence_start:f.sentence_end].split()).lower()
    raw = "\x1f".join([f.rule_id, source, f.match.lower(), sentence])
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


def subtract(known: Counter[str], source: str, text: str, findings: list[Finding]) -> list[Finding]:
    """Findings not in the baseline (each recorded fingerprint absorbs one finding)."""
    out = []
    for f in findings:
        fp = fingerprint(source, text, f)
        if known[fp] > 0:
            known[fp] -= 1
        else:
            out.append(f)
    return out
