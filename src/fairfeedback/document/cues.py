"""Whole-review checks (FF9xx) and the per-review summary.

Each parsed chunk contributes :class:`DocFacts`; the facts of all chunks of a
text are merged, so the checks work on texts of any length (and on streamed
text: facts are a few booleans and the first critical sentence).

Every sentence of a review is read for four things (:func:`read_sentences`):

* **critical**: it criticizes.  A sentence-level finding of a critical category
  (character judgment, vague target, shaming, ...) is the strongest evidence;
  otherwise a negative cue word that is not negated, not the object of
  something the person fixed or handled ("solved the scheduling problem"), not
  part of an acknowledgment ("stayed late"), a negated praise word ("clients
  aren't impressed"), "too" + adjective ("too fast"), or a negated passive
  ("was not covered").  A sentence that puts the problem outside the person
  ("a system problem rather than his") is not criticism.
* **acknowledgment**: a clause with no criticism that praises or reports work
  done (a positive cue, a positive trait, an accomplishment verb with a person
  as subject, a flaw negated: "never missed", "without a single error"), but
  not in a plan or request, and not hollow ("a great guy", "nice of him to
  finally show up").
* **forward / next step**: the sentence looks ahead (future tense, a request,
  an imperative, a plan or agreement cue); it is a next step when it is also
  concrete: a date, count or named artifact, or a support or follow-up cue
  (a course, a check-in, a review together).  A forward sentence that is only
  a vague target ("be more careful") is no next step.
* **instance**: outside praise and plans, a checkable detail: a date, a count,
  a named artifact or event ("the Dalton audit", "the last retro") or a quoted
  occurrence.  Recurring days ("the Monday forecast calls"), ages, years and
  "1:1" are not instances.

The cue words are YAML lexicons in ``rules/lexicons`` (``doc-*.yml`` plus the
engine's negative, positive, request and next-step cues).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .context.words import WordLists
from .models import Category, Finding, Score, Summary
from .phrase_search import PhraseSearch

__all__ = ["DOCUMENT_CHECKS", "DocFacts", "DocWords", "SentenceFacts", "doc_words", "facts_from_doc",
           "read_sentences", "summarize", "summary_from_counts"]

#: Categories whose findings make a sentence critical.
CRITICAL = {Category.CHARACTER_JUDGMENT, Category.SHAMING, Category.ABSOLUTE, Category.CODED_LANGUAGE,
            Category.INTENT_ATTRIBUTION, Category.VAGUE_TARGET}
#: Of those, categories whose finding is criticism by itself.  An absolute
#: ("always", "never") is flagged on praise too ("always willing to stay late"),
#: so it makes a clause critical only when nothing in the clause acknowledges work.
STRONG = CRITICAL - {Category.ABSOLUTE}

#: Lexicons (``rules/lexicons/<name>.yml``) the document checks read besides the engine's word lists.
DOC_LEXICONS = ("doc-critical-cues", "doc-acknowledgment-cues", "doc-hollow-praise", "doc-exculpatory-cues",
                "doc-forward-cues", "doc-support-cues", "doc-change-verbs", "doc-bad-outcomes", "doc-remedy-verbs",
                "positive-cues", "traits-positive")


# -- cue lexicons -------------------------------------------------------------------------

@dataclass(frozen=True)
class Cues:
    """A lexicon split into single words (matched on a token's text or lemma) and
    phrases (matched on the text, at word boundaries)."""

    words: frozenset[str]
    phrases: PhraseSearch
    any: PhraseSearch  # words and phrases, on text

    @classmethod
    def of(cls, terms: Iterable[str]) -> Cues:
        terms = {t.lower() for t in terms}
        words = frozenset(t for t in terms if re.fullmatch(r"[a-z]+", t))
        return cls(words, PhraseSearch(t for t in terms if t not in words), PhraseSearch(terms))

    def token(self, t: Token) -> bool:
        return t.lower_ in self.words or t.lemma_.lower() in self.words

    def spans(self, text: str, base: int = 0, *, words: bool = False) -> list[tuple[int, int]]:
        rx = self.any if words else self.phrases
        return [(m.start() + base, m.end() + base) for m in rx.finditer(text.lower())]


@dataclass(frozen=True)
class DocWords:
    """The document checks' cue lexicons (see ``DOC_LEXICONS``)."""

    def praise(self, t: Token) -> bool:
        """A positive cue, or a positive trait used as an adjective ("kind", not "kinds of")."""
        if not self.positive.token(t):
            return False
        if t.lower_ in self.traits or t.lemma_.lower() in self.traits:
            return t.pos_ in ("ADJ", "ADV") or t.lower_ in self.positive.words - self.traits
        if t.lemma_.lower() == "lead" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
            return False  # "which led to overstock"
        return True

    critical: Cues
    acknowledgment: Cues
    hollow: Cues
    exculpatory: Cues
    forward: Cues
    support: Cues
    positive: Cues  # positive-cues (any part of speech) and traits-positive (adjectives and adverbs)
    traits: frozenset[str]
    decrease: frozenset[str]
    increase: frozenset[str]
    bad_outcomes: Cues
    remedy: frozenset[str]


def doc_words(words: WordLists | None = None) -> DocWords:
    """The ``doc-*`` cue lexicons, from the rule packs ``words`` was read from
    (built once per word lists), else the built-in ones."""
    if words is not None and all(name in words.lexicons for name in DOC_LEXICONS):
        dw = words.cache.get("doc_words")
        if dw is None:
            dw = words.cache["doc_words"] = _doc_words({name: words.lexicons[name] for name in DOC_LEXICONS})
        return dw
    return _builtin_doc_words()


@lru_cache(maxsize=1)
def _builtin_doc_words() -> DocWords:
    from .rules.loader import load_rules

    rules = load_rules()
    return _doc_words({name: rules.lexicons[name].terms for name in DOC_LEXICONS})


def _doc_words(terms: dict[str, tuple[str, ...]]) -> DocWords:
    return DocWords(
        critical=Cues.of(terms["doc-critical-cues"]),
        acknowledgment=Cues.of(terms["doc-acknowledgment-cues"]),
        hollow=Cues.of(terms["doc-hollow-praise"]),
        exculpatory=Cues.of(terms["doc-exculpatory-cues"]),
        forward=Cues.of(terms["doc-forward-cues"]),
        support=Cues.of(terms["doc-support-cues"]),
        positive=Cues.of(terms["positive-cues"] + terms["traits-positive"]),
        traits=frozenset(terms["traits-positive"]) - frozenset(terms["positive-cues"]),
        decrease=frozenset(t[5:] for t in terms["doc-change-verbs"] if t.startswith("down:")),
        increase=frozenset(t[3:] for t in terms["doc-change-verbs"] if t.startswith("up:")),
        bad_outcomes=Cues.of(terms["doc-bad-outcomes"]),
        remedy=frozenset(terms["doc-remedy-verbs"]),
    )


@lru_cache(maxsize=8)
def _negative_phrases(phrases: frozenset[str]) -> PhraseSearch:
    return PhraseSearch(phrases)


# -- reading one sentence -------------------------------------------------------------------

_QUOTE = re.compile(r"[\"\u201c][^\"\u201d]{3,}[\"\u201d]")
#: A quoted occurrence is a quotation of two words or more (not a scare-quoted word).
_QUOTED_WORDS = re.compile(r"[\"\u201c][^\"\u201d]*\w\W+\w[^\"\u201d]*[\"\u201d]")
_CONTRAST = {"but", "however", "although", "though", "yet", "whereas", "except"}
_NEGATORS = {"not", "n't", "never", "no", "zero", "without"}
#: Negators under which a flaw becomes praise ("never missed", "without a single error").
_PRAISE_NEGATORS = {"never", "zero", "without", "no"}
_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME_UNITS = frozenset("day days week weeks month months year years quarter quarters hour hours minute minutes "
                        "shift shifts sprint sprints term terms semester semesters season seasons".split())
_PERSON_PRONOUNS = frozenset("i you he she we they me him her us them".split())
_OTHER_PERSON = frozenset("you your yours he him his she her hers they them their".split())
_MODALS = frozenset("will 'll shall should must would 'd could wo ca".split())
_ORDINAL_DATE = re.compile(r"^\d{1,2}(st|nd|rd|th)$")
_YEAR = re.compile(r"^(19|20)\d\d$")
_ONE_ON_ONE = re.compile(r"^1:1s?$")


@dataclass
class SentenceFacts:
    """What one sentence contributes to the whole-review checks."""

    start: int
    end: int
    text: str
    critical: bool = False
    acknowledgment: bool = False
    forward: bool = False
    next_step: bool = False
    instance: bool = False
    why: list[str] = field(default_factory=list)

    def why_strong(self) -> bool:
        return any(w.startswith("critical: finding") for w in self.why)

    def flags(self) -> str:
        names = ("critical", "acknowledgment", "forward", "next_step", "instance")
        return " ".join(n for n in names if getattr(self, n))


def _segments(toks: list[Token]) -> list[list[Token]]:
    """Clauses of a sentence split at contrast words and at ';' or ':'
    ("Good eye, but the mockups look amateur": two segments)."""
    segs: list[list[Token]] = [[]]
    for t in toks:
        if t.dep_ == "cc" and t.lower_ in ("and", "so", "or") and t.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "conj" and c.i > t.i and any(g.dep_.startswith("nsubj") for g in c.children) for c in t.head.children
        ):  # "Fiona redesigned the form, and intake time fell": two clauses
            if segs[-1]:
                segs.append([])
            continue
        if (t.lower_ in _CONTRAST and t.dep_ in ("cc", "mark", "advmod", "prep")) or t.text in (";", ":", "\u2014"):
            if segs[-1]:
                segs.append([])
            if t.lower_ in _CONTRAST or t.text in (";", ":", "\u2014"):
                continue
        segs[-1].append(t)
    return [s for s in segs if s]


