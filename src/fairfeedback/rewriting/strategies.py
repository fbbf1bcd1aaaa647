"""One rewrite strategy per category: the flagged sentence, rewritten from its
parse so it keeps the subject and agreement, with ``[placeholders]`` wherever
only the writer knows the fact."""

from __future__ import annotations

from collections.abc import Callable

from ..context.analysis import Analysis
from ..models import Applicability, Category
from .about import _DAYS, compared, complement, frame, when
from .conditional import request
from .counting import absolute
from .flagged import opens_with_prompt, past_runs, prepare, sentence_spans
from .impact import effect
from .inflect import past
from .naming import (
    SentenceRewrite,
    _body,
    _cap,
    _end,
    about_them,
    judged_person,
    name_first,
    subject_phrase,
    witness,
)
from .safety import applicability
from .sentence import (
    CHECKABLE,
    MAX_CLAUSE_TOKENS,
    clause_end,
    counted,
    kept_facts,
    plain_clauses,
    text_of,
)

__all__ = ["PRIORITY", "SentenceRewrite", "rewrite_sentence"]

#: When a sentence has findings of several categories, the first here decides its rewrite.
PRIORITY = [Category.SENSITIVE_DISCLOSURE, Category.SHAMING, Category.CHARACTER_JUDGMENT,
            Category.CODED_LANGUAGE, Category.INTENT_ATTRIBUTION, Category.ABSOLUTE,
            Category.VAGUE_EVALUATION, Category.VAGUE_TARGET]


def _prompt(a: Analysis, who: str, what: str, end: str) -> str:
    """"On [date], Jordan [what Jordan did about documentation], which [impact].", after the
    sentence's observed clauses ("Jordan leaves the handover notes for someone else; on [date], ..."),
    so the writer's facts stay."""
    comp = " and ".join(x for x in dict.fromkeys([complement(a), *_others(a, who)]) if x)
    facts = kept_facts(a, who)  # the facts the writer gave first, then the prompt for the judged part
    facts, who = name_first(a, facts, who)
    name = "they" if who == "[name]" else who
    me = witness(a) if who == "[name]" else None
    who = f"{me} saw" if me else who  # "I see little scope for advancement" -> "On [date], I saw [what they did ...]"
    if about_them(a, who, comp):
        comp = ""  # "[what Ines did for growth for Ines]": the phrase was about the person, not a task
    slot = f"[{what.format(who=name)}{' ' + comp if comp else ''}]"
    result = effect(a)  # the effect the writer named ("..., stalling two handovers") is the impact
    end = f", {result}{end[end.index(']') + 1:] if end.startswith(', ') and '[' in end else end}" if result else end
    date = when(a)  # the date the writer gave ("last Tuesday") replaces "[date]"
    on = text_of(list(date.subtree)) if date is not None else "on [date]"
    return f"{_cap(facts)}; {on}, {who} {slot}{end}" if facts else f"{_cap(on)}, {who} {slot}{end}"


def _others(a: Analysis, who: str) -> list[str]:
    """What the sentence's other judgments of the same person were about, which this rewrite takes out
    with their words ("lacks drive | to clear the filing backlog | and seems bored" -> "[what he
    did to clear the filing backlog]"). Not a vague evaluation's: its rewording stays where it was."""
    out: list[str] = []
    if len(a.sent) > MAX_CLAUSE_TOKENS:
        return out  # a run-on: each finding would read every other (cubic in its findings)
    for sp in sentence_spans(a):
        if sp.label_[:3] not in ("FF1", "FF6", "FF7") or (sp.start < a.span.end and a.span.start < sp.end) \
                or sp.end - sp.start >= len(a.sent) - 1:
            continue  # (nor a learned rule's whole sentence)
        other = Analysis(sp, a.words, a.sent)
        comp = complement(other) if subject_phrase(other) == who else ""
        words = comp.lower().split()
        # a phrase of its own about a task or a place ("to complete his work", "in meetings"), not a
        # piece of the judged clause ("... don't apply | to him", "knows better | than everyone")
        if len(words) >= 2 and words[0] in _ABOUT and not set(words) & _PRONOUNS:
            out.append(comp)
    return out


_ABOUT = {"to", "about", "with", "on", "in", "at", "for", "during", "as", "while"}
_PRONOUNS = {"him", "her", "them", "me", "us", "you", "himself", "herself", "themselves", "it", "everyone", "anyone"}


