"""The Spark engine on local[2]: same numbers as the local engine, findings column, CLI."""

from __future__ import annotations

import json
import os
import sys

import pytest

pytest.importorskip("pyspark")
pd = pytest.importorskip("pandas")

from click.testing import CliRunner  # noqa: E402

from fairfeedback.audit.local import audit_frame  # noqa: E402
from fairfeedback.audit.synthetic import SyntheticSpec, generate  # noqa: E402
from fairfeedback.audit.totals import AuditOptions, column_name  # noqa: E402
from fairfeedback.cli import cli  # noqa: E402

# Spark's driver talks to its JVM and Python workers over loopback TCP
pytestmark = [
    pytest.mark.enable_socket,
    # PySpark 4.3 warns about pandas 3 at every conversion; the tests check the results instead
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]

PLANTS = {"B": {"character-judgment": 3.5}}


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from fairfeedback.spark import get_session

    session = get_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def reviews():
    df = generate(SyntheticSpec(n=160, multipliers=PLANTS, seed=21)).drop(columns=["planted"])
    df["team"] = ["small" if i < 10 else "large" for i in range(len(df))]
    df.loc[5, "text"] = None  # a review without text is left out by both engines
    df.loc[7, "site"] = None  # a missing group value is its own group
    return df


def test_spark_engine_gives_the_local_numbers(spark, reviews):
    from fairfeedback.audit.spark_engine import audit_dataframe

    columns = ["group", "level", "site", "team"]
    opts = AuditOptions(min_group=20, permutations=999)
    local = audit_frame(reviews, "text", columns, options=opts)
    sdf = spark.createDataFrame(reviews.astype(object).where(reviews.notna(), None))
    distributed = audit_dataframe(sdf, "text", columns, options=opts)
    assert distributed.engine == "spark" and local.engine == "local"
    assert local.reviews == distributed.reviews == 159 and distributed.skipped_missing_text == 1
    assert local.model_dump(exclude={"engine"}) == distributed.model_dump(exclude={"engine"})
    # and the numbers are not trivial: the planted difference shows, the small group is marked
    group = local.columns[0]
    cj = next(t for t in group.tests if t.category == "character-judgment")
    assert cj.highest_group == "B" and cj.p_value < 0.05
    team = local.columns[3]
    assert [g.value for g in team.groups if g.too_small] == ["small"]
    assert "(missing)" in [g.value for g in local.columns[2].groups]


def test_with_findings_adds_counts_per_review(spark, reviews):
    from fairfeedback import Linter
    from fairfeedback.spark import with_findings

    sample = reviews.dropna(subset=["text"]).head(40)
    linted = with_findings(spark.createDataFrame(sample), "text").orderBy("review_id").toPandas()
    assert list(linted["review_id"]) == list(sample["review_id"])
    assert set(sample.columns) < set(linted.columns)
    linter = Linter()
    for text, row in zip(sample["text"], linted.itertuples(index=False)):
        report = linter.lint(text)
        assert row.ff_findings == len(report.findings)
        assert list(row.ff_rules) == [f.rule_id for f in report.findings]
        assert getattr(row, column_name("character-judgment")) == report.by_category().get("character-judgment", 0)
        assert row.ff_behavior_focus == report.summary.scores["behavior_focus"].value
        assert row.ff_words == len(text.split())


def test_cli_spark_engine_on_each_format_and_a_missing_column(spark, reviews, tmp_path):
    path = tmp_path / "r.parquet"
    reviews.head(80).to_parquet(path)
    out = tmp_path / "a.json"
    runner = CliRunner()
    res = runner.invoke(cli, ["audit", str(path), "--group-column", "group", "--engine", "spark",
                              "--min-group", "20", "--json", str(out)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    assert data["engine"] == "spark" and data["reviews"] == 79
    local = audit_frame(reviews.head(80), "text", ["group"], options=AuditOptions(min_group=20))
    assert data["columns"] == json.loads(local.model_dump_json())["columns"]
    # Spark's own CSV and JSON Lines readers give the same audit
    for name, write in (("r.csv", lambda p: reviews.head(80).to_csv(p, index=False)),
                        ("r.jsonl", lambda p: reviews.head(80).to_json(p, orient="records", lines=True))):
        write(tmp_path / name)
        res = runner.invoke(cli, ["audit", str(tmp_path / name), "--group-column", "group", "--engine", "spark",
                                  "--min-group", "20", "--json", str(out)], catch_exceptions=False)
        assert res.exit_code == 0, res.output
        assert json.loads(out.read_text())["columns"] == data["columns"], name
    res = runner.invoke(cli, ["audit", str(path), "--group-column", "gender", "--engine", "spark"],
                        catch_exceptions=False)
    assert res.exit_code == 2 and "no column 'gender'" in res.output and "Traceback" not in res.output
