"""The ``fairfeedback`` spaCy pipeline component: rule matches → context filters → ``doc.spans``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from ..context import Analysis, passes
from ..context.analysis import sentence_index
from ..context.words import PLACEHOLDER, WordLists, verb_lemmas_of
from ..rules.loader import RuleSet
from ..rules.schema import (
    CheckPattern,
    ClassifierPattern,
    DependencyPattern,
    PhrasePattern,
    RuleSpec,
    TokenPattern,
)
from .checks import CHECKS
from .classifier import TextClassifier
from .clauses import narrow
from .gate import GatedMatcher, TokenKeys
from .variants import addressed_pattern, term_variants
from .phrases import PhraseIndex, TermWords

SPAN_KEY = "fairfeedback"
#: a line of at most this many tokens without final punctuation is a heading, not a sentence to score
HEADING_TOKENS = 3

__all__ = ["SPAN_KEY", "FairFeedbackComponent", "confidence_key"]


def confidence_key(label: str, start: int, end: int) -> str:
    """Key of a learned finding's probability in ``doc.spans[SPAN_KEY].attrs["confidence"]``."""
    return f"{label}:{start}:{end}"


#: categories that say words lack an instance or a measure, not what the words say of the person
_VAGUE = frozenset({"vague-evaluation", "vague-target"})


