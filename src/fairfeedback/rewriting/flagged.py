"""Words that several findings of one sentence flag, reworded for the sentence's one rewrite.

A sentence with several findings gets one rewrite, offered by all of them (``agree_on_rewrite``),
so that rewrite keeps none of their flagged words: a rewrite that kept "a wonderful teammate" beside
the rewritten "has plateaued", or all of "creative, dependable and a natural host", would contradict
the findings that flag them. The other categories' rewrites take their own words out; the vague
evaluations and targets the rewrite keeps become prompts for their evidence that keep their
polarity and what they were about, by the run's role in the sentence (``prompts.reword``):

- a praise run after "is" -> "Lena [what Lena did, and why it stood out]", its complements and
  role inside ("[what Priya did to help the desk, ...]", "[what Kofi did as an engineer, ...]"),
  its unflagged conjuncts kept with their verb ("... and is curious");
- a judged clause -> "he [what he did, and what you expected instead]"; a thing's quality ->
  "her code is [what was missing, shown where]";
- a judged thing -> "writes [which notes, and what you valued in them]";
- a vague target -> "[what to change, measured how, by when]";
- a praise adjective on a person noun ("a group of | cheerful | interns") is dropped.

Prompts hold no evaluative word ("good", "well") a finding could flag. The runs are found once per
sentence, from its parse, and kept on the doc; everything that renders the sentence's tokens
(``render``, ``emit``) substitutes them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..context.analysis import Analysis
from ..matching.component import SPAN_KEY
from .negated import negations

__all__ = ["ABSOLUTES", "close", "emit", "opens_with_prompt", "past_runs", "polarity", "prepare", "release", "render", "runs",
           "sentence_spans"]

_KEY = "fairfeedback.rewrite.runs"
#: rule families whose flagged words are always a criticism (character, shaming, coded, intent, sensitive)
_CRITICAL_FAMILIES = {"FF1", "FF4", "FF6", "FF7", "FF8"}
#: the always/never words an absolute's finding flags alone (a praise prompt leaves them to be counted)
ABSOLUTES = {"always", "never", "constantly", "consistently", "continually", "repeatedly", "routinely",
              "regularly", "invariably", "habitually", "persistently"}
_GAP = {",", "and", "or", "&", "/"}
#: rule families whose words a shared rewrite rewords: vague targets (FF2) and vague evaluations (FF3)
_REWORDED = {"FF2", "FF3"}


def prepare(a: Analysis) -> None:
    """Find the flagged runs of ``a``'s sentence (once per sentence) and keep them on the doc."""
    doc = a.sent.doc
    # (plain dicts and tuples only: doc.user_data must stay serializable, so no sets)
    store = doc.user_data.setdefault(_KEY, {"done": {}, "at": {}})
    if a.sent.start in store["done"]:
        return
    store["done"][a.sent.start] = True
    for start, end, text in _regions(a):
        for i in range(start, end):
            store["at"][i] = (start, end, text)


def release(doc: Doc) -> None:
    """Forget the runs once the doc's findings are built: ``doc.user_data`` travels with the doc
    (``to_bytes``, ``nlp.pipe(n_process=2)``) and need not carry them."""
    doc.user_data.pop(_KEY, None)


def runs(doc: Doc) -> dict[int, tuple[int, int, str]]:
    """Token index -> (start, end, replacement) of the reworded run it belongs to."""
    return doc.user_data.get(_KEY, {}).get("at", {})


def render(tokens) -> str:  # noqa: ANN001
    """The tokens' text with each flagged run replaced by its prompt (once, where it starts)."""
    if not tokens:
        return ""
    at = runs(tokens[0].doc)
    out: list[str] = []
    done: set[int] = set()
    prev = None
    for t in tokens:
        if prev is not None and t.i > prev.i + 1 and out and not out[-1].endswith(" ") and not t.is_punct:
            # a gap where words were left out; a comma before the word it resumed with stays ("face, | making")
            out.append(", " if t.doc[t.i - 1].text == "," else " ")
        prev = t
        r = at.get(t.i)
        if r is None:
            out.append(t.text + t.whitespace_)
        elif r[0] not in done:
            done.add(r[0])
            last = t.doc[r[1] - 1]
            if r[2] and out and not out[-1].endswith((" ", "\n")):
                out.append(" ")  # "he's | friendly": the prompt is a word of its own
            out.append(r[2] + (last.whitespace_ if r[2] else ""))
    return "".join(out).strip()


