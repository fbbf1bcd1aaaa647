"""Coordinations the parser split or hung in the wrong place, for the prompt of a praise or criticism
run after "is": a noun complement coordinated with an adjective ("is kind and | a great mentor", read
as two complements of "is"; "is kind to the interns and | a great mentor", read as a second object of
"to"), and a passive participle that says a quality ("Ines | is committed to her team"); and the
clauses beside a judgment that are not one, but report how others took to the person ("Priya is
reliable, | her clients trust her"): kept as written."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..matching.component import SPAN_KEY
from .toward import doer

__all__ = ["hung", "listed", "quality", "reported", "reports", "role", "spliced", "strays", "without"]

#: the complements of a copula ("is | kind", "is | a mentor")
_COMPLEMENTS = {"acomp", "attr"}
#: the marks of a comma splice ("..., | she is great", "...; | he is ...")
_SPLICES = {",", ";", "-", "--", "\u2013", "\u2014"}


def quality(verb: Token, doer: Token | None, start: int) -> bool:
    """A passive participle that says a quality of the person before it ("Ines | is committed", "is
    dedicated"), not an action done to them by somebody named ("was praised by the client")."""
    return verb.tag_ == "VBN" and doer is not None and doer.i < start and any(
        c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def strays(base: Token, flagged: set[int], people: frozenset[str]) -> list[Token]:
    """Judged person nouns coordinated with ``base`` that the parser hung elsewhere: a flagged complement
    of the same copula ("is kind and | a great mentor"), or a flagged "a ..." noun read as another object of
    the adjective's preposition ("kind to the interns and | a great mentor": nobody is kind to a mentor
    they are)."""
    out = []
    if base.dep_ in _COMPLEMENTS:
        out += [k for k in base.head.children if k.i > base.i and k.dep_ in _COMPLEMENTS and k.dep_ != base.dep_
                and k.i in flagged and k.right_edge.i == k.i]  # (not one the parser hung more on: "a good analyst, | calm ...")
    out += [k for p in base.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            for k in o.children if k.dep_ == "conj" and k.i in flagged and k.lemma_.lower() in people
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in k.children)]
    return out


def without(tokens: list[Token], nouns: list[Token]) -> list[Token]:
    """``tokens`` without the stray nouns' phrases and the "and" or comma that joined them."""
    skip = {t.i for k in nouns for t in k.subtree}
    skip |= {c.i for k in nouns for c in k.head.children if c.dep_ in ("cc", "punct") and c.head.i < c.i < k.i}
    return [t for t in tokens if t.i not in skip]


def role(hit: list[Token], flagged: set[int], people: frozenset[str], folded: list[Token] | tuple = ()) -> str:
    """" as a mentor": the role of a judged person noun coordinated with a judged adjective ("kind and a great
    mentor"), without the judging words; '' when there is not exactly one. The nouns a list of judgments folds in
    (``listed``) are roles too, without their adjectives ("... a natural leader and a careful planner"
    -> " as a leader and a planner")."""
    nouns = [c for c in hit if c.pos_ == "NOUN" and (c.lemma_.lower() in people or c in folded)]
    if not nouns or len(nouns) != 1 and not folded or not any(c.pos_ == "ADJ" for c in hit) and not _titled(hit, flagged):
        return ""
    return " as " + " and ".join(_bare(noun, flagged, noun in folded) for noun in nouns)


#: person nouns that name no role ("a great | person"): no "as a person" in a prompt
_NO_ROLE = {"person", "individual", "human", "guy", "one", "people", "someone", "somebody", "man", "woman", "lady",
            "girl", "boy", "kid", "gal", "guys", "soul", "everyone", "fit", "addition", "asset", "team", "crew", "group",
            "worker", "employee", "staff", "staffer", "professional", "member", "hire", "leader", "performer", "player",
            "contributor", "star", "talent", "example", "model", "natural", "success", "resource", "boss"}


def _titled(hit: list[Token], flagged: set[int]) -> bool:
    """One judged role noun whose praise or criticism is its adjective ("a great | mentor"): the role stays
    in the prompt ("[what she did as a mentor, ...]"); not a noun that names no role ("a great person"), nor
    one a flagged compound makes the cliché ("a team | player")."""
    return len(hit) == 1 and hit[0].lemma_.lower() not in _NO_ROLE and any(
        k.dep_ == "amod" and k.i in flagged for k in hit[0].children) and not any(
        k.dep_ == "compound" and k.i in flagged for k in hit[0].children)


def _bare(noun: Token, flagged: set[int], folded: bool) -> str:
    """The person noun with its article, without the judging words ("a | natural | leader" -> "a leader")."""
    mods = {t.i for k in noun.children if k.dep_ in ("amod", "advmod", "compound") and (k.i in flagged or folded
                                                                                       and k.dep_ != "compound")
            for t in k.subtree}
    words = [t.text for t in noun.subtree if t.i <= noun.i and t.i not in mods and (
        t.i not in flagged or t.i == noun.i or t.dep_ == "det" and t.lower_ in ("a", "an"))]
    if len(words) > 1 and words[0].lower() in ("a", "an"):  # "a | great | engineer" -> "an engineer"
        words[0] = "an" if words[1][:1].lower() in "aeiou" else "a"
    return " ".join(words)


def listed(hit: list[Token], rest: list[Token]) -> list[Token]:
    """The unflagged conjuncts of a list of judgments that judge the person as well: "a"/"an" nouns with an
    adjective ("creative, dependable, a natural leader and | a careful planner"), which the list's one
    prompt takes in, not kept beside it. A list has three items or more, two of them flagged."""
    if len(hit) < 2 or len(hit) + len(rest) < 3:
        return []
    return [c for c in rest if c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
            and any(m.dep_ == "amod" and m.tag_ in ("JJ", "JJR", "JJS") for m in c.children)]


def hung(hit: list[Token], head: Token) -> list[Token]:
    """Phrases the parser hung on the copula that follow a judged adjective, whose they are ("a great mentor
    and kind | to the interns"): they go into the prompt, as they do when the adjective comes first."""
    return [k for k in head.children if k.dep_ == "prep" and k.i > head.i
            and any(c.pos_ == "ADJ" and c.head.i != c.i and c.right_edge.i + 1 == k.i for c in hit)]


def spliced(doc: Doc, prev: tuple[int, int, str], region: tuple[int, int, str]) -> bool:
    """Two prompts for one person's praise (or criticism) in clauses only a comma joins, the second's
    subject a pronoun for the first's ("Ana [what Ana did ..., and why it stood out], | she | [what she did,
    and why it stood out]"): one prompt is enough, and the sentence is no comma splice."""
    x, y = prev[2], region[2]
    if not (x.startswith("[what ") and y.startswith("[what ") and " did" in x and " did" in y) \
            or ("stood out" in x) != ("stood out" in y):
        return False
    gap = list(doc[prev[1]:region[0]])
    if gap and gap[0].text == "," and len(gap) == 3 and gap[1].lower_ == "and":
        gap = gap[1:]  # ("..., and | she is a great mentor")
    # (also "and" between two clauses of "is": "Kalani is kind to the interns and | she | is a great mentor" asks once)
    joined = gap and gap[0].lower_ == "and" and doc[prev[0]].lemma_ == "be" and doc[region[0]].lemma_ == "be"
    if len(gap) != 2 or gap[0].text not in _SPLICES and not joined or gap[1].dep_ not in ("nsubj", "nsubjpass"):
        return False
    pron, first = gap[1].lower_, doer(x)  # (also "[what Ana said or did ...]")
    if pron not in ("he", "she", "they") or doer(y).lower() != pron:
        return False
    return first.lower() == pron or first[:1].isupper() and first not in ("I", "We", "You")  # (a name for "he")


def reported(doc: Doc, start: int, end: int) -> bool:
    """A run that is others' report of the person beside the judgment ("Priya is reliable, | her clients
    trust her"): kept word for word (``others.reported``)."""
    from .others import reported as _reported

    return _reported(doc, start, end)


def reports(sent) -> set[int]:  # noqa: ANN001
    """The tokens of the vague evaluations of ``sent`` that are others' reports (``reported``), which a clause
    kept beside the rewrite may hold ("His customers love him; on [date], Omar [what Omar did], ...")."""
    return {i for sp in sent.doc.spans.get(SPAN_KEY, []) if sent.start <= sp.start < sent.end
            and sp.label_.startswith("FF3") and reported(sent.doc, sp.start, sp.end) for i in range(sp.start, sp.end)}


def own_predicate(root: Token, run: list) -> bool:
    """A verb coordinated with a verb outside the run before it ("writes clean code | and | can be relied on"): a
    predicate of its own, not the next item of that run's list ("creative, | dependable")."""
    return root.pos_ in ("VERB", "AUX") and root.dep_ == "conj" and not run[0] <= root.head.i < run[1]
