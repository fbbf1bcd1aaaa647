"""Registered Python checks: detections that token patterns cannot express.

A check is ``fn(doc, params, words) -> iterable of (start_token, end_token)``;
rule files name it with ``kind: check``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.tokens import Doc

from ..context.words import WordLists

CheckFn = Callable[[Doc, dict[str, Any], WordLists], Iterable[tuple[int, int]]]
CHECKS: dict[str, CheckFn] = {}

__all__ = ["CHECKS", "register_check"]


def register_check(name: str) -> Callable[[CheckFn], CheckFn]:
    def deco(fn: CheckFn) -> CheckFn:
        CHECKS[name] = fn
        return fn

    return deco


_COMPARE = {"unlike", "than", "like"}
_READER = {"you", "he", "she", "they", "him", "her", "his", "hers", "your", "yours", "their", "theirs", "them"}
#: Capitalised words that are not people: "compared with Q1", "unlike March".
_NOT_PEOPLE = set("""q1 q2 q3 q4 h1 h2 fy january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday christmas easter""".split())
_PEER_NOUNS = {"peers", "peer", "colleagues", "teammates", "coworkers", "co-workers", "others",
               "everyone", "everybody", "rest", "counterparts", "classmates"}


@register_check("peer-comparison")
def peer_comparison(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """An unfavourable comparison with a named peer or with 'the rest of the team'.

    Flags "unlike Sarah, ...", "compared to his peers", "why can't you be more like Tom",
    "Maria manages it, so why can't you?".  Requires a person subject or a second
    person reader somewhere in the sentence so that "unlike Jira, Linear ..." passes.
    """
    for sent in doc.sents:
        low = [t.lower_ for t in sent]
        has_reader = any(t.lower_ in _READER for t in sent) or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" for t in sent)
        for t in sent:
            target = None
            if t.lower_ in _COMPARE or (t.lower_ in ("compared", "comparison") and t.i + 1 < sent.end):
                nxt = [c for c in doc[t.i + 1: min(sent.end, t.i + 5)]]
                for c in nxt:
                    if c.pos_ == "PROPN" and c.text[:1].isupper() and c.lower_ not in _NOT_PEOPLE:
                        target = c
                        break
                    if c.lower_ in _PEER_NOUNS:
                        target = c
                        break
                    if c.pos_ in ("VERB", "AUX", "PUNCT"):
                        break
            if target is None or not has_reader:
                continue
            if t.lower_ == "like" and "more like" not in " ".join(low) and "be like" not in " ".join(low):
                continue
            if t.lower_ == "than" and not any(w in low for w in ("more", "less", "worse", "slower", "fewer", "better")):
                continue
            yield t.i, target.i + 1


@register_check("rhetorical-question")
def rhetorical_question(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """A blame question that is not really asking anything ("How hard is it to ...?")."""
    for sent in doc.sents:
        text = sent.text.rstrip()
        if not text.endswith("?"):
            continue
        m = words.rhetorical.search(text.lower())
        if not m:
            continue
        start_char = sent.start_char + m.start()
        end_char = sent.start_char + m.end()
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is not None:
            yield span.start, span.end
