"""A dig at the difficulty of what was not done ("failed to check the sheet for | even the simplest | orders",
"can't file | the most basic | expense claim") keeps the fact and drops the dig: the superlative becomes the
question of which ones ("On [date], he did not check the sheet for [which orders], and [its effect]; next
time, [what you need]."), and "failed to" says plainly what did not happen. Before, the dig stayed inside the
contempt frame's prompt ("[what happened for even the simplest orders]"). Only where the dig is the sentence's
one finding besides vague words; a verdict beside it keeps the general path."""

from __future__ import annotations

from ..context.analysis import Analysis
from .about import when
from .faint import ASIDES
from .flagged import render, sentence_spans
from .inflect import past
from .naming import SentenceRewrite, _cap

__all__ = ["plain_dig"]

#: the dig's rule (passive-aggressive digs)
_RULE = "FF420"
#: superlatives of ease that belittle ("the | simplest | orders"); "basic" after "most"/"very"
_EASIEST = {"simplest", "easiest", "smallest", "tiniest"}
_BASIC = {"basic", "simple", "easy", "elementary"}
#: negations of the action the dig is about ("| can't | file", "| did not | check")
_NOT = {"not", "n't", "never"}
#: verbs that say the work did not go well without a negation ("| struggled with | the most basic | forms")
_STRUGGLE = {"struggle"}
#: quantities of the dig's noun ("| some of | the most basic tasks")
_SOME = {"some", "many", "several", "one", "few", "most", "all", "any", "even"}


def _dig(sent):  # noqa: ANN001
    """The superlative of ease on a noun, or None."""
    for t in sent:
        easiest = t.lower_ in _EASIEST or t.lower_ in _BASIC and t.i > sent.start and t.nbor(-1).lower_ in ("most", "very")
        if easiest and t.dep_ == "amod" and t.head.pos_ == "NOUN" and t.head.i > t.i:
            return t
    return None


def plain_dig(a: Analysis) -> SentenceRewrite | None:
    """The rewrite of a sentence whose one criticism is a dig at how easy the undone work was, or None."""
    sent = a.sent
    spans = sentence_spans(a)
    sup = _dig(sent)
    judged = [sp for sp in spans if sp.label_[:3] == "FF1"]  # a verdict in a clause of its own ("rude to patients")
    if sup is None or not any(sp.label_ == _RULE and sp.start <= sup.i < sp.end for sp in spans) or len(judged) > 1 \
            or any(sp.label_ != _RULE and sp.label_[:3] not in ("FF1", "FF2", "FF3") for sp in spans):
        return None
    noun = sup.head
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    fail = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_ == "fail" else None
    struggled = verb.lemma_ in _STRUGGLE
    if fail is None and not struggled and not any(c.dep_ == "neg" or c.lower_ in _NOT for c in verb.children):
        return None  # (a dig on what was done, "at a loss with | the most basic | formulas": the general path)
    # the dig's words: "even", the article, "most", the superlative; the noun stays, asked which
    left = min([sup.i] + [c.i for c in noun.children if c.dep_ in ("det", "advmod", "predet") and c.i < sup.i]
               + [x.i for x in sup.children if x.dep_ == "advmod"])
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if of is not None and of.head.lower_ in _SOME and of.head.i < left:
        left = of.head.left_edge.i  # ("| some of the most basic | tasks": which ones, not "some of [which tasks]")
    if left > sent.start and sent.doc[left - 1].lower_ == "even":
        left -= 1
    gone = set(range(left, noun.i + 1))
    kept = " ".join(t.text for t in sent.doc[sup.i + 1:noun.i + 1])
    words = {left: f"[which {kept}]"}
    own = fail or verb
    if judged and (verdict := _verdict(a, judged[0], own)) is None:
        return None
    if judged:  # "has been rude to patients and ..." -> "[what Ms. Ortiz said or did to patients] and ..."
        (vs, ve, prompt), = [verdict]
        gone |= set(range(vs, ve))
        words[vs] = prompt
    if fail is not None:  # "(has) failed to check" -> "did not check"
        gone |= {fail.i} | {c.i for c in fail.children if c.dep_ in ("aux", "neg") and c.i < fail.i} \
            | {c.i for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"}
        words[fail.i] = "did not"
    elif struggled:  # "struggles with", "has struggled with" -> "On [date], ... struggled with"
        words[verb.i] = past(verb.lemma_)
        gone |= {c.i for c in verb.children if c.dep_ == "aux" and c.lemma_ == "have"}
    else:  # "can't file" -> "could not file", "doesn't know" -> "did not know"
        for c in verb.children:
            if c.dep_ == "aux" and c.lemma_ in ("can", "do") and c.i < verb.i:
                words[c.i] = "could" if c.lemma_ == "can" else "did"
            elif c.dep_ == "neg" and c.lower_ == "n't":
                words[c.i] = " not"
    toks = [t for t in sent if not (t.is_punct and t.i == sent.end - 1) and not t.is_space]
    while toks and (toks[0].lower_ in ASIDES or toks[0].is_punct):
        toks = toks[1:]  # ("Honestly, | he ...": the writer's aside goes with the dig)
    parts = []
    for t in toks:
        if t.i in words:
            parts.append(words[t.i] + (sent.doc[noun.i].whitespace_ if t.i == left else t.whitespace_))
        elif t.i not in gone:
            parts.append(render([t]) + t.whitespace_)
    clause = "".join(parts).strip().rstrip(",;:.!").replace("  not ", " not ")
    if toks and toks[0].pos_ not in ("PROPN",) and toks[0].text != "I" and when(a) is None:
        clause = clause[:1].lower() + clause[1:]
    on = "" if when(a) is not None else "On [date], "
    return SentenceRewrite("State what happened", _cap(f"{on}{clause}, and [its effect]; next time, [what you need]."))


def _verdict(a: Analysis, sp, own):  # noqa: ANN001
    """The predicate of the verdict ``sp`` in a clause coordinated with the dig's own (``own``) and its prompt, as
    (start, end, prompt); None when the verdict is elsewhere."""
    from .about import complement
    from .asked import asked
    from .naming import subject_phrase

    v = sp.root
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    if not (own.dep_ == "conj" and own.head.i == v.i or v.dep_ == "conj" and v.head.i == own.i):
        return None
    an = Analysis(sp, a.words, a.sent)
    who = subject_phrase(an)
    comp = complement(an)
    start = min([v.i] + [c.i for c in v.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < v.i])
    end = max([sp.end] + [c.right_edge.i + 1 for c in v.children if c.i > v.i and c.dep_ in ("acomp", "attr", "prep")])
    if who.startswith("[") or any(t.dep_ == "cc" for t in a.sent.doc[start:end]):
        return None
    return start, end, asked(an, f"what {who} did", comp)  # ("said or did" for a manner shown to somebody)
