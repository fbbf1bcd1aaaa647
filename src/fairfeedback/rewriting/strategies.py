"""One rewrite strategy per category: the flagged sentence, rewritten from its
parse so it keeps the subject and agreement, with ``[placeholders]`` wherever
only the writer knows the fact."""

from __future__ import annotations

from collections.abc import Callable

from ..context.analysis import Analysis
from ..matching.component import SPAN_KEY, confidence_key
from ..models import Applicability, Category
from ..rules.schema import sentence_category
from .contrasted import but_before
from .doubted import doubted, future_role
from .endmark import end_mark
from .about import _DAYS, compared, complement, when
from .antecedent import antecedent
from .alternatives import without_request
from .asked import asked, framed, said_to
from .concluded import after_impact, forecast_tail, without_effect
from .conjoined import judged_owner, same_person
from .continued import as_rest, continues
from .counting import absolute
from .flagged import prepare, sentence_spans
from .governed import no_dangling
from .impact import effect
from .idiomatic import kept_sentence
from .inflect import past
from .lacking import denied_slot, lacked_action
from .linebreaks import cut, each_line, flagged_line, leaks
from .naming import (
    SentenceRewrite,
    _body,
    _cap,
    _end,
    about_them,
    judged_person,
    name_first,
    named_person,
    person,
    subject_phrase,
    witness,
)
from .nextstep import with_requirement
from .people import each, group_pronoun, joint
from .questions import presupposed
from .requested import with_request
from .ranking import measured
from .polished import polish
from .safety import applicability
from .opening import dated, kept_facts  # (the writer's opening phrase before the person: ``opening``)
from .sentence import MAX_CLAUSE_TOKENS, counted, plain_clauses, text_of
from .stance import keep_stance
from .struggled import as_instance
from .until import unconditioned
from .vague import vague_evaluation, vague_target

__all__ = ["PRIORITY", "SentenceRewrite", "rewrite_sentence"]

#: When a sentence has findings of several categories, the first here decides its rewrite.
PRIORITY = [Category.SENSITIVE_DISCLOSURE, Category.SHAMING, Category.CHARACTER_JUDGMENT,
            Category.CODED_LANGUAGE, Category.INTENT_ATTRIBUTION, Category.ABSOLUTE,
            Category.VAGUE_EVALUATION, Category.VAGUE_TARGET]


def _prompt(a: Analysis, who: str, what: str, end: str, *, action: bool = False) -> str:
    """"On [date], Jordan [what Jordan did about documentation], which [impact].", after the
    sentence's observed clauses ("Jordan leaves the handover notes for someone else; on [date], ..."),
    so the writer's facts stay. With ``action``, a lacked drive's action is the instance asked about
    ("On [date], he did not finish [which task] to a sound standard", ``lacking``)."""
    who = antecedent(a, who)  # "Tom is bossy ... and | he | is arrogant": Tom (``antecedent``)
    comp = " and ".join(x for x in dict.fromkeys([no_dangling(complement(a), a.sent), *_others(a, who)])
                        if x and not about_them(a, who, x))  # ("for | Lea" is no task, "toward long-term goals" is)
    comp = unconditioned(a, comp)  # "[what he did | until visible progress]": the condition is a requirement (``until``)
    result = effect(a)  # the effect the writer named ("..., stalling two handovers") is the impact
    facts = without_effect(kept_facts(a, who), result)  # the facts the writer gave first, then the prompt
    facts = without_request(a, facts)  # (a request set against the judgment stays after it: ``alternatives``)
    facts, who = name_first(a, facts, who)
    name = "they" if who == "[name]" else who  # ("[name] [what they did]")
    both = joint(a, who, person(a))  # "Maria and Tom are careless": one prompt for both (``people``)
    who, name = (both, group_pronoun(both)) if both else (who, name)  # ("Jo and I [what we did]")
    me = witness(a) if who == "[name]" else None
    if me:  # "I see little room for growth" -> "On [date], I saw [what happened about growth]": nobody invented
        who, what = f"{me} saw", "what happened"
    if about_them(a, who, comp):
        comp = ""  # "[what Ines did for growth for Ines]": the phrase was about the person, not a task
    did = lacked_action(a, who) if action and not me else ""
    slot, end = not me and denied_slot(a, name, end) or (did or asked(a, what.format(who=name), comp), end)  # (``denied``)
    end = after_impact(end, result)  # (a conclusion, "so she should not lead the team", after the impact: ``concluded``)
    date = when(a)  # the date the writer gave ("last Tuesday") replaces "[date]"
    on = dated(date, a)  # (lower case inside the rewrite: "...; during the audit, ...": ``opening``)
    said = each(a, who, slot)  # "Maria [...] and Tom [...]": each person judged keeps a prompt (``people``)
    glue = ", but " if facts and but_before(a) and "; " not in facts else "; "  # ("alone, but on [date], she ...")
    text = f"{_cap(facts)}{glue}{on}, {said}{end}" if facts else f"{_cap(on)}, {said}{end}"
    text = as_instance(a, facts, who, on, end) or text  # "..., because she [what she did to ...]": one instance
    return with_request(a, text, who)  # "...; he needs to change [what, ...] in order to keep his role" (``requested``)


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
        subj = judged_owner(sp, who) or subject_phrase(other)  # (or the owner: "due to | her | lack of drive")
        comp = complement(other) if same_person(a.sent, who, subj) else ""  # (or "and | he | is ...")
        words = comp.lower().split()
        # a phrase of its own about a task or a place ("to complete his work", "in meetings"), not a
        # piece of the judged clause ("... don't apply | to him", "knows better | than everyone")
        if len(words) >= 2 and words[0] in _ABOUT and not set(words) & _PRONOUNS:
            out.append(comp)
    return out


