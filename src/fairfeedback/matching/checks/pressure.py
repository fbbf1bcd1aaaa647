"""Pressure checks: the person's mistake taken to an audience (public-exposure)
and informal threats about their job or standing (ultimatum)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from ...context.analysis import normalize_informal
from ...context.words import WordLists
from ._common import _alternation, _yield_regex, register_check

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


@register_check("public-exposure")
def public_exposure(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """The writer takes the person's mistake to an audience so that it sees or learns
    from it ("I'm copying the whole team so everyone can see what happens when ...",
    "I read your email out at the team meeting", "I made sure the director saw your
    version").  Sharing work as a good example has no shaming purpose clause."""
    return _first_match_per_sentence(doc, _EXPOSE)


@register_check("ultimatum")
def ultimatum(doc: Doc, params: dict[str, Any], words: WordLists) -> Iterable[tuple[int, int]]:
    """Informal threats about the person's job or standing ("keep this up and you won't
    be here at Christmas", "one more mistake like this and ...", "plenty of people would
    love your job").  A stated, formal consequence with a date ("if the targets are not
    met by 30 June, we will start the formal process") is not matched."""
    return _first_match_per_sentence(doc, _ULTIMATUM)


def _first_match_per_sentence(doc: Doc, rx: re.Pattern[str]) -> Iterable[tuple[int, int]]:
    """Token ranges of the first match of ``rx`` in each sentence (read informally normalized)."""
    for sent in doc.sents:
        low, back = normalize_informal(sent.text)
        m = rx.search(low)
        if m:
            yield from _yield_regex(doc, sent, m, back)
