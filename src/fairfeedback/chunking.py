"""Cut texts into bounded pieces and parse batches for the Linter (:func:`chunks`); line starts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from .lines import layout_cuts

#: Texts are parsed in chunks of at most this many characters (split at paragraph,
#: then sentence, then word boundaries) so memory and time stay bounded: the
#: parser needs about 3 KB per character of a batch, so a batch of 16 chunks
#: stays near 150 MB however long the input is.
CHUNK_CHARS = 3_000
#: In one process, a parse batch holds at most this many characters (about 150 MB of parser
#: memory) however long the texts are; a batch of short reviews still holds ``batch_size`` of them.
BATCH_CHARS = 48_000
_PARA = re.compile(r"\n[ \t]*\n")
_SENT_END = re.compile(r"(?<=[.!?])\s+")


def _split(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """Yield (start, end) pieces of text[start:end], each at most ``limit`` chars."""
    while end - start > limit:
        window = text[start: start + limit]
        cut = -1
        for rx in (_PARA, _SENT_END):
            last = None
            for m in rx.finditer(window):
                if m.end() > limit // 4:
                    last = m
            if last is not None:
                cut = last.end()
                break
        if cut <= 0:
            ws = max(window.rfind(" "), window.rfind("\n"), window.rfind("\t"))
            cut = ws + 1 if ws > limit // 4 else limit
        yield start, start + cut
        start += cut
    if end > start:
        yield start, end


def _long_sentences(text: str, parts: list[tuple[int, str]]) -> list[str]:
    """A note for each place a piece was cut inside a sentence (one longer than CHUNK_CHARS)."""
    notes = []
    for (_a, piece), (b, _next) in zip(parts, parts[1:]):
        if not _SENT_END.search(piece[-2:] + " ") and "\n" not in piece[-2:]:
            line = text.count("\n", 0, b) + 1
            notes.append(f"line {line}: a sentence longer than {CHUNK_CHARS:,} characters was checked in parts; "
                         "a problem that spans a cut can be missed")
    return list(dict.fromkeys(notes))


def _windows(items: Iterable[tuple[str, Any]], size: int, chars: int) -> Iterator[list[tuple[str, Any]]]:
    """Consecutive lists of at most ``size`` items and (but for a single item) ``chars`` characters."""
    window: list[tuple[str, Any]] = []
    total = 0
    for item in items:
        if window and (len(window) >= size or total + len(item[0]) > chars):
            yield window
            window, total = [], 0
        window.append(item)
        total += len(item[0])
    if window:
        yield window


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` into (offset, piece) chunks: at the line breaks its layout makes
    sentence ends (paragraphs, headings, list items: :mod:`fairfeedback.lines`), then
    at natural boundaries so no piece is longer than ``limit``."""
    out = []
    bounds = [0, *layout_cuts(text), len(text)]
    for a, b in zip(bounds, bounds[1:]):
        if text[a:b].strip():
            out += [(x, text[x:y]) for x, y in _split(text, a, b, limit)]
    return out


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]
