"""Names the tagger misreads: an unusual first name at the start of a sentence, tagged as a plural noun
("Ines" as the plural of "ine"), a verb ("Ilya") or an adjective, is still the person the sentence is about.

The context's own test for a name the tagger took for a noun (``Analysis._looks_like_name``) takes a singular
noun only; a word tagged a plural noun or a verb is left a thing there, and a rewrite would name the person
"[name]"/"they" or drop them ("Ines is careless" -> "On [date], [name] [what they did]"). Here the shape of the
sentence decides: a capitalized word that opens it, with nothing before or on it, and right after it a
singular "is", "was" or "has" whose subject it is. A plural noun takes "are" ("Deadlines | are ..."), a gerund
names an activity ("Mocking | is pointless"), and a word with an article or a possessive is no name. A name that
is also a common word ("Will", "Rich") stays a word: the risk of reading "This is ..." as a name is not worth it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["misread_name"]

#: the singular verbs after a name ("Ines | is", "Ilya | was", "Tove | has")
_SINGULAR = {"is", "was", "has", "'s", "isn't", "wasn't", "hasn't"}
#: parts of speech the tagger gives an unusual name besides a proper noun
_MISREAD = {"NOUN", "VERB", "ADJ", "ADV", "X", "INTJ", "AUX"}
#: capitalized openers that are no name ("This is ...", "Everyone is ...", "Nothing has ...")
_NOT_NAMES = {"this", "that", "it", "there", "here", "what", "everyone", "everybody", "nobody", "someone", "somebody",
              "anyone", "anybody", "nothing", "something", "everything", "all", "each", "none", "one", "which", "who"}


def misread_name(sent: Span) -> Token | None:
    """The name that opens ``sent`` when the tagger took it for a plural noun, a verb or an adjective ("Ines |
    is careless", "Ilya | is rude to ..."), or None (also for a name the tagger read as one: the callers'
    own rules name it)."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 3:
        return None
    first, verb = words[0], words[1]
    text = first.text
    if not (text[:1].isupper() and text[1:].islower() and text.isalpha() and len(text) > 1):
        return None
    if first.pos_ not in _MISREAD or first.tag_ in ("VBG", "VBN") or first.lower_ in _NOT_NAMES or first.is_stop:
        return None
    if verb.lower_ not in _SINGULAR or first.dep_ not in ("nsubj", "nsubjpass") or first.head.i != verb.i \
            and verb.head.i != first.head.i:
        return None
    if any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in first.children):
        return None
    # a plural noun with a singular verb is a name ("Ines | is"); a singular one the context takes for a
    # name already, unless its lemma says otherwise
    if first.pos_ == "NOUN" and first.tag_ != "NNS" and first.lemma_.lower() == first.lower_:
        return None
    return first
