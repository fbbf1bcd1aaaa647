"""Prompts for a person's behavior where a multi-finding sentence's flagged run is a noun a prompt
cannot name (the word is itself flagged: "potential", "commitment"), or a slot a prompt does not fit
("is one of | the best people | on the floor"), and the merging of prompts that ask for one person's
behavior twice ("she [what she did, ...] and has [which instincts, ...]").

A prompt in a noun's slot ("Rena's [what exactly, shown where] in the firm is seen as limited")
keeps the verdict around it and reads as a form to fill; the clause is asked about instead, with the
person as its subject and what the noun was about kept: "Rena [what Rena did in the firm, and what
you expected instead]".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..context.analysis import Analysis
from .flagged import polarity, render, sentence_spans
from .governed import after_did
from .toward import said_or_did

__all__ = ["combine", "existential", "for_flagged_noun", "hedges", "merge_prompts", "not_only", "one_of", "thing_prompt"]

_NOMINATIVE = {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they", "your": "you",
               "hers": "she", "theirs": "they"}
#: a target prompt that kept the person's verb ("needs to change", "must change [what, ...]")
_CHANGE = re.compile(r"^\w+( to)? change\b")
#: verbs of showing, after which a prompt does not say "shown" again
_SHOWING = {"show", "display", "demonstrate", "exhibit"}
#: verbs that say nothing of their own between two prompts ("and | has | good instincts")
_LIGHT = {"be", "have"}
#: words of amount between two targets ("and | plenty of | areas to grow in")
_AMOUNTS = {"plenty", "lot", "lots", "of", "some", "many", "few", "several", "other", "more", "also", "various"}
_PEOPLE = {"you", "he", "she", "they", "him", "her", "them", "his", "their", "your"}
_ADJECTIVE = ("[what you valued, shown where]", "[what was missing, shown where]")
_TAIL = {"positive": ", and why it stood out]", "negative": ", and what you expected instead]"}
#: words that make a neutral quality noun a shortfall ("limited potential", "middling commitment"),
#: besides the negative cues of the word lists
_LIMITING = {"limited", "limit", "middling", "low", "little", "average", "mediocre", "modest", "moderate", "lacking",
             "capped", "questionable", "minimal", "insufficient", "lack", "few", "less", "lower", "lukewarm", "patchy"}


def _name(t: Token) -> str | None:
    """How a prompt names the person ``t`` is: "Rena", "she"; None if ``t`` is not a person."""
    if t.pos_ == "PROPN" and t.text[:1].isupper():
        return t.text
    if t.lower_ in _PEOPLE:
        return _NOMINATIVE.get(t.lower_, t.lower_)
    return None


def _flagged(a: Analysis, t: Token) -> bool:
    return any(sp.start <= t.i < sp.end for sp in sentence_spans(a))


def _preps(a: Analysis, noun: Token, stop: int) -> str:
    """What the noun was about ("potential | in the firm", "commitment | to the team"), without words a
    finding flags."""
    return "".join(" " + x for x in (after_did(c, render(list(c.subtree))) for c in noun.children if c.dep_ == "prep"
                                     and c.i > noun.i and c.right_edge.i < stop and not any(_flagged(a, t) for t in c.subtree)) if x)


def _clause_end(verb: Token) -> int:
    """The end of a verb's own clause, without the clauses hung on it ("..., because she ...")."""
    own = [c.right_edge.i for c in verb.children if c.i > verb.i
           and c.dep_ not in ("conj", "cc", "punct", "advcl", "parataxis", "mark", "ccomp", "relcl")]
    return max([verb.i, *own]) + 1


def for_flagged_noun(a: Analysis, s: int, e: int, labels: list[str]) -> tuple[int, int, str] | None:
    """A run whose noun is itself a flagged word and the subject of its clause, with an owner ("Rena's |
    potential in the firm | is seen as limited"), reworded as a prompt for the person's behavior."""
    doc = a.sent.doc
    noun = next((t for t in doc[s:e] if t.pos_ in ("NOUN", "PROPN") and not s <= t.head.i < e), None)
    if noun is None:
        return None
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        who = _name(owner) if owner is not None else None
        if who is None or noun.i < s or owner.i < a.sent.start:
            return None
        start, end = noun.left_edge.i, max(e, _clause_end(verb))
        pol = _polarity(a, start, end, noun, labels)
        who = who[:1].upper() + who[1:] if start == a.sent.start else who
        return start, end, f"{who} [what {who if who != 'I' else 'I'} did{_preps(a, noun, end)}{_TAIL.get(pol, _TAIL['negative'])}"
    return None


