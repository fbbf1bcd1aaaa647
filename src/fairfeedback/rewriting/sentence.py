"""What a flagged sentence says besides its flagged words: the clauses and objects the
writer gave, which a rewrite keeps ("Jordan leaves the handover notes for someone else; on
[date], ..."), and where a count or a deadline may go."""

from __future__ import annotations

import re

from ..context.analysis import Analysis
from ..matching.component import SPAN_KEY
from .blamed import blamed
from .bracketed import with_prompts
from .coordination import reports
from .others import judged_within, report_verb
from .flagged import render, runs
from .selflabel import self_label
from .tails import complement, reason_start
from .alternative import alternative_start, comparison

__all__ = ["ABSOLUTE_STRIP", "CHECKABLE", "INSTANCE", "MAX_CLAUSE_TOKENS", "clause_end", "counted", "flagged_tokens",
           "kept_facts", "observed_clauses", "plain_clauses", "text_of"]

#: frequency words a rewrite drops (or counts: "never updates" -> "did not update ... [N] times")
ABSOLUTE_STRIP = {"always", "never", "constantly", "consistently", "continually", "continuously",
                  "perpetually", "forever", "invariably", "repeatedly", "routinely", "endlessly", "persistently",
                  "habitually", "regularly"}


#: what makes a request checkable, at the end of the request's own clause (``clause_end``)
CHECKABLE = " by [date], specifically [what exactly], measured by [how you will check it]"
#: the instance a vague evaluation is asked for, after the words it keeps
INSTANCE = " (for example, [what happened] on [date], which [impact])"

#: code prefix of the vague-evaluation rules (the rule schema ties each code's digit to its category)
_VAGUE_EVALUATION = "FF3"
#: words that join a clause to the one before ("However, ..."): not kept at the start of an observed clause
_CONNECTIVES = {"however", "additionally", "also", "moreover", "furthermore", "yet", "thus", "still",
                "unfortunately", "then", "so", "but", "and"}

#: pronouns that point back at what the clause before said ("... and brings | that | to his tasks")
_DEMONSTRATIVES = {"that", "this", "these", "those"}

#: sentences longer than this (in tokens) are not taken apart clause by clause: the rewrite stays bounded
MAX_CLAUSE_TOKENS = 80


def text_of(tokens) -> str:  # noqa: ANN001
    """The tokens' text, with the words several findings flag as their prompts (``flagged.render``)."""
    return render(list(tokens))


def _reworded(a: Analysis) -> set[int]:
    """Tokens of the runs of other findings that the shared rewrite rewords (``flagged.render``)."""
    return {i for i, (start, end, _) in runs(a.sent.doc).items() if not (start < a.span.end and a.span.start < end)}


def flagged_tokens(a: Analysis, *, vague: bool = False) -> set[int]:
    """Tokens of the sentence that other findings flag (an always/never aside: rewrites drop it), but
    not a vague evaluation: "Sam is a very able analyst" stays beside the rewrite of "but is unlikely
    to improve", so a mixed sentence keeps its praise (rule codes carry their category: FF3xx)."""
    out: set[int] = set()
    for sp in a.sent.doc.spans.get(SPAN_KEY, []):
        # not a learned rule's whole sentence around this finding: it points at no words
        around = sp.start <= a.span.start and a.span.end <= sp.end
        if a.sent.start <= sp.start < a.sent.end and not around and (vague or not sp.label_.startswith(_VAGUE_EVALUATION)) \
                and not all(t.lower_ in ABSOLUTE_STRIP for t in sp):
            out.update(range(sp.start, sp.end))
    return out


