"""``path:line:col: FF101 [warning, confidence 0.90] message`` followed by the suggestion."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Finding, Report, Suggestion


def suggestion_line(s: Suggestion) -> str:
    """A suggestion on one line; a removal says so, with its advice."""
    if not s.text:
        return f"{s.title.rstrip('.')}; delete the sentence."
    return " ".join(s.text.split())


def render_summary(name: str, report: Report) -> list[str]:
    """The per-review summary: counts by category and the four 0-100 scores."""
    s = report.summary
    counts = ", ".join(f"{n} {cat}" for cat, n in s.counts.items()) or "no findings"
    lines = [f"{name}: summary: {counts}"]
    for key, score in s.scores.items():
        why = f" ({'; '.join(score.reasons)})" if score.reasons else ""
        lines.append(f"    {key.replace('_', ' ')}: {score.value}/100{why}")
    return lines


def finding_lines(name: str, f: Finding) -> list[str]:
    """``path:line:col: CODE [severity, confidence] message`` and the suggestion under it."""
    lines = [f"{name}:{f.line}:{f.column}: {f.rule_id} [{f.severity.value}, confidence {f.confidence:.2f}] {f.message}"]
    if f.suggestions:
        lines.append(f"    suggestion: {suggestion_line(f.suggestions[0])}")
    return lines


def unused_lines(name: str, report: Report) -> list[str]:
    """Unused suppressions, and notes on what was not fully checked."""
    return [f"{name}:{u.line}:{u.column}: unused suppression: {u.directive}" for u in report.unused_suppressions] \
        + [f"{name}: note: {n}" for n in report.notes]


def footer(total: int, files: int) -> str:
    if not total:
        return "No problems found."
    noun = "problem" if total == 1 else "problems"
    return f"Found {total} {noun} in {files} {'file' if files == 1 else 'files'}."


def render_text(results: Sequence[tuple[str, str, Report]], *, summary: bool = False) -> str:
    lines: list[str] = []
    total = 0
    flagged: set[str] = set()  # files with findings (the rows of a CSV file are one file)
    for name, _text, report in results:
        if report.findings:
            flagged.add(report.origin.path if report.origin else name)
        total += len(report.findings)
        for f in report.findings:
            lines.extend(finding_lines(name, f))
        lines.extend(unused_lines(name, report))
        if summary:
            lines.extend(render_summary(name, report))
    lines.append(footer(total, len(flagged)))
    return "\n".join(lines) + "\n"
