"""A request made as the condition of something the writer withholds: "I would not put him forward for a
raise | until he shows more ownership".

The clause that asks is the condition, not the main clause: the main clause only says what waits for it.
The checkable part goes at the end of the condition, where the writer said what they want to see ("...
until he shows more ownership, specifically [what exactly], measured by [how you will check it]"), never
inside the withheld clause ("not put him forward for a raise by [date], specifically ..., until ..."),
which would date the withholding instead of the change. The condition names its own time ("until",
"unless", "before", "once"): the tail takes no "by [date]" besides it.

A verdict that withholds a next step until a condition ("would not recommend him for promotion | until
visible progress from the night crew") names the requirement itself: the condition is not what the person
did ("[what he did until visible progress ...]"), it is what they still need to show ("for promotion, he still
needs to show visible progress from the night crew, measured by [how you will check it]", ``required_condition``).

A vague word of praise inside such a condition ("until there is | steady progress | from the night crew") is
what the writer asks for, not praise given: its rewrite is the request's (``condition_of``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..context.analysis import Analysis
from .flagged import render

__all__ = ["condition_at", "condition_of", "required_condition", "unconditioned"]

#: marks of a condition that must be met before something happens
_UNTIL = {"until", "till", "unless", "before", "once"}
#: words that withhold: the main clause does not happen until the condition does
_WITHHOLDING = {"not", "n't", "never", "no", "cannot", "hold", "wait", "delay", "defer", "postpone"}


def _condition(v: Token) -> Token | None:
    """The mark of a condition clause headed by ``v`` ("| until | he shows ..."), or None."""
    if v.dep_ != "advcl" or v.pos_ not in ("VERB", "AUX"):
        return None
    mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in _UNTIL and c.i == v.left_edge.i), None)
    if mark is None:
        return None
    main = v.head
    words = [main, *main.children]  # ("would | not | put", "hold off", "should | wait")
    if not any(t.lower_ in _WITHHOLDING or t.lemma_.lower() in _WITHHOLDING for t in words):
        return None
    return mark


def condition_at(sent: Span, cut: int, last: int) -> bool:
    """Whether the sentence's rest from ``cut`` to ``last`` is one condition of a withheld main clause
    ("I would not put him forward for a raise | until he shows more ownership")."""
    doc = sent.doc
    while cut <= last and doc[cut].is_punct:
        cut += 1
    if cut > last:
        return False
    for v in sent:
        mark = _condition(v)
        if mark is not None and mark.i == cut and max(t.i for t in v.subtree if not t.is_punct) >= last:
            return True
    return False


def condition_of(sent: Span, start: int, end: int) -> bool:
    """Whether the words ``start:end`` sit inside the condition of a withheld main clause ("... until there
    is | steady progress | from the night crew")."""
    for v in sent:
        mark = _condition(v)
        if mark is not None and v.left_edge.i <= start and end - 1 <= v.right_edge.i:
            return True
    return False


def _withheld(v: Token) -> bool:
    return any(t.lower_ in _WITHHOLDING or t.lemma_.lower() in _WITHHOLDING for t in (v, *v.children))


def required_condition(a: Analysis) -> tuple[str, str] | None:
    """The condition of a withheld verb as written ("until visible progress from the night crew") and what it
    asks for ("visible progress from the night crew", or '' for a clause that names no such thing)."""
    for t in a.sent:
        if t.lower_ in ("until", "till") and t.dep_ == "prep" and _withheld(t.head):
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return render(list(t.subtree)), render(list(obj.subtree))
        if t.lower_ in ("until", "till") and t.dep_ == "mark" and _condition(t.head) is not None:
            v = t.head
            there = any(c.dep_ == "expl" for c in v.children)
            attr = next((c for c in v.children if c.dep_ == "attr"), None) if there else None
            return render(list(v.subtree)), render(list(attr.subtree)) if attr is not None else ""
    return None


def unconditioned(a: Analysis, comp: str) -> str:
    """What a judgment was about without the condition of the withheld verb ("[what he did | until ...]")."""
    cond = required_condition(a)
    if cond is None or not comp:
        return comp
    return comp.replace(" " + cond[0], "").replace(cond[0], "").strip()
