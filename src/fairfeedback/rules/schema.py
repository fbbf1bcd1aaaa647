"""The rule-file schema.  One YAML file = one rule; unknown fields are errors.

Pattern kinds the engine knows (a discriminated union on ``kind``):

``phrase``      terms (or a named lexicon) matched with spaCy's PhraseMatcher
``token``       a spaCy Matcher token pattern, validated with spaCy's own schema
``dependency``  a spaCy DependencyMatcher pattern
``check``       a registered Python check, for what patterns cannot express
``classifier``  a sentence classifier shipped as data (``models/<name>.json`` in the pack)
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..models import Applicability, Category, Severity

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
#: Placeholders the engine fills in messages and suggestion templates.
KNOWN_PLACEHOLDERS = frozenset({"match", "subject", "behavior", "sentence", "Subject"})


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class PhrasePattern(_Spec):
    kind: Literal["phrase"]
    terms: list[str] = Field(default_factory=list)
    lexicon: str | None = None
    attr: Literal["LOWER", "LEMMA"] = "LOWER"

    @model_validator(mode="after")
    def _has_terms(self) -> PhrasePattern:
        if not self.terms and not self.lexicon:
            raise ValueError("a phrase pattern needs 'terms' or 'lexicon'")
        if any(not t.strip() for t in self.terms):
            raise ValueError("empty term in 'terms'")
        return self


def _spacy_errors(token_specs: list[dict[str, Any]]) -> None:
    """Raise with spaCy's own messages when ``token_specs`` is not a valid token pattern."""
    from spacy.schemas import validate_token_pattern

    errors = validate_token_pattern(token_specs)
    if errors:
        raise ValueError("; ".join(errors))


class TokenPattern(_Spec):
    kind: Literal["token"]
    pattern: list[dict[str, Any]] = Field(min_length=1)
    #: the match must end its sentence: nothing but a final "." or "!" may follow it (so a
    #: sentence the writer left without its stop is read like one with it)
    at_end: bool = False

    @field_validator("pattern")
    @classmethod
    def _valid_for_spacy(cls, v: list[dict[str, Any]]) -> list[dict[str, Any]]:
        _spacy_errors(v)
        return v


