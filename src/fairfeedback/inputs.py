"""Read texts to lint from files, directories and stdin, with clear errors."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

__all__ = ["Source", "decode", "iter_sources"]

#: File endings linted when a directory is given.
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".rst")
#: Largest input accepted, in bytes.
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    name: str
    text: str


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


def _read_file(path: Path) -> Source:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    return Source(str(path), decode(data, str(path)))


def expand(paths: list[str]) -> list[str]:
    """Expand directories into the text files below them (sorted); keep '-' and files."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            found = sorted(
                str(f) for f in path.rglob("*")
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES and not any(part.startswith(".") for part in f.parts)
            )
            out.extend(found)
        else:
            out.append(p)
    return out


def iter_sources(paths: list[str]) -> Iterator[Source | InputError]:
    """Yield a Source per input, or the InputError that input raised (so one bad
    file does not stop the others)."""
    for p in expand(paths) if paths else ["-"]:
        try:
            if p == "-":
                yield Source("<stdin>", decode(sys.stdin.buffer.read(), "<stdin>"))
            else:
                yield _read_file(Path(p))
        except InputError as exc:
            yield exc
