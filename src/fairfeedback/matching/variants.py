"""The other ways of writing a rule file's words, added once when the rules are compiled, so no
rule file has to spell them out.

- Said to the person: rule files are written about the reviewee ("in over his head",
  ``{LOWER: {IN: [him, her]}}``); reviews written in HR tools and most HR guides address the
  person ("you are in over your head").  Phrase terms and the pronoun lists of token and
  dependency patterns also take "you" and "your".
- Contracted or not: "not up to par" also matches "wasn't up to par", and "doesn't care" also
  "does not care" and "doesnt care" (typed without the apostrophe, which spaCy reads as "does"
  and "nt").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["addressed", "addressed_pattern", "contracted", "term_variants"]

#: third-person pronouns and what they are when the writer addresses the person:
#: "her" is a possessive ("picking up her slack") or an object ("show her the door")
_AS_POSSESSIVE = {"his": "your", "her": "your", "their": "your", "him": "you", "them": "you",
                  "himself": "yourself", "herself": "yourself", "themselves": "yourself"}
_AS_OBJECT = dict(_AS_POSSESSIVE, her="you")
_WORD_KEYS = ("LOWER", "ORTH", "NORM")


def addressed(terms: Sequence[str]) -> list[str]:
    """``terms`` and, for each written of "him" or "her", the same words said to "you"."""
    out = list(terms)
    for term in terms:
        words = term.split(" ")
        if not any(w in _AS_POSSESSIVE for w in words):
            continue
        for table in (_AS_POSSESSIVE, _AS_OBJECT):
            out.append(" ".join(table.get(w, w) for w in words))
    return list(dict.fromkeys(out))


#: a "not" written out and contracted; "cannot" and "will not" contract irregularly
_IRREGULAR = {"cannot": "can't", "can not": "can't", "will not": "won't"}
_FULL = re.compile(r"\b(cannot|can not|will not|(?:is|was|are|were|do|does|did|has|have|had|could|would|should|need|must) not|not)\b")
_SHORT = re.compile(r"\b(can't|won't|(?:is|was|are|were|do|does|did|has|have|had|could|would|should|need|must)n't)(?=\s|$)")


def _contract(m: re.Match[str]) -> str:
    word = m.group(1)
    return _IRREGULAR.get(word) or ("n't" if word == "not" else word[:-4] + "n't")


def _expand(m: re.Match[str]) -> str:
    word = m.group(1)
    return {"can't": "cannot", "won't": "will not"}.get(word) or word[:-3] + " not"


def contracted(terms: Sequence[str]) -> list[str]:
    """``terms`` and each with its "not" contracted ("not up to par": "n't up to par", which also
    finds "wasn't up to par"), written out ("doesn't care": "does not care") or typed without its
    apostrophe ("doesnt care", "nt up to par": spaCy splits "wasnt" into "was" and "nt")."""
    out = list(terms)
    for term in terms:
        if "not" in term:
            out.append(_FULL.sub(_contract, term))
    for term in list(out):
        if "n't" in term:
            out.append(_SHORT.sub(_expand, term))
            out.append(term.replace("n't", "nt"))
    return list(dict.fromkeys(out))


def term_variants(terms: Sequence[str]) -> list[str]:
    """Every variant of ``terms`` a phrase pattern matches: :func:`contracted`, then :func:`addressed`."""
    return addressed(contracted(terms))


#: the verb forms said of "you" or "they" beside the ones said of "he" or "she"
_AGREEMENT = (("is", "are"), ("was", "were"), ("'s", "'re"), ("’s", "’re"), ("has", "have"), ("does", "do"))


def _widen(words: list[Any]) -> list[Any]:
    low = {w.lower() for w in words if isinstance(w, str)}
    extra = []
    if low & {"his", "their"} and "your" not in low:
        extra.append("your")
    if low & {"him", "them"} and "you" not in low:
        extra.append("you")
    if "her" in low and not low & {"his", "their", "him", "them", "you", "your"}:
        extra += ["you", "your"]  # "her" alone: either
    extra += [plural for singular, plural in _AGREEMENT if singular in low and plural not in low]
    if "n't" in low and "nt" not in low:
        extra.append("nt")  # "doesnt", "isnt": the "not" typed without its apostrophe
    return words + extra


def addressed_pattern(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A token or dependency pattern whose pronoun lists (``{LOWER: {IN: [him, her, them]}}``)
    also take "you" and "your", and whose verb lists (``{LOWER: {IN: [is, was]}}``) take the forms
    said of "you" and "they" ("are", "were"); everything else as written."""
    out = []
    for spec in pattern:
        attrs = spec.get("RIGHT_ATTRS", spec)
        new = dict(attrs)
        for key in _WORD_KEYS:
            value = attrs.get(key)
            if isinstance(value, dict) and isinstance(value.get("IN"), list):
                new[key] = dict(value, IN=_widen(list(value["IN"])))
        out.append(dict(spec, RIGHT_ATTRS=new) if "RIGHT_ATTRS" in spec else new)
    return out
