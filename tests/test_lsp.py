"""``fairfeedback lsp``: the real server, driven over stdio by pytest-lsp's client.

One server runs for the module (the spaCy model loads once); each test opens its
own document.  The server's stderr (at --log-level debug) goes to a file so the
last tests can check that no review text was ever logged.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, LanguageClient as _Client, register_lsp_features
from pytest_lsp.client import default_converter

#: every server test shares the module's event loop (and so its server)
lsp_test = pytest.mark.asyncio(loop_scope="module")

LAZY = "Chris is lazy 😀 and José is always late to the stand-up.\n"
DIVORCE = "Since her divorce her focus has slipped.\n"
#: words of review text that must never reach the server's log
SECRETS = ("lazy", "divorce", "José", "rockstar", "stand-up")


# -- helpers -------------------------------------------------------------------------
def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def offset_of(text: str, pos: types.Position) -> int:
    """Python offset of an LSP (UTF-16) position, computed independently of the server."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: pos.line])
    units = 0
    for i, ch in enumerate(lines[pos.line] if pos.line < len(lines) else ""):
        if units >= pos.character:
            return start + i
        units += utf16(ch)
    assert units == pos.character, "position inside a character"
    return start + len(lines[pos.line]) if pos.line < len(lines) else len(text)


def position_of(text: str, offset: int) -> types.Position:
    line = text.count("\n", 0, offset)
    col = offset - (text.rfind("\n", 0, offset) + 1)
    return types.Position(line=line, character=utf16(text[offset - col: offset]))


def text_in(text: str, rng: types.Range) -> str:
    return text[offset_of(text, rng.start): offset_of(text, rng.end)]


def apply(text: str, edit: types.WorkspaceEdit, uri: str) -> str:
    if edit.document_changes:
        edits = [e for change in edit.document_changes if change.text_document.uri == uri for e in change.edits]
    else:
        edits = list((edit.changes or {})[uri])
    spans = sorted(((offset_of(text, e.range.start), offset_of(text, e.range.end), e.new_text) for e in edits),
                   reverse=True)
    for a, b, new in spans:
        text = text[:a] + new + text[b:]
    return text


def make_client() -> _Client:
    """pytest-lsp's client, also recording every published diagnostics and registration."""
    client = _Client(converter_factory=default_converter)
    client.published = []  # type: ignore[attr-defined]
    client.registrations = []  # type: ignore[attr-defined]

    def publish(c: _Client, params: types.PublishDiagnosticsParams) -> None:
        c.diagnostics[params.uri] = params.diagnostics
        c.published.append(params)  # type: ignore[attr-defined]

    def register_capability(c: _Client, params: types.RegistrationParams) -> None:
        c.registrations.extend(params.registrations)  # type: ignore[attr-defined]

    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = publish
    features[types.CLIENT_REGISTER_CAPABILITY] = register_capability
    register_lsp_features(client, features)
    return client


LOG = Path(tempfile.mkdtemp(prefix="fairfeedback-lsp-test-")) / "server-stderr.log"
SERVER = [
    "sh", "-c",
    f'exec "{sys.executable}" -m fairfeedback.cli lsp --debounce-ms 100 --log-level debug 2>"{LOG}"',
]


@pytest_lsp.fixture(scope="module", config=ClientServerConfig(server_command=SERVER, client_factory=make_client))
async def client(lsp_client: LanguageClient, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("lsp-workspace")
    lsp_client.folder = folder  # type: ignore[attr-defined]
    caps = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf16]),
        workspace=types.WorkspaceClientCapabilities(
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True)),
        text_document=types.TextDocumentClientCapabilities(
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
            code_action=types.CodeActionClientCapabilities()),
    )
    result = await lsp_client.initialize_session(types.InitializeParams(
        capabilities=caps, root_uri=folder.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=folder.as_uri(), name="reviews")]))
    lsp_client.init_result = result  # type: ignore[attr-defined]
    yield
    await lsp_client.shutdown_session()


async def diagnostics_for(client: LanguageClient, uri: str, version: int, timeout: float = 60) -> list[types.Diagnostic]:
    """Wait for the diagnostics of ``uri`` at ``version``."""
    async def wait() -> list[types.Diagnostic]:
        while True:
            for p in reversed(client.published):  # type: ignore[attr-defined]
                if p.uri == uri and p.version == version:
                    return list(p.diagnostics)
            await asyncio.sleep(0.02)
    return await asyncio.wait_for(wait(), timeout)


