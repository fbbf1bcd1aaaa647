"""Evaluation checks: a judgment of someone's work or performance, good or bad, made with an
evaluative word in a role that judges the person or their work (evaluative-statement).

The word list comes from the rule file (``params.words``); this module decides the role, from
the parse:

* a predicate about a person or their work: "She is very reliable", "His output was mediocre";
* an adverb on what a person does: "He performs well", "completes them efficiently";
* a verb of doing well or badly with a person as subject: "She excels", "He struggled";
* a quality noun that belongs to the person or that they showed: "her hard work",
  "showed improvement", "a lack of drive";
* a quality word on the worker or on the work: "a strong candidate", "poor quality work".

A word that describes a thing ("a good relationship", "the best sales year", "a solid
knowledge base") or an idiom ("as well as") is no judgment of anyone.  Whether the sentence
has a date, count or artifact behind the judgment is left to the rule's context filter.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...context.analysis import opening_verb
from ...context.words import WordLists
from ._common import register_check

_PEOPLE = {"he", "she", "they", "you", "i", "we", "him", "her", "them"}
#: nouns for the worker: a quality word on one of these judges the person
_WORKER = {"employee", "worker", "member", "colleague", "candidate", "person", "leader", "asset", "addition",
           "performer", "contributor", "teammate", "manager", "example", "hire", "individual", "professional",
           "team", "staff"}
#: nouns for the work: a quality word on one of these judges the work
_WORK = {"work", "performance", "job", "effort", "output", "result", "quality", "level",
         "manner", "way", "potential", "skill", "contribution", "progress", "standard", "fashion", "record",
         "commitment"}
#: ways of working a quality word judges only when they are the person's ("maintains great communication",
#: "gives excellent service"), not a thing's ("the hotel has great service"); attendance and punctuality
#: are left out: "perfect attendance" can be checked
_PRACTICE = {"communication", "service", "teamwork", "collaboration", "productivity", "idea", "organization",
             "planning"}
_OWNERS = {"his", "her", "their", "your", "my", "our"}
#: the writer's regard for a quality the person has: "appreciate your creativity"
_APPRECIATE = {"appreciate", "admire", "value", "love", "praise", "commend", "applaud"}
#: what someone is able to do is what they do: "is able to work efficiently"
_ABLE = {"able", "quick", "ready", "capable"}
_WISHES = {"hope", "wish", "want", "pray", "trust"}
_MAYBE = {"could", "should", "would", "might", "may", "must"}
#: a hardship the person has with their work ("has difficulty meeting deadlines", "has a tough time with the
#: budget"): the nouns, and the adjectives of "a ... time" (said of a person alone, "difficult" is a trait word)
_HARDSHIP = {"difficulty", "difficulties", "trouble"}
_HARD_TIME = {"hard", "tough", "difficult", "rough"}
#: verbs whose complement says what the subject goes on doing ("continues to exceed", "tends to struggle")
_GOING_ON = {"continue", "keep", "tend", "manage", "proceed", "seem", "appear"}
#: targets set in advance that an outcome can be checked against (not "expectations")
_CHECKABLE_GOALS = {"goal", "target", "quota", "budget", "deadline", "kpi", "forecast", "plan", "objective", "sla"}


def _personal(subject: Token) -> bool:
    """A person, a named person, a worker, or a person's work ("his output")."""
    bare = not any(c.dep_ == "det" for c in subject.children)  # names take no article: not "The CI"
    named = subject.pos_ == "PROPN" and not subject.text.isupper() and bare  # nor an acronym ("QA")
    return (subject.lower_ in _PEOPLE or named or subject.lemma_.lower() in _WORKER
            or any(c.dep_ == "poss" and (c.lower_ in _OWNERS or c.pos_ == "PROPN" or c.lemma_.lower() in _WORKER
                                         or c.is_title) for c in subject.children)  # not "the vendor's quality"
            # a name the tagger took for a noun ("Ravi completes ..."), not "The report", "Sales" nor "None"
            or (subject.is_title and subject.tag_ == "NN" and not subject.is_stop and bare))


