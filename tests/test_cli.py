"""The CLI contract: formats, exit codes, one-line errors, never a traceback."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from fairfeedback.cli import cli


@pytest.fixture()
def run():
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return invoke


def test_text_output_and_exit_1(run, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Thanks for the demo.\nYou are lazy.\n", encoding="utf-8")
    res = run("lint", "--select", "FF1", str(p))
    assert res.exit_code == 1
    first, second = res.output.splitlines()[:2]
    assert first.startswith(f"{p}:2:9: FF101 [warning, confidence 0.90] ")
    assert second.startswith("    suggestion: ")


def test_clean_input_exits_0(run, tmp_path):
    p = tmp_path / "ok.txt"
    p.write_text("You shipped the export feature on March 3, two days early.\n", encoding="utf-8")
    res = run("lint", str(p))
    assert res.exit_code == 0, res.output
    assert "No problems found." in res.output


def test_stdin_and_json(run):
    res = run("lint", "--format", "json", "-", input="You are lazy.\n")
    assert res.exit_code == 1
    doc = json.loads(res.output)
    assert doc["version"] == "1"
    assert doc["files"][0]["path"] == "<stdin>"
    f = doc["files"][0]["findings"][0]
    assert {"rule_id", "rule_name", "category", "severity", "start", "end", "line", "column",
            "message", "explanation", "suggestions"} <= set(f)


def test_directory_input(run, tmp_path):
    (tmp_path / "a.txt").write_text("You are lazy.", encoding="utf-8")
    (tmp_path / "b.md").write_text("Great demo on May 4; it closed the Acme deal.", encoding="utf-8")
    (tmp_path / "c.bin").write_bytes(b"\x00\x01")
    res = run("lint", "--format", "json", str(tmp_path))
    paths = [f["path"] for f in json.loads(res.output)["files"]]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "b.md")]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"\x00\x01\x02binary", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
    ],
)
def test_bad_input_is_one_line_exit_2(run, tmp_path, content, needle):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    res = run("lint", str(p))
    assert res.exit_code == 2
    err = res.stderr if hasattr(res, "stderr") else res.output
    assert needle in err
    assert "Traceback" not in res.output


def test_missing_file_exit_2(run, tmp_path):
    res = run("lint", str(tmp_path / "nope.txt"))
    assert res.exit_code == 2
    assert "no such file" in res.output


def test_bad_rule_folder_names_file_and_field(run, tmp_path):
    (tmp_path / "FF199-bad-rule.yml").write_text("id: FF199\nname: bad-rule\ncategory: character-judgment\n", encoding="utf-8")
    p = tmp_path / "r.txt"
    p.write_text("You are lazy.", encoding="utf-8")
    res = run("lint", "--rules", str(tmp_path), str(p))
    assert res.exit_code == 2
    assert "FF199-bad-rule.yml" in res.output and "rule FF199" in res.output
    assert len([line for line in res.output.splitlines() if line.strip()]) == 1


def test_unknown_selector_exit_2(run):
    res = run("lint", "--select", "FF9zz", "-", input="You are lazy.")
    assert res.exit_code == 2
    assert "unknown rule selector" in res.output


def test_exit_zero(run):
    assert run("lint", "--exit-zero", "-", input="You are lazy.").exit_code == 0


def test_rules_and_rule(run):
    res = run("rules")
    assert res.exit_code == 0 and "FF101" in res.output
    res = run("rule", "FF101")
    assert res.exit_code == 0 and "# trait-label (FF101)" in res.output and "## Examples" in res.output
    assert run("rule", "FF000").exit_code == 2


def test_version(run):
    res = run("--version")
    assert res.exit_code == 0 and "fairfeedback" in res.output


def test_a_missing_optional_extra_is_a_clear_error(monkeypatch):
    """`fairfeedback serve` without the serve extra says what to install, in one line, exit 2."""
    from fairfeedback import cli as cli_module

    monkeypatch.setitem(cli_module.LAZY_COMMANDS, "serve", "no_such_package_for_ff.command:serve")
    res = CliRunner().invoke(cli_module.cli, ["serve", "--port", "0"])
    assert res.exit_code == 2
    assert "'serve' needs the optional package 'no_such_package_for_ff'" in res.output
    assert 'pip install "fairfeedback[serve]"' in res.output
