"""The public ``fairfeedback`` spaCy component: ``nlp.add_pipe("fairfeedback")``.

Registered through the ``spacy_factories`` entry point, so it works in a fresh
interpreter without importing fairfeedback first::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("fairfeedback", config={"ignore": ["FF9"]})
    doc = nlp("Chris is lazy.")
    for span in doc.spans["fairfeedback"]:
        span.label_, span._.finding.message      # a fairfeedback.Finding
    doc._.fairfeedback                           # the whole fairfeedback.Report

The findings are exactly those of ``Linter(config).lint(doc.text)``
(document-level checks, severity overrides, the allow list and inline
suppressions included).  The tagger and parser that ran before this component
are reused when the text is one piece as the linter would parse it; otherwise
(several paragraphs or list items, URLs, suppression comments) the pieces are
parsed again with the pipeline's own components, as the linter does.

spaCy imports this module whenever any pipeline is created, so it imports
nothing of fairfeedback at module level; the rules load on the first document.
No type annotations are postponed here: spaCy reads the factory's signature to
validate its config.
"""

from typing import Any, Callable, Dict, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc, Span

__all__ = ["FairFeedback", "make_fairfeedback"]

#: where the findings go (``doc.spans[SPANS_KEY]``) unless ``spans_key`` is configured
SPANS_KEY = "fairfeedback"
#: components the linter never runs (its own pipeline excludes them too)
_SKIPPED = ("ner",)

DEFAULT_CONFIG: Dict[str, Any] = {
    "select": ["FF"],
    "ignore": [],
    "extend_select": [],
    "severity": {},
    "allow": [],
    "scorer": True,
    "rules_paths": [],
    "include_builtin": True,
    "fmt": "text",
    "spans_key": SPANS_KEY,
}


def _finding_of(span: Span) -> Any:
    """``span._.finding``: the :class:`fairfeedback.models.Finding` this span stands for (or None)."""
    for group in span.doc.spans.values():
        findings = group.attrs.get("fairfeedback_findings")
        if not findings or len(findings) != len(group):
            continue
        for other, data in zip(group, findings):
            if (other.start_char, other.end_char, other.label) == (span.start_char, span.end_char, span.label):
                from .models import Finding

                return Finding.model_validate(data)
    return None


def _report_of(doc: Doc) -> Any:
    """``doc._.fairfeedback``: the :class:`fairfeedback.models.Report` of the document (or None)."""
    for group in doc.spans.values():
        report = group.attrs.get("fairfeedback_report")
        if report is not None:
            from .models import Report

            return Report.model_validate(report)
    return None


def _register_extensions() -> None:
    Span.set_extension("finding", getter=_finding_of, force=True)
    Doc.set_extension("fairfeedback", getter=_report_of, force=True)


class FairFeedback:
    """Writes fairfeedback's findings to ``doc.spans[spans_key]``; each span's label is
    the rule code and ``span._.finding`` its :class:`~fairfeedback.models.Finding`.

    Findings and report are stored as plain data in the span group's ``attrs``
    (``fairfeedback_findings``, aligned with the spans, and ``fairfeedback_report``),
    so they survive ``nlp.pipe(n_process=...)``, ``Doc.to_bytes`` and ``DocBin``.
    """

    def __init__(self, nlp: Language, name: str, settings: Dict[str, Any]) -> None:
        self.nlp = nlp
        self.name = name
        self.settings = settings
        self._state: Optional[_State] = None
        from .markup import FORMATS  # light: no spaCy models, no rules

        if settings["fmt"] not in FORMATS:
            raise ValueError(f"fairfeedback: fmt must be one of {FORMATS}, got {settings['fmt']!r}")

    def _setup(self) -> "_State":
        """Rules, matcher and finding builder, made on the first document (the
        lemmatizer's tables are loaded only after the pipeline is built)."""
        if self._state is None:
            self._state = _State(self.nlp, self.settings)
        return self._state

    def __call__(self, doc: Doc) -> Doc:
        state = self._setup()
        report, spans = state.run(doc, self._parse)
        key = self.settings["spans_key"]
        doc.spans.pop("fairfeedback", None)  # the raw matches of the rule matcher
        doc.spans[key] = spans
        group = doc.spans[key]
        group.attrs["fairfeedback_findings"] = [f.model_dump(mode="json") for f in report.findings]
        group.attrs["fairfeedback_report"] = report.model_dump(mode="json")
        return doc

    def _parse(self, pieces: List[str]) -> List[Doc]:
        """Parse ``pieces`` with the components before this one (not NER), and fairfeedback's own
        sentence hints before the parser (line labels, list numbers, placeholders), as the linter's
        pipeline has them."""
        from .matching.component import keep_placeholders_inside_sentences
        from .matching.labels import start_after_labels

        before: list = []
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            if name == "parser":
                before += [start_after_labels, keep_placeholders_inside_sentences]
            if name not in _SKIPPED:
                before.append(proc)
        docs = [self.nlp.make_doc(piece) for piece in pieces]
        for proc in before:  # in batches, as the linter's nlp.pipe parses its pieces
            docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        return docs


