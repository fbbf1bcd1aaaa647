"""The protocol features of the server: what each request and notification does."""

from __future__ import annotations

import logging

from lsprotocol import types

from ..models import Finding
from . import features
from .server import DEFAULT_LANGUAGES, FairFeedbackServer, is_config_file

__all__ = ["register"]

log = logging.getLogger("fairfeedback.lsp")
WATCHERS = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in (".fairfeedback.toml", "pyproject.toml")]


def register(server: FairFeedbackServer) -> None:
    @server.feature(types.INITIALIZE)
    def initialize(ls: FairFeedbackServer, params: types.InitializeParams) -> None:
        options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
        languages = options.get("languages")
        if isinstance(languages, dict):
            ls.languages = {str(k): str(v) for k, v in languages.items() if v in ("text", "markdown", "html")}
        elif isinstance(languages, list):  # language ids only: read as plain text unless known
            ls.languages = {str(k): DEFAULT_LANGUAGES.get(str(k), "text") for k in languages}
        if isinstance(options.get("debounce"), (int, float)):
            ls.debounce = max(0.0, float(options["debounce"]))
        if isinstance(options.get("docsUrl"), str):
            ls.links.base_url = options["docsUrl"].rstrip("/") or None

    @server.feature(types.INITIALIZED)
    async def initialized(ls: FairFeedbackServer, params: types.InitializedParams) -> None:
        ls.executor.submit(ls.service.warm_up)  # load the model before the first document arrives
        ws = ls.client_capabilities.workspace
        watch = ws.did_change_watched_files if ws else None
        if watch is not None and watch.dynamic_registration:
            try:
                await ls.client_register_capability_async(types.RegistrationParams(registrations=[
                    types.Registration(id="fairfeedback-config-files", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                       register_options=types.DidChangeWatchedFilesRegistrationOptions(
                                           watchers=WATCHERS))]))
            except Exception as exc:  # the configuration is still re-read when its file's mtime changes
                log.warning("could not watch configuration files: %s", exc.__class__.__name__)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FairFeedbackServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FairFeedbackServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: FairFeedbackServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if is_config_file(uri):
            ls.forget_configs()
        else:
            ls.schedule(uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FairFeedbackServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: FairFeedbackServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(is_config_file(change.uri) for change in params.changes):
            ls.forget_configs()

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: FairFeedbackServer, params: types.HoverParams) -> types.Hover | None:
        linted = ls.linted(params.text_document.uri)
        if linted is None:
            return None
        return features.hover(linted.report, linted.lines, params.position, ls.links.href)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, features.FIX_ALL_KIND], resolve_provider=False))
    def code_action(ls: FairFeedbackServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        linted = ls.linted(uri)
        if linted is None:
            return None
        diags = {(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, str(d.code)): d
                 for d in features.diagnostics(linted.report, linted.lines, ls.links.href)}

        def diagnostic_for(f: Finding) -> types.Diagnostic:
            r = linted.lines.range(f.start, f.end)
            return diags[(r.start.line, r.start.character, r.end.line, r.end.character, f.rule_id)]

        return features.code_actions(
            linted.text, linted.report, linted.lines, params.range, uri, linted.version, linted.fmt,
            only=params.context.only, versioned=ls.versioned_edits(), diagnostics_for=diagnostic_for)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: FairFeedbackServer, params: None) -> None:
        for task in ls.tasks.values():
            task.cancel()
        ls.executor.shutdown(wait=False, cancel_futures=True)
