"""Word classes and token-level helpers that the context analysis reads the parse with."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .words import WordLists

#: Verbs of opinion whose negation by the writer denies the clause below them.
_BELIEF_VERBS = frozenset({"think", "believe", "feel", "find", "consider", "say", "suppose", "expect", "reckon"})
_CLIMB = {"acomp", "attr", "oprd", "advmod", "xcomp", "conj", "prep", "pobj", "dobj", "neg",
          "npadvmod", "pcomp", "cc", "det", "compound", "dep", "amod", "appos", "advcl_", "auxpass"}
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
#: person nouns that more often name a document: a person only as "my report", "her direct reports"
_DOCUMENT_OR_PERSON = frozenset({"report"})
_PERSON_PRON = {"you", "he", "she", "they", "him", "her", "them", "yourself", "himself",
                "herself", "themselves", "u", "ya", "y'all", "someone", "somebody"}
#: possessives of the person the feedback is about ("your attitude", "his approach")
_PERSON_POSS = {"your", "his", "her", "their", "yer"}
_WRITER_PRON = {"i", "we", "me", "us", "myself", "ourselves", "id", "im", "ive", "ill"}
#: the writer perceiving a state: "I noticed some reluctance"
_PERCEIVE = {"notice", "sense", "observe", "detect", "witness"}
_OPINION_VERBS = {"find", "trust", "hope", "consider", "think", "feel", "believe", "see", "deem", "regard", "view", "call",
                  "describe", "label", "rate", "class", "judge", "say"}
#: determiners that make a quality noun a thing's ("the drive on the server"; not "a sulky attitude")
_THING_DETS = {"the", "this", "that", "these", "those"}
#: adverbs that open a review fragment with no subject ("Overall is lazy", "Still makes the same errors")
_FRAGMENT_ADVERBS = {"overall", "also", "still", "just", "often", "always", "never", "sometimes", "again", "then",
                     "too", "so", "mostly", "seldom", "rarely", "otherwise", "however", "plus", "else"}
_CONTROL_VERBS = {"encourage", "want", "like", "need", "expect", "ask", "urge", "challenge", "advise", "push",
                  "love", "invite", "remind", "coach", "tell"}
#: People in a review who are not the person reviewed; what is said of them is not
#: a judgment of the reviewee.
_THIRD_PARTY = {"client", "clients", "customer", "customers", "patient", "patients", "vendor", "vendors",
                "guest", "guests", "caller", "callers", "parent", "parents", "pupil", "pupils", "student",
                "students", "user", "users", "buyer", "buyers", "visitor", "visitors", "supplier", "suppliers",
                "shopper", "shoppers", "passenger", "passengers", "resident", "residents", "candidate", "candidates"}
_NEG_WORDS = {"not", "n't", "never", "no", "hardly", "barely", "nt", "without"}
_HYPO_MARKS = {"if", "unless", "whether", "lest"}
_FRAGMENT_OPENERS = {"does", "doesn't", "did", "didn't", "is", "isn't", "was", "wasn't", "has", "hasn't", "had",
                     "seems", "appears", "needs", "tends", "can't", "cannot", "won't", "lacks", "shows",
                     "takes", "gets", "makes"}
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb"}


_CLAUSE_BOUNDARY = {"relcl", "advcl", "csubj", "parataxis", "acl", "conj"}


def _clause(pred: Token, keep: set[int] | None = None) -> list[Token]:
    """``pred`` and its dependents, without adverbial, relative or coordinated
    clauses (a relative clause on a token in ``keep`` stays: "the only one who
    hasn't finished")."""
    out = [pred]
    stack = list(pred.children)
    while stack:
        t = stack.pop()
        if t.dep_ in _CLAUSE_BOUNDARY and not (t.dep_ == "relcl" and keep and t.head.i in keep):
            continue
        out.append(t)
        stack.extend(t.children)
    return out


def sentence_index(doc: Doc) -> list[Span]:
    """The sentence of every token, computed in one pass (``token.sent`` scans the doc)."""
    out: list[Span] = []
    for sent in doc.sents:
        out.extend([sent] * len(sent))
    return out


#: -s forms that are verbs, never plural nouns, in a review: a line that opens with one has left out its subject
_VERB_ONLY = frozenset("""lacks ignores refuses avoids forgets neglects dislikes resents shirks blames overthinks
misses fails complains argues interrupts procrastinates hesitates exaggerates struggles gossips whines sulks brags
boasts overreacts underperforms overpromises disregards dismisses deflects""".split())


def _nobody(subj: Token) -> bool:
    """A subject that denies its clause: "nobody", "no one", "none of them", "no manager"."""
    return subj.lower_ in ("nobody", "noone", "none") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children) or (
        subj.lower_ == "one" and subj.i > 0 and subj.doc[subj.i - 1].lower_ == "no")


