"""A ranking or a shared opinion the writer states as praise ("Her reports are among the best in the
unit, and she is liked by everyone") is a claim worth keeping: the rewrite keeps the writer's words and
asks, right after each claim, for the instance that shows it ("... among the best in the unit (for
example, [which one, and what made it stand out]), and she is liked by everyone ([who said so, about
what]).") instead of replacing the claims with prompts."""

from __future__ import annotations

from ..context.analysis import Analysis
from .flagged import sentence_spans
from .naming import SentenceRewrite, _end
from .sentence import ABSOLUTE_STRIP

__all__ = ["kept_praise"]

_ALL = {"everyone", "everybody", "all", "colleagues", "peers", "customers", "clients", "team"}
_RANKED = " (for example, [which {what}, and what made it stand out])"
_SHARED = " ([who said so, about what])"


def _claim(sp) -> tuple[int, str] | None:  # noqa: ANN001
    """Where the claim ``sp`` ends, and its prompt: a ranking ("among the best in the unit") or an
    opinion of everyone's ("liked by everyone"); None for any other label."""
    toks = list(sp)
    if toks[0].lower_ == "among" and any(t.tag_ in ("JJS", "RBS") for t in toks):
        prep = toks[0]
        end = prep.right_edge.i
        subj = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        what = subj.lemma_.lower() if subj is not None and subj.pos_ == "NOUN" else "piece of work"
        return end, _RANKED.format(what=what)
    if any(t.lower_ == "by" for t in toks) and toks[-1].lower_ in _ALL and toks[0].tag_ == "VBN":
        return toks[-1].right_edge.i, _SHARED
    return None


def kept_praise(a: Analysis) -> SentenceRewrite | None:
    """The sentence with each ranking or shared opinion kept and an instance asked after it, when every
    flagged span of the sentence is one (a label like "a great guy" still becomes a prompt)."""
    sent = a.sent
    spans = sentence_spans(a)
    if not spans or any(sp.label_ != "FF306" for sp in spans):
        return None
    claims = [_claim(sp) for sp in spans]
    if any(c is None for c in claims):
        return None
    after = {end: prompt for end, prompt in claims}  # type: ignore[misc]
    starts = {sp.start for sp in spans}
    last = max((t.i for t in sent if not (t.is_punct or t.is_space)), default=sent.end - 1)
    out = []
    for t in sent:
        if t.i > last:
            break
        if t.lower_ in ABSOLUTE_STRIP and t.i + 1 in starts:
            continue  # "always | among the best": the instance says how often
        out.append(t.text + (after[t.i] if t.i in after else "") + t.whitespace_)
    return SentenceRewrite("Name the instance", "".join(out).strip() + _end(sent))
