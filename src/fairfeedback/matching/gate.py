"""Token and dependency patterns behind a cheap word gate.

spaCy's Matcher costs time for every pattern on every token, whether or not the
pattern can match.  Most rule patterns need a literal word somewhere ("lack",
"always", "more").  Each pattern gets its own matcher and a gate: the sets of
words (or lemmas) its required tokens accept.  A matcher runs only on sentences
that contain a word from every gate set, and for patterns of bounded length only
on a window around its anchor word, so the cost follows the matches, not the
pattern count.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import DependencyMatcher, Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["GatedMatcher", "TokenKeys", "max_length", "required_words"]


class TokenKeys:
    """One document's tokens as string hashes, read once with ``Doc.to_array``
    and shared by every matcher: lower-cased text, lemma, lower-cased lemma,
    and the sentence bounds."""

    _lower_of: dict[int, int] = {}  #: lemma hash -> hash of its lower-cased form (grows with the vocabulary)

    def __init__(self, doc: Doc) -> None:
        arr = doc.to_array([LOWER, LEMMA])
        self.lower: list[int] = arr[:, 0].tolist() if len(doc) else []
        self.lemma: list[int] = arr[:, 1].tolist() if len(doc) else []
        memo = self._lower_of
        strings = doc.vocab.strings
        out = []
        for h in self.lemma:
            v = memo.get(h)
            if v is None:
                v = memo[h] = get_string_id(strings[h].lower()) if h else 0
            out.append(v)
        self.lemma_lower: list[int] = out
        self._doc = doc
        self._sents: list[tuple[int, int]] | None = None

    @property
    def sents(self) -> list[tuple[int, int]]:
        if self._sents is None:
            self._sents = [(sent.start, sent.end) for sent in self._doc.sents] if len(self._doc) else []
        return self._sents

    def values(self, attr: str) -> list[int]:
        return self.lower if attr == "lower" else self.lemma_lower


def _windows(start: int, end: int, keys: TokenKeys, e: "_Entry") -> list[tuple[int, int]]:
    """Token ranges of the sentence ``start:end`` that can hold a match of ``e``:
    around each occurrence of its anchor word when the pattern's length is bounded."""
    if e.span is None or e.anchor is None:
        return [(start, end)]
    attr, vals = e.anchor
    seq = keys.values(attr)
    out: list[tuple[int, int]] = []
    for i in range(start, end):
        if seq[i] in vals:
            a, b = max(start, i - e.span + 1), min(end, i + e.span)
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


def _hashed(gate: tuple[str, frozenset[str]]) -> tuple[str, frozenset[int]]:
    return gate[0], frozenset(get_string_id(w) for w in gate[1])


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


def _last_word(doc: Doc, start: int, end: int) -> int:
    """Where the words of the sentence ``doc[start:end]`` end, before a final "." or "!" (-1 when it
    ends otherwise, as a question does)."""
    while end > start and doc[end - 1].is_space:
        end -= 1
    if end > start and doc[end - 1].text in (".", "!"):
        end -= 1
    return end if end > start and not doc[end - 1].is_punct else -1


@dataclass
class _Entry:
    key: str
    matcher: Matcher | DependencyMatcher | None  #: token matchers are built on first use
    gates: list[tuple[str, frozenset[str]]]
    dependency: bool
    span: int | None = None  #: longest possible match, for windowed matching
    anchor: tuple[str, frozenset[int]] | None = None
    hashed: list[tuple[str, frozenset[int]]] | None = None  #: ``gates`` as string hashes
    pattern: list[dict[str, Any]] | None = None
    at_end: bool = False  #: only matches that end their sentence (see ``TokenPattern.at_end``)


class GatedMatcher:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.entries: list[_Entry] = []
        self._index: dict[tuple[str, int], list[int]] | None = None
        self._always: list[int] = []
        self._dependency: list[_Entry] = []

    def __len__(self) -> int:
        return len(self.entries)

    def add_token(self, key: str, pattern: list[dict[str, Any]], *, at_end: bool = False) -> None:
        """Add a token pattern (already checked against spaCy's schema by the rule
        loader).  Its Matcher is built when a document first passes its gate: a
        short review needs a handful of the ~370, and building them all is a
        visible share of start-up."""
        self.entries.append(_Entry(key, None, required_words(pattern), False, max_length(pattern), pattern=pattern,
                                   at_end=at_end))
        self._index = None

    def _matcher(self, e: _Entry) -> Matcher | DependencyMatcher:
        if e.matcher is None:
            m = Matcher(self.vocab)
            m.add(e.key, [e.pattern], greedy="LONGEST")
            e.matcher = m
        return e.matcher

    def add_dependency(self, key: str, pattern: list[dict[str, Any]]) -> None:
        m = DependencyMatcher(self.vocab)
        m.add(key, [pattern])
        self.entries.append(_Entry(key, m, required_words(pattern, dependency=True), True))
        self._index = None

    def _build_index(self) -> dict[tuple[str, int], list[int]]:
        """Index each token pattern by the words of its smallest gate."""
        index: dict[tuple[str, int], list[int]] = {}
        self._always = []
        self._dependency = [e for e in self.entries if e.dependency]
        for i, e in enumerate(self.entries):
            e.hashed = [_hashed(g) for g in e.gates]
            if e.dependency:
                continue
            if not e.gates:
                self._always.append(i)
                continue
            e.anchor = _hashed(min(e.gates, key=lambda g: (sum(w in STOP_WORDS for w in g[1]), len(g[1]))))
            attr, words = e.anchor
            for w in words:
                index.setdefault((attr, w), []).append(i)
        return index

    def __call__(self, doc: Doc, keys: TokenKeys | None = None) -> Iterator[tuple[str, int, int]]:
        if not self.entries:
            return
        if self._index is None:
            self._index = self._build_index()
        index = self._index
        keys = keys or TokenKeys(doc)
        for start, end in keys.sents:
            lower = set(keys.lower[start:end])
            lemma = set(keys.lemma_lower[start:end])
            words = {"lower": lower, "lemma": lemma}
            candidates = set(self._always)
            for w in lower:
                candidates.update(index.get(("lower", w), ()))
            for w in lemma:
                candidates.update(index.get(("lemma", w), ()))
            for i in sorted(candidates):
                e = self.entries[i]
                if all(not words[attr].isdisjoint(vals) for attr, vals in e.hashed or ()):
                    matcher = self._matcher(e)
                    last = _last_word(doc, start, end) if e.at_end else None
                    for a, b in _windows(start, end, keys, e):
                        for _key, s, end_ in matcher(doc[a:b]):
                            if last is None or a + end_ == last:
                                yield e.key, a + s, a + end_
            # a dependency tree never crosses a sentence: match each sentence alone
            for e in self._dependency:
                if all(not words[attr].isdisjoint(vals) for attr, vals in e.hashed or ()):
                    for _key, toks in self._matcher(e)(doc[start:end]):
                        yield e.key, start + min(toks), start + max(toks) + 1
