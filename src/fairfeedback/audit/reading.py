"""Reading the reviews to audit: CSV, JSON Lines or Parquet, into pandas (local engine)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("csv", "jsonl", "parquet")
_SUFFIXES = {".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
             ".parquet": "parquet", ".pq": "parquet"}


class AuditInputError(InputError):
    """The file to audit cannot be read or lacks a column; the message never quotes review text."""


def detect_format(path: str, given: str = "auto") -> str:
    if given != "auto":
        return given
    fmt = _SUFFIXES.get(Path(path).suffix.lower())
    if fmt is None:
        raise AuditInputError(f"{path}: cannot tell the format from the file name; "
                              f"use --input-format ({', '.join(FORMATS)})")
    return fmt


def check_file(path: str) -> None:
    """A local file that exists and is not empty (a URL such as ``s3a://...`` is left to Spark)."""
    if "://" in path:
        return
    p = Path(path)
    if not p.exists():
        raise AuditInputError(f"{path}: no such file")
    if p.is_dir() and not any(p.glob("*.parquet")):
        raise AuditInputError(f"{path}: is a folder without Parquet files")
    if p.is_file() and p.stat().st_size == 0:
        raise AuditInputError(f"{path}: the file is empty")


def check_columns(path: str, present: list[str], needed: list[str]) -> None:
    missing = [c for c in needed if c not in present]
    if missing:
        shown = ", ".join(present[:20]) or "none"
        raise AuditInputError(f"{path}: no column {', '.join(repr(c) for c in missing)} (columns: {shown})")


def read_table(path: str, text_column: str, group_columns: list[str], fmt: str = "auto") -> pd.DataFrame:
    """The text column (as str, missing as None) and the group columns (as str) of ``path``."""
    import pandas as pd

    check_file(path)
    kind = detect_format(path, fmt)
    needed = [text_column, *[c for c in group_columns if c != text_column]]
    try:
        if kind == "csv":
            sep = "\t" if path.lower().endswith(".tsv") else ","
            header = pd.read_csv(path, sep=sep, nrows=0, encoding="utf-8-sig")
            check_columns(path, [str(c) for c in header.columns], needed)
            df = pd.read_csv(path, sep=sep, usecols=needed, dtype=str, keep_default_na=False,
                             na_values=[""], encoding="utf-8-sig")
        elif kind == "jsonl":
            df = pd.read_json(path, lines=True, dtype=False, encoding="utf-8")
            check_columns(path, [str(c) for c in df.columns], needed)
            df = df[needed]
        else:
            import pyarrow.parquet as pq

            names = pq.read_schema(path).names if Path(path).is_file() else pq.ParquetDataset(path).schema.names
            check_columns(path, list(names), needed)
            df = pd.read_parquet(path, columns=needed)
    except AuditInputError:
        raise
    except pd.errors.EmptyDataError:
        raise AuditInputError(f"{path}: the file has no rows or header") from None
    except UnicodeDecodeError:
        raise AuditInputError(f"{path}: not UTF-8 text") from None
    except (ValueError, OSError, pd.errors.ParserError) as exc:
        reason = type(exc).__name__
        raise AuditInputError(f"{path}: cannot read it as {kind} ({reason})") from None
    except Exception as exc:  # pyarrow's errors and other readers' own
        raise AuditInputError(f"{path}: cannot read it as {kind} ({type(exc).__name__})") from None
    return normalize(df, text_column, group_columns)


def normalize(df: pd.DataFrame, text_column: str, group_columns: list[str]) -> pd.DataFrame:
    """Group columns as strings with missing values as ``(missing)``; text as str or None."""
    import pandas as pd

    from .totals import MISSING

    out = pd.DataFrame(index=range(len(df)))
    for col in group_columns:
        values = df[col].tolist()
        out[col] = [MISSING if _missing(v) else _as_str(v) for v in values]
    out["__text"] = [None if _missing(v) else str(v) for v in df[text_column].tolist()]
    return out


def _missing(v: object) -> bool:
    import pandas as pd

    return v is None or (pd.api.types.is_scalar(v) and bool(pd.isna(v)))


def _as_str(v: object) -> str:
    return str(v)
