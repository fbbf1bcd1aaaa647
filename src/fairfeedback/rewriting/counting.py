"""The absolute strategy: an always/never claim becomes a count over a period, with the rest of
the sentence as the writer wrote it ("You always interrupt people in standup" -> "You interrupted
people in standup [N] times in [period]")."""

from __future__ import annotations

from ..context.analysis import Analysis
from .endmark import end_mark
from .existential import existential
from .flagged import emit, runs
from .inflect import be_past, past, shares_tense
from .repeated import repetition
from .resulted import such_that
from .spliced import with_other_clauses
from .lacked import lacking_thing
from .partitive import partitive, result_clause
from .naming import SentenceRewrite, _cap, _end, subject_phrase
from .sentence import ABSOLUTE_STRIP, CHECKABLE, clause_end
from .subjected import counted_subject

__all__ = ["absolute"]

#: frequency adjectives on a noun the writer named ("needs constant | coaching"): the adjective goes, the noun stays
_ADJECTIVES = {"constant", "continual", "continuous", "perpetual", "endless", "incessant", "nonstop", "relentless"}


def absolute(a: Analysis, behaviors: tuple[str, ...]) -> SentenceRewrite:
    who = subject_phrase(a)
    if (there := existential(a)) is not None:  # "... and there hasn't been any progress" (``existential``)
        return there
    sent, span = a.sent, a.span
    strip = set(range(span.start, span.end))
    root = span.root
    pred = root.head if root.dep_ in ("advmod", "neg", "npadvmod") and root.head.pos_ in ("VERB", "AUX") else a.predicate
    if root.dep_ == "dobj" and root.head.pos_ == "VERB" and root.head.dep_ == "conj" and any(
            t.lower_ in ("every", "each") for t in span):  # "..., and has ignored | every piece of advice": its own verb
        pred = root.head
    counted = partitive(a)  # "doesn't get any of his tickets closed" -> "closed [N] of his [M] tickets ..."
    if counted is not None or such_that(a):  # ("such a cheerful guy | that | ...": ``resulted``)
        counted = {**result_clause(a), **(counted or {})}  # ("such a cheerful guy ... | that |": ``partitive``)
        return SentenceRewrite("Count it over a period", such_that(a) or _cap(_render(a, counted, who)) + _end(sent))
    if pred.pos_ not in ("VERB", "AUX") and a.subject is None and pred.pos_ in ("ADJ", "ADV", "ADP"):
        rest = " ".join(t.text for t in sent if t.i not in strip and not t.is_punct and t.lower_ not in ABSOLUTE_STRIP)
        if rest:
            return SentenceRewrite("Count it over a period", f"{_cap(who)} was {rest.lower()} [N] times in [period].")
    if span.text.lower() in ("nothing", "everything") and root.dep_ in ("attr", "dobj", "pobj") and pred.pos_ in (
            "VERB", "AUX"):
        # "brings nothing useful to the retros": the rest stays, the claim asks which
        from .flagged import sentence_spans
        # (not a learned finding's whole sentence: it points at no words)
        words_ = [t.i for t in sent if not (t.is_punct or t.is_space)]
        cover = [sp for sp in sentence_spans(a) if sp.start <= span.start and span.end <= sp.end and not (
            words_ and sp.start <= words_[0] and words_[-1] < sp.end and len(sp) > len(span) + 3)] or [span]
        lacked = lacking_thing(root, pred)  # "there is nothing remarkable about X" -> "X lacks [...]" (``lacked``)
        if lacked is not None:
            return SentenceRewrite("Say which", with_other_clauses(a, _cap(_render(a, lacked, who)) + _end(sent),
                                                                   lambda o: absolute(o, behaviors).text))
        # (every quality of the coordination goes with it: no "or distinctive" left dangling)
        # (but what the quality was about stays: "nothing useful | to the retros")
        about = {x.i for c in root.children if c.dep_ == "amod" for p in c.children if p.dep_ == "prep"
                 and p.i > c.i for x in p.subtree}
        gone = {i for sp in cover for i in range(sp.start, sp.end)} | {
            x.i for c in root.children if c.dep_ == "amod" for x in c.subtree if x.i not in about}
        gone |= {x.i for c in root.children if c.dep_ == "relcl" for x in c.subtree}  # "everything | she touches"
        words = {i: "" for i in gone}
        words[min(gone)] = "[what exactly, shown where]"
        return SentenceRewrite("Say which", with_other_clauses(a, _cap(_render(a, words, who)) + _end(sent),
                                                               lambda o: absolute(o, behaviors).text))
    if pred.pos_ not in ("VERB", "AUX") or span.text.lower() in ("nothing", "everything") or \
            any(t.lower_ == "forever" for t in span):  # "takes forever to sign off": no verb to count
        # (a judged subject keeps what it was about and its predicate: "His constant complaining | wears ...")
        return SentenceRewrite("Count it over a period", counted_subject(a) or
                               f"{_cap(who)} [did what] [N] times between [date] and [date].")
    # Strip the match when it is an adverbial ("all the time"), else only its
    # frequency words; and the frequency adverbs on the same verb ("repeatedly and
    # consistently ignores"), not those of another clause.
    absolutes = [t.i for t in sent if t.lower_ in ABSOLUTE_STRIP]
    if len(absolutes) >= 2 and any(b - a > 2 for a, b in zip(absolutes, absolutes[1:])):
        # several absolutes on several verbs ("Never on time, never prepared."): count the whole thing
        return SentenceRewrite("Count it over a period", f"{_cap(who)} [did what] [N] times between [date] and [date].")
    own = {t.i for t in span if t.lower_ in ABSOLUTE_STRIP or t.lower_ in _ADJECTIVES and t.dep_ == "amod"
           and t.head.i in range(span.start, span.end) and t.head.pos_ == "NOUN"}  # ("constant | reminders": the noun stays)
    at = runs(sent.doc)
    if all(t.i in at or t.is_punct for t in span) and any(at[t.i][2] for t in span if t.i in at):
        # the words are inside another finding's words, which the rewrite rewords: that is the fix
        return SentenceRewrite("Say which", _cap(_render(a, {}, who)) + _end(sent))
    words = {} if own else _quantifiers(a, pred)
    if words and any(w.startswith("[") for w in words.values()):
        # "does not lead in | any area of the roadmap" -> "in [which area]": the instance is the fix, no count
        return SentenceRewrite("Say which", _cap(_render(a, words, who)) + _end(sent))
    swap: dict[int, str] = {}
    if words:  # "does not give any feedback", "doesn't answer the phone at all", "ignores every comment"
        swap = {i: w for i, w in words.items() if w}
        own = set(words) - set(swap)
        if any(sent.doc[i].lower_ in ("any", "at", "all", "whatsoever") for i in own):
            own |= {c.i for c in pred.children if c.dep_ == "neg" or c.dep_ == "aux" and c.lemma_ == "do"}
        strip = own
    elif own and len(span) > 1:
        strip = own  # "never on time": drop "never", keep "on time"
    elif span.root.dep_ not in ("advmod", "npadvmod", "neg", "prep", "pobj", "advcl", "dobj") and len(span) > 1:
        strip = own
        if not strip or any(t.lower_ in ("nothing", "everything", "every", "each", "ever") for t in span):
            return SentenceRewrite("Count it over a period", f"{_cap(who)} [did what] [N] times between [date] and [date].")
    strip = repetition(a) or set(strip)  # "the same slips | over and over again": the count replaces those only
    for t in sent:
        if t.lower_ in ABSOLUTE_STRIP and (t.head.i == pred.i or t.head.i in strip):
            strip.add(t.i)
    for t in sent:
        if t.dep_ == "cc" and t.head.i in strip and t.head.lower_ in ABSOLUTE_STRIP:
            strip.add(t.i)
    # (a "not" of the verb's, not of a comparison: "late more often than | not" is late)
    negate = any(sent.doc[i].lower_ == "never" or sent.doc[i].lower_ in ("not", "n't") and sent.doc[i].head.i == pred.i
                 for i in strip) or span.text.lower().startswith("not ")
    # "never once": one absolute, stripped whole
    strip |= {i + 1 for i in list(strip) if sent.doc[i].lower_ == "never" and i + 1 < sent.end
              and sent.doc[i + 1].lower_ in ("once", "ever")}
    # an auxiliary keeps the verb's form and takes the "not": "has never taken" -> "has not taken"
    helper = [c for c in pred.children if c.dep_ in ("aux", "auxpass") and c.i < pred.i and c.lemma_ != "do"
              and not (c.lemma_ == "be" and pred.tag_ == "VBG") and c.i not in strip and c.tag_ != "MD"]
    # a prediction ("will never finish") is counted as what happened: the modal goes
    modal = {c.i for c in pred.children if c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in ("will", "would", "'ll", "wo")}
    if modal:
        helper = []
    last = end_mark(sent)
    cut = clause_end(pred, last)
    # "never | really | listens" -> "did not really listen": the adverbs go after the "not"
    # (not "never once", an absolute of its own, nor after an auxiliary: "has never really ...")
    moved = [t for t in sent if negate and t.dep_ == "advmod" and t.head.i == pred.i and t.i < pred.i
             and t.i not in strip and t.lower_ not in ("once", "ever", "yet")
             and any(j in strip and j < t.i for j in range(sent.start, t.i))] \
        if pred.lemma_ != "be" and not any(c.dep_ in ("aux", "auxpass") for c in pred.children) else []
    # a count the writer gave ("7 of 12 by my count", "three times") is the count: no "[N] times" beside it;
    # an expectation has nothing yet to count: it is made checkable instead
    count = CHECKABLE if _expected(pred) else "" if _given_count(sent) else " [N] times in [period]"
    parts: list[str] = []
    replaced = False
    at, emitted = runs(sent.doc), set()
    order, asked = _statement(sent, pred, strip)
    strip |= asked
    for t in order:
        if t.i == cut <= last and parts:  # (not at a line break after the sentence: the count goes at its end)
            parts[-1] = parts[-1].rstrip() + count + ("" if t.is_punct else " ")
        if t.i in strip or t.i in modal or any(m.i == t.i for m in moved):
            continue
        if t.i in swap:
            parts.append(swap[t.i] + t.whitespace_)
            continue
        if t.i in at:  # another finding's words: their prompt, once
            parts += emit(t, emitted)
            continue
        if t.i > last or (t.is_punct and t.i == last):
            continue
        word = t.text
        if t.i == pred.i and not replaced:
            replaced = True
            if helper:
                word = t.text  # "has | not | taken", "will | not | finish"
            elif pred.lemma_ == "be":
                plural = a.subject is not None and a.subject.tag_ in ("NNS", "NNPS")  # "his tickets were"
                word = be_past("they" if plural else who) + (" not" if negate else "")
            elif negate:
                word = "did not " + "".join(m.text + " " for m in moved) + pred.lemma_
            else:
                word = past(pred.lemma_)
            if t.text.startswith("'"):
                word = " " + word
        elif t.dep_ == "aux" and t.head.i == pred.i and t.lemma_ == "do" and not any(
                c.dep_ == "neg" and c.i not in strip for c in pred.children):  # ("does | never" -> "did not")
            continue
        elif not helper and shares_tense(t, pred):  # "misses X and | comes | in late" ->
            # "missed X and came in late"; under a "not", "or" keeps the bare verb ("did not call or write back")
            word = t.lemma_ if negate and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in pred.children) \
                else past(t.lemma_)
        elif helper and t.i == helper[-1].i and negate:
            parts.append(t.text + " not" + t.whitespace_)
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
    title = "Make it checkable" if count == CHECKABLE else "Count it over a period"
    if cut <= last:
        return SentenceRewrite(title, _cap(body) + ("." if asked else _end(sent)))
    return SentenceRewrite(title, _cap(body) + count + ".")


