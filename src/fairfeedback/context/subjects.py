"""The structure facts of :class:`~.analysis.Analysis`: the anchor, its predicate and who it is said of."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Span, Token

from .grammar import (_CLIMB, _CONTROL_VERBS, _FRAGMENT_ADVERBS, _OPINION_VERBS, _PERCEIVE, _PERSON_PRON, _SUBJ,
                      _THIRD_PARTY, _WRITER_PRON, opening_verb)
from .words import WordLists


class SubjectFacts:
    """Where a match sits in its sentence: its anchor, predicate and subject."""

    span: Span
    words: WordLists
    sentence: Span | None
    learned: bool

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
        while tok.dep_ in _CLIMB and tok.head != tok and not self._has_subject(tok):
            if tok.dep_ == "amod" or (tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN")):
                chain.append(tok.head)
                return chain
            tok = tok.head
            chain.append(tok)
        return chain

    @staticmethod
    def _owner(noun: Token) -> Token | None:
        """'He is a careless engineer': the engineer is he; 'Is a careless engineer.' (a review
        line that leaves out its subject): None, a fragment."""
        if noun.dep_ in ("attr", "appos") and noun.head != noun:
            subj = next((c for c in noun.head.children if c.dep_ in _SUBJ), None)
            if subj is not None and noun.dep_ == "attr":
                return subj
            if subj is None and SubjectFacts._fragment_copula(noun):
                return None
        return noun

    @staticmethod
    def _fragment_copula(noun: Token) -> bool:
        """``noun`` is what a review line that opens with "Is" says the person is: "Is a careless
        engineer." (no question)."""
        head = noun.head
        return noun.dep_ == "attr" and head.i == noun.sent.start and head.text[:1].isupper() and head.lemma_ == "be" \
            and not noun.sent.text.rstrip().endswith("?")

    @staticmethod
    def _has_subject(tok: Token) -> bool:
        # (an existential's "there" ends the climb too: "we tried, and there has been no progress" is not
        # said of "we")
        return any(c.dep_ in _SUBJ or c.dep_ == "expl" for c in tok.children)

    @cached_property
    def predicate(self) -> Token:
        return self.chain[-1]

    @cached_property
    def subject(self) -> Token | None:
        """The token the match is said of, or None for a subjectless fragment."""
        top = self.predicate
        misread = self._misread_her(self.anchor) or self._misread_her(top)
        if misread is not None:
            return misread
        if len(self.chain) > 1 and self.chain[-2].dep_ in ("amod", "compound") and top.pos_ in ("NOUN", "PROPN", "PRON"):
            return self._owner(top)
        if self.anchor.dep_ == "amod" and len(self.chain) == 1:
            return self._owner(self.anchor.head)
        subj = next((c for c in top.children if c.dep_ in _SUBJ), None)
        if subj is None:  # the parser sometimes hangs the subject on the auxiliary ("Dana is unaccommodating")
            subj = next((c for x in top.children if x.dep_ in ("aux", "auxpass") for c in x.children if c.dep_ in _SUBJ), None)
        if subj is not None and subj.tag_ in ("RB", "RBR", "RBS") and subj.n_lefts + subj.n_rights == 0 \
                and (subj.lower_ in _FRAGMENT_ADVERBS or subj.lower_.endswith("ly")):
            subj = None  # "But overall is lazy": an adverb the parser took for the subject of a fragment
            # (not a name tagged as an adverb: "Teo does not give any feedback")
        if subj is not None and self._opening_verb(subj):
            # "Misses deadlines constantly.": the tagger took the verb for a plural noun; a second
            # subject is the real one ("Updates: the first draft was sloppy")
            subj = next((c for c in top.children if c.dep_ in _SUBJ and c.i > subj.i), None)
        if subj is None:
            if top.dep_ == "relcl":
                return top.head
            return None
        if subj.lower_ in ("who", "that", "which") and top.dep_ == "relcl":
            return top.head
        if self.span.start <= subj.i < self.span.end:
            # "I find him wishy-washy" parsed with "wishy" as the subject of "washy": the match is no subject
            # of itself; the person named just before it is meant
            before = self.sent.doc[max(self.sent.start, self.span.start - 3):self.span.start]
            person = next((t for t in reversed(before) if t.lower_ in _PERSON_PRON), None)
            if person is not None:
                return person
        if subj.lower_ in _WRITER_PRON and top.lemma_ in _PERCEIVE and (self.anchor.dep_ == "dobj" or any(
                c.dep_ == "dobj" and self.span.start <= c.i < self.span.end for c in top.children)):
            # "I noticed some reluctance when she ...": the state the writer saw is someone else's
            other = next((t for t in self.sent if t.i != subj.i and (t.lower_ in _PERSON_PRON or t.pos_ == "PROPN")), None)
            if other is not None:
                return other
        if subj.lower_ in _WRITER_PRON:
            # "I find him lazy", "I'd encourage her to be more vocal": the object is meant.
            if top.lemma_ in _OPINION_VERBS or top.lemma_ in _CONTROL_VERBS:
                obj = next((c for c in top.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    owner = next((c for c in obj.children if c.dep_ == "poss"), None) or next(
                        (c for c in top.children if c.dep_ == "dative"), None)
                    if owner is not None and self.span.start <= obj.i < self.span.end:
                        # "I find her aloof", read as her (possessive) aloof (a noun), or "I find him
                        # namby-pamby" with him as the indirect object: the person is meant
                        return owner
                    return obj
                # "I'd like her to ...", parsed with the person as the subject of the xcomp
                x = next((c for c in top.children if c.dep_ in ("xcomp", "ccomp")), None)
                xs = next((c for c in x.children if c.dep_ in _SUBJ), None) or self._her_owning(x) \
                    if x is not None else None
                if xs is None and x is not None and x.lemma_ in ("see", "watch"):
                    # "We need to see that she can work independently": the person of the clause seen
                    seen = next((c for c in x.children if c.dep_ == "ccomp"), None)
                    xs = next((c for c in seen.children if c.dep_ in _SUBJ), None) if seen is not None else None
                if xs is not None:
                    return xs
        if subj.lower_ == "it" and top.lemma_ in ("seem", "appear", "look", "sound"):
            # "It doesn't seem that he will progress": said of him
            x = next((c for c in top.children if c.dep_ == "ccomp"), None)
            xs = next((c for c in x.children if c.dep_ in _SUBJ), None) if x is not None else None
            if xs is not None:
                return xs
        if subj.lower_ in _THIRD_PARTY or subj.lemma_.lower() in _THIRD_PARTY:
            obj = next((c for c in top.children if c.dep_ in ("dobj", "dative") and c.lower_ in _PERSON_PRON), None)
            if obj is not None:
                return obj  # "Customers love him": said of him (also read as an indirect object)
        return subj

    def _misread_her(self, tok: Token) -> Token | None:
        """"I would call her lazy", "Customers find her rude and hard to work with": the parser reads "her"
        as a possessive of the trait (or of the first of two), where no noun follows to own; she is meant."""
        if not (self.span.start <= tok.i < self.span.end):
            return None
        return self._her_owning(tok.head if tok.dep_ == "conj" else tok)

    def _her_owning(self, word: Token) -> Token | None:
        """The "her" read as the possessive of an adjective or trait word right after it (the words between
        are the match's own: "her self-absorbed")."""
        inside = range(self.span.start, self.span.end)
        trait = word.pos_ == "ADJ" or word.lower_ in self.words.trait_cues or (
            word.i in inside and self.span.text.lower() in self.words.trait_cues)
        if word.dep_ == "amod" or not trait:
            return None
        owners = [word] + [c for c in word.children if c.i in inside and c.i < word.i]  # "her pig-headed": of "pig"
        her = next((c for w in owners for c in w.children if c.dep_ == "poss" and c.lower_ == "her"), None)
        if her is None or any(t.i not in inside and (t.head.i != word.i or t.pos_ in ("NOUN", "PROPN"))
                              for t in word.doc[her.i + 1:word.i]):
            return None  # "her" must own the word itself, not a noun between
        return her

    def _opening_verb(self, tok: Token) -> bool:
        return opening_verb(tok, self.sent, self.words)
