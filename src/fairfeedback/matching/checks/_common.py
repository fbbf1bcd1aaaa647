"""Registered Python checks: detections that token patterns cannot express.

A check is ``fn(doc, params, words) -> iterable of (start_token, end_token)``;
rule files name it with ``kind: check``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.tokens import Doc

from ..context.analysis import blame_question, normalize_informal
from ..context.words import WordLists

CheckFn = Callable[[Doc, dict[str, Any], WordLists], Iterable[tuple[int, int]]]
CHECKS: dict[str, CheckFn] = {}

__all__ = ["CHECKS", "register_check"]



def _alternation(patterns: list[str]) -> re.Pattern[str]:
    """One regular expression for many alternatives, with the leading ``\\b`` of
    most of them factored out: the engine then skips positions inside words at
    once instead of trying every alternative there (about 4x faster).  At one
    start position, the ``\\b`` alternatives are tried before the others."""
    bounded = [p[2:] for p in patterns if p.startswith(r"\b")]
    other = [p for p in patterns if not p.startswith(r"\b")]
    parts = ([r"\b(?:" + "|".join(bounded) + ")"] if bounded else []) + other
    return re.compile("|".join(parts))

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
        if t.i > sent.start and t.text[:1].isupper() and t.text[1:].islower() and t.is_alpha and not t.is_stop \
                and t.lower_ not in _NOT_PEOPLE and t.i + 1 < sent.end and t.doc[t.i + 1].pos_ in ("AUX", "VERB"):
            return True  # a name the tagger missed: "yet again, Raj has forgotten ..."
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
               "misspelt", "wrongly", "escalation", "escalations", "refund", "refunds", "fine", "fines", "off",
               "blank", "empty", "missing", "incomplete", "unfinished", "undone", "unsigned", "unlabelled",
               "unlabeled", "unplugged", "unlocked", "unattended", "expired", "ombudsman", "tribunal"}
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
        if low == "way" and t.i + 2 < sent.end and t.doc[t.i + 1].lower_ == "to" and (
                t.doc[t.i + 2].lower_ == "go" or (t.i == sent.start and t.doc[t.i + 2].pos_ == "VERB")):
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
            if low == "cheers" and nxt is not None and nxt.lower_ == "for":
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
    if low in ("bad", "stupid", "foolish", "incompetent", "silly", "idiots", "amateurs", "unprofessional"):
        return t.head.lemma_ in ("look", "seem", "sound")  # "way to make us all look bad"
    if low == "last":
        return t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ in ("one", "person", "to")  # "the last one to submit"
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
                    or first.dep_ == "amod"
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
_EXASPERATION = _alternation([
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
    r"^\W*once more,? with feeling\b",
])
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
        low, back = normalize_informal(sent.text)
        m = _EXASPERATION.search(low)
        if m is None and _AGAIN_OPEN.search(low) and _OPTIONAL.search(low) and _has_reviewee(sent, words):
            m = _AGAIN_OPEN.search(low)  # "once again, Tom has decided the deadline was a suggestion"
        if m is None:
            continue
        span = doc.char_span(sent.start_char + back[m.start()], sent.start_char + back[m.end()], alignment_mode="expand")
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


# -- comparisons that use a child, a beginner or a peer as the yardstick --------------

#: Low-status or absurd yardsticks: if *they* could do it, the person is below them.
_YARDSTICK = {"intern", "trainee", "temp", "student", "grader", "schoolkid", "schoolchild", "schoolboy",
              "schoolgirl", "child", "kid", "toddler", "baby", "teenager", "nephew", "niece", "son", "daughter",
              "grandmother", "grandma", "granny", "gran", "nan", "nana", "grandad", "granddad", "grandpa", "mum",
              "mom", "dad", "monkey", "chimp", "chimpanzee", "hamster", "goldfish", "dog", "cat", "parrot", "robot",
              "printer", "toaster", "calculator", "apprentice", "beginner", "novice", "newbie", "rookie",
              "volunteer", "fresher", "freshman", "undergrad", "undergraduate", "schooler", "year-old", "kindergartner",
              "chatbot", "trainees", "temps", "interns", "kids", "children", "students", "monkeys", "idiot"}
#: Yardsticks that are also colleagues: only with "even", "my/a/any", or a comparison
_COLLEAGUE_YARDSTICK = {"intern", "trainee", "temp", "student", "apprentice", "beginner", "novice", "newbie",
                        "rookie", "volunteer", "fresher", "trainees", "temps", "interns", "students"}
_POSITIVE_CMP = {"better", "faster", "quicker", "cleaner", "neater", "clearer", "smarter", "sharper", "tidier",
                 "stronger", "nicer", "politer", "more", "sooner", "harder", "longer"}
_NEGATIVE_CMP_ADJ = {"worse", "slower", "lazier", "sloppier", "weaker", "poorer", "messier", "less", "fewer", "dumber"}
_ABILITY = {"could", "can", "would", "'d", "might"}
#: "more experienced than him" states a difference, not a verdict.
_NOT_QUALITY = {"experienced", "senior", "junior", "qualified", "expensive", "likely", "interested", "familiar",
                "used", "comfortable", "aware", "important", "recent", "old", "young", "nervous", "vocal", "outgoing",
                "extroverted", "introverted", "confident", "relaxed", "talkative", "cautious", "conservative"}


def _yardstick(tok: Any) -> bool:
    if tok.lower_ == "old" and tok.i >= 2 and any(x.lower_ in ("year", "years", "yr") for x in tok.doc[tok.i - 2: tok.i]):
        return True  # "my six year old", "a ten-year-old"
    return tok.lemma_.lower() in _YARDSTICK or tok.lower_ in _YARDSTICK or (
        tok.lower_ in ("guy", "girl", "starter", "hire", "kid", "lad") and any(c.lower_ == "new" for c in tok.children))


def _even_before(tok: Any, sent: Any) -> bool:
    return any(x.lower_ == "even" for x in tok.doc[max(sent.start, tok.i - 4): tok.i])


@register_check("yardstick-comparison")
def yardstick_comparison(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """Belittling comparison: a child, beginner, animal or machine as the standard the
    person fails ("a first grader could follow these instructions", "even a trainee on
    day one knows ...", "the temps are more reliable than him", "looks like a child did
    it"), and unfavourable comparison with anyone ("our interns write cleaner code than
    you do", "you make the new guy look like a veteran", "I'd take a random temp over him")."""
    for sent in doc.sents:
        lows = _lows(sent)
        for t in sent:
            low = t.lower_
            # (1) X could / can / knows ...: the yardstick as the subject of an ability claim
            if _yardstick(t) and t.dep_ in ("nsubj", "nsubjpass") and not any(
                    c.lower_ in ("no", "every", "each") for c in t.children):
                verb = t.head
                aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
                dets = [c.lower_ for c in t.children if c.dep_ in ("det", "poss")]
                even = _even_before(t, sent)
                colleague = t.lemma_.lower() in _COLLEAGUE_YARDSTICK or t.lower_ in _COLLEAGUE_YARDSTICK
                if verb.lemma_.lower() in ("be", "get", "use", "need", "benefit", "join", "attend", "hurt", "want",
                                           "like", "enjoy", "ask", "help", "learn", "shadow", "struggle") \
                        or t.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children):
                    pass
                elif any(a in _ABILITY for a in aux) and (even or (not colleague and (set(dets) & {"a", "an", "any", "my", "your", "our"})) or
                                                          any(x in lows for x in ("better", "faster", "blindfolded", "sleep"))):
                    yield t.i, verb.i + 1
                    continue
                elif even and verb.lemma_.lower() in ("know", "understand", "remember", "get", "manage", "figure", "realise",
                                                      "realize", "grasp", "do", "see", "spot", "notice"):
                    yield t.i, verb.i + 1
                    continue
            # (1b) "my six year old writes neater notes": the yardstick does it better
            if _yardstick(t) and t.dep_ == "nsubj" and any(
                    c.dep_ == "dobj" and any(g.tag_ == "JJR" and g.lower_ in _POSITIVE_CMP | {"neater", "nicer", "tidier"} for g in c.children)
                    for c in t.head.children) and any(c.lower_ in ("my", "a", "an", "even", "any") for c in doc[max(sent.start, t.i - 4): t.i]):
                yield t.i, t.head.i + 1
                continue
            # (2a) "fumbled through the demo like a first-week intern", "behaves like a toddler"
            if (_yardstick(t) or t.lower_ in ("amateur", "amateurs", "schoolboy", "schoolgirl", "headless")) and \
                    t.dep_ == "pobj" and t.head.lower_ == "like" and t.head.head.pos_ in ("VERB", "AUX") and \
                    t.head.head.lemma_.lower() not in ("look", "feel", "sound", "seem") and not _even_before(t, sent):
                verb = t.head.head
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or subj.lower_ in _REVIEWEE or subj.pos_ == "PROPN":
                    yield t.head.i, t.i + 1
                    continue
            # (2) "... like a child did them", "reads like it was written by a first-year student"
            if _yardstick(t) and t.dep_ in ("nsubj", "pobj"):
                anc = list(t.ancestors)[:4]
                if any(a.lower_ in ("like", "if") or any(c.lower_ in ("like", "if") and c.dep_ in ("mark", "prep", "advmod")
                                                         for c in a.children) for a in anc) and \
                        (t.dep_ == "nsubj" or t.head.lower_ == "by") and not _even_before(t, sent):
                    head = next((a for a in anc if a.pos_ in ("VERB", "AUX")), None)
                    if head is not None and head.lemma_.lower() not in ("be", "behave", "act", "treat", "cry", "sulk"):
                        yield t.i, t.i + 1
                        continue
            # (3) "X is more reliable than him", "interns write cleaner code than you do"
            if low == "than" and t.i + 1 < sent.end and doc[t.i + 1].lower_ in (
                    "you", "him", "her", "he", "she", "yours", "his", "hers"):
                window = list(doc[max(sent.start, t.i - 5): t.i])
                cmp_tok = next((x for x in reversed(window) if x.lower_ in _POSITIVE_CMP and x.lower_ != "more"), None)
                if cmp_tok is None:
                    more = next((x for x in reversed(window) if x.lower_ == "more"), None)
                    if more is not None and more.i + 1 < t.i and doc[more.i + 1].pos_ in ("ADJ", "ADV") and \
                            doc[more.i + 1].lower_ not in _NOT_QUALITY:
                        cmp_tok = more
                if cmp_tok is None or any(x.lower_ in _NEGATIVE_CMP_ADJ or x.is_punct for x in doc[cmp_tok.i: t.i]):
                    continue
                main = cmp_tok
                while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
                    main = main.head
                subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or subj.lower_ in _WRITER or subj.lower_ in _REVIEWEE or subj.lower_ in (
                        "nobody", "noone", "none", "few", "it", "this", "that", "there") or _neg_on(main) or any(
                        c.lower_ in ("no", "few") for c in subj.children):
                    continue
                yield min(subj.i, t.i), t.i + 2
                continue
            # "even a trainee on day one knows ...": the yardstick parsed off the verb
            if low == "even":
                ys = next((x for x in doc[t.i + 1: min(sent.end, t.i + 4)] if _yardstick(x)), None)
                if ys is not None:
                    for x in doc[ys.i + 1: min(sent.end, ys.i + 6)]:
                        if x.is_punct:
                            break
                        if x.lower_ in ("could", "can", "would", "knows", "know", "knew", "understands", "gets",
                                        "manages", "managed", "remembers", "remembered", "figured", "spotted"):
                            yield t.i, x.i + 1
                            break
            # (4) "you make the new guy look like a veteran"
            if t.lemma_ == "make" and any(c.lower_ in _REVIEWEE and c.dep_ == "nsubj" for c in t.children):
                tail = " ".join(lows[t.i - sent.start: t.i - sent.start + 8])
                if re.search(r"\blook (?:like )?(?:a |an )?(?:veteran|genius|pro|professional|expert|rocket scientist|star|natural|saint|superstar|good)\b", tail):
                    yield t.i, min(sent.end, t.i + 6)
                    continue
            # (5) "I'd take a random temp off the street over him", "I'd rather have the intern"
            if t.lemma_ in ("take", "pick", "choose", "prefer", "hire", "have") and any(
                    c.lower_ in ("i", "we") and c.dep_ == "nsubj" for c in t.children) and any(
                    c.lower_ in ("'d", "would") for c in t.children):
                tail = lows[t.i - sent.start + 1:]
                if ("over" in tail or "instead" in tail) and any(w in tail for w in ("him", "her", "you", "them")):
                    yield t.i, t.i + 1


