"""Last touches on a sentence rewrite, where a prompt took words another part of the sentence still leans on.

A verb coordinated under the modal of a request's condition ("If Ali | can | tighten this up, and | keep | his poise
on calls, ...") loses its modal when the prompt replaces the first verb with it ("If Ali [what Ali will change,
measured how, by when], and keep his poise ..."): the modal stays, and the prompt asks for the change itself ("If
Ali can [change what, measured how, by when], and keep his poise on calls, ...")."""

from __future__ import annotations

import re

from ..context.analysis import Analysis
from .renamed import name_once

__all__ = ["polish"]

#: modals a coordinated bare verb can share with the prompt's verb ("can | tighten ... and keep ...")
_MODALS = {"can", "could", "will", "would", "should", "must", "may", "might"}


def _shared_modal(a: Analysis) -> list[tuple[str, str]]:
    """(modal, verb) for each bare verb coordinated with a verb under a modal, the verb having no modal or
    subject of its own ("can tighten this up, and | keep |")."""
    out = []
    for v in a.sent:
        if v.dep_ != "conj" or v.tag_ != "VB" or any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in v.children):
            continue
        modal = next((c for c in v.head.children if c.dep_ == "aux" and c.lower_ in _MODALS), None)
        if modal is not None and modal.i < v.head.i:
            out.append((modal.lower_, v.text))
    return out


def polish(a: Analysis, text: str) -> str:
    """``text`` (the rewrite of ``a``'s sentence) with the writer's pronoun for the name once (``renamed``) and a
    shared modal kept (see above)."""
    text = name_once(a, text)
    if "will change" not in text:
        return text
    for modal, verb in _shared_modal(a):
        pattern = re.compile(r"\[what [^\[\]]*? will change([^\[\]]*?), measured how, by when\](,? and " +
                             re.escape(verb) + r"\b)")
        text = pattern.sub(lambda m: f"{modal} [change what{m.group(1)}, measured how, by when]{m.group(2)}", text, 1)
    return text
