"""Word lists the context filters use, read from the engine lexicons in ``rules/lexicons``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..phrase_search import PhraseSearch
from ..rules.loader import RuleSet
from .requests import cue_holds

_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_TIME_UNIT = r"(day|week|month|quarter|sprint|cycle|year|shift|meeting|release|standup|stand-up|review)s?"
_SPECIFIC_RE = re.compile(
    r"(\d|%|\bq[1-4]\b|\beo[dwmq]\b|\bby (the )?(end|close) of\b|\bby (tomorrow|noon|then)\b"
    r"|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|half|twice)\b)"
)
#: a list item's number at the start of a line ("1. Needs to ...", "2) ..."): no count
_LIST_MARK = re.compile(r"(?m)^[ \t]*\d{1,2}[.)](?=\s)")
#: How often, which makes a request measurable ("update the board every week") but is no instance in
#: an evaluation ("works hard every day", "her daily work").
_HABITUAL_RE = re.compile(
    r"\b(every|each|per) (other )?" + _TIME_UNIT + r"\b|\b(daily|weekly|biweekly|monthly|quarterly|annually)\b")
#: ordinals and counts that are figures of speech: "first in and last out", "a second set of eyes"
_NOT_COUNTS = frozenset("first second third last one once".split())
#: "Mr. Patel", "Dr Osei": a person, whoever the tagger takes them for
_TITLES = frozenset("mr mr. mrs mrs. ms ms. dr dr. miss mx mx.".split())
#: A period of time alone ("this year", "next quarter", "in 2025") is not a
#: checkable specific: "Poor performance this year." is still vague.
_PERIOD_RE = re.compile(
    r"\b(this|next|last|the past|the last|the coming|over the|in the) (" + _TIME_UNIT + r"|half|season|term|semester)\b"
    r"|\b(the )?(past|last|first|next|coming|over) (\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few"
    r"|several|couple of) " + _TIME_UNIT + r"\b"
    r"|\b(in |during |for |of )?(19|20)\d\d\b|\b(today|tomorrow|tonight|yesterday|lately|recently|overall)\b"
)
_YEAR = re.compile(r"^(19|20)\d\d$")
_CALENDAR = frozenset(_MONTHS + _DAYS)
#: "gives 110 %", "100 percent committed": a figure of speech, not a count
_HYPERBOLE = re.compile(r"\b(100|110|120|150|200|1000) ?(%|percent\b)")
#: a user handle in a code review or chat ("@dana42") names a person, not an artifact or a count
_HANDLE = re.compile(r"(?<![\w.])@[\w.-]+")
#: nouns a name stands before as an owner without "'s" ("Maria Lopez performance is great")
_OWNED = frozenset("performance performances work output results attitude effort efforts behavior behaviour "
                   "skills contribution contributions".split())


def in_capitals(sent: Span) -> bool:
    """The sentence is written in capitals: then every word looks like a name."""
    letters = [t for t in sent if t.is_alpha]
    return sum(t.is_upper for t in letters) > 0.6 * len(letters)


def _a_name(t: Token, sent: Span) -> bool:
    """A person's name, however the tagger took it ("Mr. Okafor", "Dr Osei"), or a word of a
    sentence in capitals or of mojibake: no artifact."""
    if t.ent_type_ == "PERSON" or t.lower_ in _TITLES or not t.text.isascii():
        return True
    before = [x.lower_ for x in sent.doc[max(sent.start, t.i - 2): t.i]]
    return bool(before) and (before[-1] in _TITLES or (len(before) == 2 and before[0] in _TITLES
                                                       and sent.doc[t.i - 1].pos_ == "PROPN"))


def line_start(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a line of ``doc`` (read from the tokens: no slice of the text)."""
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text) or doc[i - 1].text_with_ws.endswith("\n")


def list_number(t: Token) -> bool:
    """``t`` numbers an item of a list ("1. Needs to ...", "2) Misses ..."): it opens its line or
    sentence and a "." or ")" follows; no count."""
    doc = t.doc
    if t.i + 1 >= len(doc) or doc[t.i + 1].text not in (".", ")") or not t.text.isdigit() or len(t.text) > 2:
        return False
    return bool(t.is_sent_start) or line_start(doc, t.i)


