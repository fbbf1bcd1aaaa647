"""Whether a clause criticizes (:func:`_critical`) or acknowledges work,
effort or progress (:func:`_acknowledges`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..context.words import WordLists
from ._grammar import (
    _clause_path,
    _inside,
    _irrealis,
    _negator,
    _person,
    _subject_is_person,
    _speculative,
    _writer_subject,
)
from .cues import DocWords, _negative_phrases

_NEGATORS = {"not", "n't", "never", "no", "zero", "without"}
#: Negators under which a flaw becomes praise ("never missed", "without a single error").
_PRAISE_NEGATORS = {"never", "zero", "without", "no"}
_OTHER_PERSON = frozenset("you your yours he him his she her hers they them their".split())


_SIGN_OFF = frozenset({"thank", "thanks", "you", "so", "much", "very", "again", "in", "advance", "all"})


def _remedied(t: Token, words: WordLists, dw: DocWords) -> bool:
    """The flaw ``t`` is the object of something the person did about it
    ("solved the scheduling problem", "wrote a postmortem for the failed deploy")."""
    if t.lemma_.lower() in ("difficulty", "trouble"):
        return False  # "finds a lot of difficulty in ...": a state the person is in, not one they found
    x, via_object = t, False
    for _ in range(6):
        if x.dep_ == "dobj":
            via_object = True
        if x.head == x:
            return False
        x = x.head
        if x.pos_ in ("VERB", "AUX"):
            remedy = dw.acknowledgment.token(x) or x.lower_ in dw.remedy or x.lemma_.lower() in dw.remedy
            return via_object and remedy and _negator(x) is None and _subject_is_person(x, words)
    return False


def _change(seg: list[Token], words: WordLists, dw: DocWords) -> tuple[str, set[int]] | None:
    """A measured change in the clause: ("progress" | "setback", indices of the verb
    and its subject).  Fewer bad outcomes or more of anything else is progress
    ("failed deliveries dropped", "conversion rose"); the reverse is a setback."""
    for v in seg:
        lemma, low = v.lemma_.lower(), v.lower_
        up = lemma in dw.increase or low in dw.increase
        down = lemma in dw.decrease or low in dw.decrease
        if not (up or down) or _negator(v) is not None:
            continue
        if v.tag_ in ("JJS", "RBS"):  # "the lowest fuel cost in the region"; "turnover is the lowest"
            if v.dep_ == "amod" and v.head.pos_ in ("NOUN", "PROPN"):
                subj = v.head
            elif v.dep_ in ("attr", "acomp") and v.head.lemma_ == "be":
                subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
            else:
                subj = None
        elif v.pos_ in ("VERB", "AUX"):
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and _subject_is_person(v, words):
                continue  # "he cut the refresh time": an action, read elsewhere
        else:
            continue
        if subj is None:
            continue
        span = subj.doc[subj.left_edge.i: subj.right_edge.i + 1]
        # a word that also acknowledges ("reports that exceed what we asked for") makes no bad outcome
        bad = bool(dw.bad_outcomes.phrases.search(span.text.lower())) or any(
            (dw.bad_outcomes.token(t) or t.lower_ in words.negative_cues or dw.critical.token(t))
            and not dw.acknowledgment.token(t) for t in span)
        return ("progress" if up != bad else "setback"), {v.i, *(t.i for t in span)}
    return None


def _undone(t: Token, dw: DocWords) -> bool:
    """An un- word for a thing left undone or a quality missing: "unassigned",
    "unanswered", "unreliable" (un- + a praise word).  Not "unmatched" or
    "unflappable" (acknowledgment cues)."""
    low = t.lower_
    if not low.startswith("un") or len(low) < 7 or t.pos_ not in ("ADJ", "VERB") or dw.acknowledgment.token(t):
        return False
    stem = low[2:]
    return (stem.endswith("ed") and t.tag_ in ("VBN", "JJ")) or stem in dw.positive.words


#: verbs of failing: negated ("never faltered", "did not fail to") they praise
_FLAW_VERBS = frozenset({"falter", "fail", "hesitate", "waver", "slip", "slack", "disappoint", "quit", "complain"})
#: adjectives of doubt or fear: negated ("not afraid to", "never hesitant to") they praise
_DOUBT_ADJ = frozenset({"afraid", "hesitant", "reluctant", "shy", "scared", "nervous", "unwilling", "slow", "fearful"})


def _omission(t: Token, words: WordLists, dw: DocWords) -> bool:
    """A person's action negated in a report ("didn't follow the procedure",
    "couldn't answer basic questions"); not a negated flaw ("didn't miss a
    shift"), a plan ("won't need"), or the writer's own ("I didn't check")."""
    if t.pos_ != "VERB" or t.dep_ not in ("ROOT", "conj", "ccomp", "relcl", "advcl") or _negator(t) not in ("not", "n't"):
        return False
    if not _subject_is_person(t, words) or _writer_subject(t):
        return False
    if any(y.pos_ == "ADJ" and (y.lower_ in words.negative_cues or y.lower_ in _DOUBT_ADJ)
           for x in _clause_path(t)[1:] for y in (x, *(c for c in x.children if c.dep_ == "acomp"))):
        return False  # "is not afraid to try new tools": a negated doubt is praise
    if any(x.lower_ == "wait" and any(c.lower_ in ("ca", "can", "cannot") for c in x.children) for x in _clause_path(t)):
        return False  # "we can't wait to see what he does next"
    if any(x.lemma_.lower() in _FLAW_VERBS and any(c.dep_ == "neg" for c in x.children) for x in _clause_path(t)):
        return False  # "has not faltered once on the month-end tasks": a failure denied
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "wo", "shall", "would", "should", "must") for c in t.children):
        return False
    return not any(x.lower_ in words.negative_cues or x.lemma_.lower() in words.negative_cues or dw.critical.token(x)
                   or x.lower_ == "without" for x in t.subtree)


def _critical(seg: list[Token], words: WordLists, dw: DocWords, skip: list[tuple[int, int]],
              seg_text: str, seg_base: int) -> str | None:
    """Why this clause criticizes, or None."""
    change = _change(seg, words, dw)
    if change:
        return "measured setback" if change[0] == "setback" else None
    positive_here = any((dw.praise(t) or (dw.acknowledgment.token(t) and t.pos_ not in ("VERB", "AUX")))
                        and _negator(t) is None for t in seg) or bool(dw.acknowledgment.phrases.search(seg_text.lower()))
    # the writer's own situation ("We had a difficult quarter") is no criticism of the
    # person unless the writer says so ("I was disappointed")
    writer = any(t.dep_ == "ROOT" and _writer_subject(t) for t in seg) and not any(
        t.lower_ in _OTHER_PERSON or (t.pos_ == "PROPN" and _person(t, words)) for t in seg)
    for t in seg:
        if _inside(t.idx, skip):
            continue
        general = (t.lower_ in words.negative_cues or t.lemma_.lower() in words.negative_cues) and not writer
        negative = (general or dw.critical.token(t)) and t.lower_ not in _NEGATORS \
            and not dw.praise(t) and not dw.acknowledgment.token(t)  # "exceeded every target"
        if negative:
            if t.lower_ == "last" and t.dep_ == "amod":  # "the last retro": a time, not a ranking
                continue
            if t.lemma_.lower() == "mean" and t.pos_ in ("VERB", "AUX"):  # "which means": not unkind
                continue
            if t.i + 1 < len(t.doc) and t.nbor(1).text == "-" and t.lower_ in ("lack", "nit"):
                continue  # "lack-luster" said in denial, "nit-picky errors" found in others' drafts
            if _negator(t) is not None or _remedied(t, words, dw):
                continue
            if t.pos_ == "NOUN" and positive_here:  # "every bug she files has clear repro steps"
                continue
            return f"negative cue '{t.text}'"
        prt = next((c for c in t.children if c.dep_ == "prt"), None) if t.pos_ == "VERB" else None
        if prt is not None and _negator(t) is None:  # "cut Maya off", "gave up on it"
            form = f"{t.lower_} {prt.lower_}"
            if form in words.negative_cue_phrases or dw.critical.phrases.fullmatch(form):
                return f"negative phrasal verb '{form}'"
        if _undone(t, dw):
            return f"left undone '{t.text}'"
        if t.lower_ == "have" and t.dep_ == "aux" and t.head.tag_ == "VBN" and t.i > 0 \
                and t.nbor(-1).lower_ in ("should", "shoulda") and _negator(t.head) is None:
            return f"'should have {t.head.text}'"  # not "every team should have one"
        if _omission(t, words, dw):
            return f"omission '{_negator(t)} {t.text}'"
        if dw.praise(t) and t.pos_ in ("ADJ", "ADV", "VERB") and _negator(t) in ("not", "n't") \
                and not (t.i > 0 and t.nbor(-1).lower_ == "enough"):  # "I could not say enough good things about her"
            return f"negated praise '{t.text}'"
        if t.lower_ == "too" and t.head.pos_ in ("ADJ", "ADV") and t.head.i == t.i + 1:
            return f"'too {t.head.text}'"
        if t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children) and \
                any(c.dep_ == "neg" for c in t.children):
            return f"negated passive '{t.text}'"
    for rx in (dw.critical.phrases, _negative_phrases(words.negative_cue_phrases)):
        for m in rx.finditer(seg_text.lower()):
            a, b = m.start() + seg_base, m.end() + seg_base
            if not _inside(a, skip) and not _phrase_negated(seg, a, b):
                return f"negative phrase '{m.group(0)}'"
    return None


def _phrase_negated(seg: list[Token], a: int, b: int) -> bool:
    """A negator outside the phrase at [a, b) governs it ("no concerns about her work")."""
    inside = [t for t in seg if a <= t.idx < b]
    for t in inside:
        for x in (t, t.head):
            for c in x.children:
                if not (a <= c.idx < b) and (c.dep_ == "neg" or c.lower_ in ("no", "zero", "never")):
                    return True
    return False


#: verbs of opinion whose negation denies the clause under them ("I don't see her as a real asset to the group")
_OPINION = frozenset({"think", "see", "believe", "feel", "consider", "find", "say", "call"})


def _denied(t: Token) -> str | None:
    """The negation of an opinion verb above ``t``: "I don't think this role suits her"."""
    x = t
    while x.head != x:
        if x.dep_ == "advcl":
            return None  # "Although she does okay, I don't see her growing": the concession is not denied
        x = x.head
        if x.lemma_.lower() in _OPINION and any(c.dep_ == "neg" for c in x.children):
            return "not"
    return None


def _acknowledges(seg: list[Token], words: WordLists, dw: DocWords, skip: list[tuple[int, int]],
                  seg_text: str, seg_base: int, praise_spans: list[tuple[int, int]], forward: bool) -> str | None:
    """Why this (non-critical) clause acknowledges work, effort or progress, or None."""
    if all(t.lower_ in _SIGN_OFF or t.is_punct for t in seg):
        return None  # "Thank you.": a sign-off, not thanks for something done
    change = _change(seg, words, dw)
    clause = {t.i for t in seg}

    def unreal(t: Token) -> bool:
        return _irrealis(t, clause) or _speculative(t, clause)

    if change and change[0] == "progress" and not _irrealis(seg[0].doc[min(change[1])], clause):
        return "measured progress"
    for a, b in praise_spans:
        if seg_base <= a < seg_base + len(seg_text) and not any(x < b and a < y for x, y in skip):
            tok = next((t for t in seg if t.idx >= a), None)
            if tok is None or not _speculative(tok, clause):  # "given a year he may become our strongest closer"
                return "praise finding"
    for t in seg:
        praise, ack = dw.praise(t), dw.acknowledgment.token(t)
        flaw = not (praise or ack) and (t.lower_ in words.negative_cues or t.lemma_.lower() in words.negative_cues)
        if not (praise or ack or flaw) or _inside(t.idx, skip) or unreal(t):
            continue
        neg = _negator(t) or _denied(t)
        if praise and neg is None:
            if forward and t.tag_ in ("JJR", "RBR"):
                continue  # "I expect better."
            return f"positive cue '{t.text}'"
        if ack and neg is None:
            if t.pos_ in ("VERB", "AUX") and (not _subject_is_person(t, words) or _writer_subject(t)):
                continue  # "the audit caught it"; "I have raised this with her before"
            if t.dep_ == "compound" or any(c.dep_ == "prt" for c in t.children):
                continue  # "handle time"; "cut him off"
            return f"acknowledgment cue '{t.text}'"
        if flaw and neg in _PRAISE_NEGATORS and (neg != "without" or t.pos_ == "NOUN"):  # "without a single error", not "without waiting"
            return f"flaw negated ('{neg} {t.text}')"
    for rx in (dw.acknowledgment.phrases, dw.positive.phrases, words.positive):
        for m in rx.finditer(seg_text.lower()):
            a = m.start() + seg_base
            if _inside(a, skip):
                continue
            tok = next((t for t in seg if t.idx >= a), None)
            if tok is not None and (unreal(tok) or _negator(tok) or _denied(tok)):
                continue  # "does not work well", "I don't think this role suits her"
            return f"acknowledgment phrase '{m.group(0)}'"
    return None