#: question words a blame question asks its always/never with ("| Why does Wen never update ...?")
_WHY = {"why"}


def _statement(sent, pred, strip: set[int]) -> tuple[list, set[int]]:  # noqa: ANN001
    """The sentence's tokens in the order of a statement, and the words that only made it a question: a
    question counted ("Why does Wen never update the tracker?", "Why has Omar never updated the wiki?")
    says what happened ("Wen did not update ...", "Omar has not updated ..."), without its "why" and with
    its auxiliary after the subject."""
    toks = list(sent)
    subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not sent.text.rstrip().endswith("?") or subj is None:
        return toks, set()
    why = {c.i for c in pred.children if c.dep_ == "advmod" and c.lower_ in _WHY and c.i < subj.i}
    inverted = [c for c in pred.children if c.dep_ in ("aux", "auxpass") and c.i < subj.i and c.i not in strip]
    if not why or not inverted:
        return toks, set()
    moved = {c.i for c in inverted}
    order = [t for t in toks if t.i not in moved]
    at = next(k for k, t in enumerate(order) if t.i == subj.right_edge.i) + 1
    return order[:at] + inverted + order[at:], why


#: verbs whose clause is what the writer asks for, not what happened ("I expect him to | always ...")
_EXPECTING = {"expect", "want", "need", "require", "ask", "hope", "like", "wish", "encourage"}
#: modals of a request ("she | should | always ...")
_ASKING = {"should", "must", "ought", "shall"}


