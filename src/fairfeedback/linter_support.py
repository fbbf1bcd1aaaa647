"""Helpers of the Linter: a text in progress, block offsets, merged rule sets, a paused collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .markup import OffsetMap
from .models import Finding
from .rules.loader import RuleSet


@dataclass
class _Pending:
    """A text whose chunks are still being parsed."""

    text: str
    source: str | None
    remaining: int
    line_starts: list[int]
    findings: list[Finding] = field(default_factory=list)
    facts: Any = None  # fairfeedback.document.DocFacts, imported with spaCy
    notes: list[str] = field(default_factory=list)
    #: where the masked text's characters came from, when decoding moved some (HTML character references)
    omap: OffsetMap | None = None


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the model and rules load: they
    create hundreds of thousands of long-lived objects, and every collection
    in between walks all of them again.  Alone this only defers one collection
    to the first lint; a caller that then calls ``gc.freeze()`` (the CLI does)
    skips those walks altogether, about 60 ms of start-up.  Reference counting
    still frees everything else; the previous state is restored."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _shift(f: Finding, chars: int, lines: int) -> Finding:
    """Move a finding from block coordinates to whole-document coordinates."""
    if not chars and not lines:
        return f
    sugg = [s.model_copy(update={"start": s.start + chars, "end": s.end + chars}) if s.start is not None else s
            for s in f.suggestions]
    return f.model_copy(update={
        "start": f.start + chars, "end": f.end + chars, "line": f.line + lines, "end_line": f.end_line + lines,
        "sentence_start": f.sentence_start + chars, "sentence_end": f.sentence_end + chars, "suggestions": sugg,
    })



def _merge(a: RuleSet | None, b: RuleSet | None) -> RuleSet:
    if a is None and b is None:
        return RuleSet([], {}, {})
    if a is None or b is None:
        return a or b  # type: ignore[return-value]
    from .errors import RuleFileError

    for r in b.rules:
        if r.id in a.sources:
            raise RuleFileError(b.sources[r.id], f"rule id {r.id} is already used by a built-in rule", field="id", rule=r.id)
    return RuleSet(sorted(a.rules + b.rules, key=lambda r: r.id), {**a.lexicons, **b.lexicons},
                   {**a.sources, **b.sources}, {**a.models, **b.models})
