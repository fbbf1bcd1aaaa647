"""The ``classifier`` pattern kind (the learned rules FFx90): shipped models
reproduce their training-time scores, score any text safely, fill in only where
no pattern rule of the same category spoke, report their probability as the
finding's confidence, and switch off with ``Config(scorer=False)``."""

from __future__ import annotations

import json
import math
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fairfeedback.errors import RuleFileError
from fairfeedback.matching.classifier import TextClassifier, _char_wb_ngrams, normalizer, validate_model
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
    assert model.labels == data["labels"]
    for k, label in enumerate(model.labels):  # every head says yes and no somewhere in the sample
        column = [probs[k] for _, probs in data["checks"]]
        if label in {r.patterns[0].label for r in RULES.rules if r.patterns[0].kind == "classifier"}:
            assert any(p > 0.5 for p in column) and any(p < 0.5 for p in column), label
    for text, expected in data["checks"]:
        got = model.probabilities(text)
        assert [got[label] for label in model.labels] == pytest.approx(expected, abs=1e-5), text


def test_char_wb_ngrams_follow_scikit_learn():
    # words are padded with spaces; a word shorter than n is counted once
    assert list(_char_wb_ngrams("ab  cd", 3, 4)) == [" ab", "ab ", " ab ", " cd", "cd ", " cd "]
    assert list(_char_wb_ngrams("a", 3, 5)) == [" a "]


SCORER = TextClassifier(json.loads(MODELS[0].read_text(encoding="utf-8"))) if MODELS else None


@given(st.text(max_size=300))
def test_probability_is_safe_on_any_text(text):
    probs = SCORER.probabilities(text)
    assert set(probs) == set(SCORER.labels)
    assert all(0.0 <= p <= 1.0 for p in probs.values())
    SCORER._recent.clear()  # scored again from scratch, not from the memo of recent answers
    assert probs == SCORER.probabilities(text)


def test_single_head_model_files_still_load():
    """The older one-head form (``category``, ``intercept``, ``[idf, weight]``) scores as before."""
    spec = {"category": "shaming", "intercept": -1.0, "groups": [
        {"analyzer": "word", "ngram_range": [1, 1], "token_pattern": r"[\w']+", "features": {"laugh": [2.0, 3.0]}}]}
    assert validate_model(spec) is None
    model = TextClassifier(spec)
    assert model.probability("a good laugh") == pytest.approx(1 / (1 + math.exp(-(-1.0 + 3.0))))
    assert model.probability("nothing here") == pytest.approx(1 / (1 + math.exp(1.0)))


def test_classifier_fills_in_only_where_patterns_found_nothing(linter):
    text = "He's a taker, not a giver. You are lazy, honestly. The Q3 report was late."
    findings = [f for f in linter.lint(text).findings if not f.rule_id.startswith("FF9")]
    judged = [f for f in findings if f.category.value == "character-judgment"]
    # one character finding per sentence: the learned rule is silent where a character pattern spoke
    lazy = next(f for f in judged if f.rule_id == "FF101")
    learned = [f for f in judged if f.rule_id == "FF190"]
    assert not [f for f in learned if f.sentence_start == lazy.sentence_start]
    verdict = learned[0]
    assert verdict.match == "He's a taker, not a giver."
    assert (verdict.start, verdict.end) == (0, len(verdict.match))
    assert [f.rule_id for f in judged] == ["FF190", "FF101"]


def test_learned_findings_carry_the_probability_as_confidence(linter):
    report = linter.lint("He's a taker, not a giver. You are lazy.")
    verdict = next(f for f in report.findings if f.rule_id == "FF190")
    threshold = next(p.threshold for p in RULES.get("FF190").patterns)
    assert threshold < verdict.confidence <= 1.0
    assert verdict.confidence == pytest.approx(SCORER.probability(verdict.match, "character-judgment"), abs=1e-3)
    lazy = next(f for f in report.findings if f.rule_id == "FF101")
    assert lazy.confidence == RULES.get("FF101").confidence


def test_scorer_off_runs_patterns_only():
    from fairfeedback import Config, Linter

    text = "He's a taker, not a giver. A bit more application would see her ready for bigger accounts. You are lazy."
    on = {f.rule_id for f in Linter().lint(text).findings}
    off = {f.rule_id for f in Linter(Config(scorer=False)).lint(text).findings}
    assert {"FF190", "FF290"} <= on
    assert not {r for r in off if r[-2:] == "90"} and "FF101" in off


