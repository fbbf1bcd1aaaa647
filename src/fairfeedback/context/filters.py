"""Apply a rule's ``context`` block to one match."""

from __future__ import annotations

from ..rules.schema import Context
from .analysis import Analysis

__all__ = ["passes"]


def passes(ctx: Context, a: Analysis) -> bool:
    """True when the match should become a finding under ``ctx``.

    Cheap checks run first; every check reads the parse lazily.
    """
    if ctx.question != "keep":
        q = a.question
        if q == "genuine" or (q and ctx.question == "drop"):
            return False
    if ctx.quoted == "drop" and a.quoted:
        return False
    if ctx.about == "person" and not a.about_person:
        if not (ctx.imperative == "keep" and a.subject_kind == "imperative"):
            return False
    if ctx.imperative == "drop" and a.is_imperative:
        return False
    if ctx.frame == "request" and not a.is_request:
        return False
    if ctx.frame == "statement" and a.is_request:
        return False
    if ctx.frame == "habit" and (a.is_request or not a.is_habit):
        return False
    if ctx.forecast == "drop" and a.forecast:
        return False
    if ctx.denied == "drop" and a.denied:
        return False
    if ctx.specifics == "none" and a.has_specifics:
        return False
    if ctx.reason == "none" and a.has_reason:
        return False
    if ctx.negated != "keep" and a.negated and (
            ctx.negated == "drop" or a.span[0].lower_ not in a.words.negating_absolutes):
        return False  # "hedge": "does not always reply" is not an absolute; "doesn't ever reply" is
    if ctx.hypothetical == "drop" and a.hypothetical:
        return False
    if ctx.reported == "drop" and a.reported:
        return False
    if ctx.polarity == "negative" and a.polarity != "negative":
        return False
    return True
