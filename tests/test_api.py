"""The public library contract other HR tools code against."""

from __future__ import annotations

import json

import pytest

import fairfeedback
from fairfeedback import Category, Config, Finding, InputError, Report, Severity


def test_all_is_sorted_and_complete():
    assert fairfeedback.__all__ == sorted(fairfeedback.__all__)
    for name in fairfeedback.__all__:
        assert hasattr(fairfeedback, name), name


def test_lint_returns_typed_findings_with_offsets():
    text = "Thanks for the demo.\nYou are lazy."
    report = fairfeedback.lint(text)
    assert isinstance(report, Report)
    (f,) = [f for f in report.findings if f.rule_id == "FF101"]
    assert isinstance(f, Finding)
    assert text[f.start:f.end] == f.match == "lazy"
    assert (f.line, f.column) == (2, 9)
    assert (f.end_line, f.end_column) == (2, 13)
    assert f.category is Category.CHARACTER_JUDGMENT and f.category == "character-judgment"
    assert f.severity in set(Severity)
    assert f.message and f.explanation and f.suggestions and f.suggestions[0].text
    assert text[f.sentence_start:f.sentence_end].startswith("You are lazy")


def test_findings_round_trip_through_json():
    report = fairfeedback.lint("You are lazy and careless.")
    assert report.findings
    again = Report.model_validate_json(report.model_dump_json())
    assert again == report
    assert "FF101" in [f["rule_id"] for f in json.loads(report.model_dump_json())["findings"]]


def test_findings_sorted_by_position(linter):
    report = linter.lint("He is careless. You are lazy. She is arrogant and rude.")
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts) and len(starts) >= 3


def test_lint_many_matches_lint(linter):
    texts = ["You are lazy.", "The release went out on May 3.", "", "She is arrogant.\n\nHe is careless."]
    many = list(linter.lint_many(texts, batch_size=2))
    assert len(many) == len(texts)
    for text, report in zip(texts, many):
        assert report == linter.lint(text)
    assert many[2].findings == []


def test_lint_many_in_two_processes_matches_one(linter):
    """n_process runs the whole component (patterns, checks, classifier) in workers."""
    texts = ["You are lazy.", "He's a taker, not a giver.", "What were you thinking?",
             "The release went out on May 3."] * 3
    one = list(linter.lint_many(texts, batch_size=2))
    two = list(linter.lint_many(texts, batch_size=2, n_process=2))
    assert two == one
    assert {f.rule_id for r in two for f in r.findings} >= {"FF101", "FF405", "FF190"}


def test_long_text_is_chunked_with_correct_offsets(linter):
    para = "The quarterly numbers were reviewed with the team on Monday. " * 200
    text = (para + "\n\n") * 3 + "You are lazy."
    report = linter.lint(text)
    (f,) = [f for f in report.findings if f.rule_id == "FF101"]
    assert text[f.start:f.end] == "lazy"
    assert f.line == text.count("\n", 0, f.start) + 1


def test_non_string_input_is_an_input_error(linter):
    with pytest.raises(InputError):
        linter.lint(b"You are lazy.")  # type: ignore[arg-type]


def test_select_and_ignore():
    text = "You are lazy. Lacks initiative. You always interrupt people."
    only = fairfeedback.Linter(Config(select=["FF101"]))
    assert {f.rule_id for f in only.lint(text).findings} == {"FF101"}
    prefix = fairfeedback.Linter(Config(select=["FF1"]))
    found = {f.rule_id for f in prefix.lint(text).findings}
    assert "FF101" in found and all(r.startswith("FF1") for r in found)
    none = fairfeedback.Linter(Config(ignore=["character-judgment"]))
    assert not [f for f in none.lint("You are lazy.").findings if f.category == "character-judgment"]


def test_unknown_selector_is_a_config_error():
    with pytest.raises(fairfeedback.ConfigError):
        fairfeedback.Linter(Config(select=["FF999x"]))


def test_missing_model_is_a_clear_error():
    linter = fairfeedback.Linter(Config(model="no_such_model_xyz"))
    with pytest.raises(fairfeedback.ModelNotFoundError, match="pip install"):
        linter.lint("You are lazy.")


def test_errors_share_one_root():
    for exc in (fairfeedback.ConfigError, InputError, fairfeedback.ModelNotFoundError, fairfeedback.RuleFileError):
        assert issubclass(exc, fairfeedback.FairFeedbackError)


def test_package_is_typed():
    from importlib.resources import files

    assert files("fairfeedback").joinpath("py.typed").is_file()
