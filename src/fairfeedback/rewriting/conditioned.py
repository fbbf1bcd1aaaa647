"""A vague evaluation set against what the person does only on a condition ("Noor has potential | but only
performs when there is a bonus involved", "Sam shows promise, but he only speaks up if his manager asks"):
the condition is the writer's observation, and the instance the rewrite asks for is of it, after the
sentence, not an example stuck to the condition's last word ("... involved (for example, [what happened]
...)"): "Noor has potential but only performs when there is a bonus involved; for example, on [date], Noor
[what Noor did], which [impact]." The writer's words all stay, as a sentence with one vague finding's do."""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis

__all__ = ["conditioned"]

#: conjunctions that set the clause against the evaluation
_CONTRAST = {"but", "yet", "though", "although", "however"}
#: words that open a condition ("| when there is a bonus", "| if his manager asks")
_CONDITIONS = {"when", "whenever", "if", "unless", "once", "only"}
_PEOPLE = {"he", "she", "they", "you"}


def _condition(c: Token) -> bool:
    """Whether the clause ``c`` does what it does on a condition ("performs | when there is a bonus")."""
    return any(x.dep_ == "advcl" and x.i > c.i and x.left_edge.lower_ in _CONDITIONS and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in _CONDITIONS for m in x.children) for x in c.children)


def _contrasted(c: Token) -> bool:
    """Whether a "but" (or "yet") joins the clause ``c`` to the one before."""
    doc = c.doc
    before = [t for t in doc[c.head.i + 1:c.left_edge.i + 1] if t.i < c.i]
    return any(t.lower_ in _CONTRAST and t.dep_ in ("cc", "mark", "advmod") for t in before)


def conditioned(a: Analysis, who: str, body: str, end: str) -> str:
    """The rewrite of a vague evaluation that a clause on a condition follows, or ''."""
    sent = a.sent
    if end != "." or who.startswith("["):
        return ""
    for c in sent:
        if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or c.i < a.span.end or not _contrasted(c) \
                or not _condition(c):
            continue
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ not in _PEOPLE and subj.text != who:
            continue  # somebody else's clause ("but the team only ...")
        # (the clause's own pronoun for the person: "but | she | only performs ..." -> "on [date], she [what she did]")
        name = subj.lower_ if subj is not None and subj.lower_ in _PEOPLE else who
        return f"{body}; for example, on [date], {name} [what {name} did], which [impact]."
    return ""
