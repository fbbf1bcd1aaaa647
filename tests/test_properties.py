"""Hypothesis properties of the engine and of each rule kind."""

from __future__ import annotations

import random

import pytest
from click.testing import CliRunner
from hypothesis import example, given
from hypothesis import strategies as st

from fairfeedback.cli import cli
from fairfeedback.rules import load_rules

RULESET = load_rules()
TRAITS = sorted(RULESET.terms("traits-negative"))
WORDS = ["you", "are", "lazy", "always", "never", "not", "she", "he", "is", "a", "team", "player",
         "\"", "?", ".", "!", "\n", "\n\n", "Sarah", "what", "were", "thinking", "if", "late", "meeting",
         "🙂", "\u200b", "é", "  ", "-", "'", "’", "“", "”", "(", ")", "3", "May", "Notes", "Goals", "Keeps",
         "Runs", "Strengths"]

feedbackish = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=400), feedbackish)


def check_offsets(text, report):
    prev = (-1, -1)
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.match
        assert f.line == text.count("\n", 0, f.start) + 1
        assert f.column == f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        assert (f.start, f.end) >= prev[:2] or f.start >= prev[0]
        prev = (f.start, f.end)
        assert f.sentence_start <= f.start and f.end <= f.sentence_end


@given(any_text)
def test_lint_never_raises_and_offsets_are_valid(linter, text):
    report = linter.lint(text)
    check_offsets(text, report)


MARKUP = {
    "html": ["<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<br>", "<a href=\"x\">", "</a>", "&amp;", "<!-- c -->"],
    "markdown": ["**", "_", "`code`", "# ", "- ", "> ", "[link](http://x.y)", "\n\n", "```\nx\n```"],
}
SARCASM = ["Your slides gave the whole board a good laugh.", "He lacks motivation.", "What a waste of a senior badge, honestly."]


@given(st.sampled_from(sorted(MARKUP)), st.data())
def test_offsets_hold_in_markup(linter, fmt, data):
    """``text[start:end] == match`` for HTML and Markdown too, even when a match spans markup."""
    parts = data.draw(st.lists(st.sampled_from(WORDS + MARKUP[fmt] + SARCASM), max_size=40))
    text = " ".join(parts)
    check_offsets(text, linter.lint(text, fmt=fmt))


@given(st.lists(st.lists(st.sampled_from(WORDS + SARCASM), max_size=12).map(" ".join), min_size=1, max_size=4))
@example(cells=["Notes you \n"])  # a habit line's match once ran over the cell's trailing line break
def test_offsets_hold_in_csv_cells(linter, cells):
    """Each CSV row is a document: findings point into the cell's own text."""
    import csv
    import io

    from fairfeedback.inputs import _csv_rows

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "comments"])
    writer.writerows([[i, c] for i, c in enumerate(cells)])
    sources = list(_csv_rows(buf.getvalue(), "export.csv", "comments"))
    assert [src.text for src in sources] == [c for c in cells if c.strip()]  # blank cells are skipped
    for src, report in zip(sources, linter.lint_many([src.text for src in sources])):
        check_offsets(src.text, report)


@given(feedbackish)
def test_lint_is_deterministic(linter, text):
    assert linter.lint(text) == linter.lint(text)


@given(st.lists(feedbackish, max_size=5), st.integers(1, 4))
def test_lint_many_equals_lint(linter, texts, batch):
    assert list(linter.lint_many(texts, batch_size=batch)) == [linter.lint(t) for t in texts]


# --- phrase kind + context filters, over the whole trait lexicon -------------------

@given(st.sampled_from(TRAITS), st.sampled_from(["You are", "She is", "He's", "Sam is"]))
def test_negated_trait_never_flags(linter, term, subject):
    text = f"{subject} not {term} at all."
    assert not [f for f in linter.lint(text).findings if f.rule_id == "FF101"], text


@given(st.sampled_from(TRAITS))
def test_quoted_trait_never_flags(linter, term):
    text = f"The customer's email said “they were {term} on the phone”, which we discussed."
    assert not [f for f in linter.lint(text).findings if f.rule_id == "FF101"], text


