"""An existential claim of no change ("... and there has not been any progress") is the writer's own
observation, not a behavior of a named person: it keeps the writer's clause and asks for the measure
that did not change over a stated period ("We have tried coaching him, and his [which measure] has not
improved between [date] and [date]."). No "[Name]" goes before a sentence whose subject is the writer."""

from __future__ import annotations

from ..context.analysis import Analysis
from .naming import SentenceRewrite, _cap

__all__ = ["existential"]

#: nouns of change whose absence a writer states with "there was no ..."
_CHANGE = {"progress", "improvement", "change", "movement", "development", "growth", "effort", "headway"}
_POSS = {"him": "his", "her": "her", "them": "their", "he": "his", "she": "her", "they": "their",
         "you": "your", "me": "my", "us": "our"}
_PERIOD = " between [date] and [date]."


def existential(a: Analysis) -> SentenceRewrite | None:
    """The rewrite of "there has not been any progress" in ``a``'s sentence, or None."""
    sent, span = a.sent, a.span
    verb = next((t for t in sent if t.lemma_ == "be" and any(c.dep_ == "expl" for c in t.children)
                 and t.left_edge.i <= span.start and span.end - 1 <= t.right_edge.i), None)
    if verb is None:
        return None
    attr = next((c for c in verb.children if c.dep_ in ("attr", "nsubj", "dobj") and c.lemma_.lower() in _CHANGE), None)
    if attr is None or attr.i < span.start - 3 or attr.i > span.end + 1:
        return None
    start = min(t.i for t in verb.subtree)
    if any(c.dep_ in ("advcl", "ccomp") and c.i > verb.i for c in verb.children):
        return None  # a clause of its own follows ("there was no progress because ..."): the general path
    pre = [t for t in sent if t.i < start]
    cc = "and"
    while pre and (pre[-1].dep_ == "cc" or pre[-1].is_punct):
        cc = pre[-1].lower_ if pre[-1].dep_ == "cc" else cc  # the writer's "but" stays
        pre = pre[:-1]
    perfect = any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children)
    future = any(c.tag_ == "MD" for c in verb.children)
    past = verb.tag_ == "VBD" and not perfect
    change = "did not improve" if past else "has not improved"
    if future:
        return None
    post = [t for t in attr.children if t.dep_ == "prep" and t.i > attr.i]
    where = "".join(" " + " ".join(x.text for x in p.subtree) for p in post)
    if not pre:
        return SentenceRewrite("Say what did not change", f"[Which measure]{where} {change}{_PERIOD}")
    owner = next((_POSS[t.lower_] for t in pre if t.lower_ in _POSS and t.dep_ in ("dobj", "pobj", "dative")), None)
    owner = owner or next((_POSS[t.lower_] for t in pre if t.lower_ in _POSS and t.dep_ in ("nsubj", "nsubjpass")), "the")
    head = "".join(t.text_with_ws for t in pre).strip()
    joined = f"{head}, {cc} {owner} [which measure]{where} {change}{_PERIOD}"
    return SentenceRewrite("Say what did not change", _cap(joined))
