"""fairfeedback: lint written workplace feedback.

>>> import fairfeedback
>>> report = fairfeedback.lint("You are lazy.")
>>> [f.rule_id for f in report.findings]
['FF101']
"""

from ._version import __version__
from .config import Config
from .errors import ConfigError, FairFeedbackError, InputError, ModelNotFoundError, RuleFileError
from .linter import Linter, lint, rewrite
from .models import Applicability, Category, Finding, Report, Severity, Suggestion, UnusedSuppression
from .rewrite import Edit, RewriteResult

__all__ = [
    "Applicability",
    "Category",
    "Config",
    "Edit",
    "ConfigError",
    "FairFeedbackError",
    "Finding",
    "InputError",
    "Linter",
    "ModelNotFoundError",
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
