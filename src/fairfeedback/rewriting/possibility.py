"""A praise run that is a forecast keeps its words in a sentence with other findings: "With more practice, Lena
might become a great presenter" says what Lena may become, not what she did, and a prompt for what she did
("Lena [what Lena did, and why it stood out]") would drop the forecast and its modal. The run stays as written,
with the question of what it rests on after it ("might become a great presenter (based on [what Lena has done so
far that shows it])", ``possible``), while the other findings' runs become their prompts ("With [what to change,
measured how, by when], ..."), unless other praise of the present asks for what the person did. A linted rewrite finds nothing in it: the aside is the evidence the forecast asks for.
"""

from __future__ import annotations

from ..context.analysis import Analysis
from .flagged import spans_of
from .foretold import foretold
from .requirement import required, shown
from .possible import evidence_prompt, possible

__all__ = ["kept_forecast"]


def kept_forecast(a: Analysis, s: int, e: int, labels: list[str], region: tuple[int, int, str]) -> tuple[int, int, str]:
    """``region``, or the forecast run ``s:e`` kept as written with its evidence prompt."""
    from .prompts import _who

    text = region[2]
    doc = a.sent.doc
    if all(lab[:3] == "FF3" for lab in labels) and foretold(doc[s:e].root) and not required(doc[s:e].root) \
            and shown(doc[s:e].root) is None and not any(sp.label_[:3] != "FF3" and s < sp.end and sp.start < region[1]
                                                        and region[0] < sp.end for sp in spans_of(a.sent)):
        return _kept_foretold(a, s, e, region)  # "will become a great lead": the forecast stays, asked for what is next
    if not (text.startswith("[what ") and " did" in text and "stood out" in text) or not all(
            lab[:3] == "FF3" for lab in labels):
        return region
    if not possible(Analysis(doc[s:e], a.words, a.sent)):
        return region
    if any(sp.label_[:3] == "FF3" and not (sp.start < e and s < sp.end) and not possible(Analysis(sp, a.words, a.sent))
           for sp in spans_of(a.sent)):
        return region  # praise of the present beside it ("Not only is she very capable, she has the potential ..."):
        # one prompt asks for what she did, and what is next
    start, end = region[0], region[1]
    words = doc[start:end]
    return start, end, words.text + evidence_prompt(a, _who(a, s, e))


def _kept_foretold(a: Analysis, s: int, e: int, region: tuple[int, int, str]) -> tuple[int, int, str]:
    """A forecast under "will" beside other findings ("Ana is lazy but | will become a great lead") keeps its verb and
    its words, with what the person needs to show after the phrase it names ("a great shift lead (specifically,
    [what she needs to show, and by when])"), as a lone forecast does (``foretold``): a prompt in place of the verb
    would leave the person without one ("Ana [what Ana needs to show as a lead, and by when]")."""
    from .foretold import foretold_prompt

    doc = a.sent.doc
    spans = spans_of(a.sent)
    if any(sp.label_[:3] == "FF3" and not (sp.start < e and s < sp.end) and not foretold(sp.root) for sp in spans):
        return region  # praise of the present beside it: one prompt asks for what the person did
    if all(sp.label_[:3] == "FF3" for sp in spans):
        return region  # praise only ("will prove to be a strong leader and a valued colleague"): one forward prompt
    top = doc[s:e].root
    while top.head.i != top.i and top.head.pos_ not in ("VERB", "AUX") and top.dep_ not in ("attr", "dobj", "oprd"):
        top = top.head
    start, end = min(region[0], s), max(region[1], top.right_edge.i + 1, e)
    if any(t.is_punct for t in doc[start:end]):
        return region
    ahead = foretold_prompt(Analysis(doc[s:e], a.words, a.sent))  # ("[what she needs to show, and by when]")
    return (start, end, doc[start:end].text + f" (specifically, {ahead})") if ahead else region
