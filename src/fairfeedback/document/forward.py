"""Sentences that look ahead (:func:`_forward`), concrete next steps
(:func:`_concrete_next_step`) and checkable instances (:func:`_instance`)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..context.words import WordLists, in_capitals
from ._grammar import _negator, _subject_is_person, _writer_subject
from .cues import DocWords

_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME_UNITS = frozenset("day days week weeks month months year years quarter quarters hour hours minute minutes "
                        "shift shifts sprint sprints term terms semester semesters season seasons".split())
_ORDINAL_DATE = re.compile(r"^\d{1,2}(st|nd|rd|th)$")
_YEAR = re.compile(r"^(19|20)\d\d$")
_ONE_ON_ONE = re.compile(r"^1:1s?$")


def _forward(sent: Span, toks: list[Token], words: WordLists, dw: DocWords, low: str) -> str | None:
    """Why the sentence looks ahead (a plan, goal, request or agreement), or None.
    ``low`` is the lower-cased sentence with quotations blanked out."""
    m = dw.forward.any.search(low)
    if m:
        return f"'{m.group(0)}'"
    base = sent.start_char
    for m in words.request_cues.finditer(low):
        tok = sent.doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        # a report ("your PRs needed no comments") or a noun ("excellent work on the launch") is no request
        if tok is not None and not any((t.tag_ in ("VBD", "VBN") and t.dep_ != "amod") or t.pos_ in ("NOUN", "PROPN")
                                       or _counterfactual(t) for t in tok[:1]):
            return f"'{m.group(0)}'"
    if any(t.tag_ == "MD" and t.lower_ in ("will", "'ll", "shall", "should", "must") and not _counterfactual(t) for t in toks):
        return "future or obligation"
    first = next((t for t in toks if t.is_alpha and t.lower_ not in ("please", "and", "then", "so")), None)
    if first is not None and (first.lower_ in words.base_verbs or first.tag_ == "VB") and \
            not any(c.dep_.startswith("nsubj") for c in first.children) and first.tag_ not in ("VBD", "VBN", "VBZ") \
            and not _in_subject(first) and not any(c.dep_ == "conj" and c.tag_ == "VBD" for c in first.children):
        return "imperative"
    if first is not None and first.i == sent.start and \
            first.lower_ in ("needs", "need", "should", "must", "could", "would", "try", "work", "focus"):
        return "request"
    return None


#: kinds of support whose mention makes even a vague request a next step
_NAMED_SUPPORT = frozenset({
    "training", "retraining", "re-training", "mentoring", "mentorship", "mentor", "coaching", "guidance",
    "course", "courses", "workshop", "class", "classes", "certification", "brainstorm", "tutoring", "shadowing",
})


#: support named outside a request ("Some re-training may be needed.", "She could use some help",
#: "we are coaching him on it", "She is encouraged to ..."): real reviewers and readers count it as the
#: review's next step
_SUPPORT_NOUNS = (_NAMED_SUPPORT - {"class", "classes", "course", "courses", "certification"}) | {
    "help", "assistance", "support", "nurture", "nurturing", "encouragement"}
_SUPPORT_VERBS = frozenset({"help", "assist", "nurture", "guide", "encourage", "support", "train", "retrain",
                            "coach", "mentor"})
_GIVE = frozenset({"provide", "give", "offer", "lend", "show"})
#: the person's own doing with it: "completed the allergen training", "should ask for help more"
_OWN = frozenset({"complete", "finish", "pass", "attend", "take", "ask", "seek", "request"})


def support_named(toks: list[Token], words: WordLists) -> str | None:
    """Support the writer or the team gives the person, named anywhere in a sentence."""
    for t in toks:
        low, lemma = t.lower_, t.lemma_.lower()
        if _negator(t) is not None:
            continue
        if t.pos_ == "NOUN" and (low in _SUPPORT_NOUNS or lemma in _SUPPORT_NOUNS) and t.dep_ != "compound":
            verb = t.head.head if t.head.dep_ == "prep" else t.head
            received = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)  # "if he is provided assistance"
            if verb.lemma_.lower() in _GIVE | _OWN and not received and _subject_is_person(verb, words) \
                    and not _writer_subject(verb):
                continue  # "he gives support to the new hires", "completed the training": his own doing
            if verb.lemma_.lower() in _OWN and verb.tag_ == "VB" and not any(c.dep_.startswith("nsubj") for c in verb.children):
                continue  # "Should just ask for help more"
            return f"support named '{t.text}'"
        if t.pos_ == "VERB" and lemma in _SUPPORT_VERBS:
            v = t.head if t.dep_ == "xcomp" else t  # "we will continue to guide her"
            if v.pos_ == "ADJ" and v.dep_ in ("acomp", "xcomp"):
                v = v.head  # "we are ready to help her"
            if _writer_subject(v) or any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
                return f"support offered '{t.text}'"
    return None


def _in_subject(t: Token) -> bool:
    """``t`` is part of the subject of a finite clause ("Partner teams have been
    surprised"), so the sentence is no imperative despite a verb-like first word."""
    for x in [t, *t.ancestors]:
        if x.dep_ in ("nsubj", "nsubjpass"):
            verb = x.head
            return verb.tag_ in ("VBD", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return False


def _concrete_next_step(sent: Span, toks: list[Token], words: WordLists, dw: DocWords, low: str,
                        criticizes: bool) -> str | None:
    """Why a forward-looking sentence is a concrete next step, or None.  A request
    flagged as criticism ("Be more careful.", "Embrace technology in 2025.") needs
    a date or count."""
    if criticizes:
        dated = _instance(toks, False, artifacts=False)
        if dated:
            return f"dated or counted ({dated})"
        # a named kind of support is a next step even in a vague request ("needs mentoring to improve",
        # "with more training"): real reviewers and readers count it as one
        named = next((t for t in toks if t.lower_ in _NAMED_SUPPORT or t.lemma_.lower() in _NAMED_SUPPORT), None)
        return f"named support '{named.text}'" if named is not None else None
    if words.has_specifics(sent):
        return "specific (date, count or artifact)"
    if any(dw.support.token(t) for t in toks):
        return "support or follow-up"
    m = dw.support.phrases.search(low)
    if m:
        return f"support or follow-up '{m.group(0)}'"
    return None


#: occurrences a demonstrative points at: "this project", "that client call"
_EVENT_NOUNS = frozenset("project meeting presentation report launch audit event call incident assignment "
                         "campaign deal conference deadline demo pitch shift inspection visit".split())


#: verbs of a conversation that happened: "she stated she was unwilling", "he replied no"
_SAID = frozenset("state reply tell ask explain admit refuse respond answer announce".split())


def _instance(toks: list[Token], quoted: bool, *, artifacts: bool = True) -> str | None:
    """Why these tokens name a checkable occurrence (a date, count, named artifact
    or event, a quotation), or None."""
    if quoted:
        return "quoted occurrence"
    capitals = bool(toks) and in_capitals(toks[0].sent)  # every word of a sentence in capitals looks like a name
    for t in toks:
        lo = t.lower_
        prev = t.nbor(-1).lower_ if t.i > 0 else ""
        if prev == "[" and lo in ("date", "dates", "n", "number", "count") and t.i + 1 < len(t.doc) and t.nbor(1).text == "]":
            return f"slot '[{t.text}]'"  # a rewrite's place for the instance: the writer fills it in
        if lo in _MONTHS and t.text[0].isupper() and t.tag_ in ("NNP", "NN", "NNPS") and not (lo == "may" and t.i == 0):
            return f"date '{t.text}'"
        if lo in _DAYS and (prev in ("on", "last", "this", "that", "yesterday", "since") or (
                t.i + 1 < len(t.doc) and t.nbor(1).text in ("'s", "\u2019s"))):
            return f"date '{t.text}'"  # "on Friday", "in Monday's planning meeting"; not "the Monday calls"
        if lo in ("yesterday", "today") or _ORDINAL_DATE.match(lo) or re.fullmatch(r"q[1-4]", lo):
            return f"date '{t.text}'"
        if t.text in ("%", "$", "\u20ac", "\u00a3") or lo in ("twice", "thrice"):
            return f"count '{t.text}'"
        if (t.like_num or any(ch.isdigit() for ch in t.text)) and lo not in ("one", "once", "first", "second", "third") \
                and not _YEAR.match(t.text) and not _ONE_ON_ONE.match(lo):
            if prev in ("at", "aged") and not (t.i + 1 < len(t.doc) and t.nbor(1).pos_ == "NOUN"):
                continue  # an age: "At 23, Tyler ..."
            nxt = t.doc[t.i + 1: t.i + 3]
            if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ in _TIME_UNITS:
                continue  # a length: "a 30-year veteran", "a 60-day plan"
            unit = t.head if t.head.lower_ in _TIME_UNITS else None
            if unit is not None and unit.head.lower_ in ("for", "since"):
                continue  # a duration or tenure: "has been on the team for 90 days"
            return f"count '{t.text}'"
        if not artifacts:
            continue
        at_start = t.i == toks[0].i or t.nbor(-1).text in (":", "-", "\u2022", "(")
        if t.pos_ == "PROPN" and t.is_upper and capitals:
            continue
        if t.pos_ == "PROPN" and lo not in _DAYS and lo not in _MONTHS and not at_start and (
            (t.dep_ == "compound" and t.head.pos_ == "NOUN") or (t.dep_ in ("appos", "conj") and t.head.pos_ == "NOUN")
        ):
            return f"named artifact '{t.text}'"
        if lo == "once" and t.dep_ == "advmod" and t.head.tag_ in ("VBD", "VBN") and not (
                t.i + 1 < len(t.doc) and t.nbor(1).lower_ in ("again", "more", "or")):
            return "one occasion 'once'"  # "I once saw him ...": a single occurrence
        if t.tag_ == "VBD" and t.lemma_.lower() in _SAID and t.dep_ in ("ROOT", "conj") and any(
                c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN") and c.lower_ != "it" for c in t.children):
            return f"reported exchange '{t.text}'"  # "She stated she was unwilling", "She replied no"
        if lo in ("this", "that") and t.dep_ == "det" and t.head.lemma_.lower() in _EVENT_NOUNS:
            return f"named event '{t.text} {t.head.text}'"  # "this project", "that meeting"
        if lo in ("last", "previous", "latest") and t.dep_ == "amod" and t.head.pos_ == "NOUN" \
                and t.head.lower_ not in _TIME_UNITS and prev in ("the", "our", "his", "her", "their", "your", "my"):
            return f"named event '{t.text} {t.head.text}'"
    return None


def _counterfactual(t) -> bool:  # noqa: ANN001
    """"should have checked": a verdict on the past, not a request."""
    if t.i + 2 > len(t.doc) - 1 or t.lower_ not in ("should", "must", "could", "would"):
        return False
    nxt = t.nbor(1)
    return nxt.lower_ == "have" and nxt.dep_ == "aux" and nxt.head.tag_ == "VBN"
