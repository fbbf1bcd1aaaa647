"""Mask what is not prose (code, URLs, front matter, tags, suppression markers)
with spaces, so offsets in the masked text are offsets in the original.  Typographic
apostrophes are read as straight ones ("doesn’t" as "doesn't"), one character for one."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .mending import MOJIBAKE, mend, unmojibake

__all__ = ["FORMATS", "OffsetMap", "mask", "mask_mapped", "mask_spans"]

FORMATS = ("text", "markdown", "html")

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+)[ \t]*(?:\n|\Z)", re.S)
_FENCE = re.compile(r"^( {0,3})(```+|~~~+)[^\n]*\n.*?(?:^\1\2[ \t]*$|\Z)", re.S | re.M)
#: the marker of an ATX heading ("## Areas to improve")
_ATX_MARKER = re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t]|$)", re.M)
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1", re.S)
#: a bullet character that opens a line: the tagger reads it as a verb and the parse goes wrong;
#: it is read as the hyphen of a list the parser knows, one character for one
_BULLET = re.compile("^[ \t]*[\u2022\u25e6\u25aa\u2023\u25cf\u25a0\u25a1\u27a2\u25ba\u27a4\u2043\u2219\u00b7](?=[ \t])", re.M)
_URL = re.compile(r"<?\b(?:https?|ftp|mailto):[^\s<>()\[\]]+>?|\bwww\.[^\s<>()\[\]]+")
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_RAW_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_BLOCK_TAG = re.compile(r"</?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|pre|hr)\b", re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
#: Typographic apostrophes, read as the straight one the rules and the model were written for.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
#: Inline suppression markers (see fairfeedback.suppress).
MARKER = re.compile(r"(?:<!--[ \t]*)?\bfairfeedback:[ \t]*(ignore|disable|enable)\b([^\n]*?)(?:[ \t]*-->|$)", re.M)


def mask_spans(text: str, spans: list[tuple[int, int]], *, block: bool = False) -> str:
    """Replace text[a:b] for each span with spaces (newlines kept)."""
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
        if block and b - a >= 2:
            chars[a] = "\n"
            chars[b - 1] = "\n"
    return "".join(chars)


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@dataclass(frozen=True)
class OffsetMap:
    """Where each character of a masked text came from in the original: character ``i``
    of the masked text stands for ``original[start[i]:end[i]]``."""

    start: list[int]
    end: list[int]

    def span(self, a: int, b: int) -> tuple[int, int]:
        """The original span of the masked span ``[a, b)``."""
        if b <= a:  # an empty span: where character ``a`` came from (past the end: the original's end)
            at = self.start[a] if a < len(self.start) else (self.end[-1] if self.end else 0)
            return at, at
        return self.start[a], self.end[b - 1]


_GAP = re.compile(r"[ \t\r\f\v]*\n[\s]*|[ \t\r\f\v]{2,}")


def _compact(out: str, text: str, *, markup: bool = True) -> tuple[str, OffsetMap | None]:
    """The masked text as the parser should read it: HTML character references decoded
    ("don&#x27;t" -> "don't") and the gaps left by masked tags closed (a run of spaces becomes
    one space, a run with line breaks keeps only its line breaks, and a gap that was markup
    only, with no space in ``text``, disappears: "<b>lazy</b>." reads "lazy."), with the map back.
    Phrases such as "doesn't care" then read as in plain text.  Punctuation garbled by a wrong
    encoding ("doesnâ€™t") is decoded in any format; with ``markup`` false (plain text) only that."""
    if (out == text or not markup) and not (markup and _ENTITY.search(out)) and not MOJIBAKE.search(out):
        return out, None
    chars: list[str] = []
    start: list[int] = []
    end: list[int] = []
    i, n = 0, len(out)
    while i < n:
        m = MOJIBAKE.match(out, i) if out[i] in "\u00c2\u00c3\u00e2" else None
        if m is not None:
            chars.append(unmojibake(m.group(0)))
            start.append(m.start())
            end.append(m.end())
            i = m.end()
            continue
        m = _ENTITY.match(out, i) if markup and out[i] == "&" else None
        if m is not None:
            decoded = html.unescape(m.group(0))
            for ch in (" " if decoded.isspace() else decoded):
                chars.append(ch)
                start.append(m.start())
                end.append(m.end())
            i = m.end()
            continue
        g = _GAP.match(out, i) if markup and out[i].isspace() else None
        if g is not None and "\n" not in g.group(0) and not any(c.isspace() for c in text[g.start():g.end()]):
            i = g.end()  # markup between two characters of one word or before punctuation
            continue
        if g is not None and g.end() - g.start() > 1:
            breaks = g.group(0).count("\n")
            for ch in ("\n" * breaks if breaks else " "):
                chars.append(ch)
                start.append(g.start())
                end.append(g.end())
            i = g.end()
            continue
        chars.append(out[i])
        start.append(i)
        end.append(i + 1)
        i += 1
    return "".join(chars), OffsetMap(start, end)


def mask_mapped(text: str, fmt: str = "text") -> tuple[str, OffsetMap | None]:
    """:func:`mask` for the parser: for Markdown and HTML the gaps left by masked markup are
    closed and HTML character references decoded (see :func:`_compact`); the map (None when
    nothing moved) gives each character's place in ``text``."""
    out = mask(text, fmt, entities=fmt != "html")
    compact, omap = _compact(out, text, markup=fmt in ("html", "markdown"))
    if omap is None:
        return out, None
    return mend(compact.translate(_APOSTROPHES)), omap  # "&rsquo;" decodes to a curly one


def mask(text: str, fmt: str = "text", *, entities: bool = True) -> str:
    """The prose of ``text`` in the given format, same length as ``text`` (HTML character
    references blanked unless ``entities`` is false: see :func:`mask_mapped`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
    out = mask_spans(text, _spans(MARKER, text))
    if fmt == "markdown":
        for rx in (_FRONT_MATTER, _FENCE, _COMMENT, _INLINE_CODE, _LINK_TARGET, _URL, _ATX_MARKER):
            out = mask_spans(out, _spans(rx, out))
        out = mask_spans(out, [m.span() for m in _TAG.finditer(out)])
    elif fmt == "html":
        out = mask_spans(out, _spans(_RAW_BLOCK, out), block=True)
        out = mask_spans(out, _spans(_COMMENT, out))
        blocks = [m.span() for m in _TAG.finditer(out) if _BLOCK_TAG.match(out, m.start())]
        inline = [m.span() for m in _TAG.finditer(out) if not _BLOCK_TAG.match(out, m.start())]
        out = mask_spans(out, blocks, block=True)
        out = mask_spans(out, inline)
        if entities:
            out = mask_spans(out, _spans(_ENTITY, out))
        out = mask_spans(out, _spans(_URL, out))
    else:
        out = mask_spans(out, _spans(_URL, out))
    out = _BULLET.sub(lambda m: m.group(0)[:-1] + "-", out)  # read like the "- " the parser knows
    return mend(out.translate(_APOSTROPHES))
