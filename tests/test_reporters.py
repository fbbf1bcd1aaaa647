"""Reporters: snapshot of every format over tests/fixtures/reviews, SARIF schema
validity, and the details snapshots do not pin (escaping, fixes, fingerprints).

Snapshots live in tests/snapshots/.  After an intended change (a reporter, or a
rule's wording), regenerate and review them:

    FF_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_reporters.py && git diff tests/snapshots

(refused when the ``CI`` environment variable is set).
"""

from __future__ import annotations

import difflib
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from fairfeedback._version import __version__
from fairfeedback.cli import FORMATS, cli
from fairfeedback.models import Applicability, Category, Finding, Report, Severity, Suggestion
from fairfeedback.reporters import REPORTERS
from fairfeedback.reporters.github import escape_data, escape_property, render_github
from fairfeedback.reporters.sarif import artifact_uri, render_sarif
from fairfeedback.rules import load_rules

HERE = Path(__file__).parent
FIXTURES = sorted((HERE / "fixtures" / "reviews").glob("*.txt"))
SNAPSHOTS = HERE / "snapshots"
SARIF_SCHEMA = json.loads((HERE / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
VERSION = "<version>"


def updating_snapshots() -> bool:
    """Whether FF_UPDATE_SNAPSHOTS=1 asks to rewrite the snapshots instead of comparing.

    Refused (the test fails) when the ``CI`` environment variable is set: on CI it would
    turn every snapshot test into a pass and check nothing."""
    if os.environ.get("FF_UPDATE_SNAPSHOTS") != "1":
        return False
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail("FF_UPDATE_SNAPSHOTS=1 is refused because CI is set: updating snapshots on CI "
                    "would pass every snapshot test without checking it. Update them locally, review "
                    "the diff and commit it; unset FF_UPDATE_SNAPSHOTS in the CI job.", pytrace=False)
    return True


def assert_snapshot(name: str, actual: str) -> None:
    """Compare with tests/snapshots/<name>; rewrite it when FF_UPDATE_SNAPSHOTS=1 (never on CI)."""
    path = SNAPSHOTS / name
    if updating_snapshots():
        if not path.exists() or path.read_text(encoding="utf-8") != actual:
            path.write_text(actual, encoding="utf-8", newline="\n")
        return
    how = ("If the change is intended, update the snapshots and review them:\n"
           "    FF_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_reporters.py && git diff tests/snapshots")
    if not path.exists():
        pytest.fail(f"snapshot {path.relative_to(HERE.parent)} does not exist.\n{how}", pytrace=False)
    expected = path.read_text(encoding="utf-8")
    if expected != actual:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=f"{name} (snapshot)", tofile=f"{name} (rendered now)"))
        pytest.fail(f"output differs from snapshot {name}:\n{diff}\n{how}", pytrace=False)


def normalise(fmt: str, output: str) -> str:
    """Replace the tool version (after checking it) so a version bump keeps snapshots."""
    if fmt not in ("json", "sarif"):
        return output
    doc = json.loads(output)
    tool = doc["tool"] if fmt == "json" else doc["runs"][0]["tool"]["driver"]
    for key in ("version", "semanticVersion"):
        if key in tool:
            assert tool[key] == __version__
            tool[key] = VERSION
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


@pytest.fixture(scope="module")
def results(linter) -> list[tuple[str, str, Report]]:
    out = []
    for path in FIXTURES:
        text = path.read_text(encoding="utf-8")
        out.append((f"tests/fixtures/reviews/{path.name}", text, linter.lint(text)))
    return out


def make_finding(**changes: Any) -> Finding:
    text = "You are lazy."
    values: dict[str, Any] = dict(
        rule_id="FF101", rule_name="trait-label", category=Category.CHARACTER_JUDGMENT,
        severity=Severity.WARNING, start=8, end=12, line=1, column=9, end_line=1, end_column=13,
        match="lazy", message="“lazy” labels the person.", explanation="Describe behavior.",
        suggestions=[Suggestion(title="Describe it", text="On [date], you [did what].",
                                applicability=Applicability.NEEDS_INPUT)],
        sentence_start=0, sentence_end=len(text))
    values.update(changes)
    return Finding(**values)


