"""How a rewrite names the person a sentence is about, and the sentence's own text and end."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..context.analysis import Analysis
from ..context.words import name_blank
from ..matching.component import SPAN_KEY, confidence_key
from ..models import Applicability
from .misread import misread_name
from .people import name_like
from .selflabel import label_name
from .sentence import text_of

__all__ = ["OBJECT", "SentenceRewrite", "_body", "_cap", "_end", "about_them", "judged_person", "name_first", "named_person",
           "person", "subject_phrase", "witness"]

_NOMINATIVE = {"him": "he", "her": "she", "them": "they", "me": "I", "us": "we",
               "his": "he", "their": "they", "your": "you", "my": "I", "our": "we"}


class SentenceRewrite:
    """The replacement for a whole sentence, with its title and applicability."""

    def __init__(self, title: str, text: str, applicability: Applicability | None = None) -> None:
        self.title = title
        self.text = text
        self.applicability = applicability or (
            Applicability.NEEDS_INPUT if "[" in text else Applicability.SAFE)


def _owner(noun: Token) -> Token | None:
    """The person a noun belongs to: "her" in "her attitude", "Sam" in "Sam's reports"."""
    return next((c for c in noun.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ in _NOMINATIVE)),
                None)


#: verbs of the writer's (or the reader's) perception or belief: "You can tell | she is ...", "I'm not
#: convinced | he is ...": the judgment is said of the subject of the clause they govern
_FRAMES = {"tell", "see", "think", "feel", "believe", "say", "doubt", "convince", "sure", "guess", "suspect",
           "know", "sense", "find", "seem", "appear", "clear", "obvious", "evident", "apparent"}
_PEOPLE = {"you", "he", "she", "they", "him", "her", "them"}


def _is_person(t: Token, a: Analysis) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper() or t.lower_ in _PEOPLE \
        or t.pos_ == "NOUN" and t.lemma_.lower() in a.words.person_nouns


def _framed(verb: Token, a: Analysis) -> Token | None:
    """The person of the clause a perception or belief frame governs ("can tell | she's looking ...")."""
    for c in [verb, *(x for x in verb.children if x.dep_ in ("acomp", "xcomp"))]:
        if c.lemma_.lower() not in _FRAMES:
            continue
        for x in c.children:
            if x.dep_ in ("ccomp", "xcomp"):
                s = next((y for y in x.children if y.dep_ in ("nsubj", "nsubjpass")), None)
                if s is not None and _is_person(s, a) and s.lower_ not in ("you",):
                    return s
    return None


def person(a: Analysis) -> Token | None:
    """The token naming the person the judgment is about, or None. Not the writer's frame ("You can
    tell | she ...", "I'm not convinced | he ..."), not a person's attribute ("little potential | in
    Kofi": Kofi), not the people a comparison clause mentions ("treats the team like | they're
    beneath him": he)."""
    subj = a.subject
    if subj is None:
        # a verb coordinated with another keeps that one's subject ("He lacks the drive to finish ... and |
        # seems apathetic", parsed with "seems" as a conjunct of "finish")
        t = a.span.root
        while t.head.i != t.i:
            t = t.head
            found = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if found is not None:
                # (also a name the tagger took for a noun: "| Bilal | must step up ..., as opposed to coasting")
                return found if (_is_person(found, a) or name_like(found, a)) and found.i < a.span.start else None
        return None
    verb = subj.head
    if subj.lower_ in ("i", "we", "you") and verb.pos_ in ("VERB", "AUX"):
        framed = _framed(verb, a)
        if framed is not None:
            return framed
    if a.subject_kind not in ("person",) and _owner(subj) is None:
        return None
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("like", "as") for c in verb.children):
        main = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if main is not None and _is_person(main, a) and main.lower_ not in ("i", "we"):
            return main
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in a.words.attribute_nouns \
            and subj.lemma_.lower() not in a.words.person_nouns and _owner(subj) is None:
        # an attribute with no owner: the person it is in or of ("potential | in Kofi"), else the one
        # person the sentence names by a possessive ("Noor's reports are fine, but the potential ..."), else unnamed
        inside = next((o for c in subj.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                       for o in c.children if o.dep_ == "pobj" and _is_person(o, a)), None)
        owners = {t.lower_: t for t in a.sent if t.dep_ == "poss" and (t.pos_ == "PROPN" and t.text[:1].isupper()
                                                                      or t.lower_ in ("his", "her", "their") or t.text.istitle()
                                                                      and t.i + 1 < len(t.doc) and t.nbor(1).text in ("'s", "’s"))}
        return inside if inside is not None else next(iter(owners.values())) if len(owners) == 1 else None
    return subj


