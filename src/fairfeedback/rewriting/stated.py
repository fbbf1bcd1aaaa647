"""A stock exhortation matched by its lemmas in a statement: the exhortation "be kinder" has the lemmas of "is
kind", so "Marta is kind but has room to grow" carries a vague-target finding on "is kind". A run that opens with
a finite "is", "are", "was" or "were" with a subject of its own, no modal and no negation, says what the person
is, not what they are to become: its prompt is the praise prompt ("Marta [what Marta did, and why it stood
out]"), and the sentence's one target prompt stays the target ("but needs to change [what, measured how, by
when]"), not two "needs to change" prompts.
"""

from __future__ import annotations

from ..context.analysis import Analysis

__all__ = ["complement_start", "stated"]

#: finite forms of "be" in a statement ("Marta | is | kind")
_FINITE = {"VBZ", "VBP", "VBD"}


def stated(a: Analysis, s: int, e: int) -> bool:
    """Whether the run ``s:e`` is a statement of what the person is ("| is kind"), not a request."""
    doc = a.sent.doc
    if s > a.sent.start and doc[s].lemma_ != "be" and doc[s].head.i == s - 1:
        s -= 1  # the complement alone, its copula before it (``prompts.reword`` asks for it as after "is")
    verb = doc[s]
    if verb.lemma_ != "be" or verb.tag_ not in _FINITE or e - s < 2 or verb.dep_ not in ("ROOT", "conj"):
        return False  # (not what a requirement asks to show: "prove he | is a leader")
    kids = list(verb.children)
    if any(c.dep_ in ("aux", "neg") or c.lower_ in ("not", "n't", "never") for c in kids):
        return False
    comp = [t for t in doc[s + 1:e] if t.head.i == verb.i and t.dep_ in ("acomp", "attr")]
    return bool(comp) and all(t.tag_ not in ("JJR", "RBR") for t in doc[s + 1:e]) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < s for c in kids)


def complement_start(a: Analysis, s: int, e: int) -> int:
    """Where the prompt of a stated run starts: at its complement ("is | kind"), as a praise run after "is" does."""
    return s + 1 if a.sent.doc[s].lemma_ == "be" and stated(a, s, e) else s
