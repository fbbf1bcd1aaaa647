"""fairfeedback audit: statistics checked by hand, planted differences found, null splits quiet,
inputs read from CSV / JSON Lines / Parquet, bad input a one-line error with exit 2."""

from __future__ import annotations

import json
import math
import random

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("scipy")
pytest.importorskip("pyarrow")

from click.testing import CliRunner  # noqa: E402

from fairfeedback.audit.local import audit_frame, lint_reviews, rule_maps, totals_from_rows  # noqa: E402
from fairfeedback.audit.report import render_html  # noqa: E402
from fairfeedback.audit.stats import chi_square, compare_groups, holm, wilson  # noqa: E402
from fairfeedback.audit.synthetic import PLANTED, SyntheticSpec, generate, verify  # noqa: E402
from fairfeedback.audit.totals import AuditOptions, build_result  # noqa: E402
from fairfeedback.cli import cli  # noqa: E402

#: the planted differences of the main corpus: group -> category -> multiplier of the 8 % base rate
PLANTS = {"B": {"character-judgment": 3.5, "coded-language": 3.0}, "A": {"vague-target": 3.0}}


# -- statistics against hand-computed values ------------------------------------------------

def test_wilson_matches_hand_computed_intervals():
    # 3 of 10: p = .3, z = 1.96: centre (0.3 + 0.19208) / 1.38415 = 0.35558,
    # half 1.96 * sqrt(0.021 + 0.009604) / 1.38415 = 0.24770
    lo, hi = wilson(3, 10)
    assert lo == pytest.approx(0.10779, abs=1e-4) and hi == pytest.approx(0.60322, abs=1e-4)
    assert wilson(0, 10)[0] == 0.0 and wilson(0, 10)[1] == pytest.approx(0.27753, abs=1e-4)
    assert wilson(10, 10)[0] == pytest.approx(0.72247, abs=1e-4) and wilson(10, 10)[1] == 1.0
    # 50 of 100: 0.5 -+ 1.96 * sqrt(.0025 + .000096) / 1.038415
    lo, hi = wilson(50, 100)
    assert lo == pytest.approx(0.40383, abs=1e-4) and hi == pytest.approx(0.59617, abs=1e-4)
    with pytest.raises(ValueError):
        wilson(1, 0)


def test_holm_matches_hand_computed_adjustment():
    # sorted: .005*4=.02, .01*3=.03, .03*2=.06, .04*1=.04 -> kept monotone at .06
    assert holm([0.01, 0.04, 0.03, 0.005]) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    assert holm([0.5, 0.9]) == pytest.approx([1.0, 1.0])
    assert holm([0.2]) == [0.2]


def test_chi_square_matches_scipy_and_cramers_v():
    from scipy.stats import chi2_contingency

    pos, sizes = [30, 45, 60], [200, 210, 190]
    table = [[p, n - p] for p, n in zip(pos, sizes)]
    expected = chi2_contingency(table, correction=False)
    got = compare_groups(pos, sizes)
    assert got.test == "chi-square" and got.dof == 2
    assert got.statistic == pytest.approx(expected.statistic)
    assert got.p_value == pytest.approx(expected.pvalue)
    assert got.cramers_v == pytest.approx(math.sqrt(expected.statistic / sum(sizes)))


def test_small_expected_counts_use_a_permutation_test():
    # 0 of 30 vs 6 of 30: two-sided Fisher p = 2 * C(30,6) / C(60,6) = 0.02372
    got = compare_groups([0, 6], [30, 30], permutations=20_000, seed=1)
    assert got.test == "permutation"
    assert got.p_value == pytest.approx(2 * math.comb(30, 6) / math.comb(60, 6), abs=0.005)
    assert got.statistic == pytest.approx(chi_square([0, 6], [30, 30]))
    assert compare_groups([0, 0], [30, 30]).test == "none"


# -- the synthetic corpus ------------------------------------------------------------------

@pytest.fixture(scope="module")
def linter():
    from fairfeedback import Linter

    return Linter()


@pytest.fixture(scope="module")
def planted():
    spec = SyntheticSpec(n=600, multipliers=PLANTS, seed=11)
    return generate(spec)


@pytest.fixture(scope="module")
def linted(planted, linter):
    """The corpus linted once for the whole module."""
    rows, examples = lint_reviews(planted["text"].tolist(), linter)
    return rows


def _result(df, rows, columns, linter, **opts):
    names, cats = rule_maps(linter)
    totals = totals_from_rows(df[columns], rows, columns)
    return build_result(totals, AuditOptions(**opts), engine="local", text_column="text", reviews=len(df),
                        skipped=0, rule_names=names, rule_categories=cats)


