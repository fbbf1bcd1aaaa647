"""A multiword judgment used as a modifier ("a solid | middle of the pack | analyst with the potential
to grow") is never cut in its middle: the parser hangs the noun it modifies inside the idiom ("of the
pack analyst"), so a rewrite that drops only the judged head would keep "about the pack analyst". The
rewrite keeps the noun phrase the idiom modified, without the idiom and the adjectives before it, and
asks for an instance: "He is an analyst with the potential to grow with time; on [date], he [what he
did], which [impact]."."""

from __future__ import annotations

import re

from ..context.analysis import Analysis
from .flagged import render, sentence_spans
from .naming import SentenceRewrite, _end

__all__ = ["idiom_noun", "kept_sentence"]

_PRONOUNS = {"he": "he", "she": "she", "they": "they", "you": "you", "i": "I", "we": "we"}


def _cut(sp):  # noqa: ANN001
    """The noun outside the flagged span ``sp`` that its last word modifies ("pack | analyst"), or None."""
    last = sp[-1]
    noun = last.head
    if last.dep_ not in ("compound", "amod", "nmod") or noun.i != sp.end or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun if len(sp) >= 3 else None


def idiom_noun(a: Analysis) -> SentenceRewrite | None:
    """The rewrite of a sentence "X is a <idiom> <noun> ...", or None."""
    sent = a.sent
    for sp in sentence_spans(a):
        noun = _cut(sp)
        if noun is None:
            continue
        top = sp.root
        while top.head is not top and top.dep_ not in ("attr", "dobj", "appos") and top.head.i >= sent.start:
            top = top.head if top.head.i != top.i else top
            if top.dep_ in ("ROOT",):
                break
        verb = top.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in _PRONOUNS or c.pos_ == "PROPN" and c.left_edge.i == c.i)), None)  # (or one name: "Omar")
        if top.dep_ != "attr" or verb.lemma_ != "be" or subj is None or subj.i != sent.start:
            return None
        start = top.left_edge.i
        if any(t.i < start and t.i > verb.i for t in sent if not t.is_space):
            return None  # ("is | really | a ...": keep the general path)
        end = max(top.right_edge.i, noun.right_edge.i)
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("conj",) for t in sent if t.i > end):
            return None  # another clause follows: the general path
        rest = [t for t in sent.doc[noun.i:end + 1] if not (t.i == end and t.is_punct)]
        others = [o for o in sentence_spans(a) if o is not sp and o.start <= rest[-1].i and o.end > noun.i
                  and not o.start <= verb.i < o.end]  # (a learned finding's whole sentence points at no words)
        grow = _room(others, rest)  # "a middle of the road performer | with room to grow": the target, asked for
        if others and grow is None:
            return None  # another finding's words in the kept phrase: the general path
        rest = rest if grow is None else grow[0]
        phrase = render(rest) if grow is None else "".join(t.text_with_ws for t in rest).strip()
        art = "an" if phrase[:1].lower() in "aeiou" else "a"
        pron = _PRONOUNS.get(subj.lower_, subj.text)
        head = f"{subj.text} {verb.text} {art} {phrase}"
        if grow is not None:  # ("an engineer who still needs to change [what, measured how, by when]; on [date], ...")
            head += f" who still {'need' if pron in ('they', 'you', 'we', 'I') else 'needs'} to change {_TARGET}"
        return SentenceRewrite("Name the instance and its impact",
                               f"{head}; on [date], {pron} [what {pron} did], which [impact]{_end(sent)}")
    return None


_TARGET = "[what, measured how, by when]"
#: a vague target after the noun ("with | room to grow", "with | a lot of room for improvement")
_ROOM = re.compile(r"^(?:(?:a lot of|plenty of|some|much|lots of|a little|little)\s+)?room\s+(?:to grow|for (?:growth|improvement))$")


def _room(others: list, rest: list) -> tuple[list, None] | None:
    """The noun's words before a "with room to grow" that one other finding flags, or None."""
    if len(others) != 1 or others[0].label_[:3] != "FF3":
        return None
    o = others[0]
    at = next((k for k, t in enumerate(rest) if t.lower_ == "with" and t.i < o.start), None)
    if at is None or at < 1:
        return None
    words = " ".join(t.lower_ for t in rest[at + 1:] if not t.is_punct)
    return (rest[:at], None) if _ROOM.match(words) else None


def kept_sentence(a: Analysis) -> SentenceRewrite | None:
    """A rewrite that keeps the writer's noun phrase past an idiom, or the point past a put-down (``redeemed``)."""
    from .basics import plain_dig
    from .faint import faint
    from .notonly import not_only
    from .owned import quality_verdict
    from .promising import promise_and_room
    from .redeemed import kept_point

    # ("Not only is she talented, ...": ``notonly``; "capable but not much else": ``faint``; "failed to ... even the
    # simplest ...": ``basics``; "What worries me is | her attitude": ``owned``)
    return idiom_noun(a) or kept_point(a) or not_only(a) or faint(a) or plain_dig(a) or quality_verdict(a) \
        or promise_and_room(a)  # ("shows some promise (based on [...]) but needs to change [...]": ``promising``)
