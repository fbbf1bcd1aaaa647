"""The library entry points: :class:`Linter`, :func:`lint`."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .config import Config, select_rules, severity_for
from .errors import InputError
from .lines import layout_cuts
from .markup import OffsetMap, mask, mask_mapped
from .models import Finding, Report
from .rewriting import RewriteResult, agree_on_rewrite, apply_edits, document_insertions, plan_edits
from .rules.loader import RuleSet, load_rules
from .suppress import apply_suppressions

if TYPE_CHECKING:
    from spacy.language import Language

    from .findings import FindingBuilder

__all__ = ["Linter", "lint", "rewrite"]

#: Texts are parsed in chunks of at most this many characters (split at paragraph,
#: then sentence, then word boundaries) so memory and time stay bounded: the
#: parser needs about 3 KB per character of a batch, so a batch of 16 chunks
#: stays near 150 MB however long the input is.
CHUNK_CHARS = 3_000
#: In one process, a parse batch holds at most this many characters (about 150 MB of parser
#: memory) however long the texts are; a batch of short reviews still holds ``batch_size`` of them.
BATCH_CHARS = 48_000
_PARA = re.compile(r"\n[ \t]*\n")
_SENT_END = re.compile(r"(?<=[.!?])\s+")


def _split(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """Yield (start, end) pieces of text[start:end], each at most ``limit`` chars."""
    while end - start > limit:
        window = text[start: start + limit]
        cut = -1
        for rx in (_PARA, _SENT_END):
            last = None
            for m in rx.finditer(window):
                if m.end() > limit // 4:
                    last = m
            if last is not None:
                cut = last.end()
                break
        if cut <= 0:
            ws = max(window.rfind(" "), window.rfind("\n"), window.rfind("\t"))
            cut = ws + 1 if ws > limit // 4 else limit
        yield start, start + cut
        start += cut
    if end > start:
        yield start, end


def _long_sentences(text: str, parts: list[tuple[int, str]]) -> list[str]:
    """A note for each place a piece was cut inside a sentence (one longer than CHUNK_CHARS)."""
    notes = []
    for (_a, piece), (b, _next) in zip(parts, parts[1:]):
        if not _SENT_END.search(piece[-2:] + " ") and "\n" not in piece[-2:]:
            line = text.count("\n", 0, b) + 1
            notes.append(f"line {line}: a sentence longer than {CHUNK_CHARS:,} characters was checked in parts; "
                         "a problem that spans a cut can be missed")
    return list(dict.fromkeys(notes))


def _windows(items: Iterable[tuple[str, Any]], size: int, chars: int) -> Iterator[list[tuple[str, Any]]]:
    """Consecutive lists of at most ``size`` items and (but for a single item) ``chars`` characters."""
    window: list[tuple[str, Any]] = []
    total = 0
    for item in items:
        if window and (len(window) >= size or total + len(item[0]) > chars):
            yield window
            window, total = [], 0
        window.append(item)
        total += len(item[0])
    if window:
        yield window


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` into (offset, piece) chunks: at the line breaks its layout makes
    sentence ends (paragraphs, headings, list items: :mod:`fairfeedback.lines`), then
    at natural boundaries so no piece is longer than ``limit``."""
    out = []
    bounds = [0, *layout_cuts(text), len(text)]
    for a, b in zip(bounds, bounds[1:]):
        if text[a:b].strip():
            out += [(x, text[x:y]) for x, y in _split(text, a, b, limit)]
    return out