def subject_phrase(a: Analysis) -> str:
    """How to name the person the sentence is about: 'you', 'she', 'Alex', 'the new hire', '[name]'."""
    subj = person(a)
    misread = misread_name(a.sent)  # "Ines | is careless", the tagger's plural noun: the name stays
    if misread is not None and a.subject is not None and a.subject.i == misread.i and not _flagged_word(misread, a):
        return misread.text
    owner = _owner(subj) if subj is not None else None
    # a person, or a person's attribute ("his work ethic is questionable": the rewrite is about him)
    if subj is None or not (_is_person(subj, a) or a.subject_kind in ("person", "fragment") or owner is not None):
        return "[name]"
    if name_blank(subj):
        return "[name]"  # a template's blank ("[Employee name] is lazy") stays a blank
    if _flagged_name(subj, a):
        return "[name]"  # the flagged word the tagger took for a name ("Careless | tester."): no name is given
    if subj.pos_ == "PROPN":
        return _full_name(subj, a)
    low = subj.lower_
    if subj.pos_ == "PRON":
        return _NOMINATIVE.get(low, low)
    app = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if app is not None:  # "My colleague | Ivo | is ...": the person is Ivo, not the writer
        return _full_name(app, a)
    if owner is not None and owner.lower_ in ("my", "our") and subj.tag_ == "NN" and subj.lemma_.lower() in a.words.person_nouns:
        return f"{owner.lower_} {subj.text}"  # "my colleague is ...": the colleague, not "I"
    if owner is not None:  # "her attitude is poor": the rewrite is about her
        return _NOMINATIVE.get(owner.lower_, owner.lower_) if owner.pos_ == "PRON" else owner.text.removesuffix("'s")
    det = next((c for c in subj.children if c.dep_ in ("det", "poss")), None)
    if det is None and subj.text[:1].isupper() and subj.i > a.sent.start or (det is None and subj.text.istitle() and (
            a.subject_kind == "person" or a.subject is None and name_like(subj, a))):
        return subj.text  # a name the tagger took for a noun ("Ravi"), not "the Ravi"
    # a compound that names a kind ("night | nurse"), not words a finding flags that the parser took for one
    # ("Careless | driver"): the flagged word is not kept in the person's name
    mods = " ".join(c.text for c in subj.children if c.dep_ == "compound" and c.i < subj.i and not _flagged_word(c, a))
    head = (mods + " " + subj.text).strip()
    # "A lazy employee." -> "the employee", the one the sentence is about (not "a employee")
    return f"{det.text.lower() if det is not None and det.lower_ not in ('a', 'an') else 'the'} {head}"


def _flagged_word(t: Token, a: Analysis) -> bool:
    """The word is the flagged word itself: a pattern's one or two words open with it ("Careless | chef."), not a
    word a longer pattern or a learned finding's clause takes in ("not sure | Felix | is ready for a lead role")."""
    spans = a.sent.doc.spans.get(SPAN_KEY, [])
    learned = spans.attrs.get("confidence", {}) if spans else {}
    return any(sp.start == t.i and sp.end - sp.start <= 2 and confidence_key(sp.label_, sp.start, sp.end) not in learned
               for sp in spans)


def _flagged_name(t: Token, a: Analysis) -> bool:
    """A "name" that is the flagged word the tagger took for one ("Careless | tester.")."""
    return t.pos_ == "PROPN" and _flagged_word(t, a)


def _full_name(t: Token, a: Analysis) -> str:
    """A name with the names before it ("T. | Lindqvist", "Mr. | Okafor")."""
    first = t
    while first.i > a.sent.start and first.nbor(-1).dep_ == "compound" and first.nbor(-1).pos_ == "PROPN":
        first = first.nbor(-1)
    return a.sent.doc[first.i: t.i + 1].text


#: how a person may be referred to besides as the subject ("for | her", "retaining | him", "| his lack of ...")
_REFERRED = {"he", "she", "they", "you", "him", "her", "them", "his", "their", "your"}


