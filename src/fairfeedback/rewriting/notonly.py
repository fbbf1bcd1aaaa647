"""Praise in a "not only ... but also" frame. The frame inverts its first clause ("Not only | is she | talented,
she is also a kind mentor"), so a prompt in place of the praised words took the inverted verb and subject with it
and left "Not only [did what, and why it stood out], she ...", or kept "is he" before a prompt for a quality
("Not only is he [what you valued, shown where], but ..."). With a prompt in each clause the frame has nothing left
to stress: the first clause is said in the plain order with its prompt, and the second follows it as written
("She [what she did, and why it stood out], and she [what she did as a mentor to the juniors, and why it stood
out].").
"""

from __future__ import annotations

from ..context.analysis import Analysis
from .flagged import render, runs, sentence_spans
from .naming import SentenceRewrite, _cap, _end

__all__ = ["not_only"]

#: pronouns as the subject of the plain-order clause, and of its prompt
_SUBJECT = {"he": "he", "she": "she", "they": "they", "you": "you", "i": "I", "we": "we"}


def not_only(a: Analysis) -> SentenceRewrite | None:
    """The rewrite of "Not only <aux> <subject> <praise>, (but) <clause>" with a prompt in the first clause, or None."""
    sent = a.sent
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 7 or toks[0].lower_ != "not" or toks[1].lower_ != "only" or toks[2].pos_ != "AUX":
        return None
    subj = toks[3]
    if not (subj.lower_ in _SUBJECT or subj.pos_ == "PROPN") or subj.dep_ not in ("nsubj", "nsubjpass", "compound"):
        return None
    spans = sentence_spans(a)
    if len(spans) < 2 or any(sp.label_[:3] != "FF3" for sp in spans):
        return None  # (praise only: a criticism in either clause takes the general path)
    comma = next((k for k, t in enumerate(toks) if k > 4 and t.text in (",", ";")), None)
    if comma is None or comma + 2 >= len(toks):
        return None
    at = runs(sent.doc)
    first = toks[4:comma]
    if not any(t.i in at for t in first) or any(t.i in at for t in toks[:2]):
        return None  # (no prompt in the first clause, or one that took the frame itself: the general path)
    who = _SUBJECT.get(subj.lower_, subj.text)
    prompt = next((at[t.i][2] for t in [subj, *first] if t.i in at), "")
    positive = "expected instead" not in prompt and "was missing" not in prompt
    ask = "why it stood out" if positive else "what you expected instead"
    rest = toks[comma + 1:]
    if rest and rest[0].lower_ in ("but", "and"):
        rest = rest[1:]
    last = rest[-1] if rest and rest[-1].is_punct else None
    second = render([t for t in rest if t is not last])
    if not second:
        return None
    lead = f"{_cap(who)} [what {who} did, and {ask}]"
    if second.lower().endswith(lead.lower().split(" ", 1)[1]) and len(second.split(" [", 1)[0].split()) <= 1:
        return SentenceRewrite("Name the instance", lead + _end(sent))  # (the same prompt twice: once)
    return SentenceRewrite("Name the instance", f"{lead}, and {second}{_end(sent)}")
