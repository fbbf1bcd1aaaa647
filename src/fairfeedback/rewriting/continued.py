"""A parsed sentence that is the rest of the writer's sentence: the parser started a sentence inside one.

A rewrite that puts an instance prompt in the middle of a sentence ("Kasia is a good listener (for
example, [what happened] on [date], which [impact]) | and she leads the team") can be parsed, when the
rewrite is linted again, as two sentences, the second opening with "and". A finding on that second part
gets a rewrite of its own, which must not be capitalised as if it opened the sentence ("... [impact]) And
she leads ..."), nor ask again for the instance the first part already asks for (two prompts on one
sentence where one reads better). The vague-evaluation rewrite puts a comma after a prompt in the middle
of a sentence, so the rewrite parses as one sentence (``vague._after_judged_clause``).
"""

from __future__ import annotations

from spacy.tokens import Span

from .sentence import INSTANCE

__all__ = ["as_rest", "asked_before", "continues"]

#: what the vague-evaluation rewrite asks for an instance with (``vague``)
_INSTANCE = INSTANCE.split(" on [date]")[0].strip()  # "(for example, [what happened]"
#: what ends a sentence before another on the same line
_ENDS = (".", "!", "?", ":", ";")


def _before(sent: Span) -> str:
    """The text of ``sent``'s line before it, without the spaces next to it."""
    text = sent.doc.text[:sent.start_char]
    return text[text.rfind("\n") + 1:].rstrip()


def continues(sent: Span) -> bool:
    """Whether ``sent`` goes on from text before it on its line that ends no sentence, and opens with a
    lowercase word: the rest of the writer's sentence ("... [impact]) | and she leads the team")."""
    words = [t for t in sent if not t.is_space]
    if not words or not words[0].text[:1].islower():
        return False
    before = _before(sent)
    return bool(before) and not before.endswith(_ENDS)


def asked_before(sent: Span) -> bool:
    """Whether ``sent`` continues a sentence whose first part asks for an instance already."""
    return continues(sent) and _INSTANCE in _before(sent)


def as_rest(sent: Span, text: str) -> str:
    """``text``, the rewrite of ``sent``, read as the rest of the sentence: its first word in lowercase (not
    a name the sentence gives), after the conjunction the writer opened it with ("... [impact]) | and she did
    not update the rota [N] times ...", "... [impact]) | and on [date], she [what she did], ...")."""
    words = [t for t in sent if not t.is_space]
    head = text.split(" ", 1)[0]
    if head != "I" and not head.startswith("[") and head not in {t.text for t in words if t.text[:1].isupper()}:
        text = text[:1].lower() + text[1:]
    first = words[0]
    if first.pos_ == "CCONJ" and text and not text.lower().startswith(first.lower_ + " "):
        text = f"{first.text} {text}"
    return text