#: verbs that report no action of their subject ("is", "seems", "has little of a future")
_STATIVE = {"be", "seem", "appear", "become", "have", "look", "feel", "remain", "stay", "think", "believe"}


def _reported_action(a: Analysis) -> bool:
    """A learned finding over a whole sentence that reports what the person does ("She talks behind
    people's backs"): the writer's words stay, and the rewrite asks for one instance of it."""
    root = a.span.root
    words = [t for t in a.sent if not (t.is_punct or t.is_space)]
    if any(t.lower_ in a.words.trait_cues for t in a.sent):
        return False  # the sentence judges too ("is lazy unless ..."): the judgment is not kept as written
    return (a.learned and a.subject_kind == "person" and root.pos_ == "VERB" and root.lemma_ not in _STATIVE
            and a.span.start <= words[0].i and words[-1].i < a.span.end
            and any(c.dep_ == "nsubj" and a.subject is not None and c.i == a.subject.i for c in root.children))


#: nouns for a next step in a career ("a supervisory role", "the partner level", "promotion")
_STEPS = {"role", "position", "level", "job", "grade", "band", "title", "promotion", "advancement", "post", "rank"}


#: titles that are a next step when the sentence puts the person in them ("as a lead", "into a manager role")
_TITLES = {"lead", "manager", "supervisor", "director", "partner", "principal", "leader", "executive"}


def _step(a: Analysis) -> str:
    """The next role or level the sentence names ("a supervisory role", "the charge-nurse role",
    "promotion to the partner level", "as a lead"), else a placeholder for it."""
    for t in a.sent:
        lemma = t.lemma_.lower()
        title = lemma in _TITLES and (t.dep_ == "attr" or t.dep_ == "pobj" and t.head.lower_ in ("as", "for", "into", "to"))
        if (lemma in _STEPS or title) and t.pos_ == "NOUN" and (lemma in ("promotion", "advancement") or any(
                c.dep_ in ("amod", "compound", "det", "poss") and c.lower_ not in ("his", "her", "their", "your", "current")
                for c in t.children)):
            # not the person it would be for ("promotion | for him | on this team")
            them = {x.i for p in t.children if p.dep_ == "prep" and any(o.lower_ in _PRONOUNS for o in p.children)
                    for x in p.subtree}
            words = [x for x in t.subtree if (not x.is_punct or x.text == "-") and x.i not in them]
            if len(words) <= 6:
                return text_of(words)
    return "[the next role or level]"


def _requirement(a: Analysis, who: str) -> str:
    """The tail of a verdict on the person's future: the role it names stays, and the writer is asked
    for the requirement not yet met ("; for a supervisory role, Pablo still needs to show [...]")."""
    doer = "they" if who == "[name]" else who
    needs = "need" if doer.lower() in ("they", "you") else "needs"
    when_ = frame(a)  # "in the long run": the time frame of the verdict, which the prompt does not take
    return f"; {when_ + ', ' if when_ else ''}for {_step(a)}, {doer} still {needs} to show [the requirement]."


