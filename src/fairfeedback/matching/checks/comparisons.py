"""Comparison checks: a named peer or the rest of the team as the standard
(peer-comparison, peer-yardstick), and a child, beginner, animal or machine as the
yardstick the person fails (yardstick-comparison)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from ...context.analysis import normalize_informal
from ...context.words import WordLists
from ._common import _NOT_PEOPLE, _REVIEWEE, _WRITER, _lows, _neg_on, register_check

_COMPARE = {"unlike", "than", "like"}
_READER = {"you", "he", "she", "they", "him", "her", "his", "hers", "your", "yours", "their", "theirs", "them"}
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
