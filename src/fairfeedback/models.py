"""Typed results: findings, suggestions and reports (the library's wire schema)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Applicability",
    "Category",
    "Finding",
    "Origin",
    "Report",
    "Score",
    "Severity",
    "Suggestion",
    "Summary",
    "UnusedSuppression",
]

#: Version of the JSON output schema (see docs/output-formats.md).
SCHEMA_VERSION = "1"


class Category(StrEnum):
    """The categories (docs/categories.md); values are the slugs."""

    CHARACTER_JUDGMENT = "character-judgment"
    VAGUE_TARGET = "vague-target"
    VAGUE_EVALUATION = "vague-evaluation"
    SHAMING = "shaming"
    ABSOLUTE = "absolute"
    CODED_LANGUAGE = "coded-language"
    INTENT_ATTRIBUTION = "intent-attribution"
    SENSITIVE_DISCLOSURE = "sensitive-disclosure"
    MISSING_EXAMPLE = "missing-example"
    MISSING_NEXT_STEP = "missing-next-step"
    UNBALANCED = "unbalanced"


class Severity(StrEnum):
    SUGGESTION = "suggestion"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"suggestion": 0, "warning": 1, "error": 2}[self.value]


class Applicability(StrEnum):
    """How a suggestion may be used (after ruff's fix applicability)."""

    SAFE = "safe"  #: can replace the flagged text as is
    NEEDS_INPUT = "needs-input"  #: contains [placeholders] only the writer can fill
    DISPLAY_ONLY = "display-only"  #: advice, not replacement text


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Suggestion(_Model):
    """A better version.  When ``start``/``end`` are set, ``text`` replaces
    ``original[start:end]`` (usually the whole flagged sentence); an empty
    ``text`` means "remove it"."""

    title: str
    text: str
    applicability: Applicability = Applicability.DISPLAY_ONLY
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)


class Finding(_Model):
    rule_id: str
    rule_name: str
    category: Category
    severity: Severity
    start: int = Field(ge=0, description="0-based character offset; text[start:end] is the match")
    end: int = Field(ge=0)
    line: int = Field(ge=1, description="1-based line of start")
    column: int = Field(ge=1, description="1-based column of start")
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1, description="1-based column just past the match")
    match: str
    message: str
    explanation: str
    suggestions: list[Suggestion] = Field(default_factory=list)
    sentence_start: int = Field(ge=0)
    sentence_end: int = Field(ge=0)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0,
                              description="how sure the engine is: a learned rule's probability, a pattern rule's fixed value")


class UnusedSuppression(_Model):
    """An inline suppression marker that suppressed nothing."""

    line: int = Field(ge=1)
    column: int = Field(ge=1)
    directive: str


class Score(_Model):
    """A 0-100 score and the findings that moved it."""

    value: int = Field(ge=0, le=100)
    reasons: list[str] = Field(default_factory=list)


class Summary(_Model):
    """Counts by category and a transparent quality breakdown (docs/summary.md)."""

    counts: dict[str, int] = Field(default_factory=dict)
    scores: dict[str, Score] = Field(default_factory=dict)


class Origin(_Model):
    """Where a document sits inside a larger file: a CSV cell."""

    path: str = Field(description="the file")
    line: int = Field(ge=1, description="1-based line of the file where the document starts")
    row: int = Field(ge=1, description="CSV row (the header is row 1)")


class Report(_Model):
    """The result of linting one text."""

    findings: list[Finding] = Field(default_factory=list)
    source: str | None = None
    suppressed: int = Field(default=0, ge=0, description="findings dropped by inline suppressions")
    unused_suppressions: list[UnusedSuppression] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
    notes: list[str] = Field(default_factory=list, description="what was not fully checked, and why")
    origin: Origin | None = Field(default=None, description="set when the text is a cell of a CSV file")

    @property
    def ok(self) -> bool:
        return not self.findings

    def by_category(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for f in self.findings:
            counts[f.category.value] = counts.get(f.category.value, 0) + 1
        return counts
