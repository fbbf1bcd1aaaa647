"""Turn accepted match spans into :class:`~fairfeedback.models.Finding` objects."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, SpanGroup

from .context import Analysis
from .context.analysis import sentence_index
from .context.words import WordLists
from .markup import OffsetMap
from .matching import SPAN_KEY, confidence_key
from .models import Category, Finding, Suggestion
from .rewriting.flagged import release
from .rewriting.strategies import rewrite_sentence
from .rules.loader import RuleSet
from .rules.schema import RuleSpec
from .suggestions import format_message, render_suggestions

__all__ = ["FindingBuilder"]

_SUBJECT_FORMS = {"you": "you", "he": "he", "she": "she", "they": "they", "him": "he", "her": "she", "them": "they"}


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _unique(suggestions: list[Suggestion]) -> list[Suggestion]:
    seen: set[str] = set()
    out = []
    for s in suggestions:
        if s.text not in seen or not s.text:
            seen.add(s.text)
            out.append(s)
    return out


def sentence_bounds(span: Span, sent: Span | None = None) -> tuple[int, int]:
    """Character bounds of the span's sentence without leading/trailing whitespace."""
    sent = sent if sent is not None else span.sent
    toks = [t for t in sent if not t.is_space] or [span[0]]
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


class FindingBuilder:
    def __init__(self, ruleset: RuleSet, words: WordLists) -> None:
        self.rules = {r.id: r for r in ruleset.rules}
        self.words = words
        self.explanations = {r.id: re.sub(r"(?<!\n)\n(?!\n)", " ", r.explanation.strip()) for r in ruleset.rules}
        self.behaviors: dict[str, tuple[str, ...]] = {}
        for lex in ruleset.lexicons.values():
            self.behaviors.update(lex.behaviors)

    def _behaviors(self, span: Span) -> tuple[str, ...]:
        """Behavior prompts for the matched words: the whole match, the match
        without leading words ("isn't a team player" -> "a team player"), its head."""
        words = span.text.lower().split()
        for i in range(len(words)):
            found = self.behaviors.get(" ".join(words[i:]))
            if found:
                return found
        return self.behaviors.get(span.root.lower_) or self.behaviors.get(span.root.lemma_.lower()) or ()

    @staticmethod
    def _rewrite(rule_category, a: Analysis, behaviors: tuple[str, ...], bounds: tuple[int, int],
                 offset: int) -> list[Suggestion]:
        rw = rewrite_sentence(rule_category, a, behaviors)
        if rw is None:
            return []
        return [Suggestion(title=rw.title, text=rw.text, applicability=rw.applicability,
                           start=bounds[0] + offset, end=bounds[1] + offset)]

    @staticmethod
    def _values(span: Span, sent: Span, a: Analysis, behaviors: tuple[str, ...]) -> dict[str, str]:
        subj = a.subject if a.subject_kind == "person" else None
        if subj is not None and subj.pos_ == "PROPN":
            start = subj
            while start.i > sent.start and start.nbor(-1).dep_ == "compound" and start.nbor(-1).pos_ == "PROPN":
                start = start.nbor(-1)
            subject = span.doc[start.i: subj.i + 1].text
        elif subj is not None:
            subject = _SUBJECT_FORMS.get(subj.lower_, "the " + subj.lower_ if subj.pos_ == "NOUN" else subj.text)
        else:
            subject = "[name]"
        match = span.text
        return {
            "match": match,
            "subject": subject,
            "Subject": subject[:1].upper() + subject[1:],
            "behavior": behaviors[0] if behaviors else "[what they did]",
            "sentence": sent.text,
        }

    def at(self, rule: RuleSpec, start: int, end: int, text: str, line_starts: list[int]) -> Finding:
        """A finding for a character range of the whole text (document-level rules)."""
        values = {"match": text[start:end], "subject": "[name]", "Subject": "[Name]",
                  "behavior": "[what they did]", "sentence": text[start:end]}
        return Finding(
            rule_id=rule.id, rule_name=rule.name, category=rule.category, severity=rule.severity,
            start=start, end=end, **position(start, end, line_starts), match=text[start:end],
            message=format_message(rule.message, values), explanation=self.explanations[rule.id],
            suggestions=render_suggestions(rule, values), sentence_start=start, sentence_end=end,
            confidence=rule.confidence,
        )

    def _message(self, rule: RuleSpec, values: dict[str, str], sent: Span) -> str:
        msg = format_message(rule.message, values)
        if rule.category == Category.VAGUE_TARGET:
            gaps = self.words.smart_gaps(sent)
            if gaps:
                msg += " Not yet " + _join(gaps) + "."
        return msg

    def build(self, doc: Doc, offset: int = 0, line_starts: list[int] | None = None,
              text: str | None = None) -> list[Finding]:
        """Findings of ``doc``, a piece of ``text`` (as given, before markup masking) at ``offset``:
        ``match`` is always ``text[start:end]``; messages quote the readable (masked) words."""
        spans = doc.spans.get(SPAN_KEY, [])
        if not spans:
            return []
        if line_starts is None:
            line_starts = [0] + [i + 1 for i, ch in enumerate(doc.text) if ch == "\n"]
        try:
            return self._build(doc, spans, offset, line_starts, text)
        finally:
            release(doc)  # the reworded runs the rewrites shared

    def _build(self, doc: Doc, spans: SpanGroup, offset: int, line_starts: list[int], text: str | None) -> list[Finding]:
        sent_of = sentence_index(doc)
        learned: dict[str, float] = spans.attrs.get("confidence", {})
        out: list[Finding] = []
        bounds_of: dict[int, tuple[int, int]] = {}
        for span in spans:
            rule = self.rules[span.label_]
            sent = sent_of[span.start]
            key = confidence_key(span.label_, span.start, span.end)
            # shared by the message values and the rewrite
            analysis = Analysis(span, self.words, sent, learned=key in learned)
            behaviors = self._behaviors(span)
            values = self._values(span, sent, analysis, behaviors)
            bounds = bounds_of.get(sent.start)
            if bounds is None:
                bounds = bounds_of[sent.start] = sentence_bounds(span, sent)
            start, end = span.start_char + offset, span.end_char + offset
            out.append(
                Finding(
                    rule_id=rule.id,
                    rule_name=rule.name,
                    category=rule.category,
                    severity=rule.severity,
                    start=start,
                    end=end,
                    **position(start, end, line_starts),
                    match=text[start:end] if text is not None else span.text,
                    message=self._message(rule, values, sent),
                    explanation=self.explanations[rule.id],
                    suggestions=_unique(self._rewrite(rule.category, analysis, behaviors, bounds, offset)
                                        + render_suggestions(rule, values)),
                    sentence_start=bounds[0] + offset,
                    sentence_end=bounds[1] + offset,
                    confidence=learned.get(key, rule.confidence),
                )
            )
        out.sort(key=lambda f: (f.start, f.end, f.rule_id))
        return out


def position(start: int, end: int, line_starts: list[int]) -> dict[str, int]:
    """Line and column (1-based) of a character range, as a Finding stores them."""
    line = bisect_right(line_starts, start)
    end_line = bisect_right(line_starts, max(start, end - 1))
    return {"line": line, "column": start - line_starts[line - 1] + 1,
            "end_line": end_line, "end_column": end - line_starts[end_line - 1] + 1}


def remap(f: Finding, omap: OffsetMap, text: str, line_starts: list[int]) -> Finding:
    """A finding made on masked text (see :func:`fairfeedback.markup.mask_mapped`), moved to its
    place in the original ``text``."""
    start, end = omap.span(f.start, f.end)
    sugg = [s.model_copy(update=dict(zip(("start", "end"), omap.span(s.start, s.end))))
            if s.start is not None and s.end is not None else s for s in f.suggestions]
    s_start, s_end = omap.span(f.sentence_start, f.sentence_end)
    return f.model_copy(update={"start": start, "end": end, "match": text[start:end], **position(start, end, line_starts),
                                "sentence_start": s_start, "sentence_end": s_end, "suggestions": sugg})
