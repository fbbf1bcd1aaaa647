"""The name a pronoun subject stands for, when the clause before gives it ("Tom is bossy with the interns and |
he | is arrogant").

A sentence's rewrite follows its first finding by priority, which may sit in the second clause, after "and": a
character judgment ("arrogant") before a coded word ("bossy") in the first. Its subject is then the pronoun, and
the rewrite would name the person "he" and lose the name the writer gave ("On [date], he [what he did]"), and with
it what the first clause's judgment was about ("with the interns"), which goes into the prompt only for the same
person (``strategies._others``, ``conjoined.same_person``). The prompt names the person by the name instead
("On [date], Tom [what Tom said or did with the interns]"), as it does when the name's clause decides. Only for a
"he" or "she" whose verb "and" joins to the name's verb, the name first, when the name's clause is judged too
(else the name stays in the clause kept beside the prompt: "Li Wei writes clean code; he ..."), and when the
sentence's pronouns agree ("Kai is lazy and she does all his work" names two people).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .flagged import spans_of
from .misread import misread_name

__all__ = ["antecedent"]

#: codes of the findings whose words the prompt takes out, with what they were about (``strategies._others``)
_JUDGING = {"FF1", "FF6", "FF7"}
_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _name(t: Token) -> str:
    """The name ``t`` gives, with the names before it ("Mr. | Okafor"), or ''."""
    if not (t.text[:1].isupper() and t.text.isalpha()) or any(c.dep_ in ("det", "poss") for c in t.children):
        return ""
    misread = misread_name(t.sent)
    if t.pos_ != "PROPN" and (misread is None or misread.i != t.i):
        return ""
    first = t
    while first.i > t.sent.start and first.nbor(-1).dep_ == "compound" and first.nbor(-1).pos_ == "PROPN":
        first = first.nbor(-1)
    return t.doc[first.i:t.i + 1].text


def antecedent(a: Analysis, who: str) -> str:
    """The name the clause before gives for ``who``, the pronoun subject of the judged clause, or ``who``."""
    subj = a.subject
    if who not in ("he", "she") or subj is None or subj.lower_ != who:
        return who
    verb = subj.head
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return who
    head = verb.head
    if not any(c.dep_ == "cc" and c.lower_ == "and" and head.i < c.i < verb.i for c in head.children):
        return who  # ("Li Wei writes clean code; he refuses ...": the name stays in the kept clause)
    # the name's clause goes too, judged by a finding the prompt takes in ("Tom is | bossy | with the interns")
    if not any(sp.label_[:3] in _JUDGING and head.left_edge.i <= sp.start < subj.i and sp.start != a.span.start
               for sp in spans_of(a.sent)):
        return who
    named = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subj.i), None)
    name = _name(named) if named is not None else ""
    if not name or name in ("I", "You", "We"):
        return who
    if len({_GENDER[t.lower_] for t in a.sent if t.lower_ in _GENDER}) != 1:
        return who
    return name
