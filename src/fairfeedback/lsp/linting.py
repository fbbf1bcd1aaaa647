"""Configuration and linters for the language server.

Each document's configuration is found from its path as ``fairfeedback lint``
finds it (the nearest ``.fairfeedback.toml`` or ``pyproject.toml`` with a
``[tool.fairfeedback]`` table, walking up).  The lookup is done afresh for every
lint and a configuration file is read again whenever its modification time or
size changes, so edits, new files and deleted files apply without a restart.
Linters (and their spaCy models) are kept per distinct configuration.

Everything here runs on the server's single lint thread.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from ..config import Config
from ..errors import ConfigError, FairFeedbackError
from ..linter import Linter
from ..models import Report
from ..rules.loader import RuleSet
from ..settings import CONFIG_NAMES, find_config_file, load_config

__all__ = ["CONFIG_NAMES", "LintService", "Linted"]

log = logging.getLogger("fairfeedback.lsp")

#: at most this many configurations (each with its own loaded model) are kept
MAX_LINTERS = 4


@dataclass(frozen=True)
class Linted:
    """A report, the configuration file it used and a configuration problem, if any."""

    report: Report
    ruleset: RuleSet
    config_file: Path | None
    config_error: str | None = None


class LintService:
    """Finds the configuration of a document and lints it with the matching Linter."""

    def __init__(self, config_path: Path | None = None, isolated: bool = False) -> None:
        self.fixed = config_path
        self.isolated = isolated
        self._configs: dict[Path, tuple[tuple[int, int], Config]] = {}
        self._linters: OrderedDict[str, Linter] = OrderedDict()
        self._lock = threading.Lock()

    def config_file(self, path: Path | None) -> Path | None:
        if self.isolated:
            return None
        if self.fixed is not None:
            return self.fixed
        folder = path.parent if path is not None else Path.cwd()
        # the uncached walk: a config file created since the last lint counts
        return find_config_file.__wrapped__(folder.resolve())

    def config(self, path: Path | None) -> tuple[Path | None, Config]:
        """The configuration for a document at ``path`` (None: unsaved), re-read when its file changed.
        Raises :class:`ConfigError`."""
        file = self.config_file(path)
        if file is None:
            return None, Config()
        try:
            stat = file.stat()
        except OSError:
            raise ConfigError(f"{file}: config file not found") from None
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = self._configs.get(file)
        if cached is None or cached[0] != stamp:
            cached = self._configs[file] = (stamp, load_config(file))
        return file, cached[1]

    def forget(self) -> None:
        """Drop the cached configurations (a watched configuration file changed)."""
        with self._lock:
            self._configs.clear()
            find_config_file.cache_clear()

    def linter(self, config: Config) -> Linter:
        key = config.model_dump_json()
        linter = self._linters.get(key)
        if linter is None:
            if len(self._linters) >= MAX_LINTERS:
                self._linters.popitem(last=False)
            linter = self._linters[key] = Linter(config)
        self._linters.move_to_end(key)
        return linter

    def warm_up(self) -> None:
        """Load the default configuration's model (before the first document arrives)."""
        with self._lock:
            try:
                _ = self.linter(Config()).nlp
            except FairFeedbackError as exc:
                log.error("cannot load the model: %s", exc.__class__.__name__)

    def lint(self, text: str, path: Path | None, fmt: str) -> Linted:
        """Lint ``text``; a broken configuration file falls back to the defaults and is reported."""
        with self._lock:
            error = None
            try:
                file, config = self.config(path)
                linter = self.linter(config)
            except FairFeedbackError as exc:  # a bad config file, selector or rule folder
                file, error = None, str(exc)
                linter = self.linter(Config())
            return Linted(linter.lint(text, fmt=fmt), linter.ruleset, file, error)
