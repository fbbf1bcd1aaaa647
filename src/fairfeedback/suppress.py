"""Inline suppression.

In plain text or Markdown (optionally inside an HTML comment)::

    fairfeedback: ignore FF101, FF5      next line (or this line, after other text)
    <!-- fairfeedback: disable shaming -->
    ...                                   findings of those rules are dropped
    <!-- fairfeedback: enable shaming -->

No codes means every rule.  Codes take the selector forms of ``select``.
Suppressions that suppress nothing are reported as unused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .config import _matches
from .markup import MARKER
from .models import Finding, UnusedSuppression

__all__ = ["Directive", "apply_suppressions", "parse_directives"]


@dataclass
class Directive:
    kind: str  # ignore | disable
    codes: tuple[str, ...]
    line: int
    column: int
    text: str
    start_line: int  # lines covered, inclusive
    end_line: int
    used: bool = field(default=False)

    def covers(self, f: Finding) -> bool:
        if not (self.start_line <= f.line <= self.end_line):
            return False
        return not self.codes or any(_matches(c, f.rule_id, f.rule_name, f.category.value) for c in self.codes)


def _codes(raw: str) -> tuple[str, ...]:
    return tuple(c for c in re.split(r"[\s,]+", raw.strip()) if c)


def parse_directives(text: str) -> list[Directive]:
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    out: list[Directive] = []
    open_ranges: list[Directive] = []
    for m in MARKER.finditer(text):
        kind, codes = m.group(1), _codes(m.group(2))
        line = text.count("\n", 0, m.start()) + 1
        column = m.start() - starts[line - 1] + 1
        rest = (lines[line - 1][: m.start() - starts[line - 1]] + lines[line - 1][m.end() - starts[line - 1]:]).strip()
        if kind == "ignore":
            target = line
            if not rest:
                target = next((i + 1 for i in range(line, len(lines)) if lines[i].strip()), line)
            out.append(Directive("ignore", codes, line, column, m.group(0).strip(), target, target))
        elif kind == "disable":
            d = Directive("disable", codes, line, column, m.group(0).strip(), line, len(lines))
            open_ranges.append(d)
            out.append(d)
        else:  # enable closes the matching open ranges (all of them without codes)
            for d in list(open_ranges):
                if not codes or set(codes) & set(d.codes) or not d.codes:
                    d.end_line = line
                    open_ranges.remove(d)
    return out


def apply_suppressions(text: str, findings: list[Finding]) -> tuple[list[Finding], list[UnusedSuppression]]:
    directives = parse_directives(text) if "fairfeedback:" in text else []
    if not directives:
        return findings, []
    kept = []
    for f in findings:
        hit = [d for d in directives if d.covers(f)]
        for d in hit:
            d.used = True
        if not hit:
            kept.append(f)
    unused = [UnusedSuppression(line=d.line, column=d.column, directive=d.text) for d in directives if not d.used]
    return kept, unused
