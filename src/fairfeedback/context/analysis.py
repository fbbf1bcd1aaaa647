"""Facts about a match read off the parse.  Pure functions of a spaCy Span.

Split by kind of fact: :mod:`.subjects` and :mod:`.kinds` (structure), :mod:`.modality`,
:mod:`.claims` (content); word classes and token helpers in :mod:`.grammar`, chat spellings in
:mod:`.informal`, rhetorical questions in :mod:`.blame`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from .blame import blame_question
from .claims import ClaimFacts
from .grammar import opening_verb, sentence_index
from .informal import normalize_informal
from .words import WordLists

__all__ = ["Analysis", "blame_question", "normalize_informal", "opening_verb", "sentence_index"]


@dataclass
class Analysis(ClaimFacts):
    """Lazily computed context facts for one match span."""

    span: Span
    words: WordLists
    sentence: Span | None = None  #: the span's sentence, when the caller knows it (saves a scan)
    #: the span is a learned rule's sentence or clause, not words a pattern pointed at
    learned: bool = False
