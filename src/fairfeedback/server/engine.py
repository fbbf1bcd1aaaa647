"""The linting engine behind the HTTP API: linters, loaded once, used from one thread.

spaCy pipelines are not guaranteed to be thread-safe, so every call that touches
a pipeline (loading it, linting, rewriting) runs on one dedicated worker thread;
requests wait their turn in its queue while the event loop keeps serving.  On
two cores this costs nothing: a parse already keeps one core busy, and a second
thread would only fight it for the GIL (see ``benchmarks/bench_server.py``).
"""

from __future__ import annotations

import asyncio
import gc
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from ..config import Config
from ..docs import _applicability, _source_label, render_rule_page
from ..models import Report, Summary
from .schemas import LintBody, LintResponse, RewriteBody, RewriteResponse, RuleDetail, RuleExample, RuleInfo, RuleOptions, RuleSuggestion

if TYPE_CHECKING:
    from ..linter import Linter
    from ..rules import RuleSpec

__all__ = ["Engine"]

T = TypeVar("T")

#: Linters kept for request-specific rule selections (each holds its own pipeline, ~60 MB).
CACHE_SIZE = 4
_WARM_UP = "You are lazy and you never finish anything on time."


class Engine:
    """Holds the server's configuration and its linters; ``await engine.run(fn, ...)``
    runs ``fn`` on the lint thread."""

    def __init__(self, base: Config | None = None, *, cache_size: int = CACHE_SIZE) -> None:
        self.base = base or Config()
        self.cache_size = max(1, cache_size)
        self._linters: OrderedDict[str, Linter] = OrderedDict()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fairfeedback-lint")
        self.default: Linter | None = None

    # -- lifecycle (called from the lifespan) ----------------------------------
    async def start(self) -> None:
        """Load rules and model on the lint thread and lint one sentence, so the first request is warm."""
        self.default = await self.run(self._load)

    def _load(self) -> Linter:
        linter = self.linter(self.base)
        linter.lint(_WARM_UP)
        # The model's objects live as long as the server: keep the collector off them.
        gc.collect()
        gc.freeze()
        return linter

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    # -- configuration ---------------------------------------------------------
    def config_for(self, options: RuleOptions) -> Config:
        """The server's configuration with the request's options on top (as CLI flags over a config file).
        Unknown selectors raise :class:`~fairfeedback.ConfigError` when the linter is built."""
        data = self.base.model_dump(by_alias=True)
        for key, value in (("select", options.select), ("extend-select", options.extend_select),
                           ("ignore", options.ignore)):
            if value:
                data[key] = list(value)
        if options.scorer is not None:
            data["scorer"] = options.scorer
        return Config.model_validate(data)

    def linter(self, config: Config) -> Linter:
        """The linter for ``config``, built (and its pipeline loaded) on first use; lint thread only."""
        from ..linter import Linter

        key = config.model_dump_json()
        linter = self._linters.get(key)
        if linter is None:
            linter = Linter(config)  # raises ConfigError for unknown selectors, before loading anything
            linter.nlp
            if len(self._linters) >= self.cache_size:
                # the least recently used, but never the server's own configuration
                victim = next((k for k, v in self._linters.items() if v is not self.default), None)
                if victim is not None:
                    del self._linters[victim]
            self._linters[key] = linter
        self._linters.move_to_end(key)
        return linter

    # -- work (lint thread) ------------------------------------------------------
    def lint(self, body: LintBody, config: Config) -> LintResponse:
        linter = self.linter(config)
        texts = [body.text] if body.text is not None else list(body.texts or [])
        reports: list[Report] = list(linter.lint_many(texts, fmt=body.format))
        threshold = (body.fail_on or config.fail_on).rank
        failing = any(f.severity.rank >= threshold for r in reports for f in r.findings)
        if not body.summary:
            reports = [r.model_copy(update={"summary": Summary()}) for r in reports]
        return LintResponse(reports=reports, failing=failing)

    def rewrite(self, body: RewriteBody, config: Config) -> RewriteResponse:
        from ..linter import rewrite

        result = rewrite(body.text, fmt=body.format, safe_only=body.safe_only, linter=self.linter(config))
        return RewriteResponse(text=result.text, edits=result.edits, report=result.report)

    # -- rules (read-only, any thread) -----------------------------------------
    def _rules(self) -> list[RuleSpec]:
        assert self.default is not None, "engine not started"
        return list(self.default.ruleset.rules)

    def rule_list(self) -> list[RuleInfo]:
        return [_info(r) for r in self._rules()]

    def rule(self, code: str) -> RuleDetail | None:
        """A rule by code (any case) or name, as ``fairfeedback rule`` finds it."""
        assert self.default is not None, "engine not started"
        wanted = code.upper() if code.lower().startswith("ff") else code
        rule = next((r for r in self._rules() if wanted in (r.id, r.name)), None)
        if rule is None:
            return None
        source = self.default.ruleset.sources[rule.id]
        return RuleDetail(
            **_info(rule).model_dump(), message=rule.message.strip(), explanation=rule.explanation.strip(),
            flagged=[RuleExample(text=e.text, match=e.match) for e in rule.examples.flag_examples()],
            not_flagged=list(rule.examples.pass_),
            suggestions=[RuleSuggestion(title=s.title.strip(), template=s.template,
                                        applicability=_applicability(s.template, s.applicability))
                         for s in rule.suggestions],
            references=[ref.strip() for ref in rule.references], source=_source_label(source),
            markdown=render_rule_page(rule, source),
        )

    def model_name(self) -> str:
        if self.default is None:
            return "?"
        meta = self.default.nlp.meta
        return f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '')}".strip()


def _info(rule: RuleSpec) -> RuleInfo:
    return RuleInfo(id=rule.id, name=rule.name, category=rule.category, severity=rule.severity,
                    summary=" ".join(rule.summary.split()))
