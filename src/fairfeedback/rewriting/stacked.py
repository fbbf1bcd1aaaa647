"""A verbless request whose words are all vague targets ("Needs coaching to grow skills", "Has potential, needs
encouragement"): the shared rewrite of its findings kept none of their words ("[What to change] by [date], ..."),
so the reader lost what the writer asked for. The request keeps its verbs, each noun of the targets becomes the
question of which one ("[Name] needs [what coaching] to grow [which skills] by [date], measured by [how you will check
it]."), and potential beside it asks what it rests on ("[Name] has potential (based on [what they have done so far
that shows it]) and needs [what encouragement] by [date], ...")."""

from __future__ import annotations

from ..context.analysis import Analysis
from .flagged import spans_of

__all__ = ["stacked_request"]

#: verbs that open a verbless request or report ("| Needs coaching", "| Has potential", "| Requires guidance")
_OPENERS = {"needs", "need", "requires", "has", "could", "should", "must"}
#: nouns of a promise, which ask what they rest on ("has | potential")
_PROMISE = {"potential", "promise", "talent"}
_TAIL = " by [date], measured by [how you will check it]."


def _clauses(a: Analysis) -> list[list]:
    """The sentence's words split into its requests ("Has potential | , | needs encouragement"), each opening
    with a verb of _OPENERS; [] when a word has a subject or the sentence is no such list."""
    words = [t for t in a.sent if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    out: list[list] = []
    for i, t in enumerate(words):
        if t.pos_ in ("PRON", "PROPN") or t.tag_ in ("JJR", "RBR") or t.lower_ in ("more", "less"):
            return []  # (a subject of its own; a comparison, which a target's own rewrite asks to measure)
        opens = i == 0 or words[i - 1].text in (",", ";", "and") or t.lower_ in ("needs", "requires") and words[i - 1].pos_ in ("NOUN", "ADJ")
        if t.lower_ in _OPENERS and opens and t.tag_ not in ("NN", "NNP"):
            if out and out[-1][-1].lower_ == "and":
                out[-1].pop()
            out.append([t])
        elif t.text in (",", ";") and out:
            continue
        elif out and not t.is_punct:
            out[-1].append(t)
        else:
            return []
    return out if out and all(len(c) >= 2 for c in out) else []


def _noun(t) -> str:  # noqa: ANN001
    if t.lower_ in _PROMISE:
        return t.lower_
    return f"[which {t.lower_}]" if t.tag_ in ("NNS", "NNPS") else f"[what {t.lower_}]"


def stacked_request(a: Analysis) -> str:
    """The rewrite of a verbless request of vague targets (see above), or ''."""
    spans = spans_of(a.sent)
    if not spans or any(sp.label_[:3] not in ("FF2", "FF3") for sp in spans) or len(a.sent) > 14:
        return ""
    whole = any(sp.end - sp.start >= len(a.sent) - 1 for sp in spans)  # (a learned rule's whole sentence)
    if not any(sp.label_[:3] == "FF2" for sp in spans) or len({(sp.start, sp.end) for sp in spans}) < 2 and not whole:
        return ""  # (one target alone keeps its words: "Needs mentoring to ... by [date], specifically ...")
    clauses = _clauses(a)
    if not clauses or not any(c[0].lemma_ in ("need", "require") for c in clauses):
        return ""
    parts = []
    for c in clauses:
        verb = c[0].lower_ if c[0].lower_ not in ("need", "must", "should", "could") else None
        if verb is None:
            return ""
        words = [_noun(t) if t.pos_ == "NOUN" or t.tag_ == "VBG" else t.lower_
                 for t in c[1:]]
        if not any(w.startswith("[") for w in words) and not any(t.lower_ in _PROMISE for t in c[1:]):
            return ""
        part = f"{verb} {' '.join(words)}"
        if any(t.lower_ in _PROMISE for t in c[1:]):
            part += " (based on [what they have done so far that shows it])"
        parts.append(part)
    return "[Name] " + " and ".join(parts) + _TAIL
