"""A phrase the judged word governed, fit to follow a prompt's "what Sam did": the preposition a
noun or adjective selects ("capable | of cleaning the rooms", "potential | for advancement", "a key
part | of the crew") reads as nonsense there ("[what Sam did of the crew]"), so it becomes "about"
("[what Sam did about advancement]"), or "for" after a word of belonging ("[what Sam did for the
crew]"); a phrase that only names somebody ("the credit | for himself", "well-spoken | for someone in
her role") goes."""

from __future__ import annotations

from spacy.tokens import Token

from ..matching.component import SPAN_KEY

__all__ = ["after_did"]

#: prepositions a judged noun or adjective selects, which do not follow "did"
_SELECTED = {"of", "from", "for"}
#: nouns of belonging or worth ("a key part | of the crew", "an asset | to the team"): what the person did was for it
_BELONGING = {"part", "member", "asset", "addition", "piece", "credit", "fit", "pillar", "backbone", "cornerstone"}
#: the others a comparison names ("the rest | of the crew")
_OTHERS = {"rest", "others", "majority", "most"}
#: objects that only name somebody, not what the judgment was about
_SOMEBODY = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "himself", "herself", "themselves",
             "yourself", "myself", "him", "her", "them", "me", "us", "you", "one", "person", "individual", "people"}


def _flagged(t: Token) -> bool:
    return any(sp.start <= t.i < sp.end for sp in t.doc.spans.get(SPAN_KEY, []))


def after_did(prep: Token, text: str) -> str:
    """``text``, the rendered phrase of ``prep``, as it reads after "what ... did", when a flagged word
    governs it (not "the others | in her cohort", which is no judgment's)."""
    head = prep.head
    if prep.dep_ != "prep" or head.pos_ not in ("NOUN", "ADJ", "PROPN") or not text.lower().startswith(prep.lower_ + " ") \
            or not _flagged(head):
        return text
    obj = next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return text
    if head.lemma_.lower() in _OTHERS:
        return ""  # the others a comparison measured the person by ("as the others | in her cohort")
    nxt = next((c for c in obj.children if c.dep_ == "prep" and c.i > obj.i), None)
    if _flagged(obj) and nxt is not None and text.split(" ", 2)[1:2] == [nxt.text]:
        # its object was the judgment, left out ("much of | a path upward | for him here"): the next phrase
        return after_did(nxt, text.split(" ", 1)[1])
    if obj.lower_ in _SOMEBODY or obj.lemma_.lower() in _SOMEBODY:
        return ""
    belonging = prep.head.lemma_.lower() in _BELONGING
    if prep.lower_ in _SELECTED or belonging and prep.lower_ == "to":
        return ("for " if belonging else "about ") + text[len(prep.text) + 1:]
    return text