def sarif(results: list[tuple[str, str, Report]], **kwargs: Any) -> dict[str, Any]:
    return json.loads(render_sarif(results, **kwargs))


def test_fixtures_cover_clean_and_flagged_reviews(results):
    assert len(results) >= 3
    assert any(r.ok for _, _, r in results)
    assert sum(len(r.findings) >= 2 for _, _, r in results) >= 2
    assert {Severity.WARNING, Severity.ERROR} <= {f.severity for _, _, r in results for f in r.findings}


def test_every_cli_format_has_a_reporter():
    assert set(REPORTERS) == set(FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_snapshot(fmt, results):
    if fmt == "sarif":
        # rules[] limited to the rules that fire here, so editing any other rule's
        # wording does not churn this snapshot (the default, all rules, is tested below).
        fired = {f.rule_id for _, _, r in results for f in r.findings}
        output = render_sarif(results, rules=[s for s in load_rules().rules if s.id in fired])
    else:
        output = REPORTERS[fmt](results)
    assert_snapshot(f"reviews.{fmt}.snap", normalise(fmt, output))


@pytest.mark.parametrize("fmt", ["sarif", "github"])
def test_cli_uses_the_reporter(fmt):
    res = CliRunner().invoke(cli, ["lint", "--format", fmt, "-"], input="You are lazy.\n")
    assert res.exit_code == 1
    if fmt == "sarif":
        doc = json.loads(res.output)
        assert doc["runs"][0]["artifacts"] == [{"location": {"uri": "stdin"}}]
        assert "FF101" in [r["ruleId"] for r in doc["runs"][0]["results"]]
    else:
        prefix = "::warning title=fairfeedback FF101 (trait-label; confidence 0.90),file=<stdin>,line=1,col=9,endLine=1,endColumn=13::"
        assert any(line.startswith(prefix) for line in res.output.splitlines())


# --- SARIF -----------------------------------------------------------------

_URI_CHARS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")


def _uris(node: Any, key: str = "") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        return [u for k, v in node.items() for u in _uris(v, k)]
    if isinstance(node, list):
        return [u for v in node for u in _uris(v, key)]
    return [(key, node)] if key in ("uri", "$schema", "helpUri", "informationUri") else []


def schema_errors(doc: dict[str, Any]) -> list[str]:
    validator = Draft202012Validator(SARIF_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]
    # jsonschema checks "uri" formats only with optional packages: check the characters here.
    for key, uri in _uris(doc):
        if not _URI_CHARS.match(uri) or (key != "uri" and not re.match(r"^[a-z][a-z0-9+.-]*:", uri)):
            errors.append(f"{key}: invalid URI {uri!r}")
    return errors


def test_sarif_is_valid_against_the_schema(results):
    Draft202012Validator.check_schema(SARIF_SCHEMA)
    doc = sarif(results)
    assert doc["runs"][0]["results"], "the fixtures should produce results"
    assert schema_errors(doc) == []


def test_schema_check_catches_invalid_documents(results):
    doc = sarif(results)
    doc["runs"][0]["results"][0]["level"] = "warn"
    doc["runs"][0]["artifacts"][0]["location"]["uri"] = "a b.txt"
    errors = schema_errors(doc)
    assert any("'warn' is not one of" in e for e in errors)
    assert any("invalid URI 'a b.txt'" in e for e in errors)


def test_sarif_rules_levels_and_indexes(results):
    run = sarif(results)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    specs = load_rules().rules
    assert [r["id"] for r in rules] == [s.id for s in specs]
    for rule, spec in zip(rules, specs):
        assert rule["shortDescription"]["text"] == spec.summary
        assert rule["defaultConfiguration"]["level"] == {"suggestion": "note", "warning": "warning",
                                                         "error": "error"}[spec.severity.value]
        assert spec.suggestions[0].template in rule["help"]["markdown"]
    findings = [f for _, _, r in results for f in r.findings]
    assert len(run["results"]) == len(findings)
    for res, f in zip(run["results"], findings):
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"] == f.rule_id
        assert res["level"] == {"suggestion": "note", "warning": "warning", "error": "error"}[f.severity.value]
        assert res["message"]["text"] == f.message


def test_sarif_explicit_rules_and_unknown_rule():
    spec = load_rules().get("FF101")
    other = make_finding(rule_id="FF999", rule_name="team-rule", severity=Severity.SUGGESTION)
    run = sarif([("a.txt", "You are lazy.", Report(findings=[make_finding(), other]))], rules=[spec])["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["FF101", "FF999"]
    assert [r["ruleIndex"] for r in run["results"]] == [0, 1]
    assert run["results"][1]["level"] == rules[1]["defaultConfiguration"]["level"] == "note"


def test_sarif_regions_count_code_points(results):
    run = sarif(results)["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    texts = {uri["location"]["uri"]: text for uri, (_, text, _) in zip(run["artifacts"], results)}
    astral_before_match = False
    for res in run["results"]:
        loc = res["locations"][0]["physicalLocation"]
        text, region = texts[loc["artifactLocation"]["uri"]], loc["region"]
        line = text.split("\n")[region["startLine"] - 1]
        snippet = region["snippet"]["text"]
        assert line[region["startColumn"] - 1:region["endColumn"] - 1] == snippet
        assert text[region["charOffset"]:region["charOffset"] + region["charLength"]] == snippet
        astral_before_match |= any(ord(c) > 0xFFFF for c in line[:region["startColumn"] - 1])
    assert astral_before_match, "a fixture should have an emoji before a finding (UTF-16 columns would differ)"


def test_sarif_fixes_only_for_safe_suggestions():
    safe = Suggestion(title="Say what happened", text="missed two deadlines", applicability=Applicability.SAFE)
    shown = Suggestion(title="Advice", text="Describe behavior.", applicability=Applicability.DISPLAY_ONLY)
    findings = [make_finding(suggestions=[shown, safe]), make_finding(suggestions=[shown])]
    res = sarif([("a.txt", "You are lazy.", Report(findings=findings))], rules=[])["runs"][0]["results"]
    assert "fixes" not in res[1]
    [fix] = res[0]["fixes"]
    [change] = fix["artifactChanges"]
    [replacement] = change["replacements"]
    assert fix["description"]["text"] == "Say what happened"
    assert change["artifactLocation"]["uri"] == "a.txt"
    assert replacement["insertedContent"]["text"] == "missed two deadlines"
    assert replacement["deletedRegion"] == {"startLine": 1, "startColumn": 9, "endLine": 1, "endColumn": 13,
                                            "charOffset": 8, "charLength": 4}


def test_sarif_fingerprints_are_stable_hashes():
    text = "You are lazy. You are lazy."
    second = make_finding(start=22, end=26, column=23, end_column=27, sentence_start=14, sentence_end=27)
    first = make_finding(sentence_end=13)
    prints = [r["partialFingerprints"]["fairfeedback/v1"]
              for r in sarif([("a.txt", text, Report(findings=[first, second]))], rules=[])["runs"][0]["results"]]
    assert all(re.fullmatch(r"[0-9a-f]{32}:\d+", p) for p in prints)
    assert prints[0].split(":")[0] == prints[1].split(":")[0] and prints[0] != prints[1]
    moved = "Intro line.\n" + text
    shifted = make_finding(start=20, end=24, line=2, sentence_start=12, sentence_end=25)
    [res] = sarif([("a.txt", moved, Report(findings=[shifted]))], rules=[])["runs"][0]["results"]
    assert res["partialFingerprints"]["fairfeedback/v1"] == prints[0]
    other = make_finding(rule_id="FF102", sentence_end=13)
    [res] = sarif([("a.txt", text, Report(findings=[other]))], rules=[])["runs"][0]["results"]
    assert res["partialFingerprints"]["fairfeedback/v1"] != prints[0]


@pytest.mark.parametrize(("name", "uri"), [
    ("<stdin>", "stdin"),
    ("reviews/q3 review.txt", "reviews/q3%20review.txt"),
    ("notes/Zoë.txt", "notes/Zo%C3%AB.txt"),
    ("/tmp/r.txt", "file:///tmp/r.txt"),
    ("C:\\reviews\\r.txt", "file:///C:/reviews/r.txt"),
])
def test_artifact_uris_are_valid_uri_references(name, uri):
    assert artifact_uri(name) == uri
    assert schema_errors(sarif([(name, "You are lazy.", Report(findings=[make_finding()]))], rules=[])) == []


# --- GitHub ------------------------------------------------------------------

def test_github_escaping():
    assert escape_data("100%\r\ndone, a:b") == "100%25%0D%0Adone, a:b"
    assert escape_property("100%\r\ndone, a:b") == "100%25%0D%0Adone%2C a%3Ab"
    finding = make_finding(message="50% done, see: notes\nnext line", suggestions=[
        Suggestion(title="t", text="Say: what, when", applicability=Applicability.NEEDS_INPUT)])
    out = render_github([("dir,x/a:b%.txt", "You are lazy.", Report(findings=[finding]))])
    assert out == ("::warning title=fairfeedback FF101 (trait-label; confidence 1.00),file=dir%2Cx/a%3Ab%25.txt,"
                   "line=1,col=9,endLine=1,endColumn=13::50%25 done, see: notes%0Anext line "
                   "Suggestion: Say: what, when\n")


def test_github_levels_and_clean_input():
    findings = [make_finding(severity=s, suggestions=[]) for s in Severity]
    out = render_github([("a.txt", "You are lazy.", Report(findings=findings))]).splitlines()
    assert [line.split(" ", 1)[0] for line in out] == ["::notice", "::warning", "::error"]
    assert out[0].endswith("::“lazy” labels the person.")
    assert render_github([("a.txt", "Fine.", Report())]) == ""


# --- FF_UPDATE_SNAPSHOTS is refused on CI (issue 15) ------------------------------------


@pytest.fixture()
def scratch_snapshots(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import sys

    monkeypatch.setattr(sys.modules[__name__], "SNAPSHOTS", tmp_path)
    (tmp_path / "x.snap").write_text("old\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("ci", ["true", "1", "yes"])
def test_snapshot_update_is_refused_on_ci(scratch_snapshots: Path, monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    monkeypatch.setenv("FF_UPDATE_SNAPSHOTS", "1")
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.fail.Exception, match="refused because CI is set"):
        assert_snapshot("x.snap", "new\n")
    with pytest.raises(pytest.fail.Exception, match="refused because CI is set"):
        assert_snapshot("x.snap", "old\n")  # even when nothing would change
    assert (scratch_snapshots / "x.snap").read_text(encoding="utf-8") == "old\n"


def test_snapshot_update_works_off_ci_and_compares_otherwise(scratch_snapshots: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("FF_UPDATE_SNAPSHOTS", "1")
    assert_snapshot("x.snap", "new\n")
    assert (scratch_snapshots / "x.snap").read_text(encoding="utf-8") == "new\n"
    monkeypatch.setenv("CI", "true")
    monkeypatch.delenv("FF_UPDATE_SNAPSHOTS")
    with pytest.raises(pytest.fail.Exception, match="differs from snapshot"):
        assert_snapshot("x.snap", "other\n")
    assert_snapshot("x.snap", "new\n")
