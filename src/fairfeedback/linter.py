"""The library entry points: :class:`Linter`, :func:`lint`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .config import Config, select_rules
from .errors import InputError
from .models import Report
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
        dirs = ([None] if self.config.include_builtin else []) + list(self.config.rule_dirs)
        builtin = load_rules() if self.config.include_builtin else None
        extra = load_rules(self.config.rule_dirs) if self.config.rule_dirs else None
        self.ruleset: RuleSet = _merge(builtin, extra)
        del dirs
        self.enabled = select_rules(self.config, [(r.id, r.name, r.category.value) for r in self.ruleset.rules])
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

    def lint(self, text: str, *, source: str | None = None) -> Report:
        """Lint one text and return its :class:`Report`."""
        return next(self.lint_many([text], sources=[source] if source else None))

    def lint_many(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 64,
        n_process: int = 1,
        sources: Iterable[str | None] | None = None,
    ) -> Iterator[Report]:
        """Lint many texts with ``nlp.pipe``; yields one Report per text, in order."""
        nlp = self.nlp
        builder = self._builder
        assert builder is not None
        src_iter = iter(sources) if sources is not None else None
        pending: dict[int, tuple[str, int, list, str | None]] = {}

        def feed() -> Iterator[tuple[str, tuple[int, int, int]]]:
            for idx, text in enumerate(texts):
                text = self._check(text)
                src = next(src_iter, None) if src_iter is not None else None
                parts = chunks(text) if text.strip() else []
                pending[idx] = (text, len(parts), [], src)
                if not parts:
                    yield "", (idx, 0, -1)
                for offset, piece in parts:
                    yield piece, (idx, offset, len(parts))

        done = 0
        for doc, (idx, offset, n) in nlp.pipe(feed(), as_tuples=True, batch_size=batch_size, n_process=n_process):
            text, total, found, src = pending[idx]
            if n >= 0:
                starts = _line_starts(text)
                found.extend(builder.build(doc, offset, starts))
                found.append(None)
            if n < 0 or found.count(None) == total:
                findings = sorted((f for f in found if f is not None), key=lambda f: (f.start, f.end, f.rule_id))
                del pending[idx]
                assert idx == done
                done += 1
                yield Report(findings=findings, source=src)


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