def _character(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    who = judged_person(a)  # also "I see little room for growth for Ines": the person the sentence names
    if _reported_action(a):
        return SentenceRewrite("Name one instance",
                               f"{_body(a.sent)}; for example, on [date], [what happened], which [impact].")
    if a.span.label_ in a.words.forecast_rules:
        text = _prompt(a, who, "what {who} did", ", which [impact].")
        return SentenceRewrite("Name the requirement and the evidence",
                               text[:-1] + _requirement(a, who) if text.endswith(".") else text)
    return SentenceRewrite("Describe the behavior", _prompt(a, who, "what {who} did", ", which [impact]."))



#: words that make a clause a request
_ASKING = frozenset({"should", "must", "need", "needs", "ought", "shall"})


def _vague_target(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    # the checkable part ends the request's own clause, never a "because" or "if" clause after it, but
    # the "if" clause that asks ("If he gets his act together |, he could ..."; ``conditional``)
    a, ask = request(a)
    tail = CHECKABLE
    sent = a.sent
    last = max((t.i for t in sent if not t.is_space), default=sent.end - 1)
    if sent.doc[last].is_punct:
        last -= 1
    cut = past_runs(sent.doc, ask or clause_end(a.predicate, last), last)  # (not inside one target of two runs)
    # a learned finding spans the whole sentence: the request is the clause that asks ("... frequently
    # so she ought to rely on herself more"), and the checkable part goes at its end
    asks_later = ask is None and not any(t.lower_ in _ASKING for t in sent.doc[sent.start:cut]) and any(
        t.lower_ in _ASKING for t in sent.doc[cut:last + 1])
    if cut > last or cut <= sent.start or a.span.start >= cut or asks_later:
        # (and a request in the clause after the cut: "..., so she ought to be more self-reliant")
        return SentenceRewrite("Make it checkable", _body(sent) + tail + ".")
    before = text_of(sent.doc[sent.start:cut]).rstrip(",;: ")
    after = text_of(sent.doc[cut:last + 1]).lstrip(",;: ")
    return SentenceRewrite("Make it checkable", f"{before}{tail}, {after}{_end(sent)}")


def _vague_evaluation(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    # the writer's words stay (praise stays praise); the instance makes them checkable
    sent = a.sent
    body = _body(sent)
    if _TARGET in body:
        # a target in it, now a prompt for what to change and how it is checked ("needs to change [what, measured
        # how, by when] at the depot"): no instance, date or impact besides it (two prompts stacked on one sentence)
        return SentenceRewrite("Make it checkable", body + _end(sent))
    if request(a)[0] is not a:  # what a change the sentence asks for would bring: the request's rewrite
        return _vague_target(a, behaviors)
    if opens_with_prompt(sent):  # several findings, the first now a prompt for what the person did: the instance
        if body.split(" ", 1)[0] in ("He", "She", "They", "You", "We", "It"):
            body = body[:1].lower() + body[1:]
        # an effect the writer named ("..., making it easier for new starters to ask") is the impact
        impact = "" if _ends_with_effect(sent) else ", which [impact]"
        # the time frame of a forecast the prompt replaced ("... as she grows") asks what is next
        when_ = frame(a, anywhere=True)
        ahead = f"; {when_}, [what you expect next]" if when_ else ""
        return SentenceRewrite("Name the instance and its impact", f"On [date], {body}{impact}{ahead}.")
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) <= 6 and a.subject_kind != "person" and not any(t.lower_ in (
            "he", "she", "they", "you", "his", "her", "your", "their", "him", "them") for t in words):
        # a short verdict on a piece of work, the code-review form ("LGTM, thanks.", "I don't like this
        # approach."): what exactly, not a date and an impact
        bad = a.span.label_ in a.words.criticism_rules or a.polarity == "negative"
        what = "what exactly is wrong, and its effect" if bad else "what exactly was good, and what it changed"
        return SentenceRewrite("Name what exactly", f"{_body(sent)}: [{what}].")
    if "[" in body:  # the other findings' words are already prompts for the instance ("Though he [what he did, ...]")
        return SentenceRewrite("Name the instance and its impact", body + _end(sent))
    return SentenceRewrite("Name the instance and its impact", body + " (for example, [what happened] on [date], which [impact]).")


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


def _clause(tokens: list) -> str:
    return "".join(t.text + t.whitespace_ for t in tokens).strip().strip(",;:").strip()


def _shaming(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    """Keep the factual core: the clause a blame question is about, or the
    sentence without its comparison; otherwise a fact-and-effect frame."""
    sent, span = a.sent, a.span
    last = max((t.i for t in sent if not t.is_space), default=sent.end - 1)
    after = [t for t in sent if span.end <= t.i < last or (t.i == last and not t.is_punct)]
    before = [t for t in sent if t.i < span.start and t.lower_ not in ("honestly", "seriously", "frankly", ",")]
    if a.question and after and after[0].lower_ in ("when", "by", "to", "that") and any(t.pos_ == "VERB" for t in after[1:]):
        core = _clause(after[1:])
        return SentenceRewrite("State what happened", f"On [date], {core}; next time, [what you need].")
    ing = after[1] if a.question and len(after) > 2 and after[0].text == "," and after[1].tag_ == "VBG" else None
    if ing is not None and a.subject_kind == "person" and ing.right_edge.i >= after[-1].i:
        # "What was she thinking, | deleting the staging database?" -> "she deleted the staging database"
        on = "" if any(t.lower_ in _DAYS for t in after) else "On [date], "  # the writer gave the day
        return SentenceRewrite("State what happened", _cap(f"{on}{subject_phrase(a)} {past(ing.lemma_)}"
                               f"{' ' + _clause(after[2:]) if len(after) > 2 else ''}; next time, [what you need]."))
    comparison = span[0].lower_ in ("unlike", "compared", "comparison", "like", "than", "next")
    if comparison and not before and after and after[0].is_punct and any(t.pos_ == "VERB" for t in after) and len(after) >= 4:
        return SentenceRewrite("Drop the comparison", _cap(counted(after)) + _end(sent))
    lead_phrase = span[0] if span[0].dep_ == "prep" else span[0].head
    rest = [t for t in sent if not lead_phrase.left_edge.i <= t.i <= lead_phrase.right_edge.i and t.i <= last
            and not (t.is_punct and t.i in (last, lead_phrase.right_edge.i + 1))]
    if comparison and lead_phrase.dep_ == "prep" and lead_phrase.left_edge.i == sent.start and span.end <= \
            lead_phrase.right_edge.i + 2 and len(rest) >= 3 and any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in rest):
        # "Unlike Bo, who ..., | Kai shipped one": the comparison and what it said of the other person go
        return SentenceRewrite("Drop the comparison", _cap(counted(rest)) + _end(sent))
    who = subject_phrase(a) if a.subject_kind == "person" else "[name]"
    facts = kept_facts(a, who) if a.subject_kind == "person" else "; ".join(plain_clauses(a))
    facts, who = name_first(a, facts, who)
    lead = f"{_cap(facts)}; on [date]," if facts else "On [date],"
    comp = complement(a) if a.subject_kind == "person" else ""  # "pathetic about the handover notes"
    subj = a.subject
    thing = compared(a) if a.subject_kind != "person" or subj is not None and subj.pos_ == "NOUN" \
        and subj.lemma_.lower() not in a.words.person_nouns else ""
    if thing:  # what was compared stays: "Ada's test coverage is worse than ..."
        who, comp = subject_phrase(a), f"with {thing}"
        # "the slides | she | drew": the person who did it
        doer = next((x for r in subj.children if r.dep_ == "relcl" for x in r.children if x.dep_ == "nsubj"
                     and (x.pos_ == "PROPN" or x.lower_ in ("he", "she", "they", "you"))), None)
        who = doer.text if who in ("[name]", subj.text, f"the {subj.text}") and doer is not None else who
        who = "[name]" if who.startswith("the ") and who.endswith(subj.text) else who
    what = f"[what happened {comp}]" if comp else "[what happened]"
    return SentenceRewrite("State the facts without contempt",
                           f"{lead} {who} {what}, and [its effect]; next time, [what you need].")


def _coded(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    who = judged_person(a)
    return SentenceRewrite("Describe what was said or done",
                           _prompt(a, who, "what {who} said or did", ", and [its effect]."))


def _intent(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    who = judged_person(a)  # "His | lack of willingness ...": he
    return SentenceRewrite("Describe the behavior and ask",
                           _prompt(a, who, "what {who} did", ". What got in the way?"))


def _sensitive(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    return SentenceRewrite("Remove this personal detail; raise it privately (with HR where appropriate)", "",
                           Applicability.SAFE)


STRATEGIES: dict[Category, Callable[[Analysis, tuple[str, ...]], SentenceRewrite]] = {
    Category.CHARACTER_JUDGMENT: _character,
    Category.ABSOLUTE: absolute,
    Category.VAGUE_TARGET: _vague_target,
    Category.VAGUE_EVALUATION: _vague_evaluation,
    Category.SHAMING: _shaming,
    Category.CODED_LANGUAGE: _coded,
    Category.INTENT_ATTRIBUTION: _intent,
    Category.SENSITIVE_DISCLOSURE: _sensitive,
}


def rewrite_sentence(category: Category, a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite | None:
    fn = STRATEGIES.get(category)
    if fn is None:
        return None
    prepare(a)  # the words several findings of the sentence flag, and the prompts that replace them
    try:
        out = fn(a, behaviors)
    except (IndexError, AttributeError, ValueError):
        return None
    # Capitalise a rewrite that starts the sentence.
    if out.text:
        out.text = _cap(out.text)
    # safe (for ``lint --fix``) only when it deletes nothing but the flagged words (``safety``)
    out.applicability = applicability(a, out.text, out.applicability)
    return out

