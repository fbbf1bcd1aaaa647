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


# Examples whose rule flags the whole example today: the check fails on each (strict xfail,
# so fixing one - a `match:` in the rule file or a narrower span - must remove it here).
# Most are rules that look at the whole sentence (vague targets with a time frame, verdicts
# on work, habit constructions); found when this check was added and reported in issue 15.
KNOWN_WHOLE_EXAMPLE_SPANS = {
    ('FF103', 'Not ready for the next level.'),
    ('FF104', "Not convinced she's right for the role."),
    ('FF104', 'Lacks a strong work ethic.'),
    ('FF106', 'His people skills are pretty much nonexistent.'),
    ('FF108', 'Questionable integrity.'),
    ('FF108', 'Not particularly detail-oriented.'),
    ('FF108', 'Not a very effective delegator.'),
    ('FF201', 'Expect more from yourself.'),
    ('FF202', 'Continue to develop your leadership skills.'),
    ('FF202', 'Must improve.'),
    ('FF202', 'Make fewer mistakes.'),
    ('FF202', 'Increase your productivity.'),
    ('FF204', 'Must raise her game next semester.'),
    ('FF204', 'Raise your game in 2026.'),
    ('FF204', 'Keep working to improve your negotiation skills during the coming year.'),
    ('FF204', "I'd like her to be more proactive this coming quarter."),
    ('FF204', 'Next year, focus on your leadership presence.'),
    ('FF204', 'needs to be more visible in h2'),
    ('FF205', 'Coach by example in the kitchen.'),
    ('FF205', 'Champion innovation.'),
    ('FF205', 'Respond faster to the buyers.'),
    ('FF205', 'Partner more with sales.'),
    ('FF205', 'more ownership needed pls'),
    ('FF205', 'A bit more urgency expected going forward.'),
    ('FF301', 'Her reports are consistently excellent.'),
    ('FF301', 'In line with expectations.'),
    ('FF301', 'Decent work.'),
    ('FF301', 'Performing as expected.'),
    ('FF301', 'Terrific effort!'),
    ('FF301', 'You are doing great.'),
    ('FF301', 'She performed well.'),
    ('FF301', 'Her project was a great success.'),
    ('FF303', 'Everything he hands in is shoddy.'),
    ('FF303', 'Everything they ship needs reworking.'),
    ('FF303', 'The incident report was thin.'),
    ('FF303', 'Overall quality of her output has declined.'),
    ('FF303', 'Her attention to detail has slipped lately.'),
    ('FF303', 'His effort has been lacking.'),
    ('FF304', 'Mediocre output this season.'),
    ('FF304', 'Output came in below target this half.'),
    ('FF304', 'Overall, weak results this quarter.'),
    ('FF304', 'His sales this quarter were not where we need them.'),
    ('FF304', 'Her charting has been sloppy this quarter.'),
    ('FF305', 'Truly delighted with the way last term went.'),
    ('FF305', 'Great work this year!'),
    ('FF305', 'Priya is one of the sharpest minds on the team.'),
    ('FF305', 'Her numbers were great this year.'),
    ('FF305', 'She has been a star this year.'),
    ('FF305', 'Nice job this week.'),
    ('FF306', 'Adores working with the new starters.'),
    ('FF307', 'Output has been patchy.'),
    ('FF307', 'Not great.'),
    ('FF307', 'not great'),
    ('FF307', 'Not the strongest year.'),
    ('FF307', 'Performed adequately.'),
    ('FF401', 'Watching him run the demo was painful.'),
    ('FF402', 'Lovely idea to email the whole client list, really.'),
    ('FF403', 'Even the new kid gets the float correct.'),
    ('FF403', 'Even our newest temp manages it.'),
    ('FF404', 'Everyone else on the shift manages it fine.'),
    ('FF406', 'Nobody on the floor wants to work with her.'),
    ('FF406', 'Nobody wants to be on calls with him.'),
    ('FF411', 'Nice to see you bothered to read the brief this time.'),
    ('FF411', "Most of the floor thinks he's a liability."),
    ('FF504', "Every shift there's a new complaint from him."),
    ('FF504', 'Each sprint planning ends in a fight with her.'),
    ('FF507', 'Not a day goes by without another excuse.'),
    ('FF507', 'Everything has to be spelled out for her.'),
    ('FF509', 'Always has to have things her own way.'),
    ('FF511', 'Her locker area is always a tip.'),
    ('FF511', 'His timesheets are never signed.'),
    ('FF602', 'Typical boomer.'),
    ('FF602', 'Not really a culture add.'),
    ('FF704', 'Always volunteers for the projects that get the spotlight.'),
    ('FF705', "Seems to think the rota is someone else's problem."),
    ('FF706', 'You can tell he has one eye on the exit.'),
    ('FF708', 'His priorities are obviously elsewhere.'),
    ('FF708', "Doesn't think the safety briefing matters."),
    ('FF708', 'Just wants an easy ride.'),
}

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
