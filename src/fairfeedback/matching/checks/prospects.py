"""Prospect checks: a limiting verdict on someone's future (limited-prospects), and its mirror, a forecast of
the person's rise with nothing behind it (open-prospects).

Crowd-written reviews judge potential in many grammars that token patterns cannot list:
"I see little room to grow", "her potential is limited", "unlikely to be moved into a
managerial role", "his prospects for promotion look limited", "growth will be hard
for him".  The check pairs two things inside one clause chain:

* a *prospect*: a word for the person's future (``params.nouns``: potential, growth,
  advancement, ...; a role or level named as a step up, ``params.steps`` on ``params.roles``;
  a verb of growing, ``params.verbs``, only as a forecast, not as a report of the past);
* a *limiter* on that prospect or on the words that govern it, up to the clause that holds it
  and the opinion that frames it: a negation ("don't see", "no room"), a limiting word
  (``params.limiters``: limited, unlikely, doubtful, a challenge, ...).

A negated limiter is praise ("no doubt she will advance", "there is no limit to her
potential"), an organisation's openings are not the person ("no opportunities for advancement
in this team"), and a question or an event in the past ("was not promoted in May") is no
verdict: none of those match.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Token

from ._common import _PERSONAL, register_check

#: the clause chain may climb through these relations (not through a coordinated or adverbial clause)
_CLIMB = {"prep", "pobj", "dobj", "attr", "acomp", "xcomp", "ccomp", "nsubj", "nsubjpass", "pcomp", "acl",
          "advmod", "npadvmod", "oprd", "amod", "compound", "appos", "dative", "agent", "aux", "auxpass"}
#: an organisation's resources: a limit on these is about the company, not the person
_RESOURCES = {"opportunity", "opening", "vacancy", "budget", "headcount", "slot", "seat", "space"}
#: a negation of one of these turns the verdict into praise: "never stops growing", "no doubt"
_DOUBLE = {"stop", "cease", "quit", "end", "limit", "doubt", "hesitate", "question", "ceiling", "cap", "hold",
           "prevent", "worry", "concern", "fear"}
_FORECAST_AUX = {"will", "would", "could", "can", "ca", "wo", "might", "may", "'ll", "’ll", "going", "able"}
#: an inner state that governs the growth is a motive, not a forecast: "no interest in growing", "doesn't seek
#: to improve" (the intent rules' concern)
_MOTIVES = {"interest", "interested", "drive", "desire", "seek", "want", "willing", "willingness", "enthusiastic",
            "motivation", "motivated", "aspiration", "wish", "eager", "keen", "effort", "try", "ambition", "care"}
_EVENTS = {"promote", "get", "receive", "apply", "win", "earn", "give", "offer", "award", "grant", "deny"}


def _chain(tok: Token) -> list[Token]:
    """``tok`` and the words that govern it, up through its clause and the opinion around it."""
    out = [tok]
    while (tok.dep_ in _CLIMB or _for_to(tok)) and tok.head != tok and len(out) < 8:
        tok = tok.head
        out.append(tok)
    return out


def _for_to(tok: Token) -> bool:
    """An extraposed "for ... to" clause, the subject of what governs it: "It will be a challenge | for Tanvi to advance"."""
    return tok.dep_ in ("advcl", "relcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) and any(
        c.dep_ == "nsubj" and (c.lower_ in _PERSONAL or c.pos_ == "PROPN") for c in tok.children)


def _prospect(t: Token, p: dict[str, Any]) -> bool:
    lemma = t.lemma_.lower()
    if t.pos_ == "NOUN" and lemma in p["nouns"]:
        if t.dep_ in ("amod", "compound"):
            return False  # "potential clients", "growth targets"
        if lemma == "room":  # "room for growth", "room to grow"; not "leave them enough room"
            return any(c.dep_ == "prep" and c.lower_ == "for" and any(
                g.lemma_.lower() in p["nouns"] or g.lemma_.lower() in ("improvement", "development") for g in c.children)
                or c.pos_ == "VERB" and c.lemma_.lower() in p["verbs"] for c in t.children)
        owners = [c for c in t.children if c.dep_ in ("poss", "compound")]
        if t.dep_ == "dobj":  # "sales showed no growth": the growth of the verb's subject, a thing
            owners += [c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                       and c.lemma_.lower() not in p["people"]]
        # "revenue growth", "the company's growth" are not the person's
        return all(c.lower_ in _PERSONAL or c.pos_ == "PROPN" for c in owners)
    if t.pos_ == "NOUN" and lemma in p["roles"]:
        # (the word as written: the lemma of "bigger" is "big")
        return any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in p["steps"] or c.lower_ in p["steps"])
                   for c in t.children)
    if t.pos_ == "ADJ" and lemma == "ready":  # "ready for management", "ready to lead a team"
        return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in p["steps"] or _prospect(g, p)
                                                                  for g in c.children) for c in t.children) \
            or any(c.dep_ == "xcomp" and c.lemma_.lower() in ("lead", "manage", "supervise") for c in t.children)
    if t.pos_ == "VERB" and lemma in p["verbs"] and t.dep_ not in ("amod", "compound"):  # not "fast-growing"
        if t.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "had", "did", "was", "were")
                                  for c in t.children):
            return False  # "hasn't grown this year", "was not promoted": a report, not a forecast
        return t.tag_ in ("VB", "VBG") or any(c.lower_ in _FORECAST_AUX for c in t.children)
    return False


def _limited(chain: list[Token], p: dict[str, Any]) -> Token | None:
    """The limiting word in ``chain``, or None (also when the limit is itself denied)."""
    found: Token | None = None
    for i, t in enumerate(chain):
        lemma = t.lemma_.lower()
        if lemma in _RESOURCES or lemma in _MOTIVES or lemma == "yet":
            return None
        if any(c.lower_ == "yet" for c in t.children):
            return None  # "has not yet reached her potential": growth still expected
        negs = [c for c in t.children if (c.dep_ == "neg" and not (c.i > 0 and c.nbor(-1).lower_ == "or"))  # not "whether or not"
                or (c.dep_ == "det" and c.lower_ == "no")]
        if i == 0 and lemma in p["roles"]:
            negs = []  # "no other positions for her": the company has none open, no verdict on her
        if lemma in _DOUBLE:
            if negs or t.dep_ == "pobj" and t.head.lower_ == "without":
                return None  # "no doubt", "never stops growing", "without limits"
            if lemma in ("limit", "cap", "ceiling", "doubt", "question", "concern", "worry", "fear"):
                found = found or t
            continue
        if i > 0 and t.pos_ == "VERB" and lemma in _EVENTS and (t.tag_ == "VBD" or any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in t.children)):
            return None  # "he did not get the promotion": an event; "we can't offer it yet": the company's call
        if negs and found is None:
            found = negs[0]
        if lemma in p["limiters"] and found is None:
            found = t
        for c in t.children:
            # (also the clause a copula's subject is: "what worries me is her potential")
            if c.dep_ in ("amod", "advmod", "acomp", "attr", "det", "csubj") and c.lemma_.lower() in p["limiters"] \
                    and found is None:
                found = c
    return found


@register_check("limited-prospects")
def limited_prospects(doc: Doc, params: dict[str, Any], words: Any) -> Iterable[tuple[int, int]]:
    """The first limiting verdict on a prospect in each sentence, from the limiter to the prospect."""
    p = {k: frozenset(params.get(k, [])) for k in ("nouns", "roles", "steps", "verbs", "limiters")}
    p["people"] = words.person_nouns
    for sent in doc.sents:
        if sent.text.rstrip().endswith("?") or any(t.lemma_.lower() in _RESOURCES for t in sent):
            continue  # a question; the company's openings or budget ("until the budget is approved")
        for t in sent:
            if not _prospect(t, p):
                continue
            cue = _limited(_chain(t), p)
            if cue is None:
                continue
            a, b = sorted((cue.i, t.i))
            if b - a > 10:
                a = b = t.i
            yield a, b + 1
            break


@register_check("open-prospects")
def open_prospects(doc: Doc, params: dict[str, Any], words: Any) -> Iterable[tuple[int, int]]:
    """The mirror of ``limited-prospects``: a forecast of the person's rise with no limit on it ("he can
    advance further", "she could lead one day", "I expect her to move up quickly"), the prospect alone.
    Only growth verbs count here (a role or a noun of potential is other rules' concern), said of the
    person: a pronoun or a name is the verb's subject, or its object under "see" or "expect"."""
    p = {k: frozenset(params.get(k, [])) for k in ("nouns", "roles", "steps", "verbs", "limiters")}
    p["people"] = words.person_nouns
    for sent in doc.sents:
        if sent.text.rstrip().endswith("?") or any(t.lemma_.lower() in _RESOURCES for t in sent):
            continue
        for t in sent:
            if t.pos_ != "VERB" or not _prospect(t, p) or _limited(_chain(t), p) is not None:
                continue
            if any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought") for c in t.children) or (
                    t.dep_ == "xcomp" and t.head.lemma_.lower() in ("need", "have", "try", "want")):
                continue  # a request ("must grow to lead the desk", "needs to grow"), the vague-target rules' concern
            seen = t.dep_ in ("xcomp", "ccomp") and t.head.lemma_.lower() in ("see", "expect", "imagine", "picture")
            lemma = t.lemma_.lower()
            if lemma == "move" and not any(c.lower_ in ("up", "ahead", "forward") for c in t.children):
                continue  # "move up", not "move the files"
            if lemma == "lead" and not seen and any(c.dep_ == "dobj" for c in t.children):
                continue  # a plan ("she will lead the stand-up"), not a rise ("she could lead one day")
            who = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if who is None and seen:
                who = next((c for c in t.head.children if c.dep_ in ("dobj", "nsubj") and c.lower_ in _PERSONAL), None)
            if who is None or not (who.lower_ in _PERSONAL or who.pos_ == "PROPN"):
                continue
            yield t.i, t.i + 1
            break
