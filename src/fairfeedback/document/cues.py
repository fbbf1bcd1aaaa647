"""The document checks' cue lexicons: :class:`Cues` (a lexicon as words and
phrases), :class:`DocWords` (all of them) and :func:`doc_words`, which reads them
from the loaded rule packs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..context.words import WordLists
from ..phrase_search import PhraseSearch

#: Lexicons (``rules/lexicons/<name>.yml``) the document checks read besides the engine's word lists.
DOC_LEXICONS = ("doc-critical-cues", "doc-acknowledgment-cues", "doc-hollow-praise", "doc-exculpatory-cues",
                "doc-forward-cues", "doc-support-cues", "doc-change-verbs", "doc-bad-outcomes", "doc-remedy-verbs",
                "doc-growth-asks", "positive-cues", "traits-positive")


# -- cue lexicons -------------------------------------------------------------------------

@dataclass(frozen=True)
class Cues:
    """A lexicon split into single words (matched on a token's text or lemma) and
    phrases (matched on the text, at word boundaries)."""

    words: frozenset[str]
    phrases: PhraseSearch
    any: PhraseSearch  # words and phrases, on text

    @classmethod
    def of(cls, terms: Iterable[str]) -> Cues:
        terms = {t.lower() for t in terms}
        words = frozenset(t for t in terms if re.fullmatch(r"[a-z]+", t))
        return cls(words, PhraseSearch(t for t in terms if t not in words), PhraseSearch(terms))

    def token(self, t: Token) -> bool:
        return t.lower_ in self.words or t.lemma_.lower() in self.words

    def spans(self, text: str, base: int = 0, *, words: bool = False) -> list[tuple[int, int]]:
        rx = self.any if words else self.phrases
        return [(m.start() + base, m.end() + base) for m in rx.finditer(text.lower())]


@dataclass(frozen=True)
class DocWords:
    """The document checks' cue lexicons (see ``DOC_LEXICONS``)."""

    def praise(self, t: Token) -> bool:
        """A positive cue, or a positive trait used as an adjective ("kind", not "kinds of")."""
        if not self.positive.token(t):
            return False
        if t.lower_ in self.traits or t.lemma_.lower() in self.traits:
            return t.pos_ in ("ADJ", "ADV") or t.lower_ in self.positive.words - self.traits
        if t.lemma_.lower() == "lead" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
            return False  # "which led to overstock"
        return True

    critical: Cues
    acknowledgment: Cues
    hollow: Cues
    exculpatory: Cues
    forward: Cues
    support: Cues
    positive: Cues  # positive-cues (any part of speech) and traits-positive (adjectives and adverbs)
    traits: frozenset[str]
    decrease: frozenset[str]
    increase: frozenset[str]
    bad_outcomes: Cues
    remedy: frozenset[str]
    grow: frozenset[str]  #: words of a request to grow ("take on bigger goals")
    fix: frozenset[str]  #: words of a request to fix ("improve her accuracy")


def doc_words(words: WordLists | None = None) -> DocWords:
    """The ``doc-*`` cue lexicons, from the rule packs ``words`` was read from
    (built once per word lists), else the built-in ones."""
    if words is not None and all(name in words.lexicons for name in DOC_LEXICONS):
        dw = words.cache.get("doc_words")
        if dw is None:
            dw = words.cache["doc_words"] = _doc_words({name: words.lexicons[name] for name in DOC_LEXICONS})
        return dw
    return _builtin_doc_words()


@lru_cache(maxsize=1)
def _builtin_doc_words() -> DocWords:
    from ..rules.loader import load_rules

    rules = load_rules()
    return _doc_words({name: rules.lexicons[name].terms for name in DOC_LEXICONS})


def _doc_words(terms: dict[str, tuple[str, ...]]) -> DocWords:
    return DocWords(
        critical=Cues.of(terms["doc-critical-cues"]),
        acknowledgment=Cues.of(terms["doc-acknowledgment-cues"]),
        hollow=Cues.of(terms["doc-hollow-praise"]),
        exculpatory=Cues.of(terms["doc-exculpatory-cues"]),
        forward=Cues.of(terms["doc-forward-cues"]),
        support=Cues.of(terms["doc-support-cues"]),
        positive=Cues.of(terms["positive-cues"] + terms["traits-positive"]),
        traits=frozenset(terms["traits-positive"]) - frozenset(terms["positive-cues"]),
        decrease=frozenset(t[5:] for t in terms["doc-change-verbs"] if t.startswith("down:")),
        increase=frozenset(t[3:] for t in terms["doc-change-verbs"] if t.startswith("up:")),
        bad_outcomes=Cues.of(terms["doc-bad-outcomes"]),
        remedy=frozenset(terms["doc-remedy-verbs"]),
        grow=frozenset(t[5:] for t in terms["doc-growth-asks"] if t.startswith("grow:")),
        fix=frozenset(t[4:] for t in terms["doc-growth-asks"] if t.startswith("fix:")),
    )


@lru_cache(maxsize=8)
def _negative_phrases(phrases: frozenset[str]) -> PhraseSearch:
    return PhraseSearch(phrases)
