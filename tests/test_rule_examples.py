"""Every rule's own examples, in both directions (one parametrized test, after proselint)."""

from __future__ import annotations

import json
from pathlib import Path

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


# --- flag examples that do not state the flagged words (issue 15) ----------------------
# ``match:`` pins the words a flag example must flag; without it, any finding of the rule
# passed test_flag_example, even one on the wrong words.  Without ``match:`` the finding
# must at least lie inside the example and not be the whole of it, unless the rule is a
# learned rule (its ``classifier`` pattern flags whole sentences) or a document rule.

WHOLE_SENTENCE_KINDS = {"classifier", "document"}
_EDGES = " \t\n.,;:!?…\"'“”‘’()"


def is_whole_example(match: str, text: str) -> bool:
    """Whether a finding's ``match`` is all of ``text`` (but for edge punctuation and spaces)."""
    return match.strip(_EDGES).casefold() == text.strip(_EDGES).casefold()


# Examples whose rule flags the whole example: each needs `match:` in its rule file (or a
# narrower span).  The 79 found when this check was added (issue 15) now state their
# words; a new one fails here unless it is listed (strict xfail, so a fix must unlist it).
KNOWN_WHOLE_EXAMPLE_SPANS: set[tuple[str, str]] = set()

SPAN_FREE = [(r.id, ex.text, bool({p.kind for p in r.patterns} & WHOLE_SENTENCE_KINDS))
             for r in RULES for ex in r.examples.flag_examples() if ex.match is None]
SPAN_CASES = [
    pytest.param(rule_id, text, whole_ok, id=f"{rule_id}-span-{i}",
                 marks=[pytest.mark.xfail(strict=True, reason="known: the finding is the whole example")]
                 if (rule_id, text) in KNOWN_WHOLE_EXAMPLE_SPANS else [])
    for i, (rule_id, text, whole_ok) in enumerate(SPAN_FREE)
]


@pytest.fixture(scope="module")
def span_free_reports(linter):
    texts = list(dict.fromkeys(text for _, text, _ in SPAN_FREE))
    return dict(zip(texts, linter.lint_many(texts)))


@pytest.mark.parametrize(("rule_id", "text", "whole_ok"), SPAN_CASES)
def test_flag_example_without_match_flags_words_inside_it(span_free_reports, rule_id, text, whole_ok):
    hits = [f for f in span_free_reports[text].findings if f.rule_id == rule_id]
    assert hits, f"False negative against {rule_id}: {text!r}"
    for f in hits:
        assert 0 <= f.start < f.end <= len(text) and text[f.start:f.end] == f.match, (rule_id, text, f.match)
    if not whole_ok:
        whole = [f.match for f in hits if is_whole_example(f.match, text)]
        assert not whole, (f"{rule_id} flags the whole example {text!r}: state the flagged words "
                           "with `match:` in the rule file, or narrow the rule's span")


def test_known_whole_example_spans_are_current():
    """Each known exception is still a match-less flag example of a pattern rule."""
    current = {(rule_id, text) for rule_id, text, whole_ok in SPAN_FREE if not whole_ok}
    assert sorted(KNOWN_WHOLE_EXAMPLE_SPANS - current) == []


def test_whole_example_check():
    assert is_whole_example("Lazy", "Lazy.")
    assert is_whole_example("not great", " Not great! ")
    assert not is_whole_example("lazy", "He is lazy.")
    assert not is_whole_example("He is lazy.", "He is lazy. He is late.")


# --- typographic apostrophes --------------------------------------------------------------
# Text pasted from a word processor or a web page writes "doesn’t", "you’re"; every rule reads
# it as it reads "doesn't", and the finding keeps the writer's own characters.

CURLY = [(rule_id, text) for rule_id, text, _match in FLAG if "'" in text]


@pytest.mark.parametrize(("rule_id", "text"), CURLY, ids=[f"{r}-curly-{i}" for i, (r, _) in enumerate(CURLY)])
def test_flag_example_with_typographic_apostrophes(linter, rule_id, text):
    curly = text.replace("'", "\u2019")
    straight = [(f.start, f.end) for f in linter.lint(text).findings if f.rule_id == rule_id]
    hits = [f for f in linter.lint(curly).findings if f.rule_id == rule_id]
    assert [(f.start, f.end) for f in hits] == straight, f"{rule_id} reads {curly!r} differently"
    assert all(f.match == curly[f.start:f.end] for f in hits)


# --- a sentence left without its stop ------------------------------------------------------
# Patterns anchored at the end of a sentence (``at_end``) read "Poor results this quarter" as
# they read "Poor results this quarter."; a question is not a statement and stays unread.

AT_END = {r.id for r in RULES if any(getattr(p, "at_end", False) for p in r.patterns)}
UNSTOPPED = [(rule_id, text) for rule_id, text, _match in FLAG
             if rule_id in AT_END and text.rstrip().endswith((".", "!"))]


def test_rules_anchored_at_the_end_exist():
    assert {"FF204", "FF304", "FF305"} <= AT_END


@pytest.mark.parametrize(("rule_id", "text"), UNSTOPPED, ids=[f"{r}-nostop-{i}" for i, (r, _) in enumerate(UNSTOPPED)])
def test_flag_example_without_its_final_stop(linter, rule_id, text):
    bare = text.rstrip().rstrip(".!")
    assert any(f.rule_id == rule_id for f in linter.lint(bare).findings), f"{rule_id} misses {bare!r}"
    assert not any(f.rule_id == rule_id for f in linter.lint(bare + "?").findings), f"{rule_id} reads {bare!r}? as a statement"


# --- hard negatives and near misses across rules ------------------------------------------
# Sentences where a rule's words appear but another reading is right ("sales showed no growth",
# "please reach out to me"), each with every sentence category it should get: a rule's own
# examples test the rule, these test what the whole linter says.

HARD = [json.loads(line) for line in (Path(__file__).parent / "corpus" / "hard-negatives.jsonl").read_text(
    encoding="utf-8").splitlines() if line.strip()]
DOCUMENT_CATEGORIES = {"missing-example", "missing-next-step", "unbalanced"}


@pytest.mark.parametrize("row", HARD, ids=[f"hard-{i}" for i in range(len(HARD))])
def test_hard_negatives_get_exactly_their_categories(linter, row):
    got = {f.category.value for f in linter.lint(row["text"]).findings} - DOCUMENT_CATEGORIES
    assert got == set(row["labels"]), (row["text"], row["why"], sorted(got))
