"""The package's own prompts in the text a rewrite keeps: whole, with their brackets and commas.

A review rewritten once, or written from a template, holds prompts already ("Kasia is a good listener
(for example, [what happened] on [date], which [impact]) and she ..."). The parser reads their brackets
as punctuation hung on whatever verb is near ("[what | happened | ]"), and a kept clause that leaves out
its head's punctuation would tear them apart ("(for example[what happened on [date, ..."). A kept clause
that takes any word of a bracketed prompt, or of the parenthesis around one, takes all of it.
"""

from __future__ import annotations

import re

__all__ = ["with_prompts"]

#: a bracketed prompt, or a parenthesis with one in it ("(for example, [what happened] on [date], ...)")
_PROMPT = re.compile(r"\((?:[^()\[\]]*\[[^\[\]()]*\])+[^()\[\]]*\)|\[[^\[\]]*\]")


def with_prompts(tokens: list) -> list:  # noqa: ANN001
    """``tokens`` (of one doc, in order) with every token of a prompt any of them is in."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    lo, hi = tokens[0].sent.start_char, tokens[-1].sent.end_char
    text = doc.text[lo:hi]
    if "[" not in text:
        return tokens
    have = {t.i for t in tokens}
    extra: set[int] = set()
    for m in _PROMPT.finditer(text):
        inside = [t.i for t in doc[tokens[0].sent.start:tokens[-1].sent.end]
                  if lo + m.start() <= t.idx < lo + m.end()]
        if any(i in have for i in inside):
            extra.update(i for i in inside if i not in have)
    if not extra:
        return tokens
    return sorted([*tokens, *(doc[i] for i in extra)], key=lambda t: t.i)
