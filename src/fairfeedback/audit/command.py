"""``fairfeedback audit``: category rates by group, tests across groups, an HTML and JSON report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

EXIT_OK, EXIT_ERROR = 0, 2


def _fail(message: str) -> NoReturn:
    click.echo(f"fairfeedback: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.command()
@click.argument("path", type=str)
@click.option("--text-column", default="text", show_default=True, help="The column holding the review text.")
@click.option("--group-column", "group_columns", multiple=True, required=True,
              help="A column to group by (gender, level, ...). Repeatable: each is audited on its own.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), default=None, help="Write the HTML report here.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), default=None, help="Write the JSON results here.")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="local: lint_many and pandas; spark: mapInPandas and Spark aggregations.")
@click.option("--min-group", type=click.IntRange(min=1), default=30, show_default=True,
              help="Groups with fewer reviews are reported as too small, never as a rate.")
@click.option("--alpha", type=click.FloatRange(0, 1, min_open=True, max_open=True), default=0.05, show_default=True,
              help="Significance level for the Holm-adjusted p-values.")
@click.option("--permutations", type=click.IntRange(min=99), default=10_000, show_default=True,
              help="Shuffles of the permutation test (used when an expected count is below 5).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the permutation test.")
@click.option("--examples", type=click.IntRange(min=0), default=0, show_default=True,
              help="Include up to N flagged sentences per category (review text!) in the reports.")
@click.option("--input-format", type=click.Choice(["auto", "csv", "jsonl", "parquet"]), default="auto",
              show_default=True, help="How to read PATH (auto: by file ending).")
@click.option("-j", "--jobs", "n_process", type=click.IntRange(min=1), default=1, show_default=True,
              help="Local engine: processes for lint_many.")
@click.option("--master", default="local[2]", show_default=True, help="Spark engine: the master URL.")
def audit(path: str, text_column: str, group_columns: tuple[str, ...], html_path: str | None, json_path: str | None,
          engine: str, min_group: int, alpha: float, permutations: int, seed: int, examples: int,
          input_format: str, n_process: int, master: str) -> None:
    """Audit the reviews in PATH (CSV, JSON Lines or Parquet) for differences between groups.

    Prints a short summary; --html and --json write the full report."""
    from ..errors import FairFeedbackError
    from .totals import AuditOptions

    if not html_path and not json_path:
        click.echo("fairfeedback: note: no --html or --json given; printing the summary only", err=True)
    groups = list(dict.fromkeys(group_columns))
    if text_column in groups:
        _fail(f"--text-column {text_column!r} cannot also be a --group-column")
    options = AuditOptions(min_group=min_group, alpha=alpha, permutations=permutations, seed=seed)
    try:
        if engine == "local":
            from .local import audit_file

            result = audit_file(path, text_column, groups, fmt=input_format, options=options,
                                n_process=n_process, examples=examples)
        else:
            try:
                import pyspark  # noqa: F401
            except ModuleNotFoundError:
                _fail('--engine spark needs PySpark: pip install "fairfeedback[spark]"')
            from .spark_engine import audit_spark

            result = audit_spark(path, text_column, groups, fmt=input_format, master=master, options=options,
                                 examples=examples)
    except FairFeedbackError as exc:
        _fail(str(exc))
    try:
        if json_path:
            Path(json_path).write_text(result.model_dump_json(indent=2) + "\n", encoding="utf-8")
        if html_path:
            from .report import render_html

            Path(html_path).write_text(render_html(result), encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write the report: {exc.strerror or exc}")
    click.echo(summary_text(result))
    sys.exit(EXIT_OK)


def summary_text(result: object) -> str:
    """A few lines for the terminal: per column, the significant differences."""
    from .models import AuditResult

    assert isinstance(result, AuditResult)
    lines = [f"{result.reviews:,} reviews audited ({result.engine} engine)"]
    for col in result.columns:
        small = [g.value for g in col.groups if g.too_small]
        sig = [t for t in col.tests if t.significant]
        lines.append(f"{col.column}: {len(col.tested_groups)} groups compared"
                     + (f", {len(small)} too small ({', '.join(small)})" if small else ""))
        for t in sig:
            lines.append(f"  {t.category}: highest in {t.highest_group}, lowest in {t.lowest_group} "
                         f"(p_adjusted {_p(t.p_adjusted)}, Cramér's V {t.cramers_v:.2f})")
        if not sig:
            lines.append("  no significant difference")
    return "\n".join(lines)


def _p(p: float | None) -> str:
    if p is None:
        return "-"
    return "< 1e-300" if p == 0 else f"{p:.3g}"
