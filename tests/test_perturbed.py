"""scripts/evaluate_perturbed.py: each perturbation keeps the meaning and the labels, or leaves
the sentence out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import evaluate_perturbed as ep  # noqa: E402


@pytest.fixture(scope="module")
def changes(linter):
    return ep.perturbations(linter.nlp)


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("said to 'you'", "He is careless with his invoices.", "You are careless with your invoices."),
    ("said to 'you'", "He never updates the board.", "You never update the board."),
    ("said of 'they'", "She has a bad attitude.", "They have a bad attitude."),
    ("said to 'you'", "They are late.", None),  # no he or she to change
    ("subject left out", "He misses deadlines.", "Misses deadlines."),
    ("subject left out", "The reports are late.", None),
    ("'not' contracted", "He does not care and cannot focus.", "He doesn't care and can't focus."),
    ("'n't' written out", "She isn't ready.", "She is not ready."),
    ("lower case", "ines is late.", None),
    ("list number '1. '", "Ugly.", "1. Ugly."),
])
def test_perturbations(changes, name, text, expected):
    assert changes[name](text) == expected
