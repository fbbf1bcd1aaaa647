"""One rewrite strategy per category: the flagged sentence, rewritten from its
parse so it keeps the subject and agreement, with ``[placeholders]`` wherever
only the writer knows the fact."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from ..context.analysis import Analysis
from ..matching.component import SPAN_KEY
from ..models import Applicability, Category
from .inflect import be_past, past

__all__ = ["PRIORITY", "SentenceRewrite", "rewrite_sentence"]

#: When a sentence has findings of several categories, the first here decides its rewrite.
PRIORITY = [Category.SENSITIVE_DISCLOSURE, Category.SHAMING, Category.CHARACTER_JUDGMENT,
            Category.CODED_LANGUAGE, Category.INTENT_ATTRIBUTION, Category.ABSOLUTE,
            Category.VAGUE_EVALUATION, Category.VAGUE_TARGET]

_NOMINATIVE = {"him": "he", "her": "she", "them": "they", "me": "I", "us": "we",
               "his": "he", "their": "they", "your": "you", "my": "I", "our": "we"}
_ABSOLUTE_STRIP = {"always", "never", "constantly", "consistently", "continually", "continuously",
                   "perpetually", "forever", "invariably", "repeatedly", "routinely", "endlessly", "persistently",
                   "habitually", "regularly"}


class SentenceRewrite:
    """The replacement for a whole sentence, with its title and applicability."""

    def __init__(self, title: str, text: str, applicability: Applicability | None = None) -> None:
        self.title = title
        self.text = text
        self.applicability = applicability or (
            Applicability.NEEDS_INPUT if "[" in text else Applicability.SAFE)


def subject_phrase(a: Analysis) -> str:
    """How to name the person the sentence is about: 'you', 'she', 'Alex', 'the new hire', '[name]'."""
    subj = a.subject if a.subject_kind == "person" else None
    owner = None if a.subject is None else next(
        (c for c in a.subject.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ in _NOMINATIVE
                                                                 or c.lower_ in ("his", "her", "their", "your"))), None)
    if subj is None and owner is not None:
        subj = a.subject  # "his work ethic is questionable": the rewrite is about him
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
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ in ("PRON", "PROPN")), None)
    if owner is not None:  # "her attitude is poor": the rewrite is about her
        return _NOMINATIVE.get(owner.lower_, owner.lower_) if owner.pos_ == "PRON" else owner.text.removesuffix("'s")
    det = next((c for c in subj.children if c.dep_ in ("det", "poss")), None)
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
    return sent.text.rstrip().rstrip(".!?;:").rstrip()


def _text(tokens) -> str:  # noqa: ANN001
    return "".join(t.text + t.whitespace_ for t in tokens).strip()


def _complement(a: Analysis) -> str:
    """What the flagged words are about, to keep in the prompt: "lazy about documentation",
    "rude to customers", "doesn't care about the team" -> "about documentation", ..."""
    head = a.span.root
    doc = a.sent.doc
    if a.learned:  # a learned rule's clause: the phrases its verb governs ("does not work well | with others")
        comps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPOSITIONS
                 and head.pos_ == "VERB" and c.right_edge.i < a.span.end
                 and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children)]
        return " ".join(doc[c.left_edge.i: c.right_edge.i + 1].text for c in comps
                        if not any(t.i in _flagged(a, vague=True) for t in c.subtree))
    # after the judged words, or the preposition of a judged adjective whose object follows
    # ("is hopeless about | the notes"; not "thinks it's beneath | him", where the object is the judgment)
    comps = [c for t in a.span for c in t.children
             if c.dep_ in ("prep", "dative", "acl", "xcomp") and c.right_edge.i >= a.span.end
             and (c.i >= a.span.end or (c.dep_ == "prep" and c.head.pos_ in ("ADJ", "ADV")))]
    comps = [c for c in comps if not any(o is not c and o.left_edge.i <= c.i <= o.right_edge.i for o in comps)]
    if not comps and head.dep_ in ("acomp", "attr", "dobj", "advmod"):
        if head.head.dep_ == "prep" and head.head.i >= a.span.end:
            comps = [head.head]  # "curmudgeonly about the notes", parsed as a modifier of "about"
        else:
            comps = [c for c in head.head.children if c.dep_ == "prep" and c.i >= a.span.end]
    # the judged words stay out ("curmudgeonly about the notes"), the preposition that carries the object stays
    flagged = _flagged(a, vague=True)
    comps = [c for c in comps if not any(t.i in flagged for t in c.subtree)]  # another finding's words stay out
    return " ".join(_text([t for t in doc[c.left_edge.i: c.right_edge.i + 1]
                           if t.i == c.i or not a.span.start <= t.i < a.span.end]) for c in comps)


#: code prefix of the vague-evaluation rules (the rule schema ties each code's digit to its category)
_VAGUE_EVALUATION = "FF3"
#: prepositions that name who or what a learned clause's verb acted on ("does not get along | with her coworkers")
_OBJECT_PREPOSITIONS = {"with", "on", "about", "to", "toward", "towards", "during"}
#: words that join a clause to the one before ("However, ..."): not kept at the start of an observed clause
_CONNECTIVES = {"however", "additionally", "also", "moreover", "furthermore", "yet", "thus", "still",
                "unfortunately", "then", "so", "but", "and"}

#: sentences longer than this (in tokens) are not taken apart clause by clause: the rewrite stays bounded
MAX_CLAUSE_TOKENS = 80


def _flagged(a: Analysis, *, vague: bool = False) -> set[int]:
    """Tokens of the sentence that other findings flag (an always/never aside: rewrites drop it), but
    not a vague evaluation: "Sam is a very able analyst" stays beside the rewrite of "but is unlikely
    to improve", so a mixed sentence keeps its praise (rule codes carry their category: FF3xx)."""
    out: set[int] = set()
    for sp in a.sent.doc.spans.get(SPAN_KEY, []):
        # not a learned rule's whole sentence around this finding: it points at no words
        around = sp.start <= a.span.start and a.span.end <= sp.end
        if a.sent.start <= sp.start < a.sent.end and not around and (vague or not sp.label_.startswith(_VAGUE_EVALUATION)) \
                and not all(t.lower_ in _ABSOLUTE_STRIP for t in sp):
            out.update(range(sp.start, sp.end))
    return out


