"""The one exception hierarchy of fairfeedback.

    FairFeedbackError
    ├── ModelNotFoundError   the spaCy pipeline cannot be loaded
    ├── RuleFileError        a rule pack or lexicon file is malformed
    ├── ConfigError          a configuration value is unknown or invalid
    └── InputError           the text to lint cannot be read (binary, not UTF-8, ...)

Every error carries a one-line, human-readable message; the CLI prints it and
exits with status 2.  Messages never quote review text.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ConfigError",
    "FairFeedbackError",
    "InputError",
    "ModelNotFoundError",
    "RuleFileError",
]


class FairFeedbackError(Exception):
    """Base class of every error raised by fairfeedback."""


class ModelNotFoundError(FairFeedbackError):
    """The configured spaCy pipeline is not installed."""


class ConfigError(FairFeedbackError):
    """A configuration value is unknown or invalid."""


class InputError(FairFeedbackError):
    """Input that cannot be linted: missing, binary, not UTF-8 or too large."""


class RuleFileError(FairFeedbackError):
    """A rule or lexicon file is malformed.

    ``path``, ``line`` and ``field`` say where; ``rule`` names the rule id when known.
    """

    def __init__(
        self,
        path: str | Path,
        message: str,
        *,
        line: int | None = None,
        field: str | None = None,
        rule: str | None = None,
    ) -> None:
        self.path = str(path)
        self.line = line
        self.field = field
        self.rule = rule
        self.detail = message
        where = self.path + (f":{line}" if line else "")
        parts = [where]
        if rule:
            parts.append(f"rule {rule}")
        if field:
            parts.append(f"field '{field}'")
        super().__init__(": ".join(parts) + ": " + message)
