"""Streaming output for inputs too large to hold: findings are written as they
are found, in the same text, JSON and GitHub formats as the other reporters."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from .._version import __version__
from ..models import SCHEMA_VERSION, Finding, Report
from .github import render_github
from .text import finding_lines, footer, render_summary, unused_lines

Write = Callable[[str], None]


class StreamWriter:
    """Writes one file's findings at a time; ``close()`` ends the document."""

    def __init__(self, fmt: str, write: Write, *, summary: bool = False) -> None:
        if fmt not in ("text", "json", "github"):
            raise ValueError(f"format {fmt!r} cannot stream")
        self.fmt, self.write, self.summary = fmt, write, summary
        self.files = self.total = self.files_with = 0
        if fmt == "json":
            write(f'{{\n  "version": "{SCHEMA_VERSION}",\n  "tool": {{"name": "fairfeedback", "version": "{__version__}"}},\n  "files": [')

    def file(self, name: str, findings: Iterable[Finding], report: Report | None = None) -> Report:
        """Write ``findings`` of ``name``; return a Report with the counts only."""
        from ..document import summary_from_counts

        counts: dict[str, int] = {}
        n = 0
        if self.fmt == "json":
            self.write(("," if self.files else "") + f'\n    {{"path": {json.dumps(name)}, "findings": [')
        for f in findings:
            counts[f.category.value] = counts.get(f.category.value, 0) + 1
            if self.fmt == "json":
                self.write(("," if n else "") + "\n      " + json.dumps(f.model_dump(mode="json"), ensure_ascii=False))
            elif self.fmt == "text":
                self.write("".join(line + "\n" for line in finding_lines(name, f)))
            else:
                self.write(render_github([(name, "", Report(findings=[f]))]))
            n += 1
        summary = report.summary if report is not None else summary_from_counts(counts)
        out = Report(findings=[], source=name, summary=summary,
                     suppressed=report.suppressed if report else 0,
                     unused_suppressions=report.unused_suppressions if report else [])
        if self.fmt == "json":
            extra = {"suppressed": out.suppressed,
                     "unused_suppressions": [u.model_dump(mode="json") for u in out.unused_suppressions],
                     "summary": summary.model_dump(mode="json"), "notes": out.notes, "origin": None}
            self.write("\n    ]" + "".join(f", {json.dumps(k)}: {json.dumps(v)}" for k, v in extra.items()) + "}")
        elif self.fmt == "text":
            self.write("".join(line + "\n" for line in unused_lines(name, out)))
            if self.summary:
                self.write("\n".join(render_summary(name, out)) + "\n")
        self.files += 1
        self.total += n
        self.files_with += bool(n)
        return out

    def close(self) -> None:
        if self.fmt == "json":
            self.write(f'\n  ],\n  "summary": {{"files": {self.files}, "findings": {self.total}}}\n}}\n')
        elif self.fmt == "text":
            self.write(footer(self.total, self.files_with) + "\n")
