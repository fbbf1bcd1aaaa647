"""The name once: a rewrite that keeps the writer's clause with the person's name ("Mr. Okafor keeps his current
customers happy; ...") refers to the person after it by the pronoun the writer used for them, as
the writer would ("...; on [date], he [what he did to grow his accounts], which [impact]; for [the next role or
level], he still needs to show [the requirement]"), not by the name in every clause ("...; on [date], Mr. Okafor
[what Mr. Okafor did ...]; ..., Mr. Okafor still needs to show ..."). Only when the sentence's third-person
pronouns all agree on one person ("his accounts": he), and one of them is the person's own (a subject or a
possessive, not "praised | her"); a name the rewrite starts with as a prompt's ("Aniya [what Aniya did]")
stays, as does a name of somebody else.
"""

from __future__ import annotations

import re

from ..context.analysis import Analysis

__all__ = ["name_once"]

_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_PRONOUN = {"m": "he", "f": "she"}
#: titles before a name ("Mr. | Okafor")
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "mx"}
#: where a later mention is the subject of a clause or of a prompt: after a clause's punctuation ("; | Ana",
#: "on [date], | Ana") or inside a prompt ("[what | Ana | did")
_BEFORE = r"(?:(?<=[;,] )|(?<=\[what ))"


def _leading_name(a: Analysis, text: str) -> str:
    """The name the rewrite opens with, as the sentence gives it ("Mr. Okafor", "Ana Ruiz"), or ''."""
    words = text.split(" ")
    names = {t.text for t in a.sent if t.pos_ == "PROPN" or t.lower_.rstrip(".") in _TITLES}
    taken: list[str] = []
    for w in words[:4]:
        if w in names and (w[:1].isupper()):
            taken.append(w)
        else:
            break
    if not taken or all(w.lower().rstrip(".") in _TITLES for w in taken):
        return ""
    rest = text[len(" ".join(taken)):]
    return " ".join(taken) if rest.startswith(" ") and rest[1:2].islower() else ""  # (a verb next, no prompt)


def _pronoun(a: Analysis) -> str:
    """The pronoun all the sentence's third-person pronouns agree on, when one is the person's own, or ''."""
    found = [t for t in a.sent if t.lower_ in _GENDER or t.lower_ in ("they", "them", "their", "theirs", "themselves")]
    genders = {_GENDER.get(t.lower_, "n") for t in found}
    if len(genders) != 1 or "n" in genders:
        return ""
    if not any(t.dep_ in ("poss", "nsubj", "nsubjpass") for t in found):
        return ""
    return _PRONOUN[genders.pop()]


def name_once(a: Analysis, text: str) -> str:
    """``text`` with the later mentions of the name it opens with as the writer's pronoun (see above)."""
    name = _leading_name(a, text)
    if not name:
        return text
    pronoun = _pronoun(a)
    others = {t.text for t in a.sent if t.pos_ == "PROPN"} - set(name.split(" "))
    if not pronoun or others:  # (not "Tom helps Ana with | her | launches": the pronoun may be the other's)
        return text
    head, rest = text[:len(name)], text[len(name):]
    later = re.compile(_BEFORE + re.escape(name) + r"(?= )")
    return head + later.sub(pronoun, rest)
