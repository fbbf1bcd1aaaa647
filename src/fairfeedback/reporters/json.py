"""Versioned JSON output; the schema is documented in docs/output-formats.md."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .._version import __version__
from ..models import SCHEMA_VERSION, Report


def render_json(results: Sequence[tuple[str, str, Report]]) -> str:
    files = []
    total = 0
    for name, _text, report in results:
        total += len(report.findings)
        files.append({
            "path": name,
            "findings": [f.model_dump(mode="json") for f in report.findings],
            "suppressed": report.suppressed,
            "unused_suppressions": [u.model_dump(mode="json") for u in report.unused_suppressions],
            "summary": report.summary.model_dump(mode="json"),
            "notes": report.notes,
            "origin": report.origin.model_dump(mode="json") if report.origin else None,
        })
    doc = {
        "version": SCHEMA_VERSION,
        "tool": {"name": "fairfeedback", "version": __version__},
        "files": files,
        "summary": {"files": len(files), "findings": total},
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