def _clause_path(t: Token) -> list[Token]:
    """``t`` and its heads up to and including its clause's verb."""
    path = [t]
    x = t
    while x.head is not x and len(path) < 8:
        if x.pos_ in ("VERB", "AUX") and x is not t and x.dep_ not in ("xcomp", "ccomp"):
            break
        x = x.head
        path.append(x)
    return path


def _negator(t: Token) -> str | None:
    """The word negating ``t`` within its clause ('never missed', 'aren't impressed',
    'no errors', 'without a single error'), if any."""
    for x in _clause_path(t):
        for c in x.children:
            if c.dep_ == "neg" or (c.dep_ in ("det", "nummod", "advmod") and c.lower_ in ("no", "zero", "never")):
                return c.lower_
        if x is not t and x.lower_ == "without":
            return "without"
    return None


def _person(t: Token, words: WordLists) -> bool:
    if t.pos_ == "PRON":
        return t.lower_ in _PERSON_PRONOUNS
    if t.pos_ == "PROPN":  # a name, not "the bedside scan" tagged as one
        return not any(c.dep_ == "det" for c in t.children)
    return t.lemma_.lower() in words.person_nouns


def _subject_is_person(verb: Token, words: WordLists) -> bool:
    """The verb's subject is a person, or a person's work ("Aisha's refactor")."""
    v = verb
    if v.dep_ in ("ccomp", "xcomp") and v.head.lemma_ in ("get", "have", "make"):
        v = v.head  # "she got the hiring plan approved"
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subj:
            return _person(subj[0], words) or any(c.dep_ == "poss" and _person(c, words) for c in subj[0].children)
        if v.dep_ in ("conj", "xcomp", "ccomp", "advcl") and v.head is not v:
            v = v.head
        else:
            break
    # a review-form fragment in the past: "Hit all four targets and onboarded two reps."
    return v.dep_ == "ROOT" and (v.tag_ == "VBD" or any(c.dep_ == "conj" and c.tag_ == "VBD" for c in v.children))


