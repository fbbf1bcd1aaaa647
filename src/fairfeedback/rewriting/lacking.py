"""The action a lacked drive was for: "He lacks the drive | to finish any task to a sound standard",
"has not shown the willingness | to push herself toward a new role", "shows no interest | in learning the
new tools". The judgment of intent goes; what the writer said the person did not do stays, as the
instance to ask about ("On [date], he did not finish [which task] to a sound standard. What got in the
way?"), with the writer's objects and places, and a quantifier over them ("any task") turned into a
prompt for which one. Nothing is added: the sentence already said it did not happen."""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .denied import denied_slot
from .inflect import be_past
from .flagged import sentence_spans
from .sentence import flagged_tokens
from .subjected import predicate_tokens

__all__ = ["denied_slot", "lacked_action"]

#: determiners that quantify over the objects ("any task", "every ticket"): asked as "[which task]"
_QUANTIFIERS = {"any", "every", "each", "all"}
#: determiners that deny the drive noun ("| no willingness", "| little interest")
_DENYING = {"no", "little", "zero"}
#: nouns that deny the drive noun after "of" ("| lack | of willingness", "| absence | of interest")
_LACK = {"lack", "absence"}
#: nouns that say the drive was missing by themselves ("his | unwillingness | to share the rota")
_UNWILLING = {"unwillingness", "reluctance", "refusal", "disinclination"}
#: code prefix of the absolute rules (the rule schema ties each code's digit to its category)
_ABSOLUTE = "FF5"
#: object pronouns that would name the person as the one acted on ("the drive to take | him | further")
_PERSON_OBJECTS = {"him", "her", "them", "me", "us", "you"}


def _denied(verb: Token, noun: Token) -> bool:
    """Whether the sentence says the drive is missing: "lacks", "does not have", "no willingness"."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    if verb.lower_ == "of" and noun.dep_ == "pobj" and verb.head.lemma_.lower() in _LACK:
        return True  # ("Sam's | lack of | willingness to help")
    if verb.lemma_ == "lack":
        return not negated  # (not "does not lack the drive to ...")
    if noun.lemma_.lower() in _UNWILLING:
        return not negated  # ("his | refusal | to share the rota", not "no reluctance to ...")
    return negated or noun.lemma_ == "lack" or any(c.dep_ == "det" and c.lower_ in _DENYING for c in noun.children)


def _infinitive(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") and any(x.dep_ == "aux" and x.lower_ == "to" and x.i == t.i - 1 for x in t.children)


def _action(a: Analysis) -> Token | None:
    """The infinitive a denied drive noun of the flagged words governs ("the drive | to finish ..."), also
    where the parser hung it on the verb beside it ("lacks the drive | to finish": an adverbial clause of
    "lacks") or made the noun its subject ("does not have the drive | to be on time"), or read the infinitive
    as a relative clause of the noun ("has no drive | to fix the build")."""
    for noun in a.span:
        if noun.pos_ != "NOUN":
            continue
        if noun.dep_ == "nsubj" and noun.head.dep_ == "ccomp" and _infinitive(noun.head):
            found = [noun.head] if _denied(noun.head.head, noun) else []
        elif noun.dep_ in ("dobj", "pobj", "attr") and _denied(noun.head, noun) or noun.dep_ in ("nsubj", "nsubjpass", "ROOT") \
                and noun.lemma_.lower() in _UNWILLING and _denied(noun.head, noun):  # ("His refusal to ... | slowed")
            found = [c for h in (noun, noun.head) for c in h.children if (c.dep_ in ("acl", "advcl", "xcomp")
                     or c.dep_ == "relcl" and h is noun) and _infinitive(c)
                     and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
        else:
            continue
        found = [c for c in found if c.i >= a.span.end]
        if found:
            return found[0]
    return None


def _phrase(verb: Token, skip: set[int]) -> str | None:
    """The infinitive's words without its "to", a quantified object asked for ("[which task]")."""
    words: list[str] = []
    quantified = {t.head.i for t in verb.subtree if t.dep_ == "det" and t.lower_ in _QUANTIFIERS and t.head.pos_ == "NOUN"}
    for t in verb.subtree:
        left_out = t.i in skip or t.dep_ == "aux" and t.head.i == verb.i and t.lower_ == "to"
        if left_out or t.is_punct and t.i + 1 < len(t.doc) and t.i + 1 in skip and t.i + 1 != verb.i:
            continue  # (with the comma before a clause left out)
        if t.i in quantified:
            words.append(f"[which {t.text}]" + t.whitespace_)
        elif not (t.dep_ == "det" and t.head.i in quantified or t.is_punct and t.i == verb.right_edge.i):
            words.append(t.text_with_ws)
    return "".join(words).strip() or None


#: nouns of a step in a career ("a new role", "the next level", "promotion")
_CAREER = {"role", "position", "level", "promotion", "advancement", "grade", "band", "title", "rank", "career"}
#: nouns that are a career step when something makes them a step up ("a | bigger | job", "| more | responsibility")
_STEP_UP = {"job", "responsibility", "scope", "challenge"}


def _career(t: Token) -> bool:
    lemma = t.lemma_.lower()
    return t.pos_ == "NOUN" and (lemma in _CAREER or lemma in _STEP_UP and any(
        c.dep_ == "amod" and (c.tag_ in ("JJR", "JJS") or c.lower_ in ("new", "next", "senior", "more")) for c in t.children))


def lacked_action(a: Analysis, who: str) -> str:
    """ "did not finish [which task] to a sound standard" for "lacks the drive to finish any task to a
    sound standard", or '' when the flagged words are no lacked drive with an action of its own."""
    verb = _action(a)
    if verb is None:
        return ""
    flagged = flagged_tokens(a, vague=True)
    counted = {i for sp in sentence_spans(a) if sp.label_[:3] == _ABSOLUTE for i in range(sp.start, sp.end)}
    # a coordinated clause with another finding's words is that finding's ("to finish ... | and seems bored"),
    # one with an always/never is kept before the prompt, counted ("| and never replies ...": ``recounted``)
    skip = {x.i for c in verb.children if c.dep_ in ("conj", "cc") and any(y.i in flagged or y.i in counted and not any(
        z.dep_ in ("nsubj", "nsubjpass") for z in c.children) for y in c.subtree) for x in c.subtree} | {verb.i}
    skip |= {t.i for t in verb.subtree if t.i < verb.i}  # (the drive noun itself, parsed as its subject)
    skip |= predicate_tokens(a)  # (the main verb hung on the action: "to help | slowed the launch", ``subjected``)
    skip |= {c.i for c in verb.children if c.dep_ == "cc" and any(x.dep_ == "conj" and x.i in skip for x in verb.children)}
    sub = [t for t in verb.subtree if t.i not in skip]
    if any(t.i in flagged for t in sub) or any(t.lower_ in _PERSON_OBJECTS and t.dep_ in ("dobj", "pobj", "dative")
                                                for t in sub) or len(sub) > 16 or any(_career(t) for t in sub):
        # another finding's words; the person as their own object ("to take | him | further"); a step in a
        # career, which is a forecast, not an act ("the willingness to push herself toward | a new role")
        return ""
    rest = _phrase(verb, skip)
    if verb.lemma_ == "be":
        return f"{be_past(who)} not {rest}" if rest else ""
    return f"did not {verb.text.lower()} {rest}" if rest else f"did not {verb.text.lower()}"