def _observed(a: Analysis) -> list[str]:
    """Clauses joined to the judgment that report what the person did ("... and leaves the
    handover notes for someone else"), without their frequency words: kept in the rewrite."""
    out: list[str] = []
    if a.subject_kind not in ("person", "fragment") or len(a.sent) > MAX_CLAUSE_TOKENS:
        return out  # the clauses would be said of something else; or a run-on too long to take apart
    # words another finding flags stay out (but an always/never, which is dropped below)
    flagged = _flagged(a)
    top = a.anchor
    while top.dep_ in ("xcomp", "acomp", "attr", "dobj", "amod", "advmod", "prep", "pobj", "neg", "aux", "conj") \
            and top.head is not top:
        top = top.head
    heads = [top, *(t for t in top.subtree if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))]
    for c in heads:
        if c.pos_ not in ("VERB", "AUX"):
            continue
        # without the other clauses, also those hung lower ("does his job well enough to not cause
        # issue | but lacks enthusiasm", parsed as a conjunct of "cause")
        inner = {t.i for k in heads if k is not c and c.left_edge.i <= k.i <= c.right_edge.i
                 and c.is_ancestor(k) for t in k.subtree}
        toks = [t for t in c.subtree if t.i not in inner and not (t.dep_ in ("nsubj", "nsubjpass") and t.head.i == c.i)
                and not (t.dep_ in ("cc", "punct") and t.head.i == c.i)]
        while toks and (toks[-1].dep_ == "cc" or toks[-1].is_punct):
            toks = toks[:-1]
        if not toks or any(a.span.start <= t.i < a.span.end or t.i in flagged for t in toks) \
                or any(x.dep_ in ("nsubj", "nsubjpass", "expl") and (c is not top or a.subject is None or x.i != a.subject.i)
                       for x in c.children):
            continue
        while toks and (toks[0].lower_ in _CONNECTIVES or toks[0].is_punct):
            toks = toks[1:]
        words = [t for t in toks if not t.is_punct or t.text in ("'", "-")]
        if sum(t.lower_ not in _ABSOLUTE_STRIP for t in words) >= 2:
            out.append(_counted(words))  # "never updates the notes" -> "did not update the notes [N] times ..."
    return out


def _prompt(a: Analysis, who: str, what: str, end: str) -> str:
    """"On [date], Jordan [what Jordan did about documentation], which [impact].", after the
    sentence's observed clauses ("Jordan leaves the handover notes for someone else; on [date], ..."),
    so the writer's facts stay."""
    comp = _complement(a)
    name = "they" if who == "[name]" else who
    slot = f"[{what.format(who=name)}{' ' + comp if comp else ''}]"
    facts = _facts(a, who)  # the facts the writer gave first, then the prompt for the judged part
    return f"{_cap(facts)}; on [date], {who} {slot}{end}" if facts else f"On [date], {who} {slot}{end}"


