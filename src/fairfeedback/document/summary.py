"""The per-review summary: finding counts and 0-100 scores."""

from __future__ import annotations

from ..models import Category, Finding, Score, Summary

# -- summary ----------------------------------------------------------------------------

#: Points taken off each 0-100 score per finding of a category (docs/summary.md).
PENALTIES: dict[str, dict[Category, int]] = {
    "specificity": {Category.VAGUE_EVALUATION: 15, Category.VAGUE_TARGET: 10, Category.MISSING_EXAMPLE: 30},
    "behavior_focus": {Category.CHARACTER_JUDGMENT: 20, Category.CODED_LANGUAGE: 15,
                       Category.INTENT_ATTRIBUTION: 15, Category.ABSOLUTE: 10},
    "actionability": {Category.VAGUE_TARGET: 15, Category.MISSING_NEXT_STEP: 40},
    "respect": {Category.SHAMING: 25, Category.SENSITIVE_DISCLOSURE: 25, Category.UNBALANCED: 20},
}


def summarize(findings: list[Finding]) -> Summary:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.category.value] = counts.get(f.category.value, 0) + 1
    return summary_from_counts(counts)


def summary_from_counts(counts: dict[str, int]) -> Summary:
    scores = {}
    for name, table in PENALTIES.items():
        value = 100
        reasons = []
        for cat, points in table.items():
            n = counts.get(cat.value, 0)
            if n:
                value -= n * points
                reasons.append(f"{n} {cat.value} (-{n * points})")
        scores[name] = Score(value=max(0, value), reasons=reasons)
    return Summary(counts=dict(sorted(counts.items())), scores=scores)
