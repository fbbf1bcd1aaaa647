"""Token and dependency patterns behind a cheap word gate.

spaCy's Matcher costs time for every pattern on every token, whether or not the
pattern can match.  Most rule patterns need a literal word somewhere ("lack",
"always", "more").  Each pattern gets its own matcher and a gate: the sets of
words (or lemmas) its required tokens accept.  A matcher runs only on documents
that contain a word from every gate set, so the cost follows the matches, not
the pattern count.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["GatedMatcher", "max_length", "required_words"]


def _windows(sent: Any, e: "_Entry") -> list[tuple[int, int]]:
    """Token ranges of ``sent`` that can hold a match of ``e``: around each
    occurrence of its anchor word when the pattern's length is bounded."""
    if e.span is None or e.anchor is None:
        return [(sent.start, sent.end)]
    attr, vals = e.anchor
    out: list[tuple[int, int]] = []
    for t in sent:
        if (t.lower_ if attr == "lower" else t.lemma_.lower()) in vals:
            a, b = max(sent.start, t.i - e.span + 1), min(sent.end, t.i + e.span)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out

_TEXT_ATTRS = ("LOWER", "ORTH", "TEXT", "NORM")
_OPTIONAL_OPS = {"?", "*", "!"}


def _values(spec: Any) -> frozenset[str] | None:
    if isinstance(spec, str):
        return frozenset({spec.lower()})
    if isinstance(spec, dict) and isinstance(spec.get("IN"), list) and all(isinstance(v, str) for v in spec["IN"]):
        return frozenset(v.lower() for v in spec["IN"])
    return None


def _gate(attrs: dict[str, Any]) -> tuple[str, frozenset[str]] | None:
    for name in _TEXT_ATTRS:
        vals = _values(attrs.get(name))
        if vals is not None:
            return "lower", vals
    vals = _values(attrs.get("LEMMA"))
    if vals is not None:
        return "lemma", vals
    return None


def required_words(pattern: list[dict[str, Any]], *, dependency: bool = False) -> list[tuple[str, frozenset[str]]]:
    """The (attribute, words) sets a document must hit for ``pattern`` to match."""
    out = []
    for node in pattern:
        attrs = node.get("RIGHT_ATTRS", {}) if dependency else node
        op = None if dependency else node.get("OP")
        if op in _OPTIONAL_OPS or (isinstance(op, str) and op.startswith("{") and op[1:2] in ("0", ",")):
            continue
        g = _gate(attrs)
        if g is not None:
            out.append(g)
    return out


def max_length(pattern: list[dict[str, Any]]) -> int | None:
    """The longest span ``pattern`` can match, or None when unbounded."""
    total = 0
    for node in pattern:
        op = node.get("OP")
        if op in ("*", "+"):
            return None
        if isinstance(op, str) and op.startswith("{"):
            hi = op.strip("{}").split(",")[-1]
            if not hi.strip().isdigit():
                return None
            total += int(hi)
        elif op != "!":
            total += 1
    return total


@dataclass
class _Entry:
    key: str
    matcher: Matcher | DependencyMatcher
    gates: list[tuple[str, frozenset[str]]]
    dependency: bool
    span: int | None = None  #: longest possible match, for windowed matching
    anchor: tuple[str, frozenset[str]] | None = None


class GatedMatcher:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.entries: list[_Entry] = []
        self._index: dict[tuple[str, str], list[int]] | None = None
        self._always: list[int] = []

    def __len__(self) -> int:
        return len(self.entries)

    def add_token(self, key: str, pattern: list[dict[str, Any]]) -> None:
        m = Matcher(self.vocab)
        m.add(key, [pattern], greedy="LONGEST")
        self.entries.append(_Entry(key, m, required_words(pattern), False, max_length(pattern)))
        self._index = None

    def add_dependency(self, key: str, pattern: list[dict[str, Any]]) -> None:
        m = DependencyMatcher(self.vocab)
        m.add(key, [pattern])
        self.entries.append(_Entry(key, m, required_words(pattern, dependency=True), True))
        self._index = None

    def _build_index(self) -> dict[tuple[str, str], list[int]]:
        """Index each token pattern by the words of its smallest gate."""
        index: dict[tuple[str, str], list[int]] = {}
        self._always = []
        for i, e in enumerate(self.entries):
            if e.dependency:
                continue
            if not e.gates:
                self._always.append(i)
                continue
            attr, words = min(e.gates, key=lambda g: (sum(w in STOP_WORDS for w in g[1]), len(g[1])))
            e.anchor = (attr, words)
            for w in words:
                index.setdefault((attr, w), []).append(i)
        return index

    def __call__(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        if not self.entries:
            return
        if self._index is None:
            self._index = self._build_index()
        index = self._index
        for sent in doc.sents:
            lower = {t.lower_ for t in sent}
            lemma = {t.lemma_.lower() for t in sent}
            words = {"lower": lower, "lemma": lemma}
            candidates = set(self._always)
            for w in lower:
                candidates.update(index.get(("lower", w), ()))
            for w in lemma:
                candidates.update(index.get(("lemma", w), ()))
            for i in sorted(candidates):
                e = self.entries[i]
                if all(not words[attr].isdisjoint(vals) for attr, vals in e.gates):
                    for a, b in _windows(sent, e):
                        for _key, s, end in e.matcher(doc[a:b]):
                            yield e.key, a + s, a + end
        words = {"lower": {t.lower_ for t in doc}, "lemma": {t.lemma_.lower() for t in doc}}
        for e in self.entries:
            if e.dependency and all(not words[attr].isdisjoint(vals) for attr, vals in e.gates):
                for _key, toks in e.matcher(doc):
                    yield e.key, min(toks), max(toks) + 1
