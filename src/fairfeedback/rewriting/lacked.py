"""An existential absolute over a quality ("there is nothing remarkable or distinctive about Tomas's drafts",
"there is nothing special in her reports") is a criticism of the thing it is about: "Tomas's drafts lack
[what exactly, shown where]". The thing stays the subject, every quality of the coordination goes with the
"nothing" (no "or distinctive" left dangling), and the words around the clause stay as written."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["lacking_thing"]

#: prepositions that name what the qualities are of ("about", "in")
_OF = {"about", "in", "to", "with"}
#: an object pronoun as the subject of "lack"
_SUBJECT = {"him": "he", "her": "she", "them": "they", "it": "it", "me": "I", "us": "we", "you": "you"}


def lacking_thing(nothing: Token, pred: Token) -> dict[int, str] | None:
    """The words of "there is nothing X about Y" and what they become ("Y lack(s) [what exactly, shown where]"),
    or None when the clause is not of that shape."""
    if pred.lemma_ != "be" or nothing.dep_ != "attr" or nothing.lower_ != "nothing":
        return None
    there = next((c for c in pred.children if c.dep_ == "expl"), None)
    # (the parser hangs "about him" on the quality or "in her designs" on the verb)
    holders = [nothing] + [x for c in nothing.children if c.dep_ == "amod" for x in c.subtree if x.pos_ == "ADJ"]
    prep = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _OF), None) or next(
        (c for c in pred.children if c.dep_ == "prep" and c.lower_ in _OF and c.i > nothing.i), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if there is None or obj is None or there.i > pred.i or any(c.dep_ == "neg" for c in pred.children):
        return None
    doc = nothing.doc
    if obj.pos_ == "PRON":
        if obj.lower_ not in _SUBJECT:
            return None
        subject, plural = _SUBJECT[obj.lower_], obj.lower_ in ("them", "us", "you", "me")
        subject = subject if there.i > there.sent.start else subject.capitalize()
    else:
        subject = "".join(t.text_with_ws for t in obj.subtree).strip()
        plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
    if there.i == there.sent.start:
        subject = subject[:1].upper() + subject[1:]
    verb = "lack" if plural or subject == "I" else "lacks"
    words = {i: "" for i in range(there.i, obj.right_edge.i + 1)}
    words[obj.right_edge.i] = f"{subject} {verb} [what exactly, shown where]"  # (with the space after the clause)
    if any(i not in words for i in range(there.i, prep.i)):
        return None
    return words


def lacked_region(a, s: int, e: int) -> tuple[int, int, str] | None:  # noqa: ANN001
    """The region of a flagged run "nothing impressive" in "there is nothing impressive or original about her slide
    decks" beside other findings: the whole clause becomes "her slide decks lack [what exactly, shown where]"."""
    doc = a.sent.doc
    nothing = next((t for t in doc[s:e] if t.lower_ == "nothing"), None)
    if nothing is None:
        return None
    words = lacking_thing(nothing, nothing.head)
    if words is None:
        return None
    end = max(words) + 1
    return min(words), end, words[end - 1]
