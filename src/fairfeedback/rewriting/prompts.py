"""The prompt that replaces a flagged run of a multi-finding sentence, by the run's role in the
sentence (see ``flagged``): a judged clause, a praise run after "is", a judged thing, a target."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..context.analysis import Analysis
from ..matching.component import SPAN_KEY
from .behavior import existential, not_only, one_of
from .coordination import hung, listed, quality, strays, without
from .coordination import role as role_of
from .flagged import ABSOLUTES, close, polarity, render, sentence_spans
from .governed import after_did, time_frame
from .kept import asides_start, conjuncts_kept
from .kept import own as _own
from .stated import complement_start
from .needed import measured_goal, needing
from .toward import phrase as toward
from .toward import said
from .targeted import reach, target_spans

__all__ = ["reword"]

#: verbs whose complement is the judgment ("is creative", "seems capable", "will be a help")
_COPULAS = {"be", "seem", "become", "remain", "appear", "look", "prove", "stay", "sound"}
#: what a judged verb governs, taken into its prompt
_OBJECTS = {"dobj", "prep", "xcomp", "acomp", "attr", "oprd", "ccomp", "dative", "prt"}
#: the prompt for a judged quality with no person to do anything (positive, negative); prompts hold no
#: evaluative word ("good", "well") that a finding could flag
_ADJECTIVE = ("[what you valued, shown where]", "[what was missing, shown where]")


def _thing(subj: Token, a: Analysis) -> bool:
    """A subject that is a person's attribute or work, not the person ("his reports", "her engagement")."""
    # (people someone has are things said of that someone: "his reports are thorough"; "my coworker" is a person)
    return subj.pos_ == "NOUN" and not subj.text[:1].isupper() and (subj.lemma_.lower() not in a.words.person_nouns or (
        subj.tag_ == "NNS" and any(c.dep_ == "poss" for c in subj.children)))


def _top(doc: Doc, s: int, e: int) -> Token:
    heads = [t for t in doc[s:e] if not s <= t.head.i < e or t.head.i == t.i]
    main = [t for t in heads if t.dep_ not in ("advmod", "det", "punct", "cc", "aux", "neg", "npadvmod")]
    return (main or heads or [doc[s]])[0]


def _edge(tok: Token) -> int:
    """The last token of ``tok``'s phrase, without a clause of its own hung on it ("... | when the
    rota allows it")."""
    skip = {t.i for x in tok.subtree if x.i != tok.i and (x.dep_ in ("advcl", "parataxis") or x.dep_ == "relcl" and any(
        y.dep_ in ("nsubj", "nsubjpass") for y in x.children)) for t in x.subtree}
    return max(t.i for t in tok.subtree if t.i not in skip)


def _about(a: Analysis, head: Token, end: int, *, target: bool = False) -> str:
    """What a judged verb was about, kept in its prompt ("at work", "to better her performance",
    "these gaps" -> "about these gaps"), unless another finding's words are in it. A target's object is
    the vague change itself: only its place stays ("needs plenty of improvement | on the rota")."""
    out = []
    for c in head.children:
        if c.i <= head.i or c.right_edge.i >= end or time_frame(c) or any(c.left_edge.i <= sp.start <= c.right_edge.i
                                                                          for sp in sentence_spans(a)):
            continue
        if c.dep_ in ("prep", "xcomp"):
            out.append(" " + render(list(c.subtree)))
        elif c.dep_ == "dobj" and target:  # "needs | plenty of improvement | on the rota": the object is the target
            out += [" " + render(list(k.subtree)) for k in _places(c)]
        elif c.dep_ == "dobj":
            out.append(" about " + render(list(c.subtree)))
    return "".join(out)


def _places(noun: Token) -> list[Token]:
    """The phrases after a noun that say where or with what ("improvement | on the rota"), through a
    quantity's "of" ("plenty | of improvement | on the rota")."""
    out: list[Token] = []
    for k in noun.children:
        if k.dep_ == "prep" and k.i > noun.i:
            out += [p for o in k.children if o.dep_ == "pobj" for p in _places(o)] if k.lower_ == "of" else [k]
    return out


