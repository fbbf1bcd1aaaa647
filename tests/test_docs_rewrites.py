"""The before/after pairs in docs/rewrites.md and README.md are what rewrite() produces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import fairfeedback

ROOT = Path(__file__).resolve().parent.parent


def pairs(path: Path, columns: int):
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == columns and not set(cells[-1]) <= set("-") and cells[-2] not in ("before",):
            out.append((cells[-2], cells[-1]))
    return out


DOCS = pairs(ROOT / "docs" / "rewrites.md", 3)
README = pairs(ROOT / "README.md", 2)


@pytest.mark.parametrize(("before", "after"), DOCS + README)
def test_documented_rewrite(before, after):
    edits = [e.replacement for e in fairfeedback.rewrite(before).edits if not e.rule_id.startswith("FF9")]
    expected = "" if after.startswith(("*(removed", "(removed")) else after
    assert edits == [expected]


def test_every_category_has_a_documented_pair():
    cats = {line.split("|")[1].strip() for line in (ROOT / "docs" / "rewrites.md").read_text().splitlines()
            if re.match(r"^\| [a-z-]+ \|", line)}
    assert {c.value for c in list(fairfeedback.Category)[:8]} <= cats
