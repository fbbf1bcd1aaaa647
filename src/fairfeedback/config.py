"""Linter configuration: which rules run and which model parses."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .errors import ConfigError
from .models import Category

__all__ = ["Config", "select_rules"]


class Config(BaseModel):
    """Settings for a :class:`~fairfeedback.Linter`.

    ``select`` / ``ignore`` take rule codes (``FF101``), code prefixes (``FF1``),
    rule names (``trait-label``) or category slugs (``shaming``).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    select: list[str] = Field(default_factory=lambda: ["FF"])
    ignore: list[str] = Field(default_factory=list)
    model: str | None = None
    rule_dirs: list[Path] = Field(default_factory=list)
    include_builtin: bool = True
    max_chars: int = Field(default=5_000_000, gt=0)


def _matches(selector: str, rule_id: str, name: str, category: str) -> bool:
    return rule_id.startswith(selector.upper()) or selector == name or selector == category


def select_rules(config: Config, rules: list[tuple[str, str, str]]) -> list[str]:
    """The rule ids enabled by ``config`` among ``(id, name, category)`` triples."""
    known = {r[0] for r in rules} | {r[1] for r in rules} | {c.value for c in Category}
    for sel in [*config.select, *config.ignore]:
        if sel not in known and not any(r[0].startswith(sel.upper()) for r in rules if sel.upper().startswith("FF")):
            raise ConfigError(f"unknown rule selector '{sel}' (use a code like FF101, a prefix like FF1, a rule name or a category)")
    return [
        rid for rid, name, cat in rules
        if any(_matches(s, rid, name, cat) for s in config.select)
        and not any(_matches(s, rid, name, cat) for s in config.ignore)
    ]
