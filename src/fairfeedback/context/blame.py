"""Rhetorical blame questions ("how is it possible that ...?"): :func:`blame_question`."""

from __future__ import annotations

import re

from spacy.tokens import Span

from .grammar import _PERSON_PRON
from .informal import normalize_informal
from .words import WordLists

# -- rhetorical blame questions ------------------------------------------------------
# A question is rhetorical when its form asks nothing: incredulity frames ("how is it
# possible that", "would it kill you", "is there a reason you think"), disbelief
# adverbs on the person's own action in a yes/no question ("did you even", "do you
# ever actually"), "still not" ("how do you still not know"), a why-question over an
# absolute ("why does everything you hand in need redoing"), contempt for the work
# ("with work like this?"), or the writer's complaint ("why am I finding out from the
# customer").  Genuine coaching questions ("what would help?", "how could we ...?")
# have none of these.

_P = r"(?:you|he|she|they|someone|somebody|anyone|anybody|a person|people|u)"
_FRAMES = re.compile("|".join([
    r"\bhow (?:is|was) it (?:even |at all )?possible\b", r"\bhow (?:is|was) it that\b", r"\bwhy is it that\b",
    r"\bhow come (?:you|he|she|they)\b",
    r"\bis there (?:a|any) (?:good )?reason (?:why )?" + _P + r"\b",
    r"\bwould it (?:kill|hurt) (?:you|him|her|them)\b",
    r"\b(?:is (?:it|that|this)|am i) (?:really |honestly )?(?:asking )?(?:too much|a lot to ask)\b",
    r"\basking (?:too much|a lot)\b",
    r"\b(?:are|am) (?:we|i) (?:just )?(?:supposed|expected|meant) to (?:just )?(?:guess|read|know|chase|wait|do|assume|pretend|clean|fix|cover)\b",
    r"\bhow (?:do|does|did|can|could|would) " + _P + r" (?:still |really |honestly |actually )?(?:not|never)\b",
    r"\bhow (?:do|does|did|can|could) " + _P + r" (?:even |possibly |actually |always |keep |still )*(?:manage|keep|continue|find a way) to\b",
    r"\b(?:you|he|she|they) still (?:don't|doesn't|can't|haven't|hasn't|didn't|won't|do not|does not|cannot|have not|has not|will not)\b",
    r"\bwhat (?:exactly |on earth |in the world )?(?:is|'s|was) so (?:hard|difficult|complicated|confusing|tricky|hard to understand)\b",
    r"\bwhat exactly (?:did|do|does|have|has|were|was|are|is) (?:you|he|she|they) (?!(?:need|want|mean|think|suggest|propose|recommend|like|prefer|expect from me)\b)",
    r"\bwhy (?:am|do|must|should) i (?:always|still|even|keep|have to|having to|need to keep|finding out|hearing about|learning about|the one|being told)\b",
    r"\bwhy (?:would|did|does|do|is) (?:anyone|anybody|someone|you|he|she|they) (?:even |ever |possibly )?(?:think|believe|assume|decide|imagine) (?:it'?s|it is|it was|that'?s|that is|this is|that was) (?:ok|okay|fine|acceptable|alright|all right|a good idea|appropriate|professional|smart)\b",
    r"\b(?:before|until|till) (?:you|he|she|they) (?:finally |actually |even )?(?:start|stop|get|learn|realise|realize|listen|take|understand|bother|begin|grasp|figure)",
    r"\b(?:apply|applies) to (?:you|him|her|them)\b",
    r"\b(?:rules?|deadlines?|polic(?:y|ies)|procedures?) (?:are|is) (?:only |just )?for (?:everyone|everybody|other people|the rest)\b",
    r"\b(?:work|mistakes?|errors?|effort|attitude|results|numbers|excuses?|sloppiness|timekeeping|behaviou?r) like (?:this|that)\b",
    r"\b(?:did|does|do|has|have|had) (?:it|that|this) (?:even |ever |at any point )+(?:cross|occur|enter)\b",
    r"\bdo (?:you|we|they) (?:really |honestly |seriously )?expect\b",
    # "Why did you write this?": a bare challenge to the work, the code-review form (not "Why did you pick
    # this queue over Kafka?", which asks for a reason)
    r"^\W*why (?:did|would|do|does) (?:you|he|she|they) (?:even )?(?!(?:need|want|think|mean|like|prefer|ask|say)s?\b)\w+ (?:this|that|it)(?: here| again| like this)?\W*$",
    # "Why did you add a cache here when there's clearly no need for one?"
    r"^\W*why (?:did|would|do|does) (?:you|he|she|they)\b.* (?:obviously|clearly) (?:no|not|wrong|unnecessary|pointless)\b",
    r"\bdoes (?:he|she|they) (?:really |honestly |seriously )?(?:think|believe|expect)\b",
    r"\b(?:do|does|did) (?:you|he|she|they) (?:really |honestly )?(?:think|believe) (?:the |this |that |these |our )?(?:rules?|deadlines?|polic(?:y|ies)|process|checklist|briefing)\b",
    r"\bhow (?:does|did|can|could) (?:someone|somebody|anyone|a person|an? \w+) with (?:your|his|her|their|that much|so much|that|this)\b",
    r"\bdo i (?:need|have) to (?:put|write|print|tape|stick|spell|draw|tattoo|send you|remind|tell|explain|come|stand|sit)\b",
    r"\bhow many more (?:\w+ ){1,3}(?:do|does|will|must|should|can) (?:we|i|you|the team)\b",
    r"\bhow (?:could|can|would|did) (?:you|he|she|anyone|someone|they) (?:possibly |even )?be so\b",
    r"\bdo (?:you|they) (?:even )?have any idea how\b",
    r"\b(?:did|do) (?:you|he|she|they) (?:really |honestly |seriously )?think (?:no one|nobody|noone|we|i|people) (?:would|wouldn't|will|won't)(?: \w+)? notice\b",
    r"\b(?:can|can't|cannot) (?:you|he|she) (?:not )?read\b", r"\bwhat'?s (?:your|his|her) problem\b",
    r"\b(?:are|is) (?:you|he|she|they) (?:completely |totally |just )?(?:incapable|unable) of\b",
    r"\bdo (?:you|they) think (?:i'm|i am|we're|we are|everyone is|everyone's|people are) (?:\w+ )?(?:stupid|an idiot|idiots|blind|dumb|born yesterday|fools?)\b",
    r"\bwho (?:even )?does that\b",
    r"^\W*(?:so,? )?what'?s next\b", r"\bdo i look like (?:your|his|her|a|an) \w+",
]))
#: Disbelief adverbs that make a yes/no question about the person's own doing rhetorical:
#: "do you ever actually read the tickets?", "did it even cross your mind?".
_DISBELIEF = {"even", "actually", "seriously", "honestly", "really"}
_AUX_OPEN = {"do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could", "will", "would"}
_GENUINE_VERBS = {"want", "need", "mean", "like", "prefer", "get", "enjoy", "feel", "think", "have", "agree", "see"}
_NOT_DISBELIEF_NEXT = {"if", "though", "more", "less", "a", "an", "the", "so", "possible", "feasible", "worth",
                       "necessary", "needed", "realistic", "sure", "after", "before", "when", "with", "in"}
