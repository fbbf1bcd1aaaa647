"""A phrase the judged word governed, fit to follow a prompt's "what Sam did": the preposition a
noun or adjective selects ("capable | of cleaning the rooms", "potential | for advancement", "a key
part | of the crew") reads as nonsense there ("[what Sam did of the crew]"), so it becomes "about"
("[what Sam did about advancement]"), or "for" after a word of belonging ("[what Sam did for the
crew]"); a phrase that only names somebody ("the credit | for himself", "well-spoken | for someone in
her role") goes, and so does the time frame of a forecast ("little potential | in the long run", "could
write better code | as she grows"): it belonged to the judgment, and an instance of what the person
did has its own date (not "[what Sam did in the long run]", "On [date], she [...] as she grows"); the
rewrite puts it on what it asks of the future instead (``about.frame``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..matching.component import SPAN_KEY
from .idioms import in_idiom

__all__ = ["addressed", "after_did", "frame_end", "no_dangling", "time_frame"]

#: prepositions a judged noun or adjective selects, which do not follow "did"
_SELECTED = {"of", "from", "for"}
#: nouns of belonging or worth ("a key part | of the crew", "an asset | to the team"): what the person did was for it
_BELONGING = {"part", "member", "asset", "addition", "piece", "credit", "fit", "pillar", "backbone", "cornerstone"}
#: the others a comparison names ("the rest | of the crew")
_OTHERS = {"rest", "others", "majority", "most"}
#: objects that only name somebody, not what the judgment was about
_SOMEBODY = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "himself", "herself", "themselves",
             "yourself", "myself", "him", "her", "them", "me", "us", "you", "one", "person", "individual", "people"}


#: nouns of the time frame a forecast sets ("in the long | run", "in the | future", "down the | road")
_FRAMES = {"run", "term", "future", "road", "line", "horizon", "haul"}
#: verbs of a person's development that an "as" clause times a forecast by ("as she | progresses")
_GROWING = {"progress", "grow", "develop", "mature", "advance", "learn", "evolve", "gain", "settle"}
#: adverbs of a forecast's time frame ("will | eventually | ...")
_LATER = {"eventually", "someday", "ultimately"}
#: prepositions of a time frame ("| in the long run", "| down the road", "| over time"; not "much | of a future")
_SPANNING = {"in", "on", "over", "down", "into", "along"}


def time_frame(t: Token) -> bool:
    """Whether ``t`` heads the time frame of a forecast: "in the long run", "over time", "going
    forward", "eventually", "as she progresses" (not a time the writer gave: "on Tuesday")."""
    if t.dep_ == "prep":
        obj = next((o for o in t.children if o.dep_ == "pobj"), None)
        return obj is not None and t.lower_ in _SPANNING and (obj.lemma_.lower() in _FRAMES or t.lower_ == "over"
                                                              and obj.lemma_.lower() == "time")
    if t.dep_ == "advmod":
        return t.lower_ in _LATER
    if t.dep_ in ("acl", "advcl", "xcomp") and t.lemma_ == "go":  # "| going forward"
        return any(c.lower_ == "forward" for c in t.children) and t.n_lefts == 0
    return t.dep_ == "advcl" and t.lemma_ in _GROWING and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)


def frame_end(doc: Doc, start: int, end: int) -> int:
    """The end of a prompt's region ``doc[start:end]`` with the time frames that follow it and hang on its
    words ("she [what she did, ...] | as she grows"): they go with the judgment the prompt replaces."""
    while end < len(doc):
        nxt = doc[end]
        frame = next((t for t in [nxt, *nxt.ancestors] if t.left_edge.i == end and time_frame(t)), None)
        if frame is None or not start <= frame.head.i < end:
            return end
        end = frame.right_edge.i + 1
    return end


def _flagged(t: Token) -> bool:
    return any(sp.start <= t.i < sp.end for sp in t.doc.spans.get(SPAN_KEY, []))


