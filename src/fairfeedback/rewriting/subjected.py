"""The judgment as the subject of the sentence's main verb ("Her carelessness with the invoices | cost us
a client", "His lack of interest in training | shows"): the predicate the writer gave is no part of what the
judgment was about, nor of what the person did not do. The rewrite asks for the person's behavior and keeps
the predicate as its impact ("..., which cost us a client"), or drops it when it only says the judgment
shows or what it is (``impact``).

The parser often misreads such a sentence: the verb tagged as a plural noun ("arrogance in meetings |
upsets | the team", "interest in training | shows"), or hung on the infinitive inside the subject ("lack
of willingness to help | slowed | the launch"). This module finds the predicate in those readings too."""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis

__all__ = ["counted_subject", "judged_subject", "predicate_tokens", "said_of_one", "subject_modifiers"]

#: the dependencies inside a noun phrase that lead from the judged words up to its head
_INSIDE = ("pobj", "prep", "compound", "amod", "acl", "poss")
#: finite verb tags
_FINITE = ("VBD", "VBZ", "VBP")
#: verbs that only say a judgment shows ("His lack of interest | shows"), which the parser reads as a plural
#: noun at the end of a verbless sentence ("in training shows")
_SHOWING = {"show", "tell", "stand", "come", "go"}


def _head(a: Analysis) -> Token:
    t = a.span.root
    while t.dep_ in _INSIDE and t.head is not t:
        t = t.head
    return t


def _own_subject(t: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)


def judged_subject(a: Analysis) -> tuple[Token, Token] | None:
    """The head of the subject noun phrase the flagged words are (inside), and the main verb it is the
    subject of; or None when the flagged words are no subject (or the subject is the person)."""
    head = _head(a)
    if head.pos_ != "NOUN" or head.lemma_.lower() in a.words.person_nouns:
        return None  # (a person's own verb is what they did: "The lazy | guy broke the build")
    if head.dep_ == "nsubj" and head.head.i > head.i and head.head.i >= a.span.end:
        verb = head.head
        if any(t.text in (",", ";", ":") and t.head.i in (head.i, verb.i) for t in a.sent.doc[head.i + 1: verb.i]):
            return None  # a fragment before a clause of its own ("Lack of focus, | forgot the keys")
        # (also a verb tagged as a noun: "arrogance in meetings | upsets/NNS | the team")
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT" and verb.tag_ == "NNS":
            return head, verb
        return None
    if head.dep_ != "ROOT" or _own_subject(head):
        return None
    # a verbless reading: the finite verb hung inside the subject ("to help | slowed/xcomp | the launch")
    for t in head.subtree:
        if t.i >= a.span.end and t.tag_ in _FINITE and (not _own_subject(t) or _object_as_subject(t)) \
                and t.dep_ in ("xcomp", "ccomp") and t.head.tag_ == "VB" and t.head.i < t.i \
                and not any(c.dep_ == "mark" or c.tag_ in ("WDT", "WP") for c in t.children):
            return head, t
    if any(t.pos_ in ("VERB", "AUX") for t in a.sent):
        return None
    # or read as a plural noun: before its object ("in retros | upsets | the crew"), or at the end ("in
    # training | shows")
    words = [t for t in a.sent if not (t.is_punct or t.is_space)]
    for t in words:
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if t.i >= a.span.end and t.tag_ == "NNS" and t.lower_.endswith("s") and t.head.i != t.i and (
                t is words[-1] and t.lower_[:-1] in _SHOWING
                or after is not None and after.tag_ in ("DT", "PRP$", "PRP") and after.head.i != t.i - 1):
            return head, t
    return None


def _object_as_subject(t: Token) -> bool:
    """A finite verb whose subject the parser took from the infinitive before it ("the drive to learn | the
    scheduler | delayed the rollout"): the object of "learn", and "delayed" the main verb."""
    verb = t.head
    return t.dep_ == "ccomp" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "attr") for c in verb.children) \
        and all(c.pos_ in ("NOUN", "PROPN") and c.i > verb.i for c in t.children if c.dep_ == "nsubj")


def predicate_tokens(a: Analysis) -> set[int]:
    """The tokens of the main predicate said of the judgment ("| slowed the launch", "| shows"), which
    neither what the judgment was about nor the action a lacked drive was for takes in."""
    found = judged_subject(a)
    if found is None:
        return set()
    verb = found[1]
    out = {verb.i}
    for c in verb.children:
        if c.i > verb.i:
            out.update(x.i for x in c.subtree)
    # (a verb read as a noun: the words after it are the rest of the predicate, "shows | in her work")
    if verb.pos_ not in ("VERB", "AUX"):
        out.update(t.i for t in a.sent if t.i > verb.i and not t.is_space)
    return out


def subject_modifiers(a: Analysis) -> list[Token]:
    """The phrases after the head of a subject the flagged words only modify ("Her passive-aggressive |
    comments | in standup"): what the judged behavior was about."""
    found = judged_subject(a)
    if found is None:
        return []
    head, verb = found
    if a.span.start <= head.i < a.span.end:
        return []  # (the flagged words' own phrases: ``about.complement``)
    return [c for c in head.children if c.dep_ == "prep" and a.span.end <= c.i and c.right_edge.i < verb.i
            and any(o.dep_ in ("pobj", "pcomp") for o in c.children)]


#: present forms said of one thing
_ONE = {"have": "has", "do": "does", "be": "is", "go": "goes"}


def said_of_one(verb: Token, subject: Token) -> str | None:
    """The verb's form said of what the person did ("which | makes | people uneasy"): a present form for
    one thing, the past as written. A verb the parser tagged VBP after a singular subject is a past form
    ("Her carelessness | cost | us a client"); None when no form is to hand."""
    if verb.tag_ not in ("VBP", "VB") or any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children):
        return verb.text  # (also a present the parser tagged as a base form: "interruptions | slow/VB | us down")
    if subject.tag_ in ("NN", "NNP"):
        return verb.text  # (no present form would follow one thing: the past, "cost", "put", "hurt")
    lemma = verb.lemma_.lower()
    if lemma in _ONE:
        return _ONE[lemma]
    if not lemma.isalpha() or lemma != verb.lower_:
        return None
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def counted_subject(a: Analysis) -> str | None:
    """An always/never claim inside a judged subject ("His constant complaining about the tools | wears people
    out"): no verb of the person's to count, so the count asks for it, with what it was about and the
    predicate kept as its impact ("He [did what about the tools] [N] times between [date] and [date], which
    wears people out."). None when the flagged words are no such subject."""
    from .about import complement  # (they import this module)
    from .impact import effect
    from .naming import _cap, judged_person

    if judged_subject(a) is None:
        return None
    who = judged_person(a)
    comp = complement(a)
    result = effect(a)
    what = f"[did what {comp}]" if comp else "[did what]"
    return _cap(f"{who} {what} [N] times between [date] and [date]{', ' + result if result else ''}.")
