"""The same thing again ("makes the same slips | over and over again", "tells the same story every week"): the
claim is in the repetition words, not in what is repeated. The count takes their place and the thing stays: "They
made the same slips [N] times in [period], despite ...", never "They made the and over again" with the noun
the finding's words took along gone."""

from __future__ import annotations

from ..context.analysis import Analysis

__all__ = ["repetition"]

#: words that open a repetition after "the same <noun>" ("| over and over", "| again", "| every week")
_OPENERS = {"over", "again", "every", "each", "all", "time"}
#: words that continue it ("over | and over again", "time | after time", "every | single week")
_GOING = {"over", "and", "again", "after", "time", "single", "the", "every", "each", "all", "week", "day", "month",
          "shift", "year", "quarter", "sprint"}


def repetition(a: Analysis) -> set[int] | None:
    """The indices of the repetition words after "the same <noun>" of an absolute's span, or None."""
    span = a.span
    if span[0].lower_ != "same" or len(span) < 3:
        return None
    noun = span[0].head
    opener = next((t for t in span if t.i > noun.i and t.lower_ in _OPENERS), None)
    if opener is None or noun.pos_ != "NOUN":
        return None
    out, i = set(), opener.i
    sent = a.sent
    while i < sent.end and (sent.doc[i].lower_ in _GOING or sent.doc[i].head.i in out):
        out.add(i)
        i += 1
    while out and sent.doc[max(out)].lower_ in ("and", "the"):
        out.discard(max(out))
    return out or None