def observed_clauses(a: Analysis) -> list[str]:
    """Clauses joined to the judgment that report what the person did ("... and leaves the
    handover notes for someone else"), without their frequency words: kept in the rewrite."""
    out: list[str] = []
    if a.subject_kind not in ("person", "fragment") or len(a.sent) > MAX_CLAUSE_TOKENS:
        return out  # the clauses would be said of something else; or a run-on too long to take apart
    # words another finding flags stay out (but an always/never, which is dropped below)
    flagged = flagged_tokens(a)
    top = a.anchor
    while top.dep_ in ("xcomp", "acomp", "attr", "dobj", "amod", "advmod", "prep", "pobj", "neg", "aux", "conj") \
            and top.head is not top:
        top = top.head
    heads = [top, *(t for t in top.subtree if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))]
    for c in heads:
        if c.pos_ not in ("VERB", "AUX") or c is not top and c.tag_ in ("VBG", "VBN") and not any(
                x.dep_ in ("aux", "auxpass") for x in c.children):
            continue  # (not a participle: "has trouble learning and | adapting to new tools" is no clause)
        # without the other clauses, also those hung lower ("keeps the desk running well enough to avoid
        # trouble | but shows little interest", parsed as a conjunct of "avoid")
        inner = {t.i for k in heads if k is not c and c.left_edge.i <= k.i <= c.right_edge.i
                 and c.is_ancestor(k) for t in k.subtree}
        subj = {x.i for k in c.children if k.dep_ in ("nsubj", "nsubjpass") for x in k.subtree}  # "T. | Lindqvist"
        toks = [t for t in c.subtree if t.i not in inner and t.i not in subj
                and not (t.dep_ in ("cc", "punct") and t.head.i == c.i)]
        while toks and (toks[-1].dep_ == "cc" or toks[-1].is_punct):
            toks = toks[:-1]
        if not toks or self_label(c) or any(a.span.start <= t.i < a.span.end or t.i in flagged for t in toks) \
                or any(x.dep_ in ("nsubj", "nsubjpass", "expl") and (c is not top or a.subject is None or x.i != a.subject.i)
                       for x in c.children):
            continue
        while toks and (toks[0].lower_ in _CONNECTIVES or toks[0].is_punct or _complementizer(toks[0])):
            toks = toks[1:]  # (nor the "that" of "My worry is | that she ...": the clause stands on its own now)
        if toks and toks[0].tag_ == "WRB" and toks[0].head.i == c.i:
            continue  # a place or time of the judgment, no clause of its own ("happy | where she is")
        words = [t for t in toks if not t.is_punct or t.text in ("'", "-")]
        if words and words[-1].dep_ == "prep" and not any(True for _ in words[-1].children):
            continue  # its object is another clause's ("signs up for | or tries to dodge team chores")
        if sum(t.lower_ not in ABSOLUTE_STRIP for t in words) >= 2:
            # "never updates the notes" -> "did not update the notes [N] times ..."
            text = _pointing_back(words, counted(words))
            # a fragment's opening verb follows the name: "[Name] skips the retro"
            opens = words[0].i == a.sent.start and words[0].pos_ != "PROPN" and words[0].text != "I"
            out.append(text[:1].lower() + text[1:] if opens else text)
    return out


def _pointing_back(words: list, text: str) -> str:
    """A pronoun that pointed back at the judgment the rewrite takes out ("a sullen attitude | and brings
    that to his tasks") asks what it was instead: "brings [what exactly] to his tasks"."""
    for t in words:
        if t.lower_ in _DEMONSTRATIVES and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr") and t.tag_ != "WDT":
            nth = sum(w.lower_ == t.lower_ for w in words if w.i < t.i)
            hits = list(re.finditer(rf"\b{t.text}\b", text))
            if len(hits) > nth:
                text = text[:hits[nth].start()] + "[what exactly]" + text[hits[nth].end():]
    return text


def kept_facts(a: Analysis, who: str) -> str:
    """What the sentence says besides the flagged words: the clauses of other subjects no finding
    touches, then what the person was observed doing ("Her engagement has been poor; she ...")."""
    observed = observed_clauses(a) if a.subject_kind in ("person", "fragment") else []
    # a clause of the person's that observed_clauses already gives is not repeated
    plain = [c for c in plain_clauses(a) if not any(c.endswith(o) for o in observed)]
    return "; ".join([*plain, *([f"{who} {' and '.join(observed)}"] if observed else [])])



