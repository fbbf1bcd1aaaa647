"""Diagnostics, hovers and code actions built from a :class:`~fairfeedback.models.Report`.

Pure functions of the document text and its report: no I/O, no logging.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from lsprotocol import types

from ..markup import MARKER
from ..models import Applicability, Finding, Report, Severity
from ..rewriting import plan_edits
from .positions import LineIndex

__all__ = ["SOURCE", "code_actions", "diagnostics", "hover"]

SOURCE = "fairfeedback"
FIX_ALL_KIND = f"{types.CodeActionKind.SourceFixAll.value}.fairfeedback"
SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.SUGGESTION: types.DiagnosticSeverity.Information,
}
_LABELS = {Applicability.SAFE: "safe to apply", Applicability.NEEDS_INPUT: "fill in the [placeholders]",
           Applicability.DISPLAY_ONLY: "advice"}

#: rule name -> URL of its documentation page
Links = Callable[[str], str | None]


def diagnostics(report: Report, lines: LineIndex, link: Links) -> list[types.Diagnostic]:
    out = []
    for i, f in enumerate(report.findings):
        href = link(f.rule_name)
        out.append(types.Diagnostic(
            range=lines.range(f.start, f.end), severity=SEVERITIES[f.severity], code=f.rule_id, source=SOURCE,
            message=f.message, code_description=types.CodeDescription(href=href) if href else None,
            data={"index": i, "rule": f.rule_id, "start": f.start, "end": f.end},
        ))
    return out


def hover(report: Report, lines: LineIndex, position: types.Position, link: Links) -> types.Hover | None:
    """The explanation and suggestions of the findings under ``position``."""
    offset = lines.offset(position)
    found = [f for f in report.findings if f.start <= offset <= f.end and f.end > f.start]
    if not found:
        return None
    parts = []
    for f in found:
        text = [f"**{f.rule_id} {f.rule_name}** ({f.severity.value})", f.message, f.explanation]
        for s in f.suggestions:
            body = s.text if s.text else "(remove the sentence)"
            text.append(f"*{s.title}* ({_LABELS[s.applicability]}):\n\n> {body}")
        href = link(f.rule_name)
        if href:
            text.append(f"[{f.rule_id} documentation]({href})")
        parts.append("\n\n".join(text))
    start = min(f.start for f in found)
    end = max(f.end for f in found)
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
                       range=lines.range(start, end))


def _removal_end(text: str, a: int, b: int) -> int:
    """A removed sentence takes its following spaces (and an emptied line) too, as ``--fix`` does."""
    while b < len(text) and text[b] in " \t":
        b += 1
    if (a == 0 or text[a - 1] == "\n") and b < len(text) and text[b] == "\n":
        b += 1
    return b


def _edit(uri: str, version: int | None, lines: LineIndex, edits: Sequence[tuple[int, int, str]],
          versioned: bool) -> types.WorkspaceEdit:
    text_edits = [types.TextEdit(range=lines.range(a, b), new_text=new) for a, b, new in edits]
    if versioned:
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
            text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
            edits=list(text_edits))])
    return types.WorkspaceEdit(changes={uri: text_edits})


def _suppression(text: str, lines: LineIndex, f: Finding, fmt: str) -> tuple[int, int, str] | None:
    """Where and what to insert so the finding's line ignores its rule (see fairfeedback.suppress)."""
    line = lines.position(f.start).line
    start, end = lines.starts[line], lines._line_end(line)
    for m in MARKER.finditer(text, start, end):
        if m.group(1) == "ignore" and text[start:m.start()].strip():
            if not m.group(2).strip():
                return None  # already ignores every rule
            return m.end(2), m.end(2), f", {f.rule_id}"
    marker = f"fairfeedback: ignore {f.rule_id}"
    if fmt in ("markdown", "html"):
        marker = f"<!-- {marker} -->"
    return end, end, ("" if end == start or text[end - 1] in " \t" else " ") + marker


def code_actions(text: str, report: Report, lines: LineIndex, rng: types.Range, uri: str, version: int | None,
                 fmt: str, *, only: Sequence[str] | None = None, versioned: bool = True,
                 diagnostics_for: Callable[[Finding], types.Diagnostic] | None = None) -> list[types.CodeAction]:
    """Quick fixes for the findings touching ``rng``, and "apply every safe rewrite"."""
    a, b = lines.offset(rng.start), lines.offset(rng.end)
    actions: list[types.CodeAction] = []
    seen: dict[tuple[int, int, str], types.CodeAction] = {}
    suppress_seen: set[tuple[str, int]] = set()

    def diag(f: Finding) -> list[types.Diagnostic] | None:
        return [diagnostics_for(f)] if diagnostics_for else None

    touching = [f for f in report.findings if f.start <= b and a <= f.end]
    for f in touching:
        for s in f.suggestions:
            if s.start is None or s.end is None or s.applicability is Applicability.DISPLAY_ONLY:
                continue
            end = s.end if s.text else _removal_end(text, s.start, s.end)
            key = (s.start, end, s.text)
            preferred = s.applicability is Applicability.SAFE
            if key in seen:
                seen[key].is_preferred = seen[key].is_preferred or preferred
                continue
            title = f"{f.rule_id}: {s.title}" + ("" if preferred else " (fill in the [placeholders])")
            action = types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix, diagnostics=diag(f),
                                      is_preferred=preferred, edit=_edit(uri, version, lines, [key], versioned))
            seen[key] = action
            actions.append(action)
    for f in touching:
        line = lines.position(f.start).line
        if (f.rule_id, line) in suppress_seen:
            continue
        suppress_seen.add((f.rule_id, line))
        insert = _suppression(text, lines, f, fmt)
        if insert is not None:
            actions.append(types.CodeAction(
                title=f"Ignore {f.rule_id} ({f.rule_name}) on this line", kind=types.CodeActionKind.QuickFix,
                diagnostics=diag(f), edit=_edit(uri, version, lines, [insert], versioned)))
    safe = plan_edits(text, report, safe_only=True)
    if safe:
        fix_all = _fix_all_kind(only)
        actions.append(types.CodeAction(
            title=f"Apply all safe fairfeedback rewrites in this file ({len(safe)})", kind=fix_all,
            edit=_edit(uri, version, lines, [(e.start, e.end, e.replacement) for e in safe], versioned)))
    if only:
        actions = [x for x in actions if _wanted(x.kind, only)]
    return actions


def _fix_all_kind(only: Sequence[str] | None) -> Any:
    """Shown in the quick-fix menu; a ``source.fixAll`` action when the client asks for those (on save)."""
    if only and any(_wanted(FIX_ALL_KIND, [k]) for k in only):
        return FIX_ALL_KIND
    return types.CodeActionKind.QuickFix


def _value(kind: Any) -> str:
    return str(getattr(kind, "value", kind))


def _wanted(kind: Any, only: Sequence[Any]) -> bool:
    k = _value(kind)
    return any(k == _value(o) or k.startswith(f"{_value(o)}.") for o in only)
