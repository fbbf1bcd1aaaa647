"""The untidy surface of real writing: misspelled negations, text typed all in lower case and
garbled punctuation are read as the writer meant them, and findings keep the writer's offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fairfeedback
from fairfeedback.markup import mask_mapped
from fairfeedback.mending import MOJIBAKE, mend_case, mend_negations


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("He does't reply.", "He doesnt reply."),
        ("She DID'T call.", "She DIDNT call."),
        ("They are'nt ready.", "They aren't ready."),
        ("It Dosent add up.", "It Doesnt add up."),
        ("He dosen't listen.", "He doesn't listen."),
        ("He doesent listen.", "He doesn't listen."),
    ],
)
def test_misspelled_negations_are_mended(text: str, mended: str) -> None:
    assert mend_negations(text) == mended


@pytest.mark.parametrize("text", ["He can't, won't and don't.", "Matt's notes", "Sent it.", "descent", "It's done."])
def test_correct_spellings_are_left_alone(text: str) -> None:
    assert mend_negations(text) == text


@given(st.text(alphabet=st.sampled_from(list("doesnt'DOESNT iarwhcul")), max_size=40))
def test_mending_keeps_the_length(text: str) -> None:
    assert len(mend_negations(text)) == len(text)


@pytest.mark.parametrize("garbled", ["doesn\u00e2\u20ac\u2122t", "doesn\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2t"])
def test_garbled_apostrophes_decode_with_a_map_back(garbled: str) -> None:
    text = f"He {garbled} care about the team."
    prose, omap = mask_mapped(text, "text")
    assert "doesn't care" in prose and omap is not None
    a = prose.index("doesn't")
    assert omap.span(a, a + len("doesn't")) == (3, 3 + len(garbled))


def test_plain_text_without_garbling_has_no_map() -> None:
    assert mask_mapped("He is late & rude.", "text") == ("He is late & rude.", None)
    assert not MOJIBAKE.search("Café, naïve, 50 € – fine")


@pytest.mark.parametrize(
    "text",
    [
        "He does't care about his work.",
        "She dosent care about the team.",
        "He doesn\u00e2\u20ac\u2122t care about the team.",
    ],
)
def test_a_misspelled_not_is_not_read_as_praise(text: str) -> None:
    findings = fairfeedback.lint(text).findings
    assert any(f.category.value == "intent-attribution" for f in findings)
    assert not any(f.category.value == "vague-evaluation" for f in findings)
    for f in findings:
        assert text[f.start:f.end] == f.match


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("ines is steady. i think she is ready! why not?", "Ines is steady. I think she is ready! why not?"),
        ("i'm glad; i've seen her notes", "I'm glad; I've seen her notes"),
        ("- tomas has left\n2. kai was late\nand wrap it", "- Tomas has left\n2. Kai was late\nand wrap it"),
        ("see e.g. dev was late. rafa can help", "see e.g. dev was late. Rafa can help"),
        ("a careful\nworker.\n\nteo is new", "a careful\nworker.\n\nTeo is new"),
        # an opening word with no auxiliary after it is left alone: "Immature, ..." would read as a name
        ("immature, needs to grow up", "immature, needs to grow up"),
    ],
)
def test_text_typed_in_lower_case_gets_its_sentence_capitals(text: str, mended: str) -> None:
    assert mend_case(text) == mended


@pytest.mark.parametrize("text", ["Ines is steady. but he is not.", "i think Ines is ready.", "iPhone app crashes"])
def test_text_with_any_capital_keeps_its_case(text: str) -> None:
    assert mend_case(text) == text


@given(st.text(alphabet=st.sampled_from(list("ai .!?\n-'1)e.g")), max_size=40))
def test_case_mending_keeps_the_length_and_the_letters(text: str) -> None:
    mended = mend_case(text)
    assert len(mended) == len(text) and mended.lower() == text.lower()


def test_a_name_typed_in_lower_case_is_still_read_as_the_subject() -> None:
    text = "ines is as good as they come."
    findings = fairfeedback.lint(text).findings
    assert [f.category for f in findings if f.rule_id == "FF302"] == ["vague-evaluation"]
    assert all(text[f.start:f.end] == f.match for f in findings)  # the writer's offsets and letters


def test_a_heading_word_in_capitals_is_no_named_artifact() -> None:
    # the tagger takes a capitalized first word for a name; named as nothing, it makes nothing specific
    assert any(f.category == "vague-target" for f in fairfeedback.lint("Supervisor note - needs to follow up more").findings)
