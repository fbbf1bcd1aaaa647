"""fairfeedback: lint written workplace feedback.

>>> import fairfeedback
>>> report = fairfeedback.lint("You are lazy.")
>>> [f.rule_id for f in report.findings]
['FF101']
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .config import Config
from .errors import ConfigError, FairFeedbackError, InputError, ModelNotFoundError, RuleFileError
from .models import Applicability, Category, Finding, Origin, Report, Severity, Suggestion, UnusedSuppression

if TYPE_CHECKING:
    from .linter import Linter, lint, rewrite
    from .rewriting import Edit, RewriteResult

# spaCy takes most of a second to import: load it only when linting starts, so
# `fairfeedback --help` and `--version` stay instant.
_LAZY = {"Linter": "linter", "lint": "linter", "rewrite": "linter", "Edit": "rewriting", "RewriteResult": "rewriting"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'fairfeedback' has no attribute {name!r}")


__all__ = [
    "Applicability",
    "Category",
    "Config",
    "ConfigError",
    "Edit",
    "FairFeedbackError",
    "Finding",
    "InputError",
    "Linter",
    "ModelNotFoundError",
    "Origin",
    "Report",
    "RewriteResult",
    "RuleFileError",
    "Severity",
    "Suggestion",
    "UnusedSuppression",
    "__version__",
    "lint",
    "rewrite",
]
