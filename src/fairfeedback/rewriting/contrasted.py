"""A judgment set against what the person did not do, with no request on either side ("Ana kept coasting |
rather than asking for help", "He prefers coasting | instead of working", "| Instead of | fixing the build, Tom
was lazy about it"): the other side is a fact the writer gave, what the person left undone, and the prompt keeps
it after what the person did ("[what Ana did rather than asking for help]"), not as the situation ("when asking
for help") nor with the opener left stranded ("instead of | when working", "than fixing the build"). A contrast
set against a request is ``alternatives``'; one whose other side is no action ("lazy | rather than | busy")
stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..context.analysis import Analysis
from .dated import _time

__all__ = ["Contrast", "contrast"]

#: the word runs that open the other side, lowercased
_OPENERS = (("rather", "than"), ("instead", "of"), ("as", "opposed", "to"))
#: words that end the other side: a clause of its own ("..., which delayed the release", "... because ...")
_CLOSERS = {"which", "who", "because", "since", "although", "though", "but", "so", "while", "whereas", "when",
            "whenever", "unless", "until", "after", "before", "yet", "even"}
#: tags of a finite verb, which starts a clause of its own: an opener after it is no longer the judged clause's
#: ("coasting on the team's work | rather than ...", but not "coasting, | says | Bo, rather than ...")
_CLAUSE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
#: words that point back at the other side ("lazy about | it")
_BACK = {"it", "that", "this", "them"}


@dataclass(frozen=True)
class Contrast:
    """The other side ``start``..``end`` (its opener included, and a comma that closes it at the sentence's start),
    and its words as the prompt keeps them ('' for a side that is no action, which goes)."""

    start: int
    end: int
    text: str

    @property
    def tokens(self) -> set[int]:
        return set(range(self.start, self.end))

    def restated(self, prep) -> bool:  # noqa: ANN001
        """Whether the phrase ``prep`` only points back at the other side ("Instead of fixing the build, Tom was
        lazy | about it"): the prompt keeps the other side's own words instead."""
        objs = [o for o in prep.children if o.dep_ in ("pobj", "dobj")]
        return bool(self.text) and prep.dep_ in ("prep", "dobj") and (prep.lower_ in _BACK if prep.dep_ == "dobj" else len(objs) == 1
                                                  and objs[0].lower_ in _BACK and objs[0].n_lefts + objs[0].n_rights == 0)


def _opener_at(doc, i: int) -> int:  # noqa: ANN001
    for words in _OPENERS:
        if i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
            return len(words)
    return 0


def _side(doc, start: int, stop: int) -> int:  # noqa: ANN001
    """The end of the other side that starts at ``start``: the first punctuation or clause of its own."""
    k = start
    while k < stop:
        t = doc[k]
        if t.is_punct and t.text not in ("-", "'", "’") or t.lower_ in _CLOSERS:
            break
        if t.lower_ in ("and", "or") and k + 1 < stop and (doc[k + 1].tag_ in (*_CLAUSE_TAGS, "PRP")):
            break  # ("... instead of writing tests | and he ...")
        k += 1
    return k


def contrast(a: Analysis, taken: set[int] = frozenset()) -> Contrast | None:
    """The action the judgment ``a`` was set against, when no request was (else None); ``taken`` are the tokens
    other findings flag, which the prompt does not quote."""
    from .alternatives import alternative_of
    from .sentence import text_of

    doc, sent, span = a.sent.doc, a.sent, a.span
    if alternative_of(a) is not None:
        return None
    found = None
    # after the judged clause, before any clause of its own ("coasting on old work | rather than ...")
    for i in range(span.end, sent.end):
        n = _opener_at(doc, i)
        if n:
            found = (i, n, _side(doc, i + n, sent.end))
            break
        t = doc[i]
        if t.is_punct or t.tag_ in _CLAUSE_TAGS or t.lower_ in _CLOSERS or t.lower_ in ("and", "or"):
            break
    # or opening the sentence, closed by a comma before the judgment ("Instead of fixing the build, | Tom ...")
    if found is None and (n := _opener_at(doc, sent.start)):
        end = _side(doc, sent.start + n, span.start)
        if end < span.start and doc[end].text == ",":
            found = (sent.start, n, end)
    if found is None:
        return None
    i, n, end = found
    words = [t for t in doc[i + n:end]]
    if not words or any(span.start <= t.i < span.end for t in words):
        return None
    close = end + 1 if end < len(doc) and doc[end].text == "," and i == sent.start else end
    if words[0].tag_ not in ("VBG", "VB"):
        # no action, another reading of the person ("lazy | rather than busy | last sprint"): it goes, and what
        # follows it (a time, a place) stays the prompt's
        stop = next((t.i for t in words[1:] if t.pos_ == "ADP" or any(_time(x) for x in (t, *t.ancestors))), end)
        return Contrast(i, close if stop == end else stop, "")
    if any(t.i in taken for t in words):
        return Contrast(i, close, "")  # (another finding's words: not quoted)
    opener = " ".join(doc[k].lower_ for k in range(i, i + n))
    return Contrast(i, close, f"{opener} {text_of(words)}")


#: conjunctions that set a judged clause against the clause before it ("works well alone | but | doesn't ...")
_BUT = {"but", "yet"}


def but_before(a: Analysis) -> bool:
    """The judged clause follows a clause of the writer's own that a "but" or "yet" sets it against ("She works
    well alone | but | doesn't work well with others"): the kept clause and the prompt keep that contrast
    (", but on [date], she ..."), not a semicolon that reads as more of the same."""
    verb = a.span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ not in ("conj", "ROOT") and verb.head.i != verb.i and verb.head.i > a.sent.start:
        verb = verb.head
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.head.i >= a.span.start:
        return False
    return any(c.dep_ == "cc" and c.lower_ in _BUT and verb.head.i < c.i < verb.i for c in verb.head.children)
