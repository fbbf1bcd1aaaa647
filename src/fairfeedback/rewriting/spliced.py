"""One rewrite for a sentence with absolutes in two clauses ("There is nothing remarkable about his code | and |
he is always late"): the rewrite of the first clause's absolute ("His code lacks [what exactly, shown where]")
keeps the other clause as written, and so kept its "always". Each clause takes its own absolute's rewrite
("... and he was late [N] times in [period]"), joined where the writer joined them, so every finding of the
sentence offers one rewrite that fixes all of them.
"""

from __future__ import annotations

from collections.abc import Callable

from ..context.analysis import Analysis
from .flagged import sentence_spans
from .sentence import text_of

__all__ = ["with_other_clauses"]

_BUSY: set[int] = set()


def with_other_clauses(a: Analysis, text: str, rewrite: Callable[[Analysis], str]) -> str:
    """``text`` (the rewrite of ``a``'s clause, the rest as written) with each later clause that holds another
    absolute rewritten by ``rewrite`` of that absolute; ``text`` when the clauses do not split cleanly."""
    sent, doc = a.sent, a.sent.doc
    if id(doc) in _BUSY:
        return text
    for sp in sentence_spans(a):
        if sp.label_[:3] != "FF5" or sp.start < a.span.end or len(sp) > 3:
            continue
        cc = next((t for t in doc[a.span.end:sp.start] if t.dep_ == "cc" and t.head.dep_ in ("ROOT", "conj")
                   and any(c.dep_ == "conj" and c.i > t.i and c.i >= sp.start - 3 for c in t.head.children)), None)
        if cc is None:
            continue
        tail, head = text_of(doc[cc.i:sent.end]).strip(), text_of(doc[sent.start:cc.i]).strip()
        _BUSY.add(id(doc))
        try:
            other = rewrite(Analysis(sp, a.words, sent))
        finally:
            _BUSY.discard(id(doc))
        if not other or not text.endswith(tail) or not other.startswith(head):
            continue
        text = text[:len(text) - len(tail)].rstrip() + " " + other[len(head):].lstrip()
    return text
