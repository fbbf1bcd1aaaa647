"""Sufficient statistics of an audit and the result built from them.

Both engines reduce the linted reviews to the same :class:`GroupTotals` (integer sums per
group); every rate, interval and test is then computed here, once, so the local and the
Spark engine give the same numbers on the same input."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..models import Category
from .models import SCORES, AuditResult, CategoryTest, ColumnAudit, Example, GroupStats, RuleDifference, Share
from .stats import compare_groups, holm, wilson

if TYPE_CHECKING:
    from ..models import Report

CATEGORIES: tuple[str, ...] = tuple(c.value for c in Category)
#: a group column's missing values form this group
MISSING = "(missing)"


def column_name(category: str) -> str:
    """The per-review count column of a category (``ff_character_judgment``)."""
    return "ff_" + category.replace("-", "_")


def count_words(text: str) -> int:
    return len(text.split())


def review_row(report: Report, text: str) -> dict[str, Any]:
    """One linted review reduced to what the audit needs (no text)."""
    row: dict[str, Any] = {"words": count_words(text), "n_findings": len(report.findings)}
    for name in SCORES:
        score = report.summary.scores.get(name)
        row[name] = score.value if score is not None else 100
    counts = report.by_category()
    for cat in CATEGORIES:
        row[column_name(cat)] = counts.get(cat, 0)
    row["findings"] = [
        {"rule_id": f.rule_id, "category": f.category.value, "sentence_start": f.sentence_start,
         "sentence_end": f.sentence_end} for f in report.findings
    ]
    return row


@dataclass
class GroupTotals:
    reviews: int = 0
    words: int = 0
    findings: int = 0
    score_sums: dict[str, int] = field(default_factory=dict)
    category_reviews: dict[str, int] = field(default_factory=dict)
    rule_reviews: dict[str, int] = field(default_factory=dict)


#: column -> group value -> totals
Totals = dict[str, dict[str, GroupTotals]]


@dataclass(frozen=True)
class AuditOptions:
    min_group: int = 30
    alpha: float = 0.05
    permutations: int = 10_000
    seed: int = 0
    top_rules: int = 3


def _share(k: int, n: int) -> Share:
    lo, hi = wilson(k, n)
    return Share(reviews=k, share=k / n, ci_low=lo, ci_high=hi)


def _group_stats(value: str, t: GroupTotals, opts: AuditOptions, rules: list[str]) -> GroupStats:
    if t.reviews < opts.min_group or t.reviews == 0:
        return GroupStats(value=value, reviews=t.reviews, too_small=True)
    return GroupStats(
        value=value, reviews=t.reviews, words=t.words, findings=t.findings,
        findings_per_1000_words=1000 * t.findings / t.words if t.words else 0.0,
        scores={s: t.score_sums.get(s, 0) / t.reviews for s in SCORES},
        categories={c: _share(t.category_reviews.get(c, 0), t.reviews) for c in CATEGORIES},
        rules={r: _share(t.rule_reviews.get(r, 0), t.reviews) for r in rules},
    )


def _column(column: str, groups: dict[str, GroupTotals], opts: AuditOptions,
            rule_names: dict[str, str], rule_categories: dict[str, str]) -> ColumnAudit:
    rules = sorted({r for t in groups.values() for r, k in t.rule_reviews.items() if k})
    stats = [_group_stats(v, groups[v], opts, rules) for v in sorted(groups)]
    tested = [g for g in stats if not g.too_small]
    raw: list[tuple[str, Any]] = []
    for cat in CATEGORIES:
        pos = [groups[g.value].category_reviews.get(cat, 0) for g in tested]
        sizes = [g.reviews for g in tested]
        raw.append((cat, compare_groups(pos, sizes, permutations=opts.permutations, seed=opts.seed)))
    testable = [i for i, (_c, r) in enumerate(raw) if r.p_value is not None]
    adjusted = dict(zip(testable, holm([raw[i][1].p_value for i in testable])))
    tests = []
    for i, (cat, r) in enumerate(raw):
        shares = {g.value: g.categories[cat].share for g in tested if g.categories}
        hi = max(shares, key=lambda v: shares[v]) if shares else None
        lo = min(shares, key=lambda v: shares[v]) if shares else None
        ratio = shares[hi] / shares[lo] if hi is not None and lo is not None and shares[lo] > 0 else None
        p_adj = adjusted.get(i)
        tests.append(CategoryTest(
            category=cat, test=r.test, statistic=r.statistic, dof=r.dof, p_value=r.p_value, p_adjusted=p_adj,
            significant=p_adj is not None and p_adj < opts.alpha, cramers_v=r.cramers_v, risk_ratio=ratio,
            highest_group=hi if r.p_value is not None else None, lowest_group=lo if r.p_value is not None else None,
            top_rules=_top_rules(cat, tested, rule_names, rule_categories, opts.top_rules) if r.p_value is not None else [],
        ))
    tests.sort(key=lambda t: (not t.significant, t.p_adjusted if t.p_adjusted is not None else 2.0,
                              -(t.cramers_v or 0.0), t.category))
    return ColumnAudit(column=column, groups=stats, tested_groups=[g.value for g in tested], tests=tests)


def _top_rules(cat: str, tested: list[GroupStats], names: dict[str, str], cats: dict[str, str],
               limit: int) -> list[RuleDifference]:
    out = []
    for rule in sorted(r for r, c in cats.items() if c == cat):
        shares = {g.value: g.rules[rule].share for g in tested if g.rules and rule in g.rules}
        if len(shares) < 2:
            continue
        hi = max(shares, key=lambda v: shares[v])
        lo = min(shares, key=lambda v: shares[v])
        if shares[hi] > shares[lo]:
            out.append(RuleDifference(rule_id=rule, rule_name=names.get(rule, rule), spread=shares[hi] - shares[lo],
                                      highest_group=hi, lowest_group=lo))
    out.sort(key=lambda d: (-d.spread, d.rule_id))
    return out[:limit]


def build_result(totals: Totals, opts: AuditOptions, *, engine: str, text_column: str, reviews: int,
                 skipped: int, rule_names: dict[str, str], rule_categories: dict[str, str],
                 input_path: str | None = None, examples: list[Example] | None = None) -> AuditResult:
    from .._version import __version__

    columns = [_column(c, g, opts, rule_names, rule_categories) for c, g in totals.items()]
    used = {r for col in columns for g in col.groups for r in (g.rules or {})}
    return AuditResult(
        tool_version=__version__, engine=engine, input=input_path, text_column=text_column, reviews=reviews,
        skipped_missing_text=skipped, min_group=opts.min_group, alpha=opts.alpha, permutations=opts.permutations,
        columns=columns, rule_names={r: rule_names.get(r, r) for r in sorted(used)},
        rule_categories={r: rule_categories[r] for r in sorted(used) if r in rule_categories}, examples=examples,
    )
