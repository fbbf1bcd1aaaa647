"""Where the layout of a text already ends a sentence: text → pieces, before parsing.

Reviews are written with headings ("Q3 review", "Areas to improve"), bullet
lists and blank lines between paragraphs.  Parsed as one text, a heading is
joined to the sentence under it ("Q3 review Chris is lazy" gets the subject
"review") and every finding of that sentence is lost.  The linter therefore
parses a text in pieces cut at these line breaks: a blank line; a line break
after a line that ends a sentence or looks like a heading (a few words, no
trailing comma or joining word); a line break before a list item.  A line
break inside a wrapped sentence stays inside its piece.
"""

from __future__ import annotations

import re

__all__ = ["layout_cuts"]

#: a line this short, not ending in a comma or joining word, reads as a heading or a line of its own
HEADING_WORDS = 8
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")
_ENDS_SENTENCE = re.compile(r"[.!?:;)\]\"'\u201d\u2019]$")
_JOINING = re.compile(r"(,|\b(and|or|but|the|a|an|of|to|with|for|in|on|at|by|as|that|which|who|is|are|was|were))$",
                      re.I)
_LIST_ITEM = re.compile(r"([-*\u2022\u2013]|\d{1,2}[.)])\s")


def _breaks(before: str, gap: str, after: str) -> bool:
    if gap.count("\n") >= 2 or not before:
        return True  # a blank line: a new paragraph
    if _ENDS_SENTENCE.search(before) or _LIST_ITEM.match(after):
        return True
    return len(before.split()) <= HEADING_WORDS and not _JOINING.search(before)


def layout_cuts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets in ``text[start:end]`` where a new piece starts (after the line break's whitespace)."""
    end = len(text) if end is None else end
    cuts = []
    line_start = start
    for m in _LINE_BREAK.finditer(text, start, end):
        before = text[line_start: m.start()].strip()
        if m.end() < end and _breaks(before, m.group(0), text[m.end(): m.end() + 4]):
            cuts.append(m.end())
        line_start = m.end()
    return cuts
