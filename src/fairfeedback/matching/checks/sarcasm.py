"""Sarcasm check: praise, thanks or congratulation set against a failure it
cannot be sincere about (sarcastic-praise)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from ...context.words import WordLists
from ._common import _NEG, _WRITER, _has_reviewee, _is_failure, _neg_on, register_check

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
#: third parties whose failures or complaints are not the reviewee's
_OTHERS = {"client", "customer", "patient", "vendor", "supplier", "user", "guest", "caller"}
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
            if any(x.lemma_.lower() in _REMEDY and x.pos_ in ("VERB", "ADJ")
                   for x in ([t.head] if t.head != t else []) + [c for c in t.children if c.dep_ in ("acl", "amod")]):
                continue  # the failure is what was remedied: "12 bugs closed", "all 9 errors caught in review"
            if t.pos_ == "NOUN" and any(c.dep_ in ("compound", "poss") and c.lemma_.lower() in _OTHERS for c in t.children):
                continue  # someone else's: "took a year of customer complaints and shipped fixes"
            # the failure belongs to the writer or a third party: "thanks for covering when I was late"
            subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                if t.pos_ in ("ADJ", "ADV") else next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (subj.lower_ in _WRITER or subj.lemma_.lower() in _OTHERS):
                continue
            if not (_has_reviewee(sent, words) or first.lower_ not in ("great", "brilliant", "wonderful", "fantastic",
                                                                       "lovely", "awesome", "amazing", "perfect")
                    or first.dep_ == "amod"
                    or (first.i + 1 < sent.end and doc[first.i + 1].lower_ in _PRAISE_NOUNS)):
                continue
            yield first.i, t.i + 1
            break
