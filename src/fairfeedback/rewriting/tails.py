"""Where the checkable tail of a request goes ("by [date], specifically ...", ``sentence.CHECKABLE``),
and what it leaves out:

- not between a comparison and its "than" clause ("more | than she does now", ``alternative``);
- not between a verb and the "for ... to" clause that completes it ("waiting | for clients to come to
  him"): that clause is the verb's own content, and the tail closes it;
- before a reason phrase ("given his talent and focus", "considering her seniority", "because of ...",
  "in light of ..."), as before a "because" clause: the reason stays after the target;
- no "by [date]" when the request already names its time frame ("next quarter", "this year", "by
  Friday", "within a month", "in the coming weeks", "next time"): the specifics and the measure only.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.words import calendar_word
from .alternative import comparison

__all__ = ["complement", "names_time_frame", "reason_start"]

#: words that open a reason phrase without a clause of its own ("given his talent", "considering her role")
_REASONS = {"given", "considering", "despite"}  # (and a concession: "| despite repeated coaching")
#: prepositions of a reason made of several words: "because | of", "in | light of", "in | view of"
_REASON_PAIRS = {("because", "of"), ("due", "to"), ("owing", "to")}
_REASON_TRIPLES = {("in", "light", "of"), ("in", "view", "of"), ("in", "spite", "of")}
#: nouns of a period of time ("next | quarter", "within a | month", "in the coming | weeks")
_PERIODS = {"day", "week", "month", "quarter", "year", "half", "term", "season", "semester", "sprint", "cycle",
            "fortnight", "period", "review", "appraisal"}
#: the start or end of a period ("by the | end | of the month")
_BOUNDS = {"end", "start", "close", "middle", "beginning"}
#: words that put a period ahead of now ("next quarter", "this year", "the coming weeks")
_AHEAD = {"next", "this", "coming", "upcoming", "following"}
#: prepositions that close a period on the request ("by Friday", "within a month", "before the next review")
_CLOSING = {"by", "within", "before", "until", "till"}
#: prepositions of a period ahead only with one of ``_AHEAD`` ("in the coming weeks", "over the next month")
_DURING = {"in", "over", "during", "for"}


def complement(c: Token) -> bool:
    """A "for ... to" clause right after its verb, which completes it ("waiting | for clients to come to him",
    "asked | for the team to review it"): the verb's own content, not a clause the deadline may go before."""
    edge = c.left_edge
    if comparison(c):  # "more | than she does now": the comparison's own clause (``alternative``)
        return True
    return c.dep_ == "advcl" and edge.lower_ == "for" and edge.dep_ == "mark" and edge.i > c.sent.start \
        and c.doc[edge.i - 1].text != "," and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)


def reason_start(t: Token) -> bool:
    """Whether a reason phrase opens at ``t`` ("| given his talent and focus", "| in light of his new role")."""
    doc = t.doc
    words = [x.lower_ for x in doc[t.i:min(t.i + 3, t.sent.end)]]
    if t.lower_ in _REASONS:  # (not "the tasks | given to her": a participle on a noun)
        return t.dep_ in ("prep", "advcl", "mark") and t.i > t.sent.start and t.nbor(-1).pos_ != "NOUN"
    return tuple(words[:2]) in _REASON_PAIRS or tuple(words) in _REASON_TRIPLES


def names_time_frame(tokens) -> bool:  # noqa: ANN001
    """Whether the words name a time frame ahead for the request ("next quarter", "this year", "by
    Friday", "within a month", "in the coming weeks", "by the end of the month"); not a past one."""
    return any(_time_frame(t) for t in tokens)


def _time_frame(t: Token) -> bool:
    lemma = t.lemma_.lower()
    if lemma == "time":  # "| next time", "the | next time": the next occasion is when; not "in time", "on time"
        return any(c.lower_ in _AHEAD and c.dep_ in ("amod", "det") for c in t.children)
    # (not a bare "Q3" or "2026": FF204 reads "in q3, specifically [...]" as a time frame with no measure)
    if not (lemma in _PERIODS or lemma in _BOUNDS or calendar_word(t)):
        return False
    ahead = any(c.lower_ in _AHEAD for c in t.children if c.dep_ in ("amod", "det", "compound", "advmod"))
    if lemma in _BOUNDS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return False  # "the end" of nothing named
    prep = t.head if t.dep_ == "pobj" else None
    if ahead and (prep is None or prep.lower_ not in ("since", "from", "after", "of")) and lemma not in _BOUNDS:
        return True  # "next quarter", "in the coming weeks"
    if prep is None:
        return False
    return prep.lower_ in _CLOSING or prep.lower_ in _DURING and (ahead or calendar_word(t))
