"""Phrase-list terms as spaCy Docs, tokenized (and lemmatized) once and cached.

Turning ~4,500 lexicon terms into Docs means running the tokenizer on each, and
the tagger and lemmatizer on the lemma-matched ones: about 0.2 s at every start,
more than the rest of start-up.  The words and lemmas depend only on the terms
and the model, so they are kept in the cache folder, keyed by both; later runs
build the Docs from words directly.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..rules.loader import cache_dir, read_cache, write_cache

__all__ = ["TermDocs"]

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


class TermDocs:
    """Docs for phrase terms: ``lower`` ones need words only, ``lemma`` ones lemmas too."""

    def __init__(self, nlp: Language, lower: Sequence[str], lemma: Sequence[str], *, cache: bool = True) -> None:
        import os

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

    def lower_docs(self, terms: Sequence[str]) -> list[Doc]:
        vocab = self.nlp.vocab
        return [Doc(vocab, words=list(self._lower[t])) for t in terms if self._lower.get(t)]

    def lemma_docs(self, terms: Sequence[str]) -> list[Doc]:
        vocab = self.nlp.vocab
        out = []
        for t in terms:
            words, lemmas = self._lemma.get(t, ((), ()))
            if words:
                out.append(Doc(vocab, words=list(words), lemmas=list(lemmas)))
        return out
