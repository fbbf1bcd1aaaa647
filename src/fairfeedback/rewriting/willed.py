"""Praise of a deed foretold ("She will excel wherever she is placed", "He will go far", "I am sure she will be able
to deliver excellent results next year") says nothing that happened: an example of it ("(for example, [what
happened] on [date], ...)") would be an example of what has not happened. Like a possibility (``possible``), it
asks what the forecast rests on ("(based on [what she has done so far that shows it])"). A verb of becoming under
"will" ("will make a great lead") asks what the person still needs to show instead (``foretold``); a habit ("will
always step in") and a negation are no forecast.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["habit_after", "willed"]

#: auxiliaries of the future ("will | excel", "'ll | go far", "is going | to")
_FUTURE = {"will", "'ll", "shall", "wo", "may", "might"}  # (and a possibility: "may | show her best work")
#: verbs of becoming, whose forecast asks what the person still needs to show (``foretold``)
_BECOMING = {"be", "become", "make", "prove", "turn", "grow", "develop"}
#: adverbs that make "will" a habit, not a forecast ("will always | step in")
_HABITS = {"always", "usually", "often", "never", "sometimes", "typically", "generally", "reliably", "normally"}


def _future(v: Token) -> bool:
    kids = list(v.children)
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in kids) and not any(
        c.dep_ == "neg" or c.lower_ in _HABITS or c.dep_ == "aux" and c.lemma_ == "have" for c in kids)


def willed(chain: list[Token]) -> bool:
    """Whether the verb of the flagged words (``chain``: it and the verbs it is the infinitive of) is a deed under
    "will", directly or as "will be able to" ("will | be | able | to deliver")."""
    if not chain or chain[0].pos_ not in ("VERB", "AUX") or any(v.lemma_.lower() in _BECOMING for v in chain[:2]):
        return False  # ("will prove to be a strong lead": what the person is to become, ``foretold``)
    for v in chain:
        if _future(v):
            return True
        able = v.head if v.dep_ == "xcomp" and v.head.lower_ == "able" else None
        if able is not None and able.head.i != able.i and _future(able.head) and able.head.lemma_ == "be":
            return True
    return False


def habit_after(sp, forecasts) -> bool:  # noqa: ANN001
    """Whether the praise ``sp`` is a habit said after a forecast of the same sentence, in a verb coordinated with
    the forecast's ("will excel wherever she is posted and | always | gives it her all"): the forecast's evidence
    prompt covers it, and the writer's words stay."""
    verb = sp.root if sp.root.pos_ in ("VERB", "AUX") else sp.root.head
    habit = any(c.lower_ in _HABITS and c.lower_ != "never" for c in verb.children)
    return habit and verb.dep_ == "conj" and any(f.end <= sp.start and (f.root.is_ancestor(verb) or any(
        c.i == f.root.i for c in verb.head.children)) for f in forecasts)  # (or hung on a clause of it: "is put | and")
