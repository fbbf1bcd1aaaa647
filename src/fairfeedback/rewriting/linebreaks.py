"""A flagged sentence that runs over a line break without a final stop ("she leads the team and takes
charge | work ethic is above average"): the layout kept the lines in one piece, but each line is a clause
of its own. The rewrite stays on the flagged line's own words and keeps the other lines as written
("... takes charge (for example, [what happened] ...).\\nwork ethic is above average"), instead of
folding the next line into the rewrite and gluing its tail after it."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Span

from ..context.analysis import Analysis
from ..matching.component import SPAN_KEY, confidence_key
from .flagged import spans_of

__all__ = ["Line", "apart", "cut", "each_line", "flagged_line", "leaks"]

#: pronouns for the person the lines are about, which a line's rewrite may name
_PEOPLE = {"she", "her", "hers", "him", "his", "they", "them", "their", "you", "your"}
#: a finite verb: the line says something of its own
_FINITE = {"VBZ", "VBD", "VBP", "MD"}


class Line:
    """The flagged line as its own sentence, with the text before and after it in the sentence."""

    def __init__(self, analysis: Analysis, before: str, after: str, others: str) -> None:
        self.analysis = analysis
        self.before = before
        self.after = after
        self.others = others  #: the other lines' words

    def around(self, text: str) -> str:
        return f"{self.before}{text}{self.after}"


def _lines(sent: Span) -> list[tuple[int, int]]:
    """Token ranges of the sentence's lines, without the line breaks themselves."""
    out, start = [], sent.start
    for t in sent:
        if t.is_space and "\n" in t.text or "\n" in t.whitespace_:
            end = t.i if t.is_space else t.i + 1
            if end > start:
                out.append((start, end))
            start = t.i + 1
    if start < sent.end:
        out.append((start, sent.end))
    return [(s, e) for s, e in out if any(not x.is_space for x in sent.doc[s:e])]


#: parts of speech a wrapped line breaks after ("... and she | leads the team"): the line goes on below
_JOINING = {"CCONJ", "SCONJ", "DET", "ADP", "PRON", "AUX", "PART"}


def _clause(doc, s: int, e: int) -> bool:  # noqa: ANN001
    """A line that is a clause of its own: a finite verb after a subject word of the line, and an end that
    does not join it to the next line ("she leads the team and takes charge | work ethic is above average";
    not "Wen is a great teammate and she | always helps the new starters")."""
    words = [t for t in doc[s:e] if not (t.is_punct or t.is_space)]
    if len(words) < 3 or words[-1].pos_ in _JOINING and words[-1].morph.get("Case") != ["Acc"]:
        return False  # (an object pronoun ends its clause: "he shouts at | them")
    return any(t.tag_ in _FINITE and any(x.pos_ in ("NOUN", "PROPN", "PRON") for x in words if x.i < t.i) for t in words)


def flagged_line(a: Analysis) -> Line | None:
    """The line of ``a``'s sentence that all its findings are on, as a sentence of its own, when every
    line of the sentence is a clause; else None."""
    sent, doc = a.sent, a.sent.doc
    lines = _lines(sent)
    if len(lines) < 2 or not all(_clause(doc, s, e) for s, e in lines):
        return None
    spans = spans_of(sent) or [a.span]
    own = [(s, e) for s, e in lines if all(s <= sp.start and sp.end <= e for sp in [*spans, a.span])]
    if len(own) != 1:
        return None
    s, e = own[0]
    while e > s and doc[e - 1].is_space:
        e -= 1
    words = [t for t in sent if not t.is_space]
    first, last = words[0], words[-1]
    text = doc.text
    before = text[first.idx: doc[s].idx]
    after = text[doc[e - 1].idx + len(doc[e - 1].text): last.idx + len(last.text)]
    line = Analysis(a.span, a.words, doc[s:e], learned=a.learned)
    return Line(line, before, after, " ".join(doc[x:y].text for x, y in lines if (x, y) != own[0]))


