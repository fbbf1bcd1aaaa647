"""Mask what is not prose (code, URLs, front matter, tags, suppression markers)
with spaces, so offsets in the masked text are offsets in the original."""

from __future__ import annotations

import re

__all__ = ["FORMATS", "mask", "mask_spans"]

FORMATS = ("text", "markdown", "html")

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+)[ \t]*(?:\n|\Z)", re.S)
_FENCE = re.compile(r"^( {0,3})(```+|~~~+)[^\n]*\n.*?(?:^\1\2[ \t]*$|\Z)", re.S | re.M)
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1", re.S)
_URL = re.compile(r"<?\b(?:https?|ftp|mailto):[^\s<>()\[\]]+>?|\bwww\.[^\s<>()\[\]]+")
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_RAW_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_BLOCK_TAG = re.compile(r"</?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|pre|hr)\b", re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
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


def mask(text: str, fmt: str = "text") -> str:
    """The prose of ``text`` in the given format, same length as ``text``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
    out = mask_spans(text, _spans(MARKER, text))
    if fmt == "markdown":
        for rx in (_FRONT_MATTER, _FENCE, _COMMENT, _INLINE_CODE, _LINK_TARGET, _URL):
            out = mask_spans(out, _spans(rx, out))
        out = mask_spans(out, [m.span() for m in _TAG.finditer(out)])
    elif fmt == "html":
        out = mask_spans(out, _spans(_RAW_BLOCK, out), block=True)
        out = mask_spans(out, _spans(_COMMENT, out))
        blocks = [m.span() for m in _TAG.finditer(out) if _BLOCK_TAG.match(out, m.start())]
        inline = [m.span() for m in _TAG.finditer(out) if not _BLOCK_TAG.match(out, m.start())]
        out = mask_spans(out, blocks, block=True)
        out = mask_spans(out, inline)
        out = mask_spans(out, _spans(_ENTITY, out))
        out = mask_spans(out, _spans(_URL, out))
    else:
        out = mask_spans(out, _spans(_URL, out))
    return out
