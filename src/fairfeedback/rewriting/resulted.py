"""A "such ... that" sentence whose result clause is a criticism: "He is such a cheerful guy (and so easy to work
with) | that | I think it hides the fact that he doesn't get any of his tickets closed".

The praise prompt swallowed the result clause ("He [what he did that I think it hides ..., and why it stood
out]"), or, when the parser split the sentence after "that", the praise kept a dangling "that" before its
instance prompt. The praise stays as the writer wrote it, without the degree words, with its instance
prompt; the result clause is the contrast the writer meant, after ", but", with its absolute counted: "He is a
cheerful guy and easy to work with (for example, [what happened] on [date], which [impact]), but I think it
hides the fact that he closed [N] of his [M] tickets between [date] and [date]".
"""

from __future__ import annotations

from spacy.tokens import Span

from ..context.analysis import Analysis
from .flagged import spans_of
from .partitive import DEGREE, partitive
from .sentence import INSTANCE

__all__ = ["such_that"]

#: how far the "that" may follow the first degree word
_REACH = 16


def _split(sent: Span) -> tuple[int, int] | None:
    """The first degree word and the "that" of the result clause, or None."""
    doc = sent.doc
    first = next((t for t in sent if t.lower_ == "such" and t.dep_ in ("predet", "amod", "det")
                  or t.lower_ == "so" and t.dep_ == "advmod" and t.head.pos_ in ("ADJ", "ADV")), None)
    if first is None:
        return None
    for x in doc[first.i + 1:min(sent.end, first.i + _REACH)]:
        if x.is_punct:
            return None
        if x.lower_ == "that":
            nxt = doc[x.i + 1] if x.i + 1 < len(doc) else None
            if nxt is None or nxt.pos_ in ("PRON", "PROPN", "DET", "NOUN") or nxt.is_space or x.i + 1 >= sent.end:
                return first.i, x.i
            return None
    return None


def _praise(sent: Span, first: int, that: int) -> str:
    """The praise before "that", without its degree words ("He is | such | a cheerful guy and | so | easy ...")."""
    doc = sent.doc
    words = [t for t in doc[sent.start:that] if not (t.i >= first and t.lower_ in DEGREE and t.dep_ in (
        "predet", "amod", "det", "advmod"))]
    return "".join(t.text_with_ws for t in words).strip()


def _result(a: Analysis, sent: Span, that: int) -> str:
    """The result clause after "that", its absolute counted ("he closed [N] of his [M] tickets between ...")."""
    doc = sent.doc
    last = max(t.i for t in sent if not t.is_punct and not t.is_space)
    words: dict[int, str] = {}
    for sp in spans_of(sent):
        if sp.label_[:3] == "FF5" and sp.start > that:
            words.update(partitive(Analysis(sp, a.words, sent), anywhere=True) or {})
    out = []
    for t in doc[that + 1:last + 1]:
        if t.i in words:
            if words[t.i]:
                out.append(words[t.i] + t.whitespace_)
            continue
        out.append(t.text_with_ws)
    return "".join(out).strip()


def such_that(a: Analysis) -> str:
    """The rewrite of a "such ... that" sentence with a criticism after "that" (or of the first part of one the
    parser split after "that"), or ''."""
    sent = a.sent
    found = _split(sent)
    if found is None or found[1] < a.span.start and a.span.label_[:3] != "FF5":
        return ""
    first, that = found
    praise = _praise(sent, first, that)
    if not praise or not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start:first]):
        return ""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if words[-1].i == that:  # the parser split the sentence after "that": the rest follows as written
        doc = sent.doc
        rest = next((r for r in doc.sents if r.start == sent.end), None)
        if rest is None or len(rest) < 3 or "\n" in doc.text[sent.end_char:rest.start_char] or rest[0].is_punct:
            return ""
        return f"{praise[:1].upper()}{praise[1:]}{INSTANCE}, but"
    result = _result(a, sent, that)
    if len(result.split()) < 3 or not any(sp.label_[:3] == "FF5" and sp.start > that for sp in spans_of(sent)):
        return ""
    return f"{praise[:1].upper()}{praise[1:]}{INSTANCE}, but {result}."

