"""How a rewrite names the person a sentence is about, and the sentence's own text and end."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..context.analysis import Analysis
from ..models import Applicability
from .sentence import text_of

__all__ = ["SentenceRewrite", "_body", "_cap", "_end", "subject_phrase"]

_NOMINATIVE = {"him": "he", "her": "she", "them": "they", "me": "I", "us": "we",
               "his": "he", "their": "they", "your": "you", "my": "I", "our": "we"}


class SentenceRewrite:
    """The replacement for a whole sentence, with its title and applicability."""

    def __init__(self, title: str, text: str, applicability: Applicability | None = None) -> None:
        self.title = title
        self.text = text
        self.applicability = applicability or (
            Applicability.NEEDS_INPUT if "[" in text else Applicability.SAFE)


def _owner(noun: Token) -> Token | None:
    """The person a noun belongs to: "her" in "her attitude", "Sam" in "Sam's reports"."""
    return next((c for c in noun.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ in _NOMINATIVE)),
                None)


def subject_phrase(a: Analysis) -> str:
    """How to name the person the sentence is about: 'you', 'she', 'Alex', 'the new hire', '[name]'."""
    owner = _owner(a.subject) if a.subject is not None else None
    # a person, or a person's attribute ("his work ethic is questionable": the rewrite is about him)
    subj = a.subject if a.subject_kind == "person" or owner is not None else None
    if subj is None:
        return "[name]"
    if subj.pos_ == "PROPN":
        first = subj
        while first.i > a.sent.start and first.nbor(-1).dep_ == "compound" and first.nbor(-1).pos_ == "PROPN":
            first = first.nbor(-1)
        return a.sent.doc[first.i: subj.i + 1].text
    low = subj.lower_
    if subj.pos_ == "PRON":
        return _NOMINATIVE.get(low, low)
    if owner is not None:  # "her attitude is poor": the rewrite is about her
        return _NOMINATIVE.get(owner.lower_, owner.lower_) if owner.pos_ == "PRON" else owner.text.removesuffix("'s")
    det = next((c for c in subj.children if c.dep_ in ("det", "poss")), None)
    if det is None and subj.text[:1].isupper() and subj.i > a.sent.start or (det is None and subj.text.istitle()
                                                                               and a.subject_kind == "person"):
        return subj.text  # a name the tagger took for a noun ("Ravi"), not "the Ravi"
    mods = " ".join(c.text for c in subj.children if c.dep_ == "compound" and c.i < subj.i)
    head = (mods + " " + subj.text).strip()
    return f"{det.text.lower() if det is not None else 'the'} {head}"


def _cap(s: str) -> str:
    if s.startswith("["):
        return s[:2].upper() + s[2:]
    return s[:1].upper() + s[1:]


def _end(sent: Span) -> str:
    text = sent.text.rstrip()
    return "?" if text.endswith("?") else "."


def _body(sent: Span) -> str:
    return text_of(sent).rstrip().rstrip(".!?;:").rstrip()

