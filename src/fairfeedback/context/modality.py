"""The modality facts of :class:`~.analysis.Analysis`: negated, quoted, reported, hypothetical, asked."""

from __future__ import annotations

from functools import cached_property

from .blame import blame_question
from .grammar import (_BELIEF_VERBS, _HYPO_MARKS, _MENTION_NOUNS, _NEG_WORDS, _QUOTES, _SUBJ, _WRITER_PRON, _nobody,
                      _said_by_another, _writer_denies)
from .kinds import KindFacts


class ModalityFacts(KindFacts):
    """Whether a match is asserted by the writer: negation, quotation, reported speech, hypotheses, questions."""

    # -- modality ---------------------------------------------------------------
    @cached_property
    def negated(self) -> bool:
        inside = set(range(self.span.start, self.span.end))
        for tok in self.chain:
            for c in tok.children:
                if c.dep_ == "neg" and c.i not in inside:
                    return True
            if any(c.dep_ in _SUBJ and c.i < tok.i and c.i not in inside and _nobody(c) for c in tok.children):
                return True  # "Nobody trusts her", "No manager would trust him with a key account"
            if tok.dep_ == "conj":  # "he never listens and just doesn't care": stop at the conjunct
                break
        window = list(self.sent.doc[max(self.sent.start, self.span.start - 3): self.span.start])
        # (not a negation of the clause or conjunct before a "but" or "and": "she's not slow | but | could be
        # tidier", "he gives no feedback | and | always interrupts")
        cut = max((k + 1 for k, t in enumerate(window) if t.dep_ == "cc" and t.lower_ in ("but", "yet", "and", "or")
                   or t.text in (",", ";")), default=0)
        for t in window[cut:]:
            if t.lower_ in _NEG_WORDS and t.i not in inside:
                return True
        prev = self.sent.doc[max(self.sent.start, self.span.start - 2): self.span.start].text.lower()
        if prev.endswith(("far from", "anything but", "no longer")):
            return True
        # "I don't think he's careless": the writer denies the clause the match is in
        clause = next((t for t in [self.anchor, *self.anchor.ancestors] if t.dep_ == "ccomp"), None)
        if clause is not None and clause.head.lemma_.lower() in _BELIEF_VERBS:
            return _writer_denies(clause.head)
        return False

    @cached_property
    def quoted(self) -> bool:
        if self.mentioned:
            return True
        opened = 0
        for t in self.sent:
            if t.i >= self.span.start:
                break
            if t.tag_ == "``" and t.text in ("'", "\u2018"):
                opened += 1
            elif t.tag_ == "''" and t.text in ("'", "\u2019") and opened:
                opened -= 1
        if opened:
            return True
        before = self.sent.text[: self.span.start_char - self.sent.start_char]
        for open_q, close_q in _QUOTES.items():
            if open_q == close_q:
                if before.count(open_q) % 2 == 1:
                    return True
            elif before.count(open_q) > before.count(close_q):
                return True
        return False

    @cached_property
    def mentioned(self) -> bool:
        """The words are talked about, not used: "avoid labels such as lazy or difficult", "words like
        abrasive turn up more often in women's reviews" (a mention is read like a quotation)."""
        doc = self.sent.doc
        lo = max(self.sent.start, self.span.start - 8)
        # (a learned finding spans its clause, so the mention may open the span itself)
        for t in doc[lo: self.span.end - 1]:
            if t.lemma_.lower() in _MENTION_NOUNS and (
                    doc[t.i + 1].lower_ in ("like", "as", ":") or doc[t.i + 1: t.i + 3].text.lower() == "such as"):
                return True
        return False

    @cached_property
    def reported(self) -> bool:
        child = self.anchor
        for anc in self.anchor.ancestors:
            if anc.lemma_.lower() in self.words.speech_verbs and child.dep_ in (
                "ccomp", "xcomp", "oprd", "dobj", "parataxis", "advcl"
            ):
                if _said_by_another(anc, unnamed=True):
                    return True
            child = anc
        if self.anchor.dep_ == "pobj" and self.anchor.head.lower_ == "as" and \
                self.anchor.head.head.lemma_.lower() in self.words.speech_verbs:
            verb = self.anchor.head.head
            speaker = next((c for c in verb.children if c.dep_ in _SUBJ), None)
            if speaker is None or speaker.lower_ not in _WRITER_PRON:
                return True  # "the customer described the reply as rude"; not "I'd describe her as ..."
        top = self.anchor
        if self.span.start <= self.sent.start + 1 and self.span.end >= self.sent.end - 1 \
                and top.lemma_.lower() in self.words.speech_verbs and any(c.dep_ in ("ccomp", "xcomp") for c in top.children):
            # a whole sentence that reports what someone said ("He said he would like to move teams"): the
            # learned rules score whole sentences, whose anchor is the speech verb itself
            if _said_by_another(top, unnamed=False):
                return True
        low = self.sent.text.lower()
        return "according to" in low

    @cached_property
    def hypothetical(self) -> bool:
        for tok in [self.anchor, *self.anchor.ancestors]:
            if any(c.dep_ == "mark" and c.lower_ in _HYPO_MARKS for c in tok.children):
                head = tok.head
                # "It would be great if she spoke up more" is a request, not a hypothesis
                if head != tok and head.lemma_ == "be" and any(
                        c.lower_ in ("great", "good", "nice", "helpful", "ideal", "better", "best") for c in head.children):
                    return False
                return True
        return False

    @cached_property
    def question(self) -> str | None:
        """None, 'genuine' or 'rhetorical'."""
        text = self.sent.text.rstrip()
        if not text.endswith("?"):
            return None
        return "rhetorical" if blame_question(self.sent, self.words) else "genuine"