_WHY_ABSOLUTE = re.compile(r"\b(?:everything|every single|every time|always|never|nothing|constantly|each and every)\b")


def blame_question(sent: Span, words: WordLists) -> tuple[int, int] | None:
    """Character offsets (within ``sent.text``) of the marker that makes ``sent`` a
    rhetorical blame question, or None.  A question mark is needed except for the
    incredulity frames, which chat-style writing often leaves unpunctuated."""
    text = sent.text.rstrip()
    low, back = normalize_informal(text)
    m = _blame_marker(sent, text, low, words)
    if m is None:
        return None
    if len(m) == 3:
        return m[0], m[1]  # already in the sentence's own offsets
    return back[m[0]], back[m[1]]


def _blame_marker(sent: Span, text: str, low: str, words: WordLists) -> tuple[int, ...] | None:
    asks = text.endswith("?") or text.endswith("?!")
    first = next((t for t in sent if not (t.is_punct or t.is_space) and t.lower_ not in (
        "seriously", "honestly", "so", "and", "but", "oh", "ok", "okay", "like", "um", "also", "then")), None)
    wh = first is not None and first.lower_ in ("why", "how", "what", "who", "where", "when", "whose", "wat")
    if not asks and not (wh or (first is not None and first.lower_ in _AUX_OPEN)) or text.endswith((".", "!")) and not asks:
        if not re.search(r"\bwhy would (?:anyone|anybody|someone)\b", low):
            return None
    m = words.rhetorical.search(low) if asks or wh else None
    if m:
        return m.start(), m.end()
    m = _FRAMES.search(low)
    if m:
        return m.start(), m.end()
    if first is None or not (asks or (first.lower_ in _AUX_OPEN and not text.endswith((".", "!", ";", ":")))):
        return None
    if first.lower_ in _AUX_OPEN:
        # "Did you even ...?", "Do you ever actually read ...?", "Did it even cross your mind?"
        for t in sent:
            if t.lower_ in _DISBELIEF and t.dep_ in ("advmod", "dep", "intj") and t.i + 1 < sent.end:
                nxt = sent.doc[t.i + 1]
                if nxt.lower_ in _NOT_DISBELIEF_NEXT:
                    continue
                verb = t.head
                if verb.lemma_.lower() in _GENUINE_VERBS and t.lower_ == "really":
                    continue
                if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _PERSON_PRON or c.lower_ == "it")
                       for c in verb.children):
                    s = t.idx - sent.start_char
                    return s, s + len(t.text), 0
    if first.lower_ == "why" and _WHY_ABSOLUTE.search(low) and re.search(r"\b(?:you|your|he|his|she|her|they)\b", low):
        m = _WHY_ABSOLUTE.search(low)
        return 0, m.end()
    return None