class Linter:
    """Lints feedback text.  Rules load at construction; the spaCy model loads
    lazily, once per Linter, on first use."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        with _gc_paused():  # unpickling the cached rules makes many objects (see _gc_paused)
            builtin = load_rules() if self.config.include_builtin else None
            extra = load_rules(self.config.rule_dirs) if self.config.rule_dirs else None
        self.ruleset: RuleSet = _merge(builtin, extra)
        self.enabled = select_rules(self.config, [(r.id, r.name, r.category.value) for r in self.ruleset.rules])
        if not self.config.scorer:
            learned = {r.id for r in self.ruleset.rules if any(p.kind == "classifier" for p in r.patterns)}
            self.enabled = [rid for rid in self.enabled if rid not in learned]
        self._allow_rx = (
            re.compile("|".join(r"(?<!\w)" + re.escape(p) + r"(?!\w)" for p in self.config.allow), re.I)
            if self.config.allow else None
        )
        self._nlp: Language | None = None
        self._builder: FindingBuilder | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            with _gc_paused():  # (the imports too: compiling the checks' patterns makes many objects)
                from .findings import FindingBuilder
                from .nlp import load_pipeline

                nlp = load_pipeline(self.config.model)
                component = nlp.get_pipe("fairfeedback")
                component.set_rules(self.ruleset, self.enabled)
                self._builder = FindingBuilder(self.ruleset, component.words)
            self._nlp = nlp
        return self._nlp

    def _check(self, text: object) -> str:
        if not isinstance(text, str):
            raise InputError(f"expected text as str, got {type(text).__name__}")
        if len(text) > self.config.max_chars:
            raise InputError(f"text is {len(text):,} characters; the limit is {self.config.max_chars:,} (see Config.max_chars)")
        return text

    def lint(self, text: str, *, source: str | None = None, fmt: str = "text") -> Report:
        """Lint one text and return its :class:`Report`.

        ``fmt`` is ``text``, ``markdown`` or ``html``: what is not prose (code,
        URLs, tags, front matter) is skipped; offsets refer to ``text`` as given.
        """
        return next(self.lint_many([text], sources=[source] if source else None, fmt=fmt))

    def lint_many(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 64,
        n_process: int = 1,
        sources: Iterable[str | None] | None = None,
        fmt: str | Iterable[str] = "text",
    ) -> Iterator[Report]:
        """Lint many texts with ``nlp.pipe``; yields one Report per text, in order."""
        nlp = self.nlp
        builder = self._builder
        assert builder is not None
        src_iter = iter(sources) if sources is not None else None
        fmt_iter = iter(fmt) if not isinstance(fmt, str) else None
        pending: dict[int, _Pending] = {}

        def feed() -> Iterator[tuple[str, tuple[int, int]]]:
            for idx, text in enumerate(texts):
                text = self._check(text)
                src = next(src_iter, None) if src_iter is not None else None
                kind = next(fmt_iter, "text") if fmt_iter is not None else fmt
                prose, omap = mask_mapped(text, kind)  # type: ignore[arg-type]
                parts = chunks(prose) if prose.strip() else []
                pending[idx] = _Pending(text, src, max(1, len(parts)), _line_starts(text), notes=_long_sentences(prose, parts),
                                        omap=omap)
                if not parts:
                    yield "", (idx, 0)
                for offset, piece in parts:
                    yield piece, (idx, offset)

        if n_process == 1:
            # batches bounded in characters too: one long text must not fill a batch with 64 full chunks
            stream: Iterable = (item for window in _windows(feed(), batch_size, BATCH_CHARS)
                                for item in nlp.pipe(window, as_tuples=True, batch_size=len(window)))
        else:
            stream = nlp.pipe(feed(), as_tuples=True, batch_size=batch_size, n_process=n_process)
        done = 0
        for doc, (idx, offset) in stream:
            p = pending[idx]
            self._add_piece(p, doc, offset)
            p.remaining -= 1
            if p.remaining == 0:
                del pending[idx]
                assert idx == done
                done += 1
                yield self._finish(p)

    def _add_piece(self, p: _Pending, doc: Any, offset: int) -> None:
        """Findings and whole-review facts of one parsed piece of ``p.text`` at ``offset``."""
        from .document import facts_from_doc
        from .findings import remap

        builder = self._builder
        assert builder is not None
        found = builder.build(doc, offset, p.line_starts, p.text)
        facts = facts_from_doc(doc, offset, builder.words, found)
        p.findings.extend(found if p.omap is None else [remap(f, p.omap, p.text, p.line_starts) for f in found])
        p.facts = facts if p.facts is None else p.facts.merge(facts)

    def lint_parsed(self, text: str, parse: Any, *, fmt: str = "text", whole: Any = None) -> Report:
        """Lint ``text`` with another pipeline's parse: ``parse(pieces)`` returns a Doc per
        piece (tagged, parsed and matched, with rule spans on ``doc.spans["fairfeedback"]``);
        ``whole()``, returning such a Doc of all of ``text``, is used instead when the text is one piece.
        Pieces, offsets, document checks and suppressions are those of :meth:`lint`
        (the spaCy component of ``fairfeedback.spacy_component`` uses this)."""
        text = self._check(text)
        prose, omap = mask_mapped(text, fmt)
        parts = chunks(prose) if prose.strip() else []
        pieces = parts or [(0, "")]
        p = _Pending(text, None, len(pieces), _line_starts(text), notes=_long_sentences(prose, parts), omap=omap)
        one = whole is not None and omap is None and len(pieces) == 1 and pieces[0] == (0, text)
        docs = [whole()] if one else parse([piece for _offset, piece in pieces])
        for doc, (offset, _piece) in zip(docs, pieces):
            self._add_piece(p, doc, offset)
        return self._finish(p)

    def is_review(self, text: str, *, fmt: str = "text") -> bool:
        """Whether ``text`` is long enough for the whole-review checks (two sentences or twenty
        words): a one-line comment ("You are lazy.") cannot lack an example, a next step or balance."""
        from .document import DocFacts, review_size

        prose, _omap = mask_mapped(self._check(text), fmt)
        size = DocFacts()
        for doc in self.nlp.pipe(piece for _offset, piece in chunks(prose)):
            size = size.merge(review_size(doc))
        return size.is_review

    def use_builder(self, builder: FindingBuilder) -> None:
        """Build findings with ``builder`` (made from another pipeline's matcher) instead of
        loading this Linter's own model: for :meth:`lint_parsed`."""
        self._builder = builder

    def lint_stream(self, blocks: Iterable[str], *, fmt: str = "text", batch_size: int = 8) -> Iterator[Finding]:
        """Lint one long document given as consecutive blocks (split at paragraph
        or line breaks, e.g. by :func:`fairfeedback.inputs.iter_blocks`), in
        bounded memory.  Findings come out as they are found, with offsets and
        lines in the whole document; document-level findings come last.

        Inline suppressions and the allow list apply within each block."""
        return (f for f, _sentence in self.lint_stream_sentences(blocks, fmt=fmt, batch_size=batch_size))

    def lint_stream_sentences(self, blocks: Iterable[str], *, fmt: str = "text",
                              batch_size: int = 8) -> Iterator[tuple[Finding, str]]:
        """:meth:`lint_stream`, each finding with the text of its sentence (what a
        baseline fingerprint needs; the whole document is never held)."""
        nlp = self.nlp
        builder = self._builder
        assert builder is not None
        from .document import facts_from_doc

        base = lines_before = 0
        facts = None
        first: tuple[str, int, int, int, int] | None = None  # block, start, end, base, lines before
        for block in blocks:
            pieces = chunks(mask(block, fmt)) if block.strip() else []
            p = _Pending(block, None, max(1, len(pieces)), _line_starts(block))
            for doc, offset in nlp.pipe(((t, o) for o, t in pieces), as_tuples=True, batch_size=batch_size):
                found = builder.build(doc, offset, p.line_starts, p.text)
                p.findings.extend(found)
                f = facts_from_doc(doc, offset, builder.words, found)
                if first is None and f.critical:
                    first = (block, f.critical[0][0], f.critical[0][1], base, lines_before)
                facts = f if facts is None else facts.merge(f)
            for finding in self._finish(p, document=False).findings:
                yield _shift(finding, base, lines_before), block[finding.sentence_start:finding.sentence_end]
            base += len(block)
            lines_before += block.count("\n")
        if facts is None or first is None:
            return
        block, a, b, shift_chars, shift_lines = first
        starts = _line_starts(block)
        for rule, _where in self._firing_document_rules(facts):
            yield _shift(builder.at(rule, a, b, block, starts), shift_chars, shift_lines), block[a:b]

    def _finish(self, p: _Pending, *, document: bool = True) -> Report:
        """Add document-level findings; apply severity overrides, the allow list
        and inline suppressions; summarize."""
        text, source = p.text, p.source
        findings = agree_on_rewrite(p.findings) + (self._document_findings(p) if document else [])
        cfg = self.config
        if cfg.severity:
            findings = [
                f.model_copy(update={"severity": severity_for(cfg, f.rule_id, f.rule_name, f.category.value, f.severity)})
                for f in findings
            ]
        if cfg.allow:
            allowed = [m.span() for m in self._allow_rx.finditer(text)] if self._allow_rx else []
            findings = [f for f in findings if not any(a < f.end and f.start < b for a, b in allowed)]
        findings.sort(key=lambda f: (f.start, f.end, f.rule_id))
        from .document import summarize

        kept, unused = apply_suppressions(text, findings)
        return Report(findings=kept, source=source, suppressed=len(findings) - len(kept), unused_suppressions=unused,
                      notes=p.notes,
                      summary=summarize(kept))

    def _firing_document_rules(self, facts: Any) -> Iterator[tuple[Any, tuple[int, int]]]:
        """(rule, where) for each enabled document-level rule whose check fires on ``facts``."""
        from .document import DOCUMENT_CHECKS
        from .rules.schema import DocumentPattern

        builder = self._builder
        assert builder is not None
        if facts is None:
            return
        for rule_id in self.enabled:
            rule = builder.rules[rule_id]
            for pat in rule.patterns:
                if isinstance(pat, DocumentPattern):
                    where = DOCUMENT_CHECKS[pat.check](facts)
                    if where is not None:
                        yield rule, where

    def _document_findings(self, p: _Pending) -> list[Finding]:
        builder = self._builder
        assert builder is not None
        found = [builder.at(rule, a, b, p.text, p.line_starts) for rule, (a, b) in self._firing_document_rules(p.facts)]
        if p.omap is None:
            return found
        from .findings import remap

        return [remap(f, p.omap, p.text, p.line_starts) for f in found]


@dataclass
class _Pending:
    """A text whose chunks are still being parsed."""

    text: str
    source: str | None
    remaining: int
    line_starts: list[int]
    findings: list[Finding] = field(default_factory=list)
    facts: Any = None  # fairfeedback.document.DocFacts, imported with spaCy
    notes: list[str] = field(default_factory=list)
    #: where the masked text's characters came from, when decoding moved some (HTML character references)
    omap: OffsetMap | None = None


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the model and rules load: they
    create hundreds of thousands of long-lived objects, and every collection
    in between walks all of them again.  Alone this only defers one collection
    to the first lint; a caller that then calls ``gc.freeze()`` (the CLI does)
    skips those walks altogether, about 60 ms of start-up.  Reference counting
    still frees everything else; the previous state is restored."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _shift(f: Finding, chars: int, lines: int) -> Finding:
    """Move a finding from block coordinates to whole-document coordinates."""
    if not chars and not lines:
        return f
    sugg = [s.model_copy(update={"start": s.start + chars, "end": s.end + chars}) if s.start is not None else s
            for s in f.suggestions]
    return f.model_copy(update={
        "start": f.start + chars, "end": f.end + chars, "line": f.line + lines, "end_line": f.end_line + lines,
        "sentence_start": f.sentence_start + chars, "sentence_end": f.sentence_end + chars, "suggestions": sugg,
    })


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _merge(a: RuleSet | None, b: RuleSet | None) -> RuleSet:
    if a is None and b is None:
        return RuleSet([], {}, {})
    if a is None or b is None:
        return a or b  # type: ignore[return-value]
    from .errors import RuleFileError

    for r in b.rules:
        if r.id in a.sources:
            raise RuleFileError(b.sources[r.id], f"rule id {r.id} is already used by a built-in rule", field="id", rule=r.id)
    return RuleSet(sorted(a.rules + b.rules, key=lambda r: r.id), {**a.lexicons, **b.lexicons},
                   {**a.sources, **b.sources}, {**a.models, **b.models})


_DEFAULT: Linter | None = None


def _default_linter(config: Config | None) -> Linter:
    global _DEFAULT
    if config is not None:
        return Linter(config)
    if _DEFAULT is None:
        _DEFAULT = Linter()
    return _DEFAULT


def lint(text: str, *, config: Config | None = None) -> Report:
    """Lint ``text`` with the built-in rules (or ``config``) and return a Report."""
    return _default_linter(config).lint(text)


def rewrite(text: str, *, config: Config | None = None, fmt: str = "text", safe_only: bool = False,
            linter: Linter | None = None) -> RewriteResult:
    """Rewrite every flagged sentence of ``text`` (its highest-priority finding's
    rewrite); ``safe_only`` applies only suggestions that need no input.  ``linter``
    (with its configuration) is used when given, else one for ``config``."""
    linter = linter or _default_linter(config)
    report = linter.lint(text, fmt=fmt)
    edits = plan_edits(text, report, safe_only=safe_only)
    # A rewritten sentence can still hold a lower-priority problem ("Unlike Priya,
    # you never ..." loses the comparison but keeps "never"): rewrite it again.
    for i, edit in enumerate(edits):
        new = edit.replacement
        for _ in range(2):
            if not new:
                break
            more = plan_edits(new, linter.lint(new), safe_only=safe_only, document=False)
            if not more:
                break
            new = apply_edits(new, more)
        if new != edit.replacement:
            edits[i] = edit.model_copy(update={"replacement": new})
    out = apply_edits(text, edits)
    if edits and not safe_only and linter.is_review(text, fmt=fmt):
        # A rewrite must not raise a whole-review problem the review did not have (a rewritten
        # sentence held its only next step or acknowledgment): add that check's line too.  A
        # sentence or one-line comment is no review, however long its rewrite (issue 11).
        had = {f.rule_id for f in report.findings}
        raised = [f for f in linter.lint(out, fmt=fmt).findings if f.rule_id.startswith("FF9") and f.rule_id not in had]
        if raised:
            extra = document_insertions(out, raised)
            edits += [e.model_copy(update={"start": len(text.rstrip()), "end": len(text.rstrip())}) for e in extra]
            out = apply_edits(text, edits)
    return RewriteResult(text=out, edits=edits, report=report)
