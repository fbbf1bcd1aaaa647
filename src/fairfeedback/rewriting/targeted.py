"""Targets that a vague-evaluation rule flags: "has a long way to go", "still has room to grow".

"Way to go" is praise alone ("Way to go!") and a target after "has" ("still has a long way to go"); "room to
grow" is a verdict only in name: both say that a change is wanted, not what was good. Their runs get the
prompt of a target ("[what to change, measured how, by when]"), never a praise prompt, and a sentence that
sets such a target against praise ("volunteers often, | but | has a way to go") asks for the change (its
stance is a request: ``stance``), however positive its other clause reads.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..context.analysis import Analysis
from .flagged import spans_of

__all__ = ["clipped", "joined_target", "reach", "target_run", "target_spans", "weighed"]

#: what a "room" is for when it names a change ("room | to grow", "room | for improvement")
_ROOM = {"grow", "growth", "improve", "improvement", "develop", "development", "progress"}
#: words between "has" and "way" ("has | still a long | way to go")
_BETWEEN = {"still", "a", "long", "some", "quite", "ways", "way", "bit", "of", "good", "little", "fair", "further"}
#: words that say the way is still ahead ("a | long | way to go")
_FAR = {"still", "long", "some", "ways", "quite", "further"}
#: prepositions of the place a change is wanted ("room to grow | in | his estimates")
_PLACES = {"in", "on", "with", "at", "around", "when"}
#: words that set one clause against another ("..., | but | has a way to go")
_CONTRAST = {"but", "yet", "although", "though", "however", "while", "whereas"}


def _targets(doc, s: int, e: int) -> bool:  # noqa: ANN001
    """Whether the words ``s:e`` name a target by their own words."""
    for t in doc[s:e]:
        low = t.lower_
        if low in ("way", "ways") and [x.lower_ for x in doc[t.i + 1:t.i + 3]] == ["to", "go"]:
            j = t.i - 1
            while j >= 0 and doc[j].lower_ in _BETWEEN:
                j -= 1
            between = {x.lower_ for x in doc[j + 1:t.i + 1]}
            if j >= 0 and doc[j].lemma_.lower() in ("have", "be", "there") or between & _FAR:
                return True  # "has a way to go", "Still a long way to go" (not "Way to go!")
        if low == "room" and t.i + 2 <= len(doc) and any(x.lower_ in _ROOM or x.lemma_.lower() in _ROOM
                                                         for x in doc[t.i + 1:t.i + 3]):
            return True  # "room to grow", "room for improvement"
    return False


def target_run(a: Analysis, s: int, e: int) -> bool:
    """Whether the flagged run ``s:e`` is a target: inside a vague target's finding, or a target by its words."""
    doc = a.sent.doc
    from .stated import stated  # (not an exhortation's lemmas in a statement: "Marta | is kind")

    return any(sp.label_[:3] == "FF2" and sp.start <= s and e <= sp.end and not stated(a, sp.start, sp.end)
               for sp in spans_of(a.sent)) \
        or _targets(doc, s, e)


def target_spans(a: Analysis) -> list[Span]:
    """The findings of ``a``'s sentence that are targets."""
    return [sp for sp in spans_of(a.sent) or [a.span] if sp.label_[:3] == "FF2" or _targets(sp.doc, sp.start, sp.end)]


def weighed(a: Analysis) -> bool:
    """Only targets, or a target set against the sentence's other clause by a contrast ("volunteers often, | but | has a way to go"):
    the sentence asks for a change, whatever its praise."""
    sent = a.sent
    targets = target_spans(a)
    if any(_targets(sp.doc, sp.start, sp.end) for sp in targets) and all(sp in targets for sp in spans_of(sent)):
        return True  # only targets, one a praise rule flags: their own words read as praise ("has a way to go")
    contrast = [t.i for t in sent if t.lower_ in _CONTRAST and t.i > sent.start]
    return any(c < sp.start or (c >= sp.end and any(x.pos_ in ("VERB", "AUX") for x in sent.doc[c:sent.end]))
               for sp in targets for c in contrast)


def reach(doc, s: int) -> int:  # noqa: ANN001
    """The start of a target run with the words that measure its way ("has | a long | way to go"), not "still"."""
    while s > 0 and doc[s - 1].lower_ in _BETWEEN - {"still"} and doc[s].lower_ in _BETWEEN | {"way", "ways"}:
        s -= 1
    return s


def joined_target(a: Analysis, gap: int, s: int, e: int) -> bool:
    """A target by its own words ("room for improvement") that only a preposition joins to the praise run before
    it ("shows some promise | in | room for improvement in her writing"), or a contrast sets against it ("shows
    some promise | but | room for improvement ..."): one run, whose prompt asks for the change ("needs to change
    [what, measured how, by when] in her writing"), never a praise prompt that swallows it."""
    doc = a.sent.doc
    return 0 < s - gap <= 1 and (doc[gap].dep_ == "prep" or doc[gap].lower_ in _CONTRAST and doc[gap].dep_ == "cc"
                                 and doc[s].dep_ == "conj") and _targets(doc, s, e)


def clipped(a: Analysis, region: tuple[int, int, str], s: int, e: int) -> tuple[int, int, str]:
    """A target run's region that ends at the run when its prompt names none of the words after it ("room for
    improvement | on her slide decks" -> "[what she will change, measured how, by when] on her slide decks"):
    where the change is wanted stays as written."""
    doc = a.sent.doc
    start, end, text = region
    room = next((t for t in doc[s:e] if t.lower_ == "room" and t.i + 3 < e and doc[t.i + 3].lower_ in _PLACES), None)
    if room is not None and _targets(doc, room.i, room.i + 3) and text.startswith("[") and not any(
            t.lower_ in text.lower() for t in doc[room.i + 3:e] if not t.is_stop and t.is_alpha):
        e = room.i + 3  # "room to grow | in his estimates", the place inside another target's words, stays
        if end > e:
            return start, e, text
    after = [t for t in doc[e:end] if not (t.is_punct or t.is_space)]
    if end <= e or not _targets(doc, s, e) or not after or not text.startswith("[") or any(
            t.lower_ in text.lower().replace(",", " ").split() for t in after if not t.is_stop):
        return region
    return start, e, text
