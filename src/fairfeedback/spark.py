"""fairfeedback on Spark: a findings column for a DataFrame, and the audit's aggregations.

    from fairfeedback.spark import with_findings
    linted = with_findings(spark.read.parquet("reviews/"), text_column="text")

:func:`with_findings` runs the linter inside ``mapInPandas``: each Python worker process
loads the spaCy model once (kept in a module global; Spark reuses its workers) and lints
each Arrow batch with ``Linter.lint_many``.  It adds ``ff_words``, ``ff_findings`` (the
number of findings), the four summary scores (``ff_specificity`` ...), one count column per
category (``ff_character_judgment`` ...) and ``ff_rules`` / ``ff_categories`` (an array per
finding, no text).  :func:`spark_totals` reduces that to the audit's sufficient statistics
with Spark aggregations; everything after that is the local engine's code, so both
engines give the same numbers.  Needs ``pip install "fairfeedback[spark]"``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .audit.models import SCORES
from .audit.totals import CATEGORIES, MISSING, GroupTotals, Totals, column_name, review_row

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

    from .config import Config
    from .linter import Linter

__all__ = ["get_session", "spark_totals", "with_findings"]

_LINTERS: dict[str, Linter] = {}


def _linter(config_json: str | None) -> Linter:
    """One Linter (and spaCy model) per worker process and configuration."""
    key = config_json or ""
    if key not in _LINTERS:
        from .config import Config
        from .linter import Linter

        _LINTERS[key] = Linter(Config.model_validate_json(config_json) if config_json else None)
    return _LINTERS[key]


def get_session(master: str = "local[2]", app_name: str = "fairfeedback") -> SparkSession:
    """The active SparkSession, or a new one on ``master`` whose workers run this interpreter."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    return (SparkSession.builder.master(master).appName(app_name)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .config("spark.python.worker.reuse", "true")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate())


def _added_fields() -> list[tuple[str, str]]:
    fields = [("ff_words", "long"), ("ff_findings", "long")]
    fields += [(f"ff_{s}", "long") for s in SCORES]
    fields += [(column_name(c), "long") for c in CATEGORIES]
    fields += [("ff_rules", "array<string>"), ("ff_categories", "array<string>")]
    return fields


def _lint_batches(batches: Iterator[pd.DataFrame], text_column: str, config_json: str | None,
                  batch_size: int) -> Iterator[pd.DataFrame]:
    linter = _linter(config_json)
    for batch in batches:
        texts = ["" if t is None or t != t else str(t) for t in batch[text_column].tolist()]
        rows = [review_row(r, t) for t, r in zip(texts, linter.lint_many(texts, batch_size=batch_size))]
        out = batch.copy()
        out["ff_words"] = [r["words"] for r in rows]
        out["ff_findings"] = [r["n_findings"] for r in rows]
        for s in SCORES:
            out[f"ff_{s}"] = [r[s] for r in rows]
        for c in CATEGORIES:
            out[column_name(c)] = [r[column_name(c)] for r in rows]
        out["ff_rules"] = [[f["rule_id"] for f in r["findings"]] for r in rows]
        out["ff_categories"] = [[f["category"] for f in r["findings"]] for r in rows]
        yield out


def with_findings(df: DataFrame, text_column: str = "text", *, config: Config | None = None,
                  batch_size: int = 64) -> DataFrame:
    """``df`` with the linter's findings and counts added (see the module docstring).

    A missing text is linted as an empty one (no findings); filter such rows first to
    leave them out, as the audit does."""
    from pyspark.sql.types import StructType

    if text_column not in df.columns:
        raise KeyError(f"no column {text_column!r} (columns: {', '.join(df.columns)})")
    added = ", ".join(f"`{n}` {t}" for n, t in _added_fields())
    schema = StructType.fromDDL(added)
    full = StructType(list(df.schema.fields) + list(schema.fields))
    config_json = config.model_dump_json() if config is not None else None

    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        return _lint_batches(batches, text_column, config_json, batch_size)

    return df.mapInPandas(run, schema=full)


def spark_totals(linted: DataFrame, group_columns: list[str]) -> Totals:
    """The audit's per-group sums of a :func:`with_findings` DataFrame, by Spark aggregations:
    one aggregation job for all group columns (rows exploded to one per column) and one for rules."""
    from pyspark.sql import functions as F

    keys = F.explode(F.array(*[
        F.struct(F.lit(col).alias("c"), F.coalesce(F.col(col).cast("string"), F.lit(MISSING)).alias("v"))
        for col in group_columns])).alias("__k")
    counts = ["ff_words", "ff_findings", *(f"ff_{s}" for s in SCORES), *(column_name(c) for c in CATEGORIES)]
    long = linted.select(keys, *counts, "ff_rules").select("__k.c", "__k.v", *counts, "ff_rules")
    aggs = [F.count(F.lit(1)).alias("reviews"), F.sum("ff_words").alias("words"),
            F.sum("ff_findings").alias("findings")]
    aggs += [F.sum(f"ff_{s}").alias(f"s_{s}") for s in SCORES]
    aggs += [F.sum(F.when(F.col(column_name(c)) > 0, 1).otherwise(0)).alias(f"k_{i}") for i, c in enumerate(CATEGORIES)]
    totals: Totals = {col: {} for col in group_columns}
    for row in long.groupBy("c", "v").agg(*aggs).collect():
        totals[row["c"]][row["v"]] = GroupTotals(
            reviews=int(row["reviews"]), words=int(row["words"] or 0), findings=int(row["findings"] or 0),
            score_sums={s: int(row[f"s_{s}"] or 0) for s in SCORES},
            category_reviews={c: int(row[f"k_{i}"] or 0) for i, c in enumerate(CATEGORIES)},
        )
    rules = (long.select("c", "v", F.explode(F.array_distinct("ff_rules")).alias("rule"))
             .groupBy("c", "v", "rule").count().collect())
    for row in rules:
        totals[row["c"]][row["v"]].rule_reviews[row["rule"]] = int(row["count"])
    return totals


def spark_examples(linted: DataFrame, text_column: str, per_category: int,
                   config: Config | None = None) -> list[Any]:
    """Up to ``per_category`` flagged sentences per category (only for ``--examples N``)."""
    from .audit.models import Example
    from .linter import Linter

    wanted: dict[str, list[Example]] = {}
    rows = linted.where("ff_findings > 0").select(text_column).limit(per_category * 50).collect()
    linter = Linter(config)
    texts = [r[text_column] for r in rows]
    for text, report in zip(texts, linter.lint_many(texts)):
        for f in report.findings:
            bucket = wanted.setdefault(f.category.value, [])
            sentence = text[f.sentence_start:f.sentence_end].strip()
            if len(bucket) < per_category and sentence not in {e.sentence for e in bucket}:
                bucket.append(Example(category=f.category.value, rule_id=f.rule_id, sentence=sentence))
    return [e for c in CATEGORIES for e in wanted.get(c, [])]
