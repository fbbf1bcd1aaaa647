"""The single-machine engine: ``Linter.lint_many(n_process=...)`` and pandas."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .models import SCORES, AuditResult, Example
from .totals import CATEGORIES, AuditOptions, GroupTotals, Totals, build_result, column_name, review_row

if TYPE_CHECKING:
    import pandas as pd

    from ..linter import Linter


def rule_maps(linter: Linter) -> tuple[dict[str, str], dict[str, str]]:
    """(rule id -> name, rule id -> category) of the linter's rules."""
    rules = linter.ruleset.rules
    return {r.id: r.name for r in rules}, {r.id: r.category.value for r in rules}


def lint_reviews(texts: list[str], linter: Linter, *, n_process: int = 1, batch_size: int = 64,
                 examples: int = 0) -> tuple[pd.DataFrame, list[Example]]:
    """One row per text (words, counts, scores, rule ids found) and up to ``examples`` flagged
    sentences per category (none unless asked)."""
    import pandas as pd

    rows: list[dict[str, Any]] = []
    found: dict[str, list[Example]] = {}
    for text, report in zip(texts, linter.lint_many(texts, n_process=n_process, batch_size=batch_size)):
        row = review_row(report, text)
        findings = row.pop("findings")
        row["rules"] = sorted({f["rule_id"] for f in findings})
        rows.append(row)
        if examples:
            for f in findings:
                bucket = found.setdefault(f["category"], [])
                sentence = text[f["sentence_start"]:f["sentence_end"]].strip()
                if len(bucket) < examples and sentence not in {e.sentence for e in bucket}:
                    bucket.append(Example(category=f["category"], rule_id=f["rule_id"], sentence=sentence))
    columns = ["words", "n_findings", *SCORES, *(column_name(c) for c in CATEGORIES), "rules"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame, [e for cat in CATEGORIES for e in found.get(cat, [])]


def totals_from_rows(groups: pd.DataFrame, rows: pd.DataFrame, group_columns: list[str]) -> Totals:
    """Sum the per-review rows by each group column (``groups`` and ``rows`` aligned by position)."""
    import pandas as pd

    rows = rows.reset_index(drop=True)
    groups = groups.reset_index(drop=True)
    flags = pd.DataFrame({c: (rows[column_name(c)] > 0).astype("int64") for c in CATEGORIES})
    exploded = rows["rules"].explode().dropna()
    totals: Totals = {}
    for col in group_columns:
        key = groups[col]
        sums = rows[["words", "n_findings", *SCORES]].groupby(key).sum()
        cats = flags.groupby(key).sum()
        rule_counts = (pd.DataFrame({"g": key.loc[exploded.index].to_numpy(), "rule": exploded.to_numpy()})
                       .groupby(["g", "rule"]).size())
        out: dict[str, GroupTotals] = {}
        for value, s in sums.iterrows():
            out[str(value)] = GroupTotals(
                reviews=int((key == value).sum()), words=int(s["words"]), findings=int(s["n_findings"]),
                score_sums={name: int(s[name]) for name in SCORES},
                category_reviews={c: int(cats.loc[value, c]) for c in CATEGORIES},
            )
        for (value, rule), n in rule_counts.items():
            out[str(value)].rule_reviews[str(rule)] = int(n)
        totals[col] = out
    return totals


def audit_frame(df: pd.DataFrame, text_column: str, group_columns: list[str], *, linter: Linter | None = None,
                options: AuditOptions | None = None, n_process: int = 1, batch_size: int = 64,
                examples: int = 0, input_path: str | None = None) -> AuditResult:
    """Audit a pandas DataFrame of reviews (any column types; missing groups become ``(missing)``)."""
    from ..linter import Linter
    from .reading import normalize

    linter = linter or Linter()
    options = options or AuditOptions()
    table = normalize(df, text_column, group_columns)
    present = table["__text"].notna()
    kept = table[present].reset_index(drop=True)
    if kept.empty:
        from .reading import AuditInputError

        raise AuditInputError(f"{input_path or 'input'}: no reviews with text to audit")
    rows, found = lint_reviews(kept["__text"].tolist(), linter, n_process=n_process, batch_size=batch_size,
                               examples=examples)
    names, cats = rule_maps(linter)
    totals = totals_from_rows(kept[group_columns], rows, group_columns)
    return build_result(totals, options, engine="local", text_column=text_column, reviews=len(kept),
                        skipped=int((~present).sum()), rule_names=names, rule_categories=cats,
                        input_path=input_path, examples=found if examples else None)


def audit_file(path: str, text_column: str, group_columns: list[str], *, fmt: str = "auto",
               **kwargs: Any) -> AuditResult:
    """Read ``path`` (CSV, JSON Lines, Parquet) and audit it with the local engine."""
    import pandas as pd

    from .reading import read_table

    table = read_table(path, text_column, group_columns, fmt)
    df = pd.DataFrame({**{c: table[c] for c in group_columns}, text_column: table["__text"]})
    return audit_frame(df, text_column, group_columns, input_path=path, **kwargs)