# -- peers as the standard: "every other new starter picked this up in a week, you are on month three"

_PEER_GROUP = re.compile(r"\b(?:every other|all the other|the other|other|the rest of (?:the|us|them|his|her|your)|everyone else|"
                         r"everybody else|anyone else|anybody else|the others|others|(?:your|his|her|their) (?:peers|colleagues|"
                         r"teammates|classmates|cohort|fellow \w+|co-?workers|batch|intake))\b")
#: What peers do that sets no standard: "the other reps asked her to share her template".
_PEER_NEUTRAL = {"ask", "want", "say", "tell", "like", "love", "help", "thank", "praise", "invite", "join", "miss",
                 "complain", "struggle", "fail", "need", "mention", "report", "notice", "see", "feel", "think",
                 "rely", "depend", "look", "wait", "cover", "hate", "agree", "vote", "nominate", "call", "choose"}
_PEER_SUCCESS = {"manage", "cope", "pick", "figure", "get", "hit", "meet", "finish", "complete", "learn", "master",
                 "promote", "handle", "do", "know", "remember", "follow", "close", "make", "understand", "grasp", "nail"}
_LAG = re.compile(r"\b(?:you(?:'re| are)?|he(?:'s| is)?|she(?:'s| is)?) (?:still|only|yet to|on (?:month|week|day|year))\b|"
                  r"\b(?:taking|takes|took) (?:you|him|her)\b|\bwhy (?:can't|cannot|couldn't|don't|doesn't|won't) "
                  r"(?:you|he|she)\b|\b(?:you|he|she) (?:can't|cannot|couldn't|don't|doesn't|didn't|haven't|hasn't|still)\b|"
                  r"\bbut (?:not )?(?:you|him|her)\b|\bexcept (?:you|him|her)\b")
