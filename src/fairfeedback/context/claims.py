"""The content facts of :class:`~.analysis.Analysis`: polarity, specifics, reasons, requests, denials."""

from __future__ import annotations

from functools import cached_property

from .grammar import _BELIEF_VERBS, _clause, _not_only, _positive_object, _praised_excess, _writer_denies
from .modality import ModalityFacts
from .requests import forecast_only
from .words import PLACEHOLDER

#: the conjunctions that open a reason clause
_BECAUSE = frozenset({"because", "since", "cause", "coz", "cuz"})


class ClaimFacts(ModalityFacts):
    """What the sentence of a match claims: its polarity, specifics, reasons, requests and forecasts."""

    # -- content ----------------------------------------------------------------
    @cached_property
    def polarity(self) -> str:
        """'negative' when the clause the match belongs to makes a negative claim.

        Only the predicate's own clause counts: not relative, adverbial ("because
        ...") or coordinated clauses.  A negative word in it makes the claim
        negative; a negation on the predicate (or a "never" in the match) flips it,
        so "never misses a deadline" is praise.  A trait word describing a thing
        ("the petty-cash float") is not a cue.
        """
        root = self.anchor
        pred = self.predicate
        if root.dep_ in ("advmod", "neg", "npadvmod", "det", "nummod") and root.head != root \
                and root.head.pos_ in ("VERB", "AUX", "ADJ", "ADV"):
            pred = root.head
            while pred.dep_ in ("aux", "auxpass", "advmod") and pred.head != pred and pred.head.pos_ in ("VERB", "AUX"):
                pred = pred.head  # "Never | once | has | a patient complained": the clause is the main verb's
        elif root.dep_ in ("dobj", "nsubj", "attr") and root.head != root:
            pred = root.head
        elif root.dep_ == "pobj" and root.head.head != root.head:
            pred = root.head.head
        inside = set(range(self.span.start, self.span.end))
        lo, hi = self.sent.start, self.sent.end
        clause = sorted((t for t in _clause(pred, inside) if lo <= t.i < hi), key=lambda t: t.i)
        words = self.span.text.lower().split()
        flips = int(bool(words) and words[0] in self.words.negating_absolutes)
        flips += sum(1 for t in clause if t.dep_ == "neg" and t.i not in inside and not _not_only(t))
        if pred.dep_ in ("xcomp", "acomp") and pred.head != pred:
            # "has yet to" denies as "not" does: "has yet to submit anything on time"
            flips += sum(1 for c in pred.head.children if c.dep_ == "neg" or (
                c.lower_ == "yet" and c.i + 1 < len(c.doc) and c.nbor(1).lower_ == "to"))
        if flips and any(t.lower_ == "without" and t.i not in inside for t in clause):
            flips += 1  # "never ... without X" means "always X"
        negation = flips % 2 == 1
        bad = False
        # the match's own verb counts too ("doesn't complain at all" is praise); its other words are the
        # absolute itself ("without fail", "non-stop")
        own = self.span.root
        for t in clause + ([own] if own.pos_ == "VERB" and own.i in inside else []):
            if (t.i in inside and t is not own) or t.lower_ == "without":
                continue
            if t.lower_ in self.words.negative_cues or t.lemma_.lower() in self.words.negative_cues:
                if t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN" and self.classify(t.head) == "thing" \
                        and t.lower_ in self.words.trait_cues:
                    continue
                if t.dep_ == "compound" or (t.i + 1 < len(t.doc) and t.nbor(1).text == "-"):
                    continue  # a noun that names a thing: "bug-fix PRs", "the complaints form"
                if _praised_excess(t) or (t.dep_ == "pobj" and t.head.head.i != pred.i and _positive_object(t.head.head)):
                    continue  # "exceeds expectations"; "innovative solutions to our problems"
                if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("no", "zero") for c in t.children):
                    continue  # "no complaints about his schedule": a flaw denied
                if t.pos_ == "NOUN" and t.dep_ in ("dobj", "conj") and t.head.lemma_.lower() in self.words.remedy_verbs:
                    continue  # "always fixes bugs", "never logs his mistakes": a flaw dealt with
                bad = True
                break
        if not bad:
            low = " ".join(t.lower_ for t in clause if t.i not in inside)
            # a verb and its adverb or particle with an object between them: "leave the office early"
            pairs = [f"{t.lower_} {c.lower_}" for t in clause if t.pos_ == "VERB"
                     for c in t.children if c.dep_ in ("advmod", "prt") and c.i > t.i + 1]
            bad = any(p in low for p in self.words.negative_cue_phrases) or \
                any(p in self.words.negative_cue_phrases for p in pairs)
        return "negative" if bad != negation else "positive"

    @cached_property
    def has_specifics(self) -> bool:
        # how often counts only in a request: "works hard every day" names no instance
        return self.words.has_specifics(self.sent, habitual=self.is_request)

    @cached_property
    def has_reason(self) -> bool:
        """The sentence gives a reason or an impact for the match.  A reason clause the match sits in
        is no reason for it: in "I like working shifts with Oona because she always gives it her all" the
        praise is the because-clause, and only a reason cue outside that clause counts."""
        if not self.words.has_reason(self.sent):
            return False
        inner = next((t for t in [self.span.root, *self.span.root.ancestors]
                      if t.dep_ == "advcl" and t.sent == self.sent.sent and any(
                          c.dep_ == "mark" and c.lower_ in _BECAUSE for c in t.children)), None)
        if inner is None:
            return True
        lo, hi = inner.left_edge.idx, inner.right_edge.idx + len(inner.right_edge.text)
        text = self.sent.doc.text
        outside = (text[self.sent.start_char: lo] + " " + text[hi: self.sent.end_char]).lower()
        return bool(self.words.reason_cues.search(outside) or PLACEHOLDER.search(outside))

    @cached_property
    def is_habit(self) -> bool:
        """The predicate says what someone usually does or can do: the simple present or "can"/"could"
        ("She completes tasks on time", "He can see several sides of a problem"), not one occasion."""
        pred = self.predicate
        return pred.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in pred.children)

    @cached_property
    def is_request(self) -> bool:
        return self.words.is_request(self.sent, imperative=self.is_imperative)

    @cached_property
    def denied(self) -> bool:
        """The writer denies a negative trait the sentence names: "I don't think Sam is lazy", "I don't
        find him rude at all" (not "I don't think he is capable of leading": a positive word denied is
        still a verdict)."""
        root = self.sent.root
        if (root.lemma_.lower() not in _BELIEF_VERBS and root.lemma_.lower() != "call") or not _writer_denies(root):
            return False
        return any(t.lower_ in self.words.trait_cues for t in self.sent if t.i > root.i)

    @cached_property
    def forecast(self) -> bool:
        """The sentence only predicts or hopes ("she will continue to grow"): see ``requests.forecast_only``."""
        return forecast_only(self.sent.text, self.is_request)
