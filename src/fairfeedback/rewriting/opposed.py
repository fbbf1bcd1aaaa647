"""A judgment set as the alternative to a request ("Kenji must step up his game | as opposed to | coasting on old
work", "... rather than | coasting", "... instead of | coasting"): the judgment's prompt decides the rewrite, and
the request it was set against stays after it as a target, with the writer's verb and the person
("On [date], Kenji [what Kenji did on old work]; he must change [what, measured how, by when]. ..."), as a
request coordinated with the judgment does (``requested``). Only for a vague target's words on the request's
verb, before the alternative.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .flagged import sentence_spans

__all__ = ["opposed_tail"]

#: the words that open an alternative ("as | opposed | to", "rather | than", "instead | of")
_OPENERS = {"opposed", "rather", "instead"}
#: verbs whose infinitive is the request ("needs | to step up", "has | to step up")
_ASKING = {"need", "have"}


def _request(a: Analysis) -> tuple[Token, object] | None:
    """The verb of the request the judgment is the alternative of, and the target's span on it."""
    t, through = a.span.root, False
    while t.head.i != t.i:
        through = through or t.lower_ in _OPENERS or any(c.lower_ in _OPENERS and c.i < a.span.start for c in t.children)
        t = t.head
        if t.pos_ == "VERB" and through:
            break
    else:
        return None
    sp = next((sp for sp in sentence_spans(a) if sp.label_[:3] == "FF2" and sp.start <= t.i < sp.end
               and sp.end <= a.span.start), None)
    if sp is None:
        return None
    verb = t.head if t.dep_ == "xcomp" and t.head.lemma_ in _ASKING else t
    return verb, sp


def opposed_tail(a: Analysis, who: str) -> str:
    """"; he must change [what, measured how, by when]" for the request a judgment is the alternative of, or ''."""
    from .requested import _TARGET, _subject, _verb

    found = _request(a)
    if found is None:
        return ""
    verb, sp = found
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return ""
    subj = _subject(a, _NoSubject(verb), who)
    return f"; {subj} {_verb(verb, sp, subj)} {_TARGET}"


class _NoSubject:
    """The request's verb with its own subject hidden: the tail names the person by a pronoun the sentence's
    pronouns agree on, else by the prompt's name (``requested._subject``)."""

    def __init__(self, verb: Token) -> None:
        self.children = [c for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass")]
