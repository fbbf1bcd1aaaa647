"""A put-down that frames the writer's point ("His only redeeming quality is | that when he is focused,
he can write good code") keeps the point and drops the frame: the clause the frame introduced stands
on its own, with an instance asked for and what gets in the way otherwise ("When he is focused, he can
write good code (for example, [what happened] on [date]); [what gets in the way the rest of the time].")."""

from __future__ import annotations

from ..context.analysis import Analysis
from .flagged import render, sentence_spans
from .naming import SentenceRewrite, _cap

__all__ = ["kept_point"]

_TAIL = " (for example, [what happened] on [date]); [what gets in the way the rest of the time]."


def kept_point(a: Analysis) -> SentenceRewrite | None:
    """The rewrite of "<flagged subject> is that <clause>", or None."""
    sent = a.sent
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    point = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i), None)
    if root.lemma_ != "be" or subj is None or point is None:
        return None
    # (a learned finding's whole sentence points at no words of its own)
    spans = [sp for sp in sentence_spans(a) if not sp.start <= root.i < sp.end]
    inside = [sp for sp in spans if subj.left_edge.i <= sp.start and sp.end - 1 <= subj.right_edge.i]
    if not inside or len(inside) != len(spans) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in point.children):
        return None  # (another finding in the point itself: the general path)
    toks = [t for t in point.subtree if not (t.dep_ == "mark" and t.head.i == point.i)]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return None
    return SentenceRewrite("Keep the point, drop the put-down", _cap(render(toks)) + _TAIL)
