"""The activity a vague verb of the person's was about, and that behavior as the instance of a verdict.

"..., because she | struggles | to juggle several orders at once": the flagged verb rates how she did, but
what it governs is the behavior the writer saw. A prompt in the verb's place that drops it ("she [did what,
and what you expected instead]") loses the one observation the writer gave; the prompt keeps it as what
the instance was about ("she [what she did to juggle several orders at once, and what you expected
instead]", ``governed_activity``).

A verdict whose only other words are that reason ("I doubt he has what it takes to run the depot, because
...") then needs no second prompt for "what he did": the reason's prompt is the instance, dated and with its
impact ("On [date], she [what she did to juggle several orders at once, ...], which [impact].",
``as_instance``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..context.analysis import Analysis
from .flagged import render, sentence_spans

__all__ = ["as_instance", "governed_activity"]

#: verbs whose complement is a judgment, not an activity ("is", "seems")
_COPULAS = {"be", "seem", "become", "remain", "appear", "look", "prove", "stay", "sound"}
#: words that set one clause against another
_CONTRAST = {"but", "yet", "although", "though", "whereas", "while"}
#: rule families that only flag criticism (character, shaming, coded, intent)
_CRITICAL = {"FF1", "FF4", "FF6", "FF7"}
#: subjects that are a person
_PEOPLE = {"he", "she", "they", "you", "i", "we"}


def governed_activity(a: Analysis, top: Token, s: int, e: int, pol: str) -> tuple[int, int, str] | None:
    """The region and prompt of a flagged verb of the person's ("| struggles |") with the activity its
    infinitive names kept in the prompt, or None."""
    doc = a.sent.doc
    if top.pos_ != "VERB" or top.lemma_ in _COPULAS or pol == "target" or not (s <= top.i < e):
        return None
    subj = next((c for c in top.children if c.dep_ == "nsubj" and c.i < s), None)
    if subj is None or not (subj.lower_ in _PEOPLE or subj.pos_ == "PROPN" or subj.lemma_.lower() in a.words.person_nouns):
        return None
    inf = next((c for c in top.children if c.dep_ == "xcomp" and c.i >= e and c.pos_ == "VERB"
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)), None)
    if inf is None or any(c.dep_ in ("dobj", "ccomp", "dative") for c in top.children):
        return None
    # the infinitive's own words, not a clause or verb coordinated with it ("to juggle orders | and is ...")
    end = max([inf.i] + [t.i for c in inf.children if c.i > inf.i and c.dep_ not in ("conj", "cc", "punct", "advcl")
                         for t in c.subtree]) + 1
    if any(inf.left_edge.i <= sp.start < end for sp in sentence_spans(a)):
        return None  # the activity is flagged itself: its own prompt
    start = min([s] + [c.i for c in top.children if c.dep_ in ("aux", "neg", "advmod") and subj.i < c.i < s])
    who = subj.text if subj.pos_ == "PROPN" else subj.lower_ if subj.lower_ in _PEOPLE and subj.text != "I" else subj.text
    if subj.pos_ not in ("PROPN", "PRON"):
        return None  # ("the new hire | struggles to ...": the prompt would repeat the noun phrase)
    ask = "why it stood out" if pol == "positive" else "what you expected instead"
    return start, end, f"[what {who} did {render(list(doc[inf.left_edge.i:end]))}, and {ask}]"


def as_instance(a: Analysis, facts: str, who: str, on: str, end: str) -> str:
    """The rewrite of a verdict whose kept facts hold one prompt for what the same person did ("she [what she
    did to juggle ..., ...]"): that prompt, dated and with the impact, as the one instance, the writer's other
    clauses kept around it ("...; that is a key skill for the role"); '' otherwise. Not where the sentence
    sets its clauses against each other ("does his job well enough | but | lacks the drive"): the kept clause
    is the other side, not the instance."""
    words = [t for t in a.sent if not (t.is_punct or t.is_space)]
    if not facts or not who or who.startswith("[") or not words or any(
            t.lower_ in _CONTRAST and t.dep_ in ("cc", "mark") and t.i > words[0].i for t in a.sent):
        return ""
    parts = facts.split("; ")
    found = [k for k, x in enumerate(parts) if _about(x, who)]
    if len(found) != 1 or len(parts) > 1 and not end.endswith("."):
        return ""
    k = found[0]
    prompt = parts[k].split(" ", 1)[1]
    if a.span.label_[:3] in _CRITICAL:  # a reason given for a verdict is said in the verdict's stance
        prompt = prompt.replace(", and why it stood out]", ", and what you expected instead]")
    lead = on[:1].upper() + on[1:] if k == 0 else on
    after = "; ".join(parts[k + 1:])
    text = f"{lead}, {who} {prompt}" + (f"{end[:-1]}; {after}." if after else end)
    return "; ".join([*parts[:k], text])


def _about(clause: str, who: str) -> bool:
    """The clause is only a prompt for what ``who`` did ("She [what she did to ..., ...]")."""
    m = re.fullmatch(r"(\w+) \[what (\w+) did [^\[\]]*\]", clause)
    return m is not None and m.group(1).lower() == who.lower() == m.group(2).lower()
