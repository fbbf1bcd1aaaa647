"""The verb a target's prompt keeps: a target that takes the person's verb gets "needs to change [what, measured
how, by when]", also when that verb has no subject of its own or the run starts after it.

Two shapes lost the verb: a target coordinated with praise, whose verb shares the subject of the praise ("She is
a great team player but | needs to improve | to lead the group"), read as a run with no person before it, so
its prompt stood where the verb was ("... but [what to change, measured how, by when] to lead the group"); and
a target after "has" ("still has | a long way to go | to build her skills", "has | room to grow"), whose prompt
was the object of "has" ("still has [what to change, measured how, by when]"). Both keep a verb that agrees with
the person ("but still needs to change [what, measured how, by when] to build her skills"), and what follows
the target (its purpose, its place) stays after it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .quantity import goal_object, goal_parts, goal_start, holds_goal, measured_goal

__all__ = ["change_verb", "measured_goal", "needing", "way_to_go"]

#: nouns of a target after "has" ("has a long | way | to go", "has | room | to grow")
_GOALS = {"way", "ways", "room"}
#: the parts of speech of the person's own verb
_VERBS = ("VERB", "AUX")


def _subject(verb: Token, before: int) -> Token | None:
    """The subject of ``verb`` before ``before``, or of the verb it is coordinated with ("She is ... but | needs",
    "She takes on work and is helpful but | has ...")."""
    who = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < before), None)
    v = verb
    while who is None and v.dep_ == "conj" and v.head.i < v.i and v.head.pos_ in _VERBS \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
        v = v.head
        who = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    return who


def needing(doc: Doc, s: int, e: int, top: Token) -> tuple[Token | None, Token | None, int, int]:
    """The verb of a target run ``s:e`` whose head is ``top``, the person it agrees with, and where the run starts
    and ends: at "has" for a run after it ("| has a long way to go"); only the ingredient of a condition that runs
    on to the person and a modal ("With | more practice |, Lena might"), whose person and verb stay."""
    if doc[s].lower_ == "with" and any(t.tag_ == "MD" for t in doc[s:e]):
        stop = next((i for i in range(s + 2, e) if doc[i].text == "," or doc[i].dep_ in ("nsubj", "nsubjpass")), None)
        if stop is not None:
            return None, None, s + 1, stop
    verb = top if top.pos_ in _VERBS else None
    if verb is None and (top.lower_ in _GOALS or holds_goal(top)) and top.dep_ == "dobj" and top.head.lemma_.lower() == "have" \
            and top.head.i == s - 1:
        verb = top.head  # "has | a long way to go": the prompt takes the verb
        s = verb.i
        if _emphatic(verb) is not None and _emphatic(verb).i == s - 1:
            s -= 1  # "she | does have | room to grow": the emphatic "does" goes with it ("still needs to change")
    if verb is None:
        return None, None, s, e
    who = _subject(verb, s)
    while who is not None and s < verb.i and doc[s].dep_ == "advmod" and doc[s].head.i == verb.i:
        s += 1  # "| still | needs to improve": the adverb stays before the verb the prompt keeps
    return verb, who, s, e


def _for_end(prep: Token) -> int:
    """The end of "for improvement", before a phrase of its own that says where ("room for improvement | in her
    analysis"), which stays after the prompt."""
    inner = {x.i for o in prep.children for c in o.children if c.dep_ == "prep" and c.i > o.i for x in c.subtree}
    return max(t.i for t in prep.subtree if t.i not in inner) + 1


def _emphatic(verb: Token) -> Token | None:
    """The emphatic "do" of a verb with no negation ("she she | does | have room to grow"), or None."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() == "do" and c.i < verb.i), None)


def change_verb(verb: Token, who: Token) -> str:
    """"needs to change", agreeing with the person ("the interns | need to change")."""
    plural = verb.tag_ == "VBP" or verb.tag_ != "VBZ" and (who.lower_ in ("i", "you", "we", "they")
                                                         or who.morph.get("Number") == ["Plur"])
    return "need to change" if plural else "needs to change"


def way_to_go(a) -> str:  # noqa: ANN001
    """The sentence with the target after "has" that a praise rule flags ("still | has a long way to go | to build
    her skills") as a request with its verb ("still needs to change [what, measured how, by when] to build her
    skills"), when the person is named before it; or ''."""
    from .sentence import text_of
    from .targeted import reach

    doc, sent, span = a.sent.doc, a.sent, a.span
    goal = next((t for t in span if t.lower_ in _GOALS), None)
    s = reach(doc, span.start)
    if goal is None or s <= sent.start:
        return ""
    s = goal_start(goal_object(goal), goal, s)  # ("has | a lot of | room to grow": ``quantity``)
    verb, who, s, _ = needing(doc, s, span.end, goal_object(goal))
    do = _emphatic(verb) if verb is not None else None  # ("she | does | have room to grow")
    if verb is None or who is None or s != (do.i if do is not None else verb.i) or any(
            c.dep_ in ("aux", "neg") and c.i < verb.i and (do is None or c.i != do.i) for c in verb.children):
        return ""
    # to the end of "to go", "to grow", "for improvement", not the purpose after it ("| to build her skills")
    kids = [c for g in goal_parts(goal) for c in g.children]  # (also the quantifier's: "a lot | to grow")
    e = max([span.end, *(c.i + 1 for c in kids if c.dep_ in ("relcl", "acl") and any(
        x.dep_ == "aux" and x.lower_ == "to" for x in c.children)), *(_for_end(c) for c in kids
                                                                     if c.dep_ == "prep" and c.lower_ == "for")])
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    end = "?" if sent.text.rstrip().endswith("?") else "."
    rest = text_of(doc[e:words[-1].i + 1]) if e <= words[-1].i else ""
    lead = text_of(doc[sent.start:s]).rstrip()
    return f"{lead} {change_verb(verb, who)} [what, measured how, by when]{' ' + rest if rest else ''}{end}"
