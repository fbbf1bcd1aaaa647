"""An always/never coordinated with another judgment stays, counted: "She has no drive to learn the tools |
and does not reply to the tickets at all", "He is lazy | and always late", "Kim is curt | and never on time".
The sentence's rewrite is the judgment's (character, intent, ...), which takes its own words out; the
conjunct an absolute's finding flags is what the writer saw, so it becomes a count over a period before
the prompt ("He was late [N] times in [period]; on [date], he [what he did], which [impact]."), once, and
in the past tense like the rest of the rewrite ("is always absent" -> "was absent [N] times in [period]").

The verb conjuncts an always/never alone flags ("... and never replies to tickets") are observed clauses
already (``sentence.observed_clauses``); this module adds the ones that clause finder leaves out: an
adjective or a phrase after "is" ("and always late", "and never on time"), and a clause whose absolute
flags more than its always/never ("and does not reply to the tickets at all")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..context.analysis import Analysis
from .flagged import spans_of
from .inflect import be_past, past
from .related import related_clauses
from .sentence import ABSOLUTE_STRIP, MAX_CLAUSE_TOKENS, flagged_tokens, observed_clauses, plain_clauses

__all__ = ["counted_conjuncts", "counted_tokens", "kept_facts"]

#: code prefix of the absolute rules (the rule schema ties each code's digit to its category)
_ABSOLUTE = "FF5"
#: the count the kept conjunct asks for
_COUNT = " [N] times in [period]"
#: words of a denial of every instance ("not ... at all", "any", "whatsoever"), which the count replaces
_QUANTIFIERS = {"whatsoever", "ever", "once"}
#: parts of speech of a predicate after "is" that a conjunct can be ("late", "absent", "on time")
_PREDICATES = {"ADJ", "ADV", "ADP"}


def _top(a: Analysis) -> Token:
    """The judgment's clause head, as ``sentence.observed_clauses`` climbs to it."""
    top = a.anchor
    while top.dep_ in ("xcomp", "acomp", "attr", "dobj", "amod", "advmod", "prep", "pobj", "neg", "aux", "conj") \
            and top.head is not top:
        top = top.head
    return top


def _own(k: Token) -> list[Token]:
    """The conjunct's words without the conjuncts coordinated after it and the "and" or comma before them."""
    inner = {x.i for c in k.children if c.dep_ == "conj" for x in c.subtree}
    return [t for t in k.subtree if t.i not in inner and not (t.head.i == k.i and t.dep_ in ("cc", "punct"))]


def _conjuncts(a: Analysis) -> list[tuple[Token, list[Token]]]:
    """The conjuncts of the judged clause an absolute's finding flags and no other finding does, with their words."""
    if a.span.label_[:3] == _ABSOLUTE or a.subject_kind not in ("person", "fragment") \
            or len(a.sent) > MAX_CLAUSE_TOKENS:
        return []
    spans = [sp for sp in spans_of(a.sent) if not (sp.start <= a.span.start and a.span.end <= sp.end)]
    counted = {i for sp in spans if sp.label_[:3] == _ABSOLUTE for i in range(sp.start, sp.end)}
    other = {i for sp in spans if sp.label_[:3] != _ABSOLUTE for i in range(sp.start, sp.end)}
    if not counted:
        return []
    top = _top(a)
    observed = flagged_tokens(a)  # (a verb conjunct with none of these is an observed clause already)
    out = []
    for k in top.subtree:
        if not (k.dep_ == "conj" or _listed(k, a)) or a.span.start <= k.i < a.span.end:
            continue
        own = _own(k)
        ids = {t.i for t in own}
        if not ids & counted or ids & other or any(a.span.start <= i < a.span.end for i in ids) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in k.children):
            continue
        if k.pos_ in ("VERB", "AUX") and ids & observed:
            out.append((k, own))  # ("and does not reply to the tickets at all")
        elif k.tag_ in ("VBG", "VBN") and _copula(k) is not None \
                and not any(c.dep_ in ("aux", "auxpass") for c in k.children):
            out.append((k, own))  # a participle after "is", no clause of its own ("is lazy and | always complaining")
        elif k.pos_ in _PREDICATES and _copula(k) is not None:
            out.append((k, own))  # ("is lazy and | always late")
    return out


def _listed(k: Token, a: Analysis) -> bool:
    """A predicate listed after the judgment that the parser hung on the "is" ("is careless, | always late and
    ..."), with an always/never of its own."""
    return k.dep_ == "advmod" and k.pos_ in ("ADJ", "ADV") and k.i > a.span.end and k.head.lemma_ == "be" \
        and any(c.lower_ in ABSOLUTE_STRIP | {"never"} for c in k.children)


def _copula(k: Token) -> Token | None:
    """The "is" of the predicate coordination ``k`` is a conjunct of ("is lazy and | late"), or None."""
    first = k
    while first.dep_ == "conj" and first.head.lemma_ != "be":
        first = first.head
    if first.dep_ == "conj":  # (hung on the "is" itself: "is a slacker and | always late")
        return first.head if k.pos_ in _PREDICATES else None
    verb = first.head
    return verb if first.dep_ in ("acomp", "attr", "advmod", "prep") and verb.lemma_ == "be" else None


def _quantifier_words(own: list[Token]) -> set[int]:
    """ "at all", "whatsoever", "any" before an object: a denial of every instance, which the count replaces."""
    out = set()
    for t in own:
        if t.lower_ == "all" and t.i > t.sent.start and t.nbor(-1).lower_ == "at":
            out |= {t.i - 1, t.i}
        elif t.lower_ in _QUANTIFIERS and t.dep_ == "advmod":
            out.add(t.i)
        elif t.lower_ == "any" and t.dep_ == "det" and t.head.dep_ in ("dobj", "pobj"):
            out.add(t.i)
    return out


