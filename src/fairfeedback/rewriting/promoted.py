"""The next step a verdict on promotion names ("should not be promoted | to lead", "won't get promoted",
"I would not promote her | to senior"), as the noun a requirement is for: "a promotion to lead",
"a promotion" (``nextstep``). The writer's own step stays; nothing is guessed for one not named."""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["promotion", "stepped"]


def _step(verb: Token) -> Token | None:
    """The phrase a promotion is to ("| to the lead role", "to | lead"), or None."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children):
            return c
        if c.dep_ in ("xcomp", "advcl") and c.i > verb.i and c.n_rights == 0 and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            return c
    return None


def stepped(phrase: Token) -> bool:
    """Whether ``phrase`` is the step a promotion verb names ("promoted | to lead"): the requirement names it,
    a prompt for what the person did does not ("[what she did to lead]")."""
    head = phrase.head
    step = _step(head) if head.lemma_.lower() == "promote" else None
    return step is not None and step.i == phrase.i


def _to(verb: Token) -> str:
    """Where the promotion is to: a "to" phrase ("to the lead role") or a bare infinitive the parser read
    for one ("to | lead"), else ''."""
    c = _step(verb)
    if c is None:
        return ""
    if c.dep_ != "prep":
        return " to " + c.lower_  # "promoted to | lead"
    obj = next(o for o in c.children if o.dep_ == "pobj")
    words = [x.text for x in obj.subtree if not x.is_punct or x.text == "-"]
    return " to " + " ".join(words) if len(words) <= 5 else ""


def promotion(sent: Span) -> str:
    """"a promotion to lead" for the sentence's promotion verb ("be promoted to lead"), or ''."""
    verb = next((t for t in sent if t.lemma_.lower() == "promote" and t.pos_ in ("VERB", "AUX")), None)
    return "" if verb is None else "a promotion" + _to(verb)
