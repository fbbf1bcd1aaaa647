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


def _rows(td) -> list[tuple[tuple[str, ...], ...]]:
    return [td.lower_words(t) for t in TERMS_LOWER] + [td.lemmas(t) for t in TERMS_LEMMA]


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
    from fairfeedback.matching.phrases import TermWords
    from fairfeedback.nlp import load_pipeline

    nlp = load_pipeline()
    fresh = TermWords(nlp, TERMS_LOWER, TERMS_LEMMA, cache=False)
    assert not list(cache_dir.glob("terms-*.pickle"))
    TermWords(nlp, TERMS_LOWER, TERMS_LEMMA)
    (path,) = cache_dir.glob("terms-*.pickle")
    cached = TermWords(nlp, TERMS_LOWER, TERMS_LEMMA)
    assert _rows(cached) == _rows(fresh)
    assert cached.lower_words("can't be bothered") == ("ca", "n't", "be", "bothered")
    # the lemmas come from the model, not the surface words
    assert cached.lemmas("lacks initiative") == ("lack", "initiative")
    path.write_bytes(b"\x80garbage")
    assert _rows(TermWords(nlp, TERMS_LOWER, TERMS_LEMMA)) == _rows(fresh)


def test_term_cache_key_follows_the_terms(cache_dir: Path) -> None:
    from fairfeedback.matching.phrases import TermWords
    from fairfeedback.nlp import load_pipeline

    nlp = load_pipeline()
    TermWords(nlp, TERMS_LOWER, TERMS_LEMMA)
    TermWords(nlp, TERMS_LOWER + ["new term"], TERMS_LEMMA)
    assert len(list(cache_dir.glob("terms-*.pickle"))) == 2


