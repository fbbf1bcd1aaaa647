"""A name after a sentence-opening connective the parser did not take for the subject ("However, | Ines | is
careless with her rota", parsed with "Ines" as a modifier of "is" and no subject): the name is the person the
rewrite is about ("On [date], Ines [what Ines did with her rota], ..."), not "she" from the "her" after it."""

from __future__ import annotations

from ..context.analysis import Analysis

__all__ = ["misparsed_subject"]

_CONNECTIVES = {"however", "still", "yet", "also", "overall", "unfortunately", "sadly", "honestly", "frankly",
                "meanwhile", "otherwise", "additionally", "moreover", "furthermore", "lately", "recently"}


def misparsed_subject(a: Analysis) -> str:
    """The name the sentence opens with after a connective and a comma, when its verb has no subject, or ''."""
    sent = a.sent
    root = sent.root
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return ""
    words = list(sent)
    for i, t in enumerate(words[:-1]):
        if t.i >= root.i:
            break
        if i >= 2 and words[i - 1].text == "," and words[0].lower_ in _CONNECTIVES and t.pos_ == "PROPN" \
                and t.head.i == root.i and t.text[:1].isupper() and t.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP"):
            return t.text
    return ""
