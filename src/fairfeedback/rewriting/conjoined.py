"""Judgments the parser hung inside another judgment's phrase: "rude to the vendor and | lazy" is read
with "lazy" as a second object of "to", "curt with the customers and | careless" with "careless" as a
second object of "with". Nobody is rude to "lazy"; the phrase is what the first judgment was about
("to the vendor"), and the judgment coordinated after it is another finding's, which its own prompt
takes out. So the phrase stays in the prompt ("[what he said or did to the vendor]") without the stray
judgment and the "and" or comma that joined it, instead of being dropped whole for holding flagged words."""

from __future__ import annotations

from spacy.tokens import Token

from ..matching.component import SPAN_KEY

__all__ = ["judged_owner", "same_person", "stray_judgments", "without_strays"]

#: parts of speech of a judgment the parser read as a coordinated object ("lazy", "careless" tagged NOUN)
_JUDGED = {"ADJ", "NOUN", "VERB"}


def stray_judgments(phrases: list[Token], flagged: set[int]) -> set[int]:
    """The tokens of flagged conjuncts inside ``phrases`` (with the "and" or comma that joined them) whose
    phrase keeps words of its own without them: "to the vendor | and lazy" -> the tokens of "and lazy"."""
    out: set[int] = set()
    for c in phrases:
        inside = {t.i for t in c.subtree}
        for k in c.subtree:
            if k.dep_ != "conj" or k.i == c.i or k.head.i not in inside or k.head.i == c.i or k.pos_ not in _JUDGED:
                continue
            mine = {t.i for t in k.subtree}
            if not mine & flagged or k.i not in flagged:
                continue  # an object of its own ("to the vendor and | the interns"): it stays
            joins = {x.i for x in k.head.children if x.dep_ in ("cc", "punct") and k.head.i < x.i < k.i}
            cut = mine | joins
            rest = [c.doc[i] for i in sorted(inside - cut - out)]
            # the phrase still names something of its own, and holds no other finding's words
            if any(t.i != c.i and t.pos_ in ("NOUN", "PROPN", "PRON") for t in rest) and not any(t.i in flagged for t in rest):
                out |= cut
    return out


def without_strays(prep: Token) -> list[Token]:
    """The tokens of ``prep``'s phrase without the stray judgments any finding of its sentence flags
    (``stray_judgments``), for comparing a phrase with the prompt that kept it."""
    doc, sent = prep.doc, prep.sent
    flagged = {i for sp in doc.spans.get(SPAN_KEY, []) if sent.start <= sp.start < sent.end
               and not sp.start <= prep.i < sp.end for i in range(sp.start, sp.end)}
    cut = stray_judgments([prep], flagged)
    return [t for t in prep.subtree if t.i not in cut]


_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def same_person(sent, who: str, other: str) -> bool:  # noqa: ANN001
    """Whether ``other``, the subject of another judgment coordinated in ``sent`` ("Ravi is lazy and | he | is
    rude to the drivers"), is a pronoun for ``who``, the name the prompt uses: what that judgment was about
    ("to the drivers") goes into the prompt, as it would after "Ravi is lazy and rude to the drivers".
    Only when the sentence's pronouns agree ("Kai is lazy because she does all his work" names two people)."""
    if other == who:
        return True
    if other not in ("he", "she") or not who[:1].isupper() or who.startswith("[") or who in ("I", "We", "You"):
        return False
    return len({_GENDER[t.lower_] for t in sent if t.lower_ in _GENDER}) == 1


def judged_owner(span, who: str) -> str:  # noqa: ANN001
    """The person a judged noun belongs to ("due to | her | lack of drive"): "she", "he", or ``who`` for "their"
    (the one person a review without a name calls "they"); '' when the noun has no owner."""
    poss = next((c.lower_ for c in span.root.children if c.dep_ == "poss"), "")
    return {"her": "she", "his": "he", "their": who}.get(poss, "")
