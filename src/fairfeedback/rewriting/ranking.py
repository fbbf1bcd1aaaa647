"""A ranking against the others with the measure the writer gave ("Her sales numbers are the lowest on the
team this year, | at 54% of quota"): the ranking goes, the measure stays as the fact ("Her sales numbers
are at 54% of quota this year")."""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .sentence import flagged_tokens, text_of

__all__ = ["measured"]

#: adverbs that make an adjective a ranking ("the | most | careless on the team")
_MOST = {"most", "least"}


def _ranking(t: Token) -> bool:
    return t.dep_ in ("attr", "acomp") and (t.tag_ == "JJS" or any(c.lower_ in _MOST for c in t.children))


def measured(a: Analysis) -> str:
    """The clause without its ranking, when a phrase with a number stays ("at 54% of quota"), or ''."""
    verb = a.predicate if a.predicate.pos_ in ("AUX", "VERB") else a.sent.root
    rank = next((c for c in verb.children if _ranking(c) and a.span.start <= c.i < a.span.end), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.lemma_ != "be" or rank is None or subj is None or subj.i > verb.i:
        return ""
    flagged = flagged_tokens(a)
    kept = [c for c in verb.children if c.i > rank.i and c.dep_ in ("prep", "npadvmod")
            and not any(t.i in flagged for t in c.subtree)]
    measures = [c for c in kept if c.dep_ == "prep" and any(t.like_num for t in c.subtree)]
    if not measures or any(t.i in flagged for t in subj.subtree):
        return ""
    order = measures + [c for c in kept if c not in measures]  # the measure first, then when
    return " ".join([text_of(list(subj.subtree)), verb.text, *(text_of(list(c.subtree)) for c in order)])
