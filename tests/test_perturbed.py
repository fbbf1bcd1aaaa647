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
    ("he and she swapped", "She told him her plan; Mr. Li thanked her.", "He told her his plan; Ms. Li thanked him."),
    ("he and she swapped", "The team met.", None),
    ("subject left out", "The reports are late.", None),
    ("'not' contracted", "He does not care and cannot focus.", "He doesn't care and can't focus."),
    ("'n't' written out", "She isn't ready.", "She is not ready."),
    ("lower case", "ines is late.", None),
    ("list number '1. '", "Ugly.", "1. Ugly."),
    ("past tense", "He puts in the hours but never brings ideas and cannot focus.",
     "He put in the hours but never brought ideas and could not focus."),
    ("past tense", "She tries hard, stops early and he's late.", "She tried hard, stopped early and he was late."),
    ("past tense", "She was late.", None),  # nothing in the present
    ("apostrophes dropped", "He doesn't care.", "He doesnt care."),
    ("a word misspelled", "He is careless.", "He is careelss."),
    ("a word misspelled", "He is odd.", None),  # no word long enough
])
def test_perturbations(changes, name, text, expected):
    assert changes[name](text) == expected


def test_run_ons_join_neighbours_of_one_review_only():
    rows = [{"text": "He is late.", "labels": ["vague-evaluation"], "review_id": 1},
            {"text": "She never helps.", "labels": ["absolute"], "review_id": 1},
            {"text": "Great.", "labels": [], "review_id": 2}]
    (labels, first, second, joined), = ep.run_ons(rows)
    assert (first, second) == ("He is late.", "She never helps.")
    assert joined == "He is late she never helps."
    assert labels["labels"] == ["absolute", "vague-evaluation"]
