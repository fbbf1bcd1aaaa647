"""Where the deadline of a checkable request goes ("by [date], specifically ..."):

- a request whose subject is the change itself ("A significant improvement in her reporting | will be
  expected") is the clause of the verb it is the subject of: the deadline closes that clause, after
  "will be expected", never between the subject and its verb;
- a hypothetical condition ("It would help if she were more consistent") takes no "by [date]" after
  its past-tense verb ("were more consistent by [date]"): the date opens the condition ("if, by [date],
  she were more consistent"), and the specifics close it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .sentence import text_of

__all__ = ["BY", "asking_verb", "date_first"]

#: the deadline part of the checkable tail (``sentence.CHECKABLE``)
BY = " by [date]"
#: marks of a condition
_IF = {"if"}


def asking_verb(pred: Token) -> Token:
    """The verb whose clause asks: the predicate, or the verb the change is the subject of ("A significant
    improvement ... | will be expected", "More attention to detail | is needed from Wen")."""
    if pred.pos_ in ("NOUN", "PROPN") and pred.dep_ in ("nsubj", "nsubjpass") and pred.head.pos_ in ("VERB", "AUX"):
        return pred.head
    return pred


def _hypothetical(v: Token) -> bool:
    """A past-tense verb of a condition that asks for a state, not a deadline ("if she | were | more ...",
    "if he | took | more ownership")."""
    return v.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("could", "would") for c in v.children)


def _condition(sent: Span, cut: int) -> Token | None:
    """The "if" of a hypothetical condition that ends where the deadline would go, or None."""
    for v in sent:
        mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in _IF), None)
        if mark is None:
            continue
        end = max(t.i for t in v.subtree if not t.is_punct) + 1
        if v.dep_ in ("advcl", "ccomp") and _hypothetical(v) and end == cut \
                and mark.i == v.left_edge.i:
            return mark
    return None


def date_first(sent: Span, cut: int, tail: str) -> tuple[str, str] | None:
    """The sentence up to ``cut`` with the date at the opening of a hypothetical condition that ends at
    ``cut`` ("It would help if, by [date], she were more consistent"), and the rest of ``tail``; or None."""
    mark = _condition(sent, cut)
    if mark is None or not tail.startswith(BY):
        return None
    doc = sent.doc
    lead = text_of(doc[sent.start:mark.i + 1])
    rest = text_of(doc[mark.i + 1:cut]).rstrip(",;: ")
    return f"{lead},{BY}, {rest}", tail[len(BY):]
