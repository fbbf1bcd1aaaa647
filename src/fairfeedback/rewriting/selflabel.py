"""A clause that is itself a judgment of the person, a fixed-mindset label ("she is what she is", "he is
the way he is", "Tanvi is who she is"), also in quotes or hedged ("he sort of "is who he is""): no
observed fact, so a rewrite does not keep it beside its prompt for what the person did."""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["label_name", "self_label"]

#: the relative words of "what she is", "who he is"
_WH = {"what", "who"}
#: nouns of "the way he is", "the person she is", "the kind of person he is"
_MANNER = {"way", "person", "kind", "type", "sort", "man", "woman", "guy"}


def _bare_be(v: Token) -> bool:
    """A "be" with a pronoun subject and nothing said after it ("... she | is")."""
    return v.lemma_ == "be" and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in v.children) and not any(
        c.i > v.i and c.dep_ in ("acomp", "attr", "dobj", "prep", "oprd", "advmod", "xcomp") for c in v.children)


def self_label(h: Token) -> bool:
    """Whether the clause of copula ``h`` only says the person is what, who or the way they are."""
    if h.lemma_ != "be":
        return False
    for v in h.subtree:
        if v.i == h.i or not _bare_be(v):
            continue
        wh = any(c.lower_ in _WH and c.i < v.i for c in v.children)
        if v.dep_ in ("ccomp", "attr", "relcl") and v.head.i == h.i and wh:
            return True  # "is | what she is"
        if v.dep_ == "relcl" and v.head.head.i == h.i and v.head.dep_ == "attr" and (
                wh or v.head.lemma_.lower() in _MANNER):
            return True  # "is | the way he is"
    return False


def label_name(sent: Span, who: str) -> str:
    """The name a dropped label said of the person ("Omar | is the way he is, and he will not change"), for a
    prompt whose person is a pronoun ("On [date], Omar [what he did]"); else ``who``."""
    if who.lower() not in ("he", "she"):
        return who
    for h in sent:
        subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
        # (a name the tagger took for a noun: capitalized, with no determiner)
        name = subj is not None and (subj.pos_ == "PROPN" or subj.pos_ == "NOUN" and subj.text[:1].isupper()
                                     and not any(c.dep_ == "det" for c in subj.children))
        if name and self_label(h):
            return " ".join(t.text for t in subj.subtree)
    return who
