"""Find and read configuration files: ``.fairfeedback.toml`` or ``[tool.fairfeedback]``
in ``pyproject.toml``, found by walking up from each linted file."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .config import Config
from .errors import ConfigError

__all__ = ["find_config_file", "load_config"]

CONFIG_NAMES = (".fairfeedback.toml", "pyproject.toml")


def _table(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc.__class__.__name__})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    table = data.get("tool", {}).get("fairfeedback") if isinstance(data.get("tool"), dict) else None
    if path.name == "pyproject.toml":
        return table
    # .fairfeedback.toml (or any --config file) holds the keys at its top level, or a [tool.fairfeedback] table
    return table if table is not None and set(data) == {"tool"} else data


@lru_cache(maxsize=256)
def find_config_file(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a folder)."""
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and _table(candidate) is not None:
                return candidate
    return None


def load_config(path: Path, **overrides: Any) -> Config:
    """Read ``path`` into a :class:`Config`; ``overrides`` (from CLI flags) win.

    Unknown keys and bad values are a :class:`ConfigError` naming the file and key.
    """
    table = dict(_table(path) or {})
    if "rules-paths" in table and isinstance(table["rules-paths"], list):
        table["rules-paths"] = [str((path.parent / p).resolve()) for p in table["rules-paths"]]
    table.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Config.model_validate(table)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "?"
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        raise ConfigError(f"{path}: [tool.fairfeedback] '{key}': {msg}") from None
