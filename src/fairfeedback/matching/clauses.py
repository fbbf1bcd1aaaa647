"""Where in a sentence a learned rule's finding belongs.

The learned rules score whole sentences.  When a sentence joins several clauses
("Dana writes clean code alone but does not share it with the team"), the finding is
placed on the clause the model scores highest for its category, so the other
clauses stay the writer's own: rewrites keep them, and the whole-review checks
still read the praise in them.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Span, Token

__all__ = ["clause_ranges", "narrow"]

#: a clause shorter than this (in words) is not scored on its own
MIN_WORDS = 3
#: the best clause must score at least this, and this much above every other clause
MIN_PROBABILITY = 0.5
MARGIN = 0.15


def _trim(sent: Span, a: int, b: int) -> tuple[int, int]:
    doc = sent.doc
    while a < b and (doc[a].is_punct or doc[a].is_space or doc[a].dep_ == "cc"):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space or doc[b - 1].dep_ == "cc"):
        b -= 1
    return a, b


def _finite(verb: Token) -> bool:
    """A verb that makes a clause ("lies", "does not work", "is"), not a gerund in a list ("learning and adapting")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _dangling(sent: Span, cut: int) -> bool:
    doc = sent.doc
    i = cut - 1
    while i > sent.start and (doc[i].is_punct or doc[i].dep_ == "cc"):
        i -= 1
    return doc[i].pos_ in ("ADP", "DET", "PART", "CCONJ", "SCONJ")


def clause_ranges(sent: Span) -> list[tuple[int, int]]:
    """Token ranges of the sentence's coordinated clauses: cut where a verb conjunct or a
    side-by-side clause begins (not at "because" or "-ing" clauses, which belong to their verb)."""
    cuts = sorted({t.left_edge.i for t in sent
                   if t.dep_ in ("conj", "parataxis") and t.pos_ in ("VERB", "AUX") and _finite(t)
                   and t.head.pos_ in ("VERB", "AUX") and t.left_edge.i > sent.start})
    # not where the clause before would end on a word that needs what follows ("does not sign up for |
    # or tries to skip the shared rota")
    cuts = [c for c in cuts if not _dangling(sent, c)]
    bounds = [sent.start, *cuts, sent.end]
    out = []
    for a, b in pairwise(bounds):
        a, b = _trim(sent, a, b)
        if sum(1 for t in sent.doc[a:b] if not t.is_punct) >= MIN_WORDS:
            out.append((a, b))
    return out


def narrow(sent: Span, score: Callable[[str], float]) -> tuple[int, int] | None:
    """The clause of ``sent`` that ``score`` rates clearly highest, or None (keep the sentence)."""
    ranges = clause_ranges(sent)
    if len(ranges) < 2:
        return None
    doc = sent.doc
    scored = sorted(((score(doc[a:b].text), (a, b)) for a, b in ranges), reverse=True)
    (best, where), (second, _) = scored[0], scored[1]
    if best >= MIN_PROBABILITY and best - second >= MARGIN:
        return where
    return None
