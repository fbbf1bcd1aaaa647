"""A judgment set as the alternative to a request ("Kenji must step up his game | as opposed to | coasting on old
work", "... rather than | coasting", "... instead of | coasting", "| Instead of | coasting, Kenji must ..."): the
judgment's prompt decides the rewrite, and the request it was set against stays after it as a target, with the
writer's verb and the person ("On [date], Kenji [what Kenji did on old work]; Kenji must step up his game by [date],
specifically [what exactly], measured by [how you will check it]. ..."): the writer's words of the request stay,
with what a lone vague target asks, and a request no finding flags gets a deadline and a measure
(``alternatives``). Only the judgment is replaced.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .alternatives import alternative_of, flagged_request, request_words
from .flagged import sentence_spans

__all__ = ["opposed_tail"]

#: verbs whose infinitive is the request ("needs | to step up", "has | to step up")
_ASKING = {"need", "have"}


def _request(a: Analysis) -> tuple[Token, object] | None:
    """The verb of the request the judgment is the alternative of, and the target's span on it."""
    alt = alternative_of(a)
    if alt is None:
        return None
    t = alt.verb
    sp = next((sp for sp in sentence_spans(a) if sp.label_[:3] == "FF2" and sp.start <= t.i < sp.end
               and not alt.start <= sp.start < alt.end and sp.end - sp.start < len(a.sent) - 1), None)
    if sp is None:
        return None
    verb = t.head if t.dep_ == "xcomp" and t.head.lemma_ in _ASKING else t
    return verb, sp


def opposed_tail(a: Analysis, who: str) -> str:
    """"; Ana should take ownership by [date], specifically [...]" for the request a judgment is the alternative of
    (the writer's words, made checkable: ``alternatives.request_words``), or ''."""
    from .requested import _TARGET, _subject, _verb

    alt = alternative_of(a)
    if alt is None:
        return ""
    found = _request(a)
    if found is None and flagged_request(a, alt):
        return ""  # (another finding's words in the request: its own rewrite takes them out)
    words = request_words(a, alt, vague=found is not None)
    if words or found is None:
        return f"; {words}" if words else ""
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
