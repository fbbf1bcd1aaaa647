"""Praise as a possibility, not as something that happened: a lone vague evaluation under "may", "might",
"could" or "would", or after "has the potential to" or "is likely to", asks for the evidence behind the
forecast, not for an instance; so does praise of a deed under "will" ("will excel", "will be able to deliver
excellent results", ``willed``).

"With some help he may become an excellent analyst" says nothing that happened: an example of it ("(for example,
[what happened] on [date], which [impact])") would be an example of what has not happened. What makes the
forecast checkable is what the writer has seen that points to it: "(based on [what he has done so far that
shows it])". A forecast under "will" asks what the person still needs to show (``foretold``); one under an
obligation what they are to show (``requirement``). Not a comparison, which asks for a change ("could be | more
careful", a target), nor a past that did not happen ("could have been a great lead"), nor a thing's quality ("It
would be great if ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .foretold import made
from .willed import habit_after, willed

__all__ = ["evidence_prompt", "forecast_subject", "possible"]

#: modals of a possibility ("may | become", "could | be")
_MODALS = {"may", "might", "could", "would", "'d"}
#: verbs that say what the person may become ("may | become a great lead", "could | turn out to be ...")
_BECOMING = {"be", "become", "make", "prove", "turn", "grow", "develop", "go"}
#: words whose infinitive is the forecast ("has the potential | to be", "is likely | to become")
_LIKELY = {"potential", "likely", "poised", "destined", "capable"}
#: how the words of the evaluation hang on their verb ("a great | lead", "into a strong | manager")
_UNDER = ("attr", "acomp", "oprd", "dobj", "amod", "compound", "det", "prep", "pobj", "conj", "appos", "nmod", "advmod")
#: words of a comparison, which asks for a change ("could be | more careful")
_MORE = {"more", "less", "better", "further"}


def _infinitive(t: Token) -> bool:
    """``t`` governs an infinitive ("potential | to lead", "likely | to become")."""
    return any(c.dep_ in ("acl", "xcomp") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
               for c in t.children)


def _modal(v: Token) -> bool:
    """The verb is under a modal of possibility, not of a past that did not happen ("could | have been")."""
    kids = list(v.children)
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in kids) and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)


def _chain(top: Token) -> list[Token]:
    """The verb the words headed by ``top`` hang on, and the words it is the infinitive of ("may turn out | to
    be", "is likely | to become", "has the potential | to become")."""
    v = top
    while v.dep_ in _UNDER and v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
        v = v.head
    v = made(v)  # ("will make | an excellent team lead", misparsed: ``foretold``)
    chain = [v]
    while v.dep_ in ("xcomp", "acl") and v.head.i != v.i:
        v = v.head
        chain.append(v)
    return chain


def forecast_subject(a: Analysis, top: Token) -> Token | None:
    """The person whose forecast the words headed by ``top`` are ("| Dario will make an excellent shift lead"),
    the subject of their verb or of a verb they are the infinitive of; None when it is no person."""
    subj = next((c for x in _chain(top) for c in [*x.children, *x.head.children] if c.dep_ in ("nsubj", "nsubjpass")
                 and c.head.i in (x.i, x.head.i)), None)
    return subj if subj is not None and a.classify(subj) == "person" else None


def possible(a: Analysis) -> bool:
    """Whether the flagged words of ``a`` are what the person may become, not what they did."""
    span = a.span
    if a.negated or forecast_subject(a, span.root) is None and a.subject_kind != "person":
        return False
    if any((t.lower_ in _MORE or t.tag_ in ("JJR", "RBR")) and not (t.dep_ == "amod" and t.head.dep_ == "pobj")
           for t in span):  # (not a place it leads to: "help take the office | to a higher level")
        return False
    if any(t.lemma_.lower() in _LIKELY and _infinitive(t) for t in span):
        return True  # "She has the potential | to lead the team" (FF308's own words)
    chain = _chain(span.root)
    if willed(chain):
        return True  # "she will excel wherever she is placed", "will be able to deliver excellent results" (``willed``)
    if chain[0].pos_ in ("VERB", "AUX") and any(_conditioned(x) for x in chain) and any(
            _modal(x) or any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in x.children) for x in chain):
        return True  # "if she stays on, she | could help take the office further": what she may do, on a condition
    if chain[0].pos_ not in ("VERB", "AUX") or chain[0].lemma_.lower() not in _BECOMING:
        return False
    # under a modal, or the infinitive of a word that forecasts ("likely | to become", "potential | to be")
    return any(_modal(x) or x.lemma_.lower() in _LIKELY for x in chain) or any(
        x.head.lemma_.lower() in _LIKELY and x.dep_ in ("acomp", "dobj", "attr") for x in chain[1:])


#: the marks of a condition a forecast rests on ("| if she stays on", "| once he has the degree")
_CONDITIONS = {"if", "once", "provided", "providing"}


def _conditioned(v: Token) -> bool:
    """The verb has a condition of its own ("could help ... | if she stays on")."""
    return any(c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ in _CONDITIONS for x in c.children)
               for c in v.children)


def evidence_prompt(a: Analysis, who: str) -> str:
    """The aside that asks what the forecast rests on ("(based on [what he has done so far that shows it])")."""
    subj = forecast_subject(a, a.span.root) if who.startswith("the ") else None
    if subj is not None and subj.pos_ in ("PROPN", "PRON"):  # not "the team" of "Omar may make a great team lead"
        who = subj.text if subj.pos_ == "PROPN" else subj.lower_
    who = "they" if who.startswith("[") else who
    has = "have" if who.lower() in ("they", "you", "i", "we") else "has"
    return f" (based on [what {who} {has} done so far that shows it])"


def forecast_only(a: Analysis) -> str:
    """The sentence as written with the aside that asks what its forecast rests on, when every finding of it is a
    vague evaluation of what the person may become ("Sami has the potential | to become a | brilliant | engineer"):
    the words of a forecast say nothing that happened, and a prompt for what the person did would drop the
    forecast. '' otherwise (also when one finding judges the present: "Not only is she very capable, she ...")."""
    from .flagged import spans_of
    from .naming import judged_person

    sent = a.sent
    spans = spans_of(sent)
    forecasts = [sp for sp in spans if sp.label_[:3] == "FF3" and possible(Analysis(sp, a.words, sent))]
    if len(spans) < 2 or not forecasts or any(sp.label_[:3] != "FF3" or sp not in forecasts and not habit_after(
            sp, forecasts) for sp in spans):
        return ""  # (but a habit that follows the forecast: "will excel ... and | always | gives it her all")
    words = "".join(t.text_with_ws for t in sent).strip()
    end = "?" if words.endswith("?") else "."
    return words.rstrip(".!?;: ") + evidence_prompt(a, judged_person(a)) + end