def named_person(a: Analysis) -> str:
    """How the sentence itself refers to the person a judgment without a person subject is about:
    the owner of the judged noun ("His | lack of willingness ... has slowed the team": he), else the
    person the sentence names ("little room for growth for | Ines": Ines; "we don't see | her going
    far": she), else '[name]'."""
    root = a.span.root
    owner = _owner(root) if root.pos_ == "NOUN" else None
    if owner is not None and (owner.pos_ == "PROPN" or owner.lower_ in _REFERRED):  # (not "my | concern")
        return _NOMINATIVE.get(owner.lower_, owner.lower_) if owner.pos_ == "PRON" else _full_name(owner, a)
    # (not the flagged word the tagger took for a name: "Careless | tester.")
    named = next((t for t in a.sent if _is_person(t, a) and t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "")
                  and t.dep_ in ("pobj", "dobj", "nsubj", "poss") and not _flagged_name(t, a)), None)
    if named is not None:
        return _full_name(named, a)
    pron = next((t for t in a.sent if t.lower_ in _REFERRED and t.pos_ == "PRON"), None)
    return _NOMINATIVE.get(pron.lower_, pron.lower_) if pron is not None else "[name]"


def judged_person(a: Analysis) -> str:
    """How a rewrite names the person judged: the subject (``subject_phrase``), else how the
    sentence refers to them elsewhere (``named_person``)."""
    from .connective import misparsed_subject  # ("However, | Raj | is ...", parsed with no subject)

    who = subject_phrase(a)
    return (misparsed_subject(a) or named_person(a)) if who == "[name]" else who


def witness(a: Analysis) -> str | None:
    """The writer ("I", "we") when the sentence is what they saw of a person it names nowhere ("I see
    little scope for advancement", "We don't think there is much of a future here"): the rewrite keeps the
    writer as its subject ("On [date], I saw [what happened ...]"), and invents no "[name]" or "they" for the
    person. None when the sentence names or refers to anyone else."""
    if judged_person(a) != "[name]" or any(_is_person(t, a) or t.lower_ in _REFERRED for t in a.sent):
        return None
    root = a.sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return {"i": "I", "we": "we"}[subj.lower_] if subj is not None and subj.lower_ in ("i", "we") \
        and root.pos_ in ("VERB", "AUX") else None


#: the object form of a pronoun a prompt names the person by ("room for advancement for | her")
OBJECT = {"he": "him", "she": "her", "they": "them", "you": "you", "i": "me", "we": "us"}


def about_them(a: Analysis, who: str, comp: str) -> bool:
    """Whether what a prompt would say the judgment was about names the person themselves ("room for growth
    for | Ines", "for | her" where the sentence names her only there): not a task to keep."""
    words = comp.lower().split()
    if who in ("[name]", "they") and len(words) == 3 and words[1] in ("this", "that") \
            and words[2] in a.words.person_nouns:
        return True  # "about | this worker": the person the review is about, named by the writer's "this"
    return who != "[name]" and who in comp.split() or OBJECT.get(who) in comp.split() and subject_phrase(a) == "[name]"


_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def name_first(a: Analysis, facts: str, who: str) -> tuple[str, str]:
    """The name before the pronoun: kept facts that open with a pronoun for the person a prompt then
    names ("She is not consistent ...; on [date], Isobel [what happened]") take the name, and the
    prompt the pronoun ("Isobel is not consistent ...; on [date], she [what happened]"). Only when
    the sentence's other third-person pronouns agree with it ("Kai ... because she does all his work"
    stays as it is)."""
    if not facts:  # a label dropped as no fact ("Omar | is the way he is"): its name stays
        return facts, label_name(a.sent, who)
    first = facts.split(" ", 1)[0]
    low = first.lower()
    if low not in ("he", "she", "they") or not who[:1].isupper() or who.startswith("[") or " " not in facts:
        return facts, who
    genders = {_GENDER.get(t.lower_, "n") for t in a.sent if t.lower_ in _GENDER or t.lower_ in ("they", "them", "their")}
    if len(genders) > 1:
        return facts, who
    rest = facts[len(first):]
    if low == "they":  # "they are" -> "Jo is": not worth the risk
        return facts, who
    return who + rest, low


def _cap(s: str) -> str:
    if s.startswith("["):
        return s[:2].upper() + s[2:]
    return s[:1].upper() + s[1:]


def _end(sent: Span) -> str:
    text = sent.text.rstrip()
    return "?" if text.endswith("?") else "."


def _body(sent: Span) -> str:
    # a run of end marks is one end mark ("very soon.  ."): all of it goes, not only the last
    return _END_RUN.sub("", text_of(sent))


#: the end marks (and the spaces between them) that close a sentence
_END_RUN = re.compile(r"[\s.!?;:]+$")