class DependencyPattern(_Spec):
    kind: Literal["dependency"]
    pattern: list[dict[str, Any]] = Field(min_length=1)

    @field_validator("pattern")
    @classmethod
    def _valid_for_spacy(cls, v: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if "RIGHT_ID" not in v[0] or "RIGHT_ATTRS" not in v[0]:
            raise ValueError("the first node needs RIGHT_ID and RIGHT_ATTRS")
        _spacy_errors([node.get("RIGHT_ATTRS", {}) for node in v])
        return v


class CheckPattern(_Spec):
    kind: Literal["check"]
    check: str
    params: dict[str, Any] = Field(default_factory=dict)


class ClassifierPattern(_Spec):
    """Sentences a trained model scores above ``threshold`` for ``label`` (one of
    the model's heads; default its first), see scripts/train_scorer.py.

    It fills in after the patterns: a sentence that already has a finding of the
    rule's category is not flagged again."""

    kind: Literal["classifier"]
    model: str
    label: str | None = None
    threshold: float = Field(gt=0.0, lt=1.0)


class DocumentPattern(_Spec):
    """A whole-review check (FF9xx), registered in fairfeedback.document."""

    kind: Literal["document"]
    check: str


Pattern = Annotated[
    PhrasePattern | TokenPattern | DependencyPattern | CheckPattern | ClassifierPattern | DocumentPattern,
    Field(discriminator="kind"),
]

Keep = Literal["drop", "keep"]


class Context(_Spec):
    """Context filters applied to every match of a rule (see docs/rules.md)."""

    about: Literal["person", "any"] = "any"
    #: hedge: keep, except a universal word ("always", "all the time") under a negation: "not always" is a hedge
    negated: Literal["drop", "keep", "hedge"] = "drop"
    quoted: Keep = "drop"
    reported: Keep = "drop"
    hypothetical: Keep = "drop"
    imperative: Keep = "keep"
    question: Literal["drop", "keep", "rhetorical"] = "rhetorical"
    polarity: Literal["any", "negative"] = "any"
    specifics: Literal["any", "none"] = "any"
    reason: Literal["any", "none"] = "any"
    frame: Literal["any", "request", "statement", "habit"] = "any"
    #: drop: drop a sentence that only predicts or hopes ("she will continue to grow")
    forecast: Keep = "keep"
    #: drop: drop a sentence in which the writer denies a negative trait ("I don't think Sam is lazy")
    denied: Keep = "keep"


def _check_placeholders(text: str) -> str:
    for name in _PLACEHOLDER.findall(text):
        if name not in KNOWN_PLACEHOLDERS:
            raise ValueError(f"unknown placeholder {{{name}}}; known: {sorted(KNOWN_PLACEHOLDERS)}")
    return text


class SuggestionSpec(_Spec):
    title: str
    template: str
    applicability: Applicability | None = None

    _placeholders = field_validator("template")(classmethod(lambda cls, v: _check_placeholders(v)))


class FlagExample(_Spec):
    text: str
    match: str | None = None


class Examples(_Spec):
    flag: list[FlagExample | str] = Field(min_length=3)
    pass_: list[str] = Field(alias="pass", min_length=3)

    def flag_examples(self) -> list[FlagExample]:
        return [e if isinstance(e, FlagExample) else FlagExample(text=e) for e in self.flag]


_CATEGORY_PREFIX = {
    "1": Category.CHARACTER_JUDGMENT,
    "2": Category.VAGUE_TARGET,
    "3": Category.VAGUE_EVALUATION,
    "4": Category.SHAMING,
    "5": Category.ABSOLUTE,
    "6": Category.CODED_LANGUAGE,
    "7": Category.INTENT_ATTRIBUTION,
    "8": Category.SENSITIVE_DISCLOSURE,
}


def sentence_category(rule_id: str) -> Category:
    """The sentence category a rule id's first digit stands for ("FF3xx": vague-evaluation)."""
    return _CATEGORY_PREFIX[rule_id[2]]


_DOCUMENT_CATEGORIES = {Category.MISSING_EXAMPLE, Category.MISSING_NEXT_STEP, Category.UNBALANCED}


class RuleSpec(_Spec):
    id: str = Field(pattern=r"^FF[1-9]\d{2}$")
    name: str = Field(pattern=r"^[a-z]+(-[a-z]+)*$")
    category: Category
    severity: Severity
    summary: str = Field(min_length=1)
    message: str = Field(min_length=1)
    explanation: str = Field(min_length=1)
    patterns: list[Pattern] = Field(min_length=1)
    context: Context = Field(default_factory=Context)
    exceptions: list[str] = Field(default_factory=list)
    suggestions: list[SuggestionSpec] = Field(min_length=1)
    examples: Examples
    references: list[str] = Field(default_factory=list)
    #: reported on every finding of a pattern rule (classifier findings report the model's probability)
    confidence: float = Field(default=0.9, gt=0.0, le=1.0)
    #: a catch-all: its findings are kept only in sentences where no other rule of its category found one
    fills_in: bool = False
    #: what the flagged words say about the person when the category leaves it open: "negative" for a
    #: vague evaluation that is a verdict ("not good enough"), so a shared rewrite keeps it criticism;
    #: unset, the rewrite reads it from the sentence
    polarity: Literal["negative", "positive"] | None = None
    #: a verdict on the person's future (potential, promotion, the next role): the sentence's rewrite
    #: keeps the role it names and asks for the requirement not yet met, instead of a past instance
    forecast: bool = False

    _placeholders = field_validator("message")(classmethod(lambda cls, v: _check_placeholders(v)))

    @field_validator("category")
    @classmethod
    def _category_matches_code(cls, v: Category, info: Any) -> Category:
        rule_id = info.data.get("id")
        digit = rule_id[2] if isinstance(rule_id, str) and len(rule_id) > 2 else None
        expected = _CATEGORY_PREFIX.get(digit) if digit else None
        if expected is not None and expected != v:
            raise ValueError(f"code {rule_id} belongs to category '{expected.value}'")
        if digit == "9" and v not in _DOCUMENT_CATEGORIES:
            raise ValueError(f"FF9xx codes are for document-level categories: {sorted(c.value for c in _DOCUMENT_CATEGORIES)}")
        if digit != "9" and v in _DOCUMENT_CATEGORIES:
            raise ValueError("document-level categories take FF9xx codes")
        return v


class LexiconEntry(_Spec):
    term: str = Field(min_length=1)
    behaviors: list[str] = Field(default_factory=list)
    extra: bool = False
    note: str | None = None


class LexiconSpec(_Spec):
    name: str = Field(pattern=r"^[a-z]+(-[a-z]+)*$")
    description: str
    source: str
    terms: list[LexiconEntry] = Field(min_length=1)

    @field_validator("terms", mode="before")
    @classmethod
    def _plain_strings(cls, v: Any) -> Any:
        if isinstance(v, list):
            return [{"term": t} if isinstance(t, str) else t for t in v]
        return v
