"""Whole-review checks (FF9xx) and the per-review summary.

Each parsed chunk contributes :class:`DocFacts`; the facts of all chunks of a
text are merged, so the checks work on texts of any length (and on streamed
text: facts are a few booleans and the first critical sentence).

Every sentence of a review is read for four things (:func:`read_sentences`):

* **critical**: it criticizes.  A sentence-level finding of a critical category
  (character judgment, vague target, shaming, ...) is the strongest evidence;
  otherwise a negative cue word that is not negated, not the object of
  something the person fixed or handled ("solved the scheduling problem"), not
  part of an acknowledgment ("stayed late"), a negated praise word ("clients
  aren't impressed"), "too" + adjective ("too fast"), or a negated passive
  ("was not covered").  A sentence that puts the problem outside the person
  ("a system problem rather than his") is not criticism.  A review of praise
  whose only criticism is a vague request to grow ("should take on more
  responsibility", not "should improve her accuracy") is encouraging, not
  critical.
* **acknowledgment**: a clause with no criticism that praises or reports work
  done (a positive cue, a positive trait, an accomplishment verb with a person
  as subject, a flaw negated: "never missed", "without a single error"), but
  not in a plan or request, and not hollow ("a great guy", "nice of him to
  finally show up").
* **forward / next step**: the sentence looks ahead (future tense, a request,
  an imperative, a plan or agreement cue); it is a next step when it is also
  concrete: a date, count or named artifact, or a support or follow-up cue
  (a course, a check-in, a review together).  A forward sentence that is only
  a vague target ("be more careful") is no next step.
* **instance**: outside praise and plans, a checkable detail: a date, a count,
  a named artifact or event ("the Dalton audit", "the last retro") or a quoted
  occurrence.  Recurring days ("the Monday forecast calls"), ages, years and
  "1:1" are not instances.

The cue words are YAML lexicons in ``rules/lexicons`` (``doc-*.yml`` plus the
engine's negative, positive, request and next-step cues).

The package's modules:

* ``cues``: the cue lexicons (:class:`Cues`, :class:`DocWords`, :func:`doc_words`)
* ``reading``: :func:`read_sentences` and :class:`SentenceFacts`, built from
  ``clauses`` (is a clause critical, does it acknowledge work) and ``forward``
  (plans, next steps, instances); ``_grammar`` holds the parse helpers they share
* ``facts``: :class:`DocFacts`, :func:`facts_from_doc` and ``DOCUMENT_CHECKS``
* ``summary``: :func:`summarize`, :func:`summary_from_counts` and ``PENALTIES``
"""

from __future__ import annotations

from .cues import DOC_LEXICONS, Cues, DocWords, doc_words
from .facts import DOCUMENT_CHECKS, DocFacts, facts_from_doc, review_size
from .reading import CRITICAL, STRONG, SentenceFacts, read_sentences
from .summary import PENALTIES, summarize, summary_from_counts

__all__ = ["DOCUMENT_CHECKS", "DocFacts", "DocWords", "SentenceFacts", "doc_words", "facts_from_doc",
           "read_sentences", "review_size", "summarize", "summary_from_counts"]