@given(st.sampled_from(TRAITS), st.sampled_from(["Jordan", "The new hire", "He", "You"]))
def test_reported_trait_never_flags(linter, term, subject):
    text = f"The client told us that {subject.lower() if subject in ('He', 'You') else subject} was {term}."
    assert not [f for f in linter.lint(text).findings if f.rule_id == "FF101"], text


@given(st.sampled_from(TRAITS), st.sampled_from(["writes", "says", "answers", "reports"]))
def test_trait_in_a_clause_coordinated_with_a_speech_verb_still_flags(linter, term, verb):
    """Only the content of speech is reported: "Li writes clean code, but he is
    rude" is the writer's own verdict on the second clause."""
    text = f"Li {verb} the weekly summary, but he is {term}."
    assert [f for f in linter.lint(text).findings if f.rule_id == "FF101"], text


@given(st.sampled_from(TRAITS), st.sampled_from(["I don't think", "I do not believe", "We don't feel"]))
def test_trait_the_writer_denies_never_flags(linter, term, frame):
    text = f"{frame} Sam is {term}."
    assert not [f for f in linter.lint(text).findings if f.rule_id == "FF101"], text
    assert [f for f in linter.lint(f"I think Sam is {term}.").findings if f.rule_id == "FF101"], term


# --- check kind ------------------------------------------------------------------------

NAMES = ["Priya", "Tom", "Alex", "Maria", "Chen", "Fatima", "Olu"]


@given(st.sampled_from(NAMES), st.sampled_from(["closed", "answered", "reviewed"]))
def test_peer_comparison_flags_named_peers(linter, name, verb):
    text = f"Unlike {name}, you {verb} fewer tickets this month."
    assert any(f.category == "shaming" for f in linter.lint(text).findings), text


HABITS = ["walks new hires through the checklist", "keeps the crew informed", "leads the team huddle",
          "answers the phones with a smile", "explains the rota changes to the crew"]


@given(st.sampled_from(HABITS), st.sampled_from(["", "Always ", "Consistently "]))
def test_a_habit_line_flags_unless_criticised_specific_or_asked(linter, habit, lead):
    """habit-fragment: a subjectless line crediting a habit is a vague evaluation; the same line
    as criticism ("Often ..."), with a date, or as a question is not."""
    def habit_rule(text):
        return "FF310" in {f.rule_id for f in linter.lint(text).findings}

    line = f"{lead}{habit}"
    line = line[:1].upper() + line[1:]
    # FF310, or FF309 when an evaluative word ("Consistently") is the narrower reading of the line
    assert {f.rule_id for f in linter.lint(line + ".").findings} & {"FF309", "FF310"}, line
    assert not habit_rule("Often " + habit + "."), habit
    assert not habit_rule(line + " on 3 May."), line
    assert not habit_rule(line + "?"), line


# --- CLI fuzz --------------------------------------------------------------------------

@given(st.binary(max_size=300))
def test_cli_never_tracebacks_on_bytes(data):
    res = CliRunner().invoke(cli, ["lint", "-"], input=data)
    assert res.exit_code in (0, 1, 2), res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert "Traceback" not in res.output


def test_random_feedback_documents(linter):
    rng = random.Random(7)
    for _ in range(20):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 400)))
        check_offsets(text, linter.lint(text))


# --- the trait properties above, over every term of the lexicon (issue 15) -------------
# Hypothesis samples about 60 terms a run; this sweep checks all of them, each property
# with one of its frames (cycled, so every frame meets a share of the terms).

