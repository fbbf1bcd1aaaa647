"""One rewrite strategy per category: the flagged sentence, rewritten from its
parse so it keeps the subject and agreement, with ``[placeholders]`` wherever
only the writer knows the fact."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..context.analysis import Analysis
from ..models import Applicability, Category
from .flagged import emit, opens_with_prompt, prepare, runs
from .inflect import be_past, past
from .sentence import (
    ABSOLUTE_STRIP,
    clause_end,
    complement,
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

_NOMINATIVE = {"him": "he", "her": "she", "them": "they", "me": "I", "us": "we",
               "his": "he", "their": "they", "your": "you", "my": "I", "our": "we"}


class SentenceRewrite:
    """The replacement for a whole sentence, with its title and applicability."""

    def __init__(self, title: str, text: str, applicability: Applicability | None = None) -> None:
        self.title = title
        self.text = text
        self.applicability = applicability or (
            Applicability.NEEDS_INPUT if "[" in text else Applicability.SAFE)


def _owner(noun: Token) -> Token | None:
    """The person a noun belongs to: "her" in "her attitude", "Sam" in "Sam's reports"."""
    return next((c for c in noun.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ in _NOMINATIVE)),
                None)


def subject_phrase(a: Analysis) -> str:
    """How to name the person the sentence is about: 'you', 'she', 'Alex', 'the new hire', '[name]'."""
    owner = _owner(a.subject) if a.subject is not None else None
    # a person, or a person's attribute ("his work ethic is questionable": the rewrite is about him)
    subj = a.subject if a.subject_kind == "person" or owner is not None else None
    if subj is None:
        return "[name]"
    if subj.pos_ == "PROPN":
        first = subj
        while first.i > a.sent.start and first.nbor(-1).dep_ == "compound" and first.nbor(-1).pos_ == "PROPN":
            first = first.nbor(-1)
        return a.sent.doc[first.i: subj.i + 1].text
    low = subj.lower_
    if subj.pos_ == "PRON":
        return _NOMINATIVE.get(low, low)
    if owner is not None:  # "her attitude is poor": the rewrite is about her
        return _NOMINATIVE.get(owner.lower_, owner.lower_) if owner.pos_ == "PRON" else owner.text.removesuffix("'s")
    det = next((c for c in subj.children if c.dep_ in ("det", "poss")), None)
    if det is None and subj.text[:1].isupper() and subj.i > a.sent.start or (det is None and subj.text.istitle()
                                                                               and a.subject_kind == "person"):
        return subj.text  # a name the tagger took for a noun ("Ravi"), not "the Ravi"
    mods = " ".join(c.text for c in subj.children if c.dep_ == "compound" and c.i < subj.i)
    head = (mods + " " + subj.text).strip()
    return f"{det.text.lower() if det is not None else 'the'} {head}"


def _cap(s: str) -> str:
    if s.startswith("["):
        return s[:2].upper() + s[2:]
    return s[:1].upper() + s[1:]


def _end(sent: Span) -> str:
    text = sent.text.rstrip()
    return "?" if text.endswith("?") else "."


def _body(sent: Span) -> str:
    return text_of(sent).rstrip().rstrip(".!?;:").rstrip()


def _prompt(a: Analysis, who: str, what: str, end: str) -> str:
    """"On [date], Jordan [what Jordan did about documentation], which [impact].", after the
    sentence's observed clauses ("Jordan leaves the handover notes for someone else; on [date], ..."),
    so the writer's facts stay."""
    comp = complement(a)
    name = "they" if who == "[name]" else who
    slot = f"[{what.format(who=name)}{' ' + comp if comp else ''}]"
    facts = kept_facts(a, who)  # the facts the writer gave first, then the prompt for the judged part
    return f"{_cap(facts)}; on [date], {who} {slot}{end}" if facts else f"On [date], {who} {slot}{end}"


#: verbs that report no action of their subject ("is", "seems", "has little of a future")
_STATIVE = {"be", "seem", "appear", "become", "have", "look", "feel", "remain", "stay", "think", "believe"}