def _expected(pred) -> bool:  # noqa: ANN001
    """Whether the counted verb is an expectation ("I expect him to | always | deliver", "she should always
    ...", "is expected to constantly ..."): no observed behavior to count [N] times."""
    return any(c.dep_ == "aux" and c.lower_ in _ASKING for c in pred.children) or pred.dep_ in ("xcomp", "ccomp") \
        and pred.head.lemma_.lower() in _EXPECTING and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children)



def _given_count(sent) -> bool:  # noqa: ANN001
    """The sentence already counts: a number of a number ("7 of 12"), or a number of times ("three times")."""
    return any(t.like_num and t.i + 1 < sent.end and (t.nbor(1).lower_ in ("times", "out") or t.nbor(1).lower_ == "of"
                                                       and t.i + 2 < sent.end and t.nbor(2).like_num) for t in sent)


def _quantifiers(a: Analysis, pred) -> dict[int, str]:  # noqa: ANN001
    """The quantifier words of the match and what they become: "any" before an object and "at all"
    go ("did not give feedback", "did not answer the phone"), "every"/"each" before a noun becomes "a"
    ("ignored a review comment ... [N] times"), "any" inside a phrase asks which ("in [which area]")."""
    out: dict[int, str] = {}
    for t in a.span:
        noun = t.head
        if t.lower_ == "all" and t.i > a.span.sent.start and t.nbor(-1).lower_ == "at":
            out.update({t.i - 1: "", t.i: ""})
        elif t.lower_ == "all" and t.i > a.span.sent.start and t.nbor(-1).lower_ == "not":
            out.update({t.i - 1: "", t.i: "[how much]"})  # "not all of her tests pass" -> "[how much] of her tests pass"
        elif t.lower_ == "whatsoever":
            out[t.i] = ""
        elif t.lower_ in ("anything", "everything") and t.dep_ in ("dobj", "pobj") and any(
                c.dep_ == "amod" for c in t.children):
            out[t.i] = "something"  # "resists anything new" -> "resisted something new ... [N] times"
        elif t.dep_ == "det" and noun.pos_ in ("NOUN", "NUM") and t.lower_ in ("any", "every", "each"):
            if t.lower_ != "any" and (noun.dep_ == "npadvmod" or noun.dep_ == "nsubj" and any(
                    c.dep_ == "expl" for c in noun.head.children)):  # "leads the standups | every week": the count says it
                out.update({x.i: "" for x in noun.subtree})  # (also "| Every shift | there is ...", parsed as a subject)
            elif t.lower_ != "any":
                out.update({c.i: "" for c in noun.children if c.lower_ == "single" and c.i == t.i + 1})  # "every | single"
                out[t.i] = "an" if noun.lower_[:1] in "aeiou" and not any(c.i < noun.i for c in noun.children
                                                                        if c.i > t.i and c.i not in out) else "a"
            elif noun.dep_ == "pobj" and not any(c.i < noun.i for c in noun.children
                                                                                 if c.i > t.i):
                out.update({t.i: f"[which {noun.text}]", noun.i: "["})
            elif noun.dep_ in ("dobj", "attr"):
                out[t.i] = ""
        elif t.lower_ in ("nothing", "everything", "anything", "every", "each", "ever"):
            return {}
    return {i: w for i, w in out.items() if w != "["} | {i: "[" for i, w in out.items() if w == "["} if out else {}


def _render(a: Analysis, words: dict[int, str], who: str) -> str:
    """The sentence with the quantifier words replaced (and the words they took along dropped)."""
    sent = a.sent
    last = end_mark(sent)
    at, emitted = runs(sent.doc), set()
    parts: list[str] = []
    for t in sent:
        if t.i > last or (t.is_punct and t.i == last):
            continue
        if t.i in words:
            if words[t.i] not in ("[", ""):
                parts.append(words[t.i] + (sent.doc[t.i + 1].whitespace_ if words.get(t.i + 1) == "[" else t.whitespace_))
            continue
        parts += emit(t, emitted) if t.i in at else [t.text + t.whitespace_]
    return "".join(parts).strip()
