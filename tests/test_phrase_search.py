"""PhraseSearch finds exactly what the one-big-regex it replaces finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fairfeedback.phrase_search import PhraseSearch, phrase_regex

WORDS = ["you", "your", "it's", "don't", "by", "the", "end", "of", "follow", "up", "ever", "even", "é", "x_y", "a"]
SEPS = [" ", "  ", "\n", "\t ", "-", "?", "'", ", ", ".", "(", ""]

phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).flatmap(
    lambda ws: st.lists(st.sampled_from([" ", "-", "?"]), min_size=len(ws) - 1, max_size=len(ws) - 1).map(
        lambda seps: "".join(w + (seps[i] if i < len(seps) else "") for i, w in enumerate(ws))))
text = st.lists(st.tuples(st.sampled_from(WORDS + ["?", "(x)", "Even"]), st.sampled_from(SEPS)), max_size=14).map(
    lambda parts: "".join(w + s for w, s in parts))


def spans(it):
    return [(m.start(), m.end(), m.group(0)) for m in it]


@settings(max_examples=400)
@given(st.lists(phrase, min_size=1, max_size=6), text)
def test_same_matches_as_the_regex(phrases, s):
    ours, rx = PhraseSearch(phrases), phrase_regex(phrases)
    assert spans(ours.finditer(s)) == spans(rx.finditer(s))
    m, r = ours.search(s), rx.search(s)
    assert (m and m.span()) == (r and r.span())
    for candidate in (s, *phrases, phrases[0] + " ", phrases[0].replace(" ", "\n ")):
        m, r = ours.fullmatch(candidate), rx.fullmatch(candidate)
        assert (m and m.span()) == (r and r.span()), candidate


def test_examples():
    ps = PhraseSearch(["what were you thinking", "by the end of", "thanks", "thanks for", "follow-up"])
    s = "Thanks for nothing. what were\n  you thinking? By the end of\tQ2, a follow-up; thanksgiving"
    assert [m.group(0) for m in ps.finditer(s.lower())] == [
        "thanks for", "what were\n  you thinking", "by the end of", "follow-up"]
    assert ps.search("nothing here") is None
    assert not PhraseSearch([]) and PhraseSearch([]).search("x") is None


def test_same_matches_on_the_shipped_lexicons():
    from fairfeedback.rules import load_rules

    rules = load_rules()
    texts = [ex.text.lower() for r in rules.rules for ex in r.examples.flag_examples()]
    texts += [t.lower() for r in rules.rules for t in r.examples.pass_]
    for name, lex in rules.lexicons.items():
        ours, rx = PhraseSearch(lex.terms), phrase_regex(lex.terms)
        for t in texts:
            assert spans(ours.finditer(t)) == spans(rx.finditer(t)), (name, t)
