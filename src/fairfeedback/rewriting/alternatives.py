"""A request the writer set against a judgment ("Ana should take ownership | rather than | coasting on the
team's work", "... | instead of | being careless with them", "| Instead of | being lazy, Ana needs to ...",
"I'd like Ana to own the backlog | rather than | coasting"): the judgment is the alternative the request
rules out, and the rewrite replaces only the judgment. The prompt asks what the person did, and the
request stays after it as a target to check: with its vague words reworded ("; Ana should change [what,
measured how, by when]", ``opposed``) or, when no finding flags it, with the writer's words and what makes
it checkable ("; Ana must lead the migration by [date], measured by [how you will check it]"). The request's
words are not kept a second time as a fact before the prompt.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..context.analysis import Analysis
from .flagged import sentence_spans

__all__ = ["Alternative", "alternative_of", "request_words", "without_request"]

#: the word runs that open an alternative, lowercased
_OPENERS = (("rather", "than"), ("instead", "of"), ("as", "opposed", "to"))
#: what makes a vague request checkable, as a lone vague target's (``sentence.CHECKABLE``)
VAGUE_CHECK = "by [date], specifically [what exactly], measured by [how you will check it]"
#: modals of a request ("should | take", "must | lead", "'d | like")
_ASKING_MODALS = {"should", "must", "ought", "shall", "'d", "would", "need"}
#: verbs whose infinitive is the request ("needs | to take", "has | to write", "I'd like | Ana to own")
_ASKING_VERBS = {"need", "have", "like", "want", "expect", "ask", "require", "prefer"}
#: prepositions of a deadline the writer gave
_BY = {"by", "before", "until", "within"}
#: days a request may name ("... tomorrow")
_DAYS = {"today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "weekend"}
#: what makes a concrete request checkable
CHECK = "by [date], measured by [how you will check it]"


@dataclass(frozen=True)
class Alternative:
    """The judgment's alternative ``start``..``end`` (the opener and the judged clause, with a comma that
    closes it), and the verb of the request it was set against."""

    start: int
    end: int
    verb: Token


def _opener_at(doc, i: int) -> int:  # noqa: ANN001
    """The number of tokens of an opener that starts at ``i``, else 0."""
    for words in _OPENERS:
        if i + len(words) <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
            return len(words)
    return 0


def alternative_of(a: Analysis) -> Alternative | None:
    """The alternative the judgment ``a`` stands in, with the request it was set against, or None."""
    doc, sent, span = a.sent.doc, a.sent, a.span
    for i in range(sent.start, min(span.start + 1, sent.end)):
        n = _opener_at(doc, i)
        if not n:
            continue
        last = i + n - 1
        if last >= span.end:
            continue
        # the judged clause: the judgment's root and its heads after the opener ("being | lazy")
        after = [t for t in span if t.i > last]  # ("| Instead of being lazy": the opener in the span)
        top = next(t for t in after if not span.start <= t.head.i < span.end or t.head.i <= last or t.head.i == t.i)
        while top.head.i != top.i and top.head.i > last:
            top = top.head
        inside = {t.i for t in top.subtree}
        if any(k not in inside for k in range(last + 1, span.start)):
            continue  # ("rather than | the report, she is lazy": the opener is about something else)
        end = max(top.right_edge.i, span.end - 1) + 1
        verb = _verb(doc, i, last, end)
        if verb is None or not requested(verb):
            return None  # ("Rather than being rude, he was just tired": no request, a reading of the person)
        if end < sent.end and doc[end].text == "," and i == sent.start:
            end += 1  # ("Instead of being lazy | , Ana needs to ...")
        return Alternative(i, end, verb)
    return _stopped(a)


#: verbs whose complement is what the request rules out ("should | stop | coasting and lead ...")
_STOPPING = {"stop", "quit"}
#: words between "stop" and the judgment ("stop | being so | careless")
_LEADING = {"being", "so", "always", "constantly", "just", "acting", "getting", "be"}


def _stopped(a: Analysis) -> Alternative | None:
    """"Ana should | stop coasting and | lead the migration": the judgment is what the request's first verb rules
    out, and the verb coordinated after it, under the same modal, is what is asked."""
    doc, sent, span = a.sent.doc, a.sent, a.span
    k = span.start - 1
    while k > sent.start and doc[k].lower_ in _LEADING:
        k -= 1
    if k <= sent.start or doc[k].lemma_.lower() not in _STOPPING:
        return None
    at = next((t.i for t in doc[span.end:sent.end] if t.lower_ == "and" or t.is_punct or t.pos_ in ("VERB", "AUX")), None)
    if at is None or doc[at].lower_ != "and":
        return None
    verb = next((t for t in doc[at + 1:min(at + 4, sent.end)] if t.tag_ == "VB"), None)
    if verb is None or any(t.is_punct and t.text != "-" for t in doc[at + 1:verb.i]) or not requested(doc[k]):
        return None
    return Alternative(k, at + 1, verb)


def requested(verb: Token) -> bool:
    """Whether the verb is asked for: under a modal that obliges or wishes ("should", "must", "'d like ... to"), the
    infinitive of "needs to", "has to", "want ... to", or an imperative ("Take ownership ...")."""
    t = verb
    for _ in range(4):
        kids = list(t.children)
        if any(c.dep_ == "aux" and c.lower_ in _ASKING_MODALS for c in kids):
            return True
        if t.lemma_.lower() in _ASKING_VERBS and t.tag_ != "VBD" and (t is not verb or any(
                c.dep_ in ("xcomp", "ccomp") for c in kids)):
            return True  # ("needs | to take", "I'd like | Ana to own")
        if t.tag_ == "VB" and t.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in kids):
            return True  # an imperative
        if t.dep_ not in ("xcomp", "ccomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _verb(doc, start: int, last: int, end: int) -> Token | None:  # noqa: ANN001
    """The verb of the request: the first verb outside the alternative the opener hangs on."""
    t = doc[last]
    for _ in range(len(doc)):
        if t.pos_ in ("VERB", "AUX") and not start <= t.i < end:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _request_tokens(a: Analysis, alt: Alternative) -> list[Token]:
    """The request's words: the sentence without the alternative and the closing punctuation."""
    toks = [t for t in a.sent if not alt.start <= t.i < alt.end]
    while toks and toks[-1].is_punct:
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return toks