def clause_end(pred, last: int) -> int:  # noqa: ANN001
    """Where the predicate's own clause ends, before a clause of its own that follows it
    ("..., so nobody knows where things stand"), or before the purpose it serves ("| so that the team
    hears her ideas", "| in order to ..."): the count or the deadline goes there, not after that clause."""
    sent = pred.sent
    doc = pred.doc
    starts = [c.left_edge.i for c in sent if c.i > pred.i and not complement(c) and (
        (c.dep_ in ("advcl", "conj", "parataxis", "ccomp") and any(x.dep_ in ("nsubj", "nsubjpass", "mark", "expl")
                                                                    for x in c.children)
         # not the object clause of "I believe | ...", "made it clear | that ...": the predicate's own content
         # (a "that" after "so" or "in order" marks a purpose)
         and not ((c.dep_ == "ccomp" or any(x.dep_ == "mark" and x.lower_ == "that" and not _purpose(doc, x.i)
                                            for x in c.children))
                  and doc[c.left_edge.i - 1].text != "," and not _purpose(doc, c.left_edge.i)))
        or (c.dep_ == "relcl" and c.left_edge.i > sent.start and doc[c.left_edge.i - 1].text == ",")
        or _consequence(c)
        # a clause after a semicolon, also one with no subject ("Rushing; | slow down and ...")
        or c.dep_ in ("conj", "parataxis") and c.left_edge.i > sent.start and doc[c.left_edge.i - 1].text in (";", ":"))]
    starts += [t.i for t in sent if t.i > pred.i and (reason_start(t) or alternative_start(t, pred))]  # "| given ..."
    starts += [t.i for t in sent if t.i > pred.i and t.lower_ == "order" and t.i + 1 < sent.end
               and t.nbor().lower_ in ("to", "that") and t.nbor(-1).lower_ == "in"]  # "in order | to ..."
    if pred.right_edge.i < last:
        starts.append(pred.right_edge.i + 1)  # the predicate's clause is inside another ("..., so nobody knows")
    if not starts:
        return last + 1
    cut = min(starts)
    while cut - 1 > pred.i and (doc[cut - 1].is_punct or doc[cut - 1].dep_ in ("cc", "mark") or _purpose(doc, cut)):
        cut -= 1  # (with the "so" or "in order" that joins the clause: "more | so the team hears ...")
    return cut


#: auxiliaries that put a relative clause after the request ("which | will | help the crew")
_MODALS = {"will", "would", "'ll", "wo"}
#: verbs of a relative "which" that stands for the whole clause before it ("which | means ...", "which | is why ...")
_SENTENTIAL = {"mean", "lead", "result", "cause"}


def _consequence(c) -> bool:  # noqa: ANN001
    """A relative clause without a comma that says what the clause before it would bring or cost, not
    which thing it is about ("... in core areas | without which the year will be hard", "... her
    planning | which will help the crew", "| which is why the launch slipped"): a clause of its own,
    like one after a comma. A "that" or "who" clause, or a plain "which" one, picks out its noun
    ("the reports | that she sends", "the shifts | in which she covered for others") and stays with it."""
    if c.dep_ not in ("relcl", "ccomp", "advcl"):  # (a "which is why" is parsed as an object clause)
        return False
    wh = c.left_edge
    if wh.lower_ == "without" and wh.i + 1 < len(wh.doc) and wh.nbor().lower_ == "which":
        return True  # "without which ...": what the request's absence would cost
    # the relative "which" as the clause's subject, of a verb that says what would follow ("which will help")
    return wh.lower_ == "which" and wh.dep_ == "nsubj" and wh.head.i == c.i and (
        any(x.dep_ == "aux" and x.lower_ in _MODALS for x in c.children) or c.lemma_ in _SENTENTIAL
        or any(x.lower_ == "why" for x in c.subtree))


def _purpose(doc, i: int) -> bool:
    """Whether the words before token ``i`` join a purpose or a result to the clause before ("so | that ...",
    "so | the team hears ...", "in order | to ...", "in | order to")."""
    before = doc[i - 1].lower_ if i > 0 else ""
    return before == "so" or before == "order" and i > 1 and doc[i - 2].lower_ == "in" \
        or before == "in" and doc[i].lower_ == "order"


