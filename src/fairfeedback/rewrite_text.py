"""The ``fairfeedback.rewrite`` entry point: lint a text and rewrite its flagged sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .rewriting import RewriteResult, apply_edits, document_insertions, plan_edits

if TYPE_CHECKING:
    from .config import Config
    from .linter import Linter


def rewrite(text: str, *, config: Config | None = None, fmt: str = "text", safe_only: bool = False,
            linter: Linter | None = None) -> RewriteResult:
    """Rewrite every flagged sentence of ``text`` (its highest-priority finding's
    rewrite); ``safe_only`` applies only suggestions that need no input.  ``linter``
    (with its configuration) is used when given, else one for ``config``."""
    from .linter import _default_linter  # (the linter module imports this one)

    linter = linter or _default_linter(config)
    report = linter.lint(text, fmt=fmt)
    edits = plan_edits(text, report, safe_only=safe_only)
    # A rewritten sentence can still hold a lower-priority problem ("Unlike Priya,
    # you never ..." loses the comparison but keeps "never"): rewrite it again.
    for i, edit in enumerate(edits):
        new = edit.replacement
        for _ in range(2):
            if not new:
                break
            more = plan_edits(new, linter.lint(new), safe_only=safe_only, document=False)
            if not more:
                break
            new = apply_edits(new, more)
        if new != edit.replacement:
            edits[i] = edit.model_copy(update={"replacement": new})
    out = apply_edits(text, edits)
    if edits and not safe_only and linter.is_review(text, fmt=fmt):
        # A rewrite must not raise a whole-review problem the review did not have (a rewritten
        # sentence held its only next step or acknowledgment): add that check's line too.  A
        # sentence or one-line comment is no review, however long its rewrite (issue 11).
        had = {f.rule_id for f in report.findings}
        raised = [f for f in linter.lint(out, fmt=fmt).findings if f.rule_id.startswith("FF9") and f.rule_id not in had]
        if raised:
            extra = document_insertions(out, raised)
            edits += [e.model_copy(update={"start": len(text.rstrip()), "end": len(text.rstrip())}) for e in extra]
            out = apply_edits(text, edits)
    return RewriteResult(text=out, edits=edits, report=report)
