"""Whole-review checks (FF9xx) and the per-review summary.

Each parsed chunk contributes :class:`DocFacts`; the facts of all chunks of a
text are merged, so the checks work on texts of any length.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .context.words import WordLists
from .models import Category, Finding, Score, Summary

__all__ = ["DOCUMENT_CHECKS", "DocFacts", "facts_from_doc", "summarize", "summary_from_counts"]

#: Categories whose findings make a sentence critical.
CRITICAL = {Category.CHARACTER_JUDGMENT, Category.SHAMING, Category.ABSOLUTE, Category.CODED_LANGUAGE,
            Category.INTENT_ATTRIBUTION, Category.VAGUE_TARGET}
_NEG = {"not", "n't", "never", "no", "without"}


@dataclass
class DocFacts:
    critical: list[tuple[int, int]] = field(default_factory=list)
    instance: bool = False
    next_step: bool = False
    positive: bool = False

    def merge(self, other: DocFacts) -> DocFacts:
        """Facts of a text made of this chunk and the next (only the first critical
        sentence is kept: that is where document-level findings point)."""
        return DocFacts(self.critical[:1] or other.critical[:1], self.instance or other.instance,
                        self.next_step or other.next_step, self.positive or other.positive)


def facts_from_doc(doc: Doc, offset: int, words: WordLists, findings: list[Finding]) -> DocFacts:
    facts = DocFacts()
    flagged = {}
    for f in findings:
        flagged.setdefault(f.sentence_start - offset, set()).add(f.category)
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if not toks:
            continue
        start = toks[0].idx
        cats = flagged.get(start, set())
        low = sent.text.lower()
        negation = any(t.lower_ in _NEG or t.dep_ == "neg" for t in toks)
        bad = any(t.lower_ in words.negative_cues or t.lemma_.lower() in words.negative_cues for t in toks)
        critical = bool(cats & CRITICAL) or (bad != negation and (bad or Category.VAGUE_EVALUATION in cats))
        specific = words.has_specifics(sent)
        if critical:
            facts.critical.append((start + offset, toks[-1].idx + len(toks[-1].text) + offset))
            # an instance of the criticized behavior: a date, count or artifact in the criticism itself
            facts.instance = facts.instance or specific
        request = words.is_request(sent, imperative=False) or (toks[0].tag_ == "VB" and toks[0].dep_ == "ROOT")
        # a next step is an agreed action, support or follow-up: an explicit cue, or
        # a request that can be checked (it names a date, count or artifact)
        if words.next_step.search(low) or (request and specific):
            facts.next_step = True
        # acknowledgment: praise, or a plain statement of something done (with specifics)
        praise = Category.VAGUE_EVALUATION in cats and not bad
        if not critical and not request and (praise or specific or (words.positive.search(low) and not negation)):
            facts.positive = True
    return facts


def _first_critical(f: DocFacts) -> tuple[int, int] | None:
    return f.critical[0] if f.critical else None


DOCUMENT_CHECKS: dict[str, Callable[[DocFacts], tuple[int, int] | None]] = {
    "missing-example": lambda f: _first_critical(f) if not f.instance else None,
    "missing-next-step": lambda f: _first_critical(f) if not f.next_step else None,
    "unbalanced": lambda f: _first_critical(f) if not f.positive else None,
}

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
