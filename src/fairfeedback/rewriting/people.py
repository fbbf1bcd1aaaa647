"""Two people judged in one sentence: each keeps a prompt of their own.

A sentence's rewrite follows one finding, whose person the prompt names; another person the sentence judges
would be lost with the words the prompt takes out. A subject of two people ("Maria and Tom are careless")
gets one joint prompt ("On [date], Maria and Tom [what they did], ..."); another person judged in a clause
of their own ("Maria is careless and | Tom | is rude") gets a prompt of their own beside the first, with what
that judgment was about ("... Maria [what Maria did] and Tom [what Tom said or did to the clients], ..."), in
the order the writer named them. A pronoun that may stand for the named person is no other person
(``conjoined.same_person``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .conjoined import same_person
from .flagged import spans_of

__all__ = ["group_pronoun", "joint", "name_like", "others_judged"]

#: codes of the findings whose prompt asks what a person did (character, coded, intent)
_JUDGING = {"FF1": "what {who} did", "FF6": "what {who} said or did", "FF7": "what {who} did"}
#: capitalized words that are no name
_NOT_NAMES = {"this", "that", "it", "there", "here", "everyone", "everybody", "nobody", "someone", "somebody", "all"}


def name_like(t: Token, a: Analysis) -> bool:
    """A name the tagger took for a common noun ("| Bilal | must step up ..."): capitalized, bare, no thing a
    sentence judges and no word of the writer's lexicons."""
    return t.pos_ in ("NOUN", "PROPN") and t.text.istitle() and t.text.isalpha() and len(t.text) > 1 \
        and not t.is_stop and t.lower_ not in _NOT_NAMES and t.lemma_.lower() not in a.words.attribute_nouns \
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in t.children) \
        and t.dep_ in ("nsubj", "nsubjpass")


def _named(t: Token, a: Analysis) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper() or name_like(t, a) or t.pos_ == "NOUN" \
        and t.lemma_.lower() in a.words.person_nouns


#: pronouns of the writer or the reader in a subject of people ("Jo and | I |"), as a subject
_SUBJECT_PRONOUNS = {"i": "I", "me": "I", "we": "we", "us": "we", "you": "you"}


def _conjuncts(t: Token) -> list[Token]:
    """The conjuncts of ``t`` in the writer's order, also those the parser hung on another ("Jo, Sam and | I")."""
    out: list[Token] = []
    for c in t.children:
        if c.dep_ == "conj":
            out += [c, *_conjuncts(c)]
    return sorted(out, key=lambda c: c.i)


def joint(a: Analysis, who: str, subj: Token | None) -> str:
    """"Maria and Tom" when ``who`` is the first of a subject of people joined by "and", else ''. The writer or
    the reader among them stays ("Jo and I", "Jo and me" as "Jo and I", "Jo and you")."""
    if subj is None or who.startswith("[") or subj.lower_ not in who.lower().split():
        return ""
    conjs = _conjuncts(subj)
    if not conjs or not all(_named(c, a) or c.lower_ in _SUBJECT_PRONOUNS for c in conjs) \
            or not any(c.dep_ == "cc" and c.lower_ == "and" for k in (subj, *conjs) for c in k.children):
        return ""
    rest = [_SUBJECT_PRONOUNS[c.lower_] if c.lower_ in _SUBJECT_PRONOUNS else a.sent.doc[c.left_edge.i:c.i + 1].text
            for c in conjs]
    return f"{who} and {rest[0]}" if len(rest) == 1 else f"{who}, {', '.join(rest[:-1])} and {rest[-1]}"


def group_pronoun(group: str) -> str:
    """How a prompt names a subject of several people: "we" with the writer among them ("Jo and I"), "you"
    with the reader, else "they"."""
    words = set(group.replace(",", " ").split())
    return "we" if words & {"I", "we"} else "you" if "you" in words else "they"


def others_judged(a: Analysis, who: str) -> list[tuple[int, str, Analysis, str]]:
    """The other people the sentence judges in clauses of their own: (where, name, analysis, what is asked)."""
    from .naming import judged_person

    out: list[tuple[int, str, Analysis, str]] = []
    seen = {w.strip(",") for w in who.split()}
    for sp in spans_of(a.sent):
        what = _JUDGING.get(sp.label_[:3])
        if what is None or sp.start < a.span.end and a.span.start < sp.end or sp.end - sp.start >= len(a.sent) - 1:
            continue
        other = Analysis(sp, a.words, a.sent)
        name = judged_person(other)
        subj = other.subject
        if not name[:1].isupper() or name.startswith("[") or name in ("I", "We", "You") or name in seen \
                or same_person(a.sent, who, name) or subj is None or subj.text not in name.split():
            continue
        seen.add(name)
        out.append((subj.i, name, other, what.format(who=name)))
    return out


def each(a: Analysis, who: str, slot: str) -> str:
    """"Maria [what Maria did]", with the prompts of the other people the sentence judges in the writer's order
    ("Maria [what Maria did] and Tom [what Tom did]")."""
    from .about import complement
    from .asked import asked

    others = others_judged(a, who)
    if not others:
        return f"{who} {slot}"
    at = a.subject.i if a.subject is not None else a.span.start
    parts = sorted([(at, f"{who} {slot}"), *((i, f"{n} {asked(o, what, complement(o))}") for i, n, o, what in others)])
    return " and ".join(p for _, p in parts)
