"""Review-workflow features: config files, inline suppression, baseline, input formats."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from fairfeedback import Config, Linter
from fairfeedback.cli import cli


def lint(*args, cwd=None, input=None):
    runner = CliRunner()
    if cwd is not None:
        with runner.isolated_filesystem(temp_dir=cwd):
            pass
    return runner.invoke(cli, ["lint", *args], input=input, catch_exceptions=False)


def rule_ids(res):
    """Sentence-level rule ids found (document-level FF9xx checks left out)."""
    return [f["rule_id"] for file in json.loads(res.output)["files"] for f in file["findings"]
            if not f["rule_id"].startswith("FF9")]


@pytest.fixture()
def review(tmp_path):
    p = tmp_path / "team" / "review.txt"
    p.parent.mkdir()
    p.write_text("You are lazy.\nHe is not a team player.\n", encoding="utf-8")
    return p


def test_pyproject_config_is_found_walking_up(tmp_path, review):
    (tmp_path / "pyproject.toml").write_text('[tool.fairfeedback]\nignore = ["FF101", "FF190"]\n', encoding="utf-8")
    res = lint("--format", "json", str(review))
    assert rule_ids(res) == ["FF102"]


def test_dot_config_wins_when_nearer_and_cli_flags_win_over_it(tmp_path, review):
    (tmp_path / "pyproject.toml").write_text('[tool.fairfeedback]\nignore = ["FF101"]\n', encoding="utf-8")
    (review.parent / ".fairfeedback.toml").write_text('select = ["FF101"]\n', encoding="utf-8")
    assert rule_ids(lint("--format", "json", str(review))) == ["FF101"]
    assert rule_ids(lint("--format", "json", "--select", "FF102", str(review))) == ["FF102"]
    assert rule_ids(lint("--format", "json", "--isolated", str(review))) == ["FF101", "FF102"]


def test_severity_override_and_fail_on(tmp_path, review):
    (review.parent / ".fairfeedback.toml").write_text(
        'fail-on = "error"\n[severity]\nFF101 = "error"\n', encoding="utf-8")
    res = lint("--format", "json", str(review))
    sev = {f["rule_id"]: f["severity"] for f in json.loads(res.output)["files"][0]["findings"]
           if not f["rule_id"].startswith("FF9")}
    assert sev == {"FF101": "error", "FF102": "warning"}
    assert res.exit_code == 1
    (review.parent / ".fairfeedback.toml").write_text('fail-on = "error"\nignore = ["FF9"]\n', encoding="utf-8")
    assert lint(str(review)).exit_code == 0  # only warnings: below the threshold
    assert lint("--fail-on", "warning", str(review)).exit_code == 1


@pytest.mark.parametrize("content", ['colour = "red"\n', 'select = "FF1"\n', 'fail-on = "loud"\n', 'select = ["FF9zz"]\n'])
def test_bad_config_is_a_clear_error(review, content):
    (review.parent / ".fairfeedback.toml").write_text(content, encoding="utf-8")
    res = lint(str(review))
    assert res.exit_code == 2
    assert "fairfeedback: error:" in res.output and "Traceback" not in res.output


def test_allow_list(linter):
    allowing = Linter(Config(allow=["lazy about documentation"]))
    text = "Jordan is lazy about documentation. You are lazy."
    assert [f.start for f in allowing.lint(text).findings if f.rule_id == "FF101"] == [text.rindex("lazy")]


def test_inline_ignore_next_line_and_same_line(linter):
    text = "fairfeedback: ignore FF101\nYou are lazy.\nHe is careless. <!-- fairfeedback: ignore trait-label -->\nShe is rude.\n"
    report = linter.lint(text)
    assert [f.match for f in report.findings if f.rule_id == "FF101"] == ["rude"]
    assert report.suppressed == 2 and report.unused_suppressions == []


def test_disable_enable_range_and_unused(linter):
    text = ("<!-- fairfeedback: disable character-judgment -->\nYou are lazy.\n"
            "<!-- fairfeedback: enable -->\nHe is careless.\n<!-- fairfeedback: ignore FF8 -->\nThe demo went well on May 3.\n")
    report = linter.lint(text, fmt="markdown")
    assert [f.match for f in report.findings if f.rule_id == "FF101"] == ["careless"]
    assert [u.line for u in report.unused_suppressions] == [5]


def test_unused_suppression_in_text_output(tmp_path):
    p = tmp_path / "r.md"
    p.write_text("<!-- fairfeedback: ignore FF101 -->\nThe launch went out on May 3.\n", encoding="utf-8")
    res = lint(str(p))
    assert f"{p}:1:1: unused suppression" in res.output


def test_markdown_skips_code_urls_and_front_matter(linter):
    text = "---\ntitle: You are lazy\n---\nSee `lazy = True` and https://x.io/lazy-you.\n```\nYou are lazy.\n```\nHe is rude.\n"
    report = linter.lint(text, fmt="markdown")
    assert [(f.match, f.line) for f in report.findings if f.rule_id == "FF101"] == [("rude", 8)]


def test_html_text_only_with_offsets(linter):
    text = "<html><body><p>Great call.</p><p>You are <b>lazy</b>.</p><script>rude()</script></body></html>"
    (f,) = [f for f in linter.lint(text, fmt="html").findings if f.rule_id == "FF101"]
    assert text[f.start:f.end] == "lazy"


def test_csv_rows_are_documents(tmp_path):
    p = tmp_path / "export.csv"
    p.write_text('id,comments\n1,"Shipped the importer on May 3."\n2,"You are lazy, honestly."\n', encoding="utf-8")
    res = lint("--format", "json", "--column", "comments", str(p))
    files = json.loads(res.output)["files"]
    assert [f["path"] for f in files] == [f"{p}:row 2", f"{p}:row 3"]
    assert [f["rule_id"] for f in files[1]["findings"] if not f["rule_id"].startswith("FF9")] == ["FF101"]
    detected = lint("--format", "json", str(p))  # no --column: the 'comments' column is taken
    assert json.loads(detected.output)["files"] == files
    assert "no column" in lint("--column", "nope", str(p)).output


def test_directory_include_exclude(tmp_path):
    (tmp_path / "a.txt").write_text("You are lazy.", encoding="utf-8")
    (tmp_path / "draft-b.txt").write_text("You are rude.", encoding="utf-8")
    (tmp_path / "c.feedback").write_text("You are careless.", encoding="utf-8")
    res = lint("--format", "json", "--exclude", "draft-*", str(tmp_path))
    assert [f["path"].rsplit("/", 1)[1] for f in json.loads(res.output)["files"]] == ["a.txt"]
    res = lint("--format", "json", "--include", "*.feedback", str(tmp_path))
    assert [f["path"].rsplit("/", 1)[1] for f in json.loads(res.output)["files"]] == ["c.feedback"]


def test_baseline_reports_only_new_findings(tmp_path, review):
    base = tmp_path / "baseline.json"
    first = lint("--baseline", str(base), str(review))
    assert first.exit_code == 0 and "baseline written" in first.output
    assert "lazy" not in base.read_text(encoding="utf-8")  # fingerprints, never review text
    assert lint("--baseline", str(base), str(review)).exit_code == 0
    review.write_text(review.read_text(encoding="utf-8") + "She is arrogant.\n", encoding="utf-8")
    res = lint("--format", "json", "--baseline", str(base), str(review))
    assert res.exit_code == 1
    assert [f["match"] for f in json.loads(res.output)["files"][0]["findings"]] == ["arrogant"]


def test_bad_baseline_file(tmp_path, review):
    base = tmp_path / "b.json"
    base.write_text("not json", encoding="utf-8")
    res = lint("--baseline", str(base), str(review))
    assert res.exit_code == 2 and "not a fairfeedback baseline" in res.output


# --- issue 15, item 6: configuration -----------------------------------------------

def test_unknown_selector_in_a_config_file_names_the_file_and_key(tmp_path):
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text('[tool.fairfeedback]\nignore = ["FF999x"]\n', encoding="utf-8")
    (tmp_path / "r.txt").write_text("You are lazy.\n", encoding="utf-8")
    res = lint(str(tmp_path / "r.txt"))
    assert res.exit_code == 2
    assert str(cfg) in res.output and "'ignore'" in res.output and "FF999x" in res.output


def test_config_option_takes_a_tool_fairfeedback_table(tmp_path):
    cfg = tmp_path / "x.toml"
    cfg.write_text('[tool.fairfeedback]\nignore = ["character-judgment"]\n', encoding="utf-8")
    review = tmp_path / "r.txt"
    review.write_text("You are lazy and always late.\n", encoding="utf-8")
    res = lint("--format", "json", "--config", str(cfg), str(review))
    assert res.exit_code == 1 and rule_ids(res) == ["FF501"]


def test_selectors_take_comma_lists(tmp_path):
    review = tmp_path / "r.txt"
    review.write_text("You are lazy and always late. Improve your communication.\n", encoding="utf-8")
    res = lint("--isolated", "--format", "json", "--select", "FF101,FF501", str(review))
    assert sorted(rule_ids(res)) == ["FF101", "FF501"]
    res = lint("--isolated", "--format", "json", "--ignore", "FF1, FF5", str(review))
    assert not {"FF101", "FF501"} & set(rule_ids(res))


def test_update_baseline_without_baseline_is_a_usage_error(tmp_path):
    review = tmp_path / "r.txt"
    review.write_text("You are lazy.\n", encoding="utf-8")
    res = lint("--isolated", "--update-baseline", str(review))
    assert res.exit_code == 2 and "--baseline" in res.output


# --- issue 15, item 7: rewrite follows the configuration ----------------------------

def test_rewrite_follows_config_and_flags(tmp_path):
    review = tmp_path / "r.txt"
    review.write_text("You are lazy.\n", encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(cli, ["rewrite", "--isolated", str(review)]).output
    assert "lazy" not in plain  # the character rewrite replaces the label
    (tmp_path / ".fairfeedback.toml").write_text('ignore = ["character-judgment"]\n', encoding="utf-8")
    assert runner.invoke(cli, ["rewrite", str(review)]).output == "You are lazy.\n"
    assert runner.invoke(cli, ["rewrite", "--isolated", "--ignore", "FF1", str(review)]).output == "You are lazy.\n"
    assert "lazy" not in runner.invoke(cli, ["rewrite", "--isolated", str(review)]).output


# --- issue 15, item 8: --fix says what it did and did not do -------------------------

def test_fix_explains_stdin_and_csv(tmp_path):
    runner = CliRunner()
    res = runner.invoke(cli, ["lint", "--isolated", "--fix", "-"], input="You are lazy.\n")
    assert "<stdin>: not fixed: --fix edits files in place, not standard input" in res.output
    csv_file = tmp_path / "e.csv"
    csv_file.write_text("id,c\n1,You are lazy.\n", encoding="utf-8")
    res = runner.invoke(cli, ["lint", "--isolated", "--fix", "--column", "c", str(csv_file)])
    assert f"{csv_file}:row 2: not fixed: --fix edits files in place, not CSV cells" in res.output
    assert csv_file.read_text(encoding="utf-8") == "id,c\n1,You are lazy.\n"


def test_fix_names_each_removed_sentence(tmp_path):
    review = tmp_path / "s.txt"
    review.write_text("Fine work on the audit.\nSince her divorce her focus has slipped.\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["lint", "--isolated", "--fix", str(review)])
    assert f"{review}:2:1: removed a sentence (FF803, sensitive-disclosure)" in res.output
    assert review.read_text(encoding="utf-8") == "Fine work on the audit.\n"


# --- issue 15, item 5: CSV ----------------------------------------------------------

CSV_EXPORT = 'id,comments\n1,"Shipped the importer on May 3."\n2,"You are lazy, honestly.\nAnd always late."\n3,"She never listens."\n'


def test_csv_locations_point_into_the_file(tmp_path):
    p = tmp_path / "export.csv"
    p.write_text(CSV_EXPORT, encoding="utf-8")
    runner = CliRunner()
    sarif = json.loads(runner.invoke(cli, ["lint", "--isolated", "--format", "sarif", str(p)]).output)
    run = sarif["runs"][0]
    assert [a["location"]["uri"] for a in run["artifacts"]] == [p.as_uri()]
    where = {(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"], r["properties"]["row"])
             for r in run["results"]}
    assert {("FF101", 3, 3), ("FF501", 4, 3), ("FF501", 5, 4)} <= where  # file lines; the cell of row 3 spans 3-4
    gh = runner.invoke(cli, ["lint", "--isolated", "--format", "github", str(p)]).output
    assert f"file={p}" in gh.replace("%3A", ":") and "line=5" in gh and "row 4" in gh and ":row" not in gh
    text = runner.invoke(cli, ["lint", "--isolated", str(p)]).output
    assert text.rstrip().endswith("in 1 file.")
    js = json.loads(runner.invoke(cli, ["lint", "--isolated", "--format", "json", str(p)]).output)
    assert [f["origin"] for f in js["files"]] == [{"path": str(p), "line": 2, "row": 2},
                                                  {"path": str(p), "line": 3, "row": 3},
                                                  {"path": str(p), "line": 5, "row": 4}]


def test_csv_column_is_detected_or_the_file_skipped_in_a_folder(tmp_path):
    (tmp_path / "export.csv").write_text(CSV_EXPORT, encoding="utf-8")
    (tmp_path / "numbers.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text("You are lazy.\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["lint", "--isolated", "--format", "json", str(tmp_path)])
    assert res.exit_code == 1  # findings, not a usage error
    assert "numbers.csv: skipped: CSV input needs --column" in res.output
    named = CliRunner().invoke(cli, ["lint", "--isolated", str(tmp_path / "numbers.csv")])
    assert named.exit_code == 2 and "--column" in named.output


# --- issue 15, item 4: baselines ------------------------------------------------------

def _baseline_run(*args):
    return CliRunner().invoke(cli, ["lint", "--isolated", "--format", "json", *args], catch_exceptions=False)


def test_baseline_covers_streamed_files(tmp_path, monkeypatch):
    from fairfeedback import inputs

    monkeypatch.setattr(inputs, "STREAM_BYTES", 2000)  # stream this small file as if it were over 8 MiB
    big = tmp_path / "big.txt"
    big.write_text("Notes from the quarter.\n\n" + "You are lazy and you always miss the handover.\n\n" * 80,
                   encoding="utf-8")
    base = tmp_path / "bl.json"
    first = _baseline_run("--baseline", str(base), str(big))
    assert first.exit_code == 0
    recorded = json.loads(base.read_text(encoding="utf-8"))["fingerprints"]
    assert len(recorded) >= 160  # every streamed finding was recorded (it was 0)
    again = _baseline_run("--baseline", str(base), str(big))
    assert again.exit_code == 0 and json.loads(again.output)["summary"]["findings"] == 0
    big.write_text(big.read_text(encoding="utf-8") + "She is rude to the night shift.\n", encoding="utf-8")
    new = _baseline_run("--baseline", str(base), str(big))
    assert new.exit_code == 1 and [f["rule_id"] for f in json.loads(new.output)["files"][0]["findings"]] == ["FF101"]


def test_baseline_survives_duplicates_renamed_paths_and_shifted_lines(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    review = tmp_path / "r.txt"
    review.write_text("You are lazy. You are lazy.\nShe never listens.\n", encoding="utf-8")
    base = tmp_path / "bl.json"
    assert _baseline_run("--baseline", str(base), "r.txt").exit_code == 0
    # the same file by its absolute path, with lines shifted down: nothing new
    review.write_text("Intro.\n\nYou are lazy. You are lazy.\nShe never listens.\n", encoding="utf-8")
    assert _baseline_run("--baseline", str(base), str(review)).exit_code == 0
    # a third copy of an identical finding is new: each recorded fingerprint absorbs one finding
    review.write_text("You are lazy. You are lazy. You are lazy.\nShe never listens.\n", encoding="utf-8")
    res = _baseline_run("--baseline", str(base), "./r.txt")
    assert res.exit_code == 1
    assert [f["rule_id"] for f in json.loads(res.output)["files"][0]["findings"]] == ["FF101"]