def _render(k: Token, own: list[Token], who: str) -> str | None:
    """The conjunct in the past tense, without its always/never and quantifiers, counted."""
    drop = _quantifier_words(own)
    negate = False
    helper = None
    for t in own:
        if t.head.i == k.i and (t.dep_ == "neg" or t.lower_ in ABSOLUTE_STRIP | {"never"}):
            negate = negate or t.lower_ in ("not", "n't", "never")
            drop.add(t.i)
        elif t.lower_ in ABSOLUTE_STRIP:
            drop.add(t.i)
        elif t.head.i == k.i and t.dep_ in ("aux", "auxpass") and t.i < k.i:
            if t.lemma_ == "do" or t.tag_ == "MD" or t.lemma_ == "be" and k.tag_ == "VBG":
                drop.add(t.i)  # ("does not reply" -> "did not reply", "will never" -> "did not", "is always moaning")
            else:
                helper = t  # ("has never replied" -> "has not replied")
    words: list[str] = []
    if k.pos_ in _PREDICATES or k.tag_ == "VBN" and _copula(k) is not None:  # "always late" -> "was late"
        words.append(be_past(who) + (" not" if negate else "") + " ")
    for t in own:
        if t.i in drop:
            continue
        if t.i == k.i and k.pos_ in ("VERB", "AUX") and not (k.tag_ == "VBN" and _copula(k) is not None):
            if helper is not None:
                word = t.text
            elif k.lemma_ == "be":
                word = be_past(who) + (" not" if negate else "")
            else:
                word = f"did not {k.lemma_.lower()}" if negate else past(k.lemma_)
            words.append(word + t.whitespace_)
        elif helper is not None and t.i == helper.i and negate:
            words.append(t.text + " not" + t.whitespace_)
        elif t.lower_ in ("every", "each") and t.dep_ == "det":  # "ignored | every | piece" -> "a piece [N] times"
            words.append(("an" if t.nbor(1).lower_[:1] in "aeiou" else "a") + t.whitespace_)
        else:
            words.append(t.text_with_ws)
    text = "".join(words).strip().strip(",;:").strip()
    if not text or text.split()[-1] in ("was", "were", "not"):
        return None  # (nothing left of the predicate)
    return text + ("" if any(t.like_num and t.nbor(1).lower_ == "times" for t in own if t.i + 1 < len(t.doc)) else _COUNT)


def counted_conjuncts(a: Analysis, who: str) -> list[str]:
    """The counted conjuncts of ``a``'s judged clause ("was late [N] times in [period]"), in the sentence's order."""
    out = []
    for k, own in _conjuncts(a):
        text = _render(k, own, who)
        if text:
            out.append(text)
    return out


def counted_tokens(a: Analysis) -> set[int]:
    """The tokens of the conjuncts kept as counts, which no prompt asks about again ("[what Kim did on Fridays]")."""
    return {t.i for _, own in _conjuncts(a) for t in own}


def _tensed(a: Analysis, clause: str, who: str) -> str:
    """An observed clause counted (``sentence.counted``) in the tense of the rest of the rewrite: "is late to
    standup [N] times" -> "was late ...", "has did not ask" -> "has not asked", "will did not finish" -> "did not
    finish"; without the "at all" the count replaces. (A present verb stays, as ``sentence.counted`` gives it:
    "always leaves the notes" -> "leaves the notes [N] times in [period]".)"""
    if _COUNT not in clause:
        return clause
    clause = re.sub(r" (at all|whatsoever)\b", "", clause)
    first, _, rest = clause.partition(" ")
    if first.lower() in ("is", "are", "am") and rest:
        return f"{be_past(who)} {rest}"
    for k in _top(a).subtree:
        if k.pos_ != "VERB" or not any(c.lower_ in ABSOLUTE_STRIP | {"never"} for c in k.children):
            continue
        for x in k.children:
            if x.dep_ == "aux" and x.i < k.i and x.lemma_ != "do":
                said = f"{x.text} did not {k.lemma_}"
                if said in clause:  # ("has | never asked", "will | never finish")
                    return clause.replace(said, f"did not {k.lemma_}" if x.tag_ == "MD" else f"{x.text} not {k.text}", 1)
    return clause


#: subjects of a plain clause whose counted verb agrees with them ("he | is late [N] times")
_SUBJECTS = {"he", "she", "they", "you", "i", "we"}


def _subject_tensed(a: Analysis, clause: str) -> str:
    """A plain clause counted ("he is late [N] times in [period]", ``sentence.plain_clauses``) in the past."""
    subj, _, rest = clause.partition(" ")
    if _COUNT not in clause or not rest or not (subj.lower() in _SUBJECTS or subj[:1].isupper()):
        return clause
    return f"{subj} {_tensed(a, rest, subj)}"


def kept_facts(a: Analysis, who: str) -> str:
    """``sentence.kept_facts`` with the counted conjuncts among what the person was observed doing."""
    observed = observed_clauses(a) if a.subject_kind in ("person", "fragment") else []
    observed += [r for r in related_clauses(a) if r not in observed]  # ("a lazy clerk | who leaves ...": ``related``)
    plain = [c for c in plain_clauses(a) if not any(c.endswith(o) for o in observed)]
    observed = [_tensed(a, o, who) for o in observed] + counted_conjuncts(a, who)
    plain = [_subject_tensed(a, c) for c in plain]
    return "; ".join([*plain, *([f"{who} {' and '.join(observed)}"] if observed else [])])
