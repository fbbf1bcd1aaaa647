"""What a prompt for a multi-finding sentence leaves as the writer wrote it:

- the unflagged conjuncts after a praise run keep their verb ("Tomasz [what Tomasz did, ...] | but is
  curious"), and an always/never flagged on one of them is counted there ("but consistently late" ->
  "but was late [N] times in [period]"): the absolute's finding offers this rewrite too, so it must count;
- a target's reasons, conditions and time frame ("should make steady progress on his invoicing |
  over the coming year | given his talent and focus") stay after the prompt, not inside its brackets.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .flagged import ABSOLUTES, render, sentence_spans
from .governed import time_frame
from .inflect import be_past, past

__all__ = ["asides_start", "conjuncts_kept", "own"]

_COUNT = " [N] times in [period]"
#: participles and prepositions that give a reason or a condition ("| given her drive", "| despite ...")
_REASONS = {"given", "considering", "despite", "because", "due", "thanks", "owing"}
#: nouns of a period ("over the next | year", "next | quarter", "by the end of the | month")
_PERIODS = {"year", "quarter", "month", "week", "day", "period", "cycle", "sprint", "half", "term", "season",
            "time", "review", "end"}


def conjuncts_kept(a: Analysis, rest: list[Token], aux: list[Token], head: Token, who: str) -> str:
    """" but is curious", " and was late [N] times in [period]": the unflagged conjuncts with their verb."""
    verb = " ".join([t.text for t in aux if t.dep_ != "neg"] + [head.lemma_ if aux else head.text])
    verb = "is" if verb in ("'s", "’s") else verb
    counted = {i for sp in sentence_spans(a) if all(t.lower_ in ABSOLUTES for t in sp) for i in range(sp.start, sp.end)}
    count = any(t.i in counted for c in rest for t in c.subtree)
    parts = [render([t for t in own(c) if t.i not in counted]) for c in rest]
    if count and rest[0].pos_ == "VERB" and rest[0].tag_ in ("VBZ", "VBP") and parts[0].startswith(rest[0].text):
        parts[0] = past(rest[0].lemma_) + parts[0][len(rest[0].text):]  # "consistently misses" -> "missed ... [N] times"
    elif count and not aux and head.lemma_ == "be":
        verb = be_past(who)  # "is | consistently late" -> "was late [N] times"
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    cc = next((t.lower_ for c in rest for t in c.head.children if t.dep_ == "cc" and t.i < c.i), "and")
    cc = cc if cc in ("but", "yet") else "and"
    text = f" {cc} {joined}" if rest[0].pos_ == "VERB" else f" {cc} {verb} {joined}"
    return text + (_COUNT if count else "")


def own(c: Token) -> list[Token]:
    """A conjunct without the conjuncts, relative clauses and separators hung on it."""
    skip = {t.i for k in c.children if k.dep_ in ("conj", "cc", "punct") or k.dep_ == "relcl" and any(
        x.dep_ in ("nsubj", "nsubjpass") for x in k.children) for t in k.subtree}
    return [t for t in c.subtree if t.i not in skip]


def _aside(c: Token) -> bool:
    """A phrase of the verb that gives a reason, a condition or a time frame, not what to change."""
    if c.lower_ in _REASONS and c.dep_ in ("prep", "advcl", "advmod"):
        return True
    obj = next((o for o in c.children if o.dep_ == "pobj"), None) if c.dep_ == "prep" else c
    return time_frame(c) or obj is not None and c.dep_ in ("prep", "npadvmod") and obj.lemma_.lower() in _PERIODS


def asides_start(verb: Token, end: int) -> int:
    """Where the verb's closing asides (reasons, conditions, time frames) begin, before ``end``; else ``end``."""
    kids = [c for c in verb.children if c.i > verb.i and c.left_edge.i < end and not c.is_punct]
    start = end
    for c in reversed(kids):
        if not _aside(c):
            break
        start = c.left_edge.i
    return start
