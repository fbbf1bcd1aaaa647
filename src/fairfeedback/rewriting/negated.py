"""Whether a flagged run of praise is said under a negator: "is | rarely | creative", "is not | creative",
"never | shows initiative", "hardly | reliable". Such a run is criticism, and its prompt asks for what the
person did and what was expected instead, never "[what he did, and why it stood out]"."""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["NEGATORS", "negations"]

#: words that turn the praise after them into its opposite
NEGATORS = frozenset({"not", "n't", "never", "rarely", "seldom", "hardly", "barely", "scarcely", "no"})


def _negator(t) -> bool:  # noqa: ANN001
    return t.dep_ == "neg" or t.lower_ in NEGATORS and t.dep_ in ("advmod", "neg", "det")


def negations(doc: Doc, s: int, e: int) -> int:
    """How many negators the run ``doc[s:e]`` holds, or its verb holds before it ("is | not | creative", "does
    not | show initiative" with the run on the object)."""
    run = doc[s:e]
    inside = sum(1 for t in run if _negator(t))
    root = run.root
    heads = [root.head] if root.dep_ in ("acomp", "attr", "dobj", "xcomp", "oprd") and root.head.i < s else []
    outside = sum(1 for h in heads for c in h.children if c.i < s and not (s <= c.i < e) and _negator(c))
    return inside + outside