class FairFeedbackComponent:
    """Finds rule matches and keeps those whose context passes the rule's filters.

    Accepted matches are written to ``doc.spans["fairfeedback"]``; each span's
    label is the rule id.  Rules are attached after creation with
    :meth:`set_rules` (rule data does not belong in the pipeline config).
    """

    def __init__(self, nlp: Language, name: str = "fairfeedback") -> None:
        self.nlp = nlp
        self.name = name
        self.rules: dict[str, RuleSpec] = {}
        self.categories: dict[str, str] = {}
        self.words: WordLists | None = None
        self.phrase = PhraseIndex("LOWER")
        self.lemma_phrase = PhraseIndex("LEMMA")
        self.gated = GatedMatcher(nlp.vocab)
        self.checks: list[tuple[str, CheckPattern]] = []
        #: (rule id, model, head, threshold) per classifier pattern
        self.classifiers: list[tuple[str, TextClassifier, str, float]] = []
        self.exceptions: dict[str, tuple[str, ...]] = {}

    def set_rules(self, ruleset: RuleSet, enabled: Iterable[str] | None = None) -> None:
        wanted = set(enabled) if enabled is not None else {r.id for r in ruleset.rules}
        self.words = replace(WordLists.from_rules(ruleset), verb_lemmas=verb_lemmas_of(self.nlp))
        models: dict[str, TextClassifier] = {}
        phrase_terms: dict[str, list[tuple[str, list[str]]]] = {"LOWER": [], "LEMMA": []}
        for rule in ruleset.rules:
            if rule.id not in wanted:
                continue
            self.rules[rule.id] = rule
            self.categories[rule.id] = rule.category.value
            for pat in rule.patterns:
                if isinstance(pat, PhrasePattern):
                    terms = term_variants(list(pat.terms) + (list(ruleset.lexicons[pat.lexicon].terms) if pat.lexicon else []))
                    phrase_terms[pat.attr].append((rule.id, terms))
                elif isinstance(pat, TokenPattern):
                    self.gated.add_token(rule.id, addressed_pattern(pat.pattern), at_end=pat.at_end)
                elif isinstance(pat, DependencyPattern):
                    self.gated.add_dependency(rule.id, addressed_pattern(pat.pattern))
                elif isinstance(pat, CheckPattern):
                    if pat.check not in CHECKS:
                        from ..errors import RuleFileError

                        raise RuleFileError(ruleset.sources.get(rule.id, rule.id), f"unknown check '{pat.check}'",
                                            field="patterns.check", rule=rule.id)
                    self.checks.append((rule.id, pat))
                elif isinstance(pat, ClassifierPattern):
                    if pat.model not in models:  # heads of one model share one scoring pass
                        models[pat.model] = TextClassifier(ruleset.models[pat.model])
                    model = models[pat.model]
                    self.classifiers.append((rule.id, model, pat.label or model.category, pat.threshold))
            if rule.exceptions:
                self.exceptions[rule.id] = tuple(term_variants([e.lower() for e in rule.exceptions]))
        term_words = TermWords(self.nlp, [t for _, ts in phrase_terms["LOWER"] for t in ts],
                        [t for _, ts in phrase_terms["LEMMA"] for t in ts])
        for rule_id, terms in phrase_terms["LOWER"]:
            self.phrase.add(rule_id, [term_words.lower_words(t) for t in terms])
        for rule_id, terms in phrase_terms["LEMMA"]:
            self.lemma_phrase.add(rule_id, [term_words.lemmas(t) for t in terms])

    # -- matching -------------------------------------------------------------
    def _raw(self, doc: Doc) -> Iterable[tuple[str, int, int]]:
        keys = TokenKeys(doc)
        yield from self.phrase(doc, keys)
        yield from self.lemma_phrase(doc, keys)
        yield from self.gated(doc, keys)
        for rule_id, pat in self.checks:
            for s, e in CHECKS[pat.check](doc, pat.params, self.words):  # type: ignore[arg-type]
                yield rule_id, s, e

    def _excepted(self, rule_id: str, span: Span, sent: Span) -> bool:
        phrases = self.exceptions.get(rule_id)
        if not phrases:
            return False
        low = sent.text.lower()
        for a, b in _occurrences(low, phrases):
            if sent.start_char + a < span.end_char and span.start_char < sent.start_char + b:
                return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        if not self.rules or self.words is None:
            doc.spans[SPAN_KEY] = []
            return doc
        seen: set[tuple[str, int, int]] = set()
        accepted: list[Span] = []
        sent_of: list[Span] | None = None
        for rule_id, s, e in self._raw(doc):
            if (rule_id, s, e) in seen or e <= s:
                continue
            seen.add((rule_id, s, e))
            if sent_of is None:
                sent_of = sentence_index(doc)
            sent = sent_of[s]
            if sent_of[e - 1] is not sent or self._heading(sent):
                continue
            span = Span(doc, s, e, label=rule_id)
            if self._excepted(rule_id, span, sent):
                continue
            if passes(self.rules[rule_id].context, Analysis(span, self.words, sent)):
                accepted.append(span)
        confidence: dict[str, float] = {}
        # catch-all findings another rule makes redundant go first, so the model may speak where they went
        accepted = self._filled_in(accepted, sent_of)
        if self.classifiers:
            sent_of = sent_of or sentence_index(doc)
            accepted += self._classified(doc, accepted, sent_of, confidence)
        kept = _drop_contained(self._filled_in(accepted, sent_of), self.categories)
        group = SpanGroup(doc, name=SPAN_KEY, spans=kept)
        if confidence:
            # the probability of each learned finding (pattern findings carry their rule's fixed value)
            keys = (confidence_key(sp.label_, sp.start, sp.end) for sp in kept)
            group.attrs["confidence"] = {k: confidence[k] for k in keys if k in confidence}
        doc.spans[SPAN_KEY] = group
        return doc

    def _filled_in(self, spans: list[Span], sent_of: list[Span] | None) -> list[Span]:
        """Drop a catch-all rule's finding where another rule of its category found one in the sentence,
        or where another rule's finding covers its words ("careless" is a trait label first)."""
        if sent_of is None or not any(self.rules[sp.label_].fills_in for sp in spans):
            return spans
        others = [sp for sp in spans if not self.rules[sp.label_].fills_in]
        found = {(sent_of[sp.start].start, self.categories[sp.label_]) for sp in others}
        spans = [sp for sp in spans if not self.rules[sp.label_].fills_in or not any(
            # of two catch-alls of one category, the narrower reading speaks: "strong" in "Demonstrates a
            # strong commitment" is a judgment before the whole line is a habit without an instance
            o.label_ != sp.label_ and self.rules[o.label_].fills_in and self.categories[o.label_] == self.categories[sp.label_]
            and sp.start <= o.start and o.end <= sp.end for o in spans)]
        return [sp for sp in spans if not self.rules[sp.label_].fills_in or not (
            (sent_of[sp.start].start, self.categories[sp.label_]) in found
            # another finding on its words reads them first ("careless" is a trait label before it is a
            # vague evaluation); but a vague finding ("room for growth") leaves a judgment of the person
            # ("little room for growth", a limit on a future) to its own catch-all
            or any(o.start < sp.end and sp.start < o.end and not (
                self.categories[o.label_] in _VAGUE and self.categories[sp.label_] not in _VAGUE) for o in others))]

    def _heading(self, sent: Span) -> bool:
        assert self.words is not None
        return self.words.is_heading(sent)

    def _sentence_text(self, doc: Doc, sent: Span) -> tuple[int, int, str] | None:
        toks = [t for t in sent if not t.is_space]
        if len(toks) < 3 or (len(toks) <= HEADING_TOKENS and not toks[-1].is_punct) or self._heading(sent):
            return None  # too short to judge, or a heading ("Areas to improve")
        text = doc[toks[0].i: toks[-1].i + 1].text
        if PLACEHOLDER.search(text):
            return None  # a rewrite template ("by [date]") is not feedback the model has seen
        return toks[0].i, toks[-1].i + 1, text

    def _classified(self, doc: Doc, accepted: list[Span], sent_of: list[Span],
                    confidence: dict[str, float]) -> list[Span]:
        """Sentences a classifier rule flags, among those where no pattern found a
        problem of the rule's category (patterns point at words; the model fills in
        what they miss and never doubles a finding); the span is the sentence, or
        the one clause of it the model blames."""
        assert self.words is not None
        out: list[Span] = []
        taken = {(sent_of[sp.start].start, self.categories[sp.label_]) for sp in accepted}
        for sent in doc.sents:
            where = None
            for rule_id, model, label, threshold in self.classifiers:
                category = self.categories[rule_id]
                if (sent.start, category) in taken:
                    continue
                where = where or self._sentence_text(doc, sent)
                if where is None:
                    break
                p = model.probability(where[2], label)
                if p > threshold:
                    span = Span(doc, where[0], where[1], label=rule_id)
                    if passes(self.rules[rule_id].context, Analysis(span, self.words, sent)):
                        # on the clause the model blames, when one clearly stands out
                        start, end = narrow(sent, lambda text, m=model, h=label: m.probability(text, h)) or where[:2]
                        out.append(Span(doc, start, end, label=rule_id))
                        taken.add((sent.start, category))
                        confidence[confidence_key(rule_id, start, end)] = round(p, 3)
        return out


