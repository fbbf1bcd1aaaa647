"""Behavior-focused rewrites of whole documents: ``fairfeedback.rewrite(text)``."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..models import Applicability, Category, Finding, Report

__all__ = ["Edit", "RewriteResult", "apply_edits", "plan_edits"]


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


def plan_edits(text: str, report: Report, *, safe_only: bool = False) -> list[Edit]:
    """One edit per flagged sentence: the rewrite of its highest-priority finding."""
    by_sentence: dict[tuple[int, int], list[Finding]] = {}
    for f in report.findings:
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
    return edits


def apply_edits(text: str, edits: list[Edit]) -> str:
    out = text
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        out = out[:e.start] + e.replacement + out[e.end:]
    return out