_ABOUT = {"to", "about", "with", "on", "in", "at", "for", "during", "as", "while", "toward", "towards"}
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


def _character(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    who = judged_person(a)  # also "I see little room for growth for Ines": the person the sentence names
    fit = doubted(a, who) or future_role(a, who)  # "suited to the job she has now - not sure how she would handle a lead role" (``doubted``)
    if fit:
        return SentenceRewrite("Name the requirement", fit)
    if _reported_action(a):
        return SentenceRewrite("Name one instance",
                               f"{_body(a.sent)}; for example, on [date], [what happened], which [impact].")
    if a.span.label_ in a.words.forecast_rules:
        text = _prompt(a, who, "what {who} did", ", which [impact].")
        return SentenceRewrite("Name the requirement and the evidence",
                               with_requirement(a, who, text) if text.endswith(".") and " still need" not in text else text)
    text = _prompt(a, who, "what {who} did", ", which [impact].")
    return SentenceRewrite("Describe the behavior", forecast_tail(a, text, who))  # ("..., so she should not be promoted")



def _clause(tokens: list) -> str:
    return "".join(t.text + t.whitespace_ for t in tokens).strip().strip(",;:").strip()


def _shaming(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    """Keep the factual core: the clause a blame question is about, or the
    sentence without its comparison; otherwise a fact-and-effect frame."""
    sent, span = a.sent, a.span
    last = end_mark(sent)
    after = [t for t in sent if span.end <= t.i < last or (t.i == last and not t.is_punct)]
    before = [t for t in sent if t.i < span.start and t.lower_ not in ("honestly", "seriously", "frankly", ",")]
    if a.question and after and after[0].lower_ in ("when", "by", "to", "that") and any(t.pos_ == "VERB" for t in after[1:]):
        core = _clause(after[1:])
        return SentenceRewrite("State what happened", f"On [date], {core}; next time, [what you need].")
    said = presupposed(a)  # "Does she even read the brief?" -> "she did not read the brief"
    if said:
        return SentenceRewrite("State what happened", f"On [date], {said}; next time, [what you need].")
    ing = after[1] if a.question and len(after) > 2 and after[0].text == "," and after[1].tag_ == "VBG" else None
    if ing is not None and a.subject_kind == "person" and ing.right_edge.i >= after[-1].i:
        # "What was she thinking, | deleting the staging database?" -> "she deleted the staging database"
        on = "" if any(t.lower_ in _DAYS for t in after) else "On [date], "  # the writer gave the day
        return SentenceRewrite("State what happened", _cap(f"{on}{subject_phrase(a)} {past(ing.lemma_)}"
                               f"{' ' + _clause(after[2:]) if len(after) > 2 else ''}; next time, [what you need]."))
    verdict = framed(a)  # "Compared to Dana, | he is slow": the verdict's own rewrite, without the comparison
    if verdict is not None:
        return SentenceRewrite("Drop the comparison", _character(verdict, behaviors).text)
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
    fact = measured(a)  # "Her sales numbers are the lowest on the team, at 54% of quota": the measure stays
    if fact:
        return SentenceRewrite("State the facts without the ranking", f"{_cap(fact)}, and [its effect]; next time, [what you need].")
    # the person the sentence refers to, not a "[name]" ("The rest of the team is carrying | him": he); not a
    # name, which may be the one the person is measured by ("Ask Rosa how she runs second shift ...")
    who = subject_phrase(a) if a.subject_kind == "person" else _referred(a)
    facts = kept_facts(a, who) if a.subject_kind == "person" else "; ".join(plain_clauses(a))
    facts, who = name_first(a, facts, who)
    date = when(a)  # the date the writer gave ("Yesterday Omar was a joke ...") replaces "[date]"
    on = dated(date, a)  # (lower case inside the rewrite: "...; during the audit, ...": ``opening``)
    lead = f"{_cap(facts)}; {on}," if facts else f"{_cap(on)},"
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
    what = asked(a, f"what {who} did" if said_to(a, comp) else "what happened", comp)
    return SentenceRewrite("State the facts without contempt",
                           f"{lead} {who} {what}, and [its effect]; next time, [what you need].")


def _referred(a: Analysis) -> str:
    """The person a sentence without a person subject refers to by a pronoun ("carrying | him": he), or '[name]'."""
    who = named_person(a)
    return who if who in ("he", "she", "they", "you") else "[name]"


def _coded(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    who = judged_person(a)
    return SentenceRewrite("Describe what was said or done",
                           _prompt(a, who, "what {who} said or did", ", and [its effect]."))


def _intent(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    who = judged_person(a)  # "His | lack of willingness ...": he
    return SentenceRewrite("Describe the behavior and ask",
                           _prompt(a, who, "what {who} did", ". What got in the way?", action=True))


def _sensitive(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    return SentenceRewrite("Remove this personal detail; raise it privately (with HR where appropriate)", "",
                           Applicability.SAFE)


STRATEGIES: dict[Category, Callable[[Analysis, tuple[str, ...]], SentenceRewrite]] = {
    Category.CHARACTER_JUDGMENT: _character,
    Category.ABSOLUTE: absolute,
    Category.VAGUE_TARGET: vague_target,
    Category.VAGUE_EVALUATION: vague_evaluation,
    Category.SHAMING: _shaming,
    Category.CODED_LANGUAGE: _coded,
    Category.INTENT_ATTRIBUTION: _intent,
    Category.SENSITIVE_DISCLOSURE: _sensitive,
}


def rewrite_sentence(category: Category, a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite | None:
    fn = STRATEGIES.get(category)
    if fn is None:
        return None
    lines = each_line(a, lambda sp, line: _rewrite(STRATEGIES[_category(sp)], _on_line(a, sp, line), ()),
                      lambda sp: PRIORITY.index(_category(sp)))  # findings on several lines: each on its own
    if lines is not None and lines[1] is not None:
        text, out = lines
        out.text = text
        return out
    line = flagged_line(a)  # a sentence over a line break: the flagged line's own words, the others as written
    for an in (line.analysis, cut(line)) if line is not None else ():  # (cut from the rest when the parse ran across)
        out = _rewrite(fn, an, behaviors) if an is not None else None
        if out is not None and out.text and not leaks(line, out.text, line.analysis.sent):
            out.text = line.around(out.text)
            return out
    return _rewrite(fn, a, behaviors)


def _category(sp) -> Category:  # noqa: ANN001
    return sentence_category(sp.label_)


def _on_line(a: Analysis, sp, line) -> Analysis:  # noqa: ANN001
    same = sp.doc is a.span.doc and (sp.start, sp.end, sp.label_) == (a.span.start, a.span.end, a.span.label_)
    learned = a.learned if same else confidence_key(sp.label_, sp.start, sp.end) in sp.doc.spans[SPAN_KEY].attrs.get(
        "confidence", {})
    return Analysis(a.span if same else sp, a.words, line, learned=learned)


def _rewrite(fn: Callable[[Analysis, tuple[str, ...]], SentenceRewrite], a: Analysis,
             behaviors: tuple[str, ...]) -> SentenceRewrite | None:
    prepare(a)  # the words several findings of the sentence flag, and the prompts that replace them
    try:  # never praise or a neutral report turned into criticism, nor the reverse (``stance``)
        out = keep_stance(a, kept_sentence(a) or fn(a, behaviors), lambda: vague_evaluation(a, behaviors))  # (``idiomatic``)
    except (IndexError, AttributeError, ValueError):
        return None
    if out is None:  # (a sentence that asks for what the strategy would add already)
        return None
    if out.text:  # (the rest of a sentence the parse split stays the rest: ``continued``)
        out.text = polish(a, out.text)  # ("Mr. Okafor continues ...; on [date], he [...]": ``renamed``)
        out.text = as_rest(a.sent, out.text) if continues(a.sent) else _cap(out.text)
    out.applicability = applicability(a, out.text, out.applicability)  # safe only if it deletes only flagged words
    return out