def flagged_request(a: Analysis, alt: Alternative) -> bool:
    """Whether another finding flags words of the request (not one over the whole sentence)."""
    mine = {t.i for t in _request_tokens(a, alt)}
    for sp in sentence_spans(a):
        if sp.start <= a.span.start < sp.end or sp.end - sp.start >= len(a.sent) - 1:
            continue
        if any(i in mine for i in range(sp.start, sp.end)):
            return True
    return False


def request_words(a: Analysis, alt: Alternative, *, vague: bool = False) -> str:
    """The writer's request, checkable: "Ana must lead the migration by [date], measured by [how ...]"; with
    ``vague``, a vague target's words stay with what a lone vague target asks ("Ana should take ownership by
    [date], specifically [what exactly], measured by [...]"), not reworded into the shared prompt."""
    from .sentence import clause_end, text_of

    toks = _request_tokens(a, alt)
    if not toks or not any(t.i == alt.verb.i for t in toks):
        return ""
    cut = clause_end(alt.verb, toks[-1].i)
    head = [t for t in toks if t.i < cut]
    tail = [t for t in toks if t.i >= cut]
    while head and head[-1].is_punct:
        head.pop()
    words = _raw if vague else text_of
    # ("... before the release": no second date)
    check = VAGUE_CHECK if vague else CHECK.split(", ", 1)[1] if _dated(head) else CHECK
    text = f"{words(head)}, {check}" if check.startswith("measured") else f"{words(head)} {check}"
    if tail:
        text += words(tail) if tail[0].is_punct else ", " + words(tail)
    first = toks[0]
    if first.is_stop and first.text != "I":
        text = text[:1].lower() + text[1:]
    return text


def _raw(toks: list[Token]) -> str:
    """The tokens as the writer typed them."""
    return "".join(t.text + (t.whitespace_ if k + 1 < len(toks) and toks[k + 1].i == t.i + 1 else " ")
                   for k, t in enumerate(toks)).strip()


def _dated(toks: list[Token]) -> bool:
    """Whether the request already says by when ("... | before | the release", "| by | Friday", "| tomorrow")."""
    return any(t.lower_ in _BY and t.dep_ == "prep" and any(c.dep_ == "pobj" for c in t.children)
               or t.lower_ in _DAYS for t in toks)


def _own_clause(verb: Token) -> list[Token]:
    """The verb's words without the clauses of their own it governs ("| because the launch is close")."""
    cut = {t.i for c in verb.children if c.dep_ in ("advcl", "parataxis") or c.dep_ == "conj" and any(
        x.dep_ in ("nsubj", "nsubjpass") for x in c.children) for t in c.subtree}
    return [t for t in verb.subtree if t.i not in cut]


def _unopened(fact: str) -> str:
    """A fact without an opener its alternative was cut from ("Ana wanted to lead | rather than")."""
    words = fact.split()
    for cut in sorted([*_OPENERS, ("rather",)], key=len, reverse=True):  # ("... rather": its "than" went too)
        if len(words) > len(cut) + 1 and tuple(w.lower() for w in words[-len(cut):]) == cut:
            return " ".join(words[:-len(cut)]).rstrip(",")
    return fact


def without_request(a: Analysis, facts: str) -> str:
    """``facts`` without the ones made of the request's words ("Ana to own the backlog rather"): the request
    stays after the prompt instead (``opposed``)."""
    from .opposed import opposed_tail

    alt = alternative_of(a) if facts else None
    tail = opposed_tail(a, "[name]") if alt is not None else ""
    if not tail:
        return "; ".join(_unopened(f) for f in facts.split("; ")) if facts else facts
    # a request kept as written takes the sentence's other words with it; a reworded one, its own clause's
    toks = _own_clause(alt.verb) if "[what, measured how, by when]" in tail else list(a.sent)
    mine = {t.lower_ for t in toks} | {"'d"}
    return "; ".join(f for f in facts.split("; ") if not set(f.lower().replace(",", " ").split()) <= mine)
