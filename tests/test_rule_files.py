"""Rule-file structure, and malformed packs: each fails with file, line and field."""

from __future__ import annotations

import textwrap

import pytest

from fairfeedback.errors import RuleFileError
from fairfeedback.models import Category
from fairfeedback.rules import builtin_rules_dir, load_rules

RULES = load_rules()

GOOD = """\
id: FF199
name: test-rule
category: character-judgment
severity: warning
summary: A test rule.
message: "“{match}” is a test."
explanation: Because.
patterns:
  - kind: phrase
    terms: [zorblax]
suggestions:
  - title: Fix it
    template: "Say what happened on [date]."
examples:
  flag: ["You are zorblax.", "He is zorblax.", "She is zorblax."]
  pass: ["Fine.", "Also fine.", "Still fine."]
"""


def test_ids_unique_and_files_named_after_them():
    ids = [r.id for r in RULES.rules]
    assert len(ids) == len(set(ids))
    for r in RULES.rules:
        path = RULES.sources[r.id]
        assert path.name == f"{r.id}-{r.name}.yml"
        folder = "document" if r.id.startswith("FF9") else r.category.value
        assert path.parent.name == folder


DOCUMENT_CATEGORIES = {Category.MISSING_EXAMPLE, Category.MISSING_NEXT_STEP, Category.UNBALANCED}
SENTENCE_CATEGORIES = set(Category) - DOCUMENT_CATEGORIES


def categories_without_rules(rules) -> list[str]:
    """The categories no rule of ``rules`` serves: a sentence category needs a sentence
    rule (FF1xx-FF8xx), a document category a document rule (FF9xx)."""
    served = {(r.category, r.id.startswith("FF9")) for r in rules}
    missing = [c for c in SENTENCE_CATEGORIES if (c, False) not in served]
    missing += [c for c in DOCUMENT_CATEGORIES if (c, True) not in served]
    return sorted(c.value for c in missing)


def test_every_sentence_category_has_a_rule():
    assert SENTENCE_CATEGORIES and len(SENTENCE_CATEGORIES) + len(DOCUMENT_CATEGORIES) == len(Category)
    assert categories_without_rules(RULES.rules) == []
    # and the default configuration runs a rule of each one
    from fairfeedback import Linter

    enabled = set(Linter().enabled)
    assert categories_without_rules([r for r in RULES.rules if r.id in enabled]) == []


@pytest.mark.parametrize("category", sorted(c.value for c in Category))
def test_losing_a_categorys_rules_is_caught(category):
    """The check above fails when a category loses its rules (it once could not)."""
    rest = [r for r in RULES.rules if r.category.value != category]
    assert categories_without_rules(rest) == [category]


def test_lexicons_have_provenance():
    for lex in ("traits-negative", "person-nouns", "coded-words"):
        path = builtin_rules_dir() / "lexicons" / f"{lex}.yml"
        head = path.read_text(encoding="utf-8")
        assert "source:" in head, lex


def test_good_rule_loads(tmp_path):
    (tmp_path / "FF199-test-rule.yml").write_text(GOOD, encoding="utf-8")
    (rule,) = load_rules([tmp_path]).rules
    assert rule.category is Category.CHARACTER_JUDGMENT


BAD = [
    ("severity: warning", "severity: loud", "severity", 4),
    ("severity: warning", "severity: warning\npolarity: grumpy", "polarity", 5),
    ("name: test-rule", "name: Test_Rule", "name", 2),
    ("  flag: [\"You are zorblax.\", \"He is zorblax.\", \"She is zorblax.\"]", "  flag: [\"You are zorblax.\"]", "examples.flag", 15),
    ("  pass: [\"Fine.\", \"Also fine.\", \"Still fine.\"]\n", "", "examples.pass", 14),
    ("explanation: Because.", "explanation: Because.\ncolour: red", "colour", 8),
    ("    terms: [zorblax]", "    terms: [zorblax]\n  - kind: token\n    pattern: [{LOWER: {FOO: x}}]", "patterns.1", 11),
    ("    terms: [zorblax]", "    lexicon: no-such-lexicon", "patterns.0.lexicon", None),
    ("category: character-judgment", "category: shaming", None, None),
    ("message: \"“{match}” is a test.\"", "message: \"{who} did it\"", "message", None),
    ("  - kind: phrase", "  - kind: regex", "patterns.0", 9),
    ("  - kind: phrase\n    terms: [zorblax]", "  - kind: classifier\n    model: no-such-model\n    threshold: 0.8",
     "patterns.0.model", None),
    ("  - kind: phrase\n    terms: [zorblax]", "  - kind: classifier\n    model: m\n    threshold: 1.5", "patterns.0", 9),
]


@pytest.mark.parametrize(("old", "new", "field", "line"), BAD)
def test_malformed_rule_names_file_line_field(tmp_path, old, new, field, line):
    assert old in GOOD
    path = tmp_path / "FF199-test-rule.yml"
    path.write_text(GOOD.replace(old, new), encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_rules([tmp_path])
    err = info.value
    assert err.path == str(path)
    assert str(path) in str(err)
    if field is not None:
        assert err.field is not None and err.field.startswith(field), (err.field, str(err))
    if line is not None:
        assert err.line == line, str(err)


def test_invalid_yaml_reports_line(tmp_path):
    path = tmp_path / "FF199-test-rule.yml"
    path.write_text(GOOD.replace("severity: warning", "severity: [warning"), encoding="utf-8")
    with pytest.raises(RuleFileError, match="invalid YAML") as info:
        load_rules([tmp_path])
    assert info.value.line is not None


def test_key_given_twice_reports_both_lines(tmp_path):
    path = tmp_path / "FF199-test-rule.yml"
    text = GOOD.replace("severity: warning", "severity: warning\nseverity: error")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError, match="given twice") as info:
        load_rules([tmp_path])
    lines = text.splitlines()
    first = lines.index("severity: warning") + 1
    assert info.value.line == first + 1 and f"first on line {first}" in str(info.value)


def test_file_name_must_match(tmp_path):
    (tmp_path / "FF199-other.yml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(RuleFileError, match="file name"):
        load_rules([tmp_path])


def test_duplicate_ids_rejected(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "FF199-test-rule.yml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b" / "FF199-test-rule.yml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(RuleFileError, match="duplicate"):
        load_rules([tmp_path])


def test_custom_pack_runs(tmp_path):
    from fairfeedback import Config, Linter

    (tmp_path / "FF199-test-rule.yml").write_text(textwrap.dedent(GOOD), encoding="utf-8")
    linter = Linter(Config(rule_dirs=[tmp_path], select=["FF199"]))
    assert [f.rule_id for f in linter.lint("You are zorblax.").findings] == ["FF199"]
