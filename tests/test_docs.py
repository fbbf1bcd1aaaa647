"""Generated rule docs: docs/rules/ is up to date, and pages show what the rule file says."""

from __future__ import annotations

import importlib.util
import re
import textwrap
from pathlib import Path

import pytest

from fairfeedback.docs import GENERATED_NOTE, generate, render_index, render_rule_page
from fairfeedback.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "rules"

RULE = """\
id: FF199
name: pipe-rule
category: character-judgment
severity: error
summary: Flags a|b style shorthand.
message: "“{match}” is a test."
explanation: |
  Because the pipe | matters.
patterns:
  - kind: phrase
    terms: [zorblax]
suggestions:
  - title: Name the behavior
    template: "On [date], {subject} did [what]."
  - title: Drop it
    template: "Say nothing|everything."
examples:
  flag:
    - text: "You are zorblax | always."
      match: zorblax
    - "He is zorblax."
    - "She is zorblax."
  pass: ["Fine | good.", "Also fine.", "Still fine."]
references:
  - "Author, A. (2020). A | B. Journal."
"""

OTHER = RULE.replace("FF199", "FF501").replace("pipe-rule", "always-word").replace(
    "character-judgment", "absolute"
)


def _pack(root: Path, *rules: str) -> Path:
    for text in rules:
        rule_id = re.search(r"^id: (\S+)", text, re.M).group(1)
        name = re.search(r"^name: (\S+)", text, re.M).group(1)
        category = re.search(r"^category: (\S+)", text, re.M).group(1)
        (root / category).mkdir(parents=True, exist_ok=True)
        (root / category / f"{rule_id}-{name}.yml").write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture
def pack(tmp_path: Path):
    return load_rules([_pack(tmp_path / "pack", RULE, OTHER)])


@pytest.fixture
def page(pack) -> str:
    rule = pack.get("FF199")
    return render_rule_page(rule, pack.sources["FF199"])


def _rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("|")]


def _unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


# --- docs/rules/ on disk ---------------------------------------------------


def test_docs_rules_folder_is_up_to_date():
    pages = generate(DOCS)
    missing = [p.name for p in pages if not p.is_file()]
    stale = [p.name for p in pages if p.is_file() and p.read_text(encoding="utf-8") != pages[p]]
    extra = sorted(p.name for p in set(DOCS.glob("*.md")) - set(pages))
    assert not (missing or stale or extra), (
        f"docs/rules/ is out of date (missing {missing}, stale {stale}, extra {extra}); "
        "run `python scripts/generate_docs.py`"
    )


def test_generate_covers_every_builtin_rule_and_the_index(tmp_path: Path):
    pages = generate(tmp_path)
    names = {r.name for r in load_rules().rules}
    assert {p.name for p in pages} == {f"{n}.md" for n in names} | {"README.md"}
    assert all(text.startswith(GENERATED_NOTE) for text in pages.values())
    assert list(pages) == sorted(pages)


# --- one page ----------------------------------------------------------------


def test_page_has_title_metadata_and_sections_in_order(page: str):
    assert page.splitlines()[0] == "# pipe-rule (FF199)"
    assert "Category: character-judgment · Severity: error" in page
    assert "Flags a|b style shorthand." in page  # prose, not a table: no escaping
    assert "> “{match}” is a test." in page
    headings = [line for line in page.splitlines() if line.startswith("#")]
    assert headings == [
        "# pipe-rule (FF199)", "## Message", "## Explanation", "## Examples",
        "### Flagged", "### Not flagged", "## Suggestions", "## References",
    ]


def test_page_shows_the_examples_the_tests_run(pack, page: str):
    rule = pack.get("FF199")
    flagged, not_flagged = page.split("### Flagged")[1].split("### Not flagged")
    for ex in rule.examples.flag_examples():
        assert ex.text.replace("|", r"\|") in flagged
    for text in rule.examples.pass_:
        assert text.replace("|", r"\|") in not_flagged.split("## Suggestions")[0]
    assert r"| You are zorblax \| always. | zorblax |" in flagged


