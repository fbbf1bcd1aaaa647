"""Exasperation checks: a blame question that asks nothing (rhetorical-question)
and the writer's repetition, weariness or reprise aimed at the reader
(repetition-reproach)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from ...context.analysis import blame_question, normalize_informal
from ...context.words import WordLists
from ._common import _alternation, _has_reviewee, register_check


@register_check("rhetorical-question")
def rhetorical_question(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """A blame question that is not really asking anything ("How hard is it to ...?",
    "How is it possible that you still don't know ...?", "Did it even cross your mind?");
    see ``context.analysis.blame_question``."""
    for sent in doc.sents:
        m = blame_question(sent, words)
        if not m:
            continue
        start_char = sent.start_char + m[0]
        end_char = sent.start_char + m[1]
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is not None:
            yield span.start, span.end


# -- exasperation: repetition as reproach ------------------------------------------

_ORDINAL = r"(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth|" \
    r"thousandth|millionth|umpteenth|nth|n-th|zillionth|\d+(?:rd|th))"
_REPEAT_MARK = r"(?:repeatedly|so many times|too many times|countless times|numerous times|more times than|" \
    r"over and over|again and again|time and (?:time )?again|time after time|a (?:hundred|thousand|million|dozen|zillion) times|" \
    r"(?:hundreds|dozens|thousands) of times|" \
    r"for the " + _ORDINAL + r" time|until i'?m blue in the face|till i'?m blue in the face)"
_REPEAT_VERBS = r"(?:said|say|saying|told|tell|telling|explained|explain|explaining|asked|ask|asking|reminded|remind|" \
    r"reminding|mentioned|mention|raised|raise|raising|been over|gone over|go over|going over|went over|discussed|" \
    r"chased|chase|chasing|flagged|warned|warn|written|wrote|write|writing|emailed|pointed out|spelled out|spelt out|shown|" \
    r"showed|repeated|repeat|repeating|begged|pleaded|nagged|covered|walked (?:you|him|her|them) through|" \
    r"gone through|been through|corrected|correct|fixed|redone|redid)"
_EXASPERATION = _alternation([
    # the writer repeating: "as I have said repeatedly", "I've explained it to her more times than I can count"
    r"\b(?:i|we)(?:'ve|'d| have| had| keep| am| are|'m|'re)?(?: \w+){0,2}? " + _REPEAT_VERBS + r"\b(?:[^.;:!?]{0,60}?)\b" + _REPEAT_MARK,
    r"\bas (?:i|we)(?:'ve| have| had|'d)? (?:\w+ )?" + _REPEAT_VERBS + r" (?:\w+ )?(?:repeatedly|so many times|countless times|many,? many times|over and over|again and again|before,? (?:and|many|more))",
    # "For the third time this month, ..." opening the sentence; "this is the fifth time I am writing this"
    r"^(?:\W*)(?:and |so |ok(?:ay)?,? |right,? )?for the " + _ORDINAL + r" time\b",
    r"\bthe " + _ORDINAL + r" time (?:that )?(?:i|we)(?:'ve|'m|'re| have| am| are| had|'d)? (?:\w+ )?" + _REPEAT_VERBS,
    # the writer's exhaustion with the person
    r"\b(?:i|we)(?:'m| am|'re| are| was| were| have been|'ve been| feel| get| got| am getting|'m getting)(?: \w+){0,2}? "
    r"(?:tired|sick|fed up|exhausted|weary|worn out|done) (?:of|from|with)? ?(?:\w+ing|having to|him|her|them|you|it|this|the same)",
    r"\b(?:i|we)(?:'m| am|'re| are) (?:\w+ )?done (?:asking|chasing|reminding|explaining|telling|repeating|covering|waiting|begging|trying)\b",
    r"\b(?:i|we)(?:'ve| have|'d| had)? (?:\w+ )?(?:given up|stopped) (?:expecting|asking|hoping|counting|bothering|chasing|reminding|trying|on (?:him|her|you|them|getting|expecting))\b",
    r"\b(?:i|we)(?:'m| am|'re| are) (?:\w+ )?(?:not even|no longer|not) (?:\w+ )?surprised (?:anymore|any more|when|that|by|if)\b",
    r"\bhow many (?:more |other |different )?ways (?:(?:can|do|must|should|could) (?:i|we)|(?:i|we) (?:can|could|should|must|have to))\b",
    r"\b(?:i|we)(?:'m| am|'re| are) (?:\w+ )?running out of (?:patience|ways|words)\b",
    r"\b(?:i|we) (?:really |honestly |genuinely |frankly |simply )*(?:shouldn't|should not|should never|shouldnt|should n't) (?:\w+ )?(?:have|need) to (?:\w+ )?"
    r"(?:remind|explain|tell|ask|chase|teach|spell|check|babysit|repeat|keep|point|beg|nag|micromanage|walk)\b",
    # reprises: "here we go again", "same story as last quarter, different excuse", "once more, with feeling"
    r"^\W*(?:and |so )?here we go again\b", r"\bsame (?:old )?story\b[^.]{0,40}\bdifferent excuse", r"\bdifferent day,? same\b",
    r"^\W*once more,? with feeling\b",
])
#: Sentence-initial "once again" / "yet again" followed by a person and a sarcastic or
#: failure predicate: "once again, Tom has decided the deadline was a suggestion".
_AGAIN_OPEN = re.compile(r"^\W*(?:and |so )?(?:once again|yet again|yet another time)\b,?")
_OPTIONAL = re.compile(r"\b(?:a suggestion|suggestions|optional|a guideline|guidelines|voluntary)\b")


@register_check("repetition-reproach")
def repetition_reproach(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """Exasperation aimed at the reader: the writer's repetition ("as I have said
    repeatedly", "for the third time, ..."), the writer's weariness ("I'm tired of
    cleaning up after him", "I've given up expecting ..."), a reprise ("here we go again
    with the excuses").  A count of the person's own events ("late three times in May")
    is a fact and is not matched."""
    for sent in doc.sents:
        low, back = normalize_informal(sent.text)
        m = _EXASPERATION.search(low)
        if m is None and _AGAIN_OPEN.search(low) and _OPTIONAL.search(low) and _has_reviewee(sent, words):
            m = _AGAIN_OPEN.search(low)  # "once again, Tom has decided the deadline was a suggestion"
        if m is None:
            continue
        span = doc.char_span(sent.start_char + back[m.start()], sent.start_char + back[m.end()], alignment_mode="expand")
        if span is not None:
            yield span.start, span.end