def open_doc(client: LanguageClient, name: str, text: str, language: str = "plaintext", *, write: bool = True) -> str:
    path = client.folder / name  # type: ignore[attr-defined]
    path.parent.mkdir(parents=True, exist_ok=True)
    if write:
        path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
    return uri


def change(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


def codes(diags: list[types.Diagnostic]) -> list[str]:
    return sorted(str(d.code) for d in diags)


# -- pure helpers of the server ------------------------------------------------------------
def test_line_index_counts_utf16_units() -> None:
    from fairfeedback.lsp.positions import LineIndex

    text = "é👍🏽 x\r\nJosé 😀 lazy\rend"
    lines = LineIndex(text)
    lazy = text.index("lazy")
    pos = lines.position(lazy)
    assert (pos.line, pos.character) == (1, utf16("José 😀 "))
    assert lines.offset(pos) == lazy
    assert lines.position(text.index("end")) == types.Position(line=2, character=0)
    # between \r and \n is still the end of line 0; past the end of a line clamps to it
    assert lines.position(text.index("\n")) == types.Position(line=0, character=utf16("é👍🏽 x"))
    assert lines.offset(types.Position(line=0, character=99)) == text.index("\r")
    utf8 = LineIndex(text, types.PositionEncodingKind.Utf8)
    assert utf8.position(lazy).character == len("José 😀 ".encode())
    assert utf8.offset(utf8.position(lazy)) == lazy
    utf32 = LineIndex(text, types.PositionEncodingKind.Utf32)
    assert utf32.position(lazy).character == len("José 😀 ")


# -- the server over stdio -------------------------------------------------------------------
@lsp_test
async def test_initialize_advertises_features(client: LanguageClient) -> None:
    caps = client.init_result.capabilities  # type: ignore[attr-defined]
    assert caps.hover_provider
    assert caps.code_action_provider
    assert caps.text_document_sync is not None
    assert caps.position_encoding in (None, types.PositionEncodingKind.Utf16)
    assert client.init_result.server_info.name == "fairfeedback"  # type: ignore[attr-defined]


@lsp_test
async def test_open_publishes_exact_diagnostics(client: LanguageClient) -> None:
    text = LAZY + DIVORCE
    uri = open_doc(client, "open.txt", text)
    diags = await diagnostics_for(client, uri, 1)
    assert {"FF101", "FF501", "FF803"} <= set(codes(diags))
    by_code = {str(d.code): d for d in diags}
    # ranges exact in UTF-16 units, after an emoji and an accented letter
    assert text_in(text, by_code["FF101"].range) == "lazy"
    assert text_in(text, by_code["FF501"].range) == "always"
    assert by_code["FF501"].range.start == types.Position(line=0, character=utf16("Chris is lazy 😀 and José is "))
    assert text_in(text, by_code["FF803"].range) == "her divorce"
    lazy = by_code["FF101"]
    assert lazy.source == "fairfeedback"
    assert lazy.severity == types.DiagnosticSeverity.Warning
    assert "lazy" in lazy.message
    # the link points at the rule's page, which exists
    assert lazy.code_description is not None
    href = lazy.code_description.href
    assert href.endswith("/trait-label.md")
    page = Path(href.removeprefix("file://"))
    assert page.is_file() and "trait-label" in page.read_text(encoding="utf-8")


@lsp_test
async def test_hover_shows_explanation_and_suggestion(client: LanguageClient) -> None:
    text = LAZY
    uri = open_doc(client, "hover.txt", text)
    await diagnostics_for(client, uri, 1)
    on_lazy = position_of(text, text.index("lazy") + 2)
    result = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=on_lazy))
    assert result is not None
    value = result.contents.value  # type: ignore[union-attr]
    assert "FF101" in value and "trait-label" in value
    assert "On [date], Chris" in value  # the suggestion
    assert "character" in value.lower()  # the explanation
    assert text_in(text, result.range) == "lazy"  # type: ignore[arg-type]
    nothing = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(text, 1)))
    assert nothing is None or "FF101" not in nothing.contents.value  # type: ignore[union-attr]


