"""Rewordings that keep a sentence's meaning and labels: other tenses, persons and surfaces.

Used by ``evaluate_perturbed.py``: how much the figures move when real sentences are written another
way.  (Session 18 also tried them as training data for the learned rules, rewordings of real-train
sentences; out-of-fold recall fell 0.85 -> 0.83, and the model reads pronouns and auxiliaries' tense
alike through its ``normalize`` table instead.)  Each rewording returns the new text, or None when it
does not apply to the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

SUBJ = ("nsubj", "nsubjpass")
CONTRACT = {"does not": "doesn't", "do not": "don't", "did not": "didn't", "is not": "isn't", "was not": "wasn't",
            "are not": "aren't", "cannot": "can't", "will not": "won't", "has not": "hasn't", "have not": "haven't"}
EXPAND = {v: k for k, v in CONTRACT.items()}
AGREE = {"is": "are", "was": "were", "has": "have", "does": "do", "'s": "'re", "isn't": "aren't", "wasn't": "weren't"}


def cased(word: str, like: str) -> str:
    """``word`` with a capital first letter when ``like`` has one."""
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def swap(table: dict[str, str]) -> Callable[[str], str | None]:
    rx = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")\b", re.I)

    def apply(text: str) -> str | None:
        if not rx.search(text):
            return None
        return rx.sub(lambda m: cased(table[m.group(0).lower()], m.group(0)), text)

    return apply


def prefix(p: str) -> Callable[[str], str | None]:
    return lambda text: p + text


def person(nlp, pronoun: str, possessive: str, obj: str) -> Callable[[str], str | None]:
    """He/she as the subject -> ``pronoun``, with the verbs agreeing; his/her/him -> the others."""

    def apply(text: str) -> str | None:
        doc = nlp(text)
        if not any(t.dep_ in SUBJ and t.lower_ in ("he", "she") for t in doc) or any(
                t.lower_ in ("they", "them", "you") for t in doc):
            return None
        out = []
        for t in doc:
            w, low = t.text, t.lower_
            said_of = any(c.dep_ in SUBJ and c.lower_ in ("he", "she") for c in t.children) or (
                t.dep_ in ("aux", "auxpass") and any(c.dep_ in SUBJ and c.lower_ in ("he", "she") for c in t.head.children))
            if low in ("he", "she") and t.dep_ in SUBJ:
                w = pronoun
            elif low == "his" or (low == "her" and t.tag_ == "PRP$"):
                w = possessive
            elif low in ("him", "her"):
                w = obj
            elif said_of and low in AGREE:
                w = AGREE[low]
            elif said_of and t.tag_ == "VBZ":
                w = t.lemma_
            if t.i == 0 or doc[t.i - 1].text in (".", "!", "?"):
                w = w[:1].upper() + w[1:]
            out.append(w + t.whitespace_)
        return "".join(out)

    return apply


_SWAP = {"he": "she", "she": "he", "his": "her", "him": "her", "himself": "herself", "herself": "himself",
         "hers": "his", "mr": "ms", "ms": "mr", "mrs": "mr"}


def gender_swapped(nlp) -> Callable[[str], str | None]:
    """He and she (with their possessives, objects and titles) swapped; "her" becomes "his" or "him" as the
    tagger reads it."""

    def apply(text: str) -> str | None:
        doc = nlp(text)
        out, changed = [], False
        for t in doc:
            low = t.lower_
            w = ("his" if t.tag_ == "PRP$" else "him") if low == "her" else _SWAP.get(low.rstrip("."), None)
            if w is None:
                out.append(t.text_with_ws)
                continue
            w += "." if low.endswith(".") and low.rstrip(".") in ("mr", "ms", "mrs") else ""
            changed = True
            out.append(cased(w, t.text) + t.whitespace_)
        return "".join(out) if changed else None

    return apply


def drop_subject(nlp) -> Callable[[str], str | None]:
    def apply(text: str) -> str | None:
        doc = nlp(text)
        if len(doc) < 3 or doc[0].dep_ not in SUBJ or doc[0].head.i != 1 or doc[0].lower_ not in ("he", "she"):
            return None
        rest = doc[1:].text_with_ws
        return rest[:1].upper() + rest[1:]

    return apply


_PAST = {"is": "was", "are": "were", "'s": "was", "'re": "were", "has": "had", "have": "had", "does": "did",
         "do": "did", "isn't": "wasn't", "aren't": "weren't", "doesn't": "didn't", "don't": "didn't", "can": "could",
         "can't": "couldn't", "cannot": "could not", "will": "would", "won't": "wouldn't", "hasn't": "hadn't",
         "haven't": "hadn't"}
_IRREGULAR = dict(w.split(":") for w in (
    "be:was bring:brought build:built buy:bought catch:caught choose:chose come:came deal:dealt do:did drive:drove "
    "eat:ate fall:fell feel:felt fight:fought find:found forget:forgot get:got give:gave go:went grow:grew "
    "hang:hung have:had hear:heard hold:held keep:kept know:knew lay:laid lead:led leave:left lend:lent let:let "
    "lose:lost make:made mean:meant meet:met pay:paid put:put read:read ride:rode rise:rose run:ran say:said "
    "see:saw seek:sought sell:sold send:sent set:set shine:shone shut:shut sit:sat sleep:slept speak:spoke "
    "spend:spent stand:stood steal:stole stick:stuck strike:struck take:took teach:taught tell:told think:thought "
    "throw:threw understand:understood wake:woke wear:wore win:won write:wrote begin:began break:broke "
    "overcome:overcame undertake:undertook become:became").split())


def past_form(lemma: str) -> str:
    """The simple past of a verb's lemma (a table of irregular verbs; otherwise -ed, -d, -ied, doubled -CVC)."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if len(lemma) > 2 and lemma[-1] == "y" and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    if (len(lemma) <= 4 and len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou"
            and lemma[-3] not in "aeiou"):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def past(nlp) -> Callable[[str], str | None]:
    """Present tense -> past: auxiliaries and modals by table, other present verbs from their lemma."""

    def apply(text: str) -> str | None:
        doc = nlp(text)
        out, changed = [], False
        for t in doc:
            w, low = t.text, t.lower_
            if t.tag_ in ("VBZ", "VBP", "MD") and t.pos_ in ("AUX", "VERB") and low in _PAST:
                w = _PAST[low] + (" " if low == "can" and not t.whitespace_ else "")  # "cannot" -> "could not"
            elif (t.tag_ == "VBZ" and t.pos_ == "VERB" and t.lemma_.isalpha() and len(t.lemma_) > 2
                  and low.startswith(t.lemma_.lower()[:-1])):
                w = past_form(t.lemma_.lower())
            if w != t.text:
                changed = True
                w = cased(w, t.text)
            if low in ("'s", "'re") and w != t.text:
                w = " " + w  # "he's" -> "he was"
            out.append(w + t.whitespace_)
        return "".join(out) if changed else None

    return apply


