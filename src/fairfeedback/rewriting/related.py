"""What a relative clause says the person does is a fact the writer gave: "Tom is a lazy clerk who leaves his filing
for others" reports a behavior beside the judgment, as "Tom is a lazy clerk and leaves his filing for others" does.
The rewrite kept the conjoined clause ("Tom leaves his filing for others; on [date], he [...]") but dropped the
relative one ("On [date], Tom [what Tom did as a clerk], which [impact]."). The relative clause of the noun the
person is judged as now stays as what the person was observed doing, without its "who" or "that"."""

from __future__ import annotations

from ..context.analysis import Analysis
from .sentence import ABSOLUTE_STRIP, flagged_tokens

__all__ = ["related_clauses"]

#: the relative pronouns that stand for the person ("| who leaves ...", "| that interrupts ...")
_RELATIVE = {"who", "that"}


def related_clauses(a: Analysis) -> list[str]:
    """The relative clauses of the noun the person is judged as ("a lazy clerk | who leaves his filing for others"),
    each without its pronoun, when no finding flags their words."""
    if a.subject_kind != "person" or a.subject is None:
        return []
    flagged = flagged_tokens(a) | set(range(a.span.start, a.span.end))
    out = []
    for rel in a.sent:
        if rel.dep_ != "relcl" or rel.pos_ not in ("VERB", "AUX") or rel.tag_ not in ("VBZ", "VBP", "VBD"):
            continue
        noun = rel.head
        copula = noun.head
        if noun.dep_ != "attr" or copula.lemma_ != "be" or not any(c.i == a.subject.i for c in copula.children):
            continue
        subj = next((c for c in rel.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in _RELATIVE or subj.i != rel.left_edge.i:
            continue
        words = [t for t in rel.subtree if t.i != subj.i]
        while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
            words.pop()
        if len(words) < 2 or any(t.i in flagged for t in words) or any(t.lower_ in ABSOLUTE_STRIP for t in words):
            continue  # (a clause another finding rewrites, or with an always/never its count asks about)
        out.append("".join(t.text_with_ws for t in words).strip())
    return out