def emit(t, done: set[int]) -> list[str]:  # noqa: ANN001
    """The prompt of the run token ``t`` belongs to, the first time one of its tokens is rendered."""
    start, end, text = runs(t.doc)[t.i]
    if start in done:
        return []
    done.add(start)
    return [text + (t.doc[end - 1].whitespace_ if text else "")]


def opens_with_prompt(sent) -> bool:  # noqa: ANN001
    """Whether the sentence's first reworded run asks what its subject, which opens the sentence, did
    ("Mei | [what Mei did, ...]"): then an "On [date], ..." frame asks for the instance."""
    at = runs(sent.doc)
    # (a run reworded to nothing before the subject: "Not only is she capable, | she ...")
    gone = max((r[1] for i, r in at.items() if sent.start <= i < sent.end and not r[2] and r[0] == sent.start),
               default=sent.start)
    first = min((r[0] for i, r in at.items() if sent.start <= i < sent.end and r[2]), default=None)
    return first is not None and at[first][2].startswith("[what ") and " did" in at[first][2] and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == gone and t.right_edge.i == first - 1 for t in sent)


def _regions(a: Analysis) -> list[tuple[int, int, str]]:
    from .behavior import combine, for_flagged_noun, hedges, merge_prompts, thing_prompt  # (they render with this module)
    from .valued import valued
    from .lacked import lacked_region
    from .targeted import clipped, joined_target
    from .conditional import forecast, outcome_spans
    from .coordination import own_predicate, reported, spliced
    from .foretold import foretold
    from .governed import frame_end
    from .possibility import kept_forecast
    from .prompts import _who, reword
    from .requirement import required, required_prompt, shown
    sent, doc = a.sent, a.sent.doc
    spans = spans_of(sent)
    if len({(sp.start, sp.end, sp.label_) for sp in spans}) < 2:
        return []
    # a span around another (a learned rule's clause) breaks when the inner one is reworded
    inner = [sp for sp in spans if not any((o.start, o.end) != (sp.start, sp.end) and sp.start <= o.start
                                           and o.end <= sp.end for o in spans)]
    # vague evaluations and targets: the other categories' own rewrites take their words out, and a
    # rewrite that keeps those words gives way to one that does not (``agree_on_rewrite``)
    inner = [sp for sp in inner if sp.label_[:3] in _REWORDED]
    # what a conditional's request would bring asks what would follow ("If he [what he will change ...], I
    # could see him | [what he would then do]"), not for an instance of what the person did
    outcomes = outcome_spans(sent)
    merged: list[list] = []  # [start, end, labels]
    for sp in sorted(inner, key=lambda s: (s.start, s.end)):
        s, e = sp.start, sp.end
        while e > s + 1 and doc[e - 1].is_punct:
            e -= 1
        clause = any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in doc[s:e])  # a clause of its own: not a list item
        clause = clause or merged and own_predicate(doc[s:e].root, merged[-1])  # ("solid work | and | can be ...")
        if merged and (s < merged[-1][1] or not clause and all(
                t.text in _GAP or (t.dep_ in ("advmod", "det") and s <= t.head.i < e) for t in doc[merged[-1][1]:s])
                or joined_target(a, merged[-1][1], s, e)):  # ("some promise | in | room for improvement": ``targeted``)
            merged[-1][1] = max(merged[-1][1], e)
            merged[-1][2].append(sp.label_)
        else:
            merged.append([s, e, [sp.label_]])
    out: list[tuple[int, int, str]] = []
    for s, e, labels in merged:
        if out and s < out[-1][1] or reported(doc, s, e):
            continue  # already inside the region of the run before it; or others' report: kept as written
        region = valued(a, s, e, labels) or lacked_region(a, s, e) or reword(a, s, e, labels)  # (``valued``, ``lacked``)
        if region is None:
            continue
        if any(sp.text.lower() in region[2].lower() for sp in spans):  # the thing itself is flagged ("potential")
            # the clause it is in asks for the person's behavior; else the thing is asked for
            region = for_flagged_noun(a, s, e, labels) or (region[0], region[1], thing_prompt(doc, s, e))
        region = clipped(a, _with_relative(doc, region, inner), s, e)  # ("... | on her slide decks": ``targeted``)
        if region[2].startswith("[") and " did" in region[2]:  # "she [what she did, ...] | as she grows": its time frame goes
            region = (region[0], frame_end(doc, region[0], region[1]), region[2])
        if any(s <= sp.start and sp.end <= e for sp in outcomes) and region[2].startswith("["):
            region = (region[0], region[1], forecast(region[2], _who(a, s, e)))
        elif region[2].startswith("[what ") and " did" in region[2] and (required(doc[s:e].root)
                                                                        or foretold(doc[s:e].root)):
            region = (region[0], region[1], required_prompt(region[2], _who(a, s, e)))  # "must prove he | [...]"
        elif polarity(a, s, e, labels) == "target" and (at := shown(doc[s:e].root)) is not None:
            region = (min(at, region[0]), region[1], required_prompt("", _who(a, s, e)))  # "prove he | [what he needs to show]"
        region = kept_forecast(a, s, e, labels, region)  # "might become a great presenter (based on [...])"
        if region[0] > sent.start and doc[region[0] - 1].lower_ in ("a", "an") and region[0] <= doc[region[0] - 1].head.i \
                < region[1] and region[2].startswith("["):
            region = (region[0] - 1, region[1], region[2])  # "an | [what ...]": the article goes with its noun
        if out and region[0] < out[-1][1]:
            continue
        if out and _same(out[-1][2], region[2]) and all(t.dep_ in ("cc", "punct") for t in doc[out[-1][1]:region[0]]):
            # "[what Sam did ...] and [what Sam did ...]": once, with what each was about
            out[-1] = (out[-1][0], region[1], combine(out[-1][2], region[2]))
            continue
        if out and spliced(doc, out[-1], region):  # "Ana [what Ana did, ...], she [what she did, ...]": once
            out[-1] = (out[-1][0], region[1], combine(out[-1][2], region[2]))
            continue
        merged_ = merge_prompts(doc, out[-1], region) if out else None
        if merged_ is not None:  # "she [what she did, ...] and has [which instincts, ...]": one prompt
            out[-1] = merged_
            continue
        out.append(region)
    return sorted(out + hedges(doc, out))


