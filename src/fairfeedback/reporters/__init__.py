"""Output formats, one module each.  A reporter turns (source name, text, Report)
triples into a string."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..models import Report
from .json import render_json
from .text import render_text

Result = tuple[str, str, Report]
REPORTERS: dict[str, Callable[[Sequence[Result]], str]] = {
    "text": render_text,
    "json": render_json,
}

__all__ = ["REPORTERS", "Result", "render_json", "render_text"]
