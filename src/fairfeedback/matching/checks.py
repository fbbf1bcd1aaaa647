"""Registered Python checks: detections that token patterns cannot express.

A check is ``fn(doc, params, words) -> iterable of (start_token, end_token)``;
rule files name it with ``kind: check``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.tokens import Doc

from ..context.analysis import blame_question
from ..context.words import WordLists

CheckFn = Callable[[Doc, dict[str, Any], WordLists], Iterable[tuple[int, int]]]
CHECKS: dict[str, CheckFn] = {}

__all__ = ["CHECKS", "register_check"]


def register_check(name: str) -> Callable[[CheckFn], CheckFn]:
    def deco(fn: CheckFn) -> CheckFn:
        CHECKS[name] = fn
        return fn

    return deco


_COMPARE = {"unlike", "than", "like"}
_READER = {"you", "he", "she", "they", "him", "her", "his", "hers", "your", "yours", "their", "theirs", "them"}
#: Capitalised words that are not people: "compared with Q1", "unlike March".
_NOT_PEOPLE = set("""q1 q2 q3 q4 h1 h2 fy january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday christmas easter""".split())
_PEER_NOUNS = {"peers", "peer", "colleagues", "teammates", "coworkers", "co-workers", "others",
               "everyone", "everybody", "rest", "counterparts", "classmates"}


@register_check("peer-comparison")
def peer_comparison(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """An unfavourable comparison with a named peer or with 'the rest of the team'.

    Flags "unlike Sarah, ...", "compared to his peers", "why can't you be more like Tom",
    "Maria manages it, so why can't you?".  Requires a person subject or a second
    person reader somewhere in the sentence so that "unlike Jira, Linear ..." passes.
    """
    for sent in doc.sents:
        low = [t.lower_ for t in sent]
        has_reader = any(t.lower_ in _READER for t in sent) or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" for t in sent)
        for t in sent:
            target = None
            if t.lower_ in _COMPARE or (t.lower_ in ("compared", "comparison") and t.i + 1 < sent.end):
                nxt = [c for c in doc[t.i + 1: min(sent.end, t.i + 5)]]
                for c in nxt:
                    if c.pos_ == "PROPN" and c.text[:1].isupper() and c.lower_ not in _NOT_PEOPLE:
                        target = c
                        break
                    if c.lower_ in _PEER_NOUNS:
                        target = c
                        break
                    if c.pos_ in ("VERB", "AUX", "PUNCT"):
                        break
            if target is None or not has_reader:
                continue
            if t.lower_ == "like" and "more like" not in " ".join(low) and "be like" not in " ".join(low):
                continue
            if t.lower_ == "than" and not any(w in low for w in ("more", "less", "worse", "slower", "fewer", "better")):
                continue
            yield t.i, target.i + 1


@register_check("rhetorical-question")
def rhetorical_question(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """A blame question that is not really asking anything ("How hard is it to ...?",
    "How is it possible that you still don't know ...?", "Did it even cross your mind?");
    see ``context.analysis.blame_question``."""
    for sent in doc.sents:
        m = blame_question(sent, words)
        if not m:
            continue
        start_char = sent.start_char + m[0]
        end_char = sent.start_char + m[1]
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is not None:
            yield span.start, span.end


# ---------------------------------------------------------------------------
# Shaming mechanisms (issue 2).  Each check below detects a *form* of shaming
# from the parse and small word classes, not a list of sentences: praise that
# contradicts the event it is about, a repetition complaint aimed at a person, a
# verdict of contempt on a person or their work, a comparison that uses a child
# or a peer as the yardstick, an audience invoked against the person.
# ---------------------------------------------------------------------------

_REVIEWEE = {"you", "your", "yours", "yourself", "he", "him", "his", "himself", "she", "her", "hers", "herself",
             "u", "ur", "ya"}
_WRITER = {"i", "me", "my", "myself", "we", "us", "our", "ourselves"}
_NEG = {"not", "n't", "never", "no", "nt", "without"}


def _lows(sent: Any) -> list[str]:
    return [t.lower_ for t in sent]


def _has_reviewee(sent: Any, words: WordLists) -> bool:
    for t in sent:
        if t.lower_ in _REVIEWEE:
            return True
        if t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in _NOT_PEOPLE and t.i != sent.start \
                and t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "poss", "npadvmod", "appos"):
            return True
        if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in words.person_nouns:
            return True
    return False


def _neg_on(tok: Any) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never",) for c in tok.children)


# -- sarcasm as sentiment contrast -----------------------------------------------

#: Words of praise, thanks or congratulation (lower case).  "good" and "nice" only in
#: a praise noun phrase ("good job", "nice touch"), see _PRAISE_NOUNS.
_PRAISE_WORDS = {"great", "brilliant", "wonderful", "fantastic", "lovely", "awesome", "amazing", "excellent",
                 "superb", "stellar", "impressive", "impressed", "terrific", "marvellous", "marvelous", "bravo",
                 "kudos", "congrats", "congratulations", "thanks", "thank", "appreciate", "appreciated", "love",
                 "loved", "glad", "pleasure", "outdid", "outdone", "nailed", "masterpiece", "genius", "stunning",
                 "spectacular", "phenomenal", "outstanding", "perfect", "heroic", "classy", "smooth", "nice", "good",
                 "cheers", "delighted", "thrilled", "well-done", "hats", "props"}
_WEAK_PRAISE = {"nice", "good", "perfect", "smooth", "glad", "love", "cheers"}
_PRAISE_NOUNS = {"job", "work", "going", "touch", "effort", "one", "move", "thing", "show", "start", "stuff",
                 "attention", "service", "help", "timing", "performance", "result", "results", "idea", "call"}
#: Events that are failures when they happen (lemmas), and failure states (lower case).
_FAIL_LEMMAS = {"break", "crash", "miss", "forget", "lose", "delete", "fail", "botch", "ruin", "wreck", "skip",
                "ignore", "mess", "screw", "blow", "overbook", "double-book", "spill", "drop", "upset", "offend",
                "insult", "alienate", "confuse", "annoy", "oversleep", "misplace", "mislabel", "misfile",
                "overcharge", "undercharge", "leak", "flood", "jam", "tank", "bungle", "fumble", "derail", "sink",
                "burn", "cry", "complain", "no-show", "lock", "bounce", "wipe", "corrupt", "brick", "crash",
                "waste", "stall", "contradict", "typo", "misspell"}
_FAIL_WORDS = {"late", "later", "wrong", "broken", "typo", "typos", "error", "errors", "mistake", "mistakes",
               "outage", "outages", "no-show", "no-shows", "offline", "tears", "complaint", "complaints",
               "missed", "overdue", "lost", "incorrect", "bug", "bugs", "absent", "asleep", "longer", "worse",
               "slower", "unanswered", "forgotten", "failed", "crashed", "botched", "deleted", "misspelled",
               "misspelt", "wrongly", "escalation", "escalations", "refund", "refunds", "fine", "fines", "off"}
#: Verbs and nouns that make a failure the thing praised for being dealt with:
#: "thanks for catching the error", "brilliant recovery after the crash".
_REMEDY = {"fix", "catch", "spot", "flag", "handle", "recover", "recovery", "cover", "resolve", "update",
           "deal", "prevent", "avoid", "clean", "rescue", "save", "warn", "notice", "escalate", "apologise",
           "apologize", "own", "investigate", "debug", "diagnose", "calm", "sort", "turnaround",
           "chase", "follow", "report", "admit", "tell", "communicate", "flagging", "reduce", "cut", "halve",
           "minimise", "minimize", "prevention", "rebuild", "restore", "redo", "rework", "correct", "repair",
           "patch", "absorb", "cope", "manage", "stay", "despite", "through", "post-mortem", "postmortem",
           "retro", "root", "lesson", "learn", "honest", "heads-up", "help", "support", "mentor", "coach",
           "explain", "process", "pick", "step", "clear", "close", "tidy", "track", "trace",
           "get", "bring", "reach", "ring", "remind", "double-check", "review"}
_CONTRAST = {"but", "although", "though", "however", "yet", "despite", "except", "unfortunately", "while",
             "whereas"}
#: Duties whose negation is the failure: "never answers a single email".
_DUTIES = {"answer", "reply", "respond", "show", "turn", "read", "check", "test", "return", "call", "sign",
           "log", "update", "proofread", "listen", "bother"}
#: Verbs of condescending arrival: "nice of him to grace the huddle at 9:40".
_DEIGN = {"grace", "deign", "bless", "honour", "honor"}
#: "finally" before one of these, in praise, marks lateness: "glad to see you finally decided to read it".
_FINALLY = {"decide", "bother", "remember", "manage", "read", "show", "turn", "answer", "reply", "respond",
            "notice", "figure", "get", "open", "learn", "join", "wake", "check", "return"}
_REMEDY_NOUNS = {"recovery", "turnaround", "update", "heads-up", "post-mortem", "postmortem", "retro", "catch",
                 "rescue", "save", "cleanup", "clean-up", "fix", "fixes", "workaround", "apology", "lesson",
                 "lessons", "warning", "despite", "through", "prevention", "root"}
_STAY = {"stay", "stayed", "staying", "work", "worked", "working", "remain", "remained", "keep", "kept", "run"}


def _praise_tokens(sent: Any) -> list[Any]:
    out = []
    for t in sent:
        low = t.lower_
        if low == "way" and t.i + 2 < sent.end and t.doc[t.i + 1].lower_ == "to" and t.doc[t.i + 2].lower_ == "go":
            out.append(t)  # "way to go on the client call"
            continue
        if low in ("help", "star", "pro", "gem", "treat") and t.i >= sent.start + 2 and t.doc[t.i - 1].lower_ == "a" \
                and t.doc[t.i - 2].lower_ in ("such", "real", "big"):
            out.append(t)  # "such a help that you booked the wrong date"
            continue
        if low not in _PRAISE_WORDS:
            continue
        if _neg_on(t) or (t.i > sent.start and t.doc[t.i - 1].lower_ in _NEG):
            continue
        if low in _WEAK_PRAISE:
            nxt = t.doc[t.i + 1] if t.i + 1 < sent.end else None
            ok = nxt is not None and (nxt.lower_ in _PRAISE_NOUNS or (low in ("nice", "good", "kind") and nxt.lower_ == "of"))
            if low in ("love", "loved") and nxt is not None and nxt.lower_ in ("how", "that", "the", "it"):
                ok = True
            if low == "glad" and nxt is not None and nxt.lower_ in ("to", "you", "that"):
                ok = True
            if not ok:
                continue
        if low in ("thank", "thanks", "appreciate", "appreciated") and any(
                c.lower_ in ("for", "you") for c in t.children) is False and t.i + 1 < sent.end \
                and t.doc[t.i + 1].lower_ not in ("for", "you", "so", "a", ",", "very", "much"):
            continue
        out.append(t)
    return out


def _is_failure(t: Any) -> bool:
    low, lemma = t.lower_, t.lemma_.lower()
    if t.dep_ == "compound":
        return False  # "the complaints thread", "the error budget"
    if low == "off":
        return t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "by"  # "off by 300 units"
    if low in ("later", "longer", "worse", "slower"):
        return t.i > 0 and t.doc[t.i - 1].lower_ in ("even", "much", "way", "only")
    if low in ("fine", "fines", "refund", "refunds", "escalation", "escalations"):
        return False if low == "fine" else t.dep_ in ("dobj", "pobj", "nsubj")
    if low == "late" and t.head.lower_ in _STAY:
        return False  # "stayed late to help"
    if lemma == "lock":
        return any(c.lower_ == "out" for c in t.children) or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "out")
    if lemma == "turn":
        return False
    if low in _FAIL_WORDS or (lemma in _FAIL_LEMMAS and t.pos_ in ("VERB", "NOUN", "ADJ")):
        if _neg_on(t):
            return False
        if t.dep_ == "amod" and t.head.dep_ in ("dobj", "pobj") and t.head.head.pos_ == "VERB":
            return False  # "getting the missed orders out"
        return True
    return False


@register_check("sarcastic-praise")
def sarcastic_praise(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """Praise, thanks or congratulation in the same stretch as a failure it cannot be
    sincere about: "great job on the count, only off by 300 units", "thanks so much for
    showing up an hour late", "really outdid yourself with the typos".

    Sincere praise for dealing with a failure ("thanks for catching the error",
    "brilliant recovery after the crash") has a remedy word before the failure;
    balanced feedback ("great analysis, but the deck was late") has a contrast word.
    """
    for sent in doc.sents:
        praise = _praise_tokens(sent)
        if not praise:
            continue
        first = praise[0]
        seen_remedy = False
        for t in sent:
            if t.i <= first.i:
                continue
            low = t.lower_
            if low in _CONTRAST or (low == "even" and t.i + 1 < sent.end and doc[t.i + 1].lower_ in ("though", "if", "so")):
                break
            lemma = t.lemma_.lower()
            into = t.i > sent.start and any(x.lower_ == "into" for x in doc[max(sent.start, t.i - 5): t.i])
            if not into and ((t.pos_ == "VERB" and lemma in _REMEDY and not (lemma == "manage" and any(
                    c.dep_ == "xcomp" for c in t.children))) or low in _REMEDY_NOUNS or lemma in _REMEDY_NOUNS):
                seen_remedy = True
                continue
            failure = _is_failure(t) or (t.pos_ == "VERB" and lemma in _DUTIES and _neg_on(t)) \
                or (t.pos_ == "VERB" and lemma in _DEIGN) \
                or (t.pos_ == "VERB" and lemma in _FINALLY and t.i > sent.start and doc[t.i - 1].lower_ == "finally") \
                or (low == "shows" and t.i >= sent.start + 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "no")
            if (seen_remedy and not into) or not failure:
                continue
            # the failure belongs to the writer or a third party: "thanks for covering when I was late"
            subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                if t.pos_ in ("ADJ", "ADV") else next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (subj.lower_ in _WRITER or subj.lemma_.lower() in ("client", "customer",
                                                                                          "patient", "vendor", "supplier")):
                continue
            if not (_has_reviewee(sent, words) or first.lower_ not in ("great", "brilliant", "wonderful", "fantastic",
                                                                       "lovely", "awesome", "amazing", "perfect")
                    or (first.i + 1 < sent.end and doc[first.i + 1].lower_ in _PRAISE_NOUNS)):
                continue
            yield first.i, t.i + 1
            break


# -- exasperation: repetition as reproach ------------------------------------------

_ORDINAL = r"(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth|" \
    r"thousandth|millionth|umpteenth|nth|n-th|zillionth|\d+(?:rd|th))"
_REPEAT_MARK = r"(?:repeatedly|so many times|too many times|countless times|numerous times|more times than|" \
    r"over and over|again and again|time and (?:time )?again|time after time|a (?:hundred|thousand|million|dozen|zillion) times|" \
    r"(?:hundreds|dozens|thousands) of times|" \
    r"for the " + _ORDINAL + r" time|until i'?m blue in the face|till i'?m blue in the face)"
_REPEAT_VERBS = r"(?:said|say|saying|told|tell|telling|explained|explain|explaining|asked|ask|asking|reminded|remind|" \
    r"reminding|mentioned|mention|raised|raise|raising|been over|gone over|go over|going over|went over|discussed|" \
    r"chased|chase|chasing|flagged|warned|warn|written|wrote|write|writing|emailed|pointed out|spelled out|spelt out|shown|" \
    r"showed|repeated|repeat|repeating|begged|pleaded|nagged|covered|walked (?:you|him|her|them) through|" \
    r"gone through|been through|corrected|correct|fixed|redone|redid)"
_EXASPERATION = re.compile("|".join([
    # the writer repeating: "as I have said repeatedly", "I've explained it to her more times than I can count"
    r"\b(?:i|we)(?:'ve|'d| have| had| keep| am| are|'m|'re)?(?: \w+){0,2}? " + _REPEAT_VERBS + r"\b(?:[^.;:!?]{0,60}?)\b" + _REPEAT_MARK,
    r"\bas (?:i|we)(?:'ve| have| had|'d)? (?:\w+ )?" + _REPEAT_VERBS + r" (?:\w+ )?(?:repeatedly|so many times|countless times|many,? many times|over and over|again and again|before,? (?:and|many|more))",
    # "For the third time this month, ..." opening the sentence; "this is the fifth time I am writing this"
    r"^(?:\W*)(?:and |so |ok(?:ay)?,? |right,? )?for the " + _ORDINAL + r" time\b",
    r"\bthe " + _ORDINAL + r" time (?:that )?(?:i|we)(?:'ve|'m|'re| have| am| are| had|'d)? (?:\w+ )?" + _REPEAT_VERBS,
    # the writer's exhaustion with the person
    r"\b(?:i|we)(?:'m| am|'re| are| was| were| have been|'ve been| feel| get| got| am getting|'m getting)(?: \w+){0,2}? "
    r"(?:tired|sick|fed up|exhausted|weary|worn out|done) (?:of|from|with)? ?(?:\w+ing|having to|him|her|them|you|it|this|the same)",
    r"\b(?:i|we)(?:'m| am|'re| are) (?:\w+ )?done (?:asking|chasing|reminding|explaining|telling|repeating|covering|waiting|begging|trying)\b",
    r"\b(?:i|we)(?:'ve| have|'d| had)? (?:\w+ )?(?:given up|stopped) (?:expecting|asking|hoping|counting|bothering|chasing|reminding|trying|on (?:him|her|you|them|getting|expecting))\b",
    r"\b(?:i|we)(?:'m| am|'re| are) (?:\w+ )?(?:not even|no longer|not) (?:\w+ )?surprised (?:anymore|any more|when|that|by|if)\b",
    r"\bhow many (?:more |other |different )?ways (?:(?:can|do|must|should|could) (?:i|we)|(?:i|we) (?:can|could|should|must|have to))\b",
    r"\b(?:i|we)(?:'m| am|'re| are) (?:\w+ )?running out of (?:patience|ways|words)\b",
    r"\b(?:i|we) (?:really |honestly |genuinely |frankly |simply )*(?:shouldn't|should not|should never|shouldnt|should n't) (?:\w+ )?(?:have|need) to (?:\w+ )?"
    r"(?:remind|explain|tell|ask|chase|teach|spell|check|babysit|repeat|keep|point|beg|nag|micromanage|walk)\b",
    # reprises: "here we go again", "same story as last quarter, different excuse", "once more, with feeling"
    r"^\W*(?:and |so )?here we go again\b", r"\bsame (?:old )?story\b[^.]{0,40}\bdifferent excuse", r"\bdifferent day,? same\b",
    r"^\W*once more,? with feeling\b", r"\bsame (?:old )?excuses?\b",
]))
#: Sentence-initial "once again" / "yet again" followed by a person and a sarcastic or
#: failure predicate: "once again, Tom has decided the deadline was a suggestion".
_AGAIN_OPEN = re.compile(r"^\W*(?:and |so )?(?:once again|yet again|yet another time)\b,?")
_OPTIONAL = re.compile(r"\b(?:a suggestion|suggestions|optional|a guideline|guidelines|voluntary)\b")


@register_check("repetition-reproach")
def repetition_reproach(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """Exasperation aimed at the reader: the writer's repetition ("as I have said
    repeatedly", "for the third time, ..."), the writer's weariness ("I'm tired of
    cleaning up after him", "I've given up expecting ..."), a reprise ("here we go again
    with the excuses").  A count of the person's own events ("late three times in May")
    is a fact and is not matched."""
    for sent in doc.sents:
        low = sent.text.lower().replace("\u2019", "'")
        m = _EXASPERATION.search(low)
        if m is None:
            a = _AGAIN_OPEN.search(low)
            if a and _has_reviewee(sent, words) and (_OPTIONAL.search(low) or any(
                    _is_failure(t) for t in sent)) and not any(t.lower_ in _PRAISE_WORDS for t in sent):
                m = a
        if m is None:
            continue
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is not None:
            yield span.start, span.end


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
                 "embarassing", "amateurish", "farcical", "comical"}
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
    while node.dep_ in ("conj", "compound", "amod") and node.head is not node:
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
    if node.dep_ in ("ROOT",) or node.head is node:
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
