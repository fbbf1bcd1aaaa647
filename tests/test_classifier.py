"""The ``classifier`` pattern kind: shipped models reproduce their training-time
scores, score any text safely, and only fill in where patterns found nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fairfeedback.errors import RuleFileError
from fairfeedback.matching.classifier import TextClassifier, _char_wb_ngrams, validate_model
from fairfeedback.rules import builtin_rules_dir, load_rules

MODELS = sorted((builtin_rules_dir() / "models").glob("*.json"))
RULES = load_rules()


def test_every_shipped_model_is_used_and_valid():
    used = {p.model for r in RULES.rules for p in r.patterns if p.kind == "classifier"}
    assert used and used == {m.stem for m in MODELS}
    for path in MODELS:
        assert validate_model(json.loads(path.read_text(encoding="utf-8"))) is None


@pytest.mark.parametrize("path", MODELS, ids=[m.stem for m in MODELS])
def test_inference_reproduces_training_scores(path):
    """Each model file carries probabilities scikit-learn gave at training time."""
    data = json.loads(path.read_text(encoding="utf-8"))
    model = TextClassifier(data)
    assert len(data["checks"]) >= 10
    assert any(p > 0.5 for _, p in data["checks"]) and any(p < 0.5 for _, p in data["checks"])
    for text, expected in data["checks"]:
        assert model.probability(text) == pytest.approx(expected, abs=1e-5), text


def test_char_wb_ngrams_follow_scikit_learn():
    # words are padded with spaces; a word shorter than n is counted once
    assert list(_char_wb_ngrams("ab  cd", 3, 4)) == [" ab", "ab ", " ab ", " cd", "cd ", " cd "]
    assert list(_char_wb_ngrams("a", 3, 5)) == [" a "]


SHAMING = TextClassifier(json.loads(MODELS[0].read_text(encoding="utf-8"))) if MODELS else None


@given(st.text(max_size=300))
def test_probability_is_safe_on_any_text(text):
    p = SHAMING.probability(text)
    assert 0.0 <= p <= 1.0
    assert p == SHAMING.probability(text)


def test_classifier_fills_in_only_where_patterns_found_nothing(linter):
    text = ("Your slides gave the whole board a good laugh. That presentation was pathetic. "
            "You are lazy, honestly.")
    findings = [f for f in linter.lint(text).findings if not f.rule_id.startswith("FF9")]
    by_rule = {f.rule_id: f for f in findings}
    # one finding per sentence: the classifier is silent where a pattern spoke
    assert sorted(by_rule) == ["FF101", "FF401", "FF490"]
    tone = by_rule["FF490"]
    assert tone.match == "Your slides gave the whole board a good laugh."
    assert (tone.start, tone.end) == (0, len(tone.match))


def test_malformed_model_file_is_a_rule_file_error(tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(builtin_rules_dir() / "shaming", pack / "shaming")
    (pack / "models").mkdir()
    shutil.copytree(builtin_rules_dir() / "lexicons", pack / "lexicons")
    bad = pack / "models" / "shaming-tone.json"
    bad.write_text('{"category": "shaming", "intercept": 0.1, "groups": [{"analyzer": "bytes"}]}', encoding="utf-8")
    with pytest.raises(RuleFileError, match="groups.0.analyzer") as info:
        load_rules([pack])
    assert info.value.path == str(bad)
    bad.write_text('{"category": "shaming",\n  "intercept": }', encoding="utf-8")
    with pytest.raises(RuleFileError, match="invalid JSON") as info:
        load_rules([pack])
    assert info.value.line == 2


def test_rewrite_templates_are_not_scored(linter):
    text = "Your slides gave the whole board a good laugh."
    assert [f.rule_id for f in linter.lint(text).findings if f.rule_id == "FF490"]
    assert not [f for f in linter.lint(text[:-1] + " on [date].").findings if f.rule_id == "FF490"]
