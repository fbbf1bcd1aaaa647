"""The pygls server: document sync, debounced linting on a worker thread, publishing.

Linting runs on one worker thread (spaCy pipelines are not shared between
threads); the message loop only schedules it and publishes results.  A result is
published only if the document still has the version that was linted, so a slow
lint of an old version never overwrites newer diagnostics.  Review text is never
logged: log records name the document URI, its version and counts only.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from .._version import __version__
from ..models import Report
from . import features
from .docs import RuleLinks
from .linting import CONFIG_NAMES, LintService
from .positions import LineIndex

__all__ = ["DEFAULT_LANGUAGES", "FairFeedbackServer", "Published", "make_server"]

log = logging.getLogger("fairfeedback.lsp")

#: editor language id -> how the text is read (fairfeedback.markup formats)
DEFAULT_LANGUAGES = {"plaintext": "text", "text": "text", "markdown": "markdown"}
DEBOUNCE_SECONDS = 0.3


@dataclass(frozen=True)
class Published:
    """The report of one version of a document, as published."""

    version: int | None
    text: str
    fmt: str
    report: Report
    lines: LineIndex


class FairFeedbackServer(LanguageServer):
    def __init__(self, service: LintService, languages: Mapping[str, str] | None = None,
                 debounce: float = DEBOUNCE_SECONDS, docs_url: str | None = None) -> None:
        super().__init__("fairfeedback", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.service = service
        self.languages = dict(languages or DEFAULT_LANGUAGES)
        self.debounce = debounce
        self.links = RuleLinks(docs_url)
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fairfeedback-lint")
        self.tasks: dict[str, asyncio.Task[None]] = {}
        self.results: dict[str, Published] = {}
        self.reported_errors: set[str] = set()

    # -- scheduling ------------------------------------------------------------
    def fmt_of(self, uri: str) -> str | None:
        doc = self.workspace.text_documents.get(uri)
        return self.languages.get(doc.language_id or "") if doc is not None else None

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing any lint scheduled or running for it."""
        if self.fmt_of(uri) is None:
            return
        old = self.tasks.pop(uri, None)
        if old is not None:
            old.cancel()
        self.tasks[uri] = asyncio.get_running_loop().create_task(self._lint(uri, delay))

    def _current(self, uri: str, version: int | None) -> bool:
        doc = self.workspace.text_documents.get(uri)
        return doc is not None and doc.version == version

    async def _lint(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        doc = self.workspace.text_documents.get(uri)
        fmt = self.fmt_of(uri)
        if doc is None or fmt is None:
            return
        version, text = doc.version, doc.source
        path = Path(p) if uri.startswith("file:") and (p := to_fs_path(uri)) else None
        started = time.perf_counter()
        loop = asyncio.get_running_loop()
        try:
            outcome = await loop.run_in_executor(self.executor, self._run, uri, version, text, path, fmt)
        except Exception as exc:  # never the text: the error's type only
            log.error("lint failed for %s (version %s): %s", uri, version, exc.__class__.__name__)
            return
        if outcome is None or not self._current(uri, version):
            log.debug("dropped a stale result for %s (version %s)", uri, version)
            return
        report, links, error = outcome
        if error and error not in self.reported_errors:
            self.reported_errors.add(error)
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error,
                                                             message=f"fairfeedback: {error}; using the defaults"))
        self.links.update(links)
        lines = LineIndex(text, self.encoding)
        self.results[uri] = Published(version, text, fmt, report, lines)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=version, diagnostics=features.diagnostics(report, lines, self.links.href)))
        log.info("%s (version %s): %d findings in %.0f ms", uri, version, len(report.findings),
                 (time.perf_counter() - started) * 1000)

    def _run(self, uri: str, version: int | None, text: str, path: Path | None,
             fmt: str) -> tuple[Report, dict[str, str], str | None] | None:
        """On the lint thread: skip versions already replaced, else lint."""
        if not self._current(uri, version):
            return None
        linted = self.service.lint(text, path, fmt)
        links = self.links.pages(linted.ruleset, linted.report)
        return linted.report, links, linted.config_error

    def forget_configs(self) -> None:
        """A configuration file changed: read configs afresh and lint every open document again."""
        self.executor.submit(self.service.forget)
        self.reported_errors.clear()
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)

    def close(self, uri: str) -> None:
        task = self.tasks.pop(uri, None)
        if task is not None:
            task.cancel()
        self.results.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    # -- current results ---------------------------------------------------------
    @property
    def encoding(self) -> str:
        enc = self.server_capabilities.position_encoding if self.protocol.server_capabilities else None
        return str(getattr(enc, "value", enc) or types.PositionEncodingKind.Utf16.value)

    def linted(self, uri: str) -> Published | None:
        """The published result, if it is for the document's current version."""
        result = self.results.get(uri)
        doc = self.workspace.text_documents.get(uri)
        if result is None or doc is None or doc.version != result.version or doc.source != result.text:
            return None
        return result

    def report_server_error(self, error: Exception, source: Any) -> None:
        # the default shows str(error), which could quote text; name the error's type only
        log.error("server error: %s", error.__class__.__name__)

    def versioned_edits(self) -> bool:
        ws = self.client_capabilities.workspace
        edit = ws.workspace_edit if ws else None
        return bool(edit and edit.document_changes)


def make_server(service: LintService | None = None, **options: Any) -> FairFeedbackServer:
    from .handlers import register

    server = FairFeedbackServer(service or LintService(), **options)
    register(server)
    return server


def is_config_file(uri: str) -> bool:
    return any(uri.endswith("/" + name) for name in CONFIG_NAMES)
