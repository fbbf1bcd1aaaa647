"""What the judged words of a sentence were about, which the rewrite's prompt keeps: the objects,
places, roles and times the writer gave ("curt | on calls with suppliers" -> "[what Sol did on
calls with suppliers]"), the thing a comparison judged, and the date the writer named (which
takes the place of "[date]"; the effect the writer named is ``impact``'s)."""

from __future__ import annotations

import re

from ..context.analysis import Analysis
from .dated import DAYS as _DAYS
from .conjoined import stray_judgments
from .contrasted import contrast
from .dated import when as _when
from .flagged import runs
from .governed import after_did, time_frame
from .impact import effect_tokens
from .inflect import gerund
from .naming import person
from .promoted import stepped
from .recounted import counted_tokens
from .sentence import _reworded, flagged_tokens, text_of
from .subjected import predicate_tokens, subject_modifiers

__all__ = ["compared", "complement", "frame", "when"]

#: prepositions that name who or what a learned clause's verb acted on ("never agrees | with the night crew")
_OBJECT_PREPOSITIONS = {"with", "on", "about", "to", "toward", "towards", "during"}


#: prepositions of the people a judged verb acted with ("works badly | with | others") and who they are
_ALONGSIDE = {"with", "around", "toward", "towards", "alongside"}
_PEOPLE = {"other", "others", "people", "colleague", "teammate", "team", "peer", "coworker", "co-worker", "customer",
           "client", "staff", "everyone", "anyone", "everybody", "anybody", "stakeholder"}


def _taken(a: Analysis, *, own: bool = False) -> set[int]:
    """Tokens another finding of the sentence flags or the shared rewrite rewords (with ``own``, also
    this finding's words): a prompt quotes none of them."""
    taken = flagged_tokens(a, vague=True) | _reworded(a)
    return taken | set(range(a.span.start, a.span.end)) if own else taken

def _before_than(c) -> int:  # noqa: ANN001
    """The end of the phrase ``c`` before the other side of a comparison that closes it ("about his own
    numbers | than the team's"): what the person did is about the first, not the second."""
    than = [x for x in c.subtree if x.dep_ == "prep" and x.lower_ == "than" and x.right_edge.i == c.right_edge.i]
    return min((x.left_edge.i for x in than), default=c.right_edge.i + 1)


