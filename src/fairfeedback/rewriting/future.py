"""A verdict on the person's future in a role: "He has no future as a team lead", "She does well in the job she
has now but has no future in a team lead role".

The parser often reads the role's last word as a verb ("a team | lead"), so the role went missing or the
sentence's kept words came out garbled ("A team lead; on [date], he ..."). The role is read by position after
"no future as / in / at", and stays as the step the writer is asked about: "On [date], he [what he did], which
[impact]; for a team lead role, he still needs to show [the requirement]". A clause of the writer's own before a
"but" stays before it, with its prompts ("She does [what you valued, shown where] in the job she has now, but
on [date], she ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .flagged import emit, runs

__all__ = ["future_role"]

#: nouns that already name a step ("a team lead | role", "| management")
_STEPS = {"role", "position", "level", "job", "track", "post", "seat", "function"}
#: endings of a plural person noun, which the role names in the singular ("as senior | engineers" -> "engineer")
_PEOPLE = ("ers", "ors", "ists", "ants", "ents", "ians", "eads")
#: words that end the role ("as a team lead | here", "in management | at this company")
_STOPS = {",", ";", ".", ":", "!", "?", "but", "and", "yet", "so", "because", "here", "there", "now", "unless",
          "until", "if", "at", "with", "on", "in", "for"}
#: the contrast before the verdict ("does well ... | but | has no future ...")
_CONTRAST = {"but", "yet", "though", "although", "however"}


def _future(a: Analysis) -> Token | None:
    """The denied "future" of the flagged words ("| no | future", "does not have a future")."""
    for t in a.span:
        if t.lower_ == "future" and (any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
                                     or any(c.dep_ == "neg" for c in t.head.children)):
            return t
    return None


def _role(a: Analysis, fut: Token) -> str:
    """The role after "no future as / in": "a team lead role", "a management role", "a senior engineer role"."""
    doc, sent = a.sent.doc, a.sent
    i = fut.i + 1
    if i >= sent.end or doc[i].lower_ not in ("as", "in", "at"):
        return ""
    words = []
    for t in doc[i + 1:sent.end]:
        if t.lower_ in _STOPS or t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX") and t.tag_ != "VB" and t.tag_ != "VBP":
            break
        words.append(t)
    while words and words[0].pos_ == "DET":
        words.pop(0)
    if not words or len(words) > 5 or any(t.pos_ in ("PRON", "ADP") for t in words):
        return ""
    last = words[-1]
    names = [t.text for t in words[:-1]] + [last.lemma_ if last.tag_ == "NNS" and last.lower_.endswith(_PEOPLE) else last.text]
    if words[-1].lemma_.lower() not in _STEPS:
        names.append("role")
    role = " ".join(names)
    return ("an " if role[:1].lower() in "aeiou" else "a ") + role


def _lead(a: Analysis, upto: int) -> tuple[str, str]:
    """The writer's clause before a contrast ("She does well in the job she has now | but"), with its prompts."""
    doc, sent = a.sent.doc, a.sent
    cc = next((t for t in doc[sent.start + 2:upto] if t.lower_ in _CONTRAST), None)
    if cc is None:
        return "", ""
    at, done, parts = runs(doc), set(), []
    for t in doc[sent.start:cc.i]:
        parts += emit(t, done) if t.i in at else [t.text_with_ws]
    text = "".join(parts).strip().rstrip(",;")
    return (text, cc.lower_) if any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:cc.i]) else ("", "")


def future_role(a: Analysis, who: str) -> str:
    """"[<clause>, but ]On [date], <who> [what <who> did], which [impact]; for <role>, <who> still needs to show
    [the requirement]." for a verdict of no future in a named role; else ''."""
    fut = _future(a)
    role = _role(a, fut) if fut is not None else ""
    if not role or who == "[name]":
        return ""
    name = who[:1].lower() + who[1:] if who in ("He", "She", "They", "You") else who
    needs = "need" if name in ("they", "you") else "needs"
    text = f"on [date], {name} [what {name} did], which [impact]; for {role}, {name} still {needs} to show [the requirement]."
    lead, cc = _lead(a, fut.i)
    if lead:
        return f"{lead[:1].upper()}{lead[1:]}, {cc} {text}"
    return text[:1].upper() + text[1:]
