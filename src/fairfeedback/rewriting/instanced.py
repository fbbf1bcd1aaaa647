"""One instance, one tense. A praise prompt that opens a rewrite with "On [date], ..." asks for what the
person did that day, so a habit the writer coordinated with the judged words ("... and always turns out
excellent work") is no part of that day: "Ravi is a very capable fitter and always turns out excellent work"
becomes "Ravi always turns out [which work, and what you valued in it]; on [date], Ravi [what Ravi did as a
fitter, and why it stood out], which [impact]." (before: "On [date], Ravi [...] and always turns out [...]", a
habit in the present inside an instance in the past). The habit keeps the writer's verb and frequency word,
said first as the writer's claim; the dated instance follows.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .flagged import runs

__all__ = ["one_instance"]

#: frequency words of a habit ("always produces", "usually delivers")
_HABIT = ("always", "constantly", "consistently", "regularly", "often", "usually", "routinely", "reliably", "generally")
#: verbs whose present is no habit of the person's ("is", "has", "seems")
_STATIVE = {"be", "have", "seem", "appear", "remain", "look", "feel"}


def one_instance(sent: Span, body: str) -> tuple[str, str]:
    """The habit clause split off ``body`` (the sentence rendered with its prompts, for an "On [date], ..."
    frame) and the rest of ``body``; or ('', ``body``) when no present verb beside the first prompt says one."""
    at = runs(sent.doc)
    first = body.find("]")
    if first < 0 or not body.startswith(("[", *(w + " [" for w in body.split(" [", 1)[:1]))):
        return "", body
    subject = body.split(" [", 1)[0] if not body.startswith("[") else ""
    if not subject or "," in subject or ";" in subject:
        return "", body
    for t in sent:
        if t.dep_ not in ("conj", "relcl") or t.tag_ not in ("VBZ", "VBP") or t.i in at or t.lemma_ in _STATIVE:
            continue
        if not (t.head.i in at or t.head.lemma_ == "be" and any(c.i in at for c in t.head.children)):
            continue  # (a verb of its own clause, not one beside the judged words)
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "neg") and not (t.dep_ == "relcl" and c.lower_ in ("who", "that"))
               for c in t.children):
            continue  # (a clause with its own subject or auxiliary is kept as written; "a solid employee | who | ...")
        habit = "|".join(_HABIT)
        m = re.compile(rf"\s+(?:and|but)\s+((?:(?:{habit})\s+)?{re.escape(t.text)}\b.*)$").search(body, first)
        if m is None or "]" not in m.group(1) or ";" in m.group(1):
            continue  # (only a habit the rewrite asks about: "produces [which work, ...]")
        lead = subject[:1].upper() + subject[1:]
        return f"{lead} {m.group(1)}", body[:m.start()]
    return "", body
