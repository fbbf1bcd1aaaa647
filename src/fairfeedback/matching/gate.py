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

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["GatedMatcher", "required_words"]

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


@dataclass
class _Entry:
    key: str
    matcher: Matcher | DependencyMatcher
    gates: list[tuple[str, frozenset[str]]]
    dependency: bool


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
        self.entries.append(_Entry(key, m, required_words(pattern), False))
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
            attr, words = min(e.gates, key=lambda g: len(g[1]))
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
                    for _key, s, end in e.matcher(sent):
                        yield e.key, sent.start + s, sent.start + end
        words = {"lower": {t.lower_ for t in doc}, "lemma": {t.lemma_.lower() for t in doc}}
        for e in self.entries:
            if e.dependency and all(not words[attr].isdisjoint(vals) for attr, vals in e.gates):
                for _key, toks in e.matcher(doc):
                    yield e.key, min(toks), max(toks) + 1
