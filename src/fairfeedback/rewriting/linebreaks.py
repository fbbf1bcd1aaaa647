"""A flagged sentence that runs over a line break without a final stop ("she leads the team and takes
charge | work ethic is above average"): the layout kept the lines in one piece, but each line is a clause
of its own. The rewrite stays on the flagged line's own words and keeps the other lines as written
("... takes charge (for example, [what happened] ...).\\nwork ethic is above average"), instead of
folding the next line into the rewrite and gluing its tail after it."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..context.analysis import Analysis
from .flagged import spans_of

__all__ = ["Line", "flagged_line", "leaks"]

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
    if len(words) < 3 or words[-1].pos_ in _JOINING:
        return False
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


def leaks(line: Line, text: str) -> bool:
    """Whether the line's rewrite took in words of the other lines (the parse runs across the break)."""
    own = set(re.findall(r"[a-z']{3,}", line.analysis.sent.text.lower()))
    theirs = set(re.findall(r"[a-z']{3,}", line.others.lower())) - own
    said = re.sub(r"\[[^\]]*\]", " ", text.lower())  # (not a placeholder's words)
    return bool(theirs & set(re.findall(r"[a-z']{3,}", said)))