def complement(a: Analysis) -> str:
    """What the flagged words are about, to keep in the prompt: "lazy about documentation",
    "rude to customers", "doesn't care about the team" -> "about documentation", ..."""
    head = a.span.root
    doc = a.sent.doc
    if a.learned:  # a learned rule's clause: the phrases its verb governs ("clashes | with the porters")
        comps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPOSITIONS
                 and head.pos_ == "VERB" and c.right_edge.i < a.span.end
                 and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children)]
        flagged = _taken(a)
        return " ".join([*(doc[c.left_edge.i: _before_than(c)].text for c in comps
                           if not any(t.i in flagged for t in c.subtree)), *_attribute_about(a, flagged)])
    # after the judged words, or the preposition of a judged adjective whose object follows
    # ("is hopeless about | the notes"; not "thinks it's beneath | him", where the object is the judgment)
    comps = [c for t in a.span for c in t.children
             if c.dep_ in ("prep", "agent", "dative", "acl", "xcomp") and c.right_edge.i >= a.span.end
             and (c.i >= a.span.end or (c.dep_ == "prep" and c.head.pos_ in ("ADJ", "ADV")))]
    # a preposition the match ends inside ("cannot get along with | his teammates on the night crew"): its whole phrase
    # (not the judgment itself: "thinks it is | beneath him")
    # (a gerund after it is a task, also after "is": "thinks she's above | doing the grunt work")
    across = [c for t in a.span for c in t.children if c.dep_ == "prep" and a.span.start < c.i < a.span.end <= c.right_edge.i
              and any(o.dep_ == "pcomp" and o.tag_ == "VBG" or o.dep_ in ("pobj", "pcomp") and (t.lemma_ != "be" or (
                  c.lower_ in _PLACES and o.pos_ in ("NOUN", "PROPN"))) for o in c.children if o.i >= a.span.end)]
    # the people a judged verb's phrase names inside the match ("doesn't work well | with others"): kept
    across += [c for t in a.span for c in t.children if c.dep_ == "prep" and c.lower_ in _ALONGSIDE and a.span.start < c.i
               and c.right_edge.i < a.span.end and t.pos_ in ("VERB", "AUX", "ADJ") and c not in across and any(
                   o.dep_ == "pobj" and o.lemma_.lower() in _PEOPLE | a.words.person_nouns for o in c.children)]
    comps += across
    # what a judged verb acted on ("tries to dodge | team chores"): asked about
    objects = [c for t in a.span for c in t.children if c.dep_ == "dobj" and c.i >= a.span.end and t.pos_ == "VERB"]
    comps += objects
    # what a judged verb cared or asked about, as a clause ("doesn't seem to care | whether the trucks leave on time")
    topics = [c for t in a.span for c in t.children if c.dep_ == "ccomp" and c.i >= a.span.end and t.pos_ == "VERB"
              and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)]
    comps += topics
    comps = [c for c in comps if not any(o is not c and o.left_edge.i <= c.i <= o.right_edge.i for o in comps)]
    while head.dep_ == "conj" and head.head.i < head.i and not any(  # "curt and | rude": the coordination's phrases
            c.dep_ in ("aux", "neg", "nsubj") for c in head.children):  # (not "works alone but | does not work ...")
        head = head.head
    coord = [k for k in head.subtree if k is head or k.dep_ == "conj" and k.head in (head, *head.subtree)
             and k.pos_ == head.pos_ and head.pos_ in ("ADJ", "NOUN")]  # "Lazy, careless and rude | to clients"
    comps += [c for k in coord if k not in a.span for c in k.children if c.i >= a.span.end and (c.dep_ == "prep" or c.dep_ in (
        "advcl", "xcomp") and c.pos_ == "VERB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children))]
    if head.dep_ in ("acomp", "attr", "dobj", "advmod"):
        if not comps and head.head.dep_ == "prep" and head.head.i >= a.span.end:
            comps = [head.head]  # "curmudgeonly about the notes", parsed as a modifier of "about"
        else:  # "is rude | on calls", "is lazy and unmotivated | to clean up the tests"
            comps += [c for c in head.head.children if c.i >= a.span.end and (c.dep_ == "prep" or c.dep_ in (
                "advcl", "xcomp") and c.pos_ == "VERB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children))]
    # a place or role before the judgment ("In the analyst job, | Pia has reached her ceiling"), not a time
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    comps = [c for c in verb.children if c.dep_ == "prep" and c.i < a.span.start and not _time(c)
             and (a.subject is None or c.i > a.subject.i or c.i < a.subject.left_edge.i)] + comps
    # when it happens ("is emotional | when deals slip")
    whens = [c for c in verb.children if c.dep_ in ("advcl", "relcl") and c.i >= a.span.end  # (also read as "attitude | when")
             and c.left_edge.lower_ in ("when", "whenever")]
    comps += whens
    comps += subject_modifiers(a)  # "Her passive-aggressive | comments | in standup" (``subjected``)
    date = when(a)
    dated = {t.i for t in date.subtree} if date is not None else set()
    dated |= effect_tokens(a) | predicate_tokens(a) | counted_tokens(a)  # (nor the effect the rewrite keeps: "about the deadlines | , which
    # has delayed ...", nor the predicate said of a judged subject: "interest in training | shows", ``subjected``)
    comps = sorted({c.i: c for c in comps if c.i not in dated}.values(), key=lambda c: (c.i >= a.span.start, c.i))
    comps = [c for c in comps if not any(o is not c and o.left_edge.i <= c.i <= o.right_edge.i for o in comps)]
    # the judged words stay out ("curmudgeonly about the notes"), the preposition that carries the object stays
    flagged = _taken(a)
    stray = stray_judgments(comps, flagged)  # (but a judgment hung inside a phrase goes, not the phrase: ``conjoined``)
    comps = [c for c in comps if not any(t.i in flagged - stray for t in c.subtree)  # another finding's words stay out
             and not (c.dep_ == "acl" and c.n_lefts + c.n_rights == 0)]  # nor a bare "the talent | required"
    # nor the person the rewrite names ("little potential | in Kofi" -> "Kofi [what Kofi did]")
    who = person(a)
    comps = [c for c in comps if who is None or not c.left_edge.i <= who.i <= c.right_edge.i]
    # nor a bare pronoun for somebody ("would not promote | her"), nor the step a promotion is to, which the
    # requirement names ("promoted | to lead" -> "for a promotion to lead, ...": ``nextstep``)
    comps = [c for c in comps if not (c in objects and c.lower_ in _OBJECT_PRONOUNS) and not stepped(c)]
    loose = _quantifiers(a.sent)  # "curious about the business | at all": an absolute's words go
    loose |= _told(a, whens) | stray
    other = contrast(a, flagged)  # ("coasting | rather than asking for help": kept after, ``contrasted``)
    if other is not None:
        loose |= other.tokens
        comps = [c for c in comps if c.i not in other.tokens and not other.restated(c)]  # (nor "about | it")

    def kept(t, c) -> bool:  # noqa: ANN001 -- (not a stranded preposition: "difficult to work | with |")
        return t.i not in dated and t.i not in loose and not (t.dep_ in ("prep", "prt") and not any(True for _ in t.children)
                                                              and t.i + 1 < len(doc) and doc[t.i + 1].dep_ == "prep") and (t.i == c.i or not a.span.start <= t.i < a.span.end
                                                          or t.dep_ == "aux" and t.lower_ == "to" and t.head.i == c.i)

    out = [_phrase(c, loose) if c in across else "about " + text_of([t for t in c.subtree if t.i not in loose])
           if c in objects else _topic(c) if c in topics else text_of([t for t in doc[c.left_edge.i: c.right_edge.i + 1] if kept(t, c)])
           for c in comps]  # ("reluctant | to | take on-call shifts": the "to" stays with its verb)
    # a gerund coordinated with the judged one ("struggles with planning and | adjusting to new rotas"):
    # when it happened
    for t in a.span:
        for c in t.children:
            if c.dep_ == "conj" and c.tag_ == "VBG" and t.tag_ == "VBG" and c.i >= a.span.end \
                    and not any(x.i in flagged for x in c.subtree) and c.i not in loose:
                comps.append(c)
                out.append("when " + text_of([x for x in c.subtree if x.dep_ not in ("cc", "punct") or x.head.i != c.i]))
    # a phrase that opened the sentence ("In standups, ...") is lower case inside the prompt; a conjunction
    # whose conjunct was a finding's words goes with it ("to finish his tickets | and | seems apathetic")
    # (a preposition the judged word selected reads as "about": "capable | of | cleaning" -> "about cleaning")
    out = [after_did(c, _DANGLING.sub("", x), said=a.words.person_nouns) for c, x in zip(comps, out)]
    return " ".join([*_role(a, flagged), *(x[:1].lower() + x[1:] if c.left_edge.i == a.sent.start
                                           and c.left_edge.pos_ != "PROPN" else x for c, x in zip(comps, out) if x),
                     *([other.text] if other is not None and other.text else [])])


def _told(a: Analysis, whens: list) -> set[int]:  # noqa: ANN001
    """The words of what the person did that the parser hung on a "when" clause ("when he is tired | and skips
    the checks"): the rewrite keeps them as what was observed (``sentence.observed_clauses``), so the prompt
    does not say them again."""
    if a.subject_kind not in ("person", "fragment"):
        return set()
    out: set[int] = set()
    for c in whens:
        for k in c.children:
            # (not one the "when" hangs on: "when she is rushed and | leaves ...", which is no clause kept on its own)
            if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") and k.left_edge.i > c.left_edge.i \
                    and not any(x.dep_ in ("nsubj", "nsubjpass") for x in k.children):
                out.update(x.i for x in k.subtree)
                out.update(x.i for x in c.children if x.dep_ == "cc" and x.i < k.left_edge.i)
    return out


_OBJECT_PRONOUNS = {"him", "her", "them", "me", "us", "you", "it"}
#: prepositions of where or in what a judgment held, also after "is" ("is hopeless at | his job"; not "is
#: beneath | him", where the object is the judgment)
_PLACES = {"at", "in", "on", "with", "during"}
_DANGLING = re.compile(r"(\s*[,;]|\s+(?:and|or|but|nor))+$")


def _attribute_about(a: Analysis, flagged: set[int]) -> list[str]:
    """What an unowned attribute a learned clause judges was toward ("Overall attitude | to the role |
    is poor" -> "about the role"), when no person is named to hang it on."""
    subj = a.subject
    if subj is None or subj.lemma_.lower() not in a.words.attribute_nouns or any(c.dep_ == "poss" for c in subj.children) \
            or person(a) is not None:
        return []
    return ["about " + text_of([t for t in o.subtree]) for c in subj.children if c.dep_ == "prep" and c.lower_ in (
        "to", "toward", "towards", "about") for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
        and not any(t.i in flagged for t in o.subtree)]


def _role(a: Analysis, flagged: set[int]) -> list[str]:
    """The role a judged word was said of ("is a careless | data analyst" -> "as a data analyst")."""
    noun = a.span.root.head
    if a.span.root.dep_ != "amod" or noun.dep_ != "attr" or noun.pos_ != "NOUN" or noun.i < a.span.end \
            or noun.i in flagged or noun.lemma_.lower() in ("person", "individual", "human", "guy", "one", "people"):
        return []
    words = [t.text for t in noun.children if t.dep_ == "compound" and t.i < noun.i and t.i not in flagged] + [noun.text]
    if noun.tag_ != "NN":
        return []
    where = [text_of(list(c.subtree)) for c in noun.children if c.dep_ == "prep" and c.i > noun.i  # "on client calls"
             and not any(t.i in flagged for t in c.subtree)]
    return [("as an " if words[0][:1].lower() in "aeiou" else "as a ") + " ".join(words + where)]


_TIMES = {"present", "moment", "time", "balance", "whole", "end", "start", "beginning", "year", "quarter", "month",
          "week", "day", "now", "past", "future", "general", "times", "large", "all", "least", "point", "stage"}


def when(a: Analysis):  # noqa: ANN201
    """The date the writer gave for the judged behavior ("was dismissive in the design review | last Tuesday"),
    which takes the place of the rewrite's "On [date]" (``dated``)."""
    return _when(a, _taken(a, own=True))


def frame(a: Analysis, *, anywhere: bool = False) -> str:
    """The time frame of the judged clause's forecast ("has little potential | in the long run", "... as she
    progresses"), which a prompt for what the person did leaves out (``governed``): the rewrite puts it on
    what it asks of the future instead ("; in the long run, for [the next role or level], ..."). With
    ``anywhere``, the one a prompt's region took in (``governed.frame_end``), in whichever clause."""
    verb, at = a.predicate, runs(a.sent.doc)

    def own(t) -> bool:  # noqa: ANN001 -- hung on the judged clause, not on a clause of its own inside it
        while t.i != verb.i and t.head.i != t.i:
            t = t.head
            if t.i != verb.i and t.dep_ in ("conj", "advcl", "ccomp", "relcl", "parataxis"):
                return False
        return t.i == verb.i

    found = next((t for t in a.sent if time_frame(t) and (t.i in at if anywhere else own(t))), None)
    if found is None:
        return ""
    text = "".join(t.text_with_ws for t in found.subtree).strip()  # (the writer's words, not a prompt's)
    return text[:1].lower() + text[1:] if found.left_edge.pos_ != "PROPN" else text




def _time(prep) -> bool:  # noqa: ANN001
    """A time or sentence adverbial ("At this point", "In general"), which the rewrite's [date] replaces."""
    return any(o.dep_ == "pobj" and (o.lemma_.lower() in _TIMES or o.ent_type_ in ("DATE", "TIME")) for o in prep.children) \
        or not any(o.dep_ in ("pobj", "pcomp") for o in prep.children)


def _phrase(prep, loose: set[int]) -> str:  # noqa: ANN001
    """A preposition's phrase; a gerund's becomes its time ("in | writing the test plan" -> "while
    writing the test plan"), or what it was about ("above | doing the grunt work" -> "about the grunt work")."""
    obj = next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None)
    if obj is not None and obj.tag_ == "VBG" and prep.lower_ in ("in", "at", "with"):
        # "while writing the test plan"; a bare gerund is what it was about ("about planning")
        return ("while " if any(c.dep_ in ("dobj", "prep") for c in obj.children) else "about ") + text_of(
            [t for t in obj.subtree if t.i not in loose])
    if obj is not None and obj.tag_ == "VBG":  # (a light "doing" goes with the preposition: "about the grunt work")
        light = obj.lemma_ == "do" and any(c.dep_ == "dobj" for c in obj.children)
        return "about " + text_of([t for t in obj.subtree if t.i not in loose and not (light and t.i == obj.i)])
    return text_of([t for t in prep.subtree if t.i not in loose])


def _topic(clause) -> str:  # noqa: ANN001
    """An object clause as what the judged verb was about: "whether the trucks leave on time (or not)" ->
    "about the trucks leaving on time"; else "about whether" and the clause ("... whether the shelves are stocked")."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass", "neg")]
    if subj is None or aux or clause.tag_ not in ("VBP", "VBZ", "VBD"):
        return "about whether " + text_of([t for t in clause.subtree if t.dep_ != "mark" or t.head.i != clause.i])
    rest = [t for t in clause.subtree if t.i > clause.i and not (t.dep_ in ("cc", "conj") and t.lower_ in ("or", "not"))]
    return f"about {text_of(list(subj.subtree))} {gerund(clause.lemma_)} {text_of(rest)}".strip()


def _quantifiers(sent) -> set[int]:  # noqa: ANN001
    """The tokens of "at all" and "whatsoever", which an absolute's rewrite takes out."""
    out: set[int] = set()
    for t in sent:
        if t.lower_ == "whatsoever":
            out.add(t.i)
        elif t.lower_ == "all" and t.i > sent.start and t.nbor(-1).lower_ == "at":
            out |= {t.i - 1, t.i}
    return out


def compared(a: Analysis) -> str:
    """The thing a shaming comparison judged, when it is the subject ("Ada's test coverage | is worse
    than ..."): kept in the prompt, without the words a finding flags."""
    subj = a.subject
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    flagged = _taken(a, own=True)
    toks = [t for t in subj.subtree if not t.is_punct]
    if any(t.i in flagged for t in toks) or len(toks) > 8:
        return ""
    text = text_of(toks)
    return text[:1].lower() + text[1:] if toks[0].i == a.sent.start and toks[0].pos_ != "PROPN" else text
