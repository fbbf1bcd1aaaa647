"""A praise (or criticism) of the manner the person showed to somebody, in the prompt of a multi-finding
sentence: "kind | to the interns" asks what the person said or did, for whom the writer named, not what they
did "with" them ("[what Kalani said or did for the interns, and why it stood out]"); a criticism keeps the
writer's "to" ("[what Omar said or did to the drivers, ...]"), and both keep a "toward" ("generous | toward
his peers"). The prompt's parsers read its doer before " did" or " said or did" (``doer``)."""

from __future__ import annotations

from spacy.tokens import Token

from .governed import addressed, after_did

__all__ = ["doer", "phrase", "said", "said_or_did"]

_SAID = " said or did"


def phrase(prep: Token, text: str, people: frozenset[str], pol: str) -> str:
    """``text``, the rendered phrase of ``prep``, as it follows the prompt's verb: the writer's preposition of a
    manner shown to somebody (``governed.addressed``), a praise's "to" as "for"; else as ``governed.after_did``."""
    if not addressed(prep, people):
        return after_did(prep, text, people)
    if pol == "positive" and prep.lower_ == "to" and text.lower().startswith("to "):
        return "for " + text[3:]
    return text


def said(prompt: str, comps: list[Token], people: frozenset[str]) -> str:
    """The prompt asking what the person said or did when one of its phrases names whom the manner was shown to."""
    if not prompt.startswith("[what ") or " did" not in prompt or not any(addressed(k, people) for k in comps):
        return prompt
    return said_or_did(prompt)


def said_or_did(what: str) -> str:
    """``what`` ("what Sam did", "[what Sam did ...]") asking what was said or done, once."""
    return what if _SAID in what else what.replace(" did", _SAID, 1)


def doer(prompt: str) -> str:
    """Who a "[what ... did ...]" prompt asks about ("[what Kalani said or did for ...]" -> "Kalani")."""
    head = prompt[6:prompt.index(" did")] if prompt.startswith("[what ") and " did" in prompt else ""
    return head.removesuffix(" said or")
