"""What a match's subject is (person, thing, writer, ...) and whether its sentence is an instruction."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Token

from .grammar import (_CODE_CHARS, _DOCUMENT_OR_PERSON, _FRAGMENT_OPENERS, _PERSON_POSS, _PERSON_PRON, _SUBJ,
                      _THING_DETS, _THIRD_PARTY, _WRITER_PRON)
from .subjects import SubjectFacts
from .words import in_capitals, name_blank


class KindFacts(SubjectFacts):
    """The kind of the subject a match is said of, and the imperative mood."""

    @cached_property
    def subject_kind(self) -> str:
        """person | thing | writer | other | fragment | imperative"""
        subj = self.subject
        if subj is None:
            top = self.predicate
            if self.anchor.tag_ == "VBG" and self.anchor.dep_ in ("csubj", "csubjpass", "nsubj", "pobj"):
                return "thing"  # an activity named by a gerund: "mocking the database layer is pointless"
            if self.is_imperative:
                return "imperative"
            if top.pos_ in ("NOUN",) and top.lemma_.lower() not in self.words.person_nouns and top.i != self.anchor.i \
                    and top.dep_ != "ROOT" and not self._fragment_copula(top):
                owner = next((c for c in top.children if c.dep_ == "poss"), None)
                # "Your calm manner and positive attitude lift the ward": a quality of the person's
                mine = owner is not None and (owner.lower_ in _PERSON_POSS or self.classify(owner) == "person")
                return "person" if mine else "thing"
            return "fragment"
        kind = self.classify(subj)
        if kind == "thing" and self._hidden_agent(subj):
            return "person"
        return kind

    def _hidden_agent(self, subj: Token) -> bool:
        """An agentless passive of a work verb hides the person who does the work:
        "the invoices are never checked", "deadlines are routinely missed"."""
        top = subj.head
        return subj.dep_ == "nsubjpass" and top.tag_ == "VBN" and top.lemma_.lower() in self.words.task_verbs \
            and not any(c.dep_ == "agent" for c in top.children)

    def classify(self, tok: Token) -> str:
        low = tok.lower_
        if tok.pos_ == "PRON" or low in _PERSON_PRON or low in _WRITER_PRON:
            if low in _PERSON_PRON:
                return "person"
            if low in _WRITER_PRON:
                return "writer"
            if low in ("everyone", "everybody", "nobody", "anyone", "anybody", "people"):
                return "other"
            return "thing"
        if low == "there" or tok.dep_ == "expl":
            return "thing"
        if low in _THIRD_PARTY or tok.lemma_.lower() in _THIRD_PARTY:
            return "other"
        if tok.pos_ == "PROPN":
            if any(ch.isdigit() or ch in _CODE_CHARS for ch in tok.text) or (
                    tok.is_upper and tok.is_alpha and len(tok.text) > 1 and not in_capitals(self.sent)):
                return "thing"  # "O(n^2", "v2", an acronym such as "TERM" or "API" (not "Ana 😀")
            return "person"
        lemma = tok.lemma_.lower()
        if lemma in _DOCUMENT_OR_PERSON and not any(
                c.dep_ == "poss" or c.lower_ == "direct" for c in tok.children):
            return "thing"  # "this report is sloppy" is a document; "my report", "her direct reports" are people
        if lemma in self.words.person_nouns or low in self.words.person_nouns or name_blank(tok):
            return "person"
        if self._looks_like_name(tok):
            return "person"
        if lemma in self.words.attribute_nouns:
            # a person's quality ("his drive", "motivation is lacking"), not a thing's ("the drive on the
            # server", "customer interest in the beta")
            kids = list(tok.children)
            if not any(c.dep_ == "poss" for c in kids) and any(
                    c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") or c.dep_ == "det" and c.lower_ in _THING_DETS
                    for c in kids):
                return "thing"
            return "person"
        return "thing"

    @staticmethod
    def _looks_like_name(tok: Token) -> bool:
        """A capitalised bare noun in subject position, mid-sentence or with no
        article or possessive: "Ravi is lazy" when the tagger calls Ravi a noun."""
        if not tok.text[:1].isupper() or not tok.text[1:].islower() or tok.dep_ not in _SUBJ:
            return False
        if any(c.dep_ in ("det", "poss", "amod", "nummod") for c in tok.children):
            return False
        return tok.pos_ in ("NOUN", "ADV", "ADJ", "X", "INTJ") and tok.tag_ != "NNS" and not tok.is_stop \
            and tok.lemma_.lower() == tok.lower_

    @cached_property
    def is_imperative(self) -> bool:
        root = self.sent.root
        first = next((t for t in self.sent if not (t.is_punct or t.is_space)), root)
        if first.lower_ in _FRAGMENT_OPENERS:
            return False
        if first.lower_ in ("never", "always", "please") and first.i + 1 < self.sent.end:
            # "never call this from the UI thread, it blocks": an instruction opens the sentence
            verb = self.sent.doc[first.i + 1]
            if verb.tag_ == "VB" and not any(c.dep_ in _SUBJ for c in verb.children):
                return True
        if any(c.dep_ in _SUBJ for c in root.children):
            return False
        if root.tag_ != "VB":
            # "Communicate better with ops." tagged as a noun: a bare base-form verb first
            return first.i == root.i and first.lower_ in self.words.base_verbs and first.tag_ in ("NN", "NNP", "JJ", "VB")
        for t in self.sent:
            if t.i == root.i:
                return True
            if t.dep_ in ("aux", "neg", "advmod", "intj", "punct", "mark", "prep", "pobj", "det", "amod",
                          "nummod", "npadvmod", "compound") or t.lower_ in ("please", "do", "dont"):
                continue
            return False
        return False

    @cached_property
    def about_person(self) -> bool:
        """Said of the person: the clause's subject is the person (or a line without one), or the match
        is a quality the person owns, wherever it sits ("Because of his laziness, the launch slipped")."""
        if self.subject_kind in ("person", "fragment"):
            return True
        anchor = self.anchor
        return anchor.pos_ == "NOUN" and self.span.end - self.span.start <= 3 and any(
            c.dep_ == "poss" and (c.lower_ in _PERSON_POSS or self.classify(c) == "person") for c in anchor.children)
