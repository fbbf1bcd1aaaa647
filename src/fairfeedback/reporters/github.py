"""GitHub Actions workflow commands, one annotation per finding:

``::warning title=fairfeedback FF101 (trait-label; confidence 0.90),file=…,line=…,col=…,endLine=…,endColumn=…::message``

Escaping follows ``@actions/core`` (``command.ts``): data escapes ``%``, CR and LF;
property values also escape ``:`` and ``,``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Finding, Origin, Report, Severity
from .text import suggestion_line

__all__ = ["escape_data", "escape_property", "render_github"]

COMMANDS = {Severity.SUGGESTION: "notice", Severity.WARNING: "warning", Severity.ERROR: "error"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _annotation(name: str, f: Finding, origin: Origin | None = None) -> str:
    props = {
        "title": f"fairfeedback {f.rule_id} ({f.rule_name}; confidence {f.confidence:.2f})",
        "file": name,
        "line": str(f.line),
        "col": str(f.column),
        "endLine": str(f.end_line),
        "endColumn": str(f.end_column),
    }
    if origin is not None:  # a CSV cell: the file's own path and lines (row in the title; columns unknown)
        props.update(title=f"{props['title']} row {origin.row}", file=origin.path,
                     line=str(origin.line + f.line - 1), endLine=str(origin.line + f.end_line - 1))
        del props["col"], props["endColumn"]
    prop_text = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
    message = f.message
    if f.suggestions:
        message += f" Suggestion: {suggestion_line(f.suggestions[0])}"
    return f"::{COMMANDS[f.severity]} {prop_text}::{escape_data(message)}"


def render_github(results: Sequence[tuple[str, str, Report]]) -> str:
    lines = [_annotation(name, f, report.origin) for name, _text, report in results for f in report.findings]
    return "".join(line + "\n" for line in lines)
