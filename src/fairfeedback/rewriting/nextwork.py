"""What a forecast the prompt replaced said would come next: "she has the potential | to turn out even
better work | as she grows" kept only its time frame ("; as she grows, [what you expect next]"), and so lost what the
writer forecast. The prompt keeps it: "; as she grows, [how you expect her to turn out even better work, and by
when]"; the writer's forecast stays a forecast, asked about, not a claim.
"""

from __future__ import annotations

from spacy.tokens import Span

from .flagged import spans_of
from .naming import OBJECT


__all__ = ["expected_next"]

#: nouns of a forecast with the infinitive of what is forecast ("the | potential | to produce ...")
_FORECAST = {"potential", "capacity", "promise", "ability", "talent"}


def expected_next(sent: Span) -> str:
    """"[how you expect her to produce even better work, and by when]", or "[what you expect next]"."""
    doc = sent.doc
    for t in sent:
        if t.lower_ not in _FORECAST or t.i + 2 >= sent.end or doc[t.i + 1].lower_ != "to":
            continue
        verb = doc[t.i + 2]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        end = verb.i + 1
        while end < sent.end and not (doc[end].is_punct or doc[end].dep_ in ("mark", "cc") or doc[end].is_space):
            end += 1
        have = t.head
        who = next((c for c in have.children if c.dep_ == "nsubj"), None)
        if who is None or end - verb.i > 8:
            break
        person = OBJECT.get(who.lower_, who.text)
        if any(sp.start < end and verb.i < sp.end and sp.start > t.i for sp in spans_of(sent)):
            # another finding's words ("even higher | quality work"): the verb alone, none of them kept
            return f"[what you expect {person} to {verb.lower_} next, and by when]"
        words = "".join(x.text_with_ws for x in doc[verb.i:end]).strip()  # (the words the prompt replaced)
        return f"[how you expect {person} to {words}, and by when]"
    return "[what you expect next]"
