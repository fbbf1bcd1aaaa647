"""Layout ends sentences: headings, blank lines and list items are not glued to the next sentence
(issue 15: a title line removed every finding of the paragraph under it)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fairfeedback.lines import layout_cuts
from fairfeedback.linter import chunks


@pytest.mark.parametrize(("text", "pieces"), [
    ("Notes\n\nChris is lazy.", ["Notes", "Chris is lazy."]),
    ("Q3 review\nChris is lazy.", ["Q3 review", "Chris is lazy."]),
    ("Areas to improve\n- always late\n- rude to customers", ["Areas to improve", "- always late", "- rude to customers"]),
    ("He met the target.\nShe did not.", ["He met the target.", "She did not."]),
    # a sentence wrapped over two lines stays whole
    ("Chris has been late to the\nmorning meeting on most days this month.",
     ["Chris has been late to the\nmorning meeting on most days this month."]),
    ("Chris has been late to meetings on most days,\nwhich held up the stand-up.",
     ["Chris has been late to meetings on most days,\nwhich held up the stand-up."]),
])
def test_layout_pieces(text, pieces):
    assert [p.strip() for _, p in chunks(text)] == pieces


@pytest.mark.parametrize("heading", ["Notes", "Q3 review", "Areas to improve", "Feedback for Chris (peer)"])
def test_a_heading_does_not_hide_the_findings_under_it(linter, heading):
    body = "Chris is lazy and always late."
    alone = {f.rule_id for f in linter.lint(body).findings}
    for sep in ("\n\n", "\n"):
        text = heading + sep + body
        found = linter.lint(text).findings
        assert {"FF101", "FF501"} <= {f.rule_id for f in found}
        assert {f.rule_id for f in found} == alone  # the heading adds nothing, not even document checks
        assert all(text[f.start:f.end] == f.match for f in found)


@given(st.text(alphabet=st.sampled_from(list("ab .,\n-")), max_size=80))
def test_cuts_are_line_starts_inside_the_text(text):
    cuts = layout_cuts(text)
    assert cuts == sorted(set(cuts))
    assert all(0 < c < len(text) and text[c - 1].isspace() and "\n" in text[:c] for c in cuts)
    assert "".join(p for _, p in chunks(text)).replace(" ", "").replace("\n", "") == \
        text.replace(" ", "").replace("\n", "")


@pytest.mark.parametrize("heading", ["What could be better", "Areas to improve", "Next steps:", "Goals for Q3",
                                     "Where to grow", "Development areas"])
def test_section_headings_are_not_read_as_sentences(linter, heading):
    text = f"{heading}\nChris closed 14 tickets in May and wrote the on-call guide."
    assert [f.rule_id for f in linter.lint(text).findings if f.start < len(heading)] == []


@pytest.mark.parametrize("line", ["What were you thinking", "Needs to step up", "How could you miss it"])
def test_short_lines_said_to_someone_are_still_read(linter, line):
    text = f"{line}\nChris missed the May deadline."
    assert [f.rule_id for f in linter.lint(text).findings if f.start < len(line)]
