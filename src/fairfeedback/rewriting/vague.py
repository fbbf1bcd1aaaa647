"""The rewrites of vague evaluations and vague targets: the writer's words stay (praise stays praise),
and the rewrite makes them checkable, with an instance, or a date, a specific and a measure."""

from __future__ import annotations

from ..context.analysis import Analysis
from ..context.words import NAME_BLANK
from .endmark import end_mark
from .about import frame, when
from .alternative import date_last
from .commended import rising, writer_praise
from .conditional import request
from .conditioned import conditioned
from .continued import asked_before
from .dated import instant
from .expected import expected_forecast
from .deadline import BY, asking_verb, date_first
from .flagged import opens_with_prompt, past_runs, polarity, runs
from .foretold import foretold_prompt
from .instanced import one_instance
from .needed import way_to_go
from .nextwork import expected_next
from .naming import SentenceRewrite, _body, _end, judged_person
from .others import after_report
from .praised import kept_praise
from .possible import evidence_prompt, forecast_only, possible
from .requirement import asked_to_show
from .resulted import such_that
from .stacked import stacked_request
from .sentence import CHECKABLE, INSTANCE, clause_end, text_of
from .tails import names_time_frame
from .targeted import target_run
from .until import condition_at, condition_of

__all__ = ["vague_evaluation", "vague_target"]

#: pronouns that open a clause, lower case after "on [date], "
_PRONOUNS = ("He", "She", "They", "You", "We", "It", "My", "Our", "His", "Her", "Their", "Your", "The")
#: words that make a clause a request
_ASKING = frozenset({"should", "must", "need", "needs", "ought", "shall"})


def vague_target(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    forecast = expected_forecast(a, judged_person(a)) or stacked_request(a)  # (also "Needs coaching to grow skills":
    if forecast:  # the writer's expectation, no goal: ``expected``; a verbless request of targets: ``stacked``)
        return SentenceRewrite("Name the evidence", forecast)
    # the checkable part ends the request's own clause, never a "because" or "if" clause after it, but
    # the "if" clause that asks ("If he gets his act together |, he could ..."; ``conditional``)
    a, ask = request(a)
    tail = CHECKABLE
    sent = a.sent
    last = end_mark(sent)
    if sent.doc[last].is_punct:
        last -= 1
    cut = past_runs(sent.doc, ask or clause_end(asking_verb(a.predicate), last), last)  # (not inside one target of two runs)
    # a learned finding spans the whole sentence: the request is the clause that asks ("... frequently
    # so she ought to rely on herself more"), and the checkable part goes at its end
    asks_later = ask is None and not any(t.lower_ in _ASKING for t in sent.doc[sent.start:cut]) and any(
        t.lower_ in _ASKING for t in sent.doc[cut:last + 1])
    at_end = cut > last or cut <= sent.start or a.span.start >= cut or asks_later or (  # (no verb before a cut inside
        a.span.start < cut < a.span.end and not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start:cut]))  # the span)
    # "not put him forward | until he shows ...": the ask is the condition, and its end takes the checkable
    # part, with no date besides its own "until" (also for words inside it: "until | steady progress", ``until``)
    until = condition_of(sent, a.span.start, a.span.end) if at_end else condition_at(sent, cut, last)
    at_end = at_end or until
    if names_time_frame(sent.doc[sent.start:last + 1 if at_end else cut]) or _asks_when(sent) or until:
        tail = tail.removeprefix(BY)  # "is expected next quarter": no second time frame ("| by [date]")
    if at_end:
        # (and a request in the clause after the cut: "..., so she ought to be more self-reliant")
        first = date_first(sent, last + 1, tail) if cut > last else None
        tail = date_last(sent.doc[sent.start:last + 1], tail)  # ("coached by the team, ..., by [date]")
        return SentenceRewrite("Make it checkable", "".join(first or (_body(sent), tail)) + ".")
    before = text_of(sent.doc[sent.start:cut]).rstrip(",;: ")
    before, tail = date_first(sent, cut, tail) or (before, date_last(sent.doc[sent.start:cut], tail))
    after = text_of(sent.doc[cut:last + 1]).lstrip(",;: ")
    return SentenceRewrite("Make it checkable", f"{before}{tail}, {after}{_end(sent)}")


def _asks_when(sent) -> bool:  # noqa: ANN001
    """A prompt of the sentence asks for the time frame already ("prove he [what he needs to show, and by when]")."""
    return any(sent.start <= i < sent.end and text.endswith(_WHEN) for i, (_, _, text) in runs(sent.doc).items())


