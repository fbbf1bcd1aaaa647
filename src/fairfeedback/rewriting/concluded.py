"""What the writer concluded from a judgment, which a rewrite keeps beside the prompt for its evidence.

- A consequence the parser read with its "so" inside the clause ("Priya is lazy, | so she should not
  lead the team", "so" its mark) is an effect like one after the "so" ("..., so the audit failed"), and
  the effect ``impact`` keeps;
- a consequence that is the writer's conclusion, not an effect that happened ("so she should not lead the
  team", "so he cannot be trusted with the payroll run": a modal), follows the impact the prompt asks
  for, it does not take its place ("..., which [impact], so she should not lead the team");
- a clause kept as a fact that the effect keeps already is not said twice ("The audit failed twice; on
  [date], Omar [...], so the audit failed twice");
- a verdict on the person's future that another finding of the sentence flags ("Priya is lazy, | so she
  should not be promoted to lead") goes with its words, and its point stays as the requirement it stands
  for ("; for a promotion to lead, she still needs to show [the requirement]"), as in the verdict's own
  rewrite (``nextstep``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .flagged import sentence_spans

__all__ = ["after_impact", "forecast_tail", "so_marked", "without_effect"]

#: auxiliaries of a conclusion, not of something that happened ("so she | should | not lead", "can't be trusted")
_MODALS = {"should", "must", "can", "ca", "could", "would", "will", "wo", "may", "might", "shall", "'ll", "'d", "ought", "cannot"}
_PRONOUNS = {"he", "she", "they"}


def so_marked(a: Analysis, c: Token, flagged: set[int]) -> list[Token] | None:
    """The tokens of a consequence clause ``c`` whose "so" the parser made its own first word ("..., | so she
    should not lead the team"), without the "so"; None for any other clause."""
    doc, top = a.sent.doc, a.predicate
    so = c.left_edge
    if so.lower_ != "so" or so.head.i != c.i or c.dep_ not in ("advcl", "conj") or c.head.i != top.i \
            or c.i <= a.span.end or so.i == a.sent.start or doc[so.i - 1].text not in (",", ";"):
        return None
    if c.right_edge.i < a.sent.end - 2 or not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
        return None
    toks = [t for t in c.subtree if t.i != so.i]
    return None if any(t.i in flagged for t in toks) else toks


def _concluding(result: str) -> bool:
    """Whether a kept consequence ("so she should not lead the team") is the writer's conclusion: a modal."""
    words = result.lower().replace("n't", " not").split()
    return len(words) > 2 and words[0] == "so" and any(w in _MODALS for w in words[1:4])


def after_impact(end: str, result: str) -> str:
    """The prompt's ending with the effect the writer named: in place of "[impact]" ("..., so the audit
    failed twice."), or after it when the writer concluded it ("..., which [impact], so she should not lead
    the team.")."""
    if not result:
        return end
    if end.startswith(", ") and "[" in end:
        close = end.index("]") + 1
        if _concluding(result):
            return f"{end[:close]}, {result}{end[close:]}"
        return f", {result}{end[close:]}"
    return f", {result}{end}"


def without_effect(facts: str, result: str) -> str:
    """The kept facts without the clause the effect keeps already ("the audit failed twice")."""
    if not facts or not result:
        return facts
    said = result.removeprefix("so ").strip().lower()
    kept = [f for f in facts.split("; ") if f.strip().lower().removeprefix("so ") != said and not (  # (nor a verb of
        len(f.split()) >= 3 and " " + f.strip().split(" ", 1)[1].lower() in " " + said)]  # the effect's: ``impact``)
    return "; ".join(kept)


def forecast_tail(a: Analysis, text: str, who: str) -> str:
    """``text`` with the requirement a verdict on the person's future stands for, when another finding of the
    sentence flags one after the judged words and this rewrite takes it out ("Priya is lazy, | so she
    should not be promoted to lead"): "...; for a promotion to lead, she still needs to show [the requirement].\""""
    from .nextstep import requirement  # (it renders with this package's prompts)

    if a.span.label_ in a.words.forecast_rules or not text.endswith(".") or "still need" in text:
        return text
    verdict = next((sp for sp in sentence_spans(a) if sp.label_ in a.words.forecast_rules and sp.start >= a.span.end
                    and sp.end - sp.start < len(a.sent) - 1), None)
    if verdict is None:
        return text
    other = Analysis(verdict, a.words, a.sent)
    subj = other.subject
    # the verdict's own pronoun for the person the prompt names ("so | she | should not be promoted")
    doer = subj.lower_ if subj is not None and subj.lower_ in _PRONOUNS and not who.startswith("[") else who
    return text[:-1] + requirement(other, doer)