def _reported_action(a: Analysis) -> bool:
    """A learned finding over a whole sentence that reports what the person does ("She talks behind
    people's backs"): the writer's words stay, and the rewrite asks for one instance of it."""
    root = a.span.root
    words = [t for t in a.sent if not (t.is_punct or t.is_space)]
    return (a.learned and a.subject_kind == "person" and root.pos_ == "VERB" and root.lemma_ not in _STATIVE
            and a.span.start <= words[0].i and words[-1].i < a.span.end
            and any(c.dep_ == "nsubj" and a.subject is not None and c.i == a.subject.i for c in root.children))


def _character(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    who = subject_phrase(a)
    if _reported_action(a):
        return SentenceRewrite("Name one instance",
                               f"{_body(a.sent)}; for example, on [date], [what happened], which [impact].")
    return SentenceRewrite("Describe the behavior", _prompt(a, who, "what {who} did", ", which [impact]."))


def _absolute(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    who = subject_phrase(a)
    sent, span = a.sent, a.span
    strip = set(range(span.start, span.end))
    root = span.root
    pred = root.head if root.dep_ in ("advmod", "neg", "npadvmod") and root.head.pos_ in ("VERB", "AUX") else a.predicate
    if pred.pos_ not in ("VERB", "AUX") and a.subject is None and pred.pos_ in ("ADJ", "ADV", "ADP"):
        rest = " ".join(t.text for t in sent if t.i not in strip and not t.is_punct and t.lower_ not in ABSOLUTE_STRIP)
        if rest:
            return SentenceRewrite("Count it over a period", f"{_cap(who)} was {rest.lower()} [N] times in [period].")
    if pred.pos_ not in ("VERB", "AUX") or span.text.lower() in ("nothing", "everything") or \
            any(t.lower_ == "forever" for t in span):  # "takes forever to sign off": no verb to count
        return SentenceRewrite("Count it over a period", f"{_cap(who)} [did what] [N] times between [date] and [date].")
    # Strip the match when it is an adverbial ("all the time"), else only its
    # frequency words; and the frequency adverbs on the same verb ("repeatedly and
    # consistently ignores"), not those of another clause.
    absolutes = [t.i for t in sent if t.lower_ in ABSOLUTE_STRIP]
    if len(absolutes) >= 2 and any(b - a > 2 for a, b in zip(absolutes, absolutes[1:])):
        # several absolutes on several verbs ("Never on time, never prepared."): count the whole thing
        return SentenceRewrite("Count it over a period", f"{_cap(who)} [did what] [N] times between [date] and [date].")
    own = {t.i for t in span if t.lower_ in ABSOLUTE_STRIP}
    if own and len(span) > 1:
        strip = own  # "never on time": drop "never", keep "on time"
    elif span.root.dep_ not in ("advmod", "npadvmod", "neg", "prep", "pobj", "advcl", "dobj") and len(span) > 1:
        strip = own
        if not strip or any(t.lower_ in ("nothing", "everything", "every", "each", "ever") for t in span):
            return SentenceRewrite("Count it over a period", f"{_cap(who)} [did what] [N] times between [date] and [date].")
    strip = set(strip)
    for t in sent:
        if t.lower_ in ABSOLUTE_STRIP and (t.head.i == pred.i or t.head.i in strip):
            strip.add(t.i)
    for t in sent:
        if t.dep_ == "cc" and t.head.i in strip and t.head.lower_ in ABSOLUTE_STRIP:
            strip.add(t.i)
    negate = any(sent.doc[i].lower_ == "never" for i in strip) or span.text.lower().startswith("not ")
    last = max((t.i for t in sent if not t.is_space), default=sent.end - 1)
    cut = clause_end(pred, last)
    parts: list[str] = []
    replaced = False
    at, emitted = runs(sent.doc), set()
    for t in sent:
        if t.i == cut and parts:
            parts[-1] = parts[-1].rstrip() + " [N] times in [period]" + ("" if t.is_punct else " ")
        if t.i in strip:
            continue
        if t.i in at:  # another finding's words: their prompt, once
            parts += emit(t, emitted)
            continue
        if t.i > last or (t.is_punct and t.i == last):
            continue
        word = t.text
        if t.i == pred.i and not replaced:
            replaced = True
            if pred.lemma_ == "be":
                plural = a.subject is not None and a.subject.tag_ in ("NNS", "NNPS")  # "his tickets were"
                word = be_past("they" if plural else who) + (" not" if negate else "")
            elif negate:
                word = "did not " + pred.lemma_
            else:
                word = past(pred.lemma_)
            if t.text.startswith("'"):
                word = " " + word
        elif t.dep_ == "aux" and t.head.i == pred.i and t.lemma_ == "do" and not any(c.dep_ == "neg" for c in pred.children):
            continue
        elif t.dep_ == "aux" and t.head.i == pred.i and t.lemma_ == "be" and pred.tag_ == "VBG":
            continue  # "is always interrupting" -> "interrupted", not "is interrupted"
        parts.append(word + t.whitespace_)
    body = "".join(parts).strip()
    if any(w in ABSOLUTE_STRIP for w in body.lower().replace(",", " ").split()):
        # another absolute on another verb ("Never on time, never prepared."): count the whole thing
        return SentenceRewrite("Count it over a period", f"{_cap(who)} [did what] [N] times between [date] and [date].")
    if a.subject is None:
        body = f"{who} " + body[:1].lower() + body[1:]
    if cut <= last:
        return SentenceRewrite("Count it over a period", _cap(body) + _end(sent))
    return SentenceRewrite("Count it over a period", _cap(body) + " [N] times in [period].")


def _vague_target(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    # the checkable part ends the request's own clause, never a "because" or "if" clause after it
    tail = " by [date], specifically [what exactly], measured by [how you will check it]"
    sent = a.sent
    last = max((t.i for t in sent if not t.is_space), default=sent.end - 1)
    if sent.doc[last].is_punct:
        last -= 1
    cut = clause_end(a.predicate, last)
    if cut > last or cut <= sent.start:
        return SentenceRewrite("Make it checkable", _body(sent) + tail + ".")
    before = text_of(sent.doc[sent.start:cut]).rstrip(",;: ")
    after = text_of(sent.doc[cut:last + 1]).lstrip(",;: ")
    return SentenceRewrite("Make it checkable", f"{before}{tail}, {after}{_end(sent)}")


def _vague_evaluation(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    # the writer's words stay (praise stays praise); the instance makes them checkable
    sent = a.sent
    if opens_with_prompt(sent):  # several findings, the first now a prompt for what the person did: the instance
        body = _body(sent)
        if sent[0].pos_ == "PRON" and sent[0].text != "I":
            body = body[:1].lower() + body[1:]
        return SentenceRewrite("Name the instance and its impact", f"On [date], {body}, which [impact].")
    return SentenceRewrite("Name the instance and its impact", _body(a.sent) + " (for example, [what happened] on [date], which [impact]).")


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
    comparison = span[0].lower_ in ("unlike", "compared", "comparison", "like", "than", "next")
    if comparison and not before and after and after[0].is_punct and any(t.pos_ == "VERB" for t in after) and len(after) >= 4:
        return SentenceRewrite("Drop the comparison", _cap(counted(after)) + _end(sent))
    who = subject_phrase(a) if a.subject_kind == "person" else "[name]"
    facts = kept_facts(a, who) if a.subject_kind == "person" else "; ".join(plain_clauses(a))
    lead = f"{_cap(facts)}; on [date]," if facts else "On [date],"
    comp = complement(a) if a.subject_kind == "person" else ""  # "pathetic about the handover notes"
    what = f"[what happened {comp}]" if comp else "[what happened]"
    return SentenceRewrite("State the facts without contempt",
                           f"{lead} {who} {what}, and [its effect]; next time, [what you need].")


def _coded(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    who = subject_phrase(a)
    return SentenceRewrite("Describe what was said or done",
                           _prompt(a, who, "what {who} said or did", ", and [its effect]."))


def _intent(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    who = subject_phrase(a)
    return SentenceRewrite("Describe the behavior and ask",
                           _prompt(a, who, "what {who} did", ". What got in the way?"))


def _sensitive(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    return SentenceRewrite("Remove this personal detail; raise it privately (with HR where appropriate)", "",
                           Applicability.SAFE)


STRATEGIES: dict[Category, Callable[[Analysis, tuple[str, ...]], SentenceRewrite]] = {
    Category.CHARACTER_JUDGMENT: _character,
    Category.ABSOLUTE: _absolute,
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
    return out

