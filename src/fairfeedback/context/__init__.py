"""Context that separates a judgment from a fact: who a match is said of,
negation, quotes, reported speech, hypotheticals, questions, polarity,
request frames and checkable specifics."""

from .analysis import Analysis
from .filters import passes

__all__ = ["Analysis", "passes"]