def leaks(line: Line, text: str, sent: Span | None = None) -> bool:
    """Whether the line's rewrite took in words of the other lines (the parse runs across the break)."""
    own = set(re.findall(r"[a-z']{3,}", (sent if sent is not None else line.analysis.sent).text.lower()))
    # (not the person a line refers to: "work ethic is poor" is hers, said as "she [what she did]")
    theirs = set(re.findall(r"[a-z']{3,}", line.others.lower())) - own - _PEOPLE
    said = re.sub(r"\[[^\]]*\]", " ", text.lower())  # (not a placeholder's words)
    return bool(theirs & set(re.findall(r"[a-z']{3,}", said)))


def each_line(a: Analysis, rewrite: Callable[[Span, Span], object | None], rank: Callable[[Span], int]):  # noqa: ANN201
    """A sentence over line breaks whose lines are clauses of their own, with findings on two or more of them
    ("Kasia leads the team and takes charge | work ethic is poor"): each line with findings rewritten on its
    own by ``rewrite(span, line)``, with the first-ranked finding of the line, the other lines as written;
    the text from the sentence's first word to its last, and the rewrite of ``a``'s line. None when the
    sentence is not such a sentence, or a line's rewrite fails."""
    sent, doc = a.sent, a.sent.doc
    lines = _lines(sent)
    if len(lines) < 2 or not all(_clause(doc, s, e) for s, e in lines):
        return None
    spans = spans_of(sent) or [a.span]
    if not all(any(s <= sp.start and sp.end <= e for s, e in lines) for sp in spans):
        return None  # a finding across the break: the lines are not apart
    if sum(any(s <= sp.start < e for sp in spans) for s, e in lines) < 2:
        return None
    pieces, own = [], None
    for s, e in lines:
        while e > s and doc[e - 1].is_space:
            e -= 1
        on = [sp for sp in spans if s <= sp.start < e]
        raw = doc.text[doc[s].idx: doc[e - 1].idx + len(doc[e - 1].text)]
        others = " ".join(doc[x:y].text for x, y in lines if x != s)
        out = rewrite(min(on, key=rank), doc[s:e]) if on else None
        if on and (out is None or not out.text or leaks(Line(out, "", "", others), out.text, doc[s:e])):
            # the parse ran across the break: the line parsed as cut from the rest
            line, moved = apart(doc, s, e)
            out = rewrite(moved[min(on, key=rank)], line)
        if on and (out is None or out.text is None or leaks(Line(out, "", "", others), out.text, doc[s:e])):
            return None
        if s <= a.span.start < e:
            own = out
        pieces.append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), out.text if on else raw))
    text = pieces[0][2]
    for (_, end, _), (start, _, piece) in pairwise(pieces):
        gap = doc.text[end:start]
        text = f"{text}{gap}{piece}" if text and piece else text or piece
    return text, own


def apart(doc, s: int, e: int) -> tuple[Span, dict]:  # noqa: ANN001
    """The line ``doc[s:e]`` as a document of its own, its parse cut at the line's edges, and its flagged
    spans (each span of the line -> the same words in the new document)."""
    sub = doc[s:e].as_doc()
    group = doc.spans.get(SPAN_KEY, [])
    moved = {sp: Span(sub, sp.start - s, sp.end - s, label=sp.label_) for sp in group if s <= sp.start and sp.end <= e}
    sub.spans[SPAN_KEY] = list(moved.values())
    conf = group.attrs.get("confidence", {}) if group else {}
    sub.spans[SPAN_KEY].attrs["confidence"] = {confidence_key(n.label_, n.start, n.end): conf[k] for o, n in moved.items()
                                               if (k := confidence_key(o.label_, o.start, o.end)) in conf}
    return sub[0:len(sub)], moved


def cut(line: Line) -> Analysis | None:
    """The flagged line's analysis on the line cut from the rest (``apart``)."""
    a, sent = line.analysis, line.analysis.sent
    sub, moved = apart(sent.doc, sent.start, sent.end)
    span = next((n for o, n in moved.items() if (o.start, o.end, o.label_) == (a.span.start, a.span.end, a.span.label_)), None)
    return Analysis(span, a.words, sub, learned=a.learned) if span is not None else None