@lsp_test
async def test_quick_fix_applies_a_safe_rewrite(client: LanguageClient) -> None:
    text = "Ana 👍🏽 was late to the stand-up on Monday. " + DIVORCE
    uri = open_doc(client, "fix.txt", text)
    diags = await diagnostics_for(client, uri, 1)
    family = next(d for d in diags if d.code == "FF803")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=family.range,
        context=types.CodeActionContext(diagnostics=[family])))
    assert actions
    preferred = [a for a in actions if isinstance(a, types.CodeAction) and a.is_preferred]
    assert len(preferred) == 1 and preferred[0].kind == types.CodeActionKind.QuickFix
    fix = preferred[0]
    assert fix.diagnostics and fix.diagnostics[0].code == "FF803"
    assert fix.edit.document_changes[0].text_document.version == 1  # type: ignore[union-attr]
    fixed = apply(text, fix.edit, uri)  # type: ignore[arg-type]
    assert fixed == "Ana 👍🏽 was late to the stand-up on Monday. \n"
    change(client, uri, 2, fixed)
    after = await diagnostics_for(client, uri, 2)
    assert "FF803" not in codes(after) and "FF303" not in codes(after)


@lsp_test
async def test_fix_all_and_suppression_actions(client: LanguageClient) -> None:
    text = "# Notes\n\n" + DIVORCE + "\nHer work slipped after her cancer diagnosis.\n"
    uri = open_doc(client, "all.md", text, "markdown")
    diags = await diagnostics_for(client, uri, 1)
    assert {"FF801", "FF803"} <= set(codes(diags))
    whole = types.Range(start=types.Position(line=0, character=0), end=position_of(text, len(text)))
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=whole,
        context=types.CodeActionContext(diagnostics=[])))
    fix_all = [a for a in actions or [] if a.title.startswith("Apply all safe")]
    assert len(fix_all) == 1
    fixed_all = apply(text, fix_all[0].edit, uri)  # type: ignore[arg-type]
    assert fixed_all.startswith("# Notes\n") and "divorce" not in fixed_all and "cancer" not in fixed_all
    # asked for source.fixAll only (as editors do on save), only that action comes back
    only = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=whole,
        context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll])))
    assert [a.kind for a in only or []] == ["source.fixAll.fairfeedback"]
    # suppress FF801 on its line: a hidden HTML comment in Markdown, and the finding goes away
    health = next(d for d in diags if d.code == "FF801")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=health.range,
        context=types.CodeActionContext(diagnostics=[health])))
    ignore = next(a for a in actions or [] if a.title.startswith("Ignore FF801"))
    suppressed = apply(text, ignore.edit, uri)  # type: ignore[arg-type]
    assert "diagnosis. <!-- fairfeedback: ignore FF801 -->\n" in suppressed
    change(client, uri, 2, suppressed)
    after = await diagnostics_for(client, uri, 2)
    assert "FF801" not in codes(after) and "FF803" in codes(after)


@lsp_test
async def test_incremental_change_after_emoji(client: LanguageClient) -> None:
    text = "Ana 😀 was late.\n"
    uri = open_doc(client, "incremental.txt", text)
    assert await diagnostics_for(client, uri, 1) == []
    at = position_of(text, text.index("was"))
    assert at.character == 7  # "Ana " + a surrogate pair + " "
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=at, end=at), text="is lazy and ")]))
    new = "Ana 😀 is lazy and was late.\n"
    diags = await diagnostics_for(client, uri, 2)
    lazy = next(d for d in diags if d.code == "FF101")
    assert text_in(new, lazy.range) == "lazy"


@lsp_test
async def test_change_updates_diagnostics_and_never_publishes_stale_versions(client: LanguageClient) -> None:
    warm = open_doc(client, "warm.txt", "You are lazy.\n")
    await diagnostics_for(client, warm, 1)  # the model is loaded and the lint thread idle
    long_text = (LAZY + DIVORCE) * 300  # about 30 KB: its lint is still running when v2..v4 arrive
    uri = open_doc(client, "stale.txt", long_text)
    await asyncio.sleep(0.2)  # the lint of version 1 is now running on the server's lint thread
    change(client, uri, 2, "Chris is a rockstar.\n")
    change(client, uri, 3, "Ana was late to the stand-up on Monday.\n")
    change(client, uri, 4, "You are lazy.\n")
    final = await diagnostics_for(client, uri, 4)
    assert codes(final) == ["FF101"] or "FF101" in codes(final)
    await asyncio.sleep(0.5)
    versions = [p.version for p in client.published if p.uri == uri]  # type: ignore[attr-defined]
    assert versions == [4], versions  # v1 (slow) and the debounced v2, v3 were never published


