"""The effect the writer named for a judged behavior, which a rewrite keeps in place of its
"[impact]": a participle clause ("..., stalling two handovers"), a consequence ("..., so handovers
stall"), what the judgment did as the subject of its clause ("His lack of interest | has slowed the
team down"), or a relative clause on the whole clause ("..., which has delayed the release")."""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .sentence import _reworded, flagged_tokens, text_of

__all__ = ["effect", "effect_tokens"]

#: verbs that say how a judgment shows or what it is, not what it did ("His apathy | is | obvious", "| shows")
_NO_EFFECT = {"be", "seem", "appear", "become", "remain", "look", "sound", "feel", "show", "come", "stay", "go",
              "speak", "say", "tell", "stem", "exist"}
#: a verb's present form said of one thing ("which | has | slowed ...": the behavior the prompt asks for)
_SINGULAR = {"have": "has", "do": "does", "are": "is", "were": "was"}


def effect(a: Analysis) -> str:
    """The effect the writer named, as a clause on what the person did ("which has slowed the team
    down", "stalling two handovers", "so handovers stall"), or ''."""
    return _effect(a)[0]


def effect_tokens(a: Analysis) -> set[int]:
    """The tokens of the effect ``effect`` keeps: no prompt quotes them."""
    return _effect(a)[1]


def _taken(a: Analysis) -> set[int]:
    return flagged_tokens(a, vague=True) | _reworded(a) | set(range(a.span.start, a.span.end))


def _effect(a: Analysis) -> tuple[str, set[int]]:
    from .concluded import so_marked  # (it imports the rewrite's prompts)

    top = a.predicate
    flagged = _taken(a)
    for c in top.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > a.span.end and c.left_edge.i > a.sent.start \
                and a.sent.doc[c.left_edge.i - 1].text == "," and c.right_edge.i >= a.sent.end - 2 \
                and not any(x.dep_ in ("nsubj", "nsubjpass", "mark") for x in c.children) \
                and not any(t.i in flagged for t in c.subtree):
            return _said(list(c.subtree))
        marked = so_marked(a, c, flagged)  # "..., | so she should not lead the team", "so" its own mark
        if marked:
            return _said(marked, "so ")
        # "..., so handovers stall": a consequence with its own subject
        so = a.sent.doc[c.left_edge.i - 1] if c.left_edge.i > a.sent.start else None
        if c.dep_ in ("advcl", "conj") and c.i > a.span.end and c.right_edge.i >= a.sent.end - 2 and so is not None \
                and so.lower_ == "so" and so.head.i in (c.i, top.i) and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children) \
                and not any(t.i in flagged for t in c.subtree):
            return _said(list(c.subtree), "so ")
    root = top.head  # parsed the other way round: "[judgment], | so handovers stall" with the judgment a ccomp
    if top.dep_ == "ccomp" and root.i > top.right_edge.i and any(x.lower_ == "so" and x.i > top.right_edge.i
                                                                 for x in root.children):
        toks = [t for t in root.subtree if t.i > top.right_edge.i and not t.is_punct and t.lower_ != "so"]
        if any(x.dep_ in ("nsubj", "nsubjpass") for x in root.children) and not any(t.i in flagged for t in toks):
            return "so " + text_of(toks), {t.i for t in toks}
    return _of_subject(a, flagged) or _relative(a, flagged) or ("", set())


def _said(toks: list[Token], lead: str = "") -> tuple[str, set[int]]:
    """The clause's text without its closing punctuation."""
    last = max(t.i for t in toks)
    return lead + text_of([t for t in toks if not t.is_punct or t.i < last]), {t.i for t in toks}


def _of_subject(a: Analysis, flagged: set[int]) -> tuple[str, set[int]] | None:
    """The judgment is the subject of its clause ("His lack of interest | has slowed the team down"): what
    its verb says it did, said of what the person did ("which has slowed the team down")."""
    from .subjected import judged_subject, said_of_one

    found = judged_subject(a)  # (also where the parser misread the verb: ``subjected``)
    if found is None:
        return None
    t, verb = found
    if verb.lemma_ in _NO_EFFECT or verb.lower_.removesuffix("s") in _NO_EFFECT:
        return None
    # the verb with its auxiliaries and what it governs, not a clause of its own after it ("..., and | the team ...")
    own = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("conj", "cc", "punct", "advcl", "parataxis", "mark")
           or c.dep_ in ("aux", "neg") and c.i > t.right_edge.i]
    toks = sorted([verb, *(x for c in own for x in c.subtree)], key=lambda x: x.i)
    if not any(c.dep_ in ("dobj", "prep", "prt", "ccomp", "xcomp", "advmod", "dative", "acomp", "oprd")
               or verb.pos_ not in ("VERB", "AUX") for c in own) or any(x.i in flagged for x in toks):  # (a verb read as a noun)
        return None  # nothing it did to anyone or anything ("His apathy | grows")
    first = said_of_one(toks[0], t) if toks[0].i == verb.i else _SINGULAR.get(toks[0].lower_, toks[0].text)
    if first is None:
        return None  # no present form said of one thing to hand
    words = [first if x.i == toks[0].i else x.text for x in toks if not x.is_punct or x.i < toks[-1].i]
    gap = {x.i for x in toks}
    return "which " + _join(words, toks), gap


def _join(words: list[str], toks: list[Token]) -> str:
    return "".join(w + x.whitespace_ for w, x in zip(words, toks)).strip()


def _relative(a: Analysis, flagged: set[int]) -> tuple[str, set[int]] | None:
    """A "which" clause that ends the sentence after a comma and says what the judged clause did ("He
    doesn't care about the deadlines, | which has delayed the release")."""
    doc = a.sent.doc
    last = max((t.i for t in a.sent if not t.is_punct and not t.is_space), default=a.sent.end - 1)
    for rel in a.sent:
        which = rel.left_edge
        if rel.dep_ == "relcl" and which.lower_ == "which" and which.dep_ == "nsubj" and which.i > a.span.end \
                and doc[which.i - 1].text == "," and rel.right_edge.i >= last and rel.lemma_ not in _NO_EFFECT \
                and a.predicate.left_edge.i <= rel.i <= a.predicate.right_edge.i \
                and not any(t.i in flagged for t in rel.subtree):
            return _said(list(rel.subtree))
    return _hindering(a, flagged, last)


#: verbs of a relative clause that say what a lacked skill got in the way of ("skills | that | interfere with ...")
_HINDERING = {"interfere", "hinder", "hamper", "limit", "prevent", "hurt", "affect", "impede", "undermine", "block"}


def _hindering(a: Analysis, flagged: set[int], last: int) -> tuple[str, set[int]] | None:
    """A "that" clause of the judged noun that ends the sentence and says what it got in the way of ("lacks the
    core skills | that hinder his capacity to fit in"): the impact, in the past of the instance ("which hindered
    his capacity to fit in"), never a clause of its own ("He fit in; ...")."""
    from .inflect import past

    for rel in a.sent:
        that = rel.left_edge
        if rel.dep_ == "relcl" and that.lower_ in ("that", "which") and that.dep_ == "nsubj" and rel.lemma_ in _HINDERING \
                and rel.right_edge.i >= last and a.span.start <= rel.head.i < a.span.end + 3 \
                and not any(t.i in flagged for t in rel.subtree if t.i != rel.head.i):
            toks = [t for t in rel.subtree if t.i > rel.i and not (t.is_punct and t.i >= last)]
            return f"which {past(rel.lemma_)} " + text_of(toks), {t.i for t in rel.subtree}
    return None
