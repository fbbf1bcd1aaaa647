"""The audit's results as pydantic models: what ``--json`` writes and the HTML report reads."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

#: Version of the audit JSON (docs/audit.md).
AUDIT_SCHEMA_VERSION = "1"
#: The four per-review summary scores (fairfeedback.document.summary.PENALTIES).
SCORES = ("specificity", "behavior_focus", "actionability", "respect")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Share(_Model):
    """How many of a group's reviews have at least one finding of a category or rule."""

    reviews: int = Field(ge=0, description="reviews with at least one such finding")
    share: float = Field(ge=0, le=1)
    ci_low: float = Field(ge=0, le=1, description="Wilson 95 % interval, lower end")
    ci_high: float = Field(ge=0, le=1, description="Wilson 95 % interval, upper end")


class GroupStats(_Model):
    """One group of one group column.  A group smaller than ``min_group`` carries only its size."""

    value: str
    reviews: int = Field(ge=0)
    too_small: bool = False
    words: int | None = None
    findings: int | None = None
    findings_per_1000_words: float | None = None
    scores: dict[str, float] | None = Field(default=None, description="mean of each summary score (0-100)")
    categories: dict[str, Share] | None = None
    rules: dict[str, Share] | None = Field(default=None, description="only rules found at least once in the column")


class RuleDifference(_Model):
    """A rule behind a category's difference: its share in the highest and lowest group."""

    rule_id: str
    rule_name: str
    spread: float = Field(description="highest minus lowest group share")
    highest_group: str
    lowest_group: str


class CategoryTest(_Model):
    """Does the share of reviews with this category differ across the column's groups?"""

    category: str
    test: str = Field(description="chi-square, permutation (expected count < 5), or none (no finding at all)")
    statistic: float | None = Field(default=None, description="Pearson chi-square of the 2 x k table")
    dof: int | None = None
    p_value: float | None = None
    p_adjusted: float | None = Field(default=None, description="Holm-adjusted over the categories tested in this column")
    significant: bool = False
    cramers_v: float | None = Field(default=None, description="effect size: sqrt(chi2 / N) for a 2 x k table")
    risk_ratio: float | None = Field(default=None, description="highest group share / lowest group share")
    highest_group: str | None = None
    lowest_group: str | None = None
    top_rules: list[RuleDifference] = Field(default_factory=list)


class ColumnAudit(_Model):
    """The audit of one group column."""

    column: str
    groups: list[GroupStats]
    tested_groups: list[str] = Field(description="groups large enough to be compared")
    tests: list[CategoryTest] = Field(description="strongest differences first")


class Example(_Model):
    """A flagged sentence, only with ``--examples N``."""

    category: str
    rule_id: str
    sentence: str


class AuditResult(_Model):
    schema_version: str = AUDIT_SCHEMA_VERSION
    tool_version: str
    engine: str
    input: str | None = None
    text_column: str
    reviews: int = Field(ge=0, description="rows audited")
    skipped_missing_text: int = Field(default=0, ge=0, description="rows without text, left out")
    min_group: int
    alpha: float
    permutations: int
    effect_size: str = "Cramér's V = sqrt(chi2 / N) of the 2 x k table (reviews with / without the category by group); " \
                       "risk_ratio = highest / lowest group share"
    columns: list[ColumnAudit]
    rule_names: dict[str, str] = Field(default_factory=dict)
    rule_categories: dict[str, str] = Field(default_factory=dict)
    examples: list[Example] | None = None