def _conjuncts(base: Token, flagged: set[int]) -> list[Token]:
    """The complements coordinated with ``base``, also those the parser hung on the verb
    ("is creative, | dependable", with "dependable" a conjunct of "is"; a flagged praise word read as
    a verb, "is adaptable and | clearheaded with the interns")."""
    todo = [base]
    if base.dep_ == "ROOT":  # a fragment's praise after its noun ("A kind colleague, quick with the rota")
        todo += [k for k in base.children if k.dep_ == "amod" and k.i > base.i]
    else:
        todo += [k for k in base.head.children if k.i > base.i and (k.dep_ == base.dep_ or k.pos_ == "ADJ" and not any(
            x.dep_ in ("nsubj", "nsubjpass", "mark") for x in k.children))]  # "is adaptable, | affable"
        todo += [k for k in base.head.children if k.dep_ == "conj" and k.i > base.i and (
            k.pos_ in ("ADJ", "NOUN", "PROPN") or k.pos_ == "VERB" and (k.i in flagged or not any(  # "is adaptable and | kindhearted"
                x.dep_ in ("dobj", "aux", "auxpass", "neg", "xcomp", "ccomp", "prep") for x in k.children)))
                 and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in k.children)]
    out: list[Token] = []
    while todo:
        c = todo.pop()
        out.append(c)
        todo += [k for k in c.children if k.dep_ == "conj"]
    return sorted(out, key=lambda t: t.i)


