"""The facts of a text (:class:`DocFacts`, merged over its chunks) and the
whole-review checks (``DOCUMENT_CHECKS``) that read them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..context.words import PLACEHOLDER, WordLists
from ..models import Finding
from .cues import doc_words
from .reading import read_sentences

#: the whole-review checks apply to texts of at least this many sentences, or this many words
MIN_REVIEW_SENTENCES = 2
MIN_REVIEW_WORDS = 20
#: words a sentence without a full stop, ! or ? needs to count towards MIN_REVIEW_SENTENCES
MIN_SENTENCE_WORDS = 6
_STOPS = frozenset({".", "!", "?", "...", "\u2026"})
#: what a rewrite adds around its placeholders: "(for example, [what happened] on [date], which [impact])"
_ADDED = re.compile(r"\([^()]*\[[^\]]*\][^()]*\)")

# -- facts of a text --------------------------------------------------------------------------

@dataclass
class DocFacts:
    critical: list[tuple[int, int]] = field(default_factory=list)
    instance: bool = False
    next_step: bool = False
    positive: bool = False
    sentences: int = 0
    words: int = 0

    def merge(self, other: DocFacts) -> DocFacts:
        """Facts of a text made of this chunk and the next (only the first critical
        sentence is kept: that is where document-level findings point)."""
        return DocFacts(self.critical[:1] or other.critical[:1], self.instance or other.instance,
                        self.next_step or other.next_step, self.positive or other.positive,
                        self.sentences + other.sentences, self.words + other.words)

    @property
    def is_review(self) -> bool:
        """Long enough for the whole-review checks: a one-line comment ("You are lazy.")
        is not a review, so it cannot lack an example, a next step or balance."""
        return self.sentences >= MIN_REVIEW_SENTENCES or self.words >= MIN_REVIEW_WORDS


def review_size(doc: Doc) -> DocFacts:
    """The sentences and words of ``doc`` that count towards :attr:`DocFacts.is_review`; the words of a
    rewrite's placeholders ("[what happened] on [date]") do not, so a rewritten comment stays a comment."""
    facts = DocFacts()
    text = doc.text
    blanks = [m.span() for rx in (PLACEHOLDER, _ADDED) for m in rx.finditer(text)]
    for sent in doc.sents:
        n = sum(1 for t in sent if t.is_alpha and not any(a <= t.idx < b for a, b in blanks))
        facts.words += n
        ends = next((t for t in reversed(sent) if not t.is_space), None)
        # a heading ("Notes", "Q3 review": short, no final punctuation) is no sentence; "Lazy." is; a
        # sentence a rewrite added ("For example, [what happened] on [date], which [impact].") is not
        prompted = any(sent.start_char <= a < sent.end_char for a, _ in blanks)
        facts.sentences += bool(n) and (n >= MIN_SENTENCE_WORDS or (
            not prompted and ends is not None and ends.text in _STOPS))
    return facts


def facts_from_doc(doc: Doc, offset: int, words: WordLists, findings: list[Finding]) -> DocFacts:
    facts = review_size(doc)
    sents = read_sentences(doc, offset, words, findings)
    # a review of praise whose only criticism is a request to grow ("He should take on harder
    # work.") is an encouraging review, not a critical one
    praised = sum(s.acknowledgment and not s.critical for s in sents)
    dw = doc_words(words)
    asks = [s for s in sents if s.critical and s.only_asks(dw)]
    encouraging = len(asks) == sum(s.critical for s in sents) and praised > len(asks)
    for s in sents:
        if s.critical and not facts.critical and not encouraging:
            facts.critical.append((s.start, s.end))
        facts.instance = facts.instance or s.instance
        facts.next_step = facts.next_step or s.next_step
        facts.positive = facts.positive or s.acknowledgment
    return facts


def _first_critical(f: DocFacts) -> tuple[int, int] | None:
    """Where a document-level finding points: the first critical sentence of a review."""
    return f.critical[0] if f.critical and f.is_review else None


DOCUMENT_CHECKS: dict[str, Callable[[DocFacts], tuple[int, int] | None]] = {
    "missing-example": lambda f: _first_critical(f) if not f.instance else None,
    "missing-next-step": lambda f: _first_critical(f) if not f.next_step else None,
    "unbalanced": lambda f: _first_critical(f) if not f.positive else None,
}
