"""Clauses beside a judgment that report how other people took to the person, kept word for word while
the judgment beside them gets the prompt (``coordination.reported``): wherever the report stands ("Priya
is reliable, | her clients trust her", "| Her clients trust her, | Priya is reliable"), whoever the others
are, a group or one named colleague ("Lena is wonderful, | Marco trusts her completely"), and beside a
judgment with no verb ("Excellent manager, | the team adores her", which the parser reads as a second
subject of the report's verb)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..matching.component import SPAN_KEY

__all__ = ["after_report", "judged_within", "judgment_of", "opening_report", "report_verb", "reported"]

#: the marks that join the two clauses ("..., | her clients ...", "...; | his ...", "... and | ...")
_JOINS = {",", ";", "-", "--", "\u2013", "\u2014", "and"}
#: pronouns for the person a report is about ("her clients trust | her")
_OBJECT_PRONOUNS = {"him", "her", "them"}
#: how the parser hangs a judgment with no verb on the report's verb ("Excellent manager | , the team adores her")
_VERBLESS = {"nsubj", "nsubjpass", "npadvmod", "dep", "intj"}
#: clauses hung on the report's verb that may be the judgment beside it
_CLAUSES = {"ccomp", "parataxis", "conj"}


def _joined(doc: Doc, a: int, b: int) -> bool:
    """Only a comma, a semicolon, a dash or "and" between tokens ``a`` and ``b`` (``a`` < ``b``)."""
    gap = doc[a + 1:b]
    return len(gap) > 0 and all(t.text in _JOINS or t.lower_ in _JOINS for t in gap)


def _flagged(doc: Doc, tok: Token, outside: tuple[int, int]) -> bool:
    """A finding's words in ``tok``'s phrase, other than the report's own (``outside``)."""
    lo, hi = tok.left_edge.i, tok.right_edge.i
    return any(lo <= sp.start <= hi and not (outside[0] <= sp.start < outside[1]) for sp in doc.spans.get(SPAN_KEY, []))


def judgment_of(verb: Token, subj: Token, obj: Token, run: tuple[int, int] = (-1, -1)) -> Token | None:
    """The judgment a report clause (``verb``, its subject ``subj``, its object ``obj``) stands beside: the clause
    it is a conjunct of, or hangs on it before its subject or after its object, or the verbless judgment the
    parser read as another subject; only a comma, a semicolon, a dash or "and" between the two. None if none."""
    doc = verb.doc
    if verb.dep_ in ("conj", "parataxis") and verb.head.i < subj.left_edge.i:  # "Priya is reliable, | her clients ..."
        head = verb.head
        return head if _joined(doc, max(t.i for t in head.subtree if t.i < subj.left_edge.i and t.text not in _JOINS),
                               subj.left_edge.i) and _flagged(doc, head, run) else None
    unmarked = verb.dep_ in ("ccomp", "parataxis") or verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children)
    if unmarked and verb.head.i > obj.i:  # "| His students love him, Jun is brilliant" (not "| Although they ...")
        head = verb.head
        subj_ = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i), None)
        return head if subj_ is not None and verb.left_edge.i == subj.left_edge.i and _joined(
            doc, verb.right_edge.i, subj_.left_edge.i) and _flagged(doc, head, run) else None
    if verb.dep_ != "ROOT":
        return None
    own_end = max(t.i for c in verb.children if c.i < verb.i or c.dep_ not in _CLAUSES | {"punct", "cc"}
                  for t in c.subtree)  # the report's own words ("trusts her | completely")
    own_end = max(own_end, obj.right_edge.i)
    for c in verb.children:
        before = c.dep_ in _CLAUSES - {"conj"} or c.dep_ in _VERBLESS and c.i != subj.i and c.pos_ in ("NOUN", "ADJ")
        if before and c.right_edge.i < subj.left_edge.i and _joined(doc, c.right_edge.i, subj.left_edge.i):
            return c if _flagged(doc, c, run) else None  # "Lena is wonderful, | Marco trusts her"
        after = c.dep_ in _CLAUSES and c.i > obj.i and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
        first = min((t.i for t in c.subtree if t.text not in _JOINS and t.lower_ not in _JOINS), default=c.i)
        if after and _joined(doc, own_end, first) and verb.left_edge.i == subj.left_edge.i:
            return c if _flagged(doc, c, run) else None  # "Her clients trust her, | Priya is reliable"
    return None