def plain_clauses(a: Analysis) -> list[str]:
    """The clauses of the sentence no finding touches ("She skipped the canary step, and the
    rollback plan was pathetic" -> "She skipped the canary step"), joined."""
    sent = a.sent
    if len(sent) > MAX_CLAUSE_TOKENS:
        return ""
    flagged = blamed(a, flagged_tokens(a))  # (a learned finding's whole sentence: the clauses it blames)
    flagged -= reports(sent)  # (but others' report of the person: "his customers love him" stays)
    heads = [t for t in sent if (t.dep_ in ("ROOT", "conj") or _fact_clause(t) or _beside(t)) and t.pos_ in ("VERB", "AUX")
             and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]
    kept = []
    for h in heads:
        # without its own conjuncts and the reasons or concessions hung on it, which are clauses of their own
        inner = {t.i for k in h.children if (k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") or _fact_clause(k))
                 and k in heads or _beside(k) for t in k.subtree} | judged_within(h)  # ("..., his customers love him")
        toks = [t for t in h.subtree if t.i not in inner and not (t.dep_ in ("cc", "punct") and t.head.i == h.i)]
        # "I find ... and | that his output is his limit": the clause stands on its own, without its "that"
        toks = [t for t in toks if not (t.head.i == h.i and _complementizer(t))]
        if _fact_clause(h):  # "because she skips the standups" -> "she skips the standups"
            toks = [t for t in toks if not (t.head.i == h.i and (t.dep_ == "mark" or t.lower_ == "even"
                                                                  and t.i + 1 < len(t.doc) and t.nbor().dep_ == "mark"))]
        if len(toks) >= 3 and not any(t.i in flagged for t in toks) and not self_label(h):  # ("is what she is")
            kept.append((toks[0].i, counted(toks)))
    return [text for _, text in sorted(kept)]


#: conjunctions of an adverbial clause that states a fact ("because she skips the standups",
#: "although he ships the release notes on time"), which a rewrite keeps as a clause of its own
_FACT_MARKS = {"because", "since", "although", "though", "while", "whereas", "as"}


def _complementizer(t) -> bool:
    """The "that" that only introduces a clause ("My worry is | that she ..."), which a clause kept on its own drops."""
    return t.lower_ == "that" and t.dep_ == "mark"


def _beside(t) -> bool:  # noqa: ANN001
    """A clause the parser hung on another across a semicolon ("she has been reluctant ...; she
    swapped out of four weeks"): a clause of its own."""
    doc = t.doc
    return t.dep_ in ("ccomp", "parataxis") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and (
        t.right_edge.i + 1 < len(doc) and doc[t.right_edge.i + 1].text in (";", ":")
        or t.left_edge.i > 0 and doc[t.left_edge.i - 1].text in (";", ":") or report_verb(t))  # ("| his clients love him, ...")


def _fact_clause(t) -> bool:  # noqa: ANN001
    """An adverbial clause with its own subject that states a fact (not "if", "unless", "when")."""
    return t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _FACT_MARKS for c in t.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and not comparison(t)  # ("as much | as we like")


def counted(tokens: list) -> str:
    """A clause with its always/never words turned into a count ("you never finish your reports
    on time" -> "you did not finish your reports on time [N] times in [period]")."""
    tokens = with_prompts(tokens)  # the package's own prompts kept stay whole ("(for example, [what happened] ...)")
    out: list[str] = []
    counted = False
    skip = -1
    at = runs(tokens[0].doc) if tokens else {}
    done: set[int] = set()
    skipped: set[int] = set()
    for k, t in enumerate(tokens):
        if t.i == skip or t.i in skipped:
            continue
        if k and t.i > tokens[k - 1].i + 1 and out and not out[-1].endswith((" ", "\n")) and not t.is_punct:
            # words were left out between them ("Look, | Greg"): not "LookGreg"
            gap = t.doc[tokens[k - 1].i + 1: t.i]
            out.append(", " if any(g.text in (",", ";") for g in gap) else " ")
        if t.i in at:  # words another finding of the sentence flags: their prompt, once
            start, end, text = at[t.i]
            if start not in done:
                done.add(start)
                out.append(text + (t.doc[end - 1].whitespace_ if text else ""))
            continue
        # "never (really) listens" -> "did not (really) listen"
        j = k + 1
        while j < len(tokens) and tokens[j].pos_ == "ADV" and tokens[j].dep_ == "advmod" \
                and tokens[j].lower_ not in ABSOLUTE_STRIP | {"once", "ever", "yet"} and not (k and tokens[k - 1].pos_ == "AUX"):
            j += 1  # (not "never once", an absolute of its own; nor after "has": "has never really ...")
        if t.lower_ == "never" and j < len(tokens) and tokens[j].pos_ in ("VERB", "AUX") and tokens[j].i - t.i == j - k:
            nxt, between = tokens[j], "".join(x.text + x.whitespace_ for x in tokens[k + 1:j])
            if k and out and tokens[k - 1].lemma_ == "do" and tokens[k - 1].head.i == nxt.i:
                out.pop()  # "does | never update" -> "did not update", not "does did not update"
            out.append(("was not " + between if nxt.lemma_ == "be" else f"did not {between}{nxt.lemma_}") + nxt.whitespace_)
            skip, counted = nxt.i, True
            skipped.update(x.i for x in tokens[k + 1:j])
            continue
        if t.lower_ in ("anything", "everything", "nothing") and counted:
            out.append("[what]" + t.whitespace_)  # "never finishes anything" -> "did not finish [what]"
            continue
        if t.lower_ in ABSOLUTE_STRIP:
            counted = True
            if t.lower_ == "never":  # "is never on time" -> "is not on time [N] times"
                out.append("not" + t.whitespace_)
            continue
        out.append(t.text + t.whitespace_)
    text = "".join(out).strip().strip(",;:").strip()
    return text + (" [N] times in [period]" if counted else "")
