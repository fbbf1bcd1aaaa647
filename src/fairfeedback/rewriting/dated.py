"""The time the writer gave for the judged behavior, which takes the place of the rewrite's "On [date]"
instead of being asked for again: a day ("| last Tuesday", "| on Monday", "| yesterday"), a month,
quarter or year ("| In March", "| In Q3", "| This year", "| in 2025"), or one event ("| During the
audit"); not a habit ("during meetings") nor a place ("in the analyst job"), which stay what the
prompt is about."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..context.analysis import Analysis
from ..context.words import calendar_word

__all__ = ["DAYS", "instant", "when"]

DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december"}
#: days of the week, whose date is one day ("| last Tuesday")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
#: periods that "last" or "this" make a time ("| last week", "| this year")
_PERIODS = {"week", "month", "morning", "afternoon", "evening", "night", "weekend", "sprint", "quarter", "year", "half",
            "term", "season", "semester", "cycle", "shift"}
#: prepositions of a time ("| on Monday", "| in March", "| during the audit", "| over the weekend")
_AT = {"on", "in", "during", "last", "over", "throughout"}
#: a quarter, half or year named alone ("Q3", "H1", "2025")
_LABEL = re.compile(r"^(q[1-4]|h[12]|(19|20)\d\d)$", re.IGNORECASE)


def _dated(t: Token) -> bool:
    """A day, month, quarter or year ("Tuesday", "March", "Q3", "last week", "this year")."""
    return t.lower_ in DAYS or calendar_word(t) or bool(_LABEL.match(t.text)) or any(
        c.lower_ in ("last", "this") and c.dep_ in ("amod", "det") for c in t.children) \
        and t.lemma_.lower() in DAYS | _PERIODS


def _event(prep: Token, obj: Token) -> bool:
    """One event or period a "during" names ("during | the audit", "during | last week's release", "during | the
    year"), or one period an "over" names ("over | the weekend"); not a habit ("during meetings") nor a medium
    ("over the phone")."""
    one = obj.pos_ == "NOUN" and obj.tag_ == "NN" and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "every", "each", "any") for c in obj.children)
    period = obj.lemma_.lower() in _PERIODS  # (a period "over" names: "over the weekend")
    # ("during the year" is a whole period, kept as the time the behavior fell in, like "this year")
    return one and (prep.lower_ == "during" or prep.lower_ == "over" and period)


def _time(c: Token) -> bool:
    if c.dep_ == "npadvmod":
        return _dated(c)
    return c.dep_ == "prep" and c.lower_ in _AT and any(
        o.dep_ == "pobj" and (_dated(o) or _event(c, o) or any(x.dep_ == "compound" and _dated(x) for x in o.children))
        for o in c.children)


def when(a: Analysis, taken: set[int]) -> Token | None:
    """The date the writer gave for the judged behavior ("was dismissive in the design review | last Tuesday",
    "| In March he was careless"), in the judged verb's own clause, with none of the ``taken`` tokens (words
    a finding flags or the rewrite rewords)."""
    head = a.span.root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    verb = head if head.pos_ in ("VERB", "AUX") else head.head

    def own(t) -> bool:  # noqa: ANN001 -- in the verb's own clause, not in a clause hung on it
        while t.i != verb.i:
            if t.dep_ in ("relcl", "advcl", "ccomp", "conj", "parataxis") or t.i in taken:
                return False
            t = t.head
        return True

    return next((c for c in verb.subtree if own(c) and _time(c) and not any(t.i in taken for t in c.subtree)), None)


def instant(t: Token) -> bool:
    """Whether the time ``when`` found is one day or one event ("| yesterday", "| last Tuesday", "| during the
    audit"), the instance's own date; not a period ("| In March", "| this year"), within which it happened."""
    words = [t] if t.dep_ == "npadvmod" else [o for o in t.children if o.dep_ == "pobj"]
    return any(w.lower_ in DAYS and not calendar_word(w) or w.lemma_.lower() in _WEEKDAYS
               or t.lower_ == "during" and w.lemma_.lower() not in _PERIODS for w in words)
