"""A sentence that says the person fits one role and doubts them in another ("She is well suited to the job she
has now - I am not sure how she would handle a team lead role", "..., but I doubt he is ready for a manager
position"): the fit stays as the writer said it, and the readiness prompt names the doubted role, never the
current one ("; for a team lead role, she still needs to show [the requirement]")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..context.analysis import Analysis
from .future import future_role
from .mild import mild_doubt
from .sentence import text_of

__all__ = ["current", "doubted", "doubted_step", "future_role", "named_role"]

#: nouns for a role or a step in a career
STEPS = {"role", "position", "level", "job", "grade", "band", "title", "promotion", "post", "rank", "seat"}
#: titles that are a role of their own ("as a lead", "a manager")
TITLES = {"lead", "manager", "supervisor", "director", "partner", "principal", "leader", "executive"}
#: verbs that doubt what their clause says ("I doubt | she ...", "I wonder whether ...")
_DOUBTING = {"doubt", "wonder", "question"}
#: adjectives that doubt when negated ("not | sure", "not | convinced") or on their own ("unsure")
_SURE = {"sure", "certain", "convinced", "confident"}
_UNSURE = {"unsure", "uncertain", "doubtful", "skeptical", "sceptical", "unconvinced", "hesitant"}
#: verbs of a relative clause that give the person the role ("the position she | holds")
_HELD = {"hold", "occupy", "have"}
#: words that make a role the one the person holds now
_NOW = {"current", "present", "existing", "now", "currently", "today", "presently"}


#: what sets the fit against the doubt ("... now | - | I am not sure ...", "..., | but | I doubt ...")
_BOUNDARY = {"-", "--", "–", "—", ";", ":", "but", "yet", "though", "although", "however", "whereas"}
#: words that open the phrase of a role ("| a team lead role")
_DETERMINERS = {"a", "an", "the", "this", "that", "his", "her", "their", "your", "my", "our"}


def _phrase(t: Token) -> tuple[int, int] | None:
    """Where the role phrase of the noun ``t`` starts and ends ("| a team lead role |"), read left to right (the
    parser splits "team lead role" across verbs), or None when no determiner opens it."""
    doc, start = t.doc, t.i
    while start > t.sent.start and t.i - start < 5 and doc[start - 1].lower_ not in _DETERMINERS \
            and (doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ", "VERB") or doc[start - 1].text == "-"):
        start -= 1
    if start == t.sent.start or doc[start - 1].lower_ not in _DETERMINERS:
        return None
    return start - 1, t.i + 1


def _roles(sent: Span) -> list[tuple[int, int, Token]]:
    out = []
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ in ("NOUN", "VERB") and (lemma in STEPS or lemma in TITLES and t.i + 1 < sent.end
                                           and not sent.doc[t.i + 1].pos_ == "NOUN"):
            at = _phrase(t) if lemma in STEPS or t.pos_ == "NOUN" else None
            if at is not None:
                out.append((at[0], at[1], t))
    return out


def current(sent: Span, start: int, end: int, stop: int) -> bool:
    """The role at ``start:end`` is the one the person holds now ("the job she has now", "his current
    position"): a word for now in it or before ``stop``, the end of its clause."""
    doc = sent.doc
    if any(x.lower_ in _NOW for x in doc[start:stop]):
        return True
    # a relative clause that puts the person in it ("the post | she is in", "the position | she holds")
    after = doc[end:min(stop, end + 5, sent.end)]
    return any(x.lemma_.lower() in _HELD and x.dep_ in ("relcl", "acl") or x.lemma_ == "be" and x.dep_ in ("relcl", "acl")
               and x.i + 1 < sent.end and doc[x.i + 1].lower_ == "in" for x in after)


def _doubts(v: Token) -> bool:
    low = v.lower_
    if v.lemma_.lower() in _DOUBTING and v.pos_ == "VERB" or low in _UNSURE:
        return True
    before = [x.lower_ for x in v.doc[max(v.sent.start, v.i - 2):v.i]]
    if low in _SURE or v.lemma_ == "know":  # "not | sure", "don't | know if"
        return any(w in ("not", "n't", "never") for w in before)
    return False


def doubted_step(sent: Span) -> tuple[int, int, int] | None:
    """Where the doubted role's phrase starts and ends, and the boundary between the fit and the doubt; or
    None when the sentence does not set a fit for the current role against a doubt about another."""
    roles = _roles(sent)
    cuts = [t.i for t in sent if t.lower_ in _BOUNDARY and t.i > sent.start]
    for b in cuts:
        fit = [r for r in roles if r[1] <= b and current(sent, r[0], r[1], b)]
        doubt = [t for t in sent if t.i > b and _doubts(t)]
        ahead = [r for r in roles if r[0] > b and not current(sent, r[0], r[1], sent.end)]
        if fit and doubt and ahead and not any(_doubts(t) for t in sent if t.i < b):
            return ahead[0][0], ahead[0][1], b
    return None


def doubted(a: Analysis, who: str) -> str:
    """"<the fit as written>; for <the doubted role>, <who> still needs to show [the requirement]." when the
    sentence sets a fit for the role the person holds against a doubt about another; else ''."""
    sent = a.sent
    found = doubted_step(sent)
    if found is None:
        return mild_doubt(a, who)  # "Not bad, but no future director": the praise stays (``mild``)
    start, end, b = found
    doc = sent.doc
    role = text_of(doc[start:end])
    kept = [t for t in doc[sent.start:b] if not t.is_space]
    while kept and (kept[-1].is_punct or kept[-1].lower_ in _BOUNDARY or kept[-1].lower_ in ("and", ",")):
        kept.pop()
    if not any(t.pos_ in ("VERB", "AUX") for t in kept):
        return ""
    doer = "they" if who == "[name]" else who
    needs = "need" if doer.lower() in ("they", "you", "i") else "needs"
    text = text_of(kept)
    role = role[:1].lower() + role[1:] if role.split(" ", 1)[0] in ("A", "An", "The") else role
    return f"{text[:1].upper()}{text[1:]}; for {role}, {doer} still {needs} to show [the requirement]."


def named_role(sent: Span, skip) -> str:  # noqa: ANN001
    """The first role the sentence names that the person does not hold now, read left to right ("has no future in
    | a team lead role", which the parser splits across "team | lead | role"), or ''; none with a word in ``skip``
    (words a prompt replaced: "a great leader" is praise, not a step)."""
    return next((text_of(sent.doc[s:e]) for s, e, _ in _roles(sent) if not current(sent, s, e, e + 6)
                 and not any(i in skip for i in range(s, e))), "")
