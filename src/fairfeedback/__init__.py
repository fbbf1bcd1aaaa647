"""fairfeedback: lint written workplace feedback.

>>> import fairfeedback
>>> report = fairfeedback.lint("You are lazy.")
>>> [f.rule_id for f in report.findings]
['FF101']
"""

from ._version import __version__
from .config import Config
from .errors import ConfigError, FairFeedbackError, InputError, ModelNotFoundError, RuleFileError
from .linter import Linter, lint
from .models import Applicability, Category, Finding, Report, Severity, Suggestion

__all__ = [
    "Applicability",
    "Category",
    "Config",
    "ConfigError",
    "FairFeedbackError",
    "Finding",
    "InputError",
    "Linter",
    "ModelNotFoundError",
    "Report",
    "RuleFileError",
    "Severity",
    "Suggestion",
    "__version__",
    "lint",
]