def _facts(a: Analysis, who: str) -> str:
    """What the sentence says besides the flagged words: the clauses of other subjects no finding
    touches, then what the person was observed doing ("Her engagement has been poor; she ...")."""
    observed = _observed(a) if a.subject_kind in ("person", "fragment") else []
    # a clause of the person's that _observed already gives is not repeated
    plain = [c for c in _plain_clauses(a) if not any(c.endswith(o) for o in observed)]
    return "; ".join([*plain, *([f"{who} {' and '.join(observed)}"] if observed else [])])


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
        rest = " ".join(t.text for t in sent if t.i not in strip and not t.is_punct and t.lower_ not in _ABSOLUTE_STRIP)
        if rest:
            return SentenceRewrite("Count it over a period", f"{_cap(who)} was {rest.lower()} [N] times in [period].")
    if pred.pos_ not in ("VERB", "AUX") or span.text.lower() in ("nothing", "everything") or \
            any(t.lower_ == "forever" for t in span):  # "takes forever to sign off": no verb to count
        return SentenceRewrite("Count it over a period", f"{_cap(who)} [did what] [N] times between [date] and [date].")
    # Strip the match when it is an adverbial ("all the time"), else only its
    # frequency words; and the frequency adverbs on the same verb ("repeatedly and
    # consistently ignores"), not those of another clause.
    absolutes = [t.i for t in sent if t.lower_ in _ABSOLUTE_STRIP]
    if len(absolutes) >= 2 and any(b - a > 2 for a, b in zip(absolutes, absolutes[1:])):
        # several absolutes on several verbs ("Never on time, never prepared."): count the whole thing
        return SentenceRewrite("Count it over a period", f"{_cap(who)} [did what] [N] times between [date] and [date].")
    own = {t.i for t in span if t.lower_ in _ABSOLUTE_STRIP}
    if own and len(span) > 1:
        strip = own  # "never on time": drop "never", keep "on time"
    elif span.root.dep_ not in ("advmod", "npadvmod", "neg", "prep", "pobj", "advcl", "dobj") and len(span) > 1:
        strip = own
        if not strip or any(t.lower_ in ("nothing", "everything", "every", "each", "ever") for t in span):
            return SentenceRewrite("Count it over a period", f"{_cap(who)} [did what] [N] times between [date] and [date].")
    strip = set(strip)
    for t in sent:
        if t.lower_ in _ABSOLUTE_STRIP and (t.head.i == pred.i or t.head.i in strip):
            strip.add(t.i)
    for t in sent:
        if t.dep_ == "cc" and t.head.i in strip and t.head.lower_ in _ABSOLUTE_STRIP:
            strip.add(t.i)
    negate = any(sent.doc[i].lower_ == "never" for i in strip) or span.text.lower().startswith("not ")
    last = max((t.i for t in sent if not t.is_space), default=sent.end - 1)
    cut = _clause_end(pred, last)
    parts: list[str] = []
    replaced = False
    for t in sent:
        if t.i == cut and parts:
            parts[-1] = parts[-1].rstrip() + " [N] times in [period]" + ("" if t.is_punct else " ")
        if t.i in strip:
            continue
        if t.i > last or (t.is_punct and t.i == last):
            continue
        word = t.text
        if t.i == pred.i and not replaced:
            replaced = True
            if pred.lemma_ == "be":
                word = be_past(who) + (" not" if negate else "")
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
    if any(w in _ABSOLUTE_STRIP for w in body.lower().replace(",", " ").split()):
        # another absolute on another verb ("Never on time, never prepared."): count the whole thing
        return SentenceRewrite("Count it over a period", f"{_cap(who)} [did what] [N] times between [date] and [date].")
    if a.subject is None:
        body = f"{who} " + body[:1].lower() + body[1:]
    if cut <= last:
        return SentenceRewrite("Count it over a period", _cap(body) + _end(sent))
    return SentenceRewrite("Count it over a period", _cap(body) + " [N] times in [period].")


