"""The polarity guard: a rewrite keeps the stance of the sentence it rewrites.

A rule that misfires on praise ("He gave the new starters a great deal of help") would get the
rewrite of what it thought it saw: a request ("... by [date], specifically ...") or a prompt for a
shortfall ("he [did what, and what you expected instead]") - an accusation the writer never made.
The reverse, a criticism whose rewrite asks only "why it stood out", would erase it. So every sentence
rewrite is checked against the sentence's own stance, read off the analysis and the word lists the
package already has (no lexicon of its own):

- criticism: a finding of a family that only flags criticism, a rule declared negative, a negative
  cue or a criticism marker anywhere in the sentence, a negation, or a negative clause;
- a request: the sentence asks (a request cue, an imperative, a modal) or names a change (a
  comparative, a verb of increase or decrease): a vague target's own words;
- praise: none of those, and a positive cue; neutral: none of those and no positive cue either.

The rewrite's direction is read off the frames the templates themselves write: "needs to change",
"did not", "what you expected instead", a checkable tail, ... (``CRITICISM``), and "why it stood out",
"what you valued" (``PRAISE``); a frame counts only when the writer's own sentence does not say it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..context.analysis import Analysis
from ..phrase_search import PhraseSearch
from .conditional import outcome_spans
from .flagged import polarity, spans_of
from .naming import SentenceRewrite
from .sentence import INSTANCE
from .targeted import target_spans, weighed

__all__ = ["CRITICISM", "PRAISE", "PRAISE_PROMPT", "keep_stance", "praised", "reads_as", "stance"]

#: frames the rewriting templates write that read as criticism or a request for change
CRITICISM = re.compile("|".join([
    r"\bneeds? to change\b", r"\bwill change\b", r"\[what to change", r"measured how, by when\]",
    r"specifically \[what exactly\], measured by", r"\bdid not\b", r"\bwas not\b", r"what you expected instead",
    r"\[which shortfalls?\b", r"what was missing", r"what exactly is wrong", r"next time, \[what you need\]",
    r"What got in the way\?", r"\bstill needs? to (?:show|be shown)\b", r"\[the requirement\]", r"\bfell short\b",
    r"\[what went wrong\]"]), re.I)
#: frames the templates write that read as praise
PRAISE = re.compile(r"why it stood out|what you valued|\[which strengths?\b|what exactly was good", re.I)
#: the prompt the vague-evaluation strategy writes after a short piece of praise (``vague``)
PRAISE_PROMPT = "what exactly was good, and what it changed"

#: each criticism prompt and the praise prompt of the same shape, as the templates write them
_SWAPS = [(", and what you expected instead]", ", and why it stood out]"),
          ("[what was missing, shown where]", "[what you valued, shown where]"),
          ("and what was missing from it]", "and what you valued in it]"),
          ("and what was missing from them]", "and what you valued in them]"),
          ("[which shortfalls", "[which strengths"), ("[which shortfall", "[which strength"),
          ("what exactly is wrong, and its effect", PRAISE_PROMPT)]

#: rule families that only flag criticism (character, shaming, absolute aside, coded, intent, sensitive)
_CRITICAL = {"FF1", "FF4", "FF6", "FF7", "FF8"}
#: modals that ask or forecast a change ("could contribute more", "should", "must")
_ASKING = {"should", "must", "need", "needs", "ought", "could", "would", "shall", "might"}
_NEGATIONS = {"not", "n't", "never", "no", "nothing", "nobody", "none", "hardly", "barely", "without"}


def reads_as(text: str, original: str) -> set[str]:
    """'criticism' and/or 'praise': the frames of ``text`` that the ``original`` sentence does not say itself."""
    out = set()
    for name, rx in (("criticism", CRITICISM), ("praise", PRAISE)):
        said = {m.group(0).lower() for m in rx.finditer(original)}
        if any(m.group(0).lower() not in said for m in rx.finditer(text)):
            out.add(name)
    return out


def stance(a: Analysis) -> str:
    """'criticism', 'request', 'praise', 'neutral' or 'unclear' (a negation the cues cannot read): what the
    sentence of ``a`` says, with every finding on it. A vague target's finding is trusted to ask for a change
    unless the sentence praises."""
    sent, words = a.sent, a.words
    spans = spans_of(sent) or [a.span]
    toks = [t for t in sent if not (t.is_punct or t.is_space)]
    if _criticised(a, spans, toks):
        return "criticism"
    if any(t.lower_ in _NEGATIONS or t.dep_ == "neg" for t in toks):
        return "unclear"
    changes = {term.split(":", 1)[-1] for term in words.lexicons.get("doc-change-verbs", ())}
    if a.is_request or words.request_cues.search(sent.text.lower()) or any(
            t.lower_ in _ASKING or t.tag_ in ("JJR", "RBR") or t.lower_ in changes or t.lemma_.lower() in changes
            for t in toks):
        return "request"
    # (praise set against a target asks for the change: ``targeted``; so does praise promised for a change the
    # condition asks, "could be a real asset | if he sorts himself out": ``conditional``)
    if praised(a) and not weighed(a) and not outcome_spans(a.sent):
        return "praise"
    return "request" if target_spans(a) else "neutral"


def _criticised(a: Analysis, spans: list, toks: list) -> bool:
    """A finding of a family that only flags criticism or of a rule declared negative, a negative clause,
    or a negative cue or criticism marker anywhere in the sentence."""
    words = a.words
    if any(sp.label_[:3] in _CRITICAL or sp.label_ in words.criticism_rules for sp in spans) or any(
            polarity(a, sp.start, sp.end, [sp.label_]) == "negative" or Analysis(sp, words, a.sent).polarity == "negative"
            for sp in spans):
        return True
    low = " ".join(t.lower_ for t in toks)
    return any(t.lower_ in words.negative_cues or t.lemma_.lower() in words.negative_cues for t in toks) \
        or _cue_phrases(words).search(low) is not None


def praised(a: Analysis) -> bool:
    """The sentence praises: a positive cue of the word lists, or a vague evaluation whose clause reads positive."""
    words, sent = a.words, a.sent
    good = words.lexicons.get("traits-positive", ())
    return bool(words.positive.search(sent.text.lower())) or any(
        t.lower_ in good or t.lemma_.lower() in good for t in sent) or any(
        sp.label_[:3] == "FF3" and sp.label_ not in words.criticism_rules
        and Analysis(sp, words, sent).polarity == "positive" for sp in spans_of(sent) or [a.span])


def _cue_phrases(words) -> PhraseSearch:  # noqa: ANN001
    """The negative cue phrases and the review-level critical cues, searched as whole phrases; built
    once per word lists (a regular expression per phrase per sentence overflowed ``re``'s cache)."""
    found = words.cache.get("stance_cue_phrases")
    if found is None:
        found = words.cache["stance_cue_phrases"] = PhraseSearch(
            [*words.negative_cue_phrases, *words.lexicons.get("doc-critical-cues", ())])
    return found


def keep_stance(a: Analysis, out: SentenceRewrite | None,
                fallback: Callable[[], SentenceRewrite | None]) -> SentenceRewrite | None:
    """``out``, or a rewrite that keeps the sentence's stance when ``out`` turns praise or a neutral report
    into criticism, or criticism into praise: the same prompts turned round where they have a counterpart
    ("why it stood out" for "what you expected instead"), else ``fallback`` (the vague-evaluation rewrite,
    which keeps the writer's words), else the writer's words with the instance asked for."""
    if out is None or not out.text:
        return out
    original = a.sent.text
    read = reads_as(out.text, original)
    if not read:
        return out
    said = stance(a)
    if said in ("praise", "neutral") and "criticism" in read:
        return _kept(a, out, said, "criticism", fallback)
    if said == "criticism" and read == {"praise"} and not praised(a):
        return _kept(a, out, said, "praise", fallback)
    return out


def _kept(a: Analysis, out: SentenceRewrite, said: str, wrong: str,
          fallback: Callable[[], SentenceRewrite | None]) -> SentenceRewrite:
    original = a.sent.text
    turned = _turned(out.text, to_praise=wrong == "criticism")
    if said != "neutral" and turned != out.text and _fits(turned, original, said):
        return SentenceRewrite(out.title, turned, out.applicability)
    try:
        other = fallback()
    except (IndexError, AttributeError, ValueError):
        other = None
    if other is not None and other.text and _fits(other.text, original, said):
        return other
    body = original.strip().rstrip(".!;:,").strip()
    if said == "praise":
        return SentenceRewrite("Name what exactly", f"{body}: [{PRAISE_PROMPT}].")
    return SentenceRewrite("Name the instance and its impact", f"{body}{INSTANCE}.")


def _fits(text: str, original: str, said: str) -> bool:
    """Whether ``text`` keeps the stance ``said``: praise asks for no change, a neutral report for neither
    praise nor change, and criticism is not left with praise alone."""
    read = reads_as(text, original)
    return read != {"praise"} if said == "criticism" else not read - ({"praise"} if said == "praise" else set())


def _turned(text: str, *, to_praise: bool) -> str:
    """``text`` with each prompt of the wrong stance replaced by its counterpart."""
    for bad, good in _SWAPS:
        text = text.replace(bad, good) if to_praise else text.replace(good, bad)
    return text