def after_did(prep: Token, text: str, people: frozenset[str] = frozenset(), *,
              said: frozenset[str] | None = None) -> str:
    """``text``, the rendered phrase of ``prep``, as it reads after "what ... did", when a flagged word
    governs it (not "the others | in her cohort", which is no judgment's). A group of ``people`` it
    concerned is no aspect of the person ("committed | to her team" -> "with her team"). With ``said`` (the
    nouns for people), a prompt that asks what was said or done to somebody (``addressed``) keeps the writer's
    "to" ("rude | to the vendor")."""
    rest = in_idiom(prep)  # "step up | to the plate": no place of what the person did (``idioms``)
    if rest is not None:
        text = rest
    if time_frame(prep) or _acts_on_the_person(prep) or not no_dangling(text):  # (nor "| at what he does")
        return ""
    if said is not None and addressed(prep, said):
        return text
    head = _governor(prep)
    quality = head.pos_ == "ADJ" or head.tag_ == "VBN" and (head.dep_ in ("acomp", "amod", "conj", "oprd", "xcomp") or any(
        c.dep_ == "auxpass" and c.lemma_ == "be" for c in head.children))  # "devoted", "is | committed"
    if prep.dep_ == "agent" and quality and text.lower().startswith("by "):
        return "about " + text[3:]  # "motivated | by the work": what it was about
    if prep.dep_ != "prep" or not (quality or head.pos_ in ("NOUN", "PROPN")) \
            or not text.lower().startswith(prep.lower_ + " ") or not _flagged(head):
        return text
    obj = next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return text
    if head.lemma_.lower() in _OTHERS:
        return ""  # the others a comparison measured the person by ("as the others | in her cohort")
    nxt = next((c for c in obj.children if c.dep_ == "prep" and c.i > obj.i), None)
    if _flagged(obj) and nxt is not None and text.split(" ", 2)[1:2] == [nxt.text]:
        # its object was the judgment, left out ("much of | a path upward | for him here"): the next phrase
        return after_did(nxt, text.split(" ", 1)[1])
    if obj.lower_ in _SOMEBODY or obj.lemma_.lower() in _SOMEBODY:
        return ""
    belonging = prep.head.lemma_.lower() in _BELONGING
    if prep.lower_ in _SELECTED or belonging and prep.lower_ == "to":
        return ("for " if belonging else "about ") + text[len(prep.text) + 1:]
    if prep.lower_ in _ASPECT and quality and obj.tag_ in ("NN", "VBG") and obj.lemma_.lower() not in people and any(
            c.dep_ == "poss" for c in obj.children):
        return ""  # an aspect of the person, not a task or a place ("consistent | in her performance")
    if prep.lower_ == "to" and quality:
        return "with " + text[len(prep.text) + 1:]  # who or what it concerned ("rude | to customers")
    return text


#: prepositions of whom a manner was shown to ("rude | to the vendor", "dismissive | toward the juniors")
_TOWARD = {"to", "toward", "towards"}
#: endings of nouns for people by what they do ("vendor", "courier", "resident", "trainee")
_AGENT = ("er", "or", "ist", "ant", "ent", "ee", "ian")
#: pronouns for people
_WHOM = {"him", "her", "them", "me", "us", "you", "everyone", "everybody", "anyone", "others", "people"}


def addressed(prep: Token, people: frozenset[str] = frozenset()) -> bool:
    """A flagged quality shown toward somebody ("rude | to the vendor", "dismissive | toward the juniors",
    "curt | to him"): what the person said or did to them is asked, with the writer's preposition. Not an
    aspect or a devotion ("open | to feedback", "new | to the desk", "committed | to the team")."""
    if prep.dep_ != "prep" or prep.lower_ not in _TOWARD:
        return False
    head = _governor(prep)
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    manner = head.pos_ == "ADJ" and head.tag_ != "VBN" or head.tag_ == "VBG" or _bare_complement(head)  # ("was | condescending")
    if not manner or not _flagged(head) or obj is None:
        return False
    lemma = obj.lemma_.lower()
    return obj.lower_ in _WHOM or obj.pos_ == "PROPN" or obj.pos_ == "NOUN" and (
        lemma in people or len(lemma) > 4 and lemma.endswith(_AGENT) and not lemma.endswith("ment"))


