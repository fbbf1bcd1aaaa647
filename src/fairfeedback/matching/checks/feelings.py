"""Feeling checks: a feeling named as a fact about the reviewee (stated-feeling).

"You're upset", "she was visibly annoyed", "he is getting frustrated", "you're in a bad mood"
say what the person feels, which the writer cannot observe.  The feeling words come from the
rule file (``params.words``); this module decides whose feeling it is, from the parse: the
subject of the linking verb ("be", "get", "seem", ...).  In feedback addressed to "you", a feeling
of "she" or "they" is the effect on someone else ("when you responded that way, she seemed
angry"), which is what good feedback reports, so only a sentence without "you" reads a third
person as the reviewee.  The writer's own feelings ("I am frustrated") are no claim about anyone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from ._common import register_check

_LINKING = {"be", "get", "seem", "look", "appear", "become", "sound", "feel", "grow"}
_SECOND = {"you", "your", "yours", "yourself", "u"}
_THIRD = {"he", "she", "they"}


@register_check("stated-feeling")
def stated_feeling(doc: Doc, params: dict[str, Any], words: Any) -> Iterable[tuple[int, int]]:
    """From the linking verb to the feeling word ("was visibly annoyed", "'re upset")."""
    feelings = frozenset(params.get("words", []))
    for sent in doc.sents:
        addressed = any(t.lower_ in _SECOND for t in sent)
        for t in sent:
            if t.lower_ not in feelings or t.dep_ not in ("acomp", "attr", "xcomp", "oprd", "ROOT", "conj"):
                continue
            verb = t.head if t.dep_ not in ("ROOT", "conj") else t
            while verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _LINKING:
                verb = verb.head  # "is getting frustrated"
            if verb.lemma_.lower() not in _LINKING and not any(  # "Marta was visibly annoyed" (the word is the root)
                    c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in _LINKING for c in verb.children):
                continue
            holder = verb
            while holder.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children):
                holder = holder.head  # "she shut down ... and seemed angry": the subject of the first verb
            subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ in _SECOND:
                ok = True  # "You're upset", "Seems frustrated with the team."
            elif subj.lower_ in _THIRD or subj.pos_ == "PROPN":
                ok = not addressed  # "When you responded, she seemed angry": the effect on someone else
            else:
                ok = False  # "I am frustrated", "the client was upset"
            if ok:
                links = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in _LINKING]
                yield min([verb.i, t.i, *links]), t.i + 1
                break
