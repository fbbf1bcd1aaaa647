"""Chat spellings expanded, with offsets back into the text: :func:`normalize_informal`."""

from __future__ import annotations

import re
from functools import lru_cache

#: Chat spellings, normalised before the phrase checks run: "u" -> "you", "cant" -> "can't".
_INFORMAL = {"u": "you", "ur": "your", "ya": "you", "r": "are", "cant": "can't", "dont": "don't", "wont": "won't",
             "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't",
             "werent": "weren't", "shouldnt": "shouldn't", "wouldnt": "wouldn't", "couldnt": "couldn't",
             "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "im": "i'm", "ive": "i've", "youre": "you're",
             "youve": "you've", "youd": "you'd", "hes": "he's", "shes": "she's", "theyre": "they're", "thats": "that's",
             "whats": "what's", "couldve": "could've", "wouldve": "would've", "shouldve": "should've", "yr": "year",
             "yrs": "years", "pls": "please", "plz": "please", "tho": "though", "thru": "through", "cuz": "because",
             "coz": "because", "bc": "because", "b4": "before", "2day": "today", "ppl": "people", "sth": "something",
             "smth": "something", "abt": "about", "w/": "with", "wat": "what", "wot": "what"}
_WORD = re.compile(r"[a-z0-9/']+")


@lru_cache(maxsize=512)
def normalize_informal(text: str) -> tuple[str, tuple[int, ...]]:
    """Lower-case ``text`` with curly apostrophes straightened and chat spellings
    expanded, and for every character of the result the offset it came from.

    Several checks read the same sentence, so recent results are remembered."""
    low = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    out: list[str] = []
    back: list[int] = []
    pos = 0
    for m in _WORD.finditer(low):
        word = m.group(0)
        rep = _INFORMAL.get(word)
        if rep is None:
            continue
        out.append(low[pos:m.start()])
        back.extend(range(pos, m.start()))
        out.append(rep)
        back.extend([m.start()] * (len(rep) - 1) + [m.end() - 1])
        pos = m.end()
    out.append(low[pos:])
    back.extend(range(pos, len(low)))
    back.append(len(low))
    return "".join(out), tuple(back)
