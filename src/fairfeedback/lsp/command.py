"""``fairfeedback lsp``: run the language server over stdio."""

from __future__ import annotations

import logging
from pathlib import Path

import click
import pygls  # noqa: F401  (missing: `fairfeedback lsp` explains how to install the extra)

__all__ = ["lsp"]

LOG_LEVELS = ["error", "warning", "info", "debug"]


def _languages(values: tuple[str, ...]) -> dict[str, str] | None:
    out: dict[str, str] = {}
    for value in values:
        lang, _, fmt = value.partition("=")
        fmt = fmt or "text"
        if not lang or fmt not in ("text", "markdown", "html"):
            raise click.BadParameter(f"expected LANGUAGE_ID=text|markdown|html, got {value!r}", param_hint="--language")
        out[lang] = fmt
    return out or None


@click.command("lsp")
@click.option("--stdio", is_flag=True, help="Talk over stdin/stdout (the default and only transport).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Config file to use for every document instead of the nearest .fairfeedback.toml / pyproject.toml.")
@click.option("--isolated", is_flag=True, help="Ignore all config files.")
@click.option("--language", "languages", multiple=True, metavar="ID=FORMAT",
              help="Lint documents of this editor language id, read as text, markdown or html. Repeatable "
                   "(default: plaintext=text, text=text, markdown=markdown).")
@click.option("--debounce-ms", type=click.IntRange(0, 10_000), default=300, show_default=True,
              help="Wait this long after the last change before linting.")
@click.option("--docs-url", default=None,
              help="Base URL of the rule pages (<url>/<rule-name>.md); default: local pages.")
@click.option("--log-level", type=click.Choice(LOG_LEVELS), default="warning", show_default=True,
              help="What the server writes to stderr. Review text is never logged at any level.")
def lsp(stdio: bool, config_path: str | None, isolated: bool, languages: tuple[str, ...], debounce_ms: int,
        docs_url: str | None, log_level: str) -> None:
    """Run the language server (Language Server Protocol over stdio) for editors."""
    _quiet_pygls()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("fairfeedback-lsp %(levelname)s: %(message)s"))
    ours = logging.getLogger("fairfeedback.lsp")
    ours.addHandler(handler)
    ours.setLevel(log_level.upper())
    ours.propagate = False

    from .linting import LintService
    from .server import make_server

    service = LintService(Path(config_path) if config_path else None, isolated)
    server = make_server(service, languages=_languages(languages), debounce=debounce_ms / 1000, docs_url=docs_url)
    server.start_io()


def _quiet_pygls() -> None:
    """pygls logs whole messages (document text included) at info and debug level: keep
    its loggers to errors without message bodies, whatever the root logger's level."""
    quiet = logging.getLogger("pygls")
    quiet.setLevel(logging.CRITICAL)
    quiet.propagate = False
    quiet.addHandler(logging.NullHandler())