def misspelled(nlp) -> Callable[[str], str | None]:
    """The longest adjective, noun or verb of 6+ letters gets two inner letters swapped ("laziness" -> "lazienss")."""

    def apply(text: str) -> str | None:
        doc = nlp(text)
        words = [t for t in doc if t.pos_ in ("ADJ", "NOUN", "VERB") and t.is_alpha and len(t) >= 6]
        if not words:
            return None
        t = max(words, key=len)
        w = t.text
        k = len(w) // 2
        bad = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        return text[:t.idx] + bad + text[t.idx + len(w):] if bad != w else None

    return apply


def run_ons(rows: list[dict]) -> list[tuple[dict, str, str, str]]:
    """Two neighbouring sentences of one review typed as one, with no stop or capital between them:
    (the pair's labels, the first, the second, the run-on)."""
    out = []
    for a, b in zip(rows, rows[1:]):
        if a.get("review_id") is None or a.get("review_id") != b.get("review_id"):
            continue
        first = re.sub(r"[.!]+\s*$", "", a["text"].rstrip())
        second = b["text"].strip()
        second = second[:1].lower() + second[1:] if second[:2] != "I " else second
        out.append(({"labels": sorted(set(a["labels"]) | set(b["labels"]))}, a["text"], b["text"], f"{first} {second}"))
    return out


