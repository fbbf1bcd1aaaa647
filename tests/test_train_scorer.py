"""How scripts/train_scorer.py chooses the learned rules' thresholds, on small synthetic score tables."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

train_scorer = pytest.importorskip("train_scorer")
from scorer_data import CATEGORIES  # noqa: E402
from scorer_frames import Frame  # noqa: E402

VE = CATEGORIES.index("vague-evaluation")


def table(rows: list[tuple[bool, float, bool, bool]]):
    """(gold vague-evaluation, model probability, a pattern fired, frame holds) per sentence; plus fine rows."""
    n = len(rows)
    Y = np.zeros((n, len(CATEGORIES)), dtype=bool)
    P = np.zeros((n, len(CATEGORIES)))
    R = np.zeros((n, len(CATEGORIES)), dtype=bool)
    mask = np.zeros(n, dtype=bool)
    for i, (gold, p, rule, frame) in enumerate(rows):
        Y[i, VE], P[i, VE], R[i, VE], mask[i] = gold, p, rule, frame
    return Y, P, R, [Frame("FF391", ROOT / "rules" / "vague-evaluation" / "FF391-unspecific-habit.yml", VE, mask)]


def test_a_frame_rule_reaches_below_its_categorys_threshold_only_inside_the_frame():
    rows = [(True, 0.97, False, False)] * 6 + [(False, 0.8, False, False)] * 12  # outside: only 0.97 is safe
    rows += [(True, 0.75, False, True)] * 5 + [(False, 0.5, False, True)] * 5  # inside: 0.75 is good enough
    rows += [(False, 0.0, False, False)] * 40
    Y, P, R, frames = table(rows)
    thr = train_scorer.choose(Y, P, R, fine_budget=1.0, frames=frames)
    assert thr["vague-evaluation"] >= 0.8
    assert 0.5 <= thr["FF391"] < 0.75
    pred = train_scorer.predict(P, R, thr, frames)[:, VE]
    assert pred[:6].all() and not pred[6:18].any() and pred[18:23].all() and not pred[23:].any()


def test_a_frame_rule_whose_additions_are_mostly_wrong_stays_silent():
    rows = [(True, 0.97, False, False)] * 6
    rows += [(True, 0.7, False, True)] * 2 + [(False, 0.72, False, True)] * 6  # inside: additions right 2 of 8
    rows += [(False, 0.0, False, False)] * 40
    Y, P, R, frames = table(rows)
    thr = train_scorer.choose(Y, P, R, fine_budget=1.0, frames=frames)
    pred = train_scorer.predict(P, R, thr, frames)[:, VE]
    assert not pred[6:14].any()


def test_the_fine_budget_raises_the_threshold_that_flags_most_fine_sentences():
    rows = [(True, 0.97, False, False)] * 20 + [(False, 0.8, False, False)] * 10
    rows += [(True, 0.7, False, True)] * 8 + [(False, 0.75, False, True)] * 4  # better F1, but 4 fine flagged
    rows += [(False, 0.0, False, False)] * 36
    Y, P, R, frames = table(rows)
    free = train_scorer.choose(Y, P, R, fine_budget=1.0, frames=frames)
    tight = train_scorer.choose(Y, P, R, fine_budget=0.05, frames=frames)
    fine = ~Y.any(1)
    for thr, most in ((free, 4), (tight, 0.05 * fine.sum())):
        flagged = (train_scorer.predict(P, R, thr, frames).any(1) & fine).sum()
        assert flagged <= most
    assert tight["FF391"] > free["FF391"]
    assert tight["vague-evaluation"] == free["vague-evaluation"]  # its additions flag no fine sentence


def test_patterns_count_as_flags_and_are_never_undone():
    rows = [(True, 0.1, True, False)] * 5 + [(False, 0.1, True, False)] * 2 + [(False, 0.0, False, False)] * 10
    Y, P, R, frames = table(rows)
    thr = train_scorer.choose(Y, P, R, fine_budget=0.0, frames=frames)
    assert train_scorer.predict(P, R, thr, frames)[:7, VE].all()


def test_a_category_and_its_frame_rule_are_chosen_together():
    """Chosen one after the other, the category's threshold would be the F1-best on its own (0.575:
    it takes the frame's sentences and, outside the frame, four wrong ones), leaving the frame rule
    nothing to add; chosen together, the frame rule takes them and the category stays high."""
    rows = [(True, 0.9, False, False)] * 10 + [(True, 0.6, False, True)] * 8 + [(False, 0.6, False, False)] * 4
    rows += [(False, 0.0, False, False)] * 40
    Y, P, R, frames = table(rows)
    thr = train_scorer.choose(Y, P, R, fine_budget=1.0, frames=frames)
    assert thr["FF391"] < 0.6 < thr["vague-evaluation"]
    y = Y[:, VE]
    pred = train_scorer.predict(P, R, thr, frames)[:, VE]
    assert train_scorer.f1(y, pred) == 1.0
