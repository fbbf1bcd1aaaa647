"""Reading each sentence of a review: :func:`read_sentences` (see the package
docstring for what it reads)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..context.words import WordLists
from ..models import Category, Finding
from ._grammar import _inside, _negator
from .clauses import _acknowledges, _critical, _denied
from .cues import DocWords, doc_words
from .forward import _concrete_next_step, _forward, _instance, support_named

#: Categories whose findings make a sentence critical.
CRITICAL = {Category.CHARACTER_JUDGMENT, Category.SHAMING, Category.ABSOLUTE, Category.CODED_LANGUAGE,
            Category.INTENT_ATTRIBUTION, Category.VAGUE_TARGET}
#: Of those, categories whose finding is criticism by itself.  An absolute
#: ("always", "never") is flagged on praise too ("always willing to stay late"),
#: so it makes a clause critical only when nothing in the clause acknowledges work.
STRONG = CRITICAL - {Category.ABSOLUTE}


# -- reading one sentence -------------------------------------------------------------------

_QUOTE = re.compile(r"[\"\u201c][^\"\u201d]{3,}[\"\u201d]")
#: A quoted occurrence is a quotation of two words or more (not a scare-quoted word).
_QUOTED_WORDS = re.compile(r"[\"\u201c][^\"\u201d]*\w\W+\w[^\"\u201d]*[\"\u201d]")
_CONTRAST = {"but", "however", "although", "though", "yet", "whereas", "except"}
_WORD = re.compile(r"[a-z]+")

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

    def only_asks(self, dw: DocWords) -> bool:
        """Critical only because a vague request to grow was found in it ("should take on more"),
        not a request to fix something ("should improve her accuracy"): ``doc-growth-asks``."""
        crit = [w for w in self.why if w.startswith("critical:")]
        words = set(_WORD.findall(self.text.lower()))
        return bool(crit) and all(w == "critical: finding vague-target" for w in crit) \
            and bool(words & dw.grow) and not words & dw.fix and "work on" not in self.text.lower()

    def flags(self) -> str:
        names = ("critical", "acknowledgment", "forward", "next_step", "instance")
        return " ".join(n for n in names if getattr(self, n))


def _segments(toks: list[Token]) -> list[list[Token]]:
    """Clauses of a sentence split at contrast words and at ';' or ':'
    ("Good eye, but the mockups look amateur": two segments)."""
    segs: list[list[Token]] = [[]]
    # a concession ends where its clause ends ("Though she works hard | the audit found gaps ...")
    conceded = {m.head.right_edge.i for m in toks if m.dep_ == "mark" and m.head.dep_ == "advcl"
                and m.lower_ in _CONTRAST | {"while"} and m.head.i > m.i and m.head.right_edge.i < toks[-1].i}
    for t in toks:
        if segs[-1] and segs[-1][-1].i in conceded:
            segs.append([])
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
    marker: int | None = None  # a list's number or bullet the parser left as a sentence ("1.", "-")
    for sent in doc.sents:
        start = sent.start
        for t in list(sent) + [None]:
            if t is None or _line_break(t, full):
                end = sent.end if t is None else t.i
                words = [x for x in doc[start:end] if not x.is_space]
                if words and not any(x.is_alpha for x in words) and t is None:
                    marker = words[0].i if marker is None else marker
                elif words and not (words[-1].text == ":" and len(words) <= 6):
                    yield doc[words[0].i if marker is None else marker: words[-1].i + 1]
                    marker = None
                else:
                    marker = None
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
    #: where each strong finding starts and ends (a finding over several clauses, such as a learned
    #: rule's whole sentence, marks the sentence critical but pins no clause: "showed plenty of drive,
    #: but the reports lack detail" still acknowledges in its first clause)
    strong_at: list[list[tuple[int, int]]] = [[] for _ in sents]
    weak_at: list[list[int]] = [[] for _ in sents]
    praise: list[list[tuple[int, int]]] = [[] for _ in sents]
    for f in findings:
        at = f.start - offset
        for i, (a, b) in enumerate(bounds):
            if a <= at < b:
                cats[i].add(f.category)
                if f.category in STRONG:
                    strong_at[i].append((at, f.end - offset))
                elif f.category in CRITICAL:
                    weak_at[i].append(at)
                if f.category is Category.VAGUE_EVALUATION:
                    # praise when the flagged words are positive ("Great job"), not "pointless"
                    mtoks = doc.char_span(at, f.end - offset, alignment_mode="expand")
                    if mtoks is not None and any(dw.praise(t) or dw.acknowledgment.token(t) for t in mtoks) \
                            and not any(t.lower_ in words.negative_cues or dw.critical.token(t) for t in mtoks) \
                            and not any(_negator(t) in ("not", "n't") or _denied(t) for t in mtoks):
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
            flagged = any(seg_base <= a < seg_end and (b <= seg_end or len(segs) == 1) for a, b in strong_at[i])
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
        if not sf.next_step and Category.SENSITIVE_DISCLOSURE not in cats[i]:
            support = support_named(toks, words)
            if support:
                sf.next_step = True
                sf.why.append(f"next step: {support}")
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
