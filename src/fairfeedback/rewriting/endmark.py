"""The end mark of a sentence: a run of end marks at the end ("very soon.  .", "really?!") is one end mark,
so a tail ("by [date], specifically ...", "[N] times in [period]") goes before all of it, never after a full
stop the writer typed twice."""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["END_MARKS", "end_mark"]

#: marks that end a sentence
END_MARKS = frozenset({".", "!", "?", ";", ":", "...", "…", "?!", "!?", ".."})


def end_mark(sent: Span) -> int:
    """The index of the sentence's end mark, the first of the closing run of end marks (with the spaces between
    them), or of its last token that is no space when it ends without one."""
    doc = sent.doc
    last = max((t.i for t in sent if not t.is_space), default=sent.end - 1)
    if doc[last].text not in END_MARKS:
        return last
    first = last
    while first - 1 > sent.start and (doc[first - 1].is_space or doc[first - 1].text in END_MARKS):
        first -= 1
    while doc[first].is_space:
        first += 1
    return first