def _occurrences(text: str, phrases: Iterable[str]) -> Iterable[tuple[int, int]]:
    """Where each phrase occurs in ``text`` as whole words (a plain search: a
    regular expression per rule cost more to compile than to run); a phrase that opens with
    "n't" is a word's end ("n't ever" in "don't ever")."""
    for p in phrases:
        i = text.find(p)
        clitic = p.startswith("n't")
        while i >= 0:
            j = i + len(p)
            if (i == 0 or clitic or not _is_word(text[i - 1])) and (j == len(text) or not _is_word(text[j])):
                yield i, j
            i = text.find(p, i + 1)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _drop_contained(spans: list[Span], category: dict[str, str]) -> list[Span]:
    """Within one category, keep the longest of overlapping spans (one finding per
    problem); spans of different categories are independent."""
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start), s.label_))
    kept: list[Span] = []
    for sp in spans:
        cat = category[sp.label_]
        if any(category[o.label_] == cat and o.start < sp.end and sp.start < o.end for o in kept):
            continue
        kept.append(sp)
    return kept


@Language.component("fairfeedback_placeholders")
def keep_placeholders_inside_sentences(doc: Doc) -> Doc:
    """A rewrite's "[N] times in [period]" stays in its sentence: the parser, which runs after
    this, may not start a sentence at a placeholder unless a sentence ended just before it."""
    inside = False
    for t in doc:
        if t.text == "[":
            if t.i > 0 and doc[t.i - 1].text not in (".", "!", "?", "\n") and not doc[t.i - 1].is_space:
                t.is_sent_start = False
            inside = True
        elif inside:
            t.is_sent_start = False
            inside = t.text != "]"
    return doc


@Language.factory("fairfeedback_matcher", default_config={})
def make_matcher(nlp: Language, name: str) -> FairFeedbackComponent:
    return FairFeedbackComponent(nlp, name)