def thing_prompt(doc: Doc, s: int, e: int) -> str:
    """The prompt for a flagged thing a prompt cannot name: not "shown [what exactly, shown where]" after
    a verb of showing."""
    verb = next((t.head for t in doc[s:e] if t.dep_ == "dobj" and not s <= t.head.i < e), None)
    return "[what exactly, and where]" if verb is not None and verb.lemma_ in _SHOWING else "[what exactly, shown where]"


def _polarity(a: Analysis, start: int, end: int, noun: Token, labels: list[str]) -> str:
    """Whether the clause around a neutral quality noun says the person falls short: a limiting or
    negative word in it ("is seen as | limited", "| middling | commitment"), or a negation."""
    words = a.words
    doc = a.sent.doc
    pol = polarity(a, start, end, labels)
    limiting = any(t.i != noun.i and (t.lemma_.lower() in _LIMITING or t.lower_ in _LIMITING or t.lower_ in words.negative_cues
                                      or t.lemma_.lower() in words.negative_cues) for t in doc[start:end])
    negated = sum(t.dep_ == "neg" or t.lower_ in ("no", "never") for t in doc[start:end]) % 2 == 1
    return "negative" if pol == "negative" or limiting != negated else "positive"


def one_of(a: Analysis, noun: Token, s: int, e: int, pol: str, who: str) -> tuple[int, int, str] | None:
    """"is one of | the best people | on the floor": the copula and its "one of" go with the run, and
    the place stays in the prompt ("[what he did on the floor, and why it stood out]")."""
    of = noun.head
    one = of.head if noun.dep_ == "pobj" and of.lower_ == "of" else None
    if one is None or one.lower_ != "one" or one.dep_ not in ("attr", "conj") or pol not in _TAIL:
        return None
    verb = one.head if one.dep_ == "attr" else None
    if verb is None or verb.lemma_ != "be" or verb.i > one.i:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ != "conj":
        return None
    aux = [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
    # the place, also where the parser hung it on the verb ("is one of the top people | at the depot")
    places = [c for c in verb.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1]
    end = max([e, noun.right_edge.i + 1] + [c.right_edge.i + 1 for c in places])
    # the place stays though a span ends inside it ("the strongest picker on the | night shift")
    where = "".join(" " + x for x in (after_did(c, render(list(c.subtree))) for c in [*noun.children, *places]
                                      if c.dep_ == "prep" and c.i > noun.i and c.right_edge.i < end
                                      and not any(_flagged(a, o) for o in c.children if o.dep_ == "pobj")) if x)
    return min([verb.i, *aux]), end, f"[what {who} did{where}{_TAIL[pol]}"


def existential(a: Analysis, verb: Token, noun: Token, pol: str) -> tuple[int, int, str] | None:
    """"there are | many areas she needs to work on": the existential clause is not a person's, and
    becomes the target of the person its relative clause names ("she needs to change [what, ...]")."""
    expl = next((c for c in verb.children if c.dep_ == "expl" and c.i < verb.i), None)
    if expl is None:
        return None
    end = noun.right_edge.i + 1
    if pol != "target":
        return expl.i, end, _ADJECTIVE[pol != "positive"]
    rel = next((k for k in noun.children if k.dep_ == "relcl"), None)
    subj = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")), None) if rel is not None else None
    who = _name(subj) if subj is not None else None
    if who is None:
        return expl.i, end, "[what to change, measured how, by when]"
    need = "need" if who in ("I", "you", "we", "they") else "needs"
    # what the relative clause said the change was for stays ("... to do better | in her numbers")
    last = max(i for sp in sentence_spans(a) for i in range(sp.start, sp.end) if noun.i <= i < end) \
        if any(noun.i <= sp.start < end for sp in sentence_spans(a)) else noun.i
    where = "".join(" " + render(list(c.subtree)) for c in rel.subtree if c.dep_ == "prep" and c.i > last
                    and c.head.i <= last and not any(_flagged(a, t) for t in c.subtree))
    return expl.i, end, f"{who} {need} to change [what, measured how, by when]{where}"


def not_only(a: Analysis, verb: Token, subj: Token) -> tuple[int, int, str] | None:
    """"Not only is she very capable, | she has ...": the inverted praise clause goes when the clause it
    leads into says more of the same person with its own flagged words, which become the prompt."""
    doc = a.sent.doc
    if verb.left_edge.i != a.sent.start or verb.left_edge.lower_ != "not" or verb.dep_ not in ("ccomp", "advcl"):
        return None
    main = verb.head
    other = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.right_edge.i), None)
    if other is None or other.lower_ != subj.lower_ or not any(
            sp.start > verb.right_edge.i and sp.label_[:3] in ("FF3", "FF1") for sp in sentence_spans(a)):
        return None
    end = verb.right_edge.i + 1
    while end < a.sent.end and doc[end].is_punct and doc[end].text in (",", ";", ":"):
        end += 1
    return a.sent.start, end, ""