def vague_evaluation(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite | None:
    # the writer's words stay (praise stays praise); the instance makes them checkable
    sent = a.sent
    body = _body(sent)
    if asked_before(sent):  # the rest of a sentence that asks for the instance already: no second prompt
        return None
    # "among the best in the unit (for example, [...])" (``praised``); "I salute him for [...]" (``commended``)
    if (kept := kept_praise(a) or writer_praise(a)) is not None:
        return kept
    if stacked := stacked_request(a):  # "Has potential, needs encouragement" (``stacked``)
        return SentenceRewrite("Make it checkable", stacked)
    result = such_that(a)  # "such a cheerful guy | that | ... doesn't get any of his tickets closed" (``resulted``)
    if result:
        return SentenceRewrite("Name the instance and its impact", result)
    forecast = expected_forecast(a, judged_person(a)) if _TARGET not in body else ""
    if forecast:  # "From what I have seen, she should do well (based on [...])": no instance (``expected``)
        return SentenceRewrite("Name the evidence", forecast)
    if _TARGET in body:
        # a target in it, now a prompt for what to change and how it is checked ("needs to change [what, measured
        # how, by when] at the depot"): no instance, date or impact besides it (two prompts stacked on one sentence)
        return SentenceRewrite("Make it checkable", body + _end(sent))
    goal = way_to_go(a) if target_run(a, a.span.start, a.span.end) and not _prompted(body) else ""
    if goal:  # "... but still | needs to change [what, measured how, by when] | to build her skills" (``needed``)
        return SentenceRewrite("Make it checkable", goal)
    if request(a)[0] is not a or target_run(a, a.span.start, a.span.end) and not _prompted(body) or (
            condition_of(sent, a.span.start, a.span.end) and not _prompted(body)):  # ("until | steady progress": ``until``)
        # what a change the sentence asks for would bring, or a target a praise rule flags ("has a long way
        # to go", ``targeted``): the request's rewrite
        return vague_target(a, behaviors)
    if forecast_only(a):  # "Sami has the potential to become a brilliant engineer (based on [...])" (``possible``)
        return SentenceRewrite("Name the evidence", forecast_only(a))
    opening = after_report(sent)  # "Her clients trust her, | Priya [what Priya did, ...]": the report first
    if opening is not None:
        rest = opening[1][:1].lower() + opening[1][1:] if opening[1].split(" ", 1)[0] in _PRONOUNS else opening[1]
        impact = "" if _ends_with_effect(sent) else ", which [impact]"
        return SentenceRewrite("Name the instance and its impact", f"{opening[0]}; on [date], {rest}{impact}.")
    if opens_with_prompt(sent):  # several findings, the first now a prompt for what the person did: the instance
        habit, body = one_instance(sent, body)  # ("Eloise always produces [...]; on [date], ...": ``instanced``)
        if body.split(" ", 1)[0] in _PRONOUNS:
            body = body[:1].lower() + body[1:]
        # an effect the writer named ("..., making it easier for new starters to ask") is the impact
        impact = "" if _ends_with_effect(sent) else ", which [impact]"
        # the time frame of a forecast the prompt replaced ("... as she grows") asks what is next
        when_ = frame(a, anywhere=True)
        ahead = f"; {when_}, {expected_next(sent)}" if when_ else ""  # (what was forecast: ``nextwork``)
        prompt = _first_prompt(sent)
        if impact and prompt and _kept_clause_after(sent):
            # "[what Tomasz did, ...], but he keeps things moving": the impact is the prompt's, not the kept clause's;
            # a clause a comma only joined follows a semicolon ("..., which [impact]; her clients trust her")
            at = body.index(prompt) + len(prompt)
            rest = body[at:]
            rest = "; " + rest[2:] if rest.startswith(", ") and _spliced_after(sent) else rest
            body, impact = body[:at] + impact + ("," if rest[:1] == " " else "") + rest, ""
        on = f"{habit}; on [date]" if habit else "On [date]"
        return SentenceRewrite("Name the instance and its impact", f"{on}, {body}{impact}{ahead}.")
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) <= 6 and a.subject_kind != "person" and not any(t.lower_ in (
            "he", "she", "they", "you", "his", "her", "your", "their", "him", "them") for t in words):
        # a short verdict on a piece of work, the code-review form ("LGTM, thanks.", "I don't like this
        # approach."): what exactly, not a date and an impact
        # (also the flagged words' own negativity: "Sloppy worker.", whose clause reads positive)
        bad = a.span.label_ in a.words.criticism_rules or a.polarity == "negative" \
            or polarity(a, a.span.start, a.span.end, [a.span.label_]) == "negative"
        what = "what exactly is wrong, and its effect" if bad else "what exactly was good, and what it changed"
        return SentenceRewrite("Name what exactly", f"{_body(sent)}: [{what}].")
    if _prompted(body):  # the other findings' words are already prompts for the instance ("Though he [what he did, ...]")
        return SentenceRewrite("Name the instance and its impact", body + _end(sent))
    ahead = asked_to_show(a)  # "must prove he is a great leader": what he is to show, not what he did
    ahead = ahead or foretold_prompt(a)  # "will make a great lead": a forecast, not what happened
    day = when(a)  # the day the writer gave is the instance's ("During the launch, ... (for example, [what happened], ...")
    instance = INSTANCE.replace(" on [date]", "") if day is not None and instant(day) else INSTANCE
    example = f" (specifically, {ahead})" if ahead else instance
    # "with some help he may become an excellent analyst": what the forecast rests on, not an instance (``possible``)
    example = evidence_prompt(a, judged_person(a)) if not ahead and (possible(a) or rising(a)) else example
    cond = "" if ahead or day is not None else conditioned(a, judged_person(a), body, _end(sent))
    if cond:  # "... but only performs when there is a bonus involved; for example, on [date], Noor [...]" (``conditioned``)
        return SentenceRewrite("Name the instance and its impact", cond)
    return SentenceRewrite("Name the instance and its impact", _after_judged_clause(a, example) or body + example + ".")