def _writer_subject(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in ("i", "we")


def _irrealis(t: Token) -> bool:
    """``t`` sits in a plan, wish, request or condition, not in a report of what happened."""
    x = t
    for _ in range(8):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS and c.tag_ == "MD" for c in x.children):
            if not any(c.lower_ == "have" and c.dep_ == "aux" for c in x.children):
                return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in x.children):
            return True
        if x.dep_ == "xcomp" and x.head.lemma_ in ("want", "like", "love", "need", "hope", "expect", "try", "ask"):
            return True
        if x.dep_ == "ROOT" and x.tag_ == "VB" and not any(c.dep_.startswith("nsubj") for c in x.children) \
                and not any(c.dep_ == "conj" and c.tag_ == "VBD" for c in x.children):  # not "Hit X and onboarded Y"
            return True
        if x.head is x:
            break
        x = x.head
    return False


def _remedied(t: Token, words: WordLists, dw: DocWords) -> bool:
    """The flaw ``t`` is the object of something the person did about it
    ("solved the scheduling problem", "wrote a postmortem for the failed deploy")."""
    x, via_object = t, False
    for _ in range(6):
        if x.dep_ == "dobj":
            via_object = True
        if x.head is x:
            return False
        x = x.head
        if x.pos_ in ("VERB", "AUX"):
            remedy = dw.acknowledgment.token(x) or x.lower_ in dw.remedy or x.lemma_.lower() in dw.remedy
            return via_object and remedy and _negator(x) is None and _subject_is_person(x, words)
    return False


def _change(seg: list[Token], words: WordLists, dw: DocWords) -> tuple[str, set[int]] | None:
    """A measured change in the clause: ("progress" | "setback", indices of the verb
    and its subject).  Fewer bad outcomes or more of anything else is progress
    ("failed deliveries dropped", "conversion rose"); the reverse is a setback."""
    for v in seg:
        lemma, low = v.lemma_.lower(), v.lower_
        up = lemma in dw.increase or low in dw.increase
        down = lemma in dw.decrease or low in dw.decrease
        if not (up or down) or _negator(v) is not None:
            continue
        if v.tag_ in ("JJS", "RBS"):  # "the lowest fuel cost in the region"; "turnover is the lowest"
            if v.dep_ == "amod" and v.head.pos_ in ("NOUN", "PROPN"):
                subj = v.head
            elif v.dep_ in ("attr", "acomp") and v.head.lemma_ == "be":
                subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
            else:
                subj = None
        elif v.pos_ in ("VERB", "AUX"):
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and _subject_is_person(v, words):
                continue  # "he cut the refresh time": an action, read elsewhere
        else:
            continue
        if subj is None:
            continue
        span = subj.doc[subj.left_edge.i: subj.right_edge.i + 1]
        bad = bool(dw.bad_outcomes.phrases.search(span.text.lower())) or any(
            dw.bad_outcomes.token(t) or t.lower_ in words.negative_cues or dw.critical.token(t) for t in span)
        return ("progress" if up != bad else "setback"), {v.i, *(t.i for t in span)}
    return None


