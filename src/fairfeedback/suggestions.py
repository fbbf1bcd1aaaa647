"""Render a rule's suggestion templates for one match."""

from __future__ import annotations

import re
from collections import defaultdict

from .models import Applicability, Suggestion
from .rules.schema import RuleSpec

_PLACEHOLDER_INPUT = re.compile(r"\[[^\]]+\]")

__all__ = ["render_suggestions"]


def _fill(template: str, values: dict[str, str]) -> str:
    out = template.format_map(defaultdict(str, values))
    out = re.sub(r"\s+([,.;:!?])", r"\1", out)
    return re.sub(r"\s{2,}", " ", out).strip()


def render_suggestions(rule: RuleSpec, values: dict[str, str]) -> list[Suggestion]:
    out: list[Suggestion] = []
    for spec in rule.suggestions:
        text = _fill(spec.template, values)
        applicability = spec.applicability or (
            Applicability.NEEDS_INPUT if _PLACEHOLDER_INPUT.search(text) else Applicability.SAFE
        )
        out.append(Suggestion(title=spec.title, text=text, applicability=applicability))
    return out


def format_message(template: str, values: dict[str, str]) -> str:
    return _fill(template, values)
