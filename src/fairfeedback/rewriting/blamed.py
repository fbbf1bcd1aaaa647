"""The words a learned finding over a whole sentence blames, when other findings point at some of them.

A learned rule's finding covers the whole sentence when the model does not single out one clause ("He
does the minimum to get by, but his reports are accurate"). Taken as flagged word for word, it leaves a
rewrite no clause of the writer's to keep, and the praise of the "but" clause is lost ("On [date], he
[what he did]. ..."). When other findings of the sentence point at words of it ("does the minimum"), the
clauses they touch are the ones blamed, and a clause none of them touches stays ("His reports are
accurate; on [date], he [what he did]. ..."). A vague evaluation that praises ("but she is polite") blames
no clause: the writer's praise stays, as a prompt for its instance. With no other finding, the whole
sentence is blamed.
"""

from __future__ import annotations

from ..context.analysis import Analysis
from .flagged import polarity, spans_of

__all__ = ["blamed", "whole_sentence"]


def whole_sentence(a: Analysis) -> bool:
    """Whether ``a`` is a learned finding over all the words of its sentence."""
    words = [t for t in a.sent if not (t.is_punct or t.is_space)]
    return a.learned and bool(words) and a.span.start <= words[0].i and words[-1].i < a.span.end


def blamed(a: Analysis, flagged: set[int]) -> set[int]:
    """``flagged`` (the words other findings flag) with the words of ``a`` itself, or, for a learned finding
    over the whole sentence, with the words of the sentence's other findings, when it has some."""
    own = set(range(a.span.start, a.span.end))
    if not whole_sentence(a):
        return flagged | own
    key = (a.span.start, a.span.end)
    # (not the writer's praise: "..., but she is | polite | with the guests" is what the writer saw go well)
    others = {i for sp in spans_of(a.sent) if (sp.start, sp.end) != key and not (sp.start <= key[0] and key[1] <= sp.end)
              and not _praise(a, sp) for i in range(sp.start, sp.end)}
    return flagged | (others or own)


def _praise(a: Analysis, sp) -> bool:  # noqa: ANN001
    """A vague evaluation whose words praise (``flagged.polarity``)."""
    return sp.label_[:3] == "FF3" and polarity(a, sp.start, sp.end, [sp.label_]) == "positive"
