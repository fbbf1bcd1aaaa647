"""Praise asked for, not given: a prompt under a requirement asks for the future behavior.

"To be promoted he must prove he is a strong leader" names no past instance: the strength is what the
writer requires. A prompt that replaces "a strong leader" there asks what he is to show and by when
("he [what he needs to show, and by when]"), not what he did ("he [what he did, and why it stood
out]"). A requirement is a modal that obliges ("must", "should", "ought to"), or "needs to", "has to",
"will have to", "is expected to", "is required to", on the run's own verb or a verb it depends on (not
across a reason or a relative clause: "..., because | she is a strong leader" is what the writer saw); a bare verb
coordinated with an obliged one shares its modal ("must step up and | prove ..."), and "Our expectation is that ..."
requires too. A vague target that is what an obliged "prove", "show" or "demonstrate" asks for gets the same prompt
("must step up and prove he | [what he needs to show, and by when]", ``shown``), and so does a lone vague evaluation
of such a clause, instead of an instance of what the person did (``asked_to_show``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..context.analysis import Analysis

__all__ = ["asked_to_show", "required", "required_prompt", "shown"]

#: modals that oblige
_OBLIGING = {"must", "should", "shall", "ought"}
#: verbs that oblige with an infinitive ("needs | to show", "has | to prove", "will have | to")
_NEEDING = {"need", "have"}
#: verbs that oblige in the passive with an infinitive ("is expected | to prove", "is required | to")
_EXPECTING = {"expect", "require"}
#: clauses of their own: a requirement above them does not reach into them
_OWN_CLAUSES = {"advcl", "relcl", "conj", "parataxis", "acl"}
#: nouns that make "is that ..." a requirement ("Our expectation is | that she ...")
_EXPECTATIONS = {"expectation", "requirement"}
#: verbs whose complement is what the person is to show ("must prove | he is a leader")
_SHOWING = {"prove", "show", "demonstrate"}


def _obliges(v: Token) -> bool:
    """The verb is obliged ("must | prove"), or obliges with an infinitive ("needs | to show", "is expected | to")."""
    kids = list(v.children)
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGING for c in kids):
        return True
    infinitive = any(c.dep_ == "xcomp" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children) for c in kids)
    lemma = v.lemma_.lower()
    if lemma == "be" and v.tag_ in ("VBZ", "VBP") and any(c.dep_ == "nsubj" and c.lemma_.lower() in _EXPECTATIONS
                                                          for c in kids):
        return True  # "Our expectation | is | that she ...": what is expected, not what was seen
    return infinitive and (lemma in _NEEDING or lemma in _EXPECTING and any(c.dep_ == "auxpass" for c in kids))


def _shares_modal(t: Token) -> bool:
    """A bare verb coordinated with an obliged one, which the modal reaches too ("must step up and | prove")."""
    return t.dep_ == "conj" and t.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children)


def required(top: Token) -> bool:
    """Whether the words headed by ``top`` sit under a requirement: their verb, or a verb it is the
    object or complement of, is obliged."""
    t = top
    while True:
        if t.pos_ in ("VERB", "AUX") and _obliges(t):
            return True
        if t.dep_ in _OWN_CLAUSES and not _shares_modal(t) or t.head.i == t.i:
            return False
        t = t.head


def shown(top: Token) -> int | None:
    """Where the clause of the words headed by ``top`` starts after its subject, when the clause is what a
    requirement asks the person to show ("must step up and prove he | is a leader"), else None."""
    v = top
    while v.dep_ in ("attr", "acomp", "oprd", "dobj", "amod", "compound", "det", "prep", "pobj") and v.head.i != v.i:
        v = v.head
    if v.dep_ not in ("ccomp", "xcomp") or v.head.lemma_.lower() not in _SHOWING or not required(v.head):
        return None
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    after = [c.i for c in v.children if c.dep_ in ("aux", "auxpass", "neg") and all(c.i > x.i for x in subj)]
    return min([v.i, *after])


def required_prompt(prompt: str, who: str) -> str:
    """The prompt for praise the writer requires: what the person needs to show, and by when ("[what he
    did as a leader, and why it stood out]" -> "[what he needs to show as a leader, and by when]")."""
    m = re.match(r"\[what (.+?) did\b([^,\]]*)", prompt)
    who = m[1] if m else who
    needs = "need" if who.lower() in ("they", "you", "i", "we") else "needs"
    return f"[what {who} {needs} to show{m[2] if m else ''}, and by when]"


def asked_to_show(a: Analysis) -> str:
    """The prompt for a vague evaluation that is what a requirement asks the person to show ("To be promoted he
    must prove he is a great leader", "Our expectation is that she looks for ways to help") -- "[what he needs to
    show, and by when]", not an instance of what he did -- or ''. A finding over the whole sentence is asked for
    when the required clause runs to its end and no other clause of the sentence has a subject of its own."""
    from .prompts import _who  # (the prompts import this module through ``flagged``)

    sent = a.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return ""
    if a.span.start <= words[0].i and words[-1].i < a.span.end:
        clause = next((c for c in words if _asked(c) and c.right_edge.i >= words[-1].i and not any(
            t.pos_ in ("VERB", "AUX") and not c.head.is_ancestor(t) and t.i != c.head.i
            and any(x.dep_ in ("nsubj", "nsubjpass") for x in t.children) for t in words)), None)
    else:
        v = a.span.root
        while v.dep_ in ("attr", "acomp", "oprd", "dobj", "amod", "compound", "det", "prep", "pobj", "advmod") \
                and v.head.i != v.i:
            v = v.head
        clause = v if _asked(v) else None
    if clause is None:
        return ""
    return required_prompt("", _who(a, clause.left_edge.i, clause.right_edge.i + 1))


def _asked(c: Token) -> bool:
    """The clause is what a requirement asks for: the complement of an obliged "prove"/"show"/"demonstrate",
    or what "Our expectation is" names."""
    if c.dep_ not in ("ccomp", "xcomp"):
        return False
    head = c.head
    return head.lemma_.lower() in _SHOWING and required(head) or head.lemma_ == "be" and _obliges(head)
