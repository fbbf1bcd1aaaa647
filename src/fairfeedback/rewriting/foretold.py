"""Praise foretold, not given: a forecast asks for what the person is to show, not for a past instance.

"In a year, Dario will make an excellent shift lead" says nothing that happened: the excellence is what the
writer expects. Its prompt asks, as one under a requirement does (``requirement``), what the person needs to
show and by when ("(specifically, [what Dario needs to show, and by when])"), not for an instance ("(for
example, [what happened] on [date], ...)"). A forecast is a verb of becoming ("be", "become", "make", "prove
to be", "turn out to be", "grow into") under "will"/"shall" or "is going to", without a negation or a habit
("will always be there for the team" is what the person does).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis

__all__ = ["foretold", "foretold_prompt", "made"]

#: auxiliaries of the future ("will | become", "'ll | make")
_FUTURE = {"will", "'ll", "shall"}
#: verbs that say what the person is to become ("will | make a great lead", "will | prove to be ...")
_BECOMING = {"be", "become", "make", "prove", "turn", "grow", "develop"}
#: verbs whose infinitive is what the forecast says the person becomes ("will prove | to be", "is going | to be")
_LEADING = {"prove", "turn", "go", "grow", "develop", "continue"}
#: adverbs that make "will" a habit, not a forecast ("will always | step in")
_HABITS = {"always", "usually", "often", "never", "sometimes", "typically", "generally", "reliably"}
#: how the words of the evaluation hang on their verb ("a great | lead", "a great asset | for the unit")
_UNDER = ("attr", "acomp", "oprd", "dobj", "amod", "compound", "det", "prep", "pobj", "conj", "appos", "nmod")


def made(v: Token) -> Token:
    """The verb of becoming above a noun the parser took for a verb of a clause ("will make | an excellent team
    lead": "lead" with "team" as its subject), else ``v``."""
    if v.dep_ == "ccomp" and v.head.lemma_.lower() in _BECOMING and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < v.i and c.left_edge.i > v.head.i for c in v.children):
        return v.head
    return v


def _future(v: Token) -> bool:
    """The verb is under "will"/"shall" ("will | be"), or is the "going" of "is going to"."""
    kids = list(v.children)
    if v.lemma_.lower() == "go" and v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in kids):
        return any(c.dep_ == "xcomp" for c in kids)
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in kids)


def foretold(top: Token) -> bool:
    """Whether the words headed by ``top`` are what a forecast says the person will become ("will make | a
    great lead", "is going to be | a strong mentor", "will prove | a great asset")."""
    v = top
    while v.dep_ in _UNDER and v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
        v = v.head
    v = made(v)
    if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in _BECOMING:
        return False
    chain = [v]
    while not _future(v) and v.dep_ == "xcomp" and v.head.lemma_.lower() in _LEADING:
        v = v.head
        chain.append(v)
    if not _future(v):
        return False
    return not any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in _HABITS for x in chain for c in x.children)


def foretold_prompt(a: Analysis) -> str:
    """The prompt for a lone vague evaluation that a forecast names ("[what Lena needs to show, and by when]"),
    or ''."""
    from .prompts import _who  # (the prompts import the modules that import this one)
    from .possible import forecast_subject
    from .requirement import required_prompt

    if not foretold(a.span.root):
        return ""
    who, subj = _who(a, a.span.start, a.span.end), forecast_subject(a, a.span.root)
    if who.startswith("the ") and subj is not None and subj.pos_ in ("PROPN", "PRON"):  # not "the shift lead" of "Dario"
        who = subj.text if subj.pos_ == "PROPN" else subj.lower_
    return required_prompt("", who)
