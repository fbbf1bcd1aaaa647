"""A negative claim about a quality the person owns (FF110: "What concerns me is his temper", "he does not show
the judgment we want in a buyer") keeps the writer's own words around the quality: the prompt names the quality
and what the writer measured it against, and asks what the person did that showed it.

"What bothers me most is his temper." -> "What bothers me most is [what he did that showed his temper, and
when], which [impact]." (the writer's concern stays, the verdict becomes a question); "For now he does not show
the judgment we want in a buyer." -> "For now, he [what he did that fell short of the judgment we want in a buyer,
and when], which [impact]." (the role the writer named stays). Before, both became "On [date], he [what he
did], which [impact].", which dropped the quality and the role.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .naming import SentenceRewrite, _cap, _end, judged_person
from .flagged import sentence_spans
from .opening import kept_facts
from .sentence import text_of

__all__ = ["quality_verdict"]

#: verbs whose object is what the person lacks ("does not | show | the judgment"), with a negation
_SHOWING = {"show", "have", "display", "demonstrate", "bring", "possess", "exhibit", "give", "put", "see"}
#: verbs and words that say the quality falls short with no negation
_LACKING = {"lack", "miss", "without"}
#: modifiers of the quality noun that judge it, dropped from the prompt ("his | poor | attitude")
_DROPPED = ("amod", "advmod", "neg", "nummod", "quantmod")
#: quality nouns that name no quality of their own ("the qualities we look for"), which other rules flag too
_GENERIC = {"quality", "qualities", "attribute", "trait"}
_PREPOSITIONS = {"on", "in", "at", "with", "toward", "towards", "to", "for", "during", "about", "around"}
_POSSESSIVE = {"he": "his", "she": "her", "they": "their", "you": "your", "i": "my", "we": "our"}


def _noun(a: Analysis) -> Token | None:
    root = a.span.root
    return root if root.pos_ in ("NOUN", "PROPN") else None


def _raw(toks) -> str:  # noqa: ANN001
    """The writer's words as written (not the prompts other findings put in their place)."""
    return "".join(t.text_with_ws for t in toks).strip()


def _phrase(noun: Token, who: str) -> tuple[str, int]:
    """The quality's noun phrase without the words that judge it ("his attitude", "the judgment we want in a
    buyer"), and the index of its last word."""
    kids = [c for c in noun.children if c.dep_ not in _DROPPED and not (c.dep_ == "det" and c.lower_ in ("no", "any"))]
    left = min([c.left_edge.i for c in kids if c.i < noun.i] + [noun.i])
    right = max([c.right_edge.i for c in kids if c.i > noun.i] + [noun.i])
    toks = [t for t in noun.doc[left:right + 1] if not (t.i < noun.i and t.head.i == noun.i and t.dep_ in _DROPPED)]
    head = noun.head  # ("the qualities we want | in a buyer", the phrase hung on the verb)
    while right + 1 < noun.sent.end and any(c.dep_ == "prep" and c.i == right + 1 for c in head.children) \
            and head.i < noun.i:
        right = noun.doc[right + 1].right_edge.i
    after = [c for c in kids if c.i > noun.i]
    if noun.lemma_.lower() in _GENERIC and after:  # "the qualities | we look for in a lead": what we look for
        rest = _raw(noun.doc[after[0].left_edge.i:right + 1]).rstrip(",;: ")
        rest = rest.split(" ", 1)[1] if rest.split(" ")[0].lower() in ("that", "which") and " " in rest else rest
        return (f"what {rest}" if after[0].dep_ == "relcl" else f"what is needed {rest}"), right
    named = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if named is not None:  # "[what Greta did that showed | this | attitude]", not "Greta's" twice
        toks = [t for t in toks if not named.left_edge.i <= t.i <= named.right_edge.i]
    text = _raw(toks).rstrip(",;: ")
    if named is not None or not any(c.dep_ in ("det", "poss") for c in noun.children):
        own = "this" if named is not None else _POSSESSIVE.get(who.lower())
        text = f"{own or 'the'} {text}" if own or any(c.i > noun.i for c in kids) else text
    return text, right


