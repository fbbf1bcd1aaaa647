"""Idioms are no objects: "step up to the plate", "pull his weight", "go the extra mile", "drop the ball" say how
much the person did, not what they did it to. A prompt that kept a phrase of one as the place or the object of what
the person did read the idiom literally ("[what Ben did to the plate]"); the phrase goes instead ("[what Ben did]")."""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["in_idiom", "idiom_spans", "without_idiom"]

_POSS = r"(?:his|her|their|your|my|our|its|one's)"
#: idioms of effort, readiness and care whose nouns are no objects of what the person did
_IDIOMS = re.compile(r"\b(?:" + "|".join([
    r"step(?:s|ped|ping)? up to the plate",
    r"pull(?:s|ed|ing)? " + _POSS + r" (?:own )?weight",
    r"(?:go|goes|going|gone|went) (?:the|an|that) extra miles?",
    r"(?:the|an) extra miles?",
    r"drop(?:s|ped|ping)? the ball",
    r"(?:on|off) the ball",
    r"(?:up )?to (?:the )?(?:mark|par|scratch|snuff)",
    r"(?:off|below|under) (?:the )?(?:mark|par)",
    r"rais(?:e|es|ed|ing) the bar",
    r"hit(?:s|ting)? the ground running",
    r"pull(?:s|ed|ing)? " + _POSS + r" socks up",
    r"(?:head|mind) in the game",
    r"on the same page",
    r"in the loop",
    r"(?:learn|learns|learned|learning|know|knows|knew|show|shows|showed|showing) the ropes",
    r"outside the box",
    r"through the cracks",
    r"by the book",
    r"rock(?:s|ed|ing)? the boat",
    r"(?:bite|bites|bit|biting) off more than",
    r"(?:at|behind) the wheel",
    r"the whole nine yards",
    r"on (?:the|a) back burner",
    r"(?:the|a) long haul",
    r"(?:in|into|out of) " + _POSS + r" comfort zone",
    r"(?:to|to the) table",
]) + r")\b", re.IGNORECASE)


def idiom_spans(text: str) -> list[tuple[int, int]]:
    """Where idioms of effort sit in ``text`` (character offsets)."""
    return [m.span() for m in _IDIOMS.finditer(text)]


def in_idiom(t: Token) -> str | None:
    """None when the phrase ``t`` heads (a preposition and its object) opens outside every idiom of its sentence;
    else what it says after the idiom ("step up | to the plate" -> '', "never | on the ball with her invoices" ->
    "with her invoices")."""
    sent = t.sent
    first = t.left_edge
    if first.lower_ == "to" and first.i + 1 < sent.end and first.dep_ == "aux":
        first = t.doc[first.i + 1]  # ("reluctant | to | go that extra mile")
    a = first.idx - sent.start_char
    b = t.right_edge.idx + len(t.right_edge.text) - sent.start_char
    end = next((y for x, y in idiom_spans(sent.text) if x <= a < y), None)
    if end is None:
        return None
    return without_idiom(sent.text[a:b]) if end < b else ""


def without_idiom(text: str) -> str:
    """``text`` without the idioms in it and the preposition an idiom opened ("on the ball with her invoices" ->
    "with her invoices", "to go that extra mile with her clients" -> "with her clients"); '' when nothing else is left."""
    out = _IDIOMS.sub(" ", text)
    out = re.sub(r"^\s*(?:to\s+)?(?=\s*(?:with|for|on|in|at|about|during|toward|towards)\b)", "", out)
    out = re.sub(r"\s+", " ", out).strip(" ,")
    if out == text.strip():
        return text
    words = out.split()
    return out if len(words) >= 2 and words[0].lower() in _OPENERS else ""


#: prepositions a phrase left after an idiom can open with ("| with her invoices", "| for the team")
_OPENERS = {"with", "for", "on", "in", "at", "about", "during", "toward", "towards", "to", "from", "of"}
