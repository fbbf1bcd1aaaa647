"""Facts about a match read off the parse.  Pure functions of a spaCy Span."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from .words import WordLists

_CLIMB = {"acomp", "attr", "oprd", "advmod", "xcomp", "conj", "prep", "pobj", "dobj", "neg",
          "npadvmod", "pcomp", "cc", "det", "compound", "dep", "amod", "appos", "advcl_", "auxpass"}
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_PERSON_PRON = {"you", "he", "she", "they", "him", "her", "them", "yourself", "himself",
                "herself", "themselves", "u", "ya", "y'all", "someone", "somebody"}
_WRITER_PRON = {"i", "we", "me", "us", "myself", "ourselves"}
_OPINION_VERBS = {"find", "consider", "think", "feel", "believe", "see", "deem", "regard", "view"}
_NEG_WORDS = {"not", "n't", "never", "no", "hardly", "barely", "nt", "without"}
_HYPO_MARKS = {"if", "unless", "whether", "lest"}
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb"}


def sentence_index(doc: Doc) -> list[Span]:
    """The sentence of every token, computed in one pass (``token.sent`` scans the doc)."""
    out: list[Span] = []
    for sent in doc.sents:
        out.extend([sent] * len(sent))
    return out


@dataclass
class Analysis:
    """Lazily computed context facts for one match span."""

    span: Span
    words: WordLists
    sentence: Span | None = None  #: the span's sentence, when the caller knows it (saves a scan)

    # -- structure -------------------------------------------------------------
    @cached_property
    def sent(self) -> Span:
        return self.sentence if self.sentence is not None else self.span.sent

    @cached_property
    def anchor(self) -> Token:
        return self.span.root

    @cached_property
    def chain(self) -> list[Token]:
        """The anchor and the heads it climbs through up to its predicate."""
        tok = self.anchor
        chain = [tok]
        while tok.dep_ in _CLIMB and tok.head is not tok and not self._has_subject(tok):
            if tok.dep_ == "amod" or (tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN")):
                chain.append(tok.head)
                return chain
            tok = tok.head
            chain.append(tok)
        return chain

    @staticmethod
    def _owner(noun: Token) -> Token:
        """'He is a careless engineer': the engineer is he."""
        if noun.dep_ in ("attr", "appos") and noun.head is not noun:
            subj = next((c for c in noun.head.children if c.dep_ in _SUBJ), None)
            if subj is not None and noun.dep_ == "attr":
                return subj
        return noun

    @staticmethod
    def _has_subject(tok: Token) -> bool:
        return any(c.dep_ in _SUBJ for c in tok.children)

    @cached_property
    def predicate(self) -> Token:
        return self.chain[-1]

    @cached_property
    def subject(self) -> Token | None:
        """The token the match is said of, or None for a subjectless fragment."""
        top = self.predicate
        if len(self.chain) > 1 and self.chain[-2].dep_ in ("amod", "compound") and top.pos_ in ("NOUN", "PROPN", "PRON"):
            return self._owner(top)
        if self.anchor.dep_ == "amod" and len(self.chain) == 1:
            return self._owner(self.anchor.head)
        subj = next((c for c in top.children if c.dep_ in _SUBJ), None)
        if subj is None:
            if top.dep_ == "relcl":
                return top.head
            return None
        if subj.lower_ in ("who", "that", "which") and top.dep_ == "relcl":
            return top.head
        if subj.lower_ in _WRITER_PRON and top.lemma_ in _OPINION_VERBS:
            obj = next((c for c in top.children if c.dep_ in ("dobj", "ccomp")), None)
            if obj is not None and obj.dep_ == "dobj":
                return obj
        return subj

    @cached_property
    def subject_kind(self) -> str:
        """person | thing | writer | other | fragment | imperative"""
        subj = self.subject
        if subj is None:
            top = self.predicate
            if self.is_imperative:
                return "imperative"
            if top.pos_ in ("NOUN",) and top.lemma_.lower() not in self.words.person_nouns and top.i != self.anchor.i and top.dep_ != "ROOT":
                return "thing"
            return "fragment"
        return self.classify(subj)

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
        if tok.pos_ == "PROPN":
            return "person"
        lemma = tok.lemma_.lower()
        if lemma in self.words.person_nouns or low in self.words.person_nouns:
            return "person"
        if lemma in self.words.attribute_nouns:
            return "person"
        return "thing"

    @cached_property
    def is_imperative(self) -> bool:
        root = self.sent.root
        if root.tag_ != "VB" or any(c.dep_ in _SUBJ for c in root.children):
            return False
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
        return self.subject_kind in ("person", "fragment")

    # -- modality ---------------------------------------------------------------
    @cached_property
    def negated(self) -> bool:
        inside = set(range(self.span.start, self.span.end))
        for tok in self.chain:
            for c in tok.children:
                if c.dep_ == "neg" and c.i not in inside:
                    return True
        for t in self.sent.doc[max(self.sent.start, self.span.start - 3): self.span.start]:
            if t.lower_ in _NEG_WORDS and t.i not in inside:
                return True
        prev = self.sent.doc[max(self.sent.start, self.span.start - 2): self.span.start].text.lower()
        return prev.endswith(("far from", "anything but", "no longer"))

    @cached_property
    def quoted(self) -> bool:
        before = self.sent.text[: self.span.start_char - self.sent.start_char]
        for open_q, close_q in _QUOTES.items():
            if open_q == close_q:
                if before.count(open_q) % 2 == 1:
                    return True
            elif before.count(open_q) > before.count(close_q):
                return True
        return False

    @cached_property
    def reported(self) -> bool:
        child = self.anchor
        for anc in self.anchor.ancestors:
            if anc.lemma_.lower() in self.words.speech_verbs and child.dep_ in (
                "ccomp", "xcomp", "oprd", "dobj", "parataxis", "advcl", "conj"
            ):
                speaker = next((c for c in anc.children if c.dep_ in _SUBJ), None)
                if speaker is not None and speaker.lower_ in ("that", "this", "it"):
                    pass  # "That said, ..." / "This said, ..." are discourse markers
                elif speaker is None or speaker.lower_ not in _WRITER_PRON:
                    return True
            child = anc
        low = self.sent.text.lower()
        return "according to" in low

    @cached_property
    def hypothetical(self) -> bool:
        for tok in [self.anchor, *self.anchor.ancestors]:
            if any(c.dep_ == "mark" and c.lower_ in _HYPO_MARKS for c in tok.children):
                return True
        return False

    @cached_property
    def question(self) -> str | None:
        """None, 'genuine' or 'rhetorical'."""
        text = self.sent.text.rstrip()
        if not text.endswith("?"):
            return None
        return "rhetorical" if self.words.rhetorical.search(text.lower()) else "genuine"

    # -- content ----------------------------------------------------------------
    @cached_property
    def polarity(self) -> str:
        """'negative' when the clause around the match makes a negative claim."""
        top = self.predicate
        while top.dep_ in ("xcomp", "conj", "advcl", "ccomp") and top.head is not top and not self._has_subject(top):
            top = top.head
        inside = set(range(self.span.start, self.span.end))
        lo, hi = self.sent.start, self.sent.end
        clause = [t for t in top.subtree if lo <= t.i < hi]
        negation = self.span.text.lower().split()[0] in self.words.negating_absolutes
        negation = negation or any(t.dep_ == "neg" and t.i not in inside for t in clause)
        bad = any(
            t.i not in inside and (t.lower_ in self.words.negative_cues or t.lemma_.lower() in self.words.negative_cues)
            for t in clause
        )
        if not bad:
            low = " ".join(t.lower_ for t in clause)
            bad = any(p in low for p in self.words.negative_cue_phrases)
        return "negative" if bad != negation else "positive"

    @cached_property
    def has_specifics(self) -> bool:
        return self.words.has_specifics(self.sent)

    @cached_property
    def has_reason(self) -> bool:
        return self.words.has_reason(self.sent)

    @cached_property
    def is_request(self) -> bool:
        return self.words.is_request(self.sent, imperative=self.is_imperative)


_WORD = re.compile(r"[A-Za-z']+")