def test_generator_sentences_are_flagged_exactly_as_planted(linter):
    df = generate(SyntheticSpec(n=250, base_rates={c: 0.2 for c in PLANTED}, seed=5))
    assert df["planted"].str.len().gt(0).sum() > 100   # the check covers planted reviews
    assert (df["planted"] == "").sum() > 20            # and clean ones
    assert verify(df, linter) == []


def test_generator_is_seeded_and_plants_the_asked_rates():
    a = generate(SyntheticSpec(n=2000, multipliers=PLANTS, seed=3))
    assert a.equals(generate(SyntheticSpec(n=2000, multipliers=PLANTS, seed=3)))
    assert not a["text"].equals(generate(SyntheticSpec(n=2000, multipliers=PLANTS, seed=4))["text"])
    rate = a.assign(cj=a["planted"].str.contains("character-judgment")).groupby("group")["cj"].mean()
    assert 0.05 < rate["A"] < 0.11 and 0.22 < rate["B"] < 0.34


def test_audit_finds_every_planted_difference(planted, linted, linter):
    result = _result(planted, linted, ["group"], linter)
    col = result.columns[0]
    significant = {t.category: t for t in col.tests if t.significant}
    assert set(significant) == {"character-judgment", "coded-language", "vague-target"}
    assert significant["character-judgment"].highest_group == "B"
    assert significant["coded-language"].highest_group == "B"
    assert significant["vague-target"].highest_group == "A"
    for t in significant.values():
        assert t.p_adjusted < 0.05 and t.p_adjusted >= t.p_value
        assert t.test == "chi-square" and 0.1 < t.cramers_v < 0.5 and t.risk_ratio > 1.8
    assert col.tests[0].significant  # strongest first
    cj = significant["character-judgment"]
    assert cj.top_rules and cj.top_rules[0].rule_id.startswith("FF1") and cj.top_rules[0].highest_group == "B"


def test_null_split_reports_no_difference(planted, linted, linter):
    result = _result(planted, linted, ["level", "site"], linter)
    for col in result.columns:
        assert len(col.tested_groups) == len(col.groups) >= 2
        assert not [t.category for t in col.tests if t.significant], col.column


def test_null_splits_are_quiet_in_at_least_95_percent_of_runs(linted, linter):
    """100 random null labellings of the same linted reviews: Holm keeps the family-wise error near 5 %."""
    rng = random.Random(7)
    quiet = 0
    for _ in range(100):
        labels = pd.DataFrame({"split": [rng.choice("XYZ") for _ in range(len(linted))]})
        col = _result(labels, linted, ["split"], linter, permutations=999).columns[0]
        quiet += not any(t.significant for t in col.tests)
    assert quiet >= 95


def test_group_rates_scores_and_intervals(planted, linted, linter):
    result = _result(planted, linted, ["group"], linter)
    a = next(g for g in result.columns[0].groups if g.value == "A")
    in_a = planted["group"] == "A"
    assert a.reviews == int(in_a.sum())
    assert a.words == int(planted.loc[in_a, "text"].str.split().str.len().sum())
    cj = a.categories["character-judgment"]
    assert cj.reviews == int(planted.loc[in_a, "planted"].str.contains("character-judgment").sum())
    assert (cj.ci_low, cj.ci_high) == pytest.approx(wilson(cj.reviews, a.reviews))
    assert a.findings_per_1000_words == pytest.approx(1000 * linted.loc[in_a.to_numpy(), "n_findings"].sum() / a.words)
    assert a.scores["behavior_focus"] == pytest.approx(linted.loc[in_a.to_numpy(), "behavior_focus"].mean())
    assert a.scores["behavior_focus"] < 100 and a.scores["actionability"] <= 100


def test_small_groups_are_reported_too_small_never_as_a_rate(planted, linted, linter):
    df = planted.assign(team=["tiny" if i < 12 else "big1" if i % 2 else "big2" for i in range(len(planted))])
    col = _result(df, linted, ["team"], linter, min_group=30).columns[0]
    tiny = next(g for g in col.groups if g.value == "tiny")
    assert tiny.too_small and tiny.reviews == 12
    assert tiny.categories is None and tiny.rules is None and tiny.scores is None and tiny.words is None
    assert "tiny" not in col.tested_groups and set(col.tested_groups) == {"big1", "big2"}
    html = render_html(_result(df, linted, ["team"], linter))
    assert "too small to report" in html