def calendar_word(t: Token) -> bool:
    """A month or weekday named as a date ("since March", "on Monday"), not the modal "may" nor a
    person called April."""
    return (t.lower_ in _CALENDAR and t.pos_ in ("PROPN", "NOUN") and t.ent_type_ != "PERSON"
            and t.dep_ not in ("nsubj", "nsubjpass", "poss", "vocative"))
#: Work products whose naming makes a request specific.
_ARTIFACTS = frozenset("""report reports document doc docs ticket tickets deck decks checklist checklists slide slides
presentation presentations update updates dashboard dashboards spreadsheet runbook runbooks handover handovers
test tests pull review reviews invoice invoices proposal proposals forecast forecasts budget plan spec specs
agenda minutes email emails newsletter release releases demo demos audit audits chart charts log logs""".split())


#: A quoted title or occurrence of three characters or more.
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]{3,}[\"\u201d]")
#: What makes a request measurable, and what makes it time-bound (see ``smart_gaps``).
_MEASURABLE = re.compile(r"\d|%|\b(every|each|per) |\b(daily|weekly|monthly)\b"
                         r"|\b(two|three|four|five|six|seven|eight|nine|ten|twice|half)\b")
_DEADLINE = re.compile(r"\bby\b|\bbefore\b|\buntil\b|\bdeadline\b")

#: pronouns of people: a line with one is said to or of someone, not a section heading
_PEOPLE = frozenset("you your yours he him his she her hers they them their i me my we us our".split())

#: A blank for the person's name in a template ("[Employee name]", "[insert name]", "<Name>"): the person,
#: not a fact left to fill in
NAME_BLANK = re.compile(r"[\[<] ?(?:insert |the )?(?:(?:employee|person|team member|staff member|colleague|first|last|"
                        r"full)(?:'s)? )?name(?: here| withheld)? ?[\]>]|[\[<](?:employee|team member|person)[\]>]",
                        re.IGNORECASE)
#: A rewrite placeholder such as "[date]" stands for a fact the writer will fill in (a name blank does not).
PLACEHOLDER = re.compile(r"(?!(?i:" + NAME_BLANK.pattern + r"))\[[a-z][^\]]{0,60}\]")


def name_blank(t: Token) -> bool:
    """The token is (part of) a blank for the person's name ("[Employee name] is excellent at ...")."""
    doc = t.doc
    start = next((i for i in range(t.i, max(-1, t.i - 5), -1) if doc[i].text in ("[", "<")), None)
    end = next((x.i for x in doc[t.i: t.i + 4] if x.text in ("]", ">")), None)
    return start is not None and end is not None and bool(
        NAME_BLANK.fullmatch(doc.text[doc[start].idx: doc[end].idx + 1]))


#: request cues that only say when: a request with them, a prediction without ("she can take on more in the future")
_TIME_CUES = frozenset({"going forward", "moving forward", "in the future", "next year", "next quarter", "next cycle",
                        "next review period", "this coming year"})


def _predicts(sent: Span) -> bool:
    """The sentence forecasts (will, can, may, might, 'll, is going to), it does not ask."""
    return any(t.dep_ == "aux" and t.lower_ in ("will", "'ll", "can", "may", "might", "wo", "ca") for t in sent) \
        or any(t.lower_ == "going" and t.i + 1 < sent.end and t.nbor(1).lower_ == "to" and t.dep_ != "ROOT"
               for t in sent)


def verb_lemmas_of(nlp: Any) -> frozenset[str]:
    """The verb base forms in a pipeline's rule lemmatizer (empty when it has none)."""
    try:
        return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    except (KeyError, AttributeError, ValueError):
        return frozenset()


