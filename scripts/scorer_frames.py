"""Frame rules: the learned scorer at a lower threshold inside one sentence frame.

FF291 (a request asked of the person) and FF391 (a habitual statement about the person) use the same
model as FF290 and FF390, but only where their rule's ``context`` block passes on the sentence. To
choose their thresholds the same way as the FFx90 ones, ``train_scorer.py`` needs to know, for each
labeled sentence, whether the frame holds: that is what :func:`frame_masks` computes, with the
engine's own context filter on the sentence span, as the engine applies it to the model's additions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from scorer_data import CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
_GROUP = re.compile(r"^FF(\d)9(\d)$")
#: a classifier pattern's threshold line in a rule file (the value is group 2)
THRESHOLD = re.compile(r"(\n    threshold: )([0-9.]+)")


@dataclass
class Frame:
    """One frame rule: its id, rule file, category column and the rows where its frame holds."""

    id: str
    path: Path
    k: int
    mask: np.ndarray


def frame_rules() -> list[tuple[str, Path, int]]:
    """(id, file, category column) of every classifier rule other than the FFx90 ones."""
    from fairfeedback.rules import load_rules

    out = []
    for rule in load_rules().rules:
        m = _GROUP.match(rule.id)
        if m and m.group(2) != "0" and any(p.kind == "classifier" for p in rule.patterns):
            path = next((ROOT / "rules" / rule.category.value).glob(f"{rule.id}-*.yml"))
            out.append((rule.id, path, CATEGORIES.index(rule.category.value)))
    return sorted(out)


def frame_masks(rows: list[dict]) -> list[Frame]:
    """For each frame rule, the rows where its context passes on some sentence of the row's text."""
    from spacy.tokens import Span

    from fairfeedback import Linter
    from fairfeedback.context.analysis import Analysis
    from fairfeedback.context.filters import passes
    from fairfeedback.rules import load_rules

    rules = {r.id: r for r in load_rules().rules}
    found = frame_rules()
    linter = Linter()
    words = linter.nlp.get_pipe("fairfeedback").words
    masks = np.zeros((len(rows), len(found)), dtype=bool)
    for i, doc in enumerate(linter.nlp.pipe([r["text"] for r in rows])):
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            if not toks:
                continue
            for j, (rid, _path, _k) in enumerate(found):
                span = Span(doc, toks[0].i, toks[-1].i + 1, label=rid)
                if not masks[i, j] and passes(rules[rid].context, Analysis(span, words, sent)):
                    masks[i, j] = True
    return [Frame(rid, path, k, masks[:, j]) for j, (rid, path, k) in enumerate(found)]


def subset(frames: list[Frame], rows: slice) -> list[Frame]:
    """The same frames restricted to a slice of the rows."""
    return [Frame(f.id, f.path, f.k, f.mask[rows]) for f in frames]


def thresholds_in(path: Path) -> float:
    """The threshold a rule file holds today."""
    m = THRESHOLD.search(path.read_text(encoding="utf-8"))
    return float(m.group(2)) if m else 1.0
