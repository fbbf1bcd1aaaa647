"""The writer's regard for the person (FF312: "I salute him", "We have every faith in them") and a forecast of
the person rising (FF308: "He could run the branch someday", "she has untapped potential") keep the writer's
words; the prompt after them asks for what the writer's words rest on, in their grammar.

Praise the writer gives for something ("I salute him") asks what for: "I salute him for [what he did, and when],
which [impact]." Trust or confidence ("We have every faith in them") and a forecast ("He could run the branch
someday") rest on what the person has done so far: "... (based on [what they have done so far that shows it])".
An instance of a forecast ("(for example, [what happened] on [date], ...)") would be an example of what has not
happened.
"""

from __future__ import annotations

from ..context.analysis import Analysis
from .naming import SentenceRewrite, _body, _end
from .possible import evidence_prompt

__all__ = ["rising", "writer_praise"]

#: the writer's praise, which is given for a deed ("I salute him | for [what he did]")
_FOR = {"commend", "applaud", "praise", "admire", "thank", "salute", "congratulate", "appreciate", "value",
        "respect", "treasure", "cherish"}
#: the writer's trust, which rests on what the person has done ("I have every faith in her")
_TRUST = {"trust", "confidence", "faith", "rely", "count", "depend"}
_NOMINATIVE = {"her": "she", "him": "he", "them": "they", "you": "you"}
#: the verbs of a forecast of rising (FF308's ``open-prospects`` check), and the words of a promise
_RISING = {"grow", "advance", "progress", "rise", "climb", "lead", "excel", "flourish", "thrive", "blossom", "soar",
           "move", "become", "go", "get", "develop"}
_PROMISE = {"potential", "promise"}
_MODALS = {"could", "can", "will", "'ll", "might", "may", "would", "going"}


def writer_praise(a: Analysis) -> SentenceRewrite | None:
    """The writer's praise of a person with what it was given for, or what it rests on (see above); None when
    the sentence says more than the praise ("I appreciate everything she does for the crew")."""
    span, sent = a.span, a.sent
    if not span.label_.startswith("FF312") or a.learned:
        return None
    last = max((t.i for t in sent if not (t.is_punct or t.is_space)), default=sent.end - 1)
    obj = span[-1]
    who = _NOMINATIVE.get(obj.lower_)
    if who is None or obj.i != last or "[" in _body(sent):
        return None
    lemmas = {t.lemma_.lower() for t in span}
    body = _body(sent).rstrip(".!?;: ")
    if lemmas & _TRUST:
        return SentenceRewrite("Name the evidence", body + evidence_prompt(a, who) + _end(sent))
    if lemmas & _FOR:
        return SentenceRewrite("Add what they did", f"{body} for [what {who} did, and when], which [impact]{_end(sent)}")
    return None


def rising(a: Analysis) -> bool:
    """Whether an FF308 finding is a forecast ("could lead one day", "has untapped potential"): what the person may
    do or become, which asks for the evidence, not for an instance."""
    span = a.span
    if not span.label_.startswith("FF308") or a.negated:
        return False
    if any(t.lemma_.lower() in _PROMISE and t.pos_ == "NOUN" for t in span):
        return True
    verb = next((t for t in span if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _RISING), None)
    if verb is None:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) or verb.dep_ in ("xcomp", "ccomp") \
        and verb.head.lemma_.lower() in ("expect", "see", "picture", "imagine", "think")