def _about_person(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")] or [
        c for x in verb.children if x.dep_ in ("aux", "auxpass") for c in x.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:  # (the parser sometimes hangs the subject on the auxiliary: "Her report | was well written")
        return any(_personal(c) for c in subjects)
    if verb.dep_ == "acomp" and verb.head.pos_ == "AUX":
        return _about_person(verb.head)  # "The deck she built was well-researched"
    if (verb.dep_ == "conj" or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _GOING_ON) and verb.head.pos_ in (
            "VERB", "AUX"):
        # "She works hard and delivers quality", "You continue to exceed expectations": the same subject
        # (not a wish or an attempt: "she wants to succeed", "he tried to improve the build")
        return _about_person(verb.head)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ABLE and verb.head.head.pos_ in ("VERB", "AUX"):
        return _about_person(verb.head.head)  # "Is able to clearly explain a hard topic"
    return _fragment(verb)


def _persons(noun: Token) -> bool:
    """The person's own ("her communication") or what a person does or has ("produces good results")."""
    if any(c.dep_ == "poss" and (c.lower_ in _OWNERS or c.pos_ == "PROPN") for c in noun.children):
        return True
    return noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX") and _about_person(noun.head)


def _fragment(verb: Token) -> bool:
    """A line of a review that starts with what the person does, its subject left out:
    "Works hard.", "Shows a strong commitment to safety", "Consistently meets targets"."""
    sent = verb.sent
    lead = [t for t in sent if t.i < verb.i and not t.is_punct]
    return verb.dep_ == "ROOT" and verb.tag_ in ("VBZ", "VBD") and all(t.dep_ in ("advmod", "neg") for t in lead)


def _has_hardship(t: Token) -> bool:
    """ "has difficulty | trouble ...", "has a hard | tough time ...": said of the person who has it."""
    noun = t.head if t.lower_ in _HARD_TIME else t
    if t.lower_ in _HARD_TIME and not (t.dep_ == "amod" and noun.lemma_ == "time"):
        return False
    return noun.dep_ == "dobj" and noun.head.lemma_ == "have" and _about_person(noun.head)


def _judges(t: Token) -> bool:
    if t.lower_ == "well" and t.i > 0 and t.doc[t.i - 1].lower_ == "as":
        return False  # "as well (as)"
    if t.lower_ in _HARDSHIP or t.lower_ in _HARD_TIME and (t.head.lemma_ == "time" or t.lower_ != "hard"):
        return _has_hardship(t)  # (only "hard" judges on its own: "works hard")
    if t.dep_ == "amod":
        if t.head.lower_ in ("above", "below"):
            return _about_person(t.head.head)  # "Her workflow is above average" read as an adjective
        noun = t.head.lemma_.lower()
        if noun in _PRACTICE or t.head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in t.head.children):
            # "had average results", "keeps great communication"; not a kind of people ("Effective
            # managers give feedback early.") nor things in general ("good results need good data")
            return noun in _WORK | _PRACTICE and _persons(t.head)
        return noun in _WORKER or noun in _WORK
    if t.pos_ == "ADV":
        if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") or c.dep_ == "dobj" and c.lemma_.lower() in _CHECKABLE_GOALS
               for c in t.head.children):
            return False  # the writer's own doing ("I quickly realized ..."), or a goal met ("successfully met his targets")
        return (t.head.pos_ in ("VERB", "AUX") and _about_person(t.head)) or t.head.pos_ == "ADJ" and _judges(t.head)
    if t.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in t.children):
            return False  # "the one area you could improve upon": a possibility, not a verdict
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _CHECKABLE_GOALS for c in t.children):
            return False  # "exceeded your sales goal": an outcome the reader can check
        # "we hope he will succeed" is a wish, not a judgment
        return _about_person(t) and not (t.dep_ == "ccomp" and t.head.lemma_ in _WISHES)
    if t.dep_ in ("acomp", "attr", "oprd", "xcomp"):
        return _about_person(t.head) or t.head.dep_ == "ROOT" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.head.children)
    if t.dep_ == "ROOT":
        return not any(c.dep_ in ("nsubj", "nsubjpass") and not _personal(c) for c in t.children)
    if t.dep_ == "pobj" and t.head.lower_ in ("above", "below"):
        return _about_person(t.head.head)  # "Her workflow is above average"
    if t.pos_ == "NOUN":
        if t.dep_ in ("nsubj", "nsubjpass", "ROOT", "attr", "appos") and any(
                c.dep_ == "poss" and (c.lower_ in _OWNERS or c.pos_ == "PROPN") for c in t.children):
            return True  # "Her hard work paid off" (not "will boost his growth")
        if t.dep_ == "dobj" and t.head.lemma_ in _APPRECIATE:
            return True  # "I really appreciate your creativity", "we value his dedication"
        return t.dep_ == "dobj" and t.head.lemma_ in ("show", "demonstrate", "display", "make") and _about_person(t.head)
    return False