@lsp_test
async def test_a_100_kb_document_does_not_block_requests(client: LanguageClient) -> None:
    small_text = "You are lazy.\n"
    small = open_doc(client, "small.txt", small_text)
    await diagnostics_for(client, small, 1)
    big_text = (LAZY + DIVORCE + "Ana shipped the audit on 3 May.\n") * 780
    assert len(big_text.encode()) > 100_000
    big = open_doc(client, "big.txt", big_text)
    await asyncio.sleep(0.3)  # the big document is being linted
    loop = asyncio.get_running_loop()
    started = loop.time()
    result = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=small), position=position_of(small_text, 9)))
    waited = loop.time() - started
    assert result is not None and "FF101" in result.contents.value  # type: ignore[union-attr]
    assert waited < 1.5, f"hover waited {waited:.2f}s behind the lint"
    assert big not in client.diagnostics  # the answer came while the big document was still being linted
    diags = await diagnostics_for(client, big, 1, timeout=300)
    assert sum(d.code == "FF101" for d in diags) == 780


@lsp_test
async def test_config_file_changes_apply_without_restart(client: LanguageClient) -> None:
    assert any(r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
               for r in client.registrations)  # type: ignore[attr-defined]
    team = client.folder / "team"  # type: ignore[attr-defined]
    team.mkdir()
    config = team / ".fairfeedback.toml"
    config.write_text('ignore = ["FF101", "FF9"]\n', encoding="utf-8")
    text = "You are lazy and always late.\n"
    uri = open_doc(client, "team/review.txt", text)
    assert codes(await diagnostics_for(client, uri, 1)) == ["FF501"]
    # the editor reports the changed file: diagnostics are re-published for the same version
    config.write_text('ignore = ["FF5", "FF9"]\n', encoding="utf-8")
    n = len(client.published)  # type: ignore[attr-defined]
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]))

    async def republished() -> list[types.Diagnostic]:
        while True:
            new = [p for p in client.published[n:] if p.uri == uri]  # type: ignore[attr-defined]
            if new:
                return list(new[-1].diagnostics)
            await asyncio.sleep(0.02)
    assert codes(await asyncio.wait_for(republished(), 30)) == ["FF101"]
    # without a notification, the next lint still sees the file's new contents (mtime and size)
    config.write_text('select = ["FF5"]\n', encoding="utf-8")
    change(client, uri, 2, text + "\n")
    assert codes(await diagnostics_for(client, uri, 2)) == ["FF501"]


@lsp_test
async def test_other_languages_are_left_alone(client: LanguageClient) -> None:
    uri = open_doc(client, "code.py", "lazy = True  # you are lazy\n", "python")
    await asyncio.sleep(0.5)
    assert uri not in client.diagnostics


@lsp_test
async def test_close_clears_diagnostics(client: LanguageClient) -> None:
    uri = open_doc(client, "close.txt", "You are lazy.\n")
    assert codes(await diagnostics_for(client, uri, 1)) == ["FF101"]
    client.text_document_did_close(types.DidCloseTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    for _ in range(100):
        if list(client.diagnostics.get(uri, [None])) == []:
            break
        await asyncio.sleep(0.02)
    assert list(client.diagnostics[uri]) == []


@lsp_test
async def test_server_log_holds_no_review_text(client: LanguageClient) -> None:
    log = LOG.read_text(encoding="utf-8")
    assert "findings in" in log  # the debug log is written ...
    for word in SECRETS:  # ... and never holds the text
        assert word not in log, word


@lsp_test
async def test_shutdown_exits_cleanly(client: LanguageClient) -> None:
    await client.shutdown_session()
    server = client._server  # type: ignore[attr-defined]
    assert server is not None and server.returncode == 0
    client.capabilities = None  # the fixture's own shutdown is then a no-op
    LOG.unlink(missing_ok=True)
    LOG.parent.rmdir()