_NEED_LESS = re.compile(r"\b(?:others|other \w+|everyone else|everybody else|the rest of \w+|the others|(?:your|his|her) peers)"
                        r"(?: \w+){0,4} (?:don't|do not|never|doesn't|does not) (?:need|require|have to be)\b")


@register_check("peer-yardstick")
def peer_yardstick(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """Peers held up as the standard the person falls short of: a peer group that
    succeeds (managed, picked it up, got promoted, doesn't need a checklist) set against
    the person who lags ("you are on month three", "why is it taking you", "you're
    still asking").  A peer mentioned without the contrast ("she paired with the other
    nurses") is not matched."""
    for sent in doc.sents:
        low, back = normalize_informal(sent.text)
        m = _NEED_LESS.search(low)
        if m:
            span = doc.char_span(sent.start_char + back[m.start()], sent.start_char + back[m.end()], alignment_mode="expand")
            if span is not None:
                yield span.start, span.end
                continue
        g = _PEER_GROUP.search(low)
        peer_tok = None
        if g:
            span = doc.char_span(sent.start_char + back[g.start()], sent.start_char + back[g.end()], alignment_mode="expand")
            peer_tok = span.root if span is not None else None
        else:
            # a named colleague as the subject of a success: "Kevin in accounts figured it out in a day"
            peer_tok = next((t for t in sent if t.pos_ == "PROPN" and t.dep_ == "nsubj" and t.lower_ not in _NOT_PEOPLE), None)
        if peer_tok is None:
            continue
        verb = peer_tok
        while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.lemma_.lower() in _PEER_NEUTRAL or _neg_on(verb):
            continue
        lag = _LAG.search(low[g.end():] if g else low)
        if lag is None or (g is None and "you" not in re.findall(r"[a-z']+", lag.group(0))):
            continue  # a named colleague needs a "you" to be compared with: "Omar ..., but he ..." is one person
        yield peer_tok.i, peer_tok.i + 1


# -- audiences, threats and mockery ---------------------------------------------------

_AUDIENCE = r"(?:the (?:whole|entire) (?:\w+ )?(?:team|office|floor|ward|department|company|building|shift|site|store|group|org)|" \
    r"everyone|everybody|the team|the group|all[- ]hands|the (?:team|staff|weekly|monthly|all-staff|department) meeting|" \
    r"the director|the directors|the board|upstairs|the (?:regional|area|general|senior) (?:manager|director|team)|" \
    r"leadership|senior management|the (?:group )?chat|the channel|the (?:whole|entire) (?:channel|thread|list)|people|" \
    r"the others|the rest of the team|hr)"
_EXPOSE = _alternation([
    # writer exposes the work to an audience so that they see / learn / know who to blame
    r"\b(?:i|we)(?:'m|'ll|'ve| am| will| have| had|'d| did)? (?:\w+ )?(?:call(?:ed|ing)? (?:him|her|you|them) out|copy|copying|copied|cc|cc'ing|cc'd|cced|forward(?:ed|ing)?|"
    r"shar(?:e|ed|ing)|show(?:ed|n|ing)?|read|reading|post(?:ed|ing)?|circulat(?:e|ed|ing)|put|putting|bring|bringing|brought|"
    r"rais(?:e|ed|ing)|present(?:ed|ing)?|send|sent|sending|made sure|make sure|will make sure)\b[^.;!?]{0,60}?"
    r"\b(?:so (?:that )?(?:everyone|everybody|people|they|the (?:whole )?team|she|he|the others)(?: \w+){0,3} "
    r"(?:see|sees|saw|know|knows|learn|learns|hear|hears)|how not to|what not to|who to blame|an example of (?:what|how) not|"
    r"learn from (?:your|his|her) (?:mess|mistakes?|failure|screw-?up|cock-?up)|what happens when)",
    r"\b(?:make|made|making) sure " + _AUDIENCE + r" (?:\w+ )?(?:saw|sees|see|hears|heard|knows|knew|know)\b",
    r"\bread (?:it|your \w+|his \w+|her \w+) out (?:at|in|to)\b",
    r"\b(?:in front of|for) (?:everyone|everybody|the whole (?:team|office|floor|ward|room))(?: \w+){0,3} to (?:see|hear|laugh)\b",
])
_ULTIMATUM = _alternation([
    r"\bkeep (?:this|it|that) up and (?:you|he|she|they)(?:'ll|'re| will| won't| can| are| might| may)?\b",
    r"\bkeep \w+ing\b[^.;!?]{0,40}? and (?:you|he|she)(?:'ll|'re| will| won't| can| are| might| may)?(?: \w+){0,3} "
    r"(?:another|a new|a different) (?:job|team|employer|career)\b",
    r"\band (?:you|he|she)(?:'ll| will|'re| are)? (?:be )?(?:looking for|out of) (?:another|a new|a) job\b",
    r"\band (?:you|he|she)(?:'re| are|'ll be| will be) (?:out|gone|done|finished|off the (?:rota|team|project|account))\b",
    r"\bone more (?:\w+ ){0,3}(?:like (?:this|that) )?and (?:you|he|she|they|you're|he's|she's|i'll|i will|we'll|that's)\b",
    r"\b(?:any|another) (?:more )?(?:\w+ )?(?:like (?:this|that)) and (?:you|he|she|you're|he's|she's|i'll|i will)\b",
    r"\b(?:you|he|she) (?:won't|will not|wont) be (?:here|around|with us|on this team|working here)(?: \w+){0,2} (?:by|at|for|come|much longer|long)\b",
    r"\b(?:you|he|she) (?:can|could|will|may|might) (?:go )?(?:find|look for) (?:another|a new|a different) (?:job|team|employer|career|line of work)\b",
    r"\bplenty of (?:people|candidates|others|folks) (?:out there )?(?:who|that)(?:'d| would| will)? (?:\w+ )?(?:love|kill for|want|take|jump at|do) (?:your|his|her) job\b",
    r"\b(?:your|his|her) days (?:here )?are numbered\b",
    r"\bsee where (?:that|it|this) (?:gets|will get|lands|leaves) (?:you|him|her)\b",
    r"\bor (?:go |you can )?(?:find|look for) (?:somewhere|someplace|another place|a new place|another job|a new job|another employer)(?: else)?(?: to work)?\b",
    r"\b(?:don't|do not) be surprised if (?:your|his|her) name (?:comes up|is)\b",
    r"\bif (?:this|it|that) happens again,? (?:i|we)(?:'ll| will)? (?:\w+ )?(?:make sure|tell|let) (?:everyone|everybody|the whole|people|upstairs)\b",
    r"\b(?:you|he|she)(?:'re| are| is|'s) (?:easily |very )?replaceable\b",
    r"\b(?:you|he|she)(?:'re| are| is|'s) (?:on|skating on) thin ice\b",
    r"\bwatch (?:your|his|her) back\b",
])
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


def _yield_regex(doc: Doc, sent: Any, m: Any, back: list[int] | None = None) -> Iterable[tuple[int, int]]:
    a, b = (m.start(), m.end()) if back is None else (back[m.start()], back[m.end()])
    span = doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
    if span is not None:
        yield span.start, span.end


@register_check("public-exposure")
def public_exposure(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """The writer takes the person's mistake to an audience so that it sees or learns
    from it ("I'm copying the whole team so everyone can see what happens when ...",
    "I read your email out at the team meeting", "I made sure the director saw your
    version").  Sharing work as a good example has no shaming purpose clause."""
    for sent in doc.sents:
        low, back = normalize_informal(sent.text)
        m = _EXPOSE.search(low)
        if m:
            yield from _yield_regex(doc, sent, m, back)


@register_check("ultimatum")
def ultimatum(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """Informal threats about the person's job or standing ("keep this up and you won't
    be here at Christmas", "one more mistake like this and ...", "plenty of people would
    love your job").  A stated, formal consequence with a date ("if the targets are not
    met by 30 June, we will start the formal process") is not matched."""
    for sent in doc.sents:
        low, back = normalize_informal(sent.text)
        m = _ULTIMATUM.search(low)
        if m:
            yield from _yield_regex(doc, sent, m, back)


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


# -- passive-aggressive markers ---------------------------------------------------------
# Stock devices that turn a complaint into a dig at the person: reminding them it is
# their job ("you had one job"), a taunting "for once", "if you actually", "some of us",
# sarcastic good luck, "typical Mike", disbelief that they are still employed,
# put-down imperatives ("grow up"), mock novice questions ("were you born yesterday?"),
# mock titles ("Little Miss Perfect"), sneering qualifiers ("if you can call it that").
# Each marker is matched only in a sentence about a person (or an order to one).

_PA_PERSON = [
    # disbelief at their employment
    r"\b(?:surprised|amazed|shocked|astonished|baffled|no idea|not sure|don't know|dont know|wonder|beyond me|how)"
    r"(?: \w+){0,3} (?:he|she|you|they) (?:still )?(?:has|have|had|got|keeps?|kept) (?:a|this|his|her|your|their) job\b",
    r"\b(?:he|she|you|they)(?:'s|'re| is| are) still employed\b",
    r"\bwhy (?:we|they|i|anyone) (?:even |ever )?(?:hired|promoted|kept|employ|employed) (?:him|her|you|them)\b",
    r"\bwho (?:on earth |the hell )?(?:hired|promoted|trained|interviewed) (?:this|that|these) (?:guy|girl|one|person|lot|people|clown)s?\b",
    r"\b(?:hard to believe|baffling|amazing|unbelievable|beyond me|can't believe|cannot believe) (?:that )?(?:someone|anyone|somebody|a person|an? \w+) "
    r"with (?:his|her|your|their|that|so|\w+ years?'?s?)\b",
    # their job
    r"\b(?:you|he|she|they) had (?:one|1) job\b",
    r"\b(?:it's|it is|that's|that is|this is|isn't that|is that not|which is) (?:literally |quite literally |actually |kind of )?(?:your|his|her|their) (?:only |entire |whole |actual )?job\b",
    r"\bis (?:literally|quite literally|actually) (?:your|his|her|their) (?:only |entire |whole |actual )?job\b",
    # taunts
    r"\bfor once\b", r"\bfor a change\b", r"\bjust once\b",
    r"\b(?:would|it'd|it would) be (?:nice|great|lovely|good|refreshing|a nice change) if (?:you|he|she|they) (?:actually|ever|for once|could actually|would actually|bothered)\b",
    r"\bsome of us (?:have|actually|are|do|work|had|have to|need|get|care)\b",
    r"\bgood luck (?:getting|trying to get|finding|getting an? \w+|with getting) (?:\w+ ){0,3}(?:out of|from) (?:him|her|them|you)\b",
    r"^\W*(?:typical|classic|so typical|how typical)(?: of)? (?:[A-Z][a-z]+|him|her|you)\b",
    r"\bmust (?:have|'ve) been too busy\b",
    r"\b(?:too busy|busy) (?:scrolling|chatting|gossiping|texting|napping|on (?:your|his|her) phone)\b",
    r"\bit'?s not like (?:we|we're|anyone|anybody|i|i'm|the team)(?:'re| are| is| was)? (?:busy|waiting|in a hurry)\b",
    r"\bwhat a (?:coincidence|shocker|surprise)\b", r"^\W*(?:shocker|big surprise|go figure|who knew|who'd have thought)\b",
    r"\bno wonder (?:the \w+|nobody|no one|everyone|everybody|they|clients|customers|people) (?:\w+ ){0,2}(?:walked|left|quit|complain|complained|hates?|avoids?|churned|moved|gave up|refuses?|won't)\b",
    r"\bif you can call it that\b", r"\bi use (?:the|that) (?:term|word) loosely\b", r"\bfor lack of a better word\b",
    r"\b(?:acts?|acting|behaves?) (?:like|as if|as though) (?:he's|she's|you're|he is|she is|you are) doing (?:us|everyone|me|the team) a (?:favou?r|kindness)\b",
    r"\bdon't quit (?:your|his|her) day job\b", r"\b(?:maybe|better|just) stick to (?:filing|the basics|what (?:you|he|she) know|making|sweeping|\w+ing)\b",
    r"\b(?:our|the) (?:resident|in-house) (?:genius|einstein|comedian|rocket scientist|expert|guru|wizard|prodigy)\b[^.;!?]{0,30}\bstrikes again\b",
    r"\b(?:strikes|struck) again\b",
    r"\b(?:little )?(?:miss|mr\.?|mister|captain|lady|madam|professor|sir) (?:perfect|know-it-all|know it all|obvious|sunshine|important|busy|excuses|clipboard|late|drama|sensitive|grumpy)\b",
    r"\bfor a (?:supposed|so-called|so called|supposedly) (?:senior |lead |experienced |qualified )?\w+\b",
    r"\bpainfully (?:basic|slow|obvious|average|mediocre|bad|simple|amateur)\b",
    r"\ba waste of a (?:hire|salary|seat|desk|position|role|badge|chair|uniform|headcount|good \w+)\b",
    r"(?:^\W*|[,;:] |\band |\bjust |\bplease )(?:grow up|man up|toughen up|act your age|get over yourself|get a grip|stop whining|stop sulking|stop moaning|stop crying|quit whining)\b",
    r"\b(?:stop being|quit being|don't be|such|being|he's|she's|you're|is|are) (?:such )?(?:a|an) (?:big |total |complete |absolute )?(?:baby|crybaby|cry-baby|child|toddler|muppet|clown)\b",
    r"\b(?:i'm|i am|we're|we are) not (?:your|his|her) (?:mum|mom|mother|dad|father|babysitter|nanny|maid|secretary|personal assistant|cleaner|servant)\b",
    r"\b(?:call|called|calling|yell|yelled|shout|shouted|snap|snapped|tear|tore) (?:him|her|you|them)(?: out| at| into| off)? (?:out )?in front of\b",
    r"\broll(?:s|ed|ing)? (?:their|our|my) eyes (?:when|whenever|at|every time)\b",
    r"\blost (?:all |any )?respect for (?:him|her|you|them)\b",
    # sarcastic similes and feigned doubt about the basics
    r"\babout as (?:useful|helpful|organi[sz]ed|reliable|sharp|bright|quick|fast|responsive|punctual|effective|subtle|"
    r"welcome|competent|productive|engaged|inspiring|exciting|fun|tidy|calm|prepared|professional|careful|accurate|"
    r"much use|much help|switched on|on the ball) as (?:a|an|the|my)\b",
    r"\b(?:had|have|'ve had) (?:more|better) (?:productive |useful |meaningful |intelligent )?(?:conversations?|discussions?|chats?|"
    r"meetings?|answers?) with (?:a|an|the|my) (?:\w+ ){0,2}(?:wall|machine|plant|dog|cat|printer|toaster|chair|door|fridge|kettle|brick|rock)\b",
    r"\b(?:not sure|wonder if|wonder whether|doubt|don't think|do not think|no idea if) (?:he|she|you|they) (?:even |actually |really )?"
    r"(?:knows?|understands?|grasps?) what (?:a|an|the) \w+(?: \w+)? (?:actually |even |really )?(?:is|are|means?)\b",
    r"\bsomeone (?:needs|ought|has|should)(?: to)? (?:to )?(?:teach|show|explain to) (?:him|her|them|you) (?:how|what)\b",
    r"\b(?:no idea|not sure|don't know|do not know|dont know|wonder) what (?:he|she|you|they) (?:actually |even |really )?(?:does|do|did) all day\b",
    r"\blucky (?:he|she|you|they)(?: still)? (?:has|have|had|kept|keeps?|got) (?:a|this|his|her|your|their) job\b",
    r"\b(?:if it were up to me|if i had my way|if it was up to me),? (?:he|she|you|they)(?:'d| would)(?: \w+)? be (?:gone|out|fired|out the door|sacked|let go)\b",
    r"\b(?:i'd|i would|we'd|we would) (?:happily |gladly |have )?(?:fire|sack|let go of|get rid of) (?:him|her|you|them)\b",
    r"\b(?:you|he|she|they) (?:should|ought to) (?:know|have known) better\b",
    r"\bno business (?:being|managing|leading|running|working|teaching|supervising|in (?:a|this|the))\b",
    r"\b(?:shouldn't|should not|should never|can't|cannot) be (?:allowed|let|trusted) (?:anywhere )?(?:near|to (?:lead|run|manage|speak|talk|deal))\b",
    r"\bnot fit to (?:be let|lead|manage|run|be near|be trusted)\b",
    r"\b(?:professional|helpful|smart|mature|impressive|brilliant|clever|great|nice|useful|organi[sz]ed)\W{1,3}not\W*$",
    r"\b(?:boo hoo|boo-hoo|cry me a river|poor baby|diddums|world's smallest violin|get the tissues|poor little)\b",
    r"(?:^\W*|[,;] )(?:listen|look|okay|ok|right|sorry|well),? (?:young lady|young man|sweetheart|sweetie|missy|sunshine|kiddo|sonny|buddy|pal|princess|champ)\b",
    r"[,;] (?:genius|einstein|sherlock|champ|hotshot|sunshine|princess|sweetheart|sweetie|smart guy|wise guy|smartypants|smarty pants|kiddo|sonny|young lady|young man)\W*$",
    r"\b(?:made|makes|making) (?:a )?fools? (?:out )?of (?:himself|herself|yourself|themselves|us|the team|everyone)\b",
    r"\bembarrass(?:ed|es|ing)? (?:himself|herself|yourself|themselves|us all|the whole team|the team|everyone)\b",
    r"\b(?:everyone|everybody|the whole room|the (?:client|customer|board|panel|room)s?) could (?:see|tell) (?:that )?(?:he|she|you|they) (?:had no idea|had no clue|was lost|were lost|was out of (?:his|her) depth|didn't know|did not know|hadn't prepared|had not prepared|was winging it)\b",
    r"\b(?:it's|it is|it was|honestly|kind of|pretty|really) (?:\w+ )?sad (?:watching|to watch|seeing|to see) (?:him|her|you|them) (?:try|attempt|struggle|fumble|flounder|stumble)\b",
    r"(?:^\W*|[,;:] |\band )(?:shape up or ship out|wake up and smell the coffee)\b",
    r"\b(?:(?:his|her|your) predecessor|the (?:last|previous|old) (?:guy|girl|person|one|manager|lead|rep|nurse|engineer|\w+) (?:in|on|who had|who did) (?:this|that|the|your|his|her) (?:role|job|seat|desk|position|account|post))"
    r" (?:never|always|didn't|did not|managed|could|would|did it|had no|got it|knew)\b",
    r"\b(?:i'll|i will|we'll|we will|i'm|i am|we're|we are) (?:be )?watching (?:you|him|her) (?:very |really )?(?:closely|like a hawk|carefully)\b",
    # belittling the basics: "she can't even send an email without typos", "the simplest tasks seem beyond him"
    r"\b(?:struggles?|struggled|struggling|fails?|failed|failing|can't|cannot|couldn't|unable to|incapable of)(?: \w+){0,3} (?:even )?(?:the )?(?:simplest|most basic|easiest)\b",
    r"\b(?:simple|basic|easy|straightforward|the simplest|the most basic) (?:\w+ )?(?:tasks?|things?|stuff|instructions?|concepts?|requests?|jobs?) (?:\w+ ){0,3}beyond (?:him|her|you|them)\b",
    # sarcastic surprise at competence
    r"^\W*(?:wow|oh|whoa|gosh|ooh|look at (?:you|him|her)),? (?:\w+ )?(?:you|he|she|they) (?:actually|finally|even)\b",
    r"\bmiracles (?:do |can |will |still )?(?:happen|never cease)\b", r"\bwonders (?:will )?never cease\b",
    r"\bmark (?:the|your|my) calendars?\b",
    r"\bnot exactly (?:a |the |an )?(?:shining|glowing|stellar|model|beacon|paragon|picture|textbook|masterclass|great advert|advert|poster|role model|finest)\b",
    r"\b(?:a )?shining example of (?:how not|what not)\b",
    r"\b(?:it's|it is|it was|honestly|frankly)(?: \w+)? (?:a )?(?:miracle|wonder|mystery) (?:that )?(?:anything|anyone|anybody|he|she|you|they|the \w+) (?:\w+ ){0,4}(?:gets?|got|is|are|was|were|has|have|still|ever|manages?)\b",
    r"\b(?:maybe |perhaps )?if (?:you|he|she|they) (?:\w+ ){1,8}(?:you'd|he'd|she'd|they'd|you would|he would|she would|they would) (?:actually|finally|even)\b",
    r"(?<!no matter )\bhow many (?:more )?times (?:i|we)(?:'ve| have| need| must| am going| will| keep)?(?: \w+)? (?:to )?(?:say|tell|explain|repeat|remind|ask|go over|said|told|explained|asked|reminded|repeated)\b",
    r"\b(?:everyone|everybody|people|the (?:whole )?team|nobody|no one)(?: \w+){0,3} (?:says?|said|tells? me|told me|jokes?|joked|complains?|complained|thinks?|thought|agrees?) (?:that )?(?:he|she|you|they)(?:'s|'re| is| are| was| were| can't| cannot| never| always| has| had)\b",
    r"\bnobody else (?:does|thinks so|agrees|sees it that way|would say that)\b",
    r"\b(?:you|he|she) calls? (?:this|that|it) (?:a |an )?\w+\?", r"\bthis is what (?:you|he|she) calls? (?:a |an )?\w+",
    r"\b(?:and )?(?:you|he|she) calls? (?:yourself|himself|herself) (?:a |an )?\w+",
    r"\bexpected (?:better|more) (?:from|of) (?:someone|somebody|a person|an? \w+) (?:at|with|in|on) (?:your|his|her)\b",
    r"^\W*(?:great|brilliant|wonderful|fantastic|perfect|lovely|marvellous|superb|terrific|awesome|nice|cheers|thanks)\W+(?:so |and )?now (?:we|i|everyone|the team)(?:'ve| have| get| need| must|'ll| will)? (?:got )?(?:to )?(?:redo|fix|start|rewrite|explain|apologi[sz]e|clean|deal|work|stay|cover|call)\b",
    r"\bmaking (?:my|our|everyone's|the team's) (?:job|jobs|life|lives|day|week) (?:so much |much |a lot |even )?(?:harder|worse|more difficult)\b",
    r"\b(?:your|his|her) little (?:outburst|tantrum|meltdown|episode|speech|rant|stunt|show|drama|moment|adventure|theory|protest|strop|hissy fit|performance|excuse|excuses)\b",
    r"\b(?:better off|be better) (?:without (?:him|her|you|them)|if (?:he|she|you|they) (?:just |simply )?(?:left|quit|went|weren't|wasn't|resigned|moved))\b",
    r"\b(?:the )?(?:worst|weakest|slowest|poorest|least (?:productive|reliable|effective|capable|competent|organi[sz]ed)|lowest[- ]performing)(?: \w+){0,2} (?:on|in|of|among) (?:the|this|our|his|her|your|my) (?:whole |entire )?(?:team|department|group|floor|unit|ward|shift|office|company|class|cohort|region|branch|store|crew|staff)\b", r"\b(?:i'm|i am|we're|we are) (?:\w+ )?(?:shocked|amazed|stunned|impressed) (?:that )?(?:you|he|she) (?:actually|even|finally|remembered|managed)\b",
    # public address: "as you can all see", "let's all thank Jim for the outage"
    r"\b(?:as )?you can all see\b",
    r"\blet'?s all (?:thank|congratulate|applaud|give (?:a )?(?:round of applause|hand|big hand) to) \w+",
    # a named peer who never has "this problem"
    r"\b(?:(?:your|his|her) (?:colleagues?|teammates?|peers?|counterparts?)(?: \w+)?|(?:the )?others?|everyone else|nobody else|no one else) (?:never|doesn't|does not|don't|do not|didn't|did not|seem to|seems to)(?: seem to)? (?:have|has|had|make|makes|get|gets|need|needs) (?:any |this |that |these |such |the same )?(?:kind of |sort of )?(?:problems?|issues?|trouble|mistakes?|errors?|complaints?|reminders?|reminding|help)\b",
]
_PA_QUESTION = [
    r"\bis (?:this|it|today) (?:your|his|her) first (?:day|week|shift|job)\b", r"\b(?:were|was) (?:you|he|she) born yesterday\b",
    r"\bare (?:you|they) new (?:here )?or something\b", r"\bor something\?", r"\bdid (?:you|he|she) (?:even )?go to school\b",
    r"\bwho hired (?:this|that|him|her|you)\b",
]
_PA_WRITER = [
    r"\b(?:can't|cannot|can not) believe (?:i|we) (?:still |actually )?(?:have|had|need|needed) to\b",
    r"\bwhy (?:do|did|should) (?:i|we) (?:even )?bother(?:\W*$| giving| telling| explaining| asking| trying| with (?:him|her|you|them))",
    r"\b(?:don't|do not|dont) know why (?:i|we) (?:even )?bother\b",
    r"\b(?:my|our) patience (?:with (?:him|her|you|them) )?(?:is|has|was) (?:gone|run out|worn thin|running out|exhausted|at an end)\b",
    r"\b(?:have|had|having) to babysit\b", r"\bbabysitting (?:him|her|you|them)\b",
    r"\btoo much to ask\b",
]
_CANT_EVEN = re.compile(r"\b(?:you|he|she|they|u)(?:'re| are| is|'s)? (?:can't|cannot|can not|couldn't|could not|doesn't|does not|don't|do not|didn't|did not|won't|wouldn't|isn't|wasn't) (?:\w+ )?even\b(?! (?:tell|notice|see|spot|know it|guess|if|though))")
_EXCUSED = re.compile(r"\b(?:because|due to|since|as the|owing to|get a chance|got a chance|the chance|sick|ill|injured|leave|flight|train|weather)\b")
_PA = _alternation(_PA_PERSON + _PA_WRITER)
_PA_Q = _alternation(_PA_QUESTION)
_PA_ANCHORS = re.compile(r"\b(?:for once|for a change|just once|stick to|too much to ask)\b")


#: Whole-sentence sneers: "Typical.", "Figures.", "Seriously?"
_SNEER_SENTENCE = re.compile(r"^\W*(?:(great|brilliant|wonderful|fantastic|perfect|lovely|marvellous|superb|nice|excellent),? just \1|typical|classic|figures|shocker|go figure|sigh|ugh|smh|seriously\?|really\?|"
                             r"unbelievable|of course|naturally|surprise,? surprise|what a surprise|who knew|"
                             r"(?:so|how) typical|no surprises there|called it)\W*$")


@register_check("passive-aggressive")
def passive_aggressive(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """Stock passive-aggressive devices said to or of the person (see the list above)."""
    for sent in doc.sents:
        text = sent.text.replace("\u2019", "'")
        low, back = normalize_informal(sent.text)
        if _SNEER_SENTENCE.match(low) and len(sent) <= 5:
            yield sent.start, sent.end
            continue
        m = _PA_Q.search(low) if text.rstrip().endswith("?") else None
        if m is None and not _EXCUSED.search(low):
            m = _CANT_EVEN.search(low)
        mapped: list[int] | None = back
        if m is None:
            m = _PA.search(low)
            if m is None:
                mapped = None  # the two searches below run on the original text
                m = re.search(r"^\W*(?:[Tt]ypical|[Cc]lassic)(?: of)? [A-Z][a-z]+\b", text) or re.search(
                    r"\b[A-Z][a-z]+ (?:never|doesn't|does not|didn't|did not|somehow doesn't) (?:seem to )?(?:has|have|had|needs?|makes?|gets?) "
                    r"(?:this|that|these|those|any|such|the same) (?:kind of |sort of )?(?:problems?|issues?|trouble|mistakes?|errors?|complaints?)\b", text)
            if m is None:
                continue
            if _PA_ANCHORS.search(m.group(0)):
                # "for once", "stick to": only about a person or as an order to one
                first = next((t for t in sent if not t.is_punct), None)
                imperative = first is not None and (first.tag_ == "VB" or first.lower_ in (
                    "try", "maybe", "could", "can", "would", "will", "just", "please", "do", "be", "so"))
                subj_person = any(t.dep_ in ("nsubj", "nsubjpass") and (t.lower_ in _REVIEWEE or t.pos_ == "PROPN")
                                  for t in sent)
                if not (imperative or subj_person):
                    continue
                if any(t.lower_ in ("credit", "deserved", "well-deserved", "thanks", "thank", "great", "proud")
                       for t in sent):
                    continue
        if re.search(r"one job|strikes again|for once|for a change", m.group(0)) and words.positive.search(low) \
                and not any(_is_failure(t) for t in sent):
            continue  # "she had one job on the project, and she delivered it early"
        yield from _yield_regex(doc, sent, m, mapped)
