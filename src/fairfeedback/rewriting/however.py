"""A clause of the writer's own before a comma-spliced "however" ("Aldo has the stamina for night work, however
he lacks focus"): the parser hangs the first clause under the second, so the facts a rewrite keeps (``opening``)
lost it, and with it the praise the writer set against the judgment. The clause stays in front: "Aldo has the
stamina for night work; on [date], he [what he did]. What got in the way?"."""

from __future__ import annotations

from ..context.analysis import Analysis
from .flagged import sentence_spans

__all__ = ["before_however"]


def before_however(a: Analysis) -> str:
    """The writer's clause before ", however" when every flagged span of the sentence follows it, or ''."""
    sent = a.sent
    toks = list(sent)
    at = next((i for i, t in enumerate(toks) if t.lower_ == "however" and i >= 3 and toks[i - 1].text in (",", ";")),
              None)
    if at is None:
        return ""
    cut = toks[at].i
    if any(sp.start < cut for sp in sentence_spans(a)) or a.span.start < cut:
        return ""
    clause = toks[:at - 1]
    if not any(t.dep_ in ("nsubj", "nsubjpass") for t in clause) or not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return ""
    return "".join(t.text_with_ws for t in clause).strip()