def test_pipes_in_table_cells_are_escaped(page: str):
    tables = [block.splitlines() for block in page.split("\n\n") if block.startswith("|")]
    assert len(tables) == 2, "a Flagged and a Not flagged table"
    for table in tables:
        width = _unescaped_pipes(table[0])
        assert all(_unescaped_pipes(row) == width for row in table), table
    assert r"| Fine \| good. |" in page


def test_suggestions_show_title_template_and_applicability(page: str):
    section = page.split("## Suggestions")[1].split("## References")[0]
    assert "- **Name the behavior** (needs input): `On [date], {subject} did [what].`" in section
    assert "- **Drop it** (safe): `Say nothing|everything.`" in section


def test_references_and_relative_source_line(page: str, tmp_path: Path):
    assert "- Author, A. (2020). A | B. Journal." in page
    assert page.rstrip().splitlines()[-1] == "Source: `rules/character-judgment/FF199-pipe-rule.yml`"
    assert str(tmp_path) not in page


def test_builtin_page_source_is_relative_to_the_rules_folder():
    rules = load_rules()
    rule = rules.rules[0]
    text = render_rule_page(rule, rules.sources[rule.id])
    assert f"Source: `rules/{rule.category.value}/{rule.id}-{rule.name}.yml`" in text
    assert str(ROOT) not in text


def test_page_without_references_says_so(tmp_path: Path):
    bare = RULE.split("references:")[0]
    rules = load_rules([_pack(tmp_path / "bare", bare)])
    text = render_rule_page(rules.get("FF199"), rules.sources["FF199"])
    assert "## References\n\nNone listed.\n" in text


def test_rendering_is_deterministic(pack):
    rule = pack.get("FF199")
    assert render_rule_page(rule, pack.sources["FF199"]) == render_rule_page(rule, pack.sources["FF199"])
    assert render_index(pack.rules) == render_index(list(reversed(pack.rules)))


# --- the index -----------------------------------------------------------------


def test_index_groups_by_category_in_code_order_with_links(pack):
    index = render_index(reversed(pack.rules))
    assert index.index("## character-judgment (FF1xx)") < index.index("## absolute (FF5xx)")
    assert r"| FF199 | [pipe-rule](pipe-rule.md) | error | Flags a\|b style shorthand. |" in index
    assert "| FF501 | [always-word](always-word.md) | error |" in index
    assert "2 rules in 2 categories." in index
    for row in _rows(index):
        assert _unescaped_pipes(row) == 5, row


def test_generate_rejects_two_rules_sharing_a_page(tmp_path: Path):
    twin = RULE.replace("FF199", "FF191")
    rules = load_rules([_pack(tmp_path / "twins", RULE, twin)])
    with pytest.raises(ValueError, match="pipe-rule.md"):
        generate(tmp_path / "out", rules)


# --- scripts/generate_docs.py --------------------------------------------------


def _script():
    spec = importlib.util.spec_from_file_location("generate_docs", ROOT / "scripts" / "generate_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_script_writes_checks_and_deletes_stale_pages(tmp_path: Path, capsys):
    script = _script()
    out = tmp_path / "rules"
    assert script.main(["--check", "--out", str(out)]) == 1
    assert not out.exists(), "--check must not write"
    assert "missing:" in capsys.readouterr().err

    assert script.main(["--out", str(out)]) == 0
    assert script.main(["--check", "--out", str(out)]) == 0
    expected = generate(out)
    assert {p: p.read_text(encoding="utf-8") for p in out.iterdir()} == expected

    gone = out / "removed-rule.md"
    gone.write_text("old\n", encoding="utf-8")
    edited = out / "README.md"
    edited.write_text("hand edit\n", encoding="utf-8")
    capsys.readouterr()
    assert script.main(["--check", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "extra:" in err and "removed-rule.md" in err
    assert "stale:" in err and "README.md" in err
    assert "python scripts/generate_docs.py" in err
    assert gone.exists() and edited.read_text(encoding="utf-8") == "hand edit\n"

    assert script.main(["--out", str(out)]) == 0
    assert not gone.exists()
    assert edited.read_text(encoding="utf-8") == expected[edited]
