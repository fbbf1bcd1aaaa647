"""Where the checkable tail of a request goes around an alternative, a purpose, a comparison or a "by" phrase
(``sentence.CHECKABLE``):

- an alternative the writer set against the request ("| rather than waiting for leads to come in", "| instead
  of ...", "| as opposed to ...") is not what is asked: the tail closes the request before it, as before a
  "so that" or "because" clause ("... into chasing new leads by [date], specifically ..., rather than waiting
  for leads to come in"), never after the verb of the alternative ("waiting for leads to come in by [date]");
- the purpose of a change with no object ("needs to improve | to run the stand-ups", "must grow | to lead the
  desk") is what the change is for: the tail closes the change before it, as before "in order to";
- a comparison's clause ("communicate more | than she does now") completes the comparison: the tail does not
  split it ("more by [date], ..., than she does now"), nor follows its verb ("does now by [date]");
- a request whose words end in a "by" phrase ("get better by being coached | by the team", "be reviewed | by
  her lead") would read "by the team by [date]", the date a second agent or means, and one that ends in a
  comparison's clause would date that clause's verb: the date closes the tail instead (", specifically [what
  exactly], measured by [how you will check it], by [date]").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["alternative_start", "comparison", "date_last"]

#: words that open an alternative to the request ("rather | than", "instead | of", "as | opposed | to")
_PAIRS = {("rather", "than"), ("instead", "of")}
_TRIPLES = {("as", "opposed", "to")}
#: verbs of a change with no object, whose infinitive after them says what the change is for ("improve | to run ...")
_CHANGES = {"improve", "grow", "develop", "progress", "change", "mature"}
#: the date of the checkable tail, and what follows it
_BY = " by [date]"


def alternative_start(t: Token, pred: Token) -> bool:
    """Whether an alternative to the request opens at ``t``, after the predicate ``pred`` ("| rather than
    waiting ...", "| instead of asking ..."; not "would rather ... than", whose "rather" is not next to it), or
    the purpose of a change with no object ("needs to improve | to run the stand-ups")."""
    if _purpose(t, pred):
        return True
    if t.i <= pred.i + 1 or t.i >= t.sent.end - 1:
        return False
    doc = t.doc
    words = tuple(x.lower_ for x in doc[t.i:min(t.i + 3, t.sent.end)])
    if not (words[:2] in _PAIRS or words in _TRIPLES):
        return False
    n = 2 if words[:2] in _PAIRS else 3
    # what follows is a phrase of the alternative ("than | waiting", "of | the team"), not the sentence's end
    return any(not x.is_punct for x in doc[t.i + n:t.sent.end])


def _purpose(t: Token, pred: Token) -> bool:
    """The "to" of an infinitive that says what a change with no object is for ("improve | to run the stand-ups"),
    the change being the request's own verb or its infinitive ("needs to | improve")."""
    v, change = t.head, t.head.head
    return t.dep_ == "aux" and t.lower_ == "to" and t.i == v.left_edge.i and v.dep_ in ("xcomp", "advcl") \
        and change.lemma_.lower() in _CHANGES and change.i < t.i and (change.i == pred.i or change.head.i == pred.i) \
        and not any(c.dep_ in ("dobj", "prep", "prt") for c in change.children if c.i < t.i)


def comparison(c: Token) -> bool:
    """A clause that completes a comparison ("more | than she does now", "better | than he did last year", "as much
    effort | as we would like"), not an alternative ("rather than ...")."""
    edge = c.left_edge
    if c.dep_ == "advcl" and edge.lower_ == "as" and edge.dep_ == "mark" and any(
            t.lower_ == "as" and t.dep_ == "advmod" for t in c.doc[max(c.sent.start, edge.i - 6):edge.i]):
        return True  # (the "as" of "| as much effort" before it)
    return c.dep_ == "advcl" and edge.lower_ == "than" and edge.dep_ == "mark" and edge.i > c.sent.start \
        and c.doc[edge.i - 1].lower_ != "rather"


def _in_by_phrase(last: Token, start: int) -> bool:
    """Whether ``last`` ends a "by" phrase ("by the | team", "by being | coached") or a comparison's clause ("than
    she does | now") that starts at or after ``start``."""
    for x in (last, *last.ancestors):
        if x.i < start:
            return False
        if x.lower_ == "by" and x.dep_ in ("prep", "agent") and max(t.i for t in x.subtree) == last.i:
            return True
        if comparison(x) and max(t.i for t in x.subtree) == last.i:
            return True  # "more | than she does now"
    return False


def date_last(tokens, tail: str) -> str:  # noqa: ANN001
    """``tail`` with its date at its end when ``tokens`` (the words the tail follows) end in a "by" phrase or a
    comparison's clause ("... coached by the team, specifically [what exactly], measured by [...], by [date]");
    else ``tail``."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if not words or not tail.startswith(_BY + ","):
        return tail
    if not _in_by_phrase(words[-1], words[0].i):
        return tail
    return tail[len(_BY):] + "," + _BY
