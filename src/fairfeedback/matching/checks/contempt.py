"""Contempt checks: a verdict of contempt on the person or their work
(contempt-verdict), a group's scorn of the person (collective-scorn), and scare
quotes around their work (scare-quotes)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from ...context.analysis import normalize_informal
from ...context.words import WordLists
from ._common import _REVIEWEE, _alternation, _has_reviewee, _is_failure, _neg_on, _yield_regex, register_check

# -- contempt as a verdict on the person or their work -------------------------------

#: Verdict nouns of contempt (lemma).  Those in _NEEDS_INTENSITY are ordinary words for a
#: bad outcome and count only when intensified ("a disaster from start to finish").
_CONTEMPT_NOUNS = {"embarrassment", "joke", "farce", "shambles", "disgrace", "travesty", "laughingstock",
                   "circus", "trainwreck", "fiasco", "insult", "omnishambles", "shitshow", "clusterfuck",
                   "cringe", "catastrophe", "disaster", "mess", "nightmare", "wreck", "clown", "clowns",
                   "sideshow", "pantomime", "comedy", "embarassment"}
_NEEDS_INTENSITY = {"catastrophe", "disaster", "mess", "nightmare", "wreck", "comedy", "crash"}
_CONTEMPT_ADJ = {"embarrassing", "humiliating", "laughable", "cringe", "cringey", "cringy", "cringeworthy",
                 "cringe-worthy", "shameful", "disgraceful", "pathetic", "painful", "excruciating", "hilarious",
                 "embarassing", "amateurish", "farcical", "comical", "pitiful", "pitiable"}
_WATCH = {"watch", "read", "listen", "sit", "hear", "witness", "look", "see", "review", "mark"}
_INTENSE = re.compile(r"\b(?:total|complete|absolute|utter|unmitigated|epic|colossal|spectacular|unholy|"
                      r"from start to finish|start to finish|from beginning to end|end to end|top to bottom|"
                      r"from the start|through and through|on (?:him|her|you|them)|thanks to (?:him|her|you)|"
                      r"because of (?:him|her|you)|(?:he|she|you) made)\b")
#: Work and conduct nouns: a verdict on one of these is a verdict on the person's work.
_WORK = {"presentation", "pitch", "deck", "demo", "report", "workshop", "call", "meeting", "visit", "analysis",
         "proposal", "code", "menu", "rota", "documentation", "notes", "note", "comments", "comment", "labels",
         "mockups", "mockup", "response", "handling", "performance", "answer", "answers", "email", "emails",
         "slides", "work", "effort", "attempt", "conduct", "behaviour", "behavior", "interview", "review",
         "spreadsheet", "plan", "design", "draft", "update", "summary", "session", "training", "talk",
         "speech", "write-up", "writeup", "submission", "handover", "service", "pull", "pr", "commit",
         "estimate", "forecast", "budget", "strategy", "research", "display", "layout", "audit", "rollout",
         "launch", "delivery", "lesson", "class", "shift", "standup", "stand-up", "huddle", "excuse",
         "excuses", "essay", "memo", "brief", "copy", "article", "story", "designs", "drawings", "copywriting",
         "feedback", "attitude", "timekeeping", "manners", "table", "station", "store", "till", "desk"}
_COPULA = {"be", "look", "seem", "sound", "feel", "read", "become", "remain", "prove", "turn"}


def _work_target(tok: Any, words: WordLists) -> bool:
    """Is ``tok`` the person, their work, or a demonstrative standing for what they did?"""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in _REVIEWEE or low in ("that", "this", "which", "they", "them", "it"):
        return True
    if tok.pos_ == "PROPN" or lemma in words.person_nouns:
        return True
    for c in tok.children:
        if c.dep_ == "poss" and (c.lower_ in _REVIEWEE or c.lower_ in ("their",) or c.pos_ == "PROPN"):
            return True
        if c.dep_ in ("relcl", "acl") and any(g.dep_ in ("nsubj", "agent") and (g.lower_ in _REVIEWEE or g.pos_ == "PROPN")
                                              for g in c.children):
            return True  # "the menu she designed", "the way he ran the stand-up"
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of") and any(
                g.lower_ in _REVIEWEE or g.pos_ == "PROPN" for g in c.children):
            return True  # "the deck from Dan"
    return lemma in _WORK or low in _WORK


def _verdict_target(t: Any) -> tuple[Any, bool]:
    """The thing a contempt word is said of, and whether the sentence has a subject at all."""
    node = t
    while node.dep_ in ("conj", "compound", "amod") and node.head.i != node.i:
        if node.dep_ == "amod" or (node.dep_ == "compound" and node.head.pos_ in ("NOUN", "PROPN")):
            return node.head, True  # "an embarrassing week": said of the week
        node = node.head
    if node.dep_ in ("attr", "acomp", "oprd") and node.head.lemma_.lower() in _COPULA:
        verb = node.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is not None and subj.lower_ == "it":
            x = next((c for c in list(node.children) + list(verb.children) if c.dep_ in ("xcomp", "ccomp")), None)
            if x is not None:
                obj = next((c for c in x.children if c.dep_ in ("dobj", "ccomp", "prep")), None)
                if obj is not None and obj.dep_ == "ccomp":
                    obj = next((c for c in obj.children if c.dep_ in ("nsubj", "nsubjpass")), obj)
                if obj is not None and obj.dep_ == "prep":
                    obj = next((c for c in obj.children if c.dep_ == "pobj"), obj)
                if obj is not None:
                    return obj, True
        if subj is not None:
            return subj, True
        return node, False
    if node.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
        return node, True
    if node.dep_ == "appos":
        return node.head, True
    if node.dep_ in ("ROOT",) or node.head.i == node.i:
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return (subj, True) if subj is not None else (node, False)
    return node, node.dep_ not in ("npadvmod", "dobj", "dep")


@register_check("contempt-verdict")
def contempt_verdict(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """A verdict of contempt ("an embarrassment", "a joke", "a farce", "embarrassing",
    "painful to watch") said of the person, of their work, or of "that" (what they did),
    or standing alone as a fragment ("Cringe."); also the writer's shame at the work
    ("I was ashamed to have my name on that report").  Said of an event or a situation
    ("an embarrassing week for the company", "painful to watch the servers go down") it
    is not a verdict on anyone."""
    for sent in doc.sents:
        low_sent = sent.text.lower()
        for t in sent:
            lemma, low = t.lemma_.lower(), t.lower_
            if lemma == "ashamed" or lemma == "embarrassed" or lemma == "mortified":
                subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.lower_ in ("i", "we"):
                    nxt = [x.lower_ for x in doc[t.i + 1: min(sent.end, t.i + 4)]]
                    if nxt[:1] in (["of"], ["by"], ["for"]) and len(nxt) > 1 and nxt[1] in (
                            "you", "him", "her", "them", "this", "that", "it", "your", "his"):
                        yield t.i, t.i + 2
                    elif nxt[:1] == ["to"] and len(nxt) > 1 and nxt[1] in (
                            "have", "put", "send", "show", "present", "sign", "share", "forward", "attach", "submit"):
                        yield t.i, t.i + 3
                    elif nxt[:2] == ["to", "be"] and _has_reviewee(sent, words):
                        yield t.i, t.i + 3  # "embarrassed to be on the same team as him"
                continue
            noun = lemma in _CONTEMPT_NOUNS or low in _CONTEMPT_NOUNS or (
                lemma == "crash" and any(c.lower_ in ("car", "train") for c in t.children))
            adj = low in _CONTEMPT_ADJ
            if not (noun or adj):
                continue
            if lemma == "joke" and not any(c.lower_ in ("a", "an", "running", "complete", "total", "absolute", "such", "bad", "sick")
                                           for c in t.children):
                continue
            if lemma in ("clown", "clowns") and t.dep_ != "compound" and not any(c.dep_ == "det" for c in t.children):
                continue
            if lemma == "insult" and not any(c.lower_ == "to" for c in t.children):
                continue
            if lemma == "mess" and t.head.lemma_.lower() == "make":
                continue  # "made a mess of" is a plain (vague) verdict, left to vague-evaluation
            if low == "hilarious" and not (t.i >= sent.start + 2 and doc[t.i - 1].lower_ in ("is", "'s") and
                                           doc[t.i - 2].lower_ in ("which", "that")):
                continue
            if low in ("painful", "excruciating") and not any(
                    c.dep_ == "xcomp" and c.lemma_.lower() in _WATCH for c in t.children):
                continue
            if low == "amateurish" or low == "farcical":
                pass
            if (lemma in _NEEDS_INTENSITY) and not _INTENSE.search(low_sent):
                continue
            if _neg_on(t) or _neg_on(t.head) or (t.i > sent.start and doc[t.i - 1].lower_ in ("no", "not", "never")):
                continue
            target, has_subject = _verdict_target(t)
            if target is not None and target.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and target.i == t.i:
                continue  # "caused some embarrassment with the client": not a verdict
            if not has_subject:
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in sent.root.children) and sent.root.i != t.i \
                        and not _has_reviewee(sent, words):
                    continue
                yield t.i, t.i + 1
                continue
            if target is not None and target.i != t.i and _work_target(target, words):
                yield t.i, t.i + 1


# -- a group's scorn of the person ----------------------------------------------------

_SCORN_VERBS = _alternation([
    r"\b(?:is|are|was|were|been|keeps?|kept) (?:\w+ )?(?:talking|gossiping|joking|laughing|whispering|complaining|moaning) about (?:how|what|the way|you|him|her|your|his)\b",
    r"\b(?:knows?|knew|heard|noticed|saw) (?:that )?(?:you|he|she) (?:were|was|are|is|had|have|has|did|didn't|can't|couldn't|don't|doesn't)\b",
    r"\b(?:has|have|had) (?:a|an|their own) (?:running |little |ongoing )?(?:bet|joke|sweepstake|pool|nickname)s? (?:on|about|for)\b",
    r"\b(?:a|the) running joke\b",
    r"\b(?:started |start |keep |kept )?calling (?:you|him|her) ['\"\u2018\u201c]",
    r"\b(?:has|have|had) asked (?:me|us)? ?(?:to|if (?:we|i) can) (?:move|transfer|swap|replace|remove|reassign) (?:you|him|her)\b",
    r"\bask(?:s|ed|ing)? for (?:anyone|anybody|someone) (?:but|else but|other than) (?:you|him|her)\b",
    r"\b(?:refuse|refuses|refused|won't|will not) (?:to )?(?:work|sit|pair|share a shift) with (?:you|him|her)\b",
    r"\b(?:laugh|laughs|laughed|laughing|joke|jokes|joked|smirk|smirked|snigger|sniggered) (?:about|at) (?:it|this|that|you|him|her)\b",
    r"\b(?:saw|heard|noticed|could see|could tell|witnessed|knows|know) (?:just |exactly )?how (?:\w+ )?\w+ (?:you|he|she) (?:were|was|are|is|looked|sounded)\b",
    r"\bheard about (?:your|his|her)\b",
    r"\b(?:doesn't|don't|do not|does not|no longer|won't|will not|can't) (?:\w+ )?(?:respect|trust|rate|listen to|rely on|want to work with|take (?:him|her|you) seriously) (?:him|her|you|them)?\b",
    r"\basked (?:for|that) (?:him|her|you) (?:to )?be (?:taken off|removed|replaced|moved|reassigned|swapped)\b",
])
_COLLECTIVE = re.compile(r"\b(?:the (?:whole|entire) \w+|half (?:the|of the) \w+|(?:his|her|your) (?:own )?(?:team|staff|reports|colleagues|peers|crew)|"
                         r"the (?:client|customer|board|panel|auditor|director)s?|everyone|everybody|people|the (?:\w+ )?(?:engineers|drivers|nurses|"
                         r"reps|agents|staff|team|crew|pickers|cashiers|chefs|cooks|teachers|developers|techs|lads|girls|guys|clients|"
                         r"customers|patients|parents|students|residents|others)|clients|customers|they|the office|the floor|the ward|"
                         r"the yard|none of the \w+|nobody|no one|the building)\b")
_DISTRUST = re.compile(r"\b(?:nobody|no one|noone|none of (?:the|us|them) ?\w*)(?: on| in| at| from)?(?: the| this| our)?(?: \w+)?"
                       r" (?:\w+ )?(?:trusts? (?:you|him|her|your|his|her)|takes? (?:you|him|her|your|his|her)(?: \w+)? seriously|"
                       r"relies on (?:you|him|her|your|his|her)|believes (?:you|him|her|a word)|listens to (?:you|him|her)|respects (?:you|him|her))\b")


@register_check("collective-scorn")
def collective_scorn(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """The person as the object of a group's scorn: a collective ("the whole ward",
    "half the floor", "the engineers", "nobody on the team") talking, joking, betting
    or laughing about them, knowing about their lapse, asking to be moved away from
    them, or refusing them trust ("nobody takes her estimates seriously")."""
    for sent in doc.sents:
        low, back = normalize_informal(sent.text)
        if not _has_reviewee(sent, words) and not re.search(r"\b(?:you|your|him|his|her|he|she)\b", low):
            continue
        m = _DISTRUST.search(low)
        if m is None:
            c = _COLLECTIVE.search(low)
            if c is None:
                continue
            m = _SCORN_VERBS.search(low, c.end())
            if m is None or m.start() - c.end() > 60:
                continue
            if re.search(r"\bhow (?:well|good|great|much|quickly|smoothly|calm|kind|patient|helpful)\b", low[m.start():]) or \
                    words.positive.search(low[m.start():]):
                continue  # "everyone was talking about how well the launch went"
            m = c if m is None else m
            span = doc.char_span(sent.start_char + back[c.start()], sent.start_char + back[m.end()], alignment_mode="expand")
            if span is not None:
                yield span.start, span.end
            continue
        yield from _yield_regex(doc, sent, m, back)


_SCARE_OPEN = {"'", "\u2018", '"', "\u201c"}


@register_check("scare-quotes")
def scare_quotes(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """Scare quotes or "so-called" around the person's own work ("his 'quick fix'
    took the site down", "your 'research' was two searches", "her so-called
    analysis"), and a sneer at their claims ("..., which is hilarious at this point").
    A quoted title that names a thing ("her 'Intro to SQL' talk") is followed by a noun
    and is not matched."""
    for sent in doc.sents:
        toks = list(sent)
        for k, t in enumerate(toks):
            if t.lower_ not in ("your", "his", "her", "their") or k + 1 >= len(toks):
                continue
            nxt = toks[k + 1]
            if nxt.lower_ in ("so-called", "so") and (nxt.lower_ == "so-called" or (k + 2 < len(toks) and toks[k + 2].lower_ in ("called", "-"))):
                yield t.i, min(sent.end, nxt.i + 3)
                continue
            if nxt.text in _SCARE_OPEN or nxt.text == "``":
                close = next((j for j in range(k + 2, min(len(toks), k + 7)) if toks[j].text in ("'", "\u2019", '"', "\u201d", "''")), None)
                if close is None or close == k + 2:
                    continue
                inner = [x for x in toks[k + 2: close] if not x.is_punct]
                after = toks[close + 1] if close + 1 < len(toks) else None
                if not inner or any(x.text[:1].isupper() for x in inner) or (
                        after is not None and after.pos_ in ("NOUN", "PROPN") and after.dep_ != "ROOT"):
                    continue  # a quoted title on a noun: "her 'Intro to SQL' talk", "her 'quick wins' list"
                if any(x.lower_ in ("great", "excellent", "brilliant", "helped", "saved", "won", "praised", "adopted", "fantastic")
                       for x in toks):
                    continue
                yield t.i, toks[close].i + 1
            # "the 'finished' report was missing half the data": a status word in scare quotes, belied
            if t.lower_ in ("the", "this", "that", "a", "an", "his", "her", "your", "their") and nxt.text in _SCARE_OPEN:
                close = next((j for j in range(k + 2, min(len(toks), k + 5)) if toks[j].text in ("'", "\u2019", '"', "\u201d", "''")), None)
                if close is None or close == k + 2 or close + 1 >= len(toks) or toks[close + 1].pos_ != "NOUN":
                    continue
                inner = toks[k + 2: close]
                if any(x.text[:1].isupper() for x in inner) or not any(x.pos_ in ("ADJ", "VERB") for x in inner):
                    continue
                if any(_is_failure(x) or x.lower_ in ("missing", "half", "still", "broke", "crashed") for x in toks[close + 1:]):
                    yield t.i, toks[close].i + 2
        low = sent.text.lower()
        m = re.search(r"\b(?:which|that|it)(?:'s| is| was) (?:\w+ )?(?:hilarious|laughable|comical|rich|priceless)\b", low)
        if m and _has_reviewee(sent, words):
            yield from _yield_regex(doc, sent, m)
