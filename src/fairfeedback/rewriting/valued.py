"""What the writer valued about a person, said through a clause of the writer's own, as the prompt of a
multi-finding sentence's flagged run (``flagged``): the prompt is about the person, and no words of the
writer's clause are left hanging around it.

- An extraposed "it is <praise> to <verb> <person>" ("..., and it is | a joy to have | him in the unit"):
  the praise is the writer's experience of working with the person, so the whole clause becomes one
  prompt about that ("..., and [what you valued about working with him on the team]"), not "it is
  [what you valued, shown where] him on the team", with a prompt where the noun and half the verb were.
- A judgment of another person inside the writer's "I | value | that <name> is <praise>" ("I appreciate
  that Noor is the anchor of the ward"): the flagged verb of valuing is the writer's, so a prompt in its
  place would make the writer its subject ("I [did what, and why it stood out]"). The person of the
  "that" clause is who the prompt is about, and what the writer called them is kept as their role
  ("Noor [what Noor did as the anchor of the ward, and why it stood out]"); what a "who" clause added stays
  with its verb ("... and is calm under pressure").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..context.analysis import Analysis
from .flagged import polarity, render, sentence_spans
from .relied import relied_on
from .struggled import governed_activity

__all__ = ["valued"]

#: verbs whose complement is the judgment ("is a joy", "would be a pleasure", "seems great")
_COPULAS = {"be", "seem", "become", "remain", "appear", "prove"}
#: the writer, as the subject of a verb of valuing
_WRITER = {"i", "we"}
#: pronouns that can be the person judged or worked with
_PEOPLE = {"he", "she", "they", "him", "her", "them", "you"}


def valued(a: Analysis, s: int, e: int, labels: list[str]) -> tuple[int, int, str] | None:
    """The region and prompt of a flagged run of one of the shapes above, or None."""
    if not labels or any(lab[:3] != "FF3" for lab in labels):
        return None  # (vague evaluations only: a target or a verdict keeps its own rewrite)
    doc = a.sent.doc
    top = _top(doc, s, e)
    if top is None:
        return None
    pol = polarity(a, s, e, labels)
    if pol == "target":
        return None
    # (and a vague verb of the person's whose infinitive is what they did: ``struggled``)
    return _working_with(a, top, pol) or _glad(a, top, pol) or _judged_that(a, top, pol) \
        or governed_activity(a, top, s, e, pol) or relied_on(a, top, s, e, pol) \
        or _manner(a, top, s, e, pol)  # ("can be relied on to ...": ``relied``)


def _manner(a: Analysis, top: Token, s: int, e: int, pol: str) -> tuple[int, int, str] | None:
    """A praise word coordinated with the adverb of a verb ("respond quickly and | smart"): it says how, as the
    adverb does, and the sentence's prompt asks why it stood out; it goes with its "and", never "quickly and [what
    you valued, shown where]"."""
    doc = a.sent.doc
    cc = next((c for c in top.head.children if c.dep_ == "cc" and top.head.i < c.i < s), None)
    if pol != "positive" or top.dep_ != "conj" or top.head.pos_ != "ADV" or top.head.dep_ != "advmod" \
            or cc is None or not all(t.is_punct or t.i == cc.i for t in doc[cc.i:s]) or top.i != e - 1:
        return None
    return cc.i, e, ""


def _top(doc: Doc, s: int, e: int) -> Token | None:
    heads = [t for t in doc[s:e] if not (s <= t.head.i < e) or t.head.i == t.i]
    main = [t for t in heads if t.dep_ not in ("advmod", "det", "punct", "cc", "aux", "neg", "npadvmod")]
    return main[0] if main else None


def _person(t: Token, a: Analysis) -> bool:
    return t.lower_ in _PEOPLE or t.pos_ == "PROPN" or t.lemma_.lower() in a.words.person_nouns


