"""Read texts to lint from files, directories, CSV exports and stdin, with clear errors."""

from __future__ import annotations

import csv
import fnmatch
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

__all__ = ["Skipped", "STREAM_BYTES", "Source", "decode", "expand", "iter_blocks", "iter_sources"]

#: File endings linted when a directory is given, and the format each implies.
SUFFIX_FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                  ".html": "html", ".htm": "html", ".csv": "csv"}
#: Largest input accepted, in bytes.
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    name: str
    text: str
    fmt: str = "text"
    path: Path | None = None
    stream: bool = False  #: too large to hold: read it with iter_blocks
    row: int | None = None  #: a CSV cell: its row number in the file (the header is row 1)
    file: str | None = None  #: a CSV cell: the file it is in
    line: int = 1  #: a CSV cell: the 1-based line of the file where the cell starts


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 input; reject binary, invalid, empty and oversized input."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: input is {len(data):,} bytes; the limit is {MAX_BYTES:,}")
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (invalid byte at offset {exc.start})") from None
    if not text.strip():
        raise InputError(f"{name}: input is empty")
    return text


#: Files larger than this are linted as a stream of blocks (bounded memory).
STREAM_BYTES = 8 * 1024 * 1024


def iter_blocks(path: Path, *, block_chars: int = 1_000_000) -> Iterator[str]:
    """Read a UTF-8 file as consecutive text blocks cut at paragraph, line or
    word breaks, about ``block_chars`` long; raise InputError on bad bytes."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    pending = ""
    read = 0
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    with fh:
        while True:
            raw = fh.read(block_chars)
            if b"\x00" in raw:
                raise InputError(f"{path}: looks like a binary file (contains NUL bytes)")
            try:
                pending += decoder.decode(raw, final=not raw)
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}: not valid UTF-8 (invalid byte at offset {read + exc.start})") from None
            if read == 0 and pending.startswith("\ufeff"):
                pending = pending[1:]
            read += len(raw)
            while len(pending) >= block_chars or (not raw and pending):
                if not raw and len(pending) < block_chars:
                    cut = len(pending)
                else:
                    window = pending[:block_chars]
                    cut = max(window.rfind("\n\n"), window.rfind("\n"))
                    if cut < block_chars // 4:
                        cut = window.rfind(" ")
                    cut = cut + 1 if cut >= block_chars // 4 else block_chars
                yield pending[:cut]
                pending = pending[cut:]
            if not raw:
                return


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc.__class__.__name__})") from None


def _match(path: Path, patterns: list[str]) -> bool:
    s = path.as_posix()
    return any(fnmatch.fnmatch(s, p) or fnmatch.fnmatch(path.name, p) for p in patterns)


def expand(paths: list[str], include: list[str] | None = None, exclude: list[str] | None = None) -> list[str]:
    """Expand directories into the files below them (sorted, hidden ones skipped),
    filtered by ``include``/``exclude`` globs; keep '-' and explicit files."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            for f in sorted(path.rglob("*")):
                rel = f.relative_to(path)
                if not f.is_file() or any(part.startswith(".") for part in rel.parts):
                    continue
                if include and not _match(rel, include):
                    continue
                if not include and f.suffix.lower() not in SUFFIX_FORMATS:
                    continue
                if exclude and _match(rel, exclude):
                    continue
                out.append(str(f))
        else:
            out.append(p)
    return out


#: Column names taken as the feedback when no --column is given (compared case-insensitively).
FEEDBACK_COLUMNS = ("feedback", "comments", "comment", "review", "review_text", "text", "notes", "note", "body")


class Skipped(str):
    """An input that was left out on purpose, with the reason (reported as a note, not an error)."""


def _row_start_lines(text: str) -> Iterator[int]:
    """1-based line on which each record of a CSV text starts (the header first)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1
    for _ in reader:
        yield line
        line = reader.line_num + 1


def _csv_rows(text: str, name: str, column: str | None, path: Path | None = None) -> Iterator[Source]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = reader.fieldnames or []
    if not column:
        column = next((f for f in fields if f.strip().lower() in FEEDBACK_COLUMNS), None)
        if column is None:
            raise InputError(f"{name}: CSV input needs --column NAME (the column holding the feedback; "
                             f"none of {', '.join(fields) or 'its columns'} is named like one)")
    if column not in fields:
        raise InputError(f"{name}: no column '{column}' (columns: {', '.join(fields)})")
    position = fields.index(column)
    starts = _row_start_lines(text)
    next(starts, None)  # the header
    for n, row in enumerate(reader, start=2):
        first_line = next(starts, 1)
        cell = row.get(column) or ""
        if cell.strip():
            before = sum((row.get(f) or "").count("\n") for f in fields[:position])
            yield Source(f"{name}:row {n}", cell, "text", row=n, file=name, line=first_line + before)


def iter_sources(
    paths: list[str], *, fmt: str = "auto", column: str | None = None,
    include: list[str] | None = None, exclude: list[str] | None = None,
) -> Iterator[Source | InputError]:
    """Yield a Source per document (a CSV file gives one per row), or the
    InputError an input raised, so one bad file does not stop the others.  A CSV
    file found inside a folder whose feedback column cannot be told is Skipped."""
    named = set(paths)
    for p in expand(paths, include, exclude) if paths else ["-"]:
        try:
            if p == "-":
                name, data, path = "<stdin>", sys.stdin.buffer.read(), None
            else:
                path = Path(p)
                kind = fmt if fmt != "auto" else SUFFIX_FORMATS.get(path.suffix.lower(), "text")
                if kind != "csv" and path.is_file() and path.stat().st_size > STREAM_BYTES:
                    yield Source(p, "", kind, path, stream=True)
                    continue
                name, data = p, _read_bytes(path)
            text = decode(data, name)
            kind = fmt if fmt != "auto" else SUFFIX_FORMATS.get(path.suffix.lower() if path else "", "text")
            if kind == "csv":
                try:
                    yield from _csv_rows(text, name, column, path)
                except InputError as exc:
                    if p in named or column:
                        raise
                    yield Skipped(f"{name}: skipped: {str(exc).split(': ', 1)[1]}")
            else:
                yield Source(name, text, kind, path)
        except InputError as exc:
            yield exc