class _State:
    """What the component needs from fairfeedback: a Linter for its configuration
    (rules, selection, the report's finishing steps), the rule matcher bound to the
    user's pipeline, and the finding builder."""

    def __init__(self, nlp: Language, settings: Dict[str, Any]) -> None:
        from .config import Config
        from .findings import FindingBuilder
        from .linter import Linter
        from .matching import FairFeedbackComponent

        config = Config.model_validate({
            "select": settings["select"], "ignore": settings["ignore"], "extend-select": settings["extend_select"],
            "severity": settings["severity"], "allow": settings["allow"], "scorer": settings["scorer"],
            "rules-paths": settings["rules_paths"], "include-builtin": settings["include_builtin"],
        })
        self.fmt = settings["fmt"]
        self.linter = Linter(config)
        self.matcher = FairFeedbackComponent(nlp, "fairfeedback")
        self.matcher.set_rules(self.linter.ruleset, self.linter.enabled)
        assert self.matcher.words is not None
        self.builder = FindingBuilder(self.linter.ruleset, self.matcher.words)
        # the Linter's own steps (document checks, overrides, suppressions) build findings with
        # this pipeline's matcher; the Linter's own spaCy model is never loaded
        self.linter.use_builder(self.builder)

    def run(self, doc: Doc, parse: Callable[[List[str]], List[Doc]]) -> Tuple[Any, List[Span]]:
        """The Report of ``doc.text`` and one span per finding (same order)."""

        def matched(docs: List[Doc]) -> List[Doc]:
            for parsed in docs:
                _require_parse(parsed)
                self.matcher(parsed)
            return docs

        report = self.linter.lint_parsed(doc.text, lambda pieces: matched(parse(pieces)), fmt=self.fmt,
                                         whole=lambda: matched([doc])[0])
        return report, [_span_for(doc, f.start, f.end, f.rule_id) for f in report.findings]


def _require_parse(doc: Doc) -> None:
    if any(not t.is_space for t in doc) and not (doc.has_annotation("DEP") and doc.has_annotation("LEMMA")):
        raise ValueError(
            "the fairfeedback component needs a tagger, parser and lemmatizer before it in the pipeline "
            "(e.g. spacy.load('en_core_web_sm') then nlp.add_pipe('fairfeedback'))"
        )


def _span_for(doc: Doc, start: int, end: int, label: str) -> Span:
    """The tokens covering text[start:end] (never None, so spans and findings stay aligned)."""
    span = doc.char_span(start, max(end, start + 1), label=label, alignment_mode="expand")
    if span is not None:
        return span
    i = next((t.i for t in doc if t.idx + len(t.text) > start), len(doc) - 1)
    return Span(doc, i, i + 1, label=label)


@Language.factory("fairfeedback", default_config=DEFAULT_CONFIG)
def make_fairfeedback(
    nlp: Language,
    name: str,
    select: List[str],
    ignore: List[str],
    extend_select: List[str],
    severity: Dict[str, str],
    allow: List[str],
    scorer: bool,
    rules_paths: List[str],
    include_builtin: bool,
    fmt: str,
    spans_key: str,
) -> FairFeedback:
    _register_extensions()
    settings = {
        "select": list(select), "ignore": list(ignore), "extend_select": list(extend_select),
        "severity": dict(severity), "allow": list(allow), "scorer": bool(scorer),
        "rules_paths": list(rules_paths), "include_builtin": bool(include_builtin), "fmt": fmt,
        "spans_key": spans_key,
    }
    return FairFeedback(nlp, name, settings)
