"""Every rule's own examples, in both directions (one parametrized test, after proselint)."""

from __future__ import annotations

import pytest

from fairfeedback.rules import load_rules

RULES = load_rules().rules
FLAG = [(r.id, ex.text, ex.match) for r in RULES for ex in r.examples.flag_examples()]
PASS = [(r.id, text) for r in RULES for text in r.examples.pass_]


@pytest.mark.parametrize(("rule_id", "text", "match"), FLAG, ids=[f"{r}-flag-{i}" for i, (r, *_) in enumerate(FLAG)])
def test_flag_example(linter, rule_id, text, match):
    hits = [f for f in linter.lint(text).findings if f.rule_id == rule_id]
    assert hits, f"False negative against {rule_id}: {text!r}"
    if match is not None:
        assert match in [f.match for f in hits], f"{rule_id} flagged {[f.match for f in hits]}, expected {match!r}"


@pytest.mark.parametrize(("rule_id", "text"), PASS, ids=[f"{r}-pass-{i}" for i, (r, _) in enumerate(PASS)])
def test_pass_example(linter, rule_id, text):
    hits = [f.match for f in linter.lint(text).findings if f.rule_id == rule_id]
    assert not hits, f"False positive against {rule_id}: {text!r} flagged {hits}"


def test_every_rule_has_examples_both_ways():
    for rule in RULES:
        assert len(rule.examples.flag) >= 3 and len(rule.examples.pass_) >= 3, rule.id