def _with_relative(doc: Doc, region: tuple[int, int, str], spans: list) -> tuple[int, int, str]:
    """A prompt for what the person did that takes the place of a noun takes the relative clause on it too
    ("Omar [what Omar did, ...] | that we look for"), and so does a prompt for a thing whose relative clause
    is flagged itself ("[which work, ...] | that [did what, ...]"): the clause would have nothing to be about.
    ("[which work, ...] | that meets our standards" stays.)"""
    start, end, text = region
    if not text.startswith("["):
        return region
    clause = text.startswith("[did what") or text.startswith("[what ") and " did" in text.split(",")[0]
    rel = [k for t in doc[start:end] for k in t.children if k.dep_ == "relcl" and end <= k.left_edge.i <= end + 1
           and all(x.is_punct for x in doc[end:k.left_edge.i])
           and (clause or any(sp.start <= k.i < sp.end and sp.label_[:3] in _REWORDED for sp in spans))]
    if not rel:
        return region
    last = max(k.right_edge.i for k in rel) + 1
    words = doc[rel[0].left_edge.i:last]
    if clause and text.startswith("[what ") and len(rel) == 1 and words[0].lower_ in ("that", "which") \
            and not any(sp.start < last and words.start < sp.end for sp in spans):
        # what the writer said of it stays, said of what the person did: "[what Omar did that we look for, ...]"
        at = text.index(" did") + 4
        return start, last, f"{text[:at]} that {words[1:].text}{text[at:]}"
    return start, last, text


