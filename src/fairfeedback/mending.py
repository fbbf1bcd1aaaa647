"""Mend the untidy surface of real writing before it is parsed: negated auxiliaries
misspelled ("does't", "does'nt", "dosent"), sentences typed in lower case ("chanel is
coachable. i think ...") and punctuation garbled by a wrong encoding ("doesnâ€™t", from a
UTF-8 export read as Windows-1252).

A sentence that opens in lower case hides its subject from the tagger: "chanel is
coachable" reads as a common noun being coachable, so nothing about a person is found.
In a text typed all in lower case, a sentence's opening word with an auxiliary after it
(its subject: "chanel is", "kyle has") and a lone "i" are raised to capitals for the parser;
an opening adjective is not ("immature, needs to grow up": a capital would make it a name).

A misspelled "not" is worse than a missed word: the parser reads "He does't care
about his work" as praise of his caring.  Each mend keeps the text's length, one
character for one, so offsets stay the writer's; garbled punctuation is several
characters for one and is decoded with an offset map (:func:`fairfeedback.markup.mask_mapped`).
"""

from __future__ import annotations

import re

__all__ = ["MOJIBAKE", "mend", "mend_case", "mend_negations", "unmojibake"]

#: auxiliaries that take a negating "n't"
_AUX = "(?:do|does|did|is|was|are|were|has|have|had|could|would|should|need|must|might)"
#: "does't" (the n left out) -> "doesnt"; "does'nt" (the apostrophe misplaced) -> "doesn't".
#: Both read as spaCy reads "doesnt" and "doesn't": the auxiliary and a "not".
_DROPPED_N = re.compile(rf"\b({_AUX})'t\b", re.I)
_MISPLACED = re.compile(rf"\b({_AUX})'nt\b", re.I)
#: common letter slips in "doesn't": "dosent", "dosen't", "doesent" (same length as the mend)
_SLIPS = {"dosent": "doesnt", "dosen't": "doesn't", "doesent": "doesn't"}
_SLIP = re.compile(r"\b(?:dosen'?t|doesent)\b", re.I)
#: what every mend needs somewhere in the text
_CUE = re.compile(r"'|ent\b", re.I)


def _case_like(word: str, fix: str) -> str:
    if word.isupper():
        return fix.upper()
    return fix[0].upper() + fix[1:] if word[:1].isupper() else fix


def mend_negations(text: str) -> str:
    """``text`` with misspelled negated auxiliaries spelled so the parser sees the "not";
    same length (``len(mend_negations(t)) == len(t)``)."""
    if not _CUE.search(text):
        return text  # (no lowered copy of the text: a 1 MB line is read once, not copied)
    out = _DROPPED_N.sub(lambda m: m.group(1) + ("N" if m.group(1).isupper() else "n") + m.group(0)[-1], text)
    out = _MISPLACED.sub(lambda m: m.group(1) + m.group(0)[-2] + "'" + m.group(0)[-1], out)
    return _SLIP.sub(lambda m: _case_like(m.group(0), _SLIPS[m.group(0).lower()]), out)


#: a lower-case word that opens a sentence as its subject (an auxiliary follows: "ines is ...",
#: not "immature, needs ...", where a capital would make the adjective a name): at the start of
#: the text, a paragraph or a list item, or after a full stop, "!" or "?" and a space (a wrapped
#: line goes on a sentence)
_OPENING = re.compile(r"""(?:\A[ \t]*|\n[ \t]*\n\s*|^[ \t]*(?:[-*\u2022]|\d+[.)])[ \t]+|[.!?]["')\]]?\s+)([a-z])(?=[a-z']*[ \t]+"""
                      r"""(?:is|was|are|were|has|have|had|does|did|do|can|could|will|would|should|must|may|might|needs|seems)\b)""", re.M)
#: the word before a full stop that ends no sentence: "e.g", "etc", "Mr", "Dr", "p"
_ABBREVIATION = re.compile(r"(?:\b\w|\.\w+|\b(?:etc|vs|cf|approx|incl|Mr|Mrs|Ms|Dr|St|Jr|no|Inc|Ltd|Co))$", re.I)
#: "i", "i'm", "i've", "i'd", "i'll" in prose
_LONE_I = re.compile(r"(?<![\w'.-])i(?=(?:'(?:m|ve|d|ll))?[ \t,;:!?)]+[A-Za-z])")


_CAPITAL = re.compile("[A-Z]")


def mend_case(text: str) -> str:
    """``text`` typed all in lower case with each sentence's opening subject and a lone "i" in
    capitals; same length.  A text with any capital letter is left as the writer cased it
    (a lower-case word there is more often a common word than a name)."""
    if _CAPITAL.search(text):
        return text

    def capital(m: re.Match[str]) -> str:
        head = m.group(0)
        if head[0] == "." and _ABBREVIATION.search(text, max(0, m.start() - 12), m.start()):
            return head
        return head[:-1] + m.group(1).upper()

    return _LONE_I.sub("I", _OPENING.sub(capital, text))


def mend(text: str) -> str:
    """Every same-length mend: :func:`mend_negations` and :func:`mend_case`."""
    return mend_case(mend_negations(text))


def _garbled(ch: str, rounds: int) -> str:
    """``ch`` as it reads after ``rounds`` wrong decodings of its UTF-8 bytes as Windows-1252
    (bytes Windows-1252 leaves undefined read as Latin-1, as most tools do)."""
    for _ in range(rounds):
        ch = "".join(bytes([b]).decode("cp1252", errors="strict") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                     else chr(b) for b in ch.encode("utf-8"))
    return ch


#: punctuation a wrong encoding garbles, garbled once or twice, and what it stands for
_PUNCTUATION = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                "\u2026": "\u2026", "\u00a0": " "}
_TABLE = {_garbled(ch, n): plain for ch, plain in _PUNCTUATION.items() for n in (1, 2)}
MOJIBAKE = re.compile("|".join(re.escape(k) for k in sorted(_TABLE, key=len, reverse=True)))


def unmojibake(match: str) -> str:
    """The character a garbled sequence (a :data:`MOJIBAKE` match) stands for."""
    return _TABLE[match]
