"""Coordinations the parser split or hung in the wrong place, for the prompt of a praise or criticism
run after "is": a noun complement coordinated with an adjective ("is kind and | a great mentor", read
as two complements of "is"; "is kind to the interns and | a great mentor", read as a second object of
"to"), and a passive participle that says a quality ("Ines | is committed to her team")."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["hung", "quality", "role", "strays", "without"]

#: the complements of a copula ("is | kind", "is | a mentor")
_COMPLEMENTS = {"acomp", "attr"}


def quality(verb: Token, doer: Token | None, start: int) -> bool:
    """A passive participle that says a quality of the person before it ("Ines | is committed", "is
    dedicated"), not an action done to them by somebody named ("was praised by the client")."""
    return verb.tag_ == "VBN" and doer is not None and doer.i < start and any(
        c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def strays(base: Token, flagged: set[int], people: frozenset[str]) -> list[Token]:
    """Judged person nouns coordinated with ``base`` that the parser hung elsewhere: a flagged complement
    of the same copula ("is kind and | a great mentor"), or a flagged "a ..." noun read as another object of
    the adjective's preposition ("kind to the interns and | a great mentor": nobody is kind to a mentor
    they are)."""
    out = []
    if base.dep_ in _COMPLEMENTS:
        out += [k for k in base.head.children if k.i > base.i and k.dep_ in _COMPLEMENTS and k.dep_ != base.dep_
                and k.i in flagged and k.right_edge.i == k.i]  # (not one the parser hung more on: "a good analyst, | calm ...")
    out += [k for p in base.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            for k in o.children if k.dep_ == "conj" and k.i in flagged and k.lemma_.lower() in people
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in k.children)]
    return out


def without(tokens: list[Token], nouns: list[Token]) -> list[Token]:
    """``tokens`` without the stray nouns' phrases and the "and" or comma that joined them."""
    skip = {t.i for k in nouns for t in k.subtree}
    skip |= {c.i for k in nouns for c in k.head.children if c.dep_ in ("cc", "punct") and c.head.i < c.i < k.i}
    return [t for t in tokens if t.i not in skip]


def role(hit: list[Token], flagged: set[int], people: frozenset[str]) -> str:
    """" as a mentor": the role of a judged person noun coordinated with a judged adjective ("kind and a great
    mentor"), without the judging words; '' when there is not exactly one."""
    nouns = [c for c in hit if c.pos_ == "NOUN" and c.lemma_.lower() in people]
    if len(nouns) != 1 or not any(c.pos_ == "ADJ" for c in hit):
        return ""
    noun = nouns[0]
    mods = {t.i for k in noun.children if k.dep_ in ("amod", "advmod", "compound") and k.i in flagged for t in k.subtree}
    words = [t.text for t in noun.subtree if t.i <= noun.i and t.i not in mods and (t.i not in flagged or t.i == noun.i)]
    if len(words) > 1 and words[0].lower() in ("a", "an"):  # "a | great | engineer" -> "an engineer"
        words[0] = "an" if words[1][:1].lower() in "aeiou" else "a"
    return " as " + " ".join(words)


def hung(hit: list[Token], head: Token) -> list[Token]:
    """Phrases the parser hung on the copula that follow a judged adjective, whose they are ("a great mentor
    and kind | to the interns"): they go into the prompt, as they do when the adjective comes first."""
    return [k for k in head.children if k.dep_ == "prep" and k.i > head.i
            and any(c.pos_ == "ADJ" and c.head.i != c.i and c.right_edge.i + 1 == k.i for c in hit)]