def past_runs(doc: Doc, cut: int, last: int) -> int:
    """A place to cut the sentence that is not inside a reworded run ("has a lot to improve and | skills to
    grow" is one target): after the run, and after what its words govern ("... skills to grow | at the depot")."""
    for start, end, _ in set(runs(doc).values()):
        if start < cut < end:
            cut = max([end] + [t.right_edge.i + 1 for t in doc[end:last + 1] if start <= t.head.i < end
                               and t.dep_ not in ("advcl", "conj", "relcl", "parataxis", "ccomp", "cc", "punct", "mark")])
    return cut


def close(doc: Doc, s: int, e: int, stop: int) -> int:
    """The end of a run that stops inside a phrase ("the fastest typist on the | desk", "is of middling |
    polish"): the phrase's end."""
    for _ in range(3):
        grown = e
        for t in doc[s:e]:
            if t.dep_ in ("det", "amod", "compound", "nummod", "poss", "aux", "prep", "advmod") and e <= t.head.i < e + 3:
                grown = max(grown, t.head.i + 1)
            for c in t.children:
                if c.i < e <= c.right_edge.i and c.dep_ in ("pobj", "prep", "det", "amod", "compound", "nummod"):
                    grown = max(grown, c.right_edge.i + 1)
        if grown == e or grown > stop:
            break
        e = grown
    return min(e, stop)


def _same(x: str, y: str) -> bool:
    """Two prompts for one person's praise (or criticism), joined by "and": one is enough."""
    return x.startswith("[what ") and y.startswith("[what ") and x.split(" did")[0].removesuffix(" said or") \
        == y.split(" did")[0].removesuffix(" said or") and ("stood out" in x) == ("stood out" in y)  # (``toward``)


def polarity(a: Analysis, s: int, e: int, labels: list[str]) -> str:
    """'target', 'negative' or 'positive': what the run's prompt asks for."""
    from .stated import stated  # ("Marta | is kind": the lemmas of the exhortation "be kinder", a statement)
    from .targeted import target_run  # ("has a long way to go": a target a praise rule flags)
    if (any(lab[:3] == "FF2" for lab in labels) and not stated(a, s, e) or target_run(a, s, e)) \
            and not any(lab[:3] in _CRITICAL_FAMILIES for lab in labels):
        return "target"
    # (a vague evaluation that is a verdict says so in its rule file: ``polarity: negative``)
    if any(lab[:3] in _CRITICAL_FAMILIES or lab in a.words.criticism_rules for lab in labels) or any(
            sp.label_[:3] in _CRITICAL_FAMILIES and sp.start < e and s < sp.end and not _contrasted(a.sent, sp, s, e)
            for sp in sentence_spans(a)):
        return "negative"  # (words a criticism's finding covers too are criticism: "she has shown indifference to ...")
    doc, words = a.sent.doc, a.words
    run = doc[s:e]
    an = Analysis(run, words, a.sent)
    bad = an.polarity == "negative"
    low = " ".join(t.lower_ for t in run)
    inside = any(t.lower_ in words.negative_cues or t.lemma_.lower() in words.negative_cues for t in run) \
        or any(p in low for p in words.negative_cue_phrases)
    flips = negations(doc, s, e)  # ("is | rarely creative", "is not | creative": criticism, ``negated``)
    return "negative" if bad ^ inside ^ (flips % 2 == 1) else "positive"


#: words that set one clause against another ("..., | but she is polite with the guests")
_CONTRAST = {"but", "yet", "although", "though", "whereas"}


def _contrasted(sent: Span, sp: Span, s: int, e: int) -> bool:
    """A finding over the whole of a sentence whose clauses are set against each other ("Jun does the
    minimum to get by, | but | she is polite with the guests"): it says the sentence criticizes, not that
    each clause does, and the words of a run ``s:e`` on one side decide what its prompt asks for."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    contrast = [t.i for t in words if t.lower_ in _CONTRAST and t.dep_ in ("cc", "mark") and t.i > words[0].i]
    return bool(words) and sp.start <= words[0].i and words[-1].i < sp.end and bool(contrast) \
        and not any(s <= i < e for i in contrast)


def spans_of(sent: Span) -> list:
    """The flagged spans of the sentence ``sent``."""
    return [sp for sp in sent.doc.spans.get(SPAN_KEY, []) if sent.start <= sp.start < sent.end]


def sentence_spans(a: Analysis) -> list:
    """The flagged spans of ``a``'s sentence."""
    return spans_of(a.sent)
