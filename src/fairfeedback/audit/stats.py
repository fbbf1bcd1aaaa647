"""The statistics of the audit: Wilson intervals, the chi-square or permutation test of a
2 x k table, Cramér's V and Holm's step-down correction.  Pure numpy / scipy, no pandas."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

#: z for a two-sided 95 % interval
Z95 = 1.959963984540054
#: below this expected count in any cell the chi-square approximation is not trusted (Cochran)
MIN_EXPECTED = 5.0


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a binomial share ``successes / n``."""
    if n <= 0:
        raise ValueError("wilson interval needs n > 0")
    if not 0 <= successes <= n:
        raise ValueError("successes must be between 0 and n")
    p = successes / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return low, high


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm's step-down adjusted p-values, in the order given (monotone, capped at 1)."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted


def chi_square(positives: Sequence[int], sizes: Sequence[int]) -> float:
    """Pearson chi-square of the 2 x k table (positives, sizes - positives) by group."""
    n = sum(sizes)
    total = sum(positives)
    if n == 0 or total in (0, n):
        return 0.0
    stat = 0.0
    for pos, size in zip(positives, sizes):
        for observed, share in ((pos, total / n), (size - pos, (n - total) / n)):
            expected = size * share
            stat += (observed - expected) ** 2 / expected
    return stat


@dataclass(frozen=True)
class GroupTest:
    test: str
    statistic: float | None
    dof: int | None
    p_value: float | None
    cramers_v: float | None


def compare_groups(positives: Sequence[int], sizes: Sequence[int], *, permutations: int = 10_000,
                seed: int = 0) -> GroupTest:
    """Test whether the share ``positives / sizes`` differs across groups.

    Chi-square with k - 1 degrees of freedom when every expected count is at least 5,
    else a Monte Carlo permutation test of the same statistic: group labels are shuffled
    with the margins fixed (a multivariate hypergeometric draw), p = (1 + hits) / (1 + B).
    No finding at all (or a finding in every review) cannot be tested: ``test='none'``."""
    import numpy as np
    from scipy.stats import chi2 as chi2_dist

    k = len(sizes)
    n = sum(sizes)
    total = sum(positives)
    if k < 2 or total == 0 or total == n:
        return GroupTest("none", None, None, None, None)
    stat = chi_square(positives, sizes)
    v = math.sqrt(stat / n)
    small = min(min(s * total / n, s * (n - total) / n) for s in sizes) < MIN_EXPECTED
    if not small:
        return GroupTest("chi-square", stat, k - 1, float(chi2_dist.sf(stat, k - 1)), v)
    rng = np.random.default_rng(seed)
    draws = rng.multivariate_hypergeometric(np.asarray(sizes, dtype=np.int64), total, size=permutations)
    size_arr = np.asarray(sizes, dtype=float)
    exp_pos = size_arr * total / n
    exp_neg = size_arr * (n - total) / n
    stats = (((draws - exp_pos) ** 2) / exp_pos + ((size_arr - draws - exp_neg) ** 2) / exp_neg).sum(axis=1)
    hits = int((stats >= stat - 1e-9).sum())
    return GroupTest("permutation", stat, k - 1, (1 + hits) / (1 + permutations), v)