def _bare_complement(head: Token) -> bool:
    """An adjective the tagger read as a noun complement of "is", with no article or modifier ("She is | curt
    | to him")."""
    return head.tag_ == "NN" and head.dep_ in ("attr", "acomp") and head.head.lemma_ == "be" and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in head.children)


#: prepositions a judged quality selects for the aspect it is a quality in ("consistent | in her performance",
#: "devoted | to his work"): "[what she did in her performance]" is no English
_ASPECT = {"in", "to"}
#: object pronouns for the person a phrase acts on ("to take | him | to the next level")
_ACTED_ON = {"him", "her", "them"}


def _acts_on_the_person(phrase: Token) -> bool:
    """A phrase in which something acts on the person the prompt asks about ("driven enough | to take him to
    the next level", "about doing what it takes to get | him | promoted"): after "what Omar did" it says
    nothing ("[what Omar did to take him to ...]")."""
    return phrase.dep_ in ("xcomp", "advcl", "acl", "prep", "ccomp") and any(
        t.lower_ in _ACTED_ON and t.tag_ == "PRP" and t.dep_ in ("dobj", "dative", "nsubj", "nsubjpass")
        for t in phrase.subtree)


#: prepositions that need an object after them
_PREPOSITIONS = {"with", "to", "about", "for", "on", "in", "at", "of", "from", "by", "into", "around", "toward", "towards",
                 "upon", "onto", "over", "through", "across", "within"}
#: degree words that are no task of their own ("unlikely to improve | any further": not "[what he did about any further]")
_DEGREE = {"any", "further", "more", "much", "anymore", "longer", "at", "all", "else", "again", "any more"}


def no_dangling(phrase: str, sent=None) -> str:  # noqa: ANN001
    """A phrase for a prompt without a preposition left without its object ("hard to work | with" ->
    not "[what he did with]"); '' when nothing else is left, or when it opens with a participle of the
    sentence, but for the phrase it governs ("needed | to succeed in sales", "given her CV": not "[what they
    did needed ...]")."""
    words = phrase.split()
    if len(words) == 4 and words[1].lower() == "what" and words[3].lower() in ("do", "does", "did"):
        return ""  # "excellent | at what he does": the person's own work, no task of its own
    if words and sent is not None and any(t.text == words[0] and t.tag_ in ("VBN", "VBD") for t in sent):
        words = words[1:] if len(words) > 2 and words[1].lower() in _PREPOSITIONS else []
    while words and words[-1].lower() in _PREPOSITIONS:
        words.pop()
    while len(words) >= 2 and words[-2].lower() == "any" and words[-1].lower() in ("more", "further", "longer") \
            or words and words[-1].lower() == "anymore":  # ("[what he did to me | any more]")
        del words[-2 if words[-1].lower() != "anymore" else -1:]
        while words and words[-1].lower() in _PREPOSITIONS:
            words.pop()
    if words and all(w.lower().strip(",.;") in _DEGREE | _PREPOSITIONS for w in words):
        return ""
    return " ".join(words) if len(words) >= 2 or words and words[0].lower() not in _PREPOSITIONS else ""


def _governor(prep: Token) -> Token:
    """The word a phrase belongs to: its head, but the judged adjective right before it when the parser hung
    it on the copula ("a great mentor and kind | to the interns")."""
    before = prep.doc[prep.i - 1] if prep.i else prep
    if prep.head.lemma_ == "be" and before.pos_ == "ADJ" and before.head.i != before.i and before.i > prep.head.i:
        return before
    return prep.head