def test_a_rule_naming_a_missing_head_is_a_rule_file_error(tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(builtin_rules_dir() / "character-judgment", pack / "character-judgment")
    shutil.copytree(builtin_rules_dir() / "models", pack / "models")
    shutil.copytree(builtin_rules_dir() / "lexicons", pack / "lexicons")
    rule = pack / "character-judgment" / "FF190-judges-the-person.yml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("label: character-judgment", "label: sarcasm"), encoding="utf-8")
    with pytest.raises(RuleFileError, match="no head 'sarcasm'") as info:
        load_rules([pack])
    assert info.value.path == str(rule)


def test_malformed_model_file_is_a_rule_file_error(tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(builtin_rules_dir() / "character-judgment", pack / "character-judgment")
    (pack / "models").mkdir()
    shutil.copytree(builtin_rules_dir() / "lexicons", pack / "lexicons")
    bad = pack / "models" / "category-scorer.json"
    bad.write_text('{"category": "shaming", "intercept": 0.1, "groups": [{"analyzer": "bytes"}]}', encoding="utf-8")
    with pytest.raises(RuleFileError, match="groups.0.analyzer") as info:
        load_rules([pack])
    assert info.value.path == str(bad)
    bad.write_text('{"category": "shaming",\n  "intercept": }', encoding="utf-8")
    with pytest.raises(RuleFileError, match="invalid JSON") as info:
        load_rules([pack])
    assert info.value.line == 2


def test_rewrite_templates_are_not_scored(linter):
    text = "He's a taker, not a giver."
    assert [f.rule_id for f in linter.lint(text).findings if f.rule_id == "FF190"]
    assert not [f for f in linter.lint(text[:-1] + " on [date].").findings if f.rule_id == "FF190"]


def test_a_learned_finding_points_at_the_clause_the_model_blames(linter):
    from fairfeedback.matching.clauses import clause_ranges, narrow

    sent = next(linter.nlp("Dana writes clean code alone but does not share it with the team.").sents)
    ranges = [sent.doc[a:b].text for a, b in clause_ranges(sent)]
    assert ranges == ["Dana writes clean code alone", "does not share it with the team"]
    blame = {"Dana writes clean code alone": 0.1, "does not share it with the team": 0.9}
    a, b = narrow(sent, blame.__getitem__)
    assert sent.doc[a:b].text == "does not share it with the team"
    # no clause stands out, or the sentence is one clause: the finding keeps the whole sentence
    assert narrow(sent, lambda text: 0.8) is None
    one = next(linter.nlp("She learns and adapts to new tasks quickly.").sents)
    assert len(clause_ranges(one)) <= 1 and narrow(one, lambda text: 0.9) is None


def test_the_normalizer_reads_whole_words_longest_first():
    read = normalizer({"was": "is", "you are": "he is", "you": "he", "her": "his"})
    assert read("you are late and she was upset with her team") == "he is late and she is upset with his team"
    assert read("washed yourself") == "washed yourself"  # whole words only
    assert normalizer({})("anything") == "anything"


@pytest.mark.parametrize(("one", "other"), [
    ("She is a poor communicator and her reports are sloppy.", "He is a poor communicator and his reports are sloppy."),
    ("She was never willing to help herself.", "He is never willing to help himself."),
    ("You are not a team player and your attitude is bad.", "He is not a team player and his attitude is bad."),
    ("You have a lot of potential.", "She has a lot of potential."),
])
def test_the_shipped_scorer_reads_gender_person_and_tense_alike(one, other):
    model = TextClassifier(json.loads((builtin_rules_dir() / "models" / "category-scorer.json").read_text("utf-8")))
    assert model.probabilities(one) == pytest.approx(model.probabilities(other))


def test_a_model_whose_normalize_is_not_words_is_invalid():
    assert "normalize" in validate_model({"labels": ["a"], "intercepts": [0.0], "normalize": {"x": 1},
                                          "groups": [{"analyzer": "char_wb", "ngram_range": [3, 5], "features": {}}]})


@pytest.mark.parametrize("text", ["I don't think Sam is lazy.", "I do not believe she is careless.",
                                  "I don't find him rude at all."])
def test_the_learned_character_rule_is_silent_where_the_writer_denies_a_negative_trait(linter, text):
    assert not [f for f in linter.lint(text).findings if f.category.value == "character-judgment"], text


def test_a_positive_quality_the_writer_denies_is_not_a_denied_trait(linter):
    from fairfeedback.context.analysis import Analysis

    words = linter.nlp.get_pipe("fairfeedback").words
    for text, denied in [("I don't think Sam is lazy.", True), ("I don't think Sam is capable of leading.", False),
                         ("I think Sam is lazy.", False), ("Sam doesn't think the plan is sloppy.", False)]:
        doc = linter.nlp(text)
        assert Analysis(doc[:], words).denied is denied, text