def opening_verb(tok: Token, sent: Span, words: WordLists) -> bool:
    """``tok`` opens a subjectless review fragment with a verb in its -s form that the
    tagger read as a plural noun: "Misses deadlines", "Forgets to log calls", "Argues with
    customers"; not "Reports are late" or "Calls go unanswered" (a verb follows)."""
    verbs = words.verb_lemmas
    low = tok.lower_
    if not verbs or tok.i != sent.start or not tok.text[:1].isupper() or tok.tag_ not in ("NNS", "NNP", "NNPS") \
            or not low.endswith("s") or tok.i + 1 >= sent.end:
        return False
    stems = {low[:-1], low[:-2] if low.endswith("es") else "", low[:-3] + "y" if low.endswith("ies") else ""}
    if not stems & verbs:
        return False
    nxt = tok.nbor(1)
    if nxt.text == ":":
        return False  # a label ("Comments: ...")
    if low in _VERB_ONLY and nxt.pos_ != "AUX" and nxt.tag_ != "MD":
        return True  # "Lacks drive.", "Ignores feedback.": no plural noun, whatever the next word was taken for
    return not (nxt.pos_ == "AUX" or nxt.tag_ == "MD" or (nxt.tag_ in ("VBP", "VBD", "VB") and nxt.lemma_.lower() in verbs))



#: nouns that introduce words being talked about ("labels such as lazy", "words like abrasive")
_MENTION_NOUNS = frozenset({"label", "word", "term", "phrase", "adjective", "descriptor", "expression"})


def _said_by_another(verb: Token, *, unnamed: bool) -> bool:
    """The speech verb's speaker is someone other than the writer (``unnamed``: what a verb with no
    subject counts as). "That said, ...", "It feels like ...", "You can tell ..." are the writer's hedges."""
    speaker = next((c for c in verb.children if c.dep_ in _SUBJ), None)
    if speaker is None:
        return unnamed
    return speaker.lower_ not in _WRITER_PRON and speaker.lower_ not in ("that", "this", "it", "you")


def _writer_denies(verb: Token) -> bool:
    """``verb`` (think, believe, find, ...) is negated with the writer as its subject: "I don't think ..."."""
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ in _SUBJ and c.lower_ in _WRITER_PRON for c in verb.children)


#: what it is good to exceed: "exceeds expectations", "exceeded every target" (not "exceeded the budget")
_GOALS = frozenset("expectation target goal standard quota requirement metric kpi benchmark forecast plan "
                   "objective projection estimate".split())
_GOOD_THINGS = frozenset("solution idea improvement fix answer suggestion".split())


#: characters of code, not of names: "O(n^2", "foo_bar", "a/b"
_CODE_CHARS = frozenset("()[]{}^_=<>/\\*#@$%")


def _not_only(t: Token) -> bool:
    """"not only ... but also": no negation."""
    return t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "only"


def _praised_excess(t: Token) -> bool:
    return t.lemma_.lower() == "exceed" and any(
        c.lemma_.lower() in _GOALS or any(g.lemma_.lower() in _GOALS for g in c.subtree)
        for c in t.children if c.dep_ in ("dobj", "prep"))


def _positive_object(t: Token) -> bool:
    """A noun the writer is glad of: "solutions (to our problems)"."""
    return t.lemma_.lower() in _GOOD_THINGS
