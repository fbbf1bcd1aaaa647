"""Synthetic reviews with planted group differences, for tests, benchmarks and demos.

Every review is built from templates: a concrete strength (acknowledgment with a date or a
count), a checkable instance, zero or more *planted* problem sentences, one per category drawn for the review, and
a concrete next step.  A category is planted with probability ``base_rate * multiplier`` of
the review's group, so group B can get character judgments three times as often as group A.
Null columns (``level``, ``site``) are assigned independently of everything: a null split.
No real person is described; names are not used at all (the reviews speak to "you")."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from ..linter import Linter

#: planted sentences per category; each is flagged by the built-in rules with exactly its category
PLANTED: dict[str, tuple[str, ...]] = {
    "character-judgment": ("You are lazy.", "You are careless.", "You are arrogant.", "You are incompetent.",
                           "You have a bad attitude.", "You are unreliable."),
    "vague-target": ("Improve your communication.", "You need to step up.", "Take more ownership.",
                     "Be more proactive."),
    "vague-evaluation": ("Poor performance this year.", "Good work overall.", "A solid performer."),
    "absolute": ("You never meet deadlines.", "You are constantly late to meetings.", "You always miss the standup."),
    "coded-language": ("You are abrasive.", "You are too emotional.", "You are bossy."),
    "intent-attribution": ("You don't care about the team.", "You do not care about quality."),
    "shaming": ("What were you thinking?", "Even an intern could do this."),
}
STRENGTHS = (
    "On {day} {month} you shipped the {thing} {n} days early.",
    "You closed {k} of {m} support tickets in {month} within the agreed four hours.",
    "Thank you for mentoring the two new hires in {month}; both finished onboarding in {n} weeks.",
    "You resolved {k} incidents in {month}, each within the {n} hour target.",
)
NEXT_STEPS = (
    "Please send a written status update every Friday by 5pm starting next week.",
    "Next quarter, pair with Lee on two code reviews a week to learn the payment service.",
    "Let's review the {thing} together at our check-in on {day} {month}.",
)
#: a checkable instance (date, count, artifact) so the whole-review checks find an example
INSTANCES = (
    "On {day} {month} the {thing} was {n} days late.",
    "The {thing} due on {day} {month} arrived {n} days later.",
)
THINGS = ("billing export", "release notes", "migration plan", "onboarding guide", "test report")
MONTHS = ("March", "April", "May", "June", "September", "October")


@dataclass
class SyntheticSpec:
    n: int = 600
    #: group column -> value -> weight; the first column carries the planted differences
    group_column: str = "group"
    groups: dict[str, float] = field(default_factory=lambda: {"A": 1.0, "B": 1.0})
    base_rates: dict[str, float] = field(default_factory=lambda: {c: 0.08 for c in PLANTED})
    #: group value -> category -> multiplier of the base rate
    multipliers: dict[str, dict[str, float]] = field(default_factory=lambda: {"B": {"character-judgment": 3.0}})
    #: columns assigned at random, independent of the text: no difference can be real
    null_columns: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {"level": ("L1", "L2", "L3"), "site": ("north", "south")})
    seed: int = 0


def _fill(template: str, rng: random.Random) -> str:
    k = rng.randint(3, 12)
    return template.format(day=rng.randint(2, 27), month=rng.choice(MONTHS), n=rng.randint(2, 5), k=k,
                           m=k + rng.randint(2, 9), thing=rng.choice(THINGS))


def generate(spec: SyntheticSpec | None = None) -> pd.DataFrame:
    """Columns: ``review_id``, ``text``, the group column, the null columns, and ``planted``
    (the planted categories, ``;``-separated: the ground truth)."""
    import pandas as pd

    spec = spec or SyntheticSpec()
    rng = random.Random(spec.seed)
    values, weights = list(spec.groups), list(spec.groups.values())
    rows = []
    for i in range(spec.n):
        group = rng.choices(values, weights)[0]
        planted = [c for c, rate in spec.base_rates.items()
                   if rng.random() < min(1.0, rate * spec.multipliers.get(group, {}).get(c, 1.0))]
        sentences = [_fill(rng.choice(STRENGTHS), rng)]
        sentences.append(_fill(rng.choice(INSTANCES), rng))
        sentences += [rng.choice(PLANTED[c]) for c in planted]
        sentences.append(_fill(rng.choice(NEXT_STEPS), rng))
        row = {"review_id": i, "text": " ".join(sentences), spec.group_column: group}
        for col, choices in spec.null_columns.items():
            row[col] = rng.choice(choices)
        row["planted"] = ";".join(planted)
        rows.append(row)
    return pd.DataFrame(rows)


def null_spec(n: int = 600, seed: int = 0) -> SyntheticSpec:
    """No planted difference: every group has the same rates."""
    return SyntheticSpec(n=n, multipliers={}, seed=seed)


def verify(df: pd.DataFrame, linter: Linter, *, n_process: int = 1) -> list[str]:
    """Reviews whose findings are not exactly their planted categories (empty: all as planted).
    Messages give the row and the categories, never the text."""
    problems = []
    texts = df["text"].tolist()
    for i, (planted, report) in enumerate(zip(df["planted"].tolist(), linter.lint_many(texts, n_process=n_process))):
        want = set(filter(None, planted.split(";")))
        got = set(report.by_category())
        if want != got:
            problems.append(f"row {i}: planted {sorted(want)}, found {sorted(got)}")
    return problems