def reported(doc: Doc, start: int, end: int) -> bool:
    """A run that is the predicate of a clause of its own beside the judgment, whose subject is other people,
    named by a noun or a name, and whose object is the person ("Priya is reliable, | her clients | trust her",
    "Lena is wonderful, | Marco | trusts her completely", "| Her clients | trust her, Priya is reliable"): what
    others did is a report, not the writer's judgment, and stays word for word; the judgment beside it gets
    the prompt. Not the writer's own ("I trust her"), nor a clause about a thing ("her code is excellent"), nor
    the judged person's own ("Lena is wonderful, | Lena | trusts them")."""
    verb = doc[start:end].root
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.pos_ != "VERB" or not subjects or obj is None or obj.lower_ not in _OBJECT_PRONOUNS:
        return False
    subj = subjects[-1]
    if not (subj.i < start and obj.i < end) or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    judged = judgment_of(verb, subj, obj, (start, end))
    if judged is None:
        return False
    if subj.pos_ == "PROPN":  # a colleague's name, not the judged person's ("Lena is wonderful, | Lena trusts them")
        report = {t.i for t in verb.subtree} if judged.is_ancestor(verb) else set()  # (the judgment's own words)
        names = {t.lower_ for t in judged.subtree if t.pos_ == "PROPN" and t.i not in report}
        return subj.lower_ not in names and not any(t.lower_ in names for t in subj.subtree)
    return True


def opening_report(sent) -> int | None:  # noqa: ANN001
    """Where the judgment clause starts when the sentence opens with others' report spliced to it ("Her clients
    trust her, | Priya is reliable"): the report stays first, and the judgment gets the instance's frame."""
    doc = sent.doc
    for sp in doc.spans.get(SPAN_KEY, []):
        if not (sent.start <= sp.start < sent.end) or not reported(doc, sp.start, sp.end):
            continue
        verb = doc[sp.start:sp.end].root
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i][-1]
        if subj.left_edge.i != sent.start:
            continue
        obj = next(c for c in verb.children if c.dep_ == "dobj")
        judged = judgment_of(verb, subj, obj, (sp.start, sp.end))
        if judged is not None and judged.i > verb.i:
            own = max([verb.i] + [t.i for c in verb.children if c.i != judged.i and c.dep_ not in ("punct", "cc")
                                  for t in c.subtree])  # (the report's own words, not the judgment hung on it)
            return min(t.i for t in judged.subtree if t.i > own and t.text not in _JOINS and t.lower_ not in _JOINS)
    return None


def after_report(sent) -> tuple[str, str] | None:  # noqa: ANN001
    """The report that opens the sentence and the judgment clause after it, as rendered, when that clause
    opens with its subject and then a prompt for what the person did ("Her clients trust her" and "Priya
    [what Priya did, ...]"): the rewrite frames the clause as the instance, after the report. None if not."""
    from .flagged import render, runs

    lead = opening_report(sent)
    if lead is None:
        return None
    doc, at = sent.doc, runs(sent.doc)
    first = min((r[0] for i, r in at.items() if lead <= i < sent.end and r[2]), default=None)
    if first is None or not (at[first][2].startswith("[what ") and " did" in at[first][2]) or not any(
            t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == lead and t.right_edge.i == first - 1 for t in sent):
        return None
    last = max(t.i for t in sent if not (t.is_punct or t.is_space))
    report = render(list(doc[sent.start:lead])).rstrip(",;:-\u2013\u2014 ")
    report = report[:-4] if report.endswith(" and") else report
    return report, render(list(doc[lead:last + 1]))


def report_verb(verb: Token) -> bool:
    """Whether ``verb`` is the verb of others' report beside a judgment (``reported``)."""
    doc = verb.doc
    return verb.pos_ == "VERB" and any(doc[sp.start:sp.end].root.i == verb.i and reported(doc, sp.start, sp.end)
                                       for sp in doc.spans.get(SPAN_KEY, []) if verb.sent.start <= sp.start < verb.sent.end)


def judged_within(verb: Token) -> set[int]:
    """The tokens of the judgment the parser hung on the verb of others' report ("Omar is lazy, | his customers
    love him", the judgment read as the object clause of "love"): a clause of its own, not part of the report."""
    doc = verb.doc
    for sp in doc.spans.get(SPAN_KEY, []):
        if doc[sp.start:sp.end].root.i != verb.i or not reported(doc, sp.start, sp.end):
            continue
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i][-1]
        obj = next(c for c in verb.children if c.dep_ == "dobj")
        judged = judgment_of(verb, subj, obj, (sp.start, sp.end))
        if judged is not None and judged.head.i == verb.i:
            return {t.i for t in judged.subtree}
    return set()
