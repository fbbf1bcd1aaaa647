"""On-disk caches: validated rules and tokenized phrase terms give the same
results as building from scratch, and a damaged cache is rebuilt."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairfeedback.rules.loader import builtin_rules_dir, load_rules

TERMS_LOWER = ["not a team player", "can't be bothered", "ill-tempered", "team player"]
TERMS_LEMMA = ["lacks initiative", "doesn't care", "drags their feet"]


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("FAIRFEEDBACK_NO_CACHE", raising=False)
    monkeypatch.setenv("FAIRFEEDBACK_CACHE_DIR", str(tmp_path))
    return tmp_path


def _doc_rows(docs):
    return [[(t.text, t.lower_, t.lemma_) for t in d] for d in docs]


def test_rules_cache_round_trip(cache_dir: Path) -> None:
    first = load_rules()
    files = list(cache_dir.glob("rules-*.pickle"))
    assert len(files) == 1
    again = load_rules()
    assert [r.model_dump() for r in again.rules] == [r.model_dump() for r in first.rules]
    assert again.lexicons == first.lexicons


def test_damaged_rules_cache_is_rebuilt(cache_dir: Path) -> None:
    load_rules()
    (path,) = cache_dir.glob("rules-*.pickle")
    path.write_bytes(b"not a pickle")
    rules = load_rules()
    assert len(rules.rules) == len(list(builtin_rules_dir().rglob("FF*.yml")))


def test_term_docs_cache_matches_fresh_build(cache_dir: Path) -> None:
    from fairfeedback.matching.phrases import TermDocs
    from fairfeedback.nlp import load_pipeline

    nlp = load_pipeline()
    fresh = TermDocs(nlp, TERMS_LOWER, TERMS_LEMMA, cache=False)
    assert not list(cache_dir.glob("terms-*.pickle"))
    TermDocs(nlp, TERMS_LOWER, TERMS_LEMMA)
    (path,) = cache_dir.glob("terms-*.pickle")
    cached = TermDocs(nlp, TERMS_LOWER, TERMS_LEMMA)
    assert _doc_rows(cached.lower_docs(TERMS_LOWER)) == _doc_rows(fresh.lower_docs(TERMS_LOWER))
    assert [[t.lemma_ for t in d] for d in cached.lemma_docs(TERMS_LEMMA)] == \
        [[t.lemma_ for t in d] for d in fresh.lemma_docs(TERMS_LEMMA)]
    # the lemmas come from the model, not the surface words
    assert [t.lemma_ for t in cached.lemma_docs(["lacks initiative"])[0]] == ["lack", "initiative"]
    path.write_bytes(b"\x80garbage")
    rebuilt = TermDocs(nlp, TERMS_LOWER, TERMS_LEMMA)
    assert _doc_rows(rebuilt.lower_docs(TERMS_LOWER)) == _doc_rows(fresh.lower_docs(TERMS_LOWER))


def test_term_cache_key_follows_the_terms(cache_dir: Path) -> None:
    from fairfeedback.matching.phrases import TermDocs
    from fairfeedback.nlp import load_pipeline

    nlp = load_pipeline()
    TermDocs(nlp, TERMS_LOWER, TERMS_LEMMA)
    TermDocs(nlp, TERMS_LOWER + ["new term"], TERMS_LEMMA)
    assert len(list(cache_dir.glob("terms-*.pickle"))) == 2


def test_findings_do_not_depend_on_the_cache(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fairfeedback import Linter

    text = (Path(__file__).resolve().parent.parent / "examples" / "review.txt").read_text()
    warm = [Linter().lint(text) for _ in range(2)][-1]  # second Linter reads both caches
    monkeypatch.setenv("FAIRFEEDBACK_NO_CACHE", "1")
    cold = Linter().lint(text)
    assert warm.findings and [f.model_dump() for f in warm.findings] == [f.model_dump() for f in cold.findings]