def _clause_end(pred, last: int) -> int:  # noqa: ANN001
    """Where the predicate's own clause ends, before a clause of its own that follows it
    ("..., so nobody knows where things stand"): the count goes there, not after that clause."""
    sent = pred.sent
    starts = [c.left_edge.i for c in sent if c.i > pred.i and (
        (c.dep_ in ("advcl", "conj", "parataxis", "ccomp") and any(x.dep_ in ("nsubj", "nsubjpass", "mark", "expl")
                                                                    for x in c.children)
         # not the object clause of "I believe | ...", "made it clear | that ...": the predicate's own content
         and not ((c.dep_ == "ccomp" or any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children))
                  and pred.doc[c.left_edge.i - 1].text != ","))
        or (c.dep_ == "relcl" and c.left_edge.i > sent.start and pred.doc[c.left_edge.i - 1].text == ","))]
    if pred.right_edge.i < last:
        starts.append(pred.right_edge.i + 1)  # the predicate's clause is inside another ("..., so nobody knows")
    if not starts:
        return last + 1
    cut = min(starts)
    doc = pred.doc
    while cut - 1 > pred.i and (doc[cut - 1].is_punct or doc[cut - 1].dep_ in ("cc", "mark")):
        cut -= 1
    return cut


def _vague_target(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    # the checkable part ends the request's own clause, never a "because" or "if" clause after it
    tail = " by [date], specifically [what exactly], measured by [how you will check it]"
    sent = a.sent
    last = max((t.i for t in sent if not t.is_space), default=sent.end - 1)
    if sent.doc[last].is_punct:
        last -= 1
    cut = _clause_end(a.predicate, last)
    if cut > last or cut <= sent.start:
        return SentenceRewrite("Make it checkable", _body(sent) + tail + ".")
    before = _text(sent.doc[sent.start:cut]).rstrip(",;: ")
    after = _text(sent.doc[cut:last + 1]).lstrip(",;: ")
    return SentenceRewrite("Make it checkable", f"{before}{tail}, {after}{_end(sent)}")


def _vague_evaluation(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    # the writer's words stay (praise stays praise); the instance makes them checkable
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
        return SentenceRewrite("Drop the comparison", _cap(_counted(after)) + _end(sent))
    who = subject_phrase(a) if a.subject_kind == "person" else "[name]"
    facts = _facts(a, who) if a.subject_kind == "person" else "; ".join(_plain_clauses(a))
    lead = f"{_cap(facts)}; on [date]," if facts else "On [date],"
    comp = _complement(a) if a.subject_kind == "person" else ""  # "pathetic about the handover notes"
    what = f"[what happened {comp}]" if comp else "[what happened]"
    return SentenceRewrite("State the facts without contempt",
                           f"{lead} {who} {what}, and [its effect]; next time, [what you need].")


def _plain_clauses(a: Analysis) -> list[str]:
    """The clauses of the sentence no finding touches ("She skipped the canary step, and the
    rollback plan was pathetic" -> "She skipped the canary step"), joined."""
    doc, sent = a.sent.doc, a.sent
    if len(sent) > MAX_CLAUSE_TOKENS:
        return ""
    flagged = _flagged(a) | set(range(a.span.start, a.span.end))
    heads = [t for t in sent if (t.dep_ == "ROOT" or t.dep_ == "conj") and t.pos_ in ("VERB", "AUX")
             and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]
    kept = []
    for h in heads:
        inner = {t.i for k in h.children if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") for t in k.subtree}
        toks = [t for t in h.subtree if t.i not in inner and not (t.dep_ in ("cc", "punct") and t.head.i == h.i)]
        if len(toks) >= 3 and not any(t.i in flagged for t in toks):
            kept.append(_counted(toks))
    return kept


def _counted(tokens: list) -> str:
    """A clause with its always/never words turned into a count ("you never finish your reports
    on time" -> "you did not finish your reports on time [N] times in [period]")."""
    out: list[str] = []
    counted = False
    skip = -1
    for k, t in enumerate(tokens):
        if t.i == skip:
            continue
        if t.lower_ == "never" and k + 1 < len(tokens) and tokens[k + 1].pos_ in ("VERB", "AUX"):
            nxt = tokens[k + 1]
            out.append(("was not " if nxt.lemma_ == "be" else f"did not {nxt.lemma_}") + nxt.whitespace_)
            skip, counted = nxt.i, True
            continue
        if t.lower_ in ("anything", "everything", "nothing") and counted:
            out.append("[what]" + t.whitespace_)  # "never finishes anything" -> "did not finish [what]"
            continue
        if t.lower_ in _ABSOLUTE_STRIP:
            counted = True
            if t.lower_ == "never":  # "is never on time" -> "is not on time [N] times"
                out.append("not" + t.whitespace_)
            continue
        out.append(t.text + t.whitespace_)
    text = "".join(out).strip().strip(",;:").strip()
    return text + (" [N] times in [period]" if counted else "")


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
    try:
        out = fn(a, behaviors)
    except (IndexError, AttributeError, ValueError):
        return None
    # Capitalise a rewrite that starts the sentence.
    if out.text:
        out.text = _cap(out.text)
    return out

