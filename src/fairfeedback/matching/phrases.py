"""Phrase-list matching: terms tokenized (and lemmatized) once and cached, then
matched through a trie of string hashes.

Turning ~4,500 lexicon terms into spaCy Docs for a ``PhraseMatcher`` means the
tokenizer on each term, the tagger and lemmatizer on the lemma-matched ones, and
a vocabulary entry per new word: about 0.25 s at every start, more than the rest
of start-up.  The words and lemmas depend only on the terms and the model, so
they are kept in the cache folder, keyed by both, and matched word by word
through a trie (the same matches as ``PhraseMatcher``: every occurrence of every
term, overlapping ones included).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence

import spacy
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..rules.loader import cache_dir, read_cache, write_cache
from .gate import TokenKeys

__all__ = ["PhraseIndex", "TermWords"]

#: Components that produce lemmas; the parser is not needed for them.
_LEMMA_PIPES = {"tok2vec", "tagger", "attribute_ruler", "lemmatizer"}


def _key(nlp: Language, lower: Sequence[str], lemma: Sequence[str]) -> str:
    meta = nlp.meta
    h = hashlib.sha256(f"{spacy.__version__}|{meta.get('name')}|{meta.get('version')}|{nlp.pipe_names}".encode())
    for group in (lower, lemma):
        h.update(b"\x00")
        for term in group:
            h.update(term.encode("utf-8", "surrogatepass") + b"\x01")
    return h.hexdigest()[:24]


class TermWords:
    """The tokens of phrase terms: ``lower`` ones need words only, ``lemma`` ones lemmas too."""

    def __init__(self, nlp: Language, lower: Sequence[str], lemma: Sequence[str], *, cache: bool = True) -> None:
        self.nlp = nlp
        path = None
        if cache and not os.environ.get("FAIRFEEDBACK_NO_CACHE"):
            path = cache_dir() / f"terms-{_key(nlp, lower, lemma)}.pickle"
        data = read_cache(path)
        if not (isinstance(data, dict) and set(data) == {"lower", "lemma"}):
            data = {"lower": self._words(lower), "lemma": self._lemmas(lemma)}
            write_cache(path, data)
        self._lower: dict[str, tuple[str, ...]] = data["lower"]
        self._lemma: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = data["lemma"]

    def _words(self, terms: Sequence[str]) -> dict[str, tuple[str, ...]]:
        return {t: tuple(tok.text for tok in self.nlp.make_doc(t)) for t in dict.fromkeys(terms)}

    def _lemmas(self, terms: Sequence[str]) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
        unique = list(dict.fromkeys(terms))
        if not unique:
            return {}
        with self.nlp.select_pipes(disable=[p for p in self.nlp.pipe_names if p not in _LEMMA_PIPES]):
            docs = self.nlp.pipe(unique, batch_size=256)
            return {t: (tuple(x.text for x in d), tuple(x.lemma_ for x in d)) for t, d in zip(unique, docs)}

    def lower_words(self, term: str) -> tuple[str, ...]:
        """The lower-cased tokens of ``term`` (what ``PhraseMatcher(attr="LOWER")`` compares)."""
        return tuple(w.lower() for w in self._lower.get(term, ()))

    def lemmas(self, term: str) -> tuple[str, ...]:
        """The model's lemmas of ``term`` (what ``PhraseMatcher(attr="LEMMA")`` compares)."""
        return self._lemma.get(term, ((), ()))[1]


class PhraseIndex:
    """Word sequences under keys, matched on a token attribute (``"LOWER"`` or
    ``"LEMMA"``) by string hash, in a trie: each token costs one dictionary
    lookup, plus one per further word of a term that starts there."""

    _END = -1  #: trie slot for the keys of the sequence that ends at a node (hashes are unsigned)

    def __init__(self, attr: str = "LOWER") -> None:
        self.attr = attr
        self._root: dict[int, dict] = {}
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def add(self, key: str, sequences: Sequence[tuple[str, ...]]) -> None:
        for words in sequences:
            if not words:
                continue
            node = self._root
            for w in words:
                node = node.setdefault(get_string_id(w), {})
            keys = node.setdefault(self._END, [])
            if key not in keys:
                keys.append(key)
                self._size += 1

    def __call__(self, doc: Doc, keys: TokenKeys | None = None) -> list[tuple[str, int, int]]:
        if not self._root:
            return []
        keys = keys or TokenKeys(doc)
        values = keys.lower if self.attr == "LOWER" else keys.lemma
        root, end, n = self._root, self._END, len(values)
        out = []
        for i, v in enumerate(values):
            node = root.get(v)
            j = i + 1
            while node is not None:
                found = node.get(end)
                if found:
                    out.extend((k, i, j) for k in found)
                if j == n:
                    break
                node = node.get(values[j])
                j += 1
        return out
