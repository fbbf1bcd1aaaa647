"""Conditional sentences: "If he wants a promotion, he needs to step up", "He can be a great asset
if he gets his act together". One clause asks for a change and the other is what it is for, or
what it would bring; the sentence gets one rewrite, the checkable request's:

- the deadline and measure close the clause that asks, also when that is the condition ("If he
  gets his act together | by [date], ..., he could lead the shift");
- a vague evaluation that is only the promised outcome ("he could be | a strong performer") is no
  claim on what the person did: its prompt asks what would follow ("he [what he would then do]"),
  not for an instance, and its finding offers the request's rewrite.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..context.analysis import Analysis
from .flagged import spans_of

__all__ = ["condition", "conditional_target", "forecast", "outcome_spans", "request", "request_end"]

_CONDITIONS = {"if", "unless"}
#: auxiliaries of a forecast ("he | could | be ...", "you | will | be ...")
_MODALS = {"can", "could", "will", "would", "may", "might", "'ll", "'d", "shall", "wo", "ca"}
#: words that make a clause a request
_ASKING = {"should", "must", "need", "needs", "ought", "shall", "has", "have"}


def condition(sent: Span) -> Token | None:
    """The verb of the sentence's "if"/"unless" clause, or None."""
    return next((t for t in sent if t.dep_ == "advcl" and t.head.i != t.i
                 and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in t.children)), None)


def _inside(cond: Token, start: int, end: int) -> bool:
    return cond.left_edge.i <= start and end - 1 <= cond.right_edge.i


def _main(cond: Token) -> list[Token]:
    """The tokens of the sentence without the condition."""
    return [t for t in cond.sent if not cond.left_edge.i <= t.i <= cond.right_edge.i]


def _asks(tokens: list[Token]) -> bool:
    return any(t.lower_ in _ASKING and (t.lower_ not in ("has", "have") or t.nbor().lower_ == "to") for t in tokens
               if t.i + 1 < len(t.doc))


def _forecast(cond: Token) -> bool:
    """The clause the condition hangs on says what would follow ("he could be ...", "her potential would rise"),
    and asks for nothing."""
    heads, main = [cond.head, *cond.head.ancestors], _main(cond)  # ("has the potential to lift ... | if ...")
    return (any(c.dep_ == "aux" and c.lower_ in _MODALS for h in heads for c in h.children)
            or any(t.lemma_.lower() == "potential" for t in main)) and not _asks(main)


def request_end(a: Analysis) -> int | None:
    """Where the clause that asks ends, when that is the condition: the target is in it ("If he | gets
    his act together |, ..."), or the target covers the sentence and the other clause only says what
    would follow ("If he improves his focus |, he could be a strong performer")."""
    cond = condition(a.sent)
    if cond is None:
        return None
    inside = _inside(cond, a.span.start, a.span.end)
    around = a.span.start <= cond.left_edge.i and cond.right_edge.i < a.span.end and _forecast(cond)
    # (not a goal: "If he wants a promotion, | he needs to step up")
    return cond.right_edge.i + 1 if inside or around else None


def outcome_spans(sent: Span) -> list[Span]:
    """The vague evaluations and targets of a conditional sentence that are only the promised outcome of
    the target in its condition (or over the whole sentence)."""
    cond = condition(sent)
    if cond is None:
        return []
    spans = spans_of(sent)
    targets = [sp for sp in spans if sp.label_[:3] == "FF2"]
    main = {t.i for t in _main(cond)}
    asked = _asked(cond, targets)
    # what the change asked for in the condition would bring ("he could be | a strong performer")
    return [sp for sp in spans if sp.label_[:3] in ("FF2", "FF3") and all(i in main for i in range(sp.start, sp.end))
            and _forecast(cond) and any(t is not sp for t in asked)]


def _asked(cond: Token, targets: list[Span]) -> list[Span]:
    """The targets that are the condition's request: in it, or over the whole sentence."""
    return [t for t in targets if _inside(cond, t.start, t.end) or t.start <= cond.left_edge.i and cond.right_edge.i < t.end]


def forecast(prompt: str, who: str) -> str:
    """The prompt for a promised outcome, which asks what would follow, not what the person did ("[what he
    did, and why it stood out]" -> "[what he would then do]")."""
    m = re.match(r"\[what (.+?) did\b([^,\]]*)", prompt)
    return f"[what {m[1]} would then do{m[2]}]" if m else f"[what {who} would then do]"


def request(a: Analysis) -> tuple[Analysis, int | None]:
    """The finding whose rewrite ``a``'s offers (a conditional sentence's promised outcome offers the
    request's), and where the clause that asks ends when that is the condition (``request_end``)."""
    target = conditional_target(a)
    a = a if target is None else Analysis(target, a.words, a.sent)
    return a, request_end(a)


def conditional_target(a: Analysis) -> Span | None:
    """The target whose rewrite a conditional sentence's outcome evaluation offers, or None."""
    found = outcome_spans(a.sent)
    if not any((sp.start, sp.end, sp.label_) == (a.span.start, a.span.end, a.span.label_) for sp in found):
        return None
    cond = condition(a.sent)
    outcomes = {(sp.start, sp.end) for sp in found}
    spans = [sp for sp in spans_of(a.sent) if sp.label_[:3] == "FF2" and (sp.start, sp.end) not in outcomes]
    inside = cond is not None and _inside(cond, a.span.start, a.span.end)
    # the target of the other clause; a target over the whole sentence last
    return next(iter(sorted(spans, key=lambda sp: (_inside(cond, sp.start, sp.end) == inside, sp.end - sp.start))), None)