@register_check("evaluative-statement")
def evaluative_statement(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """The first evaluative word of each sentence that judges a person or their work, with the
    intensifiers before it ("very reliable", "really well")."""
    single = frozenset(w for w in params.get("words", []) if " " not in w)
    for sent in doc.sents:
        if _label(sent):
            continue
        # "Handles pressure well.": a line that opens with what the person does, the verb read as a noun
        misread = len(sent) > 1 and opening_verb(sent[0], sent, words)
        for t in sent:
            if misread and t.i == sent.start and t.lower_ in single:
                yield t.i, t.i + 1  # "Struggles to communicate ideas", "Excels at client work"
                break
            if (t.lower_ in single or t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in single) and (
                    _judges(t) or misread and t.i > sent.start and t.pos_ in ("ADV", "ADJ")):
                yield t.i, t.i + 1
                break


def _label(sent: Span) -> bool:
    """A section label of a review form, not a sentence: "Leadership", "Attention to Detail"
    (one word or all capitalised, no verb, no final stop); "Willingness to learn" is read."""
    words = [t for t in sent if t.is_alpha]
    if not words or len(words) > 4 or sent.text.rstrip()[-1:] in (".", "!", "?") or any(
            t.pos_ in ("VERB", "AUX") for t in words):
        return False
    return len(words) == 1 or all(t.is_title or t.is_stop for t in words)


_DEICTIC = {"this", "that", "it"}
_LINKING = {"be", "look", "seem", "feel", "sound"}
_SOFTENERS = {"really", "very", "pretty", "quite", "rather", "so", "just", "kind", "sort", "of", "a", "bit", "little",
              "too", "somewhat", "obviously", "clearly", "totally", "completely", "super", "extremely", "frankly",
              "honestly", "plain", "simply", "all", "kinda", "sorta"}


#: what a demand after the verdict may say ("This is confusing and should be rewritten"); a
#: reason or detail ("because ...", ": the loop ...") makes it more than a verdict
_DEMANDS = {"must", "should", "needs", "need", "has", "have", "will"}
_REASONS = {"because", "since", "as", "so", "when", "if", "for", "but", ":", "-", "—", "–", "(", ";"}
#: how a thing was done, denied: "This is not worded correctly", "That wasn't tested properly"
_MANNER = {"correctly", "properly", "well", "right", "carefully", "thoroughly", "cleanly", "clearly"}


def _bare_tail(rest: list[Token]) -> bool:
    """Nothing after the verdict but a demand to change it: no reason, no detail, no figure."""
    words = [t for t in rest if t.is_alpha or t.like_num]
    if not words:
        return True
    return words[0].lower_ == "and" and len(words) > 1 and words[1].lower_ in _DEMANDS and not any(
        t.lower_ in _REASONS or t.like_num for t in rest)


#: contempt, the shaming rules' concern: "Stupid mistake."
_SCORN = frozenset({"stupid", "dumb", "idiotic", "moronic", "pathetic", "ridiculous", "silly", "laughable"})


def _said_of_person(noun: Token, words: WordLists) -> bool:
    """The noun of a two-word verdict names the person or a part of them ("Weak communicator.", "Poor
    attitude."): a character judgment, not a verdict on work."""
    lemma = noun.lemma_.lower()
    return lemma in words.person_nouns or lemma in words.attribute_nouns or lemma.endswith(("tor", "ist", "ee"))


@register_check("bare-verdict")
def bare_verdict(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """A verdict with nothing behind it, the code-review form: a verdict on "this" that ends the
    sentence or is followed only by a demand ("This is wrong.", "That looks really messy", "This
    is confusing and should be rewritten"), a line that is the verdict alone ("Ugly.") or the verdict and
    the thing it is on ("Excellent presentation."), and, with
    ``params.denied_manner``, a denied manner ("This is not worded correctly").  A reason or a detail after it ("for new
    users: ...", "because ...") is left to the reader and not matched."""
    verdicts = frozenset(params.get("words", []))
    denied = bool(params.get("denied_manner", False))
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        said = [t for t in toks if not t.is_punct]
        if said and len(said) <= 3 and said[-1].lower_ in verdicts and all(t.lower_ in _SOFTENERS for t in said[:-1]):
            if said[-1].lower_ not in words.trait_cues:  # "Lazy." alone is said of a person: a trait label
                yield said[0].i, said[-1].i + 1  # "Ugly.", "Just wrong!"
            continue
        if 2 <= len(said) <= 4 and said[-1].pos_ == "NOUN" and said[-2].lower_ in verdicts \
                and all(t.lower_ in _SOFTENERS and t.lower_ not in ("a", "an") for t in said[:-2]) \
                and said[-2].lower_ not in _SCORN and not _said_of_person(said[-1], words) \
                and not (said[-1].tag_ == "NNS" and toks[-1].text not in (".", "!")):  # a heading: "Good points"
            yield said[0].i, said[-1].i + 1  # the verdict and what it is on, alone: "Excellent presentation.", "Weak analysis."
            continue
        if len(toks) < 3 or toks[0].lower_ not in _DEICTIC:
            continue
        i = 1
        while i < len(toks) and i <= 2 and toks[i].lemma_.lower() in _LINKING:
            i += 1
        if i == 1:
            continue
        start = i
        while i < len(toks) and toks[i].lower_ in _SOFTENERS:
            i += 1
        if i < len(toks) and toks[i].lower_ in verdicts and _bare_tail(toks[i + 1:]):
            yield toks[start].i, toks[i].i + 1
        elif denied and i + 2 < len(toks) and toks[i].dep_ == "neg" and toks[i + 1].tag_ == "VBN" and \
                toks[i + 2].lower_ in _MANNER and _bare_tail(toks[i + 3:]):
            yield toks[i].i, toks[i + 2].i + 1  # "not worded correctly"
