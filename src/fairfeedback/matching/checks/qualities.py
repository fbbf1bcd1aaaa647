"""Quality checks: a negative claim about a quality the person owns (quality-verdict).

Real reviews judge a person's effort, talent, ambition or attitude in more grammars than token
patterns list: "the audits ran late, and so did her effort", "what worries me is her attitude",
"she shows the team no ambition", "he isn't showing the qualities a lead needs".  The check finds
a noun of ``params.nouns`` that the person owns: a possessive of the person ("his effort"), or the
object or complement of a verb whose subject is the person ("she lacks ambition", "he shows little
drive"), and yields it when the claim about it is negative: the owning verb is negated or is
"lack"; a limiting word (``params.limiters``) or a negative cue qualifies the noun ("little drive")
or is said of it ("his effort is poor"); or the writer's concern is about it ("concerned about her
attitude").  Potential and prospects are ``limited-prospects``' concern (rule FF109).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Token

from ._common import _PERSONAL, register_check

#: the verbs through which a subject owns its object: "lacks drive", "shows little ambition"
_OWNING = {"lack", "show", "have", "display", "demonstrate", "exhibit", "put", "bring", "give", "possess", "need",
           "want", "reveal", "apply", "exert", "invest", "make"}
#: the writer's concern about a quality: "worried about his drive", "what concerns me is her attitude"
_WORRY = {"worry", "worried", "concern", "concerned", "trouble", "troubled", "disappoint", "disappointed", "bother",
          "bothered", "unimpressed", "unhappy", "dissatisfied", "frustrated", "question"}


def _person(t: Token, people: frozenset[str]) -> bool:
    return t.lower_ in _PERSONAL or (t.pos_ == "PROPN" and t.ent_type_ not in ("ORG", "GPE", "PRODUCT")) \
        or t.lemma_.lower() in people


def _owned(noun: Token, people: frozenset[str]) -> bool:
    """The person owns ``noun``: "his effort", "Sam's drive", "she lacks ambition"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return all(_person(c, people) for c in owners)
    if noun.dep_ in ("dobj", "attr", "pobj"):
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ not in ("of",):
            return False
        if verb.lemma_.lower() in _OWNING:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            while subj is None and verb.dep_ in ("conj", "xcomp") and verb.head != verb:
                verb = verb.head
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subj is not None and _person(subj, people)
    return False


def _negative(noun: Token, bad: frozenset[str]) -> bool:
    """The claim about ``noun`` is negative (see the module's docstring)."""
    def low(t: Token) -> bool:
        return t.lower_ in bad or t.lemma_.lower() in bad

    if any(c.dep_ in ("amod", "det") and low(c) for c in noun.children):
        return True  # "little drive", "no ambition", "limited talent"
    head = noun.head
    if noun.dep_ in ("dobj", "attr"):  # "lacks drive", "isn't putting any effort in", "is not showing the qualities"
        # (the negation may sit on a verb above it: "does not seem to have the ability")
        negated = any(c.dep_ == "neg" for c in head.children) or head.dep_ == "xcomp" and any(
            c.dep_ == "neg" for c in head.head.children)
        if (head.lemma_.lower() == "lack") != negated:  # (not "does not lack ambition")
            return True
    if noun.dep_ == "nsubj":  # "his effort is poor", "her talent seems limited", "his drive has been lacking"
        if low(head) or any(c.dep_ in ("acomp", "attr", "advmod", "oprd") and low(c) for c in head.children):
            return True
        # "the audits were late, and so too was her effort": the verdict of the clause it echoes
        echoed = head.head if head.dep_ == "conj" else None
        return echoed is not None and any(c.lower_ in ("so", "too", "likewise") for c in head.children) and (
            low(echoed) or any(c.dep_ in ("acomp", "attr", "oprd") and low(c) for c in echoed.children))
    if noun.dep_ == "attr":  # "what worries me is his attitude"
        return any(c.dep_ == "csubj" and c.lemma_.lower() in _WORRY for c in head.children)
    if noun.dep_ == "pobj" and head.lower_ in ("about", "with", "over", "by", "in"):
        return head.head.lemma_.lower() in _WORRY  # "concerned about her attitude", "disappointed in his effort"
    return False



@register_check("quality-verdict")
def quality_verdict(doc: Doc, params: dict[str, Any], words: Any) -> Iterable[tuple[int, int]]:
    """Each noun of ``params.nouns`` the person owns, when the claim about it is negative (not the
    quality of a thing: "his work quality", "the code quality")."""
    nouns = frozenset(params.get("nouns", []))
    bad = frozenset(params.get("limiters", [])) | frozenset(words.negative_cues)
    people = frozenset(words.person_nouns)
    for t in doc:
        if t.pos_ == "NOUN" and t.lemma_.lower() in nouns and t.dep_ not in ("compound", "amod") \
                and not any(c.dep_ == "compound" for c in t.children) \
                and _owned(t, people) and _negative(t, bad):
            yield t.i, t.i + 1