def test_two_processes_give_the_same_audit(planted, linter):
    sample = planted.head(60)
    one = audit_frame(sample, "text", ["group"], linter=linter)
    two = audit_frame(sample, "text", ["group"], linter=linter, n_process=2)
    assert one == two and one.reviews == 60


# -- the command: inputs, outputs, errors ---------------------------------------------------

@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """80 reviews with a planted difference, written as CSV, JSON Lines and Parquet."""
    df = generate(SyntheticSpec(n=80, multipliers=PLANTS, seed=2)).drop(columns=["planted"])
    df.loc[3, "level"] = None
    folder = tmp_path_factory.mktemp("audit")
    df.to_csv(folder / "r.csv", index=False)
    df.to_json(folder / "r.jsonl", orient="records", lines=True)
    df.to_parquet(folder / "r.parquet")
    return folder, df


def _audit(*args):
    return CliRunner().invoke(cli, ["audit", *args], catch_exceptions=False)


@pytest.mark.parametrize("name", ["r.csv", "r.jsonl", "r.parquet"])
def test_cli_reads_each_format_to_the_same_numbers(small, tmp_path, name):
    folder, df = small
    out = tmp_path / "a.json"
    html = tmp_path / "a.html"
    res = _audit(str(folder / name), "--group-column", "group", "--group-column", "level",
                 "--json", str(out), "--html", str(html), "--min-group", "20")
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    assert data["reviews"] == 80 and [c["column"] for c in data["columns"]] == ["group", "level"]
    levels = {g["value"]: g["reviews"] for g in data["columns"][1]["groups"]}
    assert levels["(missing)"] == 1 and sum(levels.values()) == 80
    reference = (folder / "reference.json")
    numbers = json.dumps(data["columns"], sort_keys=True)
    if reference.exists():
        assert numbers == reference.read_text()
    else:
        reference.write_text(numbers)
    page = html.read_text()
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "http" not in page.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")
    assert "<script" not in page


def test_no_review_text_in_outputs_unless_examples(small, tmp_path):
    folder, df = small
    sentences = [s for texts in PLANTED.values() for s in texts]
    for flag in ([], ["--examples", "2"]):
        out, html = tmp_path / "a.json", tmp_path / "a.html"
        res = _audit(str(folder / "r.parquet"), "--group-column", "group", "--json", str(out), "--html", str(html),
                     *flag)
        assert res.exit_code == 0, res.output
        both = out.read_text() + html.read_text() + res.output
        leaked = [s for s in sentences if s in both] + [t for t in df["text"] if t[:40] in both]
        if flag:
            data = json.loads(out.read_text())
            assert data["examples"] and all(e["sentence"] in sentences for e in data["examples"])
            assert len([e for e in data["examples"] if e["category"] == "character-judgment"]) == 2
            assert leaked
        else:
            assert leaked == [] and json.loads(out.read_text())["examples"] is None


@pytest.mark.parametrize("case", ["missing-column", "empty-file", "unreadable", "no-such-file", "header-only",
                                  "bad-suffix", "bad-jsonl", "not-utf8"])
def test_bad_input_is_a_one_line_error_with_exit_2(tmp_path, case):
    p = tmp_path / "in.csv"
    args = ["--group-column", "group"]
    if case == "missing-column":
        p.write_text("text,team\nYou shipped it.,a\n")
    elif case == "empty-file":
        p.write_text("")
    elif case == "unreadable":
        p = tmp_path / "in.parquet"
        p.write_bytes(b"PAR1 this is not parquet at all")
    elif case == "header-only":
        p.write_text("text,group\n")
    elif case == "bad-suffix":
        p = tmp_path / "in.xlsx"
        p.write_bytes(b"x")
    elif case == "not-utf8":
        p.write_bytes("text,group\nR\u00e9sum\u00e9 was late on 3 May.,A\n".encode("latin-1"))
    elif case == "bad-jsonl":
        p = tmp_path / "in.jsonl"
        p.write_text('{"text": "ok", "group": "A"}\nnot json\n')
    else:
        p = tmp_path / "absent.csv"
    res = _audit(str(p), *args)
    assert res.exit_code == 2, res.output
    lines = res.output.strip().splitlines()
    assert lines[-1].startswith("fairfeedback: error: ") and "Traceback" not in res.output
    assert str(p) in lines[-1]
    if case == "missing-column":
        assert "'group'" in lines[-1] and "columns: text, team" in lines[-1]


def test_group_column_is_required_and_text_column_not_a_group(small):
    folder, _ = small
    assert _audit(str(folder / "r.csv")).exit_code == 2
    res = _audit(str(folder / "r.csv"), "--group-column", "text")
    assert res.exit_code == 2 and "cannot also be a --group-column" in res.output
