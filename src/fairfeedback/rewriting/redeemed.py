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
    if root.lemma_ == "be" and subj is not None and point is None:
        return _kept_noun(a, root, subj)
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


#: the put-down's frame: "only | redeeming | quality"
_FRAME = {"redeeming", "saving"}
_NOUN_TAIL = " is a strength (for example, [what happened] on [date]); [what gets in the way the rest of the time]."


def _kept_noun(a: Analysis, root, subj) -> SentenceRewrite | None:  # noqa: ANN001
    """"His only redeeming feature is | his punctuality" -> "His punctuality is a strength (for example, ...); [what
    gets in the way the rest of the time]": the thing the frame names is the point, never a noun left without a verb."""
    sent = a.sent
    attr = next((c for c in root.children if c.dep_ in ("attr", "acomp", "xcomp") and c.i > root.i), None)
    if attr is None or not any(t.lower_ in _FRAME for t in subj.subtree) \
            or not any(t.lower_ == "only" for t in subj.subtree):
        return None
    spans = [sp for sp in sentence_spans(a) if not sp.start <= root.i < sp.end]
    # the frame is flagged; a vague word in the point is asked about by the instance (the point keeps it)
    if not any(subj.left_edge.i <= sp.start and sp.end - 1 <= subj.right_edge.i for sp in spans) or any(
            not (subj.left_edge.i <= sp.start and sp.end - 1 <= subj.right_edge.i) and not sp.label_.startswith("FF3")
            for sp in spans):
        return None
    toks = [t for t in sent if attr.left_edge.i <= t.i <= attr.right_edge.i]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks or any(t.dep_ == "mark" for t in toks) or len(toks) > 12:
        return None
    text = "".join(t.text_with_ws for t in toks).strip()
    return SentenceRewrite("Keep the point, drop the put-down", _cap(text) + _NOUN_TAIL)
