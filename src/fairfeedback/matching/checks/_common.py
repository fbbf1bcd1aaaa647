"""Shared by the registered checks: the ``CHECKS`` registry and ``register_check``,
the regex helper ``_alternation``, the word classes for the reviewee and the writer,
and the failure test ``_is_failure`` used by several families."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.tokens import Doc

from ...context.words import WordLists

CheckFn = Callable[[Doc, dict[str, Any], WordLists], Iterable[tuple[int, int]]]
CHECKS: dict[str, CheckFn] = {}


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    """One regular expression for many alternatives, with the leading ``\\b`` of
    most of them factored out: the engine then skips positions inside words at
    once instead of trying every alternative there (about 4x faster).  At one
    start position, the ``\\b`` alternatives are tried before the others."""
    bounded = [p[2:] for p in patterns if p.startswith(r"\b")]
    other = [p for p in patterns if not p.startswith(r"\b")]
    parts = ([r"\b(?:" + "|".join(bounded) + ")"] if bounded else []) + other
    return re.compile("|".join(parts))

def register_check(name: str) -> Callable[[CheckFn], CheckFn]:
    def deco(fn: CheckFn) -> CheckFn:
        CHECKS[name] = fn
        return fn

    return deco


#: Capitalised words that are not people: "compared with Q1", "unlike March".
_NOT_PEOPLE = set("""q1 q2 q3 q4 h1 h2 fy january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday christmas easter""".split())


# ---------------------------------------------------------------------------
# Shaming mechanisms (issue 2).  Each check below detects a *form* of shaming
# from the parse and small word classes, not a list of sentences: praise that
# contradicts the event it is about, a repetition complaint aimed at a person, a
# verdict of contempt on a person or their work, a comparison that uses a child
# or a peer as the yardstick, an audience invoked against the person.
# ---------------------------------------------------------------------------

_REVIEWEE = {"you", "your", "yours", "yourself", "he", "him", "his", "himself", "she", "her", "hers", "herself",
             "u", "ur", "ya"}
_WRITER = {"i", "me", "my", "myself", "we", "us", "our", "ourselves"}
#: the reviewee, also as "they" (limited-prospects, open-prospects, quality-verdict)
_PERSONAL = _REVIEWEE | {"they", "them", "their", "theirs"}
_NEG = {"not", "n't", "never", "no", "nt", "without"}


def _lows(sent: Any) -> list[str]:
    return [t.lower_ for t in sent]


def _has_reviewee(sent: Any, words: WordLists) -> bool:
    for t in sent:
        if t.lower_ in _REVIEWEE:
            return True
        if t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in _NOT_PEOPLE and t.i != sent.start \
                and t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "poss", "npadvmod", "appos"):
            return True
        if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in words.person_nouns:
            return True
        if t.i > sent.start and t.text[:1].isupper() and t.text[1:].islower() and t.is_alpha and not t.is_stop \
                and t.lower_ not in _NOT_PEOPLE and t.i + 1 < sent.end and t.doc[t.i + 1].pos_ in ("AUX", "VERB"):
            return True  # a name the tagger missed: "yet again, Raj has forgotten ..."
    return False


def _neg_on(tok: Any) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never",) for c in tok.children)


#: Events that are failures when they happen (lemmas), and failure states (lower case).
_FAIL_LEMMAS = {"break", "crash", "miss", "forget", "lose", "delete", "fail", "botch", "ruin", "wreck", "skip",
                "ignore", "mess", "screw", "blow", "overbook", "double-book", "spill", "drop", "upset", "offend",
                "insult", "alienate", "confuse", "annoy", "oversleep", "misplace", "mislabel", "misfile",
                "overcharge", "undercharge", "leak", "flood", "jam", "tank", "bungle", "fumble", "derail", "sink",
                "burn", "cry", "complain", "no-show", "lock", "bounce", "wipe", "corrupt", "brick", "crash",
                "waste", "stall", "contradict", "typo", "misspell"}
_FAIL_WORDS = {"late", "later", "wrong", "broken", "typo", "typos", "error", "errors", "mistake", "mistakes",
               "outage", "outages", "no-show", "no-shows", "offline", "tears", "complaint", "complaints",
               "missed", "overdue", "lost", "incorrect", "bug", "bugs", "absent", "asleep", "longer", "worse",
               "slower", "unanswered", "forgotten", "failed", "crashed", "botched", "deleted", "misspelled",
               "misspelt", "wrongly", "escalation", "escalations", "refund", "refunds", "fine", "fines", "off",
               "blank", "empty", "missing", "incomplete", "unfinished", "undone", "unsigned", "unlabelled",
               "unlabeled", "unplugged", "unlocked", "unattended", "expired", "ombudsman", "tribunal"}
_STAY = {"stay", "stayed", "staying", "work", "worked", "working", "remain", "remained", "keep", "kept", "run"}


def _is_failure(t: Any) -> bool:
    low, lemma = t.lower_, t.lemma_.lower()
    if t.dep_ == "compound":
        return False  # "the complaints thread", "the error budget"
    if low == "off":
        return t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "by"  # "off by 300 units"
    if low in ("bad", "stupid", "foolish", "incompetent", "silly", "idiots", "amateurs", "unprofessional"):
        return t.head.lemma_ in ("look", "seem", "sound")  # "way to make us all look bad"
    if low == "last":
        return t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ in ("one", "person", "to")  # "the last one to submit"
    if low in ("later", "longer", "worse", "slower"):
        return t.i > 0 and t.doc[t.i - 1].lower_ in ("even", "much", "way", "only")
    if low in ("fine", "fines", "refund", "refunds", "escalation", "escalations"):
        return False if low == "fine" else t.dep_ in ("dobj", "pobj", "nsubj")
    if low == "late" and t.head.lower_ in _STAY:
        return False  # "stayed late to help"
    if lemma == "lock":
        return any(c.lower_ == "out" for c in t.children) or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "out")
    if lemma == "turn":
        return False
    if lemma == "blow" and (any(c.lower_ == "away" for c in t.children)
                            or (t.i + 2 < len(t.doc) and "away" in (t.doc[t.i + 1].lower_, t.doc[t.i + 2].lower_))):
        return False  # "blew me away", "blew the client away": praise
    if low in _FAIL_WORDS or (lemma in _FAIL_LEMMAS and t.pos_ in ("VERB", "NOUN", "ADJ")):
        if _neg_on(t):
            return False
        if t.dep_ == "amod" and t.head.dep_ in ("dobj", "pobj") and t.head.head.pos_ == "VERB":
            return False  # "getting the missed orders out"
        return True
    return False


def _yield_regex(doc: Doc, sent: Any, m: Any, back: list[int] | None = None) -> Iterable[tuple[int, int]]:
    a, b = (m.start(), m.end()) if back is None else (back[m.start()], back[m.end()])
    span = doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
    if span is not None:
        yield span.start, span.end
