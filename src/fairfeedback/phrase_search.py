"""Find lexicon phrases in text without one huge regular expression.

The context filters and document checks look for cue phrases ("what were you
thinking", "by the end of", "thanks for") in sentence text.  One alternation of
hundreds of phrases is simple, but Python compiles it slowly: the lexicons cost
about a tenth of a second at every start.  :class:`PhraseSearch` gives the same
matches as that regular expression

    (?<![\\w'])(longest|...|shortest)(?![\\w'])   with spaces matching any run of whitespace

by indexing the phrases on their first word and comparing strings, and it is
ready as soon as the phrase set is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["PhraseMatch", "PhraseSearch", "phrase_regex"]

_RUN = re.compile(r"[\w']+")
#: candidate starts: a word (with apostrophes) or any other single non-space character
_TOKEN = re.compile(r"[\w']+|[^\w'\s]")
_SPACE_RUN = re.compile(r"\s+")
#: whitespace other than single spaces: only then is the text normalized
_ODD_SPACE = re.compile(r"[^\S ]| {2}")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or ch == "'"


def _key(phrase: str) -> str:
    """The first word of ``phrase`` (its leading run of word characters and
    apostrophes), or its first character when it starts with anything else."""
    m = _RUN.match(phrase)
    return m.group(0) if m else phrase[:1]


@dataclass(frozen=True)
class PhraseMatch:
    """The parts of :class:`re.Match` the callers use."""

    _start: int
    _end: int
    _text: str

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, index: int = 0) -> str:
        if index not in (0, 1):
            raise IndexError("no such group")
        return self._text


class PhraseSearch:
    """A set of phrases searched as whole words (see the module docstring)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        by_key: dict[str, list[str]] = {}
        for p in dict.fromkeys(" ".join(p.split()) for p in phrases):
            if p:
                by_key.setdefault(_key(p), []).append(p)
        # the regular expression tries the longest alternative first
        self._index = {k: sorted(v, key=len, reverse=True) for k, v in by_key.items()}
        self._all = frozenset(p for v in by_key.values() for p in v)

    def __bool__(self) -> bool:
        return bool(self._index)

    @property
    def pattern(self) -> str:
        """The equivalent regular expression (for documentation and tests)."""
        return phrase_regex(p for v in self._index.values() for p in v).pattern

    def finditer(self, text: str) -> Iterator[PhraseMatch]:
        if not self._index:
            return
        norm, where = _normalize(text)
        n = len(norm)
        index = self._index
        pos = 0
        for tok in _TOKEN.finditer(norm):
            i = tok.start()
            if i < pos:
                continue  # inside the previous match
            key = tok.group(0)
            candidates = index.get(key)
            if not candidates or (i and _is_word(norm[i - 1])):
                continue
            for p in candidates:
                j = i + len(p)
                if norm.startswith(p, i) and (j == n or not _is_word(norm[j])):
                    a, b = (i, j) if where is None else (where[i], where[j - 1] + 1)
                    yield PhraseMatch(a, b, text[a:b])
                    pos = j
                    break

    def search(self, text: str) -> PhraseMatch | None:
        return next(self.finditer(text), None)

    def fullmatch(self, text: str) -> PhraseMatch | None:
        """A match when the whole of ``text`` is one of the phrases."""
        norm, _ = _normalize(text)
        return PhraseMatch(0, len(text), text) if norm in self._all else None


def _normalize(text: str) -> tuple[str, list[int] | None]:
    """``text`` with every whitespace run as one space, and where each character
    came from (None when the text already has only single spaces)."""
    if not _ODD_SPACE.search(text):
        return text, None
    parts: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _SPACE_RUN.finditer(text):
        parts.append(text[pos:m.start()])
        where.extend(range(pos, m.start()))
        parts.append(" ")
        where.append(m.start())
        pos = m.end()
    parts.append(text[pos:])
    where.extend(range(pos, len(text)))
    return "".join(parts), where


def phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """The single regular expression :class:`PhraseSearch` stands in for."""
    alts = sorted({re.escape(" ".join(p.split())).replace(r"\ ", r"\s+") for p in phrases if p.strip()},
                  key=len, reverse=True)
    if not alts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w'])(" + "|".join(alts) + r")(?![\w'])")
