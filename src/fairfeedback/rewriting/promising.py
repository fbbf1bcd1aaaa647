"""Praise of promise beside a target ("Noor shows some promise but has room to grow in her costing", also the
garbled "shows a bit of promise in room to grow in her costing"): the praise stays, with what it rests on, and the
target asks what to change, where the writer put it: "Noor shows some promise (based on [what Noor has done so
far that shows it]) but needs to change [what, measured how, by when] in her costing." Before, the target's rule
or the praise's turned the whole sentence into one prompt and dropped the other half (and "in her costing").
"A little" or "a bit of" promise is said "some" promise: the rules read "little promise" as a verdict of none."""

from __future__ import annotations

from ..context.analysis import Analysis
from .flagged import sentence_spans
from .naming import SentenceRewrite, judged_person
from .possible import evidence_prompt

__all__ = ["promise_and_room"]

_PROMISE = {"promise", "potential"}
_GROW = {"grow", "improve", "develop", "progress", "learn"}
#: the words that may join the praise to the room ("| but has | room", "|, with | room", "| in | room")
_BETWEEN = {",", "but", "and", "has", "have", "in", "with", "yet", "there", "is", "still", "some", "plenty", "of",
            "though", "although", "also", "much", "lots", "a", "lot", "more"}
_PLACE = {"in", "on", "with", "at", "as", "around", "when", "for"}


def promise_and_room(a: Analysis) -> SentenceRewrite | None:
    """The rewrite of a sentence that praises promise and names room to grow (see above), or None."""
    sent = a.sent
    spans = sentence_spans(a)
    if not any(sp.label_.startswith("FF308") for sp in spans) or "[" in sent.text:
        return None
    toks = list(sent)
    promise = next((t for t in toks if t.lemma_.lower() in _PROMISE and t.pos_ == "NOUN"), None)
    room = next((i for i, t in enumerate(toks) if t.lower_ == "room" and i + 2 < len(toks)
                 and toks[i + 1].lower_ == "to" and toks[i + 2].lemma_.lower() in _GROW), None)
    if promise is None or room is None or promise.i >= toks[room].i:
        return None
    if not set(t.lower_ for t in toks[promise.i - sent.start + 1:room]) <= _BETWEEN or not any(
            sp.start <= toks[room].i < sp.end for sp in spans if not sp.label_.startswith("FF308")):
        return None  # (only the praise and the room flagged, nothing of the writer's between them)
    verb = promise
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head  # ("shows | a bit of | promise")
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ("show", "have", "display"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = subj is not None and subj.i == verb.i - 1 and subj.text.istitle() and subj.pos_ in ("PROPN", "NOUN")
    who = subj.text if named else judged_person(a)  # ("Noor | shows ...", the tagger's noun too)
    if who.startswith("[") or verb.i <= sent.start or any(t.dep_ == "neg" for t in verb.children):
        return None
    quant = "".join(t.text_with_ws for t in sent.doc[verb.i + 1:promise.i]).strip()
    quant = "some" if quant.lower() in ("a little", "a bit of", "a little bit of", "a tiny bit of") else quant
    after = [t for t in toks[room + 3:] if not (t.is_punct and t.i == sent.end - 1)]
    rest = "".join(t.text_with_ws for t in after).strip() if after and after[0].lower_ in _PLACE else ""
    lead = "".join(t.text_with_ws for t in sent.doc[sent.start:verb.i]).strip()
    need = "need" if who.lower() in ("they", "you", "i", "we") else "needs"
    praise = f"{lead} {verb.text} {quant + ' ' if quant else ''}{promise.text}{evidence_prompt(a, who)}"
    return SentenceRewrite("Name the evidence and the change",
                           f"{praise} but {need} to change [what, measured how, by when]{' ' + rest if rest else ''}.")