def _undone(t: Token, dw: DocWords) -> bool:
    """An un- word for a thing left undone or a quality missing: "unassigned",
    "unanswered", "unreliable" (un- + a praise word).  Not "unmatched" or
    "unflappable" (acknowledgment cues)."""
    low = t.lower_
    if not low.startswith("un") or len(low) < 7 or t.pos_ not in ("ADJ", "VERB") or dw.acknowledgment.token(t):
        return False
    stem = low[2:]
    return (stem.endswith("ed") and t.tag_ in ("VBN", "JJ")) or stem in dw.positive.words


def _omission(t: Token, words: WordLists, dw: DocWords) -> bool:
    """A person's action negated in a report ("didn't follow the procedure",
    "couldn't answer basic questions"); not a negated flaw ("didn't miss a
    shift"), a plan ("won't need"), or the writer's own ("I didn't check")."""
    if t.pos_ != "VERB" or t.dep_ not in ("ROOT", "conj", "ccomp", "relcl", "advcl") or _negator(t) not in ("not", "n't"):
        return False
    if not _subject_is_person(t, words) or _writer_subject(t):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "wo", "shall", "would", "should", "must") for c in t.children):
        return False
    return not any(x.lower_ in words.negative_cues or x.lemma_.lower() in words.negative_cues or dw.critical.token(x)
                   or x.lower_ == "without" for x in t.subtree)


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in spans)


def _critical(seg: list[Token], words: WordLists, dw: DocWords, skip: list[tuple[int, int]],
              seg_text: str, seg_base: int) -> str | None:
    """Why this clause criticizes, or None."""
    change = _change(seg, words, dw)
    if change:
        return "measured setback" if change[0] == "setback" else None
    positive_here = any((dw.praise(t) or (dw.acknowledgment.token(t) and t.pos_ not in ("VERB", "AUX")))
                        and _negator(t) is None for t in seg) or bool(dw.acknowledgment.phrases.search(seg_text.lower()))
    # the writer's own situation ("We had a difficult quarter") is no criticism of the
    # person unless the writer says so ("I was disappointed")
    writer = any(t.dep_ == "ROOT" and _writer_subject(t) for t in seg) and not any(
        t.lower_ in _OTHER_PERSON or (t.pos_ == "PROPN" and _person(t, words)) for t in seg)
    for t in seg:
        if _inside(t.idx, skip):
            continue
        general = (t.lower_ in words.negative_cues or t.lemma_.lower() in words.negative_cues) and not writer
        negative = (general or dw.critical.token(t)) and t.lower_ not in _NEGATORS \
            and not dw.praise(t) and not dw.acknowledgment.token(t)  # "exceeded every target"
        if negative:
            if t.lower_ == "last" and t.dep_ == "amod":  # "the last retro": a time, not a ranking
                continue
            if _negator(t) is not None or _remedied(t, words, dw):
                continue
            if t.pos_ == "NOUN" and positive_here:  # "every bug she files has clear repro steps"
                continue
            return f"negative cue '{t.text}'"
        prt = next((c for c in t.children if c.dep_ == "prt"), None) if t.pos_ == "VERB" else None
        if prt is not None and _negator(t) is None:  # "cut Maya off", "gave up on it"
            form = f"{t.lower_} {prt.lower_}"
            if form in words.negative_cue_phrases or dw.critical.phrases.fullmatch(form):
                return f"negative phrasal verb '{form}'"
        if _undone(t, dw):
            return f"left undone '{t.text}'"
        if _omission(t, words, dw):
            return f"omission '{_negator(t)} {t.text}'"
        if dw.praise(t) and t.pos_ in ("ADJ", "ADV", "VERB") and _negator(t) in ("not", "n't"):
            return f"negated praise '{t.text}'"
        if t.lower_ == "too" and t.head.pos_ in ("ADJ", "ADV") and t.head.i == t.i + 1:
            return f"'too {t.head.text}'"
        if t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children) and \
                any(c.dep_ == "neg" for c in t.children):
            return f"negated passive '{t.text}'"
    for rx in (dw.critical.phrases, _negative_phrases(words.negative_cue_phrases)):
        for m in rx.finditer(seg_text.lower()):
            a, b = m.start() + seg_base, m.end() + seg_base
            if not _inside(a, skip) and not _phrase_negated(seg, a, b):
                return f"negative phrase '{m.group(0)}'"
    return None


