"""Mend the untidy surface of real writing before it is parsed: negated auxiliaries
misspelled ("does't", "does'nt", "dosent") and punctuation garbled by a wrong
encoding ("doesnâ€™t", from a UTF-8 export read as Windows-1252).

A misspelled "not" is worse than a missed word: the parser reads "He does't care
about his work" as praise of his caring.  Each mend keeps the text's length, one
character for one, so offsets stay the writer's; garbled punctuation is several
characters for one and is decoded with an offset map (:func:`fairfeedback.markup.mask_mapped`).
"""

from __future__ import annotations

import re

__all__ = ["MOJIBAKE", "mend_negations", "unmojibake"]

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
