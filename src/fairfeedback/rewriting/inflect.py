"""Just enough English inflection for rewrites: past tense and 'be' agreement."""

from __future__ import annotations

_IRREGULAR = {
    "be": "was", "have": "had", "do": "did", "go": "went", "get": "got", "make": "made", "take": "took",
    "give": "gave", "come": "came", "see": "saw", "know": "knew", "think": "thought", "say": "said",
    "tell": "told", "find": "found", "leave": "left", "feel": "felt", "bring": "brought", "begin": "began",
    "keep": "kept", "hold": "held", "write": "wrote", "stand": "stood", "hear": "heard", "let": "let",
    "mean": "meant", "set": "set", "meet": "met", "run": "ran", "pay": "paid", "sit": "sat", "speak": "spoke",
    "lie": "lay", "lead": "led", "read": "read", "grow": "grew", "lose": "lost", "fall": "fell", "send": "sent",
    "build": "built", "understand": "understood", "draw": "drew", "break": "broke", "spend": "spent",
    "cut": "cut", "rise": "rose", "drive": "drove", "buy": "bought", "wear": "wore", "choose": "chose",
    "seek": "sought", "throw": "threw", "catch": "caught", "deal": "dealt", "win": "won", "forget": "forgot",
    "shut": "shut", "hide": "hid", "fight": "fought", "teach": "taught", "eat": "ate", "sleep": "slept",
    "put": "put", "quit": "quit", "hit": "hit", "overlook": "overlooked", "undertake": "undertook",
    "forgive": "forgave", "show": "showed", "blow": "blew", "fly": "flew", "swear": "swore", "sell": "sold",
    "shoot": "shot", "stick": "stuck", "strike": "struck", "ring": "rang", "sing": "sang", "swim": "swam",
    "wake": "woke", "bite": "bit", "bend": "bent", "lend": "lent", "light": "lit", "slide": "slid",
    "interrupt": "interrupted", "overrun": "overran", "undo": "undid", "redo": "redid", "rewrite": "rewrote",
}
_VOWELS = set("aeiou")


def past(lemma: str) -> str:
    """Past tense of a verb lemma ('interrupt' -> 'interrupted', 'miss' -> 'missed')."""
    low = lemma.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("e"):
        return low + "d"
    if low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
        return low[:-1] + "ied"
    if (len(low) <= 4 and len(low) >= 3 and low[-1] not in _VOWELS | {"w", "x", "y"}
            and low[-2] in _VOWELS and low[-3] not in _VOWELS):
        return low + low[-1] + "ed"
    return low + "ed"


def be_past(subject: str) -> str:
    """'was' or 'were' agreeing with ``subject``."""
    return "were" if subject.lower() in ("you", "they", "we") else "was"


def gerund(lemma: str) -> str:
    """The -ing form of a verb lemma ('leave' -> 'leaving', 'run' -> 'running', 'die' -> 'dying')."""
    low = lemma.lower()
    if low.endswith("ie"):
        return low[:-2] + "ying"
    if low.endswith("e") and not low.endswith(("ee", "ye", "oe")) and len(low) > 2:
        return low[:-1] + "ing"
    if (len(low) <= 4 and len(low) >= 3 and low[-1] not in _VOWELS | {"w", "x", "y"}
            and low[-2] in _VOWELS and low[-3] not in _VOWELS):
        return low + low[-1] + "ing"
    return low + "ing"


def shares_tense(t, pred) -> bool:  # noqa: ANN001
    """Whether ``t`` is a present-tense verb coordinated with ``pred`` on the same subject ("misses deadlines
    and | comes | in late"): when ``pred`` is told in the past, so is ``t`` ("missed ... and came ...")."""
    return (t.dep_ == "conj" and t.head.i == pred.i and t.tag_ in ("VBZ", "VBP") and t.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in t.children))