def _phrase_negated(seg: list[Token], a: int, b: int) -> bool:
    """A negator outside the phrase at [a, b) governs it ("no concerns about her work")."""
    inside = [t for t in seg if a <= t.idx < b]
    for t in inside:
        for x in (t, t.head):
            for c in x.children:
                if not (a <= c.idx < b) and (c.dep_ == "neg" or c.lower_ in ("no", "zero", "never")):
                    return True
    return False


def _acknowledges(seg: list[Token], words: WordLists, dw: DocWords, skip: list[tuple[int, int]],
                  seg_text: str, seg_base: int, praise_spans: list[tuple[int, int]], forward: bool) -> str | None:
    """Why this (non-critical) clause acknowledges work, effort or progress, or None."""
    change = _change(seg, words, dw)
    if change and change[0] == "progress" and not _irrealis(seg[0].doc[min(change[1])]):
        return "measured progress"
    for a, b in praise_spans:
        if seg_base <= a < seg_base + len(seg_text) and not any(x < b and a < y for x, y in skip):
            return "praise finding"
    for t in seg:
        praise, ack = dw.praise(t), dw.acknowledgment.token(t)
        flaw = not (praise or ack) and (t.lower_ in words.negative_cues or t.lemma_.lower() in words.negative_cues)
        if not (praise or ack or flaw) or _inside(t.idx, skip) or _irrealis(t):
            continue
        neg = _negator(t)
        if praise and neg is None:
            if forward and t.tag_ in ("JJR", "RBR"):
                continue  # "I expect better."
            return f"positive cue '{t.text}'"
        if ack and neg is None:
            if t.pos_ in ("VERB", "AUX") and (not _subject_is_person(t, words) or _writer_subject(t)):
                continue  # "the audit caught it"; "I have raised this with her before"
            if t.dep_ == "compound" or any(c.dep_ == "prt" for c in t.children):
                continue  # "handle time"; "cut him off"
            return f"acknowledgment cue '{t.text}'"
        if flaw and neg in _PRAISE_NEGATORS and (neg != "without" or t.pos_ == "NOUN"):  # "without a single error", not "without waiting"
            return f"flaw negated ('{neg} {t.text}')"
    for rx in (dw.acknowledgment.phrases, dw.positive.phrases, words.positive):
        for m in rx.finditer(seg_text.lower()):
            a = m.start() + seg_base
            if _inside(a, skip):
                continue
            tok = next((t for t in seg if t.idx >= a), None)
            if tok is not None and _irrealis(tok):
                continue
            return f"acknowledgment phrase '{m.group(0)}'"
    return None


def _forward(sent: Span, toks: list[Token], words: WordLists, dw: DocWords, low: str) -> str | None:
    """Why the sentence looks ahead (a plan, goal, request or agreement), or None.
    ``low`` is the lower-cased sentence with quotations blanked out."""
    m = dw.forward.any.search(low)
    if m:
        return f"'{m.group(0)}'"
    base = sent.start_char
    for m in words.request_cues.finditer(low):
        tok = sent.doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        # a report ("your PRs needed no comments") or a noun ("excellent work on the launch") is no request
        if tok is not None and not any((t.tag_ in ("VBD", "VBN") and t.dep_ != "amod") or t.pos_ in ("NOUN", "PROPN")
                                       for t in tok[:1]):
            return f"'{m.group(0)}'"
    if any(t.tag_ == "MD" and t.lower_ in ("will", "'ll", "shall", "should", "must") for t in toks):
        return "future or obligation"
    first = next((t for t in toks if t.is_alpha and t.lower_ not in ("please", "and", "then", "so")), None)
    if first is not None and (first.lower_ in words.base_verbs or first.tag_ == "VB") and \
            not any(c.dep_.startswith("nsubj") for c in first.children) and first.tag_ not in ("VBD", "VBN", "VBZ") \
            and not _in_subject(first) and not any(c.dep_ == "conj" and c.tag_ == "VBD" for c in first.children):
        return "imperative"
    if first is not None and first.i == sent.start and \
            first.lower_ in ("needs", "need", "should", "must", "could", "would", "try", "work", "focus"):
        return "request"
    return None


