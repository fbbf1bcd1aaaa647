"""An absolute over part of a set the writer named ("doesn't get any of his tickets closed", "has not
finished any of her reviews", "None of his tickets get closed") is counted against that set: "closed [N] of
his [M] tickets between [date] and [date]". The set, its owner and what was (not) done to it stay; the count
of what was done says the writer's point without the "any", and the rest of the sentence stays as written.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .inflect import past
from .sentence import clause_end

__all__ = ["DEGREE", "partitive"]

#: verbs that take a set and what was done to it ("get | any of his tickets | closed")
_CAUSATIVE = {"get", "have"}
#: a present auxiliary of the counted set, in the past ("[N] of his [M] tickets | got closed")
_PAST_AUX = {"get": "got", "gets": "got", "are": "were", "is": "was", "'re": "were"}
#: nouns of a whole, not of a set ("any of her work"): asked as "[how much] of her work"
_MASS = {"work", "homework", "paperwork", "code", "documentation", "research", "stuff", "coursework", "reading",
         "writing", "admin", "filing", "backlog", "workload", "housework", "testing", "training"}
#: the verb of a causative whose participle says only that something was done ("get | any of it | done")
_DONE = {"do": "finished"}
#: the count over a period after the clause
PERIOD = " between [date] and [date]"


def _of(t: Token) -> Token | None:
    return next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)


def _of_object(t: Token) -> Token | None:
    """The noun of "any | of his tickets", or None."""
    of = _of(t)
    obj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None) if of else None
    return obj


def _counted(obj: Token, words: dict[int, str]) -> str:
    """ "[N] of his [M] tickets": the set with its owner or article, and "[M]" before the rest of it."""
    first = obj.left_edge.i
    lead = [c for c in obj.children if c.dep_ in ("poss", "det") and c.i < obj.i]
    at = lead[-1].right_edge.i + 1 if lead else first
    doc = obj.doc
    head = "".join(doc[i].text_with_ws for i in range(first, at))
    rest = "".join(doc[i].text_with_ws for i in range(at, obj.right_edge.i + 1)).strip()
    words.update({i: "" for i in range(first, obj.right_edge.i + 1)})
    if obj.tag_ == "NN" and not any(c.dep_ == "compound" for c in obj.children) and obj.lemma_.lower() in _MASS:
        return f"[how much] of {head}{rest}"  # a mass noun is measured, not counted ("[how much] of his work")
    return f"[N] of {head}[M] {rest}"


def partitive(a: Analysis, *, anywhere: bool = False) -> dict[int, str] | None:
    """The sentence's words that change, and what they become, for an absolute over part of a named set; or
    None for any other absolute. With ``anywhere``, also inside another finding's prompt's region (a rewrite
    that renders its clause without that prompt: ``resulted``)."""
    span, doc = a.span, a.sent.doc
    quant = next((t for t in span if t.lower_ in ("any", "none") and _of_object(t) is not None), None)
    if quant is None:  # "never | gets any of her reviews done": the "any" of the verb the absolute is on
        root = span.root
        verb = root if root.pos_ in ("VERB", "AUX") else root.head
        quant = next((t for t in a.sent if t.lower_ == "any" and verb in (t.head, t.head.head)
                      and _of_object(t) is not None), None)
    if quant is None:
        return None
    obj = _of_object(quant)
    words: dict[int, str] = {}
    head = quant.head
    if quant.lower_ == "none":  # "None of his tickets | get closed" -> "[N] of his [M] tickets got closed"
        if quant.dep_ not in ("nsubj", "nsubjpass") or head.pos_ not in ("VERB", "AUX"):
            return None
        verb, done = head, None
    elif quant.dep_ in ("nsubj", "nsubjpass") and head.tag_ in ("VBN", "VBD") and head.head.lemma_ in _CAUSATIVE:
        verb, done = head.head, head  # "does n't get | any of his tickets | closed" -> "closed [N] of ..."
    elif quant.dep_ == "dobj" and head.pos_ == "VERB":
        verb, done = head, head  # "has not finished | any of her reviews" -> "finished [N] of her [M] reviews"
    else:
        return None
    negs = [c for c in verb.children if c.dep_ == "neg" or c.lower_ == "never" and c.dep_ in ("advmod", "neg")]
    if quant.lower_ == "any" and not negs:
        return None  # ("if any of his tickets ...": no absolute)
    from .flagged import runs

    if not anywhere and any(x.i in runs(doc) for x in (quant, verb, done or verb, obj)):
        return None  # (inside the region of another finding's prompt: that prompt is the fix)
    count = _counted(obj, words)
    words.update({c.i: "" for c in negs})
    words[quant.i] = ""
    words[_of(quant).i] = ""
    if quant.lower_ == "none":
        words[quant.i] = count
        for c in verb.children:  # "None of her reports | are finished" -> "[N] of her [M] reports were finished"
            if c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ"):
                words[c.i] = "" if c.lemma_ == "do" else _PAST_AUX.get(c.lower_, c.text)
        if verb.tag_ in ("VBP", "VBZ"):
            words[verb.i] = past(verb.lemma_)
    else:
        words.update({c.i: "" for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i})
        words[verb.i] = ""
        if done.i != verb.i:
            words[done.i] = ""
        did = past(done.lemma_) if done.tag_ != 'VBN' or done.i == verb.i else done.text
        words[quant.i] = f"{_DONE.get(done.lemma_, did) if done.i != verb.i else did} {count}"  # ("get ... done": finished)
    last = max((t.i for t in a.sent if not (t.is_punct or t.is_space)), default=a.sent.end - 1)
    cut = clause_end(verb, last)
    end = max((t.i for t in doc[a.sent.start:min(cut, last + 1)] if not t.is_punct), default=last)
    kept = words[end] if end in words else doc[end].text
    words[end] = kept + PERIOD if kept else PERIOD.strip()
    return words


#: degree words whose result clause a praise prompt leaves without them ("such a cheerful guy ... | that | ...")
DEGREE = frozenset({"such", "so"})


def result_clause(a: Analysis) -> dict[int, str]:
    """The "that" of a result clause whose "such" or "so" a prompt replaced ("He is such a cheerful guy and easy to
    talk to | that | I think it hides ..."), as the contrast the writer meant (", but I think it hides ..."); the
    prompt names what stood out, and the clause after it says what that hid."""
    from .flagged import runs

    at = runs(a.sent.doc)
    for t in a.sent:
        if t.lower_ in DEGREE and t.i in at and t.dep_ in ("predet", "advmod", "amod"):
            verb = t.head.head if t.head.pos_ != "VERB" else t.head
            for c in verb.children:
                mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that"), None)
                if c.dep_ in ("ccomp", "advcl") and mark is not None and mark.i > t.i and mark.i not in at \
                        and not a.sent.doc[mark.i - 1].is_punct:
                    prev = a.sent.doc[mark.i - 1]  # (a comma after it, unless a prompt's region ends with it)
                    return {mark.i: "but"} if prev.i in at else {prev.i: prev.text + ",", mark.i: "but"}
    return {}
