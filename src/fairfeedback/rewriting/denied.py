"""A denied interest and a lacked skill keep their negative: "She has no interest in running the night shift and
lacks the planning skills to lead a crew".

The instance prompt asked "[what she did while running the night shift]", which says she ran it. The interest
the writer denied is the occasion asked about instead ("[what she did when promotion to lead came up]"), or
the activity ("[what she did about running the night shift]"):
nothing is claimed about what she did. A skill lacked for a purpose ("the planning skills | to lead a crew") is a
requirement, and the role stays: "...; to lead a crew, she still needs to show [which planning skills]".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..context.analysis import Analysis
from .flagged import spans_of
from .sentence import text_of

__all__ = ["denied_slot"]

#: nouns of an interest the writer can deny ("no | interest | in", "little | appetite | for")
_INTEREST = {"interest", "desire", "enthusiasm", "appetite", "passion", "motivation", "wish", "curiosity"}
#: adjectives of an interest ("not | interested | in", "| uninterested | in")
_INTERESTED = {"interested", "keen", "invested"}
_UNINTERESTED = {"uninterested", "disinterested"}
#: nouns of a skill the writer can say is lacked ("lacks the planning | skills | to lead a crew")
_SKILLS = {"skill", "skills", "ability", "abilities", "experience", "knowledge", "competence", "expertise",
           "judgment", "judgement", "maturity", "confidence", "aptitude", "capacity", "background", "qualifications"}
#: determiners that deny the noun ("| no | interest", "| little | appetite")
_NONE = {"no", "little", "zero"}
#: words that end the phrase of an occasion or a purpose
_STOPS = {",", ";", ".", ":", "!", "?", "but", "and", "yet", "so", "because", "though", "although"}


def _negated(t: Token) -> bool:
    return any(c.dep_ == "neg" for c in t.children) or any(c.dep_ == "neg" for c in t.head.children) \
        or any(c.dep_ in ("det", "amod") and c.lower_ in _NONE for c in t.children)


def _phrase(sent: Span, start: int) -> str:
    """The words from ``start`` to the end of their phrase (before a comma or a clause joined by "and")."""
    doc = sent.doc
    end = start
    while end < sent.end and doc[end].lower_ not in _STOPS and not doc[end].is_space:
        end += 1
    if not 0 < end - start <= 10:
        return ""
    text = text_of(doc[start:end]).strip()
    if "[" in text:  # inside another finding's reworded region: its own words, unless a finding flags them
        flagged = any(sp.start < end and start < sp.end for sp in spans_of(sent))
        return "" if flagged else doc[start:end].text.strip()  # (never a prompt inside the prompt)
    return text


def _interest(sent: Span) -> str:
    """What a denied interest was in ("no interest in | running the night shift"), or ''."""
    doc = sent.doc
    for t in sent:
        low = t.lower_
        denied = low in _INTEREST and _negated(t) or low in _INTERESTED and _negated(t) or low in _UNINTERESTED
        if denied and t.i + 2 < sent.end and doc[t.i + 1].lower_ in ("in", "for"):
            phrase, first = _phrase(sent, t.i + 2), doc[t.i + 2]
            if phrase and first.tag_ == "VBG" and phrase.startswith(first.text):
                return "\0" + phrase  # a gerund is an activity, no thing that "came up" (``denied_slot``)
            return phrase
    return ""


def _skill(sent: Span) -> tuple[str, str]:
    """A lacked skill and what it was for ("lacks the planning skills | to lead a crew"): ("planning skills",
    "to lead a crew"), or ('', '')."""
    doc = sent.doc
    for t in sent:
        if t.lower_ not in _SKILLS or t.i + 2 >= sent.end or doc[t.i + 1].lower_ not in ("to", "for"):
            continue
        lack = next((x for x in doc[sent.start:t.i] if x.lemma_.lower() == "lack" and x.pos_ == "VERB"), None)
        if lack is None and not _negated(t) or not any(sp.start <= t.i < sp.end for sp in spans_of(sent)):
            continue  # (a lack the rewrite keeps as the writer's fact: no requirement beside it)
        mods = t.i
        while mods > sent.start and doc[mods - 1].dep_ in ("compound", "amod", "nsubj") and doc[mods - 1].pos_ in (
                "NOUN", "ADJ", "PROPN") and doc[mods - 1].lower_ not in _NONE:
            mods -= 1  # ("the | planning | skills", "the | people | skills")
        purpose = _phrase(sent, t.i + 1)
        if len(purpose.split()) >= 2:
            return text_of(doc[mods:t.i + 1]).strip(), purpose
    return "", ""


def denied_slot(a: Analysis, name: str, end: str) -> tuple[str, str] | None:
    """The prompt for what the person did when the interest the writer denied came up, and ``end`` with the
    requirement a lacked skill names; None when the sentence denies neither."""
    sent = a.sent
    if a.subject_kind != "person" or name in ("I", "we", "[name]"):
        return None
    interest, (skills, purpose) = _interest(sent), _skill(sent)
    if not interest and not skills:
        return None
    # an activity is what the person did something about ("[... about working on the migration]", "[... about
    # improving]"), a thing is the occasion ("[... when promotion within the firm came up]")
    occasion = f"about {interest[1:]}" if interest.startswith("\0") else f"when {interest} came up" if " " in interest \
        else f"about {interest}"
    slot = f"[what {name} did {occasion}]" if interest else f"[what {name} did]"
    if skills:
        need = "need" if name.lower() in ("they", "you", "we") or " and " in name else "needs"
        which = f"which {skills}" if skills.endswith("s") else f"what {skills} it takes"  # ("[what judgment it takes]")
        req = f"{purpose}, {name} still {need} to show [{which}]"
        end = f"; {req}{end}" if end.rstrip().endswith("?") else f"{end.rstrip('.')}; {req}."
    return slot, end