def _copular(a: Analysis, s: int, e: int, base: Token, pol: str) -> tuple[int, int, str] | None:
    """A run in the complement of "is"/"seems": the whole coordination ("is creative, dependable
    and a patient mentor") becomes the prompt, and its unflagged conjuncts keep the verb."""
    doc, head = a.sent.doc, base.head
    fragment = head.i == base.i  # "A kind colleague, quick with the rota": no verb
    there = existential(a, head, base, pol)
    if there is not None:  # "there are many areas she needs to work on": no person is "are"
        return there
    run = doc[s:e]
    an = Analysis(run, a.words, a.sent)
    subj = an.subject
    if an.subject_kind not in ("person", "fragment") or (subj is not None and _thing(subj, a)):
        return s, e, _ADJECTIVE[pol != "positive"]
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < head.i] if not fragment else []
    start = min([head.i] + [c.i for c in aux]) if not fragment else base.left_edge.i
    if an.subject is not None and start <= an.subject.i:
        dropped = not_only(a, head, an.subject)
        # "Not only is she ...": the verb comes before its subject
        return dropped if dropped is not None else (s, e, _ADJECTIVE[pol != "positive"])
    targets = {(sp.start, sp.end) for sp in target_spans(a) if sp.start >= e}  # ("..., but | has a way to go": its own)
    spans = [sp for sp in sentence_spans(a) if not all(t.lower_ in ABSOLUTES for t in sp) and (sp.start, sp.end) not in targets]
    flagged = {i for sp in spans for i in range(sp.start, sp.end)}
    lost = strays(base, flagged, a.words.person_nouns)  # "kind to the interns and | a great mentor"
    conjs = sorted({*_conjuncts(base, flagged), *lost}, key=lambda t: t.i)
    hit = [c for c in conjs if any(t.i in flagged for t in _own(c))]
    rest = [c for c in conjs if c not in hit]
    folded = listed(hit, rest)  # "creative, dependable, a natural leader and | a careful planner": one prompt
    hit, rest = hit + folded, [c for c in rest if c not in folded]
    comps = [k for c in hit for k in c.children if k.i > c.i and k.dep_ in ("prep", "xcomp", "acl", "advcl")]
    comps += hung(hit, head) if not fragment else []  # "kind | to the interns", hung on "is"
    # a phrase with another evaluation in it stays, reworded on its own ("competent | in producing quality work");
    # one with a target in it goes into the prompt
    left = [k for k in comps if any(sp.start in {t.i for t in without(list(k.subtree), lost)} and sp.start >= e for sp in spans)]
    comps = [k for k in comps if k not in left]
    # "a joy to work with | on the rota": the place of an infinitive that only restates the praise
    comps = [p for k in comps for p in ([k] if not (k.dep_ == "acl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in k.children))
             else [x for x in k.children if x.dep_ == "prep"])]
    comps += [x for c in hit for k in c.children if k.dep_ == "relcl" and k.i > c.i and not any(
        y.dep_ in ("nsubj", "nsubjpass") for y in k.children) for x in k.children if x.dep_ == "prep"]
    comp = "".join(" " + x for x in (toward(k, render(without(list(k.subtree), lost)), a.words.person_nouns, pol)
                                     for k in sorted(comps, key=lambda k: k.i)) if x)  # ("kind | to the interns")
    as_ = role_of(hit, flagged, a.words.person_nouns, folded)  # "kind and a great mentor" -> "[what Kalani did as a mentor, ...]"
    comp += (" and" if comp and as_ else "") + as_
    role = [c for c in hit if c.pos_ in ("NOUN", "PROPN") and c.i not in flagged and c.dep_ == "attr"
            and c.lower_ not in ("guy", "person", "individual", "fellow", "man", "woman")]  # (no role: "as a guy")
    if role and len(hit) == 1:  # "a kind and approachable HR partner" -> "[what she did as a HR partner, ...]"
        mods = {t.i for k in role[0].children if k.dep_ in ("amod", "advmod", "predet") for t in k.subtree}
        kept = [t for t in _own(role[0]) if t.i not in flagged and t.i not in mods]
        words = [t.text for t in kept]
        if len(words) > 1 and words[0].lower() in ("a", "an"):  # "a | brilliant | engineer" -> "an engineer"
            words[0] = "an" if words[1][:1].lower() in "aeiou" else "a"
        comp = " as " + " ".join(words)
    toks = [t for c in conjs for t in _own(c)] + [t for k in comps if k.head.i == head.i for t in k.subtree]
    end = max(t.i for t in toks) + 1
    stay = [k.left_edge.i for k in left if any(k.left_edge.i <= sp.start <= k.right_edge.i and sp.label_[:3] == "FF3"
                                              for sp in spans)]
    end = min([end] + stay)
    text = said(_prompt(_who(a, s, e), pol, comp), comps, a.words.person_nouns)  # "[what Kalani said or did for ..."
    if rest and fragment:
        text += "; " + ", ".join(render(_own(c)) for c in rest)
    elif rest:  # with their verb, a flagged "always" counted (``kept``)
        text += conjuncts_kept(a, rest, aux, head, _who(a, s, e))
    else:
        rel = next((k for c in hit for k in c.children if k.dep_ == "relcl"), None)
        who_ = next((k for k in rel.children if k.dep_ == "nsubj"), None) if rel is not None else None
        if who_ is not None and who_.lower_ in ("who", "that") and who_.i == rel.left_edge.i:
            end, text = who_.i + 1, text + " and"  # "a solid employee who produces ..." -> "[...] and produces ..."
    return start, end, text


def _who(a: Analysis, s: int, e: int) -> str:
    from .strategies import subject_phrase  # the strategies import this module

    an = Analysis(a.sent.doc[s:e], a.words, a.sent)
    who = subject_phrase(an)
    subj = an.subject
    if who.startswith("the ") and subj is not None and subj.text[:1].isupper() \
            and not any(c.dep_ == "det" for c in subj.children):
        who = subj.text  # a name the tagger took for a noun
    return "they" if who == "[name]" else who


def reword(a: Analysis, s: int, e: int, labels: list[str]) -> tuple[int, int, str] | None:
    doc = a.sent.doc
    s = complement_start(a, s, e)  # "Marta is | kind", the lemmas of "be kinder": praise after "is" (``stated``)
    top = _top(doc, s, e)
    base = top
    while base.dep_ == "conj" and base.i > base.head.i:
        base = base.head
    pol = polarity(a, s, e, labels)
    e = close(doc, s, e, a.sent.end)
    run = doc[s:e]
    # a whole judged clause, with its subject: "her planning has been shaky"
    subj = next((t for t in run if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == top.i), None)
    if subj is not None and top.pos_ in ("VERB", "AUX") and not (pol == "target" and _thing(subj, a)):
        who = _who(a, s, e)
        end = max([e] + [_edge(c) + 1 for c in top.children
                         if c.i > top.i and c.dep_ not in ("conj", "cc", "punct", "advcl", "parataxis", "mark")])
        if not _thing(subj, a):  # the person stays the subject, and what it was about ("at work")
            end = asides_start(top, end) if pol == "target" else end  # (not its reasons or time frame: ``kept``)
            return subj.right_edge.i + 1, end, _prompt(who, pol, _about(a, top, end, target=pol == "target"))
        comp = next((c for c in top.children if c.dep_ in ("acomp", "attr", "prep") and c.i > top.i), None)
        if top.lemma_ in _COPULAS and comp is not None:  # "His engagement with the role has been | weak"
            word = _ADJECTIVE[pol != "positive"]
            noun = next((t for t in comp.subtree if t.dep_ == "pobj" and t.pos_ == "NOUN"), None) if comp.dep_ == "prep" else None
            if noun is not None and not any(sp.start <= noun.i < sp.end for sp in sentence_spans(a)):
                its = "their" if subj.tag_ == "NNS" else "its"  # "is of middling | polish"
                word = word.replace(", shown where", f" in {its} {noun.text}, shown where")
            return comp.left_edge.i, max(end, comp.right_edge.i + 1), word
        return min(s, subj.left_edge.i), end, f"{who} {_prompt(who, pol, '')}"
    if s > a.sent.start and doc[s - 1].dep_ == "advmod" and doc[s - 1].head.i in range(s, e):
        s -= 1  # "highly | skilled"
    if base.dep_ in ("amod", "compound") and base.head.dep_ in ("attr", "acomp", "oprd") \
            and base.head.head.lemma_ in _COPULAS:
        base = base.head  # "is a kind and approachable HR partner"
    head = base.head
    if base.dep_ in ("acomp", "attr", "oprd") and head.lemma_ in _COPULAS or (
            base.dep_ == "ROOT" and pol != "target" and (base.pos_ == "ADJ" or base.pos_ in ("NOUN", "PROPN")
                                                         and base.lemma_.lower() in a.words.person_nouns)):
        return _copular(a, s, e, base, pol)
    if pol == "target":  # the vague-target rewrite, chosen when all findings are targets, adds the measure
        s, top = measured_goal(doc, reach(doc, s), top)  # ("has | a long | way to go", "has | a lot of | room")
        alone = all(sp.label_[:3] == "FF2" for sp in sentence_spans(a))
        verb, who, s, e = needing(doc, s, e, top)  # (also "but | needs to improve", "has | a long way to go": ``needed``)
        lead = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]) if verb else -1
        if who is not None and s <= lead:
            # the run takes the person's verb ("Dario | has plenty to work on"): the prompt keeps one, with the
            # writer's modal ("must | improve") and agreeing with the subject
            first = doc[s]
            plural = verb.tag_ == "VBP" or verb.tag_ != "VBZ" and (who.lower_ in ("i", "you", "we", "they")
                                                                 or who.morph.get("Number") == ["Plur"])
            change = f"{first.lower_} change" if first.tag_ == "MD" else f"{verb.lower_} to change" \
                if verb.lemma_ == "need" and first.i == verb.i else "need to change" if plural else "needs to change"
            return s, e, change if alone else change + " [what, measured how, by when]"
        return s, e, "[what to change]" if alone else "[what to change, measured how, by when]"
    noun = base if base.pos_ in ("NOUN", "PROPN") else (base.head if base.dep_ in ("amod", "compound")
                                                        and base.head.pos_ == "NOUN" else None)
    if noun is not None and top.pos_ == "ADJ" and base is not top and noun.i < s:
        # a praise word the parser joined to the noun of an unflagged conjunct ("calm under pressure and |
        # dependable"): it names no such thing, and the noun stays where it was (not "[which pressure, ...]")
        return s, e, _ADJECTIVE[pol != "positive"]
    if noun is not None:
        person = noun.lemma_.lower() in a.words.person_nouns or noun.lower_ in ("people", "person", "team")
        if base.dep_ in ("amod", "compound") and person and noun.i > s and not any(
                sp.start <= noun.i < sp.end for sp in doc.spans.get(SPAN_KEY, [])):
            # praise on a person noun: dropped ("a group of | cheerful and tireless | interns")
            e = noun.i
            if s > 0 and doc[s - 1].lower_ in ("a", "an") and doc[s - 1].head.i == noun.i:
                return s - 1, e, "an" if doc[e].lower_[:1] in "aeiou" else "a"
            return s, e, ""
        start = min([s] + [c.left_edge.i for c in noun.children if c.i < noun.i
                           and c.dep_ in ("det", "amod", "compound", "nummod", "advmod")])
        end = max([e, noun.i + 1] + [c.i + 1 for c in noun.children if c.i == noun.i + 1 and c.dep_ == "amod"
                                     and c.right_edge.i == c.i])
        nouns = [t for t in doc[s:e] if t.pos_ in ("NOUN", "PROPN") and (t.i == noun.i or t.dep_ == "conj")]
        where = "".join(" " + render(list(c.subtree)) for c in noun.children if c.dep_ == "prep" and noun.i < c.i < end
                        and c.right_edge.i < end)  # "the fastest typist | on the desk" -> "[which strength on the desk, ...]"
        if len(nouns) > 1 or len(labels) > 1:  # "strong technical skills and a good eye | for detail"
            end = max([end] + [t.right_edge.i + 1 for t in nouns])
            where = "".join(" " + render(list(c.subtree)) for t in doc[s:end] for c in t.children if c.dep_ == "prep"
                            and c.i > t.i and c.right_edge.i < end and not any(c.i <= sp.start for sp in sentence_spans(a)))
            return start, end, f"[which strengths{where}, shown how]" if pol != "negative" else f"[which shortfalls{where}, shown how]"
        one = one_of(a, noun, s, e, pol, _who(a, s, e)) if person else None
        if one is not None:  # "is one of | the best people | on the floor"
            return one
        if person:
            word = f"[which strength{where}, shown how]" if pol != "negative" else f"[which shortfall{where}, shown how]"
        else:
            it = "them" if noun.tag_ in ("NNS", "NNPS") else "it"
            word = (f"[which {noun.lower_}{where}, and what you valued in {it}]" if pol == "positive"
                    else f"[which {noun.lower_}{where}, and what was missing from {it}]")
        return start, end, word
    if top.pos_ in ("VERB", "AUX"):  # with what it governs ("has the potential | of being ...")
        end = max([e] + [_edge(c) + 1 for c in top.children if c.i > top.i and c.dep_ in _OBJECTS])
        doer = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if doer is not None and _thing(doer, a):  # "her planning has been | patchy": a quality of a thing
            return s, end, _ADJECTIVE[pol != "positive"]
        start = min([s] + [c.i for c in top.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < s
                           and c.pos_ != "PART"])
        if quality(top, doer, start) and pol != "target":  # "Ines | is fully committed to her team": as after "is"
            comp = "".join(" " + x for x in (after_did(c, render(list(c.subtree)), a.words.person_nouns)
                                             for c in top.children if c.dep_ == "prep" and top.i < c.i < end) if x)
            return start, end, _prompt(_who(a, s, e), pol, comp)
        return start, end, "[did what, and why it stood out]" if pol == "positive" else "[did what, and what you expected instead]"
    return s, e, _ADJECTIVE[pol != "positive"]


def _prompt(who: str, pol: str, comp: str) -> str:
    if pol == "positive":
        return f"[what {who} did{comp}, and why it stood out]"
    if pol == "target":
        return f"[what {who} will change{comp}, measured how, by when]"
    return f"[what {who} did{comp}, and what you expected instead]"