def _prompted(text: str) -> bool:
    """The text holds a prompt already; a template's blank for the name ("[Employee name]") is none."""
    return "[" in NAME_BLANK.sub("", text)


def _after_judged_clause(a: Analysis, example: str) -> str:
    """The sentence with ``example`` at the end of the judged clause, before a clause of the writer's own that
    follows it ("Maybe he is not that innovative (for example, ...) | but he keeps things moving"), or ''."""
    sent = a.sent
    last = max((t.i for t in sent if not (t.is_punct or t.is_space)), default=sent.end - 1)
    cut = clause_end(a.predicate, last)
    if cut > last or cut <= a.span.end - 1 or a.span.start < sent.start or _prompted(_body(sent)):
        return ""
    after = sent.doc[cut]
    clause = next((t for t in sent.doc[cut:last + 1] if t.dep_ in ("conj", "advcl") and t.pos_ in ("VERB", "AUX")
                   and t.left_edge.i >= cut), None)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) or after.lower_ not in (
            "but", "yet", "and", "although", "though", "while", "whereas", ","):
        return ""
    before = text_of(sent.doc[sent.start:cut]).rstrip(",;: ")
    # a comma after the prompt, which a clause follows: the rewrite parses as one sentence (``continued``)
    rest = text_of(sent.doc[cut:last + 1]).lstrip(",;: ")
    return f"{before}{example}, {rest}{_end(sent)}"


def _first_prompt(sent) -> str:  # noqa: ANN001
    """The text of the sentence's first reworded run."""
    at = runs(sent.doc)
    first = min((i for i in at if sent.start <= i < sent.end and at[i][2]), default=None)
    return at[first][2] if first is not None else ""


def _kept_clause_after(sent) -> bool:  # noqa: ANN001
    """Whether a clause of the writer's own, with its own subject, follows the first reworded run ("Tomasz
    [what Tomasz did, ...], | but he keeps things moving")."""
    at = runs(sent.doc)
    first = min((i for i in at if sent.start <= i < sent.end and at[i][2]), default=None)
    if first is None:
        return False
    end = at[first][1]
    return any(t.i >= end and t.i not in at and (t.dep_ in ("conj", "advcl", "parataxis") or _splices(t, end))
               and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in at for c in t.children)
               for t in sent)


def _splices(t, end: int) -> bool:  # noqa: ANN001
    """A main clause after a comma the parser made the head of the clause before it ("Priya [what Priya did,
    ...], | her clients | trust | her", the first read as its object clause)."""
    return t.dep_ == "ROOT" and any(c.dep_ in ("ccomp", "parataxis") and c.i < end for c in t.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i > end for c in t.children)


def _spliced_after(sent) -> bool:  # noqa: ANN001
    """Whether only a comma joins the first reworded run to the clause of the writer's own after it (no "but",
    "and", "so", "which")."""
    at = runs(sent.doc)
    first = min((i for i in at if sent.start <= i < sent.end and at[i][2]), default=None)
    end = at[first][1] if first is not None else sent.end
    if end + 1 >= sent.end or sent.doc[end].text != ",":
        return False
    nxt = sent.doc[end + 1]
    return nxt.dep_ not in ("cc", "mark", "advmod") and nxt.tag_ not in ("WDT", "WP", "WRB", "VBG")


#: how a prompt for what a requirement asks the person to show ends (``requirement.required_prompt``)
_WHEN = ", and by when]"
#: how a reworded vague target ends its prompt (``prompts.reword``)
_TARGET = "measured how, by when]"


def _ends_with_effect(sent) -> bool:  # noqa: ANN001
    """The sentence ends with a participle clause after a comma that states an effect ("..., making it
    easier for new starters to ask")."""
    last = [t for t in sent if not (t.is_punct or t.is_space)]
    if not last:
        return False
    return any(t.i > sent.start and t.doc[t.left_edge.i - 1].text == "," and t.right_edge.i >= last[-1].i and (
        t.dep_ == "advcl" and t.tag_ == "VBG" and t.left_edge.i == t.i  # "..., making it easier to ask"
        or t.dep_ in ("relcl", "advcl", "ccomp", "conj") and t.left_edge.lower_ in ("which", "so"))  # "..., which keeps ..."
        for t in sent)
