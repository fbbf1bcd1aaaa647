"""What a person can be relied on to do, as the prompt of a flagged "can be relied on" in a sentence with
several findings (``valued``): "Ines writes clean code, so she | can be relied on | to hit her dates" asks
"[what Ines did to hit her dates, and why it stood out]", the task kept inside the prompt, never
"[did what, and why it stood out] to hit her dates" with the task left hanging after it."""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .flagged import render, sentence_spans

__all__ = ["relied_on"]

#: verbs of reliance, with their "on" ("can be | counted | on to ...")
_RELY = {"rely", "count", "depend", "bank"}


def relied_on(a: Analysis, top: Token, s: int, e: int, pol: str) -> tuple[int, int, str] | None:
    """The region and prompt of a flagged reliance verb with the task its infinitive (or "for") names, or None."""
    from .prompts import _who

    doc = a.sent.doc
    if pol != "positive" or top.lemma_ not in _RELY or not (s <= top.i < e) or not any(
            c.lower_ in ("on", "upon") and c.dep_ in ("prt", "prep") for c in top.children):
        return None
    task = next((c for c in top.children if c.i >= e and (
        c.dep_ in ("xcomp", "advcl") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
        or c.dep_ == "prep" and c.lower_ == "for")), None)
    if task is None:
        return None
    # the task's own words, not a clause or verb coordinated with it ("to meet deadlines | and is ...")
    end = max([task.i] + [t.i for c in task.children if c.i > task.i and c.dep_ not in ("conj", "cc", "punct", "advcl")
                          for t in c.subtree]) + 1
    if any(task.left_edge.i <= sp.start < end for sp in sentence_spans(a)):
        return None  # the task is flagged itself: its own prompt
    start = min([s] + [c.i for c in top.children if c.dep_ in ("aux", "auxpass", "advmod") and c.i < s])
    words = render(list(doc[task.left_edge.i:end]))
    what = words if task.dep_ != "prep" else "for " + words.split(" ", 1)[-1]
    # the person is the subject of the verb it is coordinated with ("Ines delivers ... and | can be relied on")
    at = top.head.i if top.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children) else s
    return start, end, f"[what {_who(a, at, at + 1 if at != s else e)} did {what}, and why it stood out]"

