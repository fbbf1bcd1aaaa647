"""Faint praise ("Pia is capable but little else", "a decent analyst, and nothing more") keeps the
strength and names the gap as a goal, without the put-down: "Pia [what Pia did, and why it stood out];
beyond that, Pia still needs to show [the work you want next, measured how, by when]." The strength is
the writer's (a vague word in it becomes its prompt, ``flagged``); only the "but not much else" goes.
Never the contempt frame's "On [date], Pia [what happened], and [its effect]", which dropped the praise."""

from __future__ import annotations

from ..context.analysis import Analysis
from .flagged import render, sentence_spans
from .naming import SentenceRewrite, _cap, subject_phrase
from .stance import _turned

__all__ = ["ASIDES", "faint"]

#: the faint-praise rule: "<be> <praise> but not much else"
_RULE = "FF422"
#: where the praise stops and the take-back starts
_TAKEBACK = {",", "but", "and", "not", "nothing"}
#: the writer's own asides before the person ("Honestly, | Pia is ...")
ASIDES = {"honestly", "frankly", "seriously", "really", "overall", "basically", "just"}
_GOAL = "[the work you want next, measured how, by when]"


def faint(a: Analysis) -> SentenceRewrite | None:
    """The rewrite of a sentence whose faint-praise finding is its whole predicate, or None."""
    sent = a.sent
    fp = next((sp for sp in sentence_spans(a) if sp.label_ == _RULE), None)
    if fp is None or fp[0].lemma_ != "be":
        return None
    be = fp[0]
    cut = next((t.i for t in fp[1:] if t.lower_ in _TAKEBACK), None)
    subj = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < be.i), None)
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if cut is None or cut == be.i + 1 or subj is None or not words or words[-1].i >= fp.end:
        return None  # (words after the take-back: another clause, the general path)
    before = [t for t in sent if t.i < subj.left_edge.i]
    if any(not t.is_punct and t.lower_ not in ASIDES for t in before):
        return None
    who = subject_phrase(Analysis(fp, a.words, sent))
    if who.startswith("[") or who.startswith("the ") and subj.pos_ != "NOUN":
        return None
    # (the put-down's finding covers the praise too, so its prompt was asked as a shortfall: it is the strength)
    strength = _turned(render([t for t in sent if subj.left_edge.i <= t.i < cut]), to_praise=True)
    if "[" not in strength:  # the writer's word stays, with the instance asked for
        strength += " (for example, [what happened] on [date])"
    if who.startswith("the "):  # "The new hire ...; beyond that, the new hire ...", the writer's noun phrase
        who = "the " + render([t for t in subj.subtree if t.dep_ != "det"])
    plural = who.lower() in ("you", "they", "we", "i")
    need = "need" if plural else "needs"
    return SentenceRewrite("State the strength and the gap plainly",
                           f"{_cap(strength)}; beyond that, {who} still {need} to show {_GOAL}.")