def _in_subject(t: Token) -> bool:
    """``t`` is part of the subject of a finite clause ("Partner teams have been
    surprised"), so the sentence is no imperative despite a verb-like first word."""
    for x in [t, *t.ancestors]:
        if x.dep_ in ("nsubj", "nsubjpass"):
            verb = x.head
            return verb.tag_ in ("VBD", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return False


def _concrete_next_step(sent: Span, toks: list[Token], words: WordLists, dw: DocWords, low: str,
                        criticizes: bool) -> str | None:
    """Why a forward-looking sentence is a concrete next step, or None.  A request
    flagged as criticism ("Be more careful.", "Embrace technology in 2025.") needs
    a date or count."""
    if criticizes:
        dated = _instance(toks, False, artifacts=False)
        return f"dated or counted ({dated})" if dated else None
    if words.has_specifics(sent):
        return "specific (date, count or artifact)"
    if any(dw.support.token(t) for t in toks):
        return "support or follow-up"
    m = dw.support.phrases.search(low)
    if m:
        return f"support or follow-up '{m.group(0)}'"
    return None


def _instance(toks: list[Token], quoted: bool, *, artifacts: bool = True) -> str | None:
    """Why these tokens name a checkable occurrence (a date, count, named artifact
    or event, a quotation), or None."""
    if quoted:
        return "quoted occurrence"
    for t in toks:
        lo = t.lower_
        prev = t.nbor(-1).lower_ if t.i > 0 else ""
        if lo in _MONTHS and t.text[0].isupper() and t.tag_ in ("NNP", "NN", "NNPS") and not (lo == "may" and t.i == 0):
            return f"date '{t.text}'"
        if lo in _DAYS and (prev in ("on", "last", "this", "that", "yesterday", "since") or (
                t.i + 1 < len(t.doc) and t.nbor(1).text in ("'s", "\u2019s"))):
            return f"date '{t.text}'"  # "on Friday", "in Monday's planning meeting"; not "the Monday calls"
        if lo in ("yesterday", "today") or _ORDINAL_DATE.match(lo) or re.fullmatch(r"q[1-4]", lo):
            return f"date '{t.text}'"
        if t.text in ("%", "$", "\u20ac", "\u00a3") or lo in ("twice", "thrice"):
            return f"count '{t.text}'"
        if (t.like_num or any(ch.isdigit() for ch in t.text)) and lo not in ("one", "once") \
                and not _YEAR.match(t.text) and not _ONE_ON_ONE.match(lo):
            if prev in ("at", "aged") and not (t.i + 1 < len(t.doc) and t.nbor(1).pos_ == "NOUN"):
                continue  # an age: "At 23, Tyler ..."
            nxt = t.doc[t.i + 1: t.i + 3]
            if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ in _TIME_UNITS:
                continue  # a length: "a 30-year veteran", "a 60-day plan"
            unit = t.head if t.head.lower_ in _TIME_UNITS else None
            if unit is not None and unit.head.lower_ in ("for", "since"):
                continue  # a duration or tenure: "has been on the team for 90 days"
            return f"count '{t.text}'"
        if not artifacts:
            continue
        at_start = t.i == toks[0].i or t.nbor(-1).text in (":", "-", "\u2022", "(")
        if t.pos_ == "PROPN" and lo not in _DAYS and lo not in _MONTHS and not at_start and (
            (t.dep_ == "compound" and t.head.pos_ == "NOUN") or (t.dep_ in ("appos", "conj") and t.head.pos_ == "NOUN")
        ):
            return f"named artifact '{t.text}'"
        if lo in ("last", "previous", "latest") and t.dep_ == "amod" and t.head.pos_ == "NOUN" \
                and t.head.lower_ not in _TIME_UNITS and prev in ("the", "our", "his", "her", "their", "your", "my"):
            return f"named event '{t.text} {t.head.text}'"
    return None


def _blank(doc: Doc, seg: list[Token], quotes: list[tuple[int, int]], base: int, low: str) -> str:
    """The lower-cased text of a segment, quotations blanked (``low`` is the sentence's)."""
    a, b = seg[0].idx - base, seg[-1].idx + len(seg[-1].text) - base
    return low[a:b]


_BULLET = re.compile(r"\s*([-*\u2022\u2013]|\d{1,2}[.)])\s")


def _line_break(t: Token, full: str) -> bool:
    """``t`` (whitespace with a newline) ends a unit: a blank line, a bulleted
    next line, or a line ending in ':'.  Hard-wrapped prose is not split."""
    if not (t.is_space and "\n" in t.text):
        return False
    if t.text.count("\n") > 1 or (t.i > 0 and t.nbor(-1).text.endswith(":")):
        return True
    rest = full[t.idx + len(t.text): t.idx + len(t.text) + 4]
    return bool(_BULLET.match(rest)) or (t.i > 0 and bool(_BULLET.match(t.nbor(-1).text + " ")))


def _units(doc: Doc, full: str) -> Iterable[Span]:
    """Sentences, also split at blank lines and bulleted lines, without headings
    such as "Areas for growth:"."""
    for sent in doc.sents:
        start = sent.start
        for t in list(sent) + [None]:
            if t is None or _line_break(t, full):
                end = sent.end if t is None else t.i
                words = [x for x in doc[start:end] if not x.is_space]
                if words and not (words[-1].text == ":" and len(words) <= 6):
                    yield doc[words[0].i: words[-1].i + 1]
                start = end + 1 if t is not None else end


def read_sentences(doc: Doc, offset: int, words: WordLists, findings: list[Finding]) -> list[SentenceFacts]:
    """What each sentence of ``doc`` contributes to the whole-review checks.
    ``findings`` are the sentence-level findings of ``doc`` (offsets shifted by ``offset``)."""
    dw = doc_words(words)
    out: list[SentenceFacts] = []
    full = doc.text  # built from the tokens on each access: read it once
    sents = list(_units(doc, full))
    bounds = [(s.start_char, s.end_char) for s in sents]
    cats: list[set[Category]] = [set() for _ in sents]
    strong_at: list[list[int]] = [[] for _ in sents]
    weak_at: list[list[int]] = [[] for _ in sents]
    praise: list[list[tuple[int, int]]] = [[] for _ in sents]
    for f in findings:
        at = f.start - offset
        for i, (a, b) in enumerate(bounds):
            if a <= at < b:
                cats[i].add(f.category)
                if f.category in STRONG:
                    strong_at[i].append(at)
                elif f.category in CRITICAL:
                    weak_at[i].append(at)
                if f.category is Category.VAGUE_EVALUATION:
                    # praise when the flagged words are positive ("Great job"), not "pointless"
                    mtoks = doc.char_span(at, f.end - offset, alignment_mode="expand")
                    if mtoks is not None and any(dw.praise(t) or dw.acknowledgment.token(t) for t in mtoks) \
                            and not any(t.lower_ in words.negative_cues or dw.critical.token(t) for t in mtoks) \
                            and not any(_negator(t) in ("not", "n't") for t in mtoks):
                        praise[i].append((at, f.end - offset))
                break
    for i, sent in enumerate(sents):
        toks = [t for t in sent if not t.is_space]
        text = sent.text
        base = sent.start_char
        quotes = [(m.start() + base, m.end() + base) for m in _QUOTE.finditer(text)]
        low = _QUOTE.sub(lambda m: " " * len(m.group(0)), text).lower()
        sf = SentenceFacts(toks[0].idx + offset, toks[-1].idx + len(toks[-1].text) + offset, text)
        exculpated = bool(dw.exculpatory.any.search(low))
        hollow = dw.hollow.spans(text, base, words=True)
        ack_spans = dw.acknowledgment.spans(text, base)  # "stayed late": a flaw word inside praise
        strong = cats[i] & STRONG

        segs = _segments(toks)
        # a short lead-in such as "Goal:" or "Next steps:" makes the whole sentence a plan
        lead = _forward(doc[segs[0][0].i: segs[0][-1].i + 1], segs[0], words, dw,
                        _blank(doc, segs[0], quotes, base, low)) if len(segs) > 1 and len(segs[0]) <= 4 else None
        seg_critical: list[bool] = []
        seg_ack: list[bool] = []
        seg_forward: list[bool] = []
        for seg in segs:
            seg_base = seg[0].idx
            seg_end = seg[-1].idx + len(seg[-1].text)
            seg_text = full[seg_base:seg_end]
            seg_low = _blank(doc, seg, quotes, base, low)
            span = doc[seg[0].i: seg[-1].i + 1]
            flagged = any(seg_base <= at < seg_end for at in strong_at[i])
            fw = lead or _forward(span, [t for t in seg if not _inside(t.idx, quotes)], words, dw, seg_low)
            step = None
            if fw:
                sf.forward = True
                sf.why.append(f"forward: {fw}")
                # a request that also criticizes ("Be more careful", "Ask Rosa how it's done") needs a date or count
                if Category.SENSITIVE_DISCLOSURE not in cats[i]:
                    step = _concrete_next_step(span, seg, words, dw, seg_low, bool(strong) and flagged)
                if step:
                    sf.next_step = True
                    sf.why.append(f"next step: {step}")
            seg_forward.append(bool(fw))
            why = None if exculpated or flagged or step else \
                _critical(seg, words, dw, quotes + ack_spans, seg_text, seg_base)
            seg_critical.append(flagged or bool(why))
            seg_ack.append(False)
            if why:
                sf.why.append(f"critical: {why}")
            elif not flagged:
                ack = _acknowledges(seg, words, dw, quotes + hollow, seg_text, seg_base, praise[i], bool(fw))
                if ack:
                    seg_ack[-1] = sf.acknowledgment = True
                    sf.why.append(f"acknowledgment: {ack}")
                elif any(seg_base <= at < seg_end for at in weak_at[i]) and not exculpated and not step:
                    seg_critical[-1] = True
                    sf.why.append("critical: absolute finding")
        if strong:
            sf.critical = True
            sf.why.append("critical: finding " + ", ".join(sorted(c.value for c in strong)))
        elif any(seg_critical):
            sf.critical = True

        if not exculpated and Category.SENSITIVE_DISCLOSURE not in cats[i]:
            # the instance is in the criticism or in a neutral report, not in praise
            # ("She launched the campaign on 1 March, and it hit a 31% open rate.") or in a plan
            if any(seg_critical):
                rest = [t for seg, ack, fw in zip(segs, seg_ack, seg_forward) if not ack and not fw for t in seg]
            else:
                rest = [] if sf.acknowledgment else [t for seg, fw in zip(segs, seg_forward) if not fw for t in seg]
            quoted = [(m.start() + base, m.end() + base) for m in _QUOTED_WORDS.finditer(text)]
            title = i == 0 and offset == 0 and not any(t.pos_ in ("VERB", "AUX") for t in toks) and \
                full[sent.end_char: sent.end_char + 1] == "\n"  # "Peer feedback for Chris (Q3)"
            inst = None if title else _instance([t for t in rest if not _inside(t.idx, quotes)], any(
                _inside(t.idx, quoted) for seg, fw in zip(segs, seg_forward) if not fw for t in seg))
            if inst:
                sf.instance = True
                sf.why.append(f"instance: {inst}")
        out.append(sf)
    # "... she missed the renewal date. No one told her the date had moved." the
    # next sentence takes the blame off a criticism that no finding backs
    for prev, cur, sent in zip(out, out[1:], sents[1:]):
        if prev.critical and not prev.why_strong() and dw.exculpatory.any.search(sent.text.lower()):
            prev.critical = False
            prev.why.append("exculpated by the next sentence")
    return out


# -- facts of a text --------------------------------------------------------------------------

@dataclass
class DocFacts:
    critical: list[tuple[int, int]] = field(default_factory=list)
    instance: bool = False
    next_step: bool = False
    positive: bool = False

    def merge(self, other: DocFacts) -> DocFacts:
        """Facts of a text made of this chunk and the next (only the first critical
        sentence is kept: that is where document-level findings point)."""
        return DocFacts(self.critical[:1] or other.critical[:1], self.instance or other.instance,
                        self.next_step or other.next_step, self.positive or other.positive)


def facts_from_doc(doc: Doc, offset: int, words: WordLists, findings: list[Finding]) -> DocFacts:
    facts = DocFacts()
    for s in read_sentences(doc, offset, words, findings):
        if s.critical and not facts.critical:
            facts.critical.append((s.start, s.end))
        facts.instance = facts.instance or s.instance
        facts.next_step = facts.next_step or s.next_step
        facts.positive = facts.positive or s.acknowledgment
    return facts


def _first_critical(f: DocFacts) -> tuple[int, int] | None:
    return f.critical[0] if f.critical else None


DOCUMENT_CHECKS: dict[str, Callable[[DocFacts], tuple[int, int] | None]] = {
    "missing-example": lambda f: _first_critical(f) if not f.instance else None,
    "missing-next-step": lambda f: _first_critical(f) if not f.next_step else None,
    "unbalanced": lambda f: _first_critical(f) if not f.positive else None,
}

# -- summary ----------------------------------------------------------------------------

#: Points taken off each 0-100 score per finding of a category (docs/summary.md).
PENALTIES: dict[str, dict[Category, int]] = {
    "specificity": {Category.VAGUE_EVALUATION: 15, Category.VAGUE_TARGET: 10, Category.MISSING_EXAMPLE: 30},
    "behavior_focus": {Category.CHARACTER_JUDGMENT: 20, Category.CODED_LANGUAGE: 15,
                       Category.INTENT_ATTRIBUTION: 15, Category.ABSOLUTE: 10},
    "actionability": {Category.VAGUE_TARGET: 15, Category.MISSING_NEXT_STEP: 40},
    "respect": {Category.SHAMING: 25, Category.SENSITIVE_DISCLOSURE: 25, Category.UNBALANCED: 20},
}


def summarize(findings: list[Finding]) -> Summary:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.category.value] = counts.get(f.category.value, 0) + 1
    return summary_from_counts(counts)


def summary_from_counts(counts: dict[str, int]) -> Summary:
    scores = {}
    for name, table in PENALTIES.items():
        value = 100
        reasons = []
        for cat, points in table.items():
            n = counts.get(cat.value, 0)
            if n:
                value -= n * points
                reasons.append(f"{n} {cat.value} (-{n * points})")
        scores[name] = Score(value=max(0, value), reasons=reasons)
    return Summary(counts=dict(sorted(counts.items())), scores=scores)
