"""Request and response models of the HTTP API (``/v1``).

Responses reuse the library's own models (:class:`~fairfeedback.models.Report`,
:class:`~fairfeedback.rewriting.RewriteResult`, ...), so the JSON a client gets
is the JSON ``fairfeedback lint --format json`` documents.  Requests are strict:
unknown fields and wrong types are a 422.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..models import SCHEMA_VERSION, Applicability, Category, Report, Severity
from ..rewriting import RewriteResult

__all__ = [
    "ErrorDetail",
    "ErrorResponse",
    "Health",
    "LintBody",
    "LintResponse",
    "RewriteBody",
    "RewriteResponse",
    "RuleDetail",
    "RuleExample",
    "RuleInfo",
    "RuleList",
    "RuleSuggestion",
]

#: How many texts one ``POST /v1/lint`` may carry (the body limit applies too).
MAX_TEXTS = 1000

_Selectors = Field(default_factory=list, max_length=200,
                   description="rule codes (FF101), prefixes (FF1), rule names or category slugs, as for the CLI")


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleOptions(_Request):
    """The CLI's rule selection options (``--select``, ``--extend-select``, ``--ignore``, ``--scorer``)."""

    select: list[str] = Field(default_factory=list, max_length=200,
                              description="enable only these rules (default: the server's configuration)")
    extend_select: list[str] = _Selectors
    ignore: list[str] = _Selectors
    scorer: bool | None = Field(default=None, description="run the learned rules (FFx90, FF291, FF391); null: the server's setting")
    format: Literal["text", "markdown", "html"] = Field(
        default="text", description="what is not prose (code, URLs, tags) is skipped; offsets refer to the text as sent")


class LintBody(RuleOptions):
    """``POST /v1/lint``: exactly one of ``text`` and ``texts``."""

    text: str | None = Field(default=None, description="one review")
    texts: list[str] | None = Field(default=None, max_length=MAX_TEXTS, description="several reviews, linted as a batch")
    fail_on: Severity | None = Field(default=None, description="lowest severity that makes `failing` true (CLI --fail-on)")
    summary: bool = Field(default=True, description="include each report's summary (counts and scores); false: empty")

    @model_validator(mode="after")
    def _one_of(self) -> LintBody:
        if (self.text is None) == (self.texts is None):
            raise ValueError("give exactly one of 'text' (a string) and 'texts' (a list of strings)")
        return self


class RewriteBody(RuleOptions):
    """``POST /v1/rewrite``: rewrite every flagged sentence (as ``fairfeedback rewrite``)."""

    text: str = Field(description="the review to rewrite")
    safe_only: bool = Field(default=False, description="apply only rewrites that need no input (no [placeholders])")


class LintResponse(BaseModel):
    schema_version: str = Field(default=SCHEMA_VERSION, description="version of the report schema")
    reports: list[Report] = Field(description="one report per text, in order")
    failing: bool = Field(description="some finding is at or above fail_on (the CLI would exit 1)")


class RewriteResponse(RewriteResult):
    """The rewritten text, the edits made and the report of the original text."""


class RuleInfo(BaseModel):
    id: str
    name: str
    category: Category
    severity: Severity
    summary: str


class RuleList(BaseModel):
    rules: list[RuleInfo]


class RuleExample(BaseModel):
    text: str
    match: str | None = Field(default=None, description="the words flagged, when the example names them")


class RuleSuggestion(BaseModel):
    title: str
    template: str
    applicability: Applicability


class RuleDetail(RuleInfo):
    """One rule as ``fairfeedback rule CODE`` shows it."""

    message: str
    explanation: str
    flagged: list[RuleExample]
    not_flagged: list[str]
    suggestions: list[RuleSuggestion]
    references: list[str]
    source: str = Field(description="the rule file, relative to its rules folder")
    markdown: str = Field(description="the rule's documentation page (docs/rules/<name>.md)")


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    version: str
    model: str
    rules: int


class ErrorDetail(BaseModel):
    loc: list[str | int] = Field(description="where in the request body (empty: the body as a whole)")
    msg: str
    type: str


class ErrorResponse(BaseModel):
    """Every error: a status, a one-line message, and for 422 each problem found.
    Never the submitted text."""

    status: int
    error: str
    details: list[ErrorDetail] = Field(default_factory=list)