def _short(noun: Token, a: Analysis) -> bool:
    """The quality is what the person lacks ("does not | show | it", "lacks | it", "no | drive")."""
    verb = noun.head
    chain = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp") else [verb]
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    return any(v.lemma_.lower() in _LACKING for v in chain) or (
        noun.dep_ in ("dobj", "attr") and verb.lemma_.lower() in _SHOWING
        and any(c.dep_ == "neg" for v in chain for c in v.children))


def _concern(noun: Token, a: Analysis) -> bool:
    """The quality closes a frame of the writer's concern after the verb ("What worries me is | her attitude", "I
    am worried about | his effort"): the frame stays and the quality's phrase becomes the prompt."""
    sent = a.sent
    last = max((t.i for t in sent if not (t.is_punct or t.is_space)), default=sent.end - 1)
    if noun.right_edge.i < last - 2 or noun.left_edge.i <= sent.start:
        return False
    root = sent.root
    if noun.dep_ == "attr" and noun.head.i == root.i and root.lemma_ == "be":
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "csubj")), None)
        return subj is not None and (subj.dep_ == "csubj" or subj.lemma_.lower() in _WORRIES)
    if noun.dep_ == "pobj" and noun.head.lower_ in ("about", "by", "with"):
        return noun.head.head.lemma_.lower() in _WORRIES
    return False


_WORRIES = {"worry", "concern", "concerned", "worried", "issue", "problem", "question", "doubt", "doubtful",
            "unsure", "unconvinced", "bother", "bothered", "trouble", "troubled", "disappointed", "disappointment",
            "what", "thing", "point", "weakness", "gap", "frustrated", "frustration"}


def _opener(a: Analysis) -> str:
    """Words before the subject that say when ("Right now", "Lately,"), or ''."""
    sent, subj = a.sent, a.subject
    if subj is None or subj.left_edge.i <= sent.start:
        return ""
    lead = [t for t in sent.doc[sent.start:subj.left_edge.i] if not t.is_punct]
    if not lead or len(lead) > 4 or not all(t.head.i == sent.root.i or t.head.i in {x.i for x in lead} for t in lead) \
            or lead[0].lower_ in ("but", "and", "however", "so", "also", "yet"):
        return ""
    return text_of(lead)


def quality_verdict(a: Analysis) -> SentenceRewrite | None:
    """The rewrite of a sentence an FF110 finding decides (see above), or None."""
    if not a.span.label_.startswith("FF110") or a.learned:
        return None
    noun = _noun(a)
    if noun is None:
        return None
    who = judged_person(a)
    name = "they" if who.startswith("[") else who
    phrase, right = _phrase(noun, name)
    verb = "fell short of" if _short(noun, a) else "showed"
    ask = f"[what {name} did that {verb} {phrase}, and when]"
    if len(sentence_spans(a)) > 1 and noun.text in phrase:  # (another finding's rewrite keeps no word this one flags)
        rest = phrase.split(noun.text, 1)[1].strip()
        ask = f"[what {name} did{' ' + rest if rest.split(' ')[0] in _PREPOSITIONS else ''}, and when]"
    sent = a.sent
    if _concern(noun, a) and verb == "showed":
        before = _raw(sent.doc[sent.start:noun.left_edge.i])
        after = _raw([t for t in sent.doc[right + 1:sent.end] if not (t.is_punct and t.i >= sent.end - 1)])
        return SentenceRewrite("Describe the behavior", f"{_cap(before)} {ask}{' ' + after if after else ''}"
                               f", which [impact]{_end(sent)}")
    lead = _opener(a)
    if lead:
        return SentenceRewrite("Describe the behavior", f"{_cap(lead)}, {who} {ask}, which [impact].")
    facts = kept_facts(a, who)  # ("The invoices were late; on [date], he ...": ``opening``)
    text = f"on [date], {who} {ask.replace(', and when]', ']')}, which [impact]."
    return SentenceRewrite("Describe the behavior", f"{_cap(facts)}; {text}" if facts else _cap(text))
