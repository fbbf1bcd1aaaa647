"""What a rhetorical blame question takes for granted, said as the instance it is about: "Does she even
read the brief?" -> "she did not read the brief"; "Why does it take her three days to reconcile a single
account?" -> "it took her three days to reconcile a single account"; "Seriously, who ships a hero image
at 8 MB?" -> "[name] shipped a hero image at 8 MB". The contempt (the question, "even", "seriously")
goes; the writer's objects, numbers and times stay, and nothing is said that the question did not
already take for granted."""

from __future__ import annotations

from spacy.tokens import Token

from ..context.analysis import Analysis
from .inflect import be_past, past
from .sentence import flagged_tokens, text_of

__all__ = ["presupposed"]

#: the auxiliaries of a question's do-support ("| Does she even read ...")
_DO = {"do", "does", "did"}
#: adverbs that only say the writer's disbelief ("even", "ever", "actually", "seriously")
_DISBELIEF = {"even", "ever", "actually", "really", "seriously", "honestly", "possibly"}
#: sentence openers before the question's clause ("Seriously, | who ships ...")
_OPENERS = {"ADV", "INTJ", "PUNCT"}


def _verb(a: Analysis) -> Token | None:
    """The question's main verb: the root, or the clause an opening adverb was made the root of."""
    root = a.sent.root
    if root.pos_ in _OPENERS:
        root = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")), root)
    return root if root.pos_ in ("VERB", "AUX") else None


def _rest(verb: Token, skip: set[int]) -> str:
    toks = [t for t in verb.subtree if t.i > verb.i and t.i not in skip and not (t.dep_ == "advmod" and t.lower_ in _DISBELIEF)]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return text_of(toks)


def presupposed(a: Analysis) -> str:
    """The statement the sentence's rhetorical question takes for granted, or ''."""
    if not a.sent.text.rstrip().endswith("?"):
        return ""
    verb = _verb(a)
    if verb is None:
        return ""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or len(list(subj.subtree)) > 1 or any(c.dep_ == "neg" for c in verb.children):
        return ""
    flagged = flagged_tokens(a)
    others = {t.i for t in verb.subtree if t.i in flagged and not a.span.start <= t.i < a.span.end}
    if others or len(list(verb.subtree)) > 24:
        return ""  # another finding's words are its to rewrite
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _DO and c.i < subj.i), None)
    why = any(c.lower_ == "why" and c.i < verb.i for c in verb.children)
    disbelief = any(c.lower_ in _DISBELIEF and c.dep_ == "advmod" for c in verb.children)
    rest = _rest(verb, {subj.i})
    rest = f" {rest}" if rest else ""
    if subj.lower_ == "who" and subj.i < verb.i and verb.lemma_ != "be":  # "who ships a hero image at 8 MB?"
        return f"[name] {past(verb.lemma_)}{rest}"
    if subj.pos_ != "PRON" and subj.pos_ != "PROPN" or subj.lower_ in ("who", "what", "i", "we"):
        return ""
    who = subj.text if subj.pos_ == "PROPN" or subj.text == "I" else subj.lower_
    if aux is not None and why:  # "Why does it take her three days ...?"
        return f"{who} {past(verb.lemma_)}{rest}"
    if aux is not None and disbelief:  # "Does she even read the brief?"
        return f"{who} did not {verb.lower_}{rest}"
    if verb.lemma_ == "be" and why and subj.i > verb.i:  # "Why is he late again?"
        return f"{who} {be_past(who)}{rest}"
    return ""