@dataclass
class WordLists:
    person_nouns: frozenset[str]
    attribute_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    negative_cues: frozenset[str]
    trait_cues: frozenset[str]
    base_verbs: frozenset[str]
    #: verbs of work a person does: an agentless passive of one is about that person's behavior
    task_verbs: frozenset[str]
    #: first words of review-form section headings ("Areas to improve", "What could be better")
    heading_words: frozenset[str]
    negative_cue_phrases: frozenset[str]
    negating_absolutes: frozenset[str]
    rhetorical: PhraseSearch
    request_cues: PhraseSearch
    reason_cues: PhraseSearch
    next_step: PhraseSearch
    positive: PhraseSearch
    #: base forms of English verbs (the parsing model's lemmatizer index; empty without one), to read
    #: review fragments that open with a verb the tagger took for a noun ("Misses deadlines constantly.")
    verb_lemmas: frozenset[str] = field(default_factory=frozenset, repr=False, compare=False)
    #: every lexicon's terms, for checks that read their own lists (the document checks)
    lexicons: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    #: derived word lists built on first use (see ``fairfeedback.document.doc_words``)
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    #: verbs whose object names a flaw dealt with, not caused ("fixes bugs", "logs his mistakes")
    remedy_verbs: frozenset[str] = field(default_factory=frozenset, repr=False, compare=False)
    #: rules whose findings are criticism by declaration (``polarity: negative`` in the rule file)
    criticism_rules: frozenset[str] = field(default_factory=frozenset, repr=False, compare=False)
    #: rules whose findings are verdicts on the person's future (``forecast: true`` in the rule file)
    forecast_rules: frozenset[str] = field(default_factory=frozenset, repr=False, compare=False)

    @classmethod
    def from_rules(cls, rules: RuleSet) -> WordLists:
        cues = rules.terms("negative-cues") | rules.terms("traits-negative") | rules.terms("coded-words")
        return cls(
            person_nouns=rules.terms("person-nouns"),
            attribute_nouns=rules.terms("attribute-nouns"),
            speech_verbs=rules.terms("speech-verbs"),
            negative_cues=frozenset(c for c in cues if " " not in c),
            trait_cues=rules.terms("traits-negative") | rules.terms("coded-words"),
            base_verbs=rules.terms("imperative-verbs"),
            task_verbs=rules.terms("task-verbs"),
            remedy_verbs=rules.terms("remedy-verbs"),
            heading_words=rules.terms("heading-words"),
            # polarity reads a clause as its tokens joined by spaces, and spaCy splits most hyphenated
            # words ("sub-par" -> "sub - par"), so a hyphenated cue is also looked for in that form
            negative_cue_phrases=frozenset({c for c in cues if " " in c} | {c.replace("-", " - ") for c in cues if "-" in c}),
            negating_absolutes=frozenset({"never", "nothing", "not", "n't", "n’t", "nt", "none", "no", "nobody", "zero"}),
            rhetorical=PhraseSearch(rules.terms("rhetorical-questions")),
            request_cues=PhraseSearch(rules.terms("request-cues")),
            reason_cues=PhraseSearch(rules.terms("reason-cues")),
            next_step=PhraseSearch(rules.terms("next-step-cues")),
            positive=PhraseSearch(rules.terms("positive-cues")),
            lexicons={name: lex.terms for name, lex in rules.lexicons.items()},
            criticism_rules=frozenset(r.id for r in rules.rules if r.polarity == "negative"),
            forecast_rules=frozenset(r.id for r in rules.rules if r.forecast),
        )

    def is_heading(self, sent: Span) -> bool:
        """A section heading of a review form, not a sentence: a short line that does not end a
        sentence and either ends in a colon or starts with a heading word ("Areas to improve",
        "What could be better", "Next steps:"); "Needs to step up" is a fragment to read."""
        toks = [t for t in sent if not t.is_space]
        if not toks or len(toks) > 7 or toks[-1].text in (".", "!", "?", "…") or "\n" in sent.text.strip():
            return False
        if toks[-1].text == ":":
            return True
        first = next((t for t in toks if t.is_alpha), None)
        if any(t.lower_ in _PEOPLE for t in toks):
            return False  # "What were you thinking", "How could he": said to or of someone
        if first is None or not (first.text[:1].isupper() and first.lower_ in self.heading_words):
            return False
        if len(toks) > 1 and toks[1].text == "," or first.tag_ not in ("WP", "WRB") and any(
                t.tag_ in ("VBZ", "VBD", "VBP", "MD") and (t.dep_ == "ROOT" or t.dep_ in ("aux", "auxpass")
                                                          and t.head.dep_ == "ROOT") for t in toks):
            return False  # a sentence left without its stop: "Overall, weak results", "Performance was weak this year"
        return True

    def has_specifics(self, sent: Span, *, habitual: bool = True) -> bool:
        """A date, time, number, count, named artifact or quoted title in the sentence; with
        ``habitual``, also how often ("every week", "daily": what makes a request measurable)."""
        low = sent.text.lower()
        periods = [(m.start(), m.end()) for m in _PERIOD_RE.finditer(low)]  # "in the last 6 months"
        text = low
        for start, end in reversed(periods):
            text = text[:start] + " " + text[end:]
        text = _HANDLE.sub(" ", _HYPERBOLE.sub(" ", _LIST_MARK.sub(" ", text)))
        if _SPECIFIC_RE.search(text) or PLACEHOLDER.search(text) or (habitual and _HABITUAL_RE.search(text)):
            return True
        figures = {t.i for t in sent if _HYPERBOLE.match(sent.doc[t.i: t.i + 2].text.lower())}
        figures |= {t.i for t in sent if any(a <= t.idx - sent.start_char < b for a, b in periods)}
        shouting = in_capitals(sent)
        for t in sent:
            if t.like_num and t.lower_ not in _NOT_COUNTS and not _YEAR.match(t.text) and t.i not in figures \
                    and not list_number(t):
                return True
            if calendar_word(t):
                return True
            if t.pos_ != "PROPN" or shouting or _a_name(t, sent) or t.text.startswith("@"):
                continue  # people's names are no specifics (nor is every word of a sentence in capitals)
            if t.i != sent.start and t.dep_ not in (
                "nsubj", "nsubjpass", "poss", "appos", "npadvmod", "ROOT", "vocative", "dobj", "compound"
            ) and t.head.lemma_ not in ("with", "to", "for", "from", "like", "unlike", "than", "about", "without", "by",
                                        "as") and not (t.dep_ == "attr" and not t.text.isupper()):
                # (a capitalized label or role is none: "has been a Star", "as Lead Developer"; "more DRY" names one)
                return True
            # "the Apollo dashboard"; not a name whose surname the parser took for a noun ("Jordan smith is ...",
            # "Carl thorn's reports")
            # (a sentence's first word tagged a name for its capital and named as nothing: "Manager note - ...")
            if t.dep_ == "compound" and t.head.pos_ == "NOUN" and t.head.lower_ not in _OWNED and (
                    t.i != sent.start or t.ent_type_) and not (
                    t.head.dep_ in ("nsubj", "nsubjpass", "poss") and not any(c.dep_ in ("det", "poss") for c in t.head.children)):
                return True
        return bool(_QUOTED.search(sent.text))

    def smart_gaps(self, sent: Span) -> list[str]:
        """Which of specific / measurable / time-bound a request lacks."""
        low = sent.text.lower()
        gaps = []
        specific = any(t.pos_ == "PROPN" and t.dep_ not in ("nsubj", "nsubjpass") for t in sent) or \
            bool(_QUOTED.search(sent.text)) or any(t.lemma_.lower() in _ARTIFACTS for t in sent)
        if not specific:
            gaps.append("specific")
        if not _MEASURABLE.search(low):
            gaps.append("measurable")
        if not (_PERIOD_RE.search(low) or _DEADLINE.search(low) or any(calendar_word(t) for t in sent)):
            gaps.append("time-bound")
        return gaps

    def has_reason(self, sent: Span) -> bool:
        """The sentence states an impact or a reason ("because", "which led to", ...)."""
        text = sent.text.lower()
        return bool(self.reason_cues.search(text) or PLACEHOLDER.search(text))

    def is_request(self, sent: Span, *, imperative: bool) -> bool:
        """An expectation, goal or request: imperative, modal, 'needs to', 'I'd like to see'..."""
        if imperative:
            return True
        text = sent.text.lower()
        cues = [m.group(0) for m in self.request_cues.finditer(text) if cue_holds(sent, m.start(), m.group(0))]
        if any(c not in _TIME_CUES for c in cues):
            return True
        if cues and not _predicts(sent):
            return True  # "Going forward, double-check the totals"; not "In the future he will lead a team"
        first = sent[0]
        # Review-form fragments: "Needs to ...", "Should ...", "Must ...", "Could be more ...", "Has to ..."
        # (not "Has a knack for ...")
        if first.lower_ == "has":
            return first.i + 1 < sent.end and sent.doc[first.i + 1].lower_ == "to"
        return first.lower_ in ("needs", "need", "should", "must", "could", "would", "try", "work", "focus")
