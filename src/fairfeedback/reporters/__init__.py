"""Output formats, one module each.  A reporter turns (source name, text, Report)
triples into a string."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..models import Report
from .github import render_github
from .json import render_json
from .sarif import render_sarif
from .text import render_text

Result = tuple[str, str, Report]
REPORTERS: dict[str, Callable[[Sequence[Result]], str]] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
}

__all__ = ["REPORTERS", "Result", "render_github", "render_json", "render_sarif", "render_text"]