def _working_with(a: Analysis, top: Token, pol: str) -> tuple[int, int, str] | None:
    """"it is | a joy to have | him in the unit" -> "[what you valued about working with him in the unit]"."""
    doc = a.sent.doc
    comp = top if top.dep_ in ("attr", "acomp") else None
    verb = comp.head if comp is not None else top if top.lemma_ in _COPULAS else None
    if verb is None or verb.lemma_ not in _COPULAS:
        return None
    it = next((c for c in verb.children if c.dep_ in ("nsubj", "expl") and c.lower_ == "it" and c.i < verb.i), None)
    if it is None:
        return None
    kids = [*verb.children, *(comp.children if comp is not None else ())]
    inf = next((k for k in kids if k.i > verb.i and k.dep_ in ("xcomp", "acl", "relcl") and k.pos_ in ("VERB", "AUX")
                and any(x.dep_ == "aux" and x.lower_ == "to" and x.i < k.i for x in k.children)), None)
    if inf is None:
        return None
    # the person worked with: the object ("have | him"), or the object of "with" ("work with | her")
    who = next((c for c in inf.children if c.dep_ == "dobj" and _person(c, a)), None)
    via = None
    if who is None:
        via = next((c for c in inf.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        who = next((o for o in via.children if o.dep_ == "pobj" and _person(o, a)), None) if via is not None else None
    if who is None or any(sp.start <= who.i < sp.end for sp in sentence_spans(a)):
        return None
    places = [c for c in inf.children if c.dep_ in ("prep", "npadvmod") and c.i > who.i and c is not via]
    where = "".join(" " + render(list(c.subtree)) for c in places)
    name = render(list(who.subtree))
    end = max([inf.right_edge.i] + [t.i for t in who.subtree]) + 1
    while end - 1 > inf.i and doc[end - 1].is_punct:
        end -= 1
    start = min([it.i] + [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i])
    if pol == "positive":
        return start, end, f"[what you valued about working with {name}{where}]"
    return start, end, f"[what happened when working with {name}{where}, and what you expected instead]"


#: object pronouns as the subject of the prompt's clause ("have | her" -> "She [what she did ...]")
_SUBJECT = {"him": "he", "her": "she", "them": "they", "you": "you"}
#: verbs of the writer's "glad to | have | her", "lucky to | work with | him"
_WITH = {"have", "work", "welcome", "get"}


def _glad(a: Analysis, top: Token, pol: str) -> tuple[int, int, str] | None:
    """The writer's own gladness at a person, flagged beside another finding ("We are so | glad to have Nora |
    on the team, she is ..."): the writer's clause becomes a clause about the person, "Nora [what Nora did on
    the team, and why it stood out]", never "We are [what you valued, shown where] on the team"."""
    doc = a.sent.doc
    verb = top.head if top.dep_ == "acomp" else None
    if verb is None or verb.lemma_ not in _COPULAS or pol != "positive":
        return None
    me = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _WRITER and c.i < verb.i), None)
    inf = next((k for k in top.children if k.dep_ == "xcomp" and k.lemma_ in _WITH and k.i > top.i), None)
    if me is None or inf is None:
        return None
    via = next((c for c in inf.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    who = next((c for c in [*inf.children, *(via.children if via is not None else ())]
                if c.dep_ in ("dobj", "pobj") and _person(c, a)), None)
    if who is None or any(sp.start <= who.i < sp.end for sp in sentence_spans(a) if sp.label_[:3] != "FF3"):
        return None
    places = [c for c in inf.children if c.dep_ in ("prep", "npadvmod") and c.i > who.i and c is not via]
    where = "".join(" " + render(list(c.subtree)) for c in places)
    name = _SUBJECT.get(who.lower_, who.text)
    end = max([who.right_edge.i] + [c.right_edge.i for c in inf.children
                                    if c in places or c.dep_ == "advmod" and c.i > who.i]) + 1  # (with its "too")
    start = min([me.i] + [c.i for c in verb.children if c.dep_ in ("aux", "neg", "advmod") and c.i < verb.i])
    if doc[start:end].text.count(",") > 0:
        return None
    before = doc[start - 1] if start > a.sent.start else None
    if before is not None and before.dep_ == "cc" and not places and any(
            c.dep_ == "nsubj" and c.lower_ == name.lower() for c in before.head.children):
        return start - 1, end, ""  # "she is a vital part of the crew | and we are really glad to have her": once
    return start, end, f"{name} [what {name} did{where}, and why it stood out]"


def _judged_that(a: Analysis, top: Token, pol: str) -> tuple[int, int, str] | None:
    """"I | value | that Noor is the anchor of the ward" -> "Noor [what Noor did as the anchor of the ward, ...]"."""
    doc, sent = a.sent.doc, a.sent
    if top.pos_ != "VERB":
        return None
    me = next((c for c in top.children if c.dep_ == "nsubj" and c.lower_ in _WRITER and c.i < top.i), None)
    clause = next((c for c in top.children if c.dep_ == "ccomp" and c.i > top.i and c.lemma_ in _COPULAS), None)
    if me is None or clause is None:
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    comp = next((c for c in clause.children if c.dep_ in ("attr", "acomp") and c.i > clause.i), None)
    if subj is None or comp is None or not _person(subj, a) or subj.lower_ in _WRITER:
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None  # "I value that she is not ...": what the writer says she is not is no role
    spans = sentence_spans(a)
    name = subj.text if subj.pos_ == "PROPN" or subj.lower_ in _PEOPLE else render(list(subj.subtree))
    who = name.lower() if name in ("He", "She", "They", "You") else name
    rel = next((k for k in comp.subtree if k.dep_ == "relcl" and any(x.dep_ == "nsubj" and x.lower_ in ("who", "that")
                                                                   and x.i == k.left_edge.i for x in k.children)), None)
    skip = {t.i for t in rel.subtree} if rel is not None else set()
    flagged = {i for sp in spans for i in range(sp.start, sp.end) if not (sp.start <= top.i < sp.end)}
    role = ""
    if comp.dep_ == "attr" and comp.pos_ in ("NOUN", "PROPN") and comp.i not in flagged:
        words = [t for t in comp.subtree if t.i not in skip and not t.is_punct and t.i not in flagged
                 and not (t.dep_ in ("amod", "advmod") and t.head.i == comp.i)]
        if words and words[0].lower_ in ("a", "an") and len(words) > 1:
            words = words[1:]
            role = " as " + ("an " if words[0].lower_[:1] in "aeiou" else "a ") + render(words)
        elif words:
            role = " as " + render(words)
    ask = "why it stood out" if pol == "positive" else "what you expected instead"
    text = f"{name} [what {who} did{role}, and {ask}]"
    end = max(t.i for t in clause.subtree if t.i not in skip) + 1
    if rel is not None:
        kept = [t for t in rel.subtree if t.i != rel.left_edge.i]
        verb = _spelled(kept[0]) if kept else ""  # "who | 's always steady" -> "and is always steady"
        text += " and " + (f"{verb} {render(kept[1:])}" if verb else render(kept))
        end = max(end, rel.right_edge.i + 1)
    while end - 1 > clause.i and doc[end - 1].is_punct:
        end -= 1
    start = min([me.i] + [c.i for c in top.children if c.dep_ in ("aux", "neg", "advmod") and me.i < c.i < top.i])
    return max(start, sent.start), end, text


def _spelled(t: Token) -> str:
    """A contracted verb spelled out ("'s" -> "is", "'ve" -> "have"), or '' for a word written in full."""
    if not t.text.startswith(("'", "’")):
        return ""
    if t.lemma_ == "be":
        return "is" if t.tag_ == "VBZ" else "are"
    if t.lemma_ == "have":
        return "has" if t.tag_ == "VBZ" else "have"
    return ""
