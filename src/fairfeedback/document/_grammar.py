"""Parse helpers shared by the sentence readers: negation, persons and
subjects, plans and conditions."""

from __future__ import annotations

from spacy.tokens import Token

from ..context.words import WordLists

_PERSON_PRONOUNS = frozenset("i you he she we they me him her us them".split())
_MODALS = frozenset("will 'll shall should must would 'd could wo ca".split())
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
#: a subordinate clause that states a fact, inside a plan or request ("We should coach him
#: because he has been a dependable analyst")
_FACTUAL_MARKS = frozenset({"because", "since", "although", "though"})


def _clause_path(t: Token) -> list[Token]:
    """``t`` and its heads up to and including its clause's verb."""
    path = [t]
    x = t
    while x.head != x and len(path) < 8:
        if x.pos_ in ("VERB", "AUX") and x is not t and x.dep_ not in ("xcomp", "ccomp"):
            break
        if x.dep_ in ("conj", "advcl") and x.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in x.children):
            break  # "does not prepare ... but he shows promise": a clause with its own subject
        x = x.head
        path.append(x)
    return path


def _negator(t: Token) -> str | None:
    """The word negating ``t`` within its clause ('never missed', 'aren't impressed',
    'no errors', 'without a single error'), if any."""
    for x in _clause_path(t):
        for c in x.children:
            if c.dep_ == "neg" or (c.dep_ in ("det", "nummod", "advmod") and c.lower_ in ("no", "zero", "never")) \
                    or (c.dep_ == "advmod" and c.lower_ in ("rarely", "seldom")):  # "rarely makes mistakes"
                return c.lower_
        if x is not t and x.lower_ == "without":
            return "without"
    return None


def _person(t: Token, words: WordLists) -> bool:
    if t.pos_ == "PRON":
        return t.lower_ in _PERSON_PRONOUNS
    if t.pos_ == "PROPN":  # a name, not "the bedside scan" tagged as one
        return not any(c.dep_ == "det" for c in t.children)
    return t.lemma_.lower() in words.person_nouns


def _subject_is_person(verb: Token, words: WordLists) -> bool:
    """The verb's subject is a person, or a person's work ("Aisha's refactor")."""
    v = verb
    if v.dep_ in ("ccomp", "xcomp") and v.head.lemma_ in ("get", "have", "make"):
        v = v.head  # "she got the hiring plan approved"
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subj:
            return _person(subj[0], words) or any(c.dep_ == "poss" and _person(c, words) for c in subj[0].children)
        if v.dep_ in ("conj", "xcomp", "ccomp", "advcl") and v.head != v:
            v = v.head
        else:
            break
    # a review-form fragment in the past: "Hit all four targets and onboarded two reps."
    return v.dep_ == "ROOT" and (v.tag_ == "VBD" or any(c.dep_ == "conj" and c.tag_ == "VBD" for c in v.children))


def _writer_subject(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in ("i", "we")


def _perfect_report(x: Token) -> bool:
    """A clause in the perfect with its own subject reports what happened ("considering he had
    done well on the audit"), even inside a plan."""
    return x.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in x.children) \
        and any(c.dep_ in _SUBJECTS for c in x.children) and not any(c.tag_ == "MD" for c in x.children)


def _speculative(t: Token, within: set[int] | None = None) -> bool:
    """``t`` is under "may" or "might" in its clause ("given a year he may become our strongest closer"),
    not in a clause of its own below it ("may not show it, as he has untapped potential")."""
    x = t
    for _ in range(6):
        if within is not None and x.i not in within:
            return False
        if any(c.dep_ == "aux" and (c.text in ("may", "might") or c.text in ("May", "Might") and c.i == c.sent.start)
               for c in x.children):
            return True  # (not the month: "On 20 May you shipped ...", parsed as a modal)
        if x.head == x or (x.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in x.children)):
            return False
        x = x.head
    return False


def _irrealis(t: Token, within: set[int] | None = None) -> bool:
    """``t`` sits in a plan, wish, request or condition, not in a report of what happened.
    With ``within`` (token indices of a clause), heads outside the clause are not climbed to
    ("Kim did the job well, however, if she ... she may not stay": the parser hangs the praise
    under "may not stay")."""
    x = t
    for _ in range(8):
        if within is not None and x.i not in within:
            break
        if any(c.dep_ == "aux" and c.lower_ in _MODALS and c.tag_ == "MD" for c in x.children):
            if not any(c.lower_ == "have" and c.dep_ == "aux" for c in x.children):
                return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in x.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in _FACTUAL_MARKS for c in x.children) or _perfect_report(x):
            return False
        if x.dep_ == "xcomp" and x.head.lemma_ in ("want", "like", "love", "need", "hope", "expect", "try", "ask"):
            return True
        if x.dep_ == "ROOT" and x.tag_ == "VB" and not any(c.dep_.startswith("nsubj") for c in x.children) \
                and not any(c.dep_ == "conj" and c.tag_ == "VBD" for c in x.children):  # not "Hit X and onboarded Y"
            return True
        if x.head == x:
            break
        x = x.head
    return False


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in spans)