def test_findings_do_not_depend_on_the_cache(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fairfeedback import Linter

    text = (Path(__file__).resolve().parent.parent / "examples" / "review.txt").read_text()
    warm = [Linter().lint(text) for _ in range(2)][-1]  # second Linter reads both caches
    monkeypatch.setenv("FAIRFEEDBACK_NO_CACHE", "1")
    cold = Linter().lint(text)
    assert warm.findings and [f.model_dump() for f in warm.findings] == [f.model_dump() for f in cold.findings]


#: "mark", "number" and "cc" are also spaCy symbols (a dependency label, a morph feature): their keys are
#: small symbol ids, not string hashes, and a phrase with them once never matched
WORDS = ["team", "player", "not", "a", "lacks", "initiative", "care", "does", "n't", "the", "ca", "be", "bothered",
         "mark", "number", "cc"]


def test_phrase_index_finds_what_spacy_phrase_matcher_finds() -> None:
    """The dictionary matcher reports exactly PhraseMatcher's matches, on both
    attributes, for random documents over a small vocabulary (many overlaps)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    from fairfeedback.matching.phrases import PhraseIndex
    from fairfeedback.nlp import load_pipeline

    vocab = load_pipeline().vocab
    seqs = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(tuple)

    @settings(max_examples=150)
    @given(st.lists(st.tuples(st.sampled_from(["R1", "R2"]), seqs), min_size=1, max_size=8),
           st.lists(st.sampled_from(WORDS + ["Team", "NOT"]), max_size=25))
    def check(terms, words):
        for attr in ("LOWER", "LEMMA"):
            ours, theirs = PhraseIndex(attr), PhraseMatcher(vocab, attr=attr)
            for key, seq in terms:
                ours.add(key, [seq])
                theirs.add(key, [Doc(vocab, words=list(seq), lemmas=list(seq))])
            doc = Doc(vocab, words=words or ["x"], lemmas=[w.lower() for w in words] or ["x"])
            expected = {(vocab.strings[k], s, e) for k, s, e in theirs(doc)}
            assert set(ours(doc)) == expected

    check()


def test_cache_keeps_only_the_newest_entries(cache_dir: Path) -> None:
    import os

    from fairfeedback.rules.loader import KEEP_ENTRIES, read_cache, write_cache

    for i in range(KEEP_ENTRIES + 3):
        path = cache_dir / f"terms-{i:04d}.pickle"
        write_cache(path, {"n": i})
        os.utime(path, ns=(i * 10**9, i * 10**9))  # distinct, increasing ages
    write_cache(cache_dir / "rules-only.pickle", [1])
    kept = sorted(p.name for p in cache_dir.glob("terms-*.pickle"))
    assert len(kept) == KEEP_ENTRIES
    assert kept[-1] == f"terms-{KEEP_ENTRIES + 2:04d}.pickle"
    assert read_cache(cache_dir / kept[-1]) == {"n": KEEP_ENTRIES + 2}
    assert read_cache(cache_dir / "rules-only.pickle") == [1]  # other kinds are untouched


# --- the rules cache is keyed by the code that builds it (issue 15) --------------------


def _package_copy(tmp_path: Path) -> Path:
    """A copy of the key modules of the installed package, to edit."""
    from fairfeedback.rules import loader

    copy = tmp_path / "pkg"
    for rel in loader.CACHE_KEY_MODULES:
        (copy / rel).parent.mkdir(parents=True, exist_ok=True)
        (copy / rel).write_bytes((loader._PACKAGE_DIR / rel).read_bytes())
    return copy


#: The code the cached rules depend on: the schema and loader that validate them, the enums
#: they hold, the classifier-model validator.
KEY_CODE = ["rules/schema.py", "rules/loader.py", "rules/__init__.py", "models.py", "matching/classifier.py"]


@pytest.mark.parametrize("module", KEY_CODE)
def test_rules_cache_file_changes_with_the_code_that_builds_it(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str
) -> None:
    """A changed schema, loader, validator or enum must not be served rules cached by the
    old code: the cache file name changes, and the old entry is not read."""
    from fairfeedback.rules import loader

    copy = _package_copy(tmp_path)
    monkeypatch.setattr(loader, "_PACKAGE_DIR", copy)
    before = loader._cache_file([builtin_rules_dir()])
    assert before is not None and before.parent == cache_dir
    assert loader._cache_file([builtin_rules_dir()]) == before  # stable while nothing changes
    edited = copy / module
    edited.parent.mkdir(parents=True, exist_ok=True)
    with edited.open("a", encoding="utf-8") as fh:
        fh.write("\n# a change to the code\n")
    after = loader._cache_file([builtin_rules_dir()])
    assert after is not None and after != before, f"editing {module} keeps the rules cache key"

    # a stale entry under the old key is never read once the code has changed
    loader.write_cache(before, loader.RuleSet(rules=[]))
    assert load_rules().rules


def test_other_code_does_not_change_the_rules_cache_key(cache_dir: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from fairfeedback.rules import loader

    copy = _package_copy(tmp_path)
    monkeypatch.setattr(loader, "_PACKAGE_DIR", copy)
    before = loader._cache_file([builtin_rules_dir()])
    (copy / "cli.py").write_text("# the command line does not shape the cached rules\n", encoding="utf-8")
    assert loader._cache_file([builtin_rules_dir()]) == before


def test_rules_cache_file_changes_with_the_package_version(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fairfeedback import _version
    from fairfeedback.rules import loader

    before = loader._cache_file([builtin_rules_dir()])
    monkeypatch.setattr(_version, "__version__", _version.__version__ + ".post1")
    assert loader._cache_file([builtin_rules_dir()]) != before


def test_cache_key_covers_every_module_the_cached_rules_come_from(cache_dir: Path) -> None:
    """Every fairfeedback module whose classes are in the rules pickle, and the modules
    that validate it, are in the key: a new schema module must be added to it."""
    import io
    import pickle

    from fairfeedback.rules import loader

    load_rules()
    (path,) = cache_dir.glob("rules-*.pickle")
    seen: set[str] = set()

    class Recording(pickle.Unpickler):
        def find_class(self, module: str, name: str):  # type: ignore[no-untyped-def]
            seen.add(module)
            return super().find_class(module, name)

    Recording(io.BytesIO(path.read_bytes())).load()
    ours = {m for m in seen if m == "fairfeedback" or m.startswith("fairfeedback.")}
    assert {"fairfeedback.rules.schema", "fairfeedback.rules.loader", "fairfeedback.models"} <= ours
    keyed = {"fairfeedback." + rel.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
             for rel in loader.CACHE_KEY_MODULES}
    assert ours <= keyed, f"modules in the rules cache but not in its key: {sorted(ours - keyed)}"
    # the loader validates classifier models with this function: its module is keyed too
    from fairfeedback.matching.classifier import validate_model

    assert validate_model.__module__ in keyed
    for rel in loader.CACHE_KEY_MODULES:
        assert (loader._PACKAGE_DIR / rel).is_file(), rel


def test_the_suite_does_not_use_the_home_cache(suite_cache_dir: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """tests/conftest.py points the caches at a temporary folder before any rules load."""
    import os
    import tempfile

    from fairfeedback.rules.loader import cache_dir as where

    assert os.environ["FAIRFEEDBACK_CACHE_DIR"] == suite_cache_dir
    assert where() == Path(suite_cache_dir)
    assert Path(suite_cache_dir).resolve().is_relative_to(Path(tempfile.gettempdir()).resolve())
    assert not where().resolve().is_relative_to((Path.home() / ".cache").resolve())
    monkeypatch.delenv("FAIRFEEDBACK_NO_CACHE", raising=False)
    load_rules()
    assert list(Path(suite_cache_dir).glob("rules-*.pickle"))
