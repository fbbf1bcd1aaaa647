"""A forecast read as a request: "should" that says what the writer expects from what they have heard or seen
("By all accounts, Kemal should settle in well", "From what I have seen, she should do well on the night desk"),
not what the person is asked to do. A deadline and a measure after it ("... settle in well by [date],
specifically [what exactly], measured by [...]") turn the writer's expectation into a goal nobody set; what makes
the forecast checkable is what it rests on, as for a possibility (``possible``): "By all accounts, Kemal should
settle in well (based on [what Kemal has done so far that shows it])". Only with the words that give the source of the
expectation ("by all accounts", "from what I have seen", "judging by ..."), which a request never has; a
"should" without them stays a request ("He should settle in faster": a target).
"""

from __future__ import annotations

from ..context.analysis import Analysis
from .possible import evidence_prompt

__all__ = ["expected_forecast"]

#: word runs, lowercased, that give where an expectation comes from ("| by all accounts |, Kemal should ...")
_SOURCES = (
    ("by", "all", "accounts"),
    ("from", "all", "accounts"),
    ("by", "every", "account"),
    ("from", "what", "i", "have", "seen"),
    ("from", "what", "i", "'ve", "seen"),
    ("from", "what", "i", "have", "heard"),
    ("from", "what", "i", "'ve", "heard"),
    ("from", "what", "i", "hear"),
    ("from", "what", "i", "see"),
    ("judging", "by"),
    ("judging", "from"),
    ("all", "signs", "point"),
    ("all", "signs", "suggest"),
    ("by", "the", "looks", "of", "it"),
    ("on", "paper"),
)
#: modals of an expectation ("he | should | settle in well", "she | ought | to do well")
_EXPECTING = {"should", "ought"}
#: words of a change asked for, which make "should" a request even after a source ("should | improve", "| more")
_ASKED = {"improve", "change", "try", "start", "stop", "focus", "learn", "more", "less", "better", "faster"}


def _source(sent) -> bool:  # noqa: ANN001
    """Whether the sentence names where the expectation comes from (``_SOURCES``)."""
    words = [t.lower_ for t in sent]
    return any(tuple(words[i:i + len(run)]) == run for run in _SOURCES for i in range(len(words) - len(run) + 1))


def expected_forecast(a: Analysis, who: str) -> str:
    """The sentence as written with the aside that asks what the expectation rests on, when its "should" is the
    writer's forecast from a named source (see above); '' otherwise."""
    sent = a.sent
    if not _source(sent) or a.negated:
        return ""
    root = sent.root
    modal = [c for c in root.children if c.dep_ == "aux" and c.lower_ in _EXPECTING]
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not modal or not subj or subj[0].lower_ in ("i", "we", "you"):
        return ""  # (not "you should ...", "we should ...": an ask of the reader or the team)
    if any(t.lemma_.lower() in _ASKED or t.tag_ in ("JJR", "RBR") for t in sent if t.i >= modal[0].i):
        return ""  # ("... he should improve his notes", "... should be faster": a change asked for)
    words = "".join(t.text_with_ws for t in sent).strip()
    end = "?" if words.endswith("?") else "."
    return words.rstrip(".!?;: ") + evidence_prompt(a, who) + end
