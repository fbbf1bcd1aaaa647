"""Praise asked for, not given: a prompt under a requirement asks for the future behavior.

"To be promoted he must prove he is a strong leader" names no past instance: the strength is what the
writer requires. A prompt that replaces "a strong leader" there asks what he is to show and by when
("he [what he needs to show, and by when]"), not what he did ("he [what he did, and why it stood
out]"). A requirement is a modal that obliges ("must", "should", "ought to"), or "needs to", "has to",
"will have to", "is expected to", "is required to", on the run's own verb or a verb it depends on (not
across a reason or a relative clause: "..., because | she is a strong leader" is what the writer saw).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["required", "required_prompt"]

#: modals that oblige
_OBLIGING = {"must", "should", "shall", "ought"}
#: verbs that oblige with an infinitive ("needs | to show", "has | to prove", "will have | to")
_NEEDING = {"need", "have"}
#: verbs that oblige in the passive with an infinitive ("is expected | to prove", "is required | to")
_EXPECTING = {"expect", "require"}
#: clauses of their own: a requirement above them does not reach into them
_OWN_CLAUSES = {"advcl", "relcl", "conj", "parataxis", "acl"}


def _obliges(v: Token) -> bool:
    """The verb is obliged ("must | prove"), or obliges with an infinitive ("needs | to show", "is expected | to")."""
    kids = list(v.children)
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGING for c in kids):
        return True
    infinitive = any(c.dep_ == "xcomp" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children) for c in kids)
    lemma = v.lemma_.lower()
    return infinitive and (lemma in _NEEDING or lemma in _EXPECTING and any(c.dep_ == "auxpass" for c in kids))


def required(top: Token) -> bool:
    """Whether the words headed by ``top`` sit under a requirement: their verb, or a verb it is the
    object or complement of, is obliged."""
    t = top
    while True:
        if t.pos_ in ("VERB", "AUX") and _obliges(t):
            return True
        if t.dep_ in _OWN_CLAUSES or t.head.i == t.i:
            return False
        t = t.head


def required_prompt(prompt: str, who: str) -> str:
    """The prompt for praise the writer requires: what the person needs to show, and by when ("[what he
    did as a leader, and why it stood out]" -> "[what he needs to show as a leader, and by when]")."""
    m = re.match(r"\[what (.+?) did\b([^,\]]*)", prompt)
    who = m[1] if m else who
    needs = "need" if who.lower() in ("they", "you", "i", "we") else "needs"
    return f"[what {who} {needs} to show{m[2] if m else ''}, and by when]"
