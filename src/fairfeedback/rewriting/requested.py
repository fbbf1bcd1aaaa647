"""A vague target coordinated with a judgment of the same person ("Dario is careless | and needs to improve
in order to keep his role", "... and must do better if he wants to stay"): the writer's request and the
stake they named stay, after the prompt for the judgment's evidence, as a target to fill in:
"On [date], Dario [what Dario did], which [impact]; he needs to change [what, measured how, by when] in
order to keep his role." The request keeps the writer's verb ("needs to", "must", "has to") and what it
was for or on what condition; the vague words become the prompt, as a target's do in a multi-finding
sentence (``prompts.reword``), so the rewrite keeps none of the words a finding flags."""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .flagged import sentence_spans
from .opposed import opposed_tail

__all__ = ["request_tail", "with_request"]

_TARGET = "[what, measured how, by when]"
_GENDER = {"he": "he", "him": "he", "his": "he", "himself": "he", "she": "she", "her": "she", "hers": "she",
           "herself": "she"}
#: modals a request keeps ("must | do better" -> "must change")
_MODALS = {"must", "should", "ought", "will", "'ll", "would", "could", "can", "has", "have", "had"}
#: words that open what a request is for or on what condition ("| in order to keep his role", "| if he wants ...")
_OPENERS = {"if", "unless", "so", "before", "by", "until", "or", "otherwise", "because", "since", "as", "to"}


def _targets(a: Analysis) -> list:
    return [sp for sp in sentence_spans(a) if sp.label_[:3] == "FF2" and sp.start >= a.span.end]


def _clause(a: Analysis, sp) -> Token | None:  # noqa: ANN001
    """The verb of the clause coordinated with the judged one that holds the target ``sp`` ("and | needs to
    improve"), with no subject of its own but a pronoun for the person; None if there is none."""
    top = a.predicate
    for c in top.subtree:
        if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or not c.left_edge.i <= sp.start <= c.right_edge.i \
                or c.i < a.span.end:
            continue
        k = c
        while k.dep_ == "conj" and k.i != top.i:
            k = k.head
        if k.i != top.i:
            continue  # (a clause of its own inside another: not the person's request)
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subj is None or subj.lower_ in ("he", "she", "they"):
            return c
    return None


def _subject(a: Analysis, c: Token, who: str) -> str:
    """How the request names the person: its own pronoun, or one the sentence's pronouns agree on ("his role":
    he), else the name the prompt used."""
    own = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None:
        return own.lower_
    genders = {_GENDER[t.lower_] for t in a.sent if t.lower_ in _GENDER}
    if who in ("he", "she", "they", "you", "I", "we") or who.startswith("["):
        return "they" if who.startswith("[") else who
    return genders.pop() if len(genders) == 1 else who


def _verb(c: Token, sp, subj: str) -> str:  # noqa: ANN001
    """The writer's verb of the request, with "change": "needs to change", "must change", "has to change"."""
    plural = subj in ("they", "you", "I", "we") or " and " in subj  # (also "Jo and I")
    aux = next((x for x in c.children if x.dep_ == "aux" and x.lower_ in _MODALS and x.i < c.i), None)
    if c.lemma_ == "need":
        return ("need" if plural else "needs") + " to change"
    if c.lemma_ == "have" and any(x.dep_ == "xcomp" and x.i >= sp.start for x in c.children) and c.tag_ != "VBD":
        return ("have" if plural else "has") + " to change"  # "has to | step up"
    if aux is not None and aux.lower_ not in ("has", "have", "had"):
        return f"{aux.lower_} change"  # "must | do better"
    return ("need" if plural else "needs") + " to change"


def _rest(a: Analysis, c: Token, sp) -> str:  # noqa: ANN001
    """What the request was for, or on what condition ("in order to keep his role", "if he wants to stay"),
    and what it was about ("improve | his planning" -> "in his planning")."""
    doc = a.sent.doc
    other = {i for o in sentence_spans(a) if o.start != sp.start for i in range(o.start, o.end)}
    toks = [t for t in c.subtree if t.i > c.i and not t.is_punct or t.is_punct and c.i < t.i < c.right_edge.i]
    start = next((t.i for t in toks if sp.start <= t.i and (t.lower_ == "in" and t.i + 1 < len(doc) and doc[t.i + 1].lower_
                                                            == "order" or t.dep_ == "mark" and t.lower_ in _OPENERS
                                                            or t.dep_ == "prep" and t.lower_ in _OPENERS and t.i >= sp.end)), None)
    start = sp.end if start is None else start
    about = [t for t in toks if sp.start <= t.i < start and t.dep_ == "dobj" and t.head.dep_ == "xcomp"]
    kept = [t for t in toks if t.i >= start and t.i not in other]
    if any(t.i in other for t in toks if t.i >= start) or kept and kept[0].dep_ in ("dobj", "cc", "conj"):
        return ""  # (another finding's words, or an object the prompt would strand)
    out = "".join(" in " + _words(list(o.subtree)) for o in about if not any(x.i in other for x in o.subtree))
    return out + (" " + _words(kept) if kept else "")


def _words(toks: list[Token]) -> str:
    """The writer's words (the target's own run is reworded as a whole, not these: ``flagged.render``)."""
    return "".join(t.text + (t.whitespace_ if k + 1 < len(toks) and toks[k + 1].i == t.i + 1 else " ")
                   for k, t in enumerate(toks)).strip()


def request_tail(a: Analysis, who: str) -> str:
    """"; he needs to change [what, measured how, by when] in order to keep his role" for a vague target
    coordinated with the judged clause, or ''."""
    for sp in _targets(a):
        c = _clause(a, sp)
        if c is None:
            continue
        subj = _subject(a, c, who)
        return f"; {subj} {_verb(c, sp, subj)} {_TARGET}{_rest(a, c, sp)}"
    return ""


def with_request(a: Analysis, text: str, who: str) -> str:
    """``text``, a rewrite that ends with "." (or ". What got in the way?"), with the request tail before its end."""
    tail = request_tail(a, who) or opposed_tail(a, who)  # ("must step up as opposed to coasting": ``opposed``)
    if not tail:
        return text
    # one slot for the instance and one for the target, no impact stacked between them
    text = text.replace(", which [impact]", "", 1).replace(", and [its effect]", "", 1)
    at = text.rfind(". What got in the way?")
    at = at if at >= 0 else len(text) - 1 if text.endswith(".") else -1
    return text if at < 0 else text[:at] + tail + text[at:]
