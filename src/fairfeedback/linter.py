"""The library entry points: :class:`Linter`, :func:`lint`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .chunking import CHUNK_CHARS  # noqa: F401 - re-exported: importable from here as before
from .chunking import BATCH_CHARS, _line_starts, _long_sentences, _windows, chunks
from .config import Config, select_rules, severity_for
from .errors import InputError
from .linter_support import _gc_paused, _merge, _Pending, _shift
from .markup import mask, mask_mapped
from .models import Finding, Report
from .rewrite_text import rewrite
from .rewriting import agree_on_rewrite
from .rules.loader import RuleSet, load_rules
from .suppress import apply_suppressions

if TYPE_CHECKING:
    from spacy.language import Language

    from .findings import FindingBuilder

__all__ = ["Linter", "lint", "rewrite"]


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
