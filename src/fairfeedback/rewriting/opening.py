"""The writer's opening adverbial stays in front: a sentence that opens with a phrase or clause of its own
before the person ("When on shift, | she misses the handover checks and ...", "During the audit, | he ...")
keeps it before the person in the facts the rewrite keeps ("When on shift, she misses the handover checks;
on [date], she [what she did] ..."), not between the person and the verb ("She when on shift, misses ...").
"""

from __future__ import annotations

import re

from ..context.analysis import Analysis
from .contrasted import contrast
from .recounted import kept_facts as _kept_facts
from .sentence import text_of

__all__ = ["dated", "kept_facts", "opened"]


def _opening(a: Analysis) -> str:
    """The words before the comma that closes a sentence-initial adverbial right before the subject
    ("When working | , he ..."), or ''."""
    subj = a.subject
    sent, doc = a.sent, a.sent.doc
    if subj is None or subj.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    start = subj.left_edge.i
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return ""
    lead = doc[sent.start:start - 1]
    if any(t.is_punct for t in lead) or len(lead) > 8:
        return ""  # (one phrase only: not "Ana, Bo and Kai" nor a run of clauses)
    if not (lead[0].dep_ in ("mark", "prep", "advmod") or lead[0].tag_ in ("IN", "WRB")):
        return ""
    return lead.text


def opened(a: Analysis, facts: str, who: str) -> str:
    """``facts`` with the sentence's opening adverbial before the person it was kept after (see above)."""
    lead = _opening(a)
    if not lead or not facts or not who:
        return facts
    low = lead[:1].lower() + lead[1:]
    pattern = re.compile(r"(^|; )" + re.escape(who) + " " + "(" + re.escape(low) + "|" + re.escape(lead) + "), ", re.I)
    return pattern.sub(lambda m: f"{m.group(1)}{low}, {who} ", facts, count=1)


def kept_facts(a: Analysis, who: str) -> str:
    """``sentence.kept_facts`` (with an always/never coordinated with the judgment counted: ``recounted``), with
    the opening adverbial in front (``opened``)."""
    from .however import before_however  # ("..., however he lacks focus": the clause before it stays)

    return opened(a, _distinct(_kept_facts(a, who)), who) or before_however(a)


def _distinct(facts: str) -> str:
    """The kept clauses without one that another kept clause already says as its part ("he joined the crew; he has
    not improved since he joined the crew": the "since" clause is said once, inside the clause it belongs to)."""
    parts = facts.split("; ")
    low = [p.lower() for p in parts]
    kept = [p for i, p in enumerate(parts) if not any(j != i and len(low[i].split()) >= 3 and re.search(
        r"\b" + re.escape(low[i]) + r"\b", low[j]) and low[j] != low[i] for j in range(len(parts)))]
    return "; ".join(kept)


def dated(date, a: Analysis | None = None) -> str:  # noqa: ANN001
    """The date the writer gave for the judged behavior as the rewrite's "on [date]" (``about.when``), in lower
    case as it reads after the kept facts ("...; during the audit, she [...]"; the rewrite's start is capitalized
    where it opens it), but a name ("Monday", "Q3") as written; with ``a``, without the other side of a contrast the
    parser hung on the date ("lazy rather than | busy | last sprint")."""
    if date is None:
        return "on [date]"
    skip = contrast(a).tokens if a is not None and contrast(a) is not None else set()
    toks = [t for t in date.subtree if t.i not in skip]  # ("rather than busy | last sprint": ``contrasted``)
    text = text_of(toks)
    first = toks[0] if toks else None
    if first is None or first.pos_ == "PROPN" or first.text == "I" or not text[:1].isupper() or first.text[1:2].isupper():
        return text
    return text[:1].lower() + text[1:]
