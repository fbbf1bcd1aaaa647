"""What ``fairfeedback lint`` does, minus argument parsing and printing:
read inputs, find each file's config, lint in batches, apply the baseline."""

from __future__ import annotations

import gc
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .errors import ConfigError, InputError
from .linter import Linter
from .models import Origin, Report
from .settings import find_config_file, load_config

__all__ = ["LintOutcome", "LintRequest", "linter_for", "run_lint"]


@dataclass
class LintRequest:
    paths: list[str]
    select: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    config_path: str | None = None
    isolated: bool = False
    input_format: str = "auto"
    column: str | None = None
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    model: str | None = None
    rule_dirs: list[str] = field(default_factory=list)
    baseline: str | None = None
    update_baseline: bool = False
    fix: bool = False
    scorer: bool | None = None

    def overrides(self) -> dict:
        """CLI flags that were given; they win over config files."""
        given = {"select": self.select, "extend-select": self.extend_select, "ignore": self.ignore,
                 "fail-on": self.fail_on, "model": self.model, "rules-paths": self.rule_dirs}
        out = {key: value for key, value in given.items() if value}
        if self.scorer is not None:
            out["scorer"] = self.scorer
        return out


@dataclass
class LintOutcome:
    results: list[tuple[str, str, Report]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failing: bool = False
    #: large files to lint as streams after ``results``: (source, linter) in input order
    streams: list = field(default_factory=list)
    #: the baseline in use, when --baseline was given (streams apply it as they go)
    baseline: Baseline | None = None


@dataclass
class Baseline:
    """A baseline being applied (``known`` fingerprints absorb findings) or recorded (``prints``)."""

    path: Path
    known: Counter | None = None  #: None: recording today's findings
    prints: list[str] = field(default_factory=list)

    def keep(self, source: str, sentence: str, finding) -> bool:
        """Whether a finding is reported: new in a baseline being applied; never while recording."""
        from .baseline import sentence_fingerprint

        fp = sentence_fingerprint(source, sentence, finding)
        if self.known is None:
            self.prints.append(fp)
            return False
        if self.known[fp] > 0:
            self.known[fp] -= 1
            return False
        return True

    def close(self, outcome: LintOutcome) -> None:
        """Write the file when recording (after every input, streamed ones included)."""
        from .baseline import write_baseline

        if self.known is None:
            write_baseline(self.path, self.prints)
            outcome.notes.append(f"baseline written to {self.path} ({len(self.prints)} findings recorded)")


class _Configs:
    """One Config (and Linter) per config file, found by walking up from each input."""

    def __init__(self, req: LintRequest) -> None:
        self.req = req
        self.linters: dict[Path | None, Linter] = {}
        self.fixed = Path(req.config_path) if req.config_path else None
        if self.fixed is not None and not self.fixed.is_file():
            raise InputError(f"{self.fixed}: config file not found")

    def path_for(self, where: Path | None) -> Path | None:
        if self.req.isolated:
            return None
        if self.fixed is not None:
            return self.fixed
        folder = (where.parent if where is not None else Path.cwd()).resolve()
        return find_config_file(folder)

    def config(self, path: Path | None) -> Config:
        if path is None:
            return Config.model_validate(self.req.overrides())
        return load_config(path, **self.req.overrides())

    def linter(self, where: Path | None) -> Linter:
        path = self.path_for(where)
        if path not in self.linters:
            try:
                self.linters[path] = _cached_linter(self.config(path))
            except ConfigError as exc:
                if path is None or str(exc).startswith(str(path)):
                    raise
                raise ConfigError(f"{path}: [tool.fairfeedback] {exc}") from None  # name the file and the key
        return self.linters[path]


def linter_for(req: LintRequest, where: Path | None) -> Linter:
    """The linter for a file (or stdin, ``where=None``), configured as ``lint`` would configure it."""
    return _Configs(req).linter(where)


_LINTERS: dict[str, Linter] = {}


def _cached_linter(config: Config) -> Linter:
    """One Linter per distinct configuration per process (the model loads once),
    for programs and tests that run the CLI many times in one process."""
    key = config.model_dump_json()
    if key not in _LINTERS:
        if len(_LINTERS) >= 8:
            _LINTERS.pop(next(iter(_LINTERS)))
        linter = _LINTERS[key] = Linter(config)
        linter.nlp  # load now, then keep the collector off the model's objects:
        # a command-line run lives as long as its model, and every later
        # collection would walk those hundreds of thousands of objects again.
        gc.freeze()
    return _LINTERS[key]


def _fix(order: list, reports: dict[int, Report], outcome: LintOutcome) -> dict[int, Report]:
    """Apply safe rewrites in place (files only) and re-lint what changed."""
    from .rewriting import apply_edits, plan_edits

    fixed = 0
    for item, linter in order:
        if item.path is None or item.fmt == "csv":
            if reports[id(item)].findings:
                where = "CSV cells" if item.row is not None or item.fmt == "csv" else "standard input"
                outcome.notes.append(f"{item.name}: not fixed: --fix edits files in place, not {where}")
            continue
        edits = plan_edits(item.text, reports[id(item)], safe_only=True)
        if not edits:
            continue
        for e in edits:
            if not e.replacement:
                line = item.text.count("\n", 0, e.start) + 1
                column = e.start - (item.text.rfind("\n", 0, e.start) + 1) + 1
                outcome.notes.append(f"{item.name}:{line}:{column}: removed a sentence ({e.rule_id}, {e.category.value})")
        new = apply_edits(item.text, edits)
        try:
            item.path.write_text(new, encoding="utf-8")
        except OSError as exc:
            outcome.errors.append(f"{item.path}: cannot write ({exc.strerror})")
            continue
        fixed += len(edits)
        object.__setattr__(item, "text", new)
        reports[id(item)] = linter.lint(new, fmt=item.fmt)
    outcome.notes.append(f"fixed {fixed} {'problem' if fixed == 1 else 'problems'}")
    return reports


def _with_origin(item, report: Report) -> Report:
    """A CSV cell's report knows its file, row and first line (SARIF and GitHub point there)."""
    if item.row is None or item.file is None:
        return report
    return report.model_copy(update={"origin": Origin(path=item.file, line=item.line, row=item.row)})


def run_lint(req: LintRequest) -> LintOutcome:
    from .baseline import read_baseline
    from .inputs import Skipped, iter_sources

    configs = _Configs(req)
    top = configs.linter(None).config  # folder-level include/exclude come from the cwd config
    outcome = LintOutcome()
    groups: dict[int, list] = {}
    order: list = []
    for item in iter_sources(req.paths, fmt=req.input_format, column=req.column,
                             include=req.include or top.include, exclude=req.exclude or top.exclude):
        if isinstance(item, InputError):
            outcome.errors.append(str(item))
            continue
        if isinstance(item, Skipped):
            outcome.notes.append(str(item))
            continue
        linter = configs.linter(item.path or (Path(item.file) if item.file else None))
        if item.stream:
            outcome.streams.append((item, linter))
            continue
        groups.setdefault(id(linter), []).append(item)
        order.append((item, linter))
    reports: dict[int, Report] = {}
    for items in groups.values():
        linter = next(lt for it, lt in order if it is items[0])
        for item, report in zip(items, linter.lint_many([i.text for i in items], fmt=[i.fmt for i in items])):
            reports[id(item)] = report
    if req.fix:
        reports = _fix(order, reports, outcome)
    results = [(item.name, item.text, _with_origin(item, reports[id(item)])) for item, _ in order]

    if req.baseline:
        path = Path(req.baseline)
        known = read_baseline(path) if path.exists() and not req.update_baseline else None
        outcome.baseline = base = Baseline(path, known)
        results = [
            (name, text, r.model_copy(update={"findings": [
                f for f in r.findings if base.keep(name, text[f.sentence_start:f.sentence_end], f)]}))
            for name, text, r in results
        ]
        if not outcome.streams:
            base.close(outcome)

    outcome.results = results
    for (name, text, report), (_item, linter) in zip(results, order):
        threshold = linter.config.fail_on.rank
        if any(f.severity.rank >= threshold for f in report.findings):
            outcome.failing = True
    return outcome
