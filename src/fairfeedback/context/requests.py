"""Which request cues in a sentence really ask for something.

Most request cues ("needs to", "should", "I'd like to see") ask in any grammar. A few are
also ordinary words of a report, and count only in the grammar of a request:

- "work on", "focus on", "try to", "try and": the verb, said to the reader or under a
  request ("Work on the handover notes", "needs to try to"); not the noun ("delivers work
  on time") nor a person's habit ("she tries to", "he does not try to");
- "make sure": not a purpose clause ("she stays late to make sure the totals are right",
  "I can rely on him to make sure");
- "time to": "it's time to", "about time to", "time to step up" opening a line; not "on time
  to the office";
- "opportunity to": an opening offered or pointed at ("an opportunity to lead the stand-up"),
  not one the person took or looks for ("seeks out opportunities to help").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

__all__ = ["cue_holds", "forecast_only"]

#: a prediction, a hope or an ability: "she will continue to grow", "should be able to do better",
#: "has the potential to improve", "we look forward to her next project", "he can bring teams together"
_FORECAST = re.compile(r"\b(?:will|'ll|going to|should be able to|look(?:ing)? forward to|potential to|can)\b")
#: a condition, a need or a hope turns a forecast into a request in disguise: "he will be great if he
#: plans ahead", "more testing will be required", "hopefully she will improve", "you need a good quarter"
_ASKS = re.compile(r"\b(?:if|unless|once|until|as long as|provided|need|needs|needed|must|should|have to|has to|"
                   r"try|required|requires|necessary|expect|expected|hope|hopefully|wish)\b")

#: verbs under which a "to make sure" is itself asked for ("I need you to make sure")
_ASKING = frozenset("need want like love ask expect encourage remember try urge remind require".split())
#: what a person does with an opportunity that they already have or seek
_TAKING = frozenset("take seek find grab seize use miss welcome embrace relish jump look pursue create enjoy get "
                    "search hunt have".split())
#: words before "time to" that make it a call to act
_TIME_CALL = frozenset({"'s", "’s", "is", "about", "high"})


def _own_subject(verb: Token) -> bool:
    """The verb has a subject of its own other than the reader ("she tries to", not "you work on")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "you" for c in verb.children)


def _verb_cue(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and not _own_subject(tok)


def _make_sure(tok: Token) -> bool:
    if _own_subject(tok):
        return False
    if tok.i > 0 and tok.nbor(-1).lower_ == "to":
        return tok.head.lemma_.lower() in _ASKING
    return True


def _time_to(tok: Token, sent: Span) -> bool:
    return tok.i == sent.start or (tok.i > sent.start and tok.nbor(-1).lower_ in _TIME_CALL)


def _opportunity(tok: Token) -> bool:
    head = tok.head
    if head.dep_ == "prep" or head.pos_ == "ADP":  # "jumps at the opportunity", "looks for opportunities"
        head = head.head
    return head.lemma_.lower() not in _TAKING


def cue_holds(sent: Span, offset: int, cue: str) -> bool:
    """Whether the request cue ``cue`` found at character ``offset`` of ``sent``'s text asks
    for something (see the module docstring)."""
    first = cue.split(" ", 1)[0]
    if first not in ("work", "focus", "try", "make", "time", "opportunity", "opportunities"):
        return True
    at = sent.start_char + offset
    tok = next((t for t in sent if t.idx == at), None)
    if tok is None:
        return True
    if first in ("work", "focus", "try"):
        return _verb_cue(tok)
    if first == "make":
        return _make_sure(tok)
    if first == "time":
        return _time_to(tok, sent)
    return _opportunity(tok)


#: a decision others make about the person: "she should be considered for promotion", "he should not be
#: given the Acme account"
_DECIDED = re.compile(r"\b(?:should|must|needs? to|ought to|could|would|will)\s+(?:not\s+|never\s+)?(?:be|get)\s+"
                      r"(?:\w+ly\s+)?(?:promoted|considered|given|moved|transferred|offered|placed|rewarded|recognized|"
                      r"recognised|kept|retained|let go|fired|dismissed|assigned|allowed|paid|hired|rehired)\b")


#: an invitation to come to the writer: "please reach out to me if ...", "let me know how I can help"
_INVITE = re.compile(r"\b(?:let (?:me|us) know|(?:reach out|come|talk|speak|turn|go) to (?:me|us)\b|(?:ask|contact|call|"
                     r"email|message|ping) (?:me|us)\b|my door is)")  # (not "feel free to share your ideas": an ask)
_INVITE_RID = re.compile(r"\b(?:if|when|whenever|once|as soon as|so (?:that )?(?:i|we)|(?:i|we) can)\b.*$")


def forecast_only(text: str, request: bool) -> bool:
    """The sentence predicts, or decides about the person, and asks nothing of them: no request (but
    "should be able to" predicts, and "she should be considered for promotion" is others' decision),
    no condition, need or hope; or it only invites the reader to come to the writer ("please reach out
    to me if you need anything"). A vague target is an expectation, goal or request; these are none."""
    low = text.lower()
    if _INVITE.search(low) and not _ASKS.search(_INVITE.sub(" ", _INVITE_RID.sub(" ", low))):
        return True
    decided = _DECIDED.sub(" ", low)
    if decided != low and not _ASKS.search(decided):
        return True
    if not _FORECAST.search(low) or _ASKS.search(low.replace("should be able to", " ")):
        return False
    return not request or "should be able to" in low