#: adverbs that hedge a claim ("| Perhaps Kalani is creative"): no instance is hedged
_HEDGES = {"probably", "maybe", "perhaps", "possibly", "likely", "presumably", "arguably", "conceivably", "potentially"}


def hedges(doc: Doc, regions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The hedge before a clause whose judged words became a prompt for what the person did ("| Perhaps
    | Kalani [what Kalani did, ...]"), reworded to nothing, with its comma: the prompt asks for something that
    happened, which is not "probably" so (nor is the writer's doubt left on the clause that replaced it)."""
    out = []
    for start, end, text in regions:
        if not (text.startswith("[what ") and " did" in text):
            continue
        for t in doc[doc[start].sent.start:start]:
            if t.dep_ == "advmod" and t.lower_ in _HEDGES and start <= t.head.i < end and not any(
                    r[0] <= t.i < r[1] for r in regions):
                after = t.i + 1 if t.i + 1 < start and doc[t.i + 1].text == "," else t.i
                out.append((t.i, after + 1, ""))
    return out


def merge_prompts(doc: Doc, prev: tuple[int, int, str], region: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """Two prompts for one person's behavior, with only "and" and a verb between them ("she [what she
    did, and why it stood out] and has [which instincts, and what you valued in them]"), become one;
    the second's place or object is kept in it."""
    x, y = prev[2], region[2]
    gap = list(doc[prev[1]:region[0]])
    if (x.startswith("[what to change") or _CHANGE.match(x)) and y.startswith("[what to change") and gap \
            and gap[0].dep_ == "cc" and all(t.lower_ in _AMOUNTS or t.is_punct or t.dep_ in ("cc", "det") for t in gap):
        return prev[0], region[1], x  # "has plenty to work on and many areas to improve": one target
    if not (x.startswith("[what ") and " did" in x and x.endswith("]")):
        return None
    positive = "stood out" in x
    if not (("stood out" in y or "what you valued" in y) if positive else ("expected instead" in y or "was missing" in y)):
        return None
    # only a light verb between them: "and | has | good instincts", not "and | always produces | ..."
    if not gap or gap[0].dep_ != "cc" or gap[0].lower_ != "and" or not all(
            t.lemma_ in _LIGHT or t.pos_ in ("DET", "PART") or t.is_punct for t in gap[1:]):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for t in gap for c in t.children) or doc[region[0]].dep_ in (
            "nsubj", "nsubjpass", "expl"):
        return None  # a clause with its own subject (also one the second prompt replaced: "and | it is a joy ...")
    return prev[0], region[1], combine(x, y)


def combine(x: str, y: str) -> str:
    """One prompt for two of one person's ("[what he did to his work, ...]" and "[what he did on the job,
    ...]"): the first, with what the second was about ("to his work and on the job")."""
    if not (y.startswith("[what ") and " did" in y and ", and " in x):
        return x
    comp = y[y.index(" did") + 4:].split(", and ")[0].rstrip("]")
    if not comp.strip() or comp in x:
        return x
    own = x[x.index(" did") + 4: x.index(", and ")] if " did" in x else ""  # (the first's own, maybe none)
    if " said or did" in y:  # "[what Kalani did as a mentor and for the interns" said too
        x = said_or_did(x)
    if own.strip() and comp.startswith(own + " "):  # "did with" and "did with the clients": the second says more
        return x.replace(own + ", and ", comp + ", and ", 1)
    return x.replace(", and ", (" and" if own.strip() else "") + comp + ", and ", 1)
