"""``fairfeedback audit --engine spark``: read with Spark, lint with ``mapInPandas``, sum with
Spark aggregations; the statistics are the local engine's (:mod:`.totals`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import AuditResult
from .reading import AuditInputError, check_columns, check_file, detect_format
from .totals import AuditOptions, build_result

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

    from ..config import Config


def read_spark(spark: SparkSession, path: str, fmt: str = "auto") -> DataFrame:
    """A DataFrame of ``path`` (CSV with a header, JSON Lines, Parquet); every CSV column a string."""
    check_file(path)
    kind = detect_format(path, fmt)
    try:
        if kind == "csv":
            sep = "\t" if path.lower().endswith(".tsv") else ","
            df = (spark.read.option("header", "true").option("multiLine", "true").option("escape", '"')
                  .option("sep", sep).option("mode", "FAILFAST").csv(path))
        elif kind == "jsonl":
            df = spark.read.option("mode", "FAILFAST").json(path)
        else:
            df = spark.read.parquet(path)
        df.schema  # noqa: B018 -- resolves the schema now, so a bad file fails here
    except Exception as exc:  # Spark's AnalysisException and Py4J errors
        raise AuditInputError(f"{path}: cannot read it as {kind} ({type(exc).__name__})") from None
    if kind == "jsonl" and "_corrupt_record" in df.columns:
        raise AuditInputError(f"{path}: cannot read it as jsonl (a line is not a JSON object)")
    return df


def audit_dataframe(df: DataFrame, text_column: str, group_columns: list[str], *,
                    options: AuditOptions | None = None, config: Config | None = None, examples: int = 0,
                    input_path: str | None = None, batch_size: int = 64) -> AuditResult:
    """Audit a Spark DataFrame of reviews."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from ..linter import Linter
    from ..spark import spark_examples, spark_totals, with_findings
    from .local import rule_maps

    options = options or AuditOptions()
    check_columns(input_path or "input", list(df.columns), [text_column, *group_columns])
    keep = list(dict.fromkeys([*group_columns, text_column]))
    df = df.select(*keep)
    present = df.where(F.col(text_column).isNotNull())
    spark = df.sparkSession
    # Spread the rows evenly: file splits follow Parquet row groups and CSV blocks, so one task can get
    # every row; linting costs far more than this shuffle of the text.
    parallel = spark.sparkContext.defaultParallelism
    present = present.repartition(max(2 * parallel, present.rdd.getNumPartitions()))
    linted = with_findings(present, text_column, config=config, batch_size=batch_size)
    linted = linted.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        reviews = linted.count()
        if reviews == 0:
            raise AuditInputError(f"{input_path or 'input'}: no reviews with text to audit")
        skipped = df.count() - reviews
        totals = spark_totals(linted, group_columns)
        found = spark_examples(linted, text_column, examples, config) if examples else None
    finally:
        linted.unpersist()
    names, cats = rule_maps(Linter(config))
    return build_result(totals, options, engine="spark", text_column=text_column, reviews=reviews, skipped=skipped,
                        rule_names=names, rule_categories=cats, input_path=input_path, examples=found)


def audit_spark(path: str, text_column: str, group_columns: list[str], *, fmt: str = "auto",
                master: str = "local[2]", **kwargs: object) -> AuditResult:
    """Read ``path`` with Spark (a session on ``master`` unless one is active) and audit it."""
    from ..spark import get_session

    check_file(path)
    spark = get_session(master)
    df = read_spark(spark, path, fmt)
    return audit_dataframe(df, text_column, group_columns, input_path=path, **kwargs)  # type: ignore[arg-type]
