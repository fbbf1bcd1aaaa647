"""Linter configuration: which rules run, how severe they are, which model parses.

Read from ``[tool.fairfeedback]`` in ``pyproject.toml`` or from a
``.fairfeedback.toml`` (see :mod:`fairfeedback.settings`), or built in code.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .errors import ConfigError
from .models import Category, Severity

__all__ = ["Config", "select_rules"]


class Config(BaseModel):
    """Settings for a :class:`~fairfeedback.Linter`.

    Selectors (``select``, ``ignore``, ``extend_select``, keys of ``severity``)
    take rule codes (``FF101``), code prefixes (``FF1``), rule names
    (``trait-label``) or category slugs (``shaming``).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    select: list[str] = Field(default_factory=lambda: ["FF"])
    ignore: list[str] = Field(default_factory=list)
    extend_select: list[str] = Field(default_factory=list, alias="extend-select")
    severity: dict[str, Severity] = Field(default_factory=dict, description="per-rule severity override")
    fail_on: Severity = Field(default=Severity.SUGGESTION, alias="fail-on",
                              description="lowest severity that makes the CLI exit 1")
    allow: list[str] = Field(default_factory=list, description="phrases never flagged")
    model: str | None = None
    rule_dirs: list[Path] = Field(default_factory=list, alias="rules-paths")
    include_builtin: bool = Field(default=True, alias="include-builtin")
    include: list[str] = Field(default_factory=list, description="glob patterns of files to lint in folders")
    exclude: list[str] = Field(default_factory=list, description="glob patterns of files to skip")
    max_chars: int = Field(default=5_000_000, gt=0, alias="max-chars")
    scorer: bool = Field(default=True, description="run the learned rules (FFx90, FF291, FF391); false: patterns only")


def _matches(selector: str, rule_id: str, name: str, category: str) -> bool:
    return rule_id.startswith(selector.upper()) or selector == name or selector == category


def _check_known(key: str, selectors: list[str], rules: list[tuple[str, str, str]]) -> None:
    known = {r[0] for r in rules} | {r[1] for r in rules} | {c.value for c in Category}
    for sel in selectors:
        if sel in known:
            continue
        if sel.upper().startswith("FF") and any(r[0].startswith(sel.upper()) for r in rules):
            continue
        raise ConfigError(
            f"'{key}': unknown rule selector '{sel}' (use a code like FF101, a prefix like FF1, a rule name or a category)"
        )


def select_rules(config: Config, rules: list[tuple[str, str, str]]) -> list[str]:
    """The rule ids enabled by ``config`` among ``(id, name, category)`` triples."""
    for key, selectors in (("select", config.select), ("ignore", config.ignore),
                           ("extend-select", config.extend_select), ("severity", list(config.severity))):
        _check_known(key, selectors, rules)
    chosen = [*config.select, *config.extend_select]
    return [
        rid for rid, name, cat in rules
        if any(_matches(s, rid, name, cat) for s in chosen)
        and not any(_matches(s, rid, name, cat) for s in config.ignore)
    ]


def severity_for(config: Config, rule_id: str, name: str, category: str, default: Severity) -> Severity:
    """The configured severity of a rule: the most specific matching selector wins."""
    best: tuple[int, Severity] | None = None
    for sel, sev in config.severity.items():
        if _matches(sel, rule_id, name, category):
            specificity = len(sel) if sel.upper().startswith("FF") else (10 if sel == name else 1)
            if best is None or specificity > best[0]:
                best = (specificity, sev)
    return best[1] if best else default