TRAIT_SWEEP = [
    # (property, frames, text for a term and a frame, does FF101 flag it?)
    ("negated", ["You are", "She is", "He's", "Sam is"], lambda t, f: f"{f} not {t} at all.", False),
    ("quoted", [""], lambda t, f: f"The customer's email said “they were {t} on the phone”, which we discussed.", False),
    ("reported", ["Jordan", "The new hire", "he", "you"], lambda t, f: f"The client told us that {f} was {t}.", False),
    ("coordinated with speech", ["writes", "says", "answers", "reports"],
     lambda t, f: f"Li {f} the weekly summary, but he is {t}.", True),
    ("denied by the writer", ["I don't think", "I do not believe", "We don't feel"], lambda t, f: f"{f} Sam is {t}.", False),
    ("the writer's own view", [""], lambda t, f: f"I think Sam is {t}.", True),
]


def trait_sweep_failures(linter, terms) -> list[str]:
    cases = [(name, term, make(term, frames[i % len(frames)]), flags)
             for name, frames, make, flags in TRAIT_SWEEP for i, term in enumerate(terms)]
    reports = linter.lint_many([text for _, _, text, _ in cases])
    failures = []
    for (name, term, text, flags), report in zip(cases, reports):
        if any(f.rule_id == "FF101" for f in report.findings) != flags:
            failures.append(f"{name}: {term!r}: {text!r} {'not flagged' if flags else 'flagged'}")
    return failures


@pytest.mark.slow
def test_trait_properties_hold_for_every_term(linter):
    assert len(TRAITS) > 500
    failures = trait_sweep_failures(linter, TRAITS)
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures)


def test_trait_sweep_reports_a_broken_property():
    """The sweep catches a linter that flags every sentence, or none."""
    from types import SimpleNamespace

    def fake(flag: bool):
        finding = SimpleNamespace(rule_id="FF101")
        return SimpleNamespace(lint_many=lambda texts: [SimpleNamespace(findings=[finding] if flag else [])
                                                       for _ in texts])

    terms = TRAITS[:3]
    assert len(trait_sweep_failures(fake(True), terms)) == 4 * len(terms)  # the four "never flags"
    assert len(trait_sweep_failures(fake(False), terms)) == 2 * len(terms)  # the two "still flags"


# --- the same sentence about a woman and about a man -----------------------------------

#: frames said of "he" and of "she" ({S}/{s} subject, {P} possessive, {O} object); "her" is both a
#: possessive and an object, which the tagger once read as "her (possessive) aloof (a noun)"
GENDER_FRAMES = ["{S} is {t}.", "I find {O} {t}.", "{S} is {t} with {P} team.", "We like {O}, but {s} is {t}.",
                 "{S} gave up {P} weekend and is {t}.", "Honestly {s} is {t} and {P} reports are late.",
                 "I would call {O} {t}.", "Customers find {O} {t}."]
_JUDGED = {"character-judgment", "intent-attribution", "shaming", "coded-language"}


def said_of(frame: str, term: str, woman: bool) -> str:
    s, p, o = ("she", "her", "her") if woman else ("he", "his", "him")
    return frame.format(S=s.capitalize(), s=s, P=p, O=o, t=term)


def judged(report) -> set[str]:
    """The pattern rules (not the learned ones, FFx90/FFx91) that judge the person."""
    return {f.rule_id for f in report.findings if f.category.value in _JUDGED and f.rule_id[-2] != "9"}


def gender_sweep_failures(linter, terms) -> list[str]:
    cases = [(frame, term) for frame in GENDER_FRAMES for term in terms]
    hers = linter.lint_many([said_of(f, t, True) for f, t in cases])
    his = linter.lint_many([said_of(f, t, False) for f, t in cases])
    return [f"{said_of(f, t, True)!r}: {sorted(judged(a))} but of him {sorted(judged(b))}"
            for (f, t), a, b in zip(cases, hers, his) if judged(a) != judged(b)]


@given(st.sampled_from(TRAITS), st.sampled_from(GENDER_FRAMES))
def test_a_trait_said_of_her_is_judged_as_said_of_him(linter, term, frame):
    assert judged(linter.lint(said_of(frame, term, True))) == judged(linter.lint(said_of(frame, term, False)))


@pytest.mark.slow
def test_every_trait_is_judged_alike_of_her_and_of_him(linter):
    failures = gender_sweep_failures(linter, TRAITS)
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures)
