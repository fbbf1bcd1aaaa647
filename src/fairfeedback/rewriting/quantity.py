"""A target after "has" measured by a quantifier: "still has | a lot of | room to grow", "has | plenty of | room
for improvement", "does have | some | room to grow".

The quantifier only says how much the writer wants changed, not what: the sentence asks for the change like the
bare form ("does have room to grow" -> "needs to change [what, measured how, by when]"), and the place after it
stays ("... in her analysis"). The parser makes the quantifier the object of "has" ("has | a lot | of room") and
may hang "to grow" or "for improvement" on it, so the goal's object and its reach are read through it.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["goal_object", "goal_parts", "goal_start", "holds_goal", "measured_goal"]

#: nouns that measure a goal through "of" ("a | lot | of room", "plenty of room")
_AMOUNTS = {"lot", "lots", "plenty", "deal", "bit", "ton", "tons", "amount", "degree"}
#: words before the goal that only say how much ("| some | room", "| a great deal of | room")
_MEASURES = {"a", "an", "some", "much", "more", "lot", "lots", "plenty", "of", "great", "good", "fair", "bit",
             "deal", "quite", "ton", "tons", "significant", "considerable", "enough", "certain",
             "amount", "degree", "real", "big", "huge", "large"}


def goal_object(goal: Token) -> Token:
    """The object of "has" that holds the goal: the quantifier of "a | lot | of room", else the goal."""
    h = goal.head
    if goal.dep_ == "pobj" and h.lower_ == "of" and h.head.lower_ in _AMOUNTS and h.head.dep_ == "dobj":
        return h.head
    return goal


def goal_start(top: Token, goal: Token, s: int) -> int:
    """Where the run of a goal after "has" starts: at the quantifier ("has | some room", "has | a lot of room")
    when only measuring words stand between "has" and the goal; else ``s``."""
    have = top.head
    if top.dep_ != "dobj" or have.lemma_.lower() != "have" or have.i >= s:
        return s
    words = top.doc[have.i + 1:goal.i]
    if words and all(t.lower_ in _MEASURES for t in words):
        return have.i + 1
    return s


def goal_parts(goal: Token) -> list[Token]:
    """The goal and the quantifier the parser hung its purpose on ("a lot | to grow")."""
    top = goal_object(goal)
    return [goal] if top is goal else [goal, top]


def holds_goal(top: Token) -> bool:
    """Whether ``top`` is a quantifier whose "of" holds a goal ("a | lot | of room")."""
    return top.lower_ in _AMOUNTS and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.lower_ in ("room", "way", "ways") for o in c.children) for c in top.children)


def measured_goal(doc, s: int, top: Token) -> tuple[int, Token]:  # noqa: ANN001
    """A target run's start and top read through its quantifier ("has | a lot of | room to grow"), for ``needing``."""
    if top.lower_ not in ("room", "way", "ways"):
        return s, top
    obj = goal_object(top)
    return goal_start(obj, top, s), obj
