"""Behavior-focused rewrites of whole documents: ``fairfeedback.rewrite(text)``."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models import Applicability, Category, Finding, Report, Suggestion

__all__ = ["Edit", "RewriteResult", "apply_edits", "document_insertions", "plan_edits"]


class Edit(BaseModel):
    """``original[start:end]`` becomes ``replacement``."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    original: str
    replacement: str
    rule_id: str
    category: Category
    applicability: Applicability


class RewriteResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    edits: list[Edit]
    report: Report


def _rank(f: Finding) -> int:
    from .strategies import PRIORITY

    return PRIORITY.index(f.category) if f.category in PRIORITY else len(PRIORITY)


def plan_edits(text: str, report: Report, *, safe_only: bool = False, document: bool = True) -> list[Edit]:
    """One edit per flagged sentence: the rewrite of its highest-priority finding;
    with ``document``, also insertions for whole-review findings."""
    by_sentence: dict[tuple[int, int], list[Finding]] = {}
    whole: list[Finding] = []
    for f in report.findings:
        if f.rule_id.startswith("FF9"):
            whole.append(f)
            continue
        by_sentence.setdefault((f.sentence_start, f.sentence_end), []).append(f)
    edits: list[Edit] = []
    last_end = -1
    for (start, end), findings in sorted(by_sentence.items()):
        if start < last_end:
            continue
        for f in sorted(findings, key=_rank):
            sug = next((s for s in f.suggestions if s.start is not None and s.end is not None
                        and (not safe_only or s.applicability == Applicability.SAFE)), None)
            if sug is None:
                continue
            assert sug.start is not None and sug.end is not None
            a, b = sug.start, sug.end
            if not sug.text:  # removal: take the following spaces (and an emptied line) too
                while b < len(text) and text[b] in " \t":
                    b += 1
                if (a == 0 or text[a - 1] == "\n") and b < len(text) and text[b] == "\n":
                    b += 1
            edits.append(Edit(start=a, end=b, original=text[a:b], replacement=sug.text, rule_id=f.rule_id,
                              category=f.category, applicability=sug.applicability))
            last_end = b
            break
    if document and not safe_only:
        edits.extend(document_insertions(text, whole))
    return edits


def agree_on_removal(findings: list[Finding]) -> list[Finding]:
    """When one finding says to remove its sentence (a private matter), the other findings of
    that sentence offer the same removal instead of rewrites that keep it ("Since her divorce
    her focus has slipped (for example, ...)")."""
    removals = {}
    for f in findings:
        for s in f.suggestions:
            if not s.text and s.start is not None:
                removals.setdefault((f.sentence_start, f.sentence_end), s)
    if not removals:
        return findings
    out = []
    for f in findings:
        removal = removals.get((f.sentence_start, f.sentence_end))
        if removal is not None and removal not in f.suggestions:
            kept = [s for s in f.suggestions if s.start is None and s.applicability == Applicability.DISPLAY_ONLY]
            f = f.model_copy(update={"suggestions": [removal, *kept]})
        out.append(f)
    return out


def agree_on_rewrite(findings: list[Finding]) -> list[Finding]:
    """One sentence, one rewrite: every finding of a sentence offers the rewrite of the
    sentence's highest-priority finding (a removal first, then shaming, character, ...), so no
    two suggestions for one sentence contradict each other ("Unlike Priya, you never ..." gets
    one rewrite, not one that keeps "never" and one that keeps "Unlike Priya"). The vague evaluations
    and targets a rewrite would keep are already prompts for their evidence (``flagged``), so the
    shared rewrite keeps no finding's words."""
    findings = agree_on_removal(findings)
    by_sentence: dict[tuple[int, int], list[Finding]] = {}
    for f in findings:
        if not f.rule_id.startswith("FF9"):
            by_sentence.setdefault((f.sentence_start, f.sentence_end), []).append(f)
    chosen: dict[tuple[int, int], Suggestion] = {}
    for key, group in by_sentence.items():
        offers = [(f, s) for f in sorted(group, key=_rank) for s in f.suggestions[:1] if s.start is not None]
        # the first rewrite, by priority, that keeps none of the words another finding flags
        clean = [s for f, s in offers if not any(g.match.lower() in s.text.lower() for g in group if _other(f, g))]
        if clean or offers:
            chosen[key] = (clean or [s for _, s in offers])[0]
    out = []
    for f in findings:
        shared = chosen.get((f.sentence_start, f.sentence_end))
        if shared is not None and not f.rule_id.startswith("FF9") and (not f.suggestions or f.suggestions[0] != shared):
            rest = [s for s in f.suggestions if s.start is None]
            f = f.model_copy(update={"suggestions": [shared, *rest]})
        out.append(f)
    return out


def _other(f: Finding, g: Finding) -> bool:
    """Whether ``g`` flags words that ``f``'s rewrite must not keep: another category's, or another absolute of
    the sentence apart from ``f``'s ("nothing remarkable about his code and he is | always | late")."""
    if g.category != f.category:
        return True
    return f.category == Category.ABSOLUTE and (g.end <= f.start or f.end <= g.start)


def document_insertions(text: str, findings: list[Finding]) -> list[Edit]:
    """Whole-review problems are fixed by adding a sentence at the end: an
    instance, an acknowledgment, a next step (each with placeholders)."""
    order = {"missing-example": 0, "unbalanced": 1, "missing-next-step": 2}
    out = []
    end = len(text.rstrip())
    for f in sorted(findings, key=lambda f: order.get(f.category.value, 9)):
        if not f.suggestions or not f.suggestions[0].text:
            continue
        sep = "\n\n" if "\n\n" in text else " "
        out.append(Edit(start=end, end=end, original="", replacement=sep + f.suggestions[0].text, rule_id=f.rule_id,
                        category=f.category, applicability=Applicability.NEEDS_INPUT))
    return out


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits; insertions at the same place keep their order."""
    out = text
    ordered = sorted(enumerate(edits), key=lambda ie: (ie[1].start, ie[0]), reverse=True)
    for _, e in ordered:
        out = out[:e.start] + e.replacement + out[e.end:]
    return out
