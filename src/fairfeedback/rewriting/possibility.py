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
from .possible import evidence_prompt, possible

__all__ = ["kept_forecast"]


def kept_forecast(a: Analysis, s: int, e: int, labels: list[str], region: tuple[int, int, str]) -> tuple[int, int, str]:
    """``region``, or the forecast run ``s:e`` kept as written with its evidence prompt."""
    from .prompts import _who

    text = region[2]
    if not (text.startswith("[what ") and " did" in text and "stood out" in text) or not all(
            lab[:3] == "FF3" for lab in labels):
        return region
    doc = a.sent.doc
    if not possible(Analysis(doc[s:e], a.words, a.sent)):
        return region
    if any(sp.label_[:3] == "FF3" and not (sp.start < e and s < sp.end) and not possible(Analysis(sp, a.words, a.sent))
           for sp in spans_of(a.sent)):
        return region  # praise of the present beside it ("Not only is she very capable, she has the potential ..."):
        # one prompt asks for what she did, and what is next
    start, end = region[0], region[1]
    words = doc[start:end]
    return start, end, words.text + evidence_prompt(a, _who(a, s, e))
