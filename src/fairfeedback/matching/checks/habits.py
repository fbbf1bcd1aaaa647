"""Habit checks: a review line that credits a habit and gives no instance of it
(habit-fragment).

Review forms and HR phrase lists are written in subjectless lines that open with what the
person does: "Leads the team huddle.", "Always walks new hires through the safety briefing",
"Keeps the crew informed".  Nothing in them is evaluative word by word, which is why the evaluative-statement
check passes them by, yet each is a judgment of the person's work with no event behind it.

Only lines that read as praise or as a neutral habit are matched.  A habit that is criticised
("Often misses the cut-off", "Never updates the ticket") is a behavior the reader can look
for, and the absolute, character and vague-evaluation rules speak for it when it needs them.
The words that make a line criticism are the word lists' negative cues, a negation, and the
frequency words of criticism ("often", "sometimes"), which are not in ``params.adverbs``.
Whether the line has a date, count or artifact is left to the rule's context filter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...context.analysis import opening_verb
from ...context.words import WordLists, list_number
from ._common import register_check

#: words that deny or limit the habit: "takes no notes", "never misses", "without asking"
_DENIALS = {"no", "not", "never", "nothing", "none", "without", "rarely", "seldom", "hardly", "barely", "n't"}
#: code, not a person: `retry()`, snake_case and camelCase names, file names, where code runs
_CODE = re.compile(r"`|\w\(\)|\b[a-z]+_[a-z_]+\b|\b[a-z]+[A-Z]\w*\b|\.(?:py|js|ts|go|java|rb|yml|yaml|json)\b")
_MACHINE = re.compile(r"\b(?:locally|my machine|in prod|in production|on ci|the ci|the build|the tests?|this (?:pr|change|patch|diff))\b",
                      re.IGNORECASE)


#: what may stand between a line break and a line's first word: indentation and list markers
_MARKERS = frozenset(" \t-*\u2022")


def _starts_line(sent: Span) -> bool:
    """The sentence opens its line (after a list marker): a line written in lower case
    ("always puts the team first") is still a line of its own, not the tail of a sentence."""
    text, i = sent.doc.text, sent.start_char
    while i > 0 and text[i - 1] in _MARKERS:  # (only the few characters before it: a huge one-line input stays linear)
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _opening(sent: Span, adverbs: frozenset[str], words: WordLists) -> Token | None:
    """The verb a subjectless line opens with, after the praise adverbs allowed before it
    ("Always walks new hires through the safety briefing"), or None."""
    toks = [t for t in sent if not t.is_space and not t.is_punct]
    if toks and list_number(toks[0]):
        toks = toks[1:]  # "2) Always walks new hires through ..."
    if len(toks) < 2 or not (toks[0].text[:1].isupper() or _starts_line(sent)):
        return None  # a word alone is a label ("Notes", "Updates"), not a habit
    i = 0
    while i < len(toks) - 1 and toks[i].lower_ in adverbs:
        i += 1
    verb = toks[i]
    if verb.i + 1 < sent.end and sent.doc[verb.i + 1].text == ":":
        return None  # a label before a colon ("Comments: ...", "Goals: ..."), not a verb
    if verb.tag_ == "VBZ" or i == 0 and opening_verb(verb, sent, words) and verb.dep_ != "nsubj":
        return verb  # (a noun that heads the subject is no verb: "Studies of reviews found ...")
    return None


def _criticism(sent: Span, words: WordLists) -> bool:
    cues = words.negative_cues
    return any(t.dep_ == "neg" or t.lower_ in _DENIALS or t.lower_ in cues or t.lemma_.lower() in cues for t in sent)


def _clause_end(verb: Token) -> int:
    """The end of the verb's own clause: its words up to the first joined clause or comma
    ("Listens carefully" of "Listens carefully, asks clarifying questions, ...")."""
    end = verb.i + 1
    for t in verb.doc[verb.i + 1: verb.sent.end]:
        if t.is_punct or t.dep_ in ("cc", "conj") or t.tag_ == "VBZ":
            break
        if not t.is_space:  # (a line break or trailing space is no part of the match)
            end = t.i + 1
    return end


@register_check("habit-fragment")
def habit_fragment(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """The opening clause of a subjectless line that credits a habit: "Leads the team huddle",
    "Always walks new hires through the safety briefing".  Questions, lines about code, the verbs in
    ``params.verbs_not`` (requests, states, thanks, what code does) and criticism are left alone."""
    adverbs = frozenset(params.get("adverbs", []))
    skip = frozenset(params.get("verbs_not", []))
    for sent in doc.sents:
        text = sent.text.strip()
        if not text or text.endswith("?") or _CODE.search(text) or _MACHINE.search(text):
            continue
        verb = _opening(sent, adverbs, words)
        if verb is None or verb.lower_ in skip or _criticism(sent, words):
            continue
        start = next(t.i for t in sent if not t.is_space and not t.is_punct)
        yield start, _clause_end(verb)
