"""Whether a sentence rewrite may be applied without the writer (``Applicability.SAFE``, which
``fairfeedback lint --fix`` applies).

The rule: a rewrite is safe only if it changes nothing the writer meant besides the problem, that
is, it is the sentence with words deleted, every deleted word either inside a span a finding of the
sentence flags or a word of grammar (punctuation, a conjunction, an article) that the deletion
leaves dangling; and it adds no word. Removing a private detail (an empty rewrite) is declared safe
by its strategy. Anything else, even without ``[placeholders]``, needs the writer: "Unlike Bo, who
shipped four features this quarter, Kai shipped one." -> "Kai shipped one." drops what Bo shipped,
which no finding flags, and leaves "one" without its noun.
"""

from __future__ import annotations

from ..context.analysis import Analysis
from ..models import Applicability
from .flagged import sentence_spans

__all__ = ["applicability", "only_deletes_flagged"]

#: parts of speech a deletion may take along to keep the sentence grammatical
_GRAMMAR = {"PUNCT", "CCONJ", "SCONJ", "DET"}


def only_deletes_flagged(a: Analysis, text: str) -> bool:
    """``text`` is ``a``'s sentence with flagged words (and the grammar words beside them) deleted."""
    sent = a.sent
    flagged = {i for sp in sentence_spans(a) for i in range(sp.start, sp.end)} | set(range(a.span.start, a.span.end))
    rest = text.lower()
    p = 0
    dropped = []
    for t in sent:
        if t.is_space:
            continue
        while p < len(rest) and rest[p].isspace():
            p += 1
        if rest.startswith(t.lower_, p):
            p += len(t.text)
        else:
            dropped.append(t)
    if rest[p:].strip(" .!?"):
        return False  # the rewrite says something the sentence did not
    return all(t.i in flagged or t.pos_ in _GRAMMAR or t.is_punct for t in dropped)


def applicability(a: Analysis, text: str, declared: Applicability) -> Applicability:
    """The applicability of a strategy's rewrite: placeholders or a change of meaning need the writer."""
    if declared is not Applicability.SAFE or not text:
        return declared
    return Applicability.SAFE if only_deletes_flagged(a, text) else Applicability.NEEDS_INPUT
