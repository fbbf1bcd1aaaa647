"""The library entry points: :class:`Linter`, :func:`lint`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .config import Config, select_rules, severity_for
from .errors import InputError
from .markup import mask
from .models import Finding, Report
from .suppress import apply_suppressions
from .rules.loader import RuleSet, load_rules

if TYPE_CHECKING:
    from spacy.language import Language

    from .findings import FindingBuilder

__all__ = ["Linter", "lint"]

#: Texts are parsed in chunks of at most this many characters (split at paragraph,
#: then sentence, then word boundaries) so memory and time stay bounded.
CHUNK_CHARS = 20_000
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


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` into (offset, piece) chunks at natural boundaries."""
    return [(a, text[a:b]) for a, b in _split(text, 0, len(text), limit)]


class Linter:
    """Lints feedback text.  Rules load at construction; the spaCy model loads
    lazily, once per Linter, on first use."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        builtin = load_rules() if self.config.include_builtin else None
        extra = load_rules(self.config.rule_dirs) if self.config.rule_dirs else None
        self.ruleset: RuleSet = _merge(builtin, extra)
        self.enabled = select_rules(self.config, [(r.id, r.name, r.category.value) for r in self.ruleset.rules])
        self._allow_rx = (
            re.compile("|".join(r"(?<!\w)" + re.escape(p) + r"(?!\w)" for p in self.config.allow), re.I)
            if self.config.allow else None
        )
        self._nlp: Language | None = None
        self._builder: FindingBuilder | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from .context.words import WordLists
            from .findings import FindingBuilder
            from .nlp import load_pipeline

            nlp = load_pipeline(self.config.model)
            nlp.get_pipe("fairfeedback").set_rules(self.ruleset, self.enabled)
            self._builder = FindingBuilder(self.ruleset, WordLists.from_rules(self.ruleset))
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
        pending: dict[int, tuple[str, int, list, str | None]] = {}

        def feed() -> Iterator[tuple[str, tuple[int, int, int]]]:
            for idx, text in enumerate(texts):
                text = self._check(text)
                src = next(src_iter, None) if src_iter is not None else None
                kind = next(fmt_iter, "text") if fmt_iter is not None else fmt
                prose = mask(text, kind)  # type: ignore[arg-type]
                parts = chunks(prose) if prose.strip() else []
                pending[idx] = (text, len(parts), [], src)
                if not parts:
                    yield "", (idx, 0, -1)
                for offset, piece in parts:
                    yield piece, (idx, offset, len(parts))

        done = 0
        starts: list[int] = []
        for doc, (idx, offset, n) in nlp.pipe(feed(), as_tuples=True, batch_size=batch_size, n_process=n_process):
            text, total, found, src = pending[idx]
            if n >= 0:
                if offset == 0:
                    starts = _line_starts(text)
                found.extend(builder.build(doc, offset, starts))
                found.append(None)
            if n < 0 or found.count(None) == total:
                del pending[idx]
                assert idx == done
                done += 1
                yield self._finish(text, [f for f in found if f is not None], src)

    def _finish(self, text: str, findings: list[Finding], source: str | None) -> Report:
        """Apply severity overrides, the allow list and inline suppressions."""
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
        kept, unused = apply_suppressions(text, findings)
        return Report(findings=kept, source=source, suppressed=len(findings) - len(kept), unused_suppressions=unused)


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
    return RuleSet(sorted(a.rules + b.rules, key=lambda r: r.id), {**a.lexicons, **b.lexicons}, {**a.sources, **b.sources})


_DEFAULT: Linter | None = None


def lint(text: str, *, config: Config | None = None) -> Report:
    """Lint ``text`` with the built-in rules (or ``config``) and return a Report."""
    global _DEFAULT
    if config is not None:
        return Linter(config).lint(text)
    if _DEFAULT is None:
        _DEFAULT = Linter()
    return _DEFAULT.lint(text)
