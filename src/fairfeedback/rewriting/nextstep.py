"""The tail of a verdict on the person's future ("has no future as a supervisor"): the role it names stays,
and the writer is asked for the requirement not yet met ("; for a supervisory role, Pablo still needs to show
[the requirement].")."""

from __future__ import annotations

from ..context.analysis import Analysis
from .about import frame
from .doubted import doubted_step, named_role
from .flagged import runs
from .naming import witness
from .promoted import promotion
from .sentence import text_of
from .until import required_condition

__all__ = ["requirement", "with_requirement"]

#: pronouns for the person a next step would be for ("promotion | for him")
_PRONOUNS = {"him", "her", "them", "me", "us", "you", "himself", "herself", "themselves", "it", "everyone", "anyone"}


#: words that make a role the one the person holds now ("the job she has | now", "his | current | position")
_NOW = {"current", "present", "existing", "now", "currently", "presently"}
#: nouns for a next step in a career ("a supervisory role", "the partner level", "promotion")
_STEPS = {"role", "position", "level", "job", "grade", "band", "title", "promotion", "advancement", "post", "rank"}


#: titles that are a next step when the sentence puts the person in them ("as a lead", "into a manager role")
_TITLES = {"lead", "manager", "supervisor", "director", "partner", "principal", "leader", "executive"}


def _step(a: Analysis) -> str:
    """The next role or level the sentence names ("a supervisory role", "the charge-nurse role",
    "promotion to the partner level", "as a lead"), else a placeholder for it."""
    promoted = promotion(a.sent)  # "should not be promoted to lead" -> "a promotion to lead"
    if promoted:
        return promoted
    doubt = doubted_step(a.sent)  # "suited to the job she has now - not sure about | a team lead role" (``doubted``)
    if doubt is not None:
        return text_of(a.sent.doc[doubt[0]:doubt[1]])
    reworded = runs(a.sent.doc)  # a title inside words a prompt replaced ("is a great leader") is praise, not a step
    for t in (t for t in a.sent if t.i not in reworded and not any(x.lower_ in _NOW for x in t.subtree)):
        lemma = t.lemma_.lower()
        title = lemma in _TITLES and (t.dep_ == "attr" or t.dep_ == "pobj" and t.head.lower_ in ("as", "for", "into", "to")
                                      or t.dep_ == "dobj" and t.head.lemma_ in ("make", "become"))  # ("make a lead")
        if (lemma in _STEPS or title) and t.pos_ == "NOUN" and (lemma in ("promotion", "advancement") or any(
                c.dep_ in ("amod", "compound", "det", "poss") and c.lower_ not in ("his", "her", "their", "your", "current")
                for c in t.children)):
            # not the person it would be for ("promotion | for him | on this team")
            them = {x.i for p in t.children if p.dep_ == "prep" and any(o.lower_ in _PRONOUNS for o in p.children)
                    for x in p.subtree}
            words = [x for x in t.subtree if (not x.is_punct or x.text == "-") and x.i not in them
                     and not (title and x.dep_ == "amod" and x.head.i == t.i)]  # ("a | good | lead": the praise goes)
            if len(words) <= 6:  # (a bare title is a role: "for a lead role", not "for a lead")
                return text_of(words) + (" role" if title and lemma in _TITLES and words[-1].i == t.i else "")
    return named_role(a.sent, reworded) or "[the next role or level]"  # ("no future in | a team lead role": ``doubted``)


def requirement(a: Analysis, who: str) -> str:
    """The tail of a verdict on the person's future: the role it names stays, and the writer is asked
    for the requirement not yet met ("; for a supervisory role, Pablo still needs to show [...]")."""
    when_ = frame(a)  # "in the long run": the time frame of the verdict, which the prompt does not take
    lead = f"; {when_ + ', ' if when_ else ''}for {_step(a)}, "
    if who == "[name]" and witness(a):  # the writer's own verdict names nobody: no "they" from nowhere
        return lead + "[the requirement] still needs to be shown."
    doer = "they" if who == "[name]" else who
    needs = "need" if doer.lower() in ("they", "you") else "needs"
    cond = required_condition(a)  # "... until visible progress on the rota": the requirement the writer named
    if cond is not None and cond[1] and "[" not in cond[1]:
        return f"{lead}{doer} still {needs} to show {cond[1]}, measured by [how you will check it]."
    return f"{lead}{doer} still {needs} to show [the requirement]."


def with_requirement(a: Analysis, who: str, text: str) -> str:
    """``text`` (a prompt for an instance, ending with a full stop) with the requirement of the next step after it;
    the step the person does not hold yet is not where they acted: "[what Kofi did | as a lead]" asks only
    "[what Kofi did]" when the tail reads "for a lead role, Kofi still needs to show [...]"."""
    tail = requirement(a, who)
    step = _step(a).removesuffix(" role")
    for was in (f" as {step}]", f" as {step},"):
        if step and not step.startswith("[") and was in text and f"for {step}" in tail:
            text = text.replace(was, was[-1], 1)
    return text[:-1] + tail
