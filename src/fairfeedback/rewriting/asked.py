"""What a prompt for the person's behavior asks, from the judged words: what they said or did to
somebody the judgment named ("rude | to the vendor" -> "[what he said or did to the vendor]", the
writer's preposition kept, ``governed.addressed``), or what happened on the dimension a verdict
measured ("slow" -> "[what took longer than needed, and how long]"), also when a comparison framed the
verdict ("Compared to Dana, he is slow": the comparison goes, the dimension stays, ``framed``)."""

from __future__ import annotations

from ..context.analysis import Analysis
from ..matching.component import SPAN_KEY, confidence_key
from .conjoined import without_strays
from .governed import addressed
from .sentence import text_of
from .toward import said_or_did

__all__ = ["asked", "framed", "said_to"]

#: verdicts on a measurable dimension of the work, by lemma: the prompt asks for it, and for the measure
#: (the trait lexicons leave these words out: they are as often said of things)
_DIMENSIONS = {
    "slow": ("what took longer than needed", ", and how long"),
    "sluggish": ("what took longer than needed", ", and how long"),
}
#: words that open a fronted comparison ("| Compared to Dana, ...", "| Unlike Bo, ...")
_COMPARING = {"compared", "unlike", "comparison", "next", "beside", "relative"}
#: a phrase that ends without its object, and the writer's own words: no task a prompt can be about
_STRANDED = {"with", "to", "for", "on", "at", "of", "from", "by", "about", "in"}
_WRITER = {"my", "me", "i", "our", "us", "we"}
#: rule families of a judgment of the person's character (FF1xx)
_CHARACTER = "FF1"


def said_to(a: Analysis, comp: str) -> bool:
    """Whether the prompt's phrase ``comp`` names whom the judged manner was shown to ("to the vendor"):
    then the prompt asks what the person said or did, not only did."""
    people = a.words.person_nouns
    return bool(comp) and any(addressed(t, people) and f" {text_of(without_strays(t))} " in f" {comp} "
                              for t in a.sent if t.dep_ == "prep")


def _dimension(a: Analysis) -> tuple[str, str] | None:
    words = [t for t in a.span if not (t.is_punct or t.dep_ in ("advmod", "det"))]
    return _DIMENSIONS.get(words[0].lemma_.lower()) if len(words) == 1 and words[0].pos_ == "ADJ" else None


def asked(a: Analysis, what: str, comp: str) -> str:
    """The bracketed prompt: ``what`` ("what Sam did") with ``comp``, what the judged words were about;
    "said or did" for a manner shown to somebody; the dimension of a measuring verdict, and its measure."""
    words = comp.lower().split()
    if what == "what happened" and words and (words[-1] in _STRANDED or set(words) & _WRITER):
        comp = ""  # the writer's own phrase, no task ("the displeasure of working with", "my division")
    about = f" {comp}" if comp else ""
    dim = _dimension(a)
    if dim is not None and what.endswith(" did"):
        return f"[{dim[0]}{about}{dim[1]}]"
    if what.endswith(" did") and said_to(a, comp):
        what = said_or_did(what)
    return f"[{what}{about}]"


def framed(a: Analysis) -> Analysis | None:
    """The character verdict a comparison that opens the sentence framed ("Compared to Dana, | he is slow",
    "Unlike Bo, | Kai is disorganized"): the sentence is rewritten as that verdict's, for the comparison goes
    (its words are another finding's, which no prompt quotes)."""
    sent, span = a.sent, a.span
    if span[0].lower_ not in _COMPARING or span.start != sent.start or a.subject_kind != "person":
        return None
    spans = sent.doc.spans.get(SPAN_KEY, [])
    verdicts = {(sp.start, sp.end): sp for sp in spans if sp.label_.startswith(_CHARACTER)
                and span.end <= sp.start and sp.end <= sent.end}
    if len(verdicts) != 1:
        return None
    (verdict,) = verdicts.values()
    learned = confidence_key(verdict.label_, verdict.start, verdict.end) in spans.attrs.get("confidence", {})
    return Analysis(verdict, a.words, sent, learned=learned)
