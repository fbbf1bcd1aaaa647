"""Facts about a match read off the parse.  Pure functions of a spaCy Span."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from .requests import forecast_only
from .words import WordLists, in_capitals, name_blank

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


# -- rhetorical blame questions ------------------------------------------------------
# A question is rhetorical when its form asks nothing: incredulity frames ("how is it
# possible that", "would it kill you", "is there a reason you think"), disbelief
# adverbs on the person's own action in a yes/no question ("did you even", "do you
# ever actually"), "still not" ("how do you still not know"), a why-question over an
# absolute ("why does everything you hand in need redoing"), contempt for the work
# ("with work like this?"), or the writer's complaint ("why am I finding out from the
# customer").  Genuine coaching questions ("what would help?", "how could we ...?")
# have none of these.

_P = r"(?:you|he|she|they|someone|somebody|anyone|anybody|a person|people|u)"
_FRAMES = re.compile("|".join([
    r"\bhow (?:is|was) it (?:even |at all )?possible\b", r"\bhow (?:is|was) it that\b", r"\bwhy is it that\b",
    r"\bhow come (?:you|he|she|they)\b",
    r"\bis there (?:a|any) (?:good )?reason (?:why )?" + _P + r"\b",
    r"\bwould it (?:kill|hurt) (?:you|him|her|them)\b",
    r"\b(?:is (?:it|that|this)|am i) (?:really |honestly )?(?:asking )?(?:too much|a lot to ask)\b",
    r"\basking (?:too much|a lot)\b",
    r"\b(?:are|am) (?:we|i) (?:just )?(?:supposed|expected|meant) to (?:just )?(?:guess|read|know|chase|wait|do|assume|pretend|clean|fix|cover)\b",
    r"\bhow (?:do|does|did|can|could|would) " + _P + r" (?:still |really |honestly |actually )?(?:not|never)\b",
    r"\bhow (?:do|does|did|can|could) " + _P + r" (?:even |possibly |actually |always |keep |still )*(?:manage|keep|continue|find a way) to\b",
    r"\b(?:you|he|she|they) still (?:don't|doesn't|can't|haven't|hasn't|didn't|won't|do not|does not|cannot|have not|has not|will not)\b",
    r"\bwhat (?:exactly |on earth |in the world )?(?:is|'s|was) so (?:hard|difficult|complicated|confusing|tricky|hard to understand)\b",
    r"\bwhat exactly (?:did|do|does|have|has|were|was|are|is) (?:you|he|she|they) (?!(?:need|want|mean|think|suggest|propose|recommend|like|prefer|expect from me)\b)",
    r"\bwhy (?:am|do|must|should) i (?:always|still|even|keep|have to|having to|need to keep|finding out|hearing about|learning about|the one|being told)\b",
    r"\bwhy (?:would|did|does|do|is) (?:anyone|anybody|someone|you|he|she|they) (?:even |ever |possibly )?(?:think|believe|assume|decide|imagine) (?:it'?s|it is|it was|that'?s|that is|this is|that was) (?:ok|okay|fine|acceptable|alright|all right|a good idea|appropriate|professional|smart)\b",
    r"\b(?:before|until|till) (?:you|he|she|they) (?:finally |actually |even )?(?:start|stop|get|learn|realise|realize|listen|take|understand|bother|begin|grasp|figure)",
    r"\b(?:apply|applies) to (?:you|him|her|them)\b",
    r"\b(?:rules?|deadlines?|polic(?:y|ies)|procedures?) (?:are|is) (?:only |just )?for (?:everyone|everybody|other people|the rest)\b",
    r"\b(?:work|mistakes?|errors?|effort|attitude|results|numbers|excuses?|sloppiness|timekeeping|behaviou?r) like (?:this|that)\b",
    r"\b(?:did|does|do|has|have|had) (?:it|that|this) (?:even |ever |at any point )+(?:cross|occur|enter)\b",
    r"\bdo (?:you|we|they) (?:really |honestly |seriously )?expect\b",
    # "Why did you write this?": a bare challenge to the work, the code-review form (not "Why did you pick
    # this queue over Kafka?", which asks for a reason)
    r"^\W*why (?:did|would|do|does) (?:you|he|she|they) (?:even )?(?!(?:need|want|think|mean|like|prefer|ask|say)s?\b)\w+ (?:this|that|it)(?: here| again| like this)?\W*$",
    # "Why did you add a cache here when there's clearly no need for one?"
    r"^\W*why (?:did|would|do|does) (?:you|he|she|they)\b.* (?:obviously|clearly) (?:no|not|wrong|unnecessary|pointless)\b",
    r"\bdoes (?:he|she|they) (?:really |honestly |seriously )?(?:think|believe|expect)\b",
    r"\b(?:do|does|did) (?:you|he|she|they) (?:really |honestly )?(?:think|believe) (?:the |this |that |these |our )?(?:rules?|deadlines?|polic(?:y|ies)|process|checklist|briefing)\b",
    r"\bhow (?:does|did|can|could) (?:someone|somebody|anyone|a person|an? \w+) with (?:your|his|her|their|that much|so much|that|this)\b",
    r"\bdo i (?:need|have) to (?:put|write|print|tape|stick|spell|draw|tattoo|send you|remind|tell|explain|come|stand|sit)\b",
    r"\bhow many more (?:\w+ ){1,3}(?:do|does|will|must|should|can) (?:we|i|you|the team)\b",
    r"\bhow (?:could|can|would|did) (?:you|he|she|anyone|someone|they) (?:possibly |even )?be so\b",
    r"\bdo (?:you|they) (?:even )?have any idea how\b",
    r"\b(?:did|do) (?:you|he|she|they) (?:really |honestly |seriously )?think (?:no one|nobody|noone|we|i|people) (?:would|wouldn't|will|won't)(?: \w+)? notice\b",
    r"\b(?:can|can't|cannot) (?:you|he|she) (?:not )?read\b", r"\bwhat'?s (?:your|his|her) problem\b",
    r"\b(?:are|is) (?:you|he|she|they) (?:completely |totally |just )?(?:incapable|unable) of\b",
    r"\bdo (?:you|they) think (?:i'm|i am|we're|we are|everyone is|everyone's|people are) (?:\w+ )?(?:stupid|an idiot|idiots|blind|dumb|born yesterday|fools?)\b",
    r"\bwho (?:even )?does that\b",
    r"^\W*(?:so,? )?what'?s next\b", r"\bdo i look like (?:your|his|her|a|an) \w+",
]))
#: Disbelief adverbs that make a yes/no question about the person's own doing rhetorical:
#: "do you ever actually read the tickets?", "did it even cross your mind?".
_DISBELIEF = {"even", "actually", "seriously", "honestly", "really"}
_AUX_OPEN = {"do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could", "will", "would"}
_GENUINE_VERBS = {"want", "need", "mean", "like", "prefer", "get", "enjoy", "feel", "think", "have", "agree", "see"}
_NOT_DISBELIEF_NEXT = {"if", "though", "more", "less", "a", "an", "the", "so", "possible", "feasible", "worth",
                       "necessary", "needed", "realistic", "sure", "after", "before", "when", "with", "in"}
_WHY_ABSOLUTE = re.compile(r"\b(?:everything|every single|every time|always|never|nothing|constantly|each and every)\b")


#: Chat spellings, normalised before the phrase checks run: "u" -> "you", "cant" -> "can't".
_INFORMAL = {"u": "you", "ur": "your", "ya": "you", "r": "are", "cant": "can't", "dont": "don't", "wont": "won't",
             "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't",
             "werent": "weren't", "shouldnt": "shouldn't", "wouldnt": "wouldn't", "couldnt": "couldn't",
             "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "im": "i'm", "ive": "i've", "youre": "you're",
             "youve": "you've", "youd": "you'd", "hes": "he's", "shes": "she's", "theyre": "they're", "thats": "that's",
             "whats": "what's", "couldve": "could've", "wouldve": "would've", "shouldve": "should've", "yr": "year",
             "yrs": "years", "pls": "please", "plz": "please", "tho": "though", "thru": "through", "cuz": "because",
             "coz": "because", "bc": "because", "b4": "before", "2day": "today", "ppl": "people", "sth": "something",
             "smth": "something", "abt": "about", "w/": "with", "wat": "what", "wot": "what"}
_WORD = re.compile(r"[a-z0-9/']+")


@lru_cache(maxsize=512)
def normalize_informal(text: str) -> tuple[str, tuple[int, ...]]:
    """Lower-case ``text`` with curly apostrophes straightened and chat spellings
    expanded, and for every character of the result the offset it came from.

    Several checks read the same sentence, so recent results are remembered."""
    low = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    out: list[str] = []
    back: list[int] = []
    pos = 0
    for m in _WORD.finditer(low):
        word = m.group(0)
        rep = _INFORMAL.get(word)
        if rep is None:
            continue
        out.append(low[pos:m.start()])
        back.extend(range(pos, m.start()))
        out.append(rep)
        back.extend([m.start()] * (len(rep) - 1) + [m.end() - 1])
        pos = m.end()
    out.append(low[pos:])
    back.extend(range(pos, len(low)))
    back.append(len(low))
    return "".join(out), tuple(back)


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


def blame_question(sent: Span, words: WordLists) -> tuple[int, int] | None:
    """Character offsets (within ``sent.text``) of the marker that makes ``sent`` a
    rhetorical blame question, or None.  A question mark is needed except for the
    incredulity frames, which chat-style writing often leaves unpunctuated."""
    text = sent.text.rstrip()
    low, back = normalize_informal(text)
    m = _blame_marker(sent, text, low, words)
    if m is None:
        return None
    if len(m) == 3:
        return m[0], m[1]  # already in the sentence's own offsets
    return back[m[0]], back[m[1]]


def _blame_marker(sent: Span, text: str, low: str, words: WordLists) -> tuple[int, ...] | None:
    asks = text.endswith("?") or text.endswith("?!")
    first = next((t for t in sent if not (t.is_punct or t.is_space) and t.lower_ not in (
        "seriously", "honestly", "so", "and", "but", "oh", "ok", "okay", "like", "um", "also", "then")), None)
    wh = first is not None and first.lower_ in ("why", "how", "what", "who", "where", "when", "whose", "wat")
    if not asks and not (wh or (first is not None and first.lower_ in _AUX_OPEN)) or text.endswith((".", "!")) and not asks:
        if not re.search(r"\bwhy would (?:anyone|anybody|someone)\b", low):
            return None
    m = words.rhetorical.search(low) if asks or wh else None
    if m:
        return m.start(), m.end()
    m = _FRAMES.search(low)
    if m:
        return m.start(), m.end()
    if first is None or not (asks or (first.lower_ in _AUX_OPEN and not text.endswith((".", "!", ";", ":")))):
        return None
    if first.lower_ in _AUX_OPEN:
        # "Did you even ...?", "Do you ever actually read ...?", "Did it even cross your mind?"
        for t in sent:
            if t.lower_ in _DISBELIEF and t.dep_ in ("advmod", "dep", "intj") and t.i + 1 < sent.end:
                nxt = sent.doc[t.i + 1]
                if nxt.lower_ in _NOT_DISBELIEF_NEXT:
                    continue
                verb = t.head
                if verb.lemma_.lower() in _GENUINE_VERBS and t.lower_ == "really":
                    continue
                if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _PERSON_PRON or c.lower_ == "it")
                       for c in verb.children):
                    s = t.idx - sent.start_char
                    return s, s + len(t.text), 0
    if first.lower_ == "why" and _WHY_ABSOLUTE.search(low) and re.search(r"\b(?:you|your|he|his|she|her|they)\b", low):
        m = _WHY_ABSOLUTE.search(low)
        return 0, m.end()
    return None


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


@dataclass
class Analysis:
    """Lazily computed context facts for one match span."""

    span: Span
    words: WordLists
    sentence: Span | None = None  #: the span's sentence, when the caller knows it (saves a scan)
    #: the span is a learned rule's sentence or clause, not words a pattern pointed at
    learned: bool = False

    # -- structure -------------------------------------------------------------
    @cached_property
    def sent(self) -> Span:
        return self.sentence if self.sentence is not None else self.span.sent

    @cached_property
    def anchor(self) -> Token:
        return self.span.root

    @cached_property
    def chain(self) -> list[Token]:
        """The anchor and the heads it climbs through up to its predicate."""
        tok = self.anchor
        chain = [tok]
        while tok.dep_ in _CLIMB and tok.head != tok and not self._has_subject(tok):
            if tok.dep_ == "amod" or (tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN")):
                chain.append(tok.head)
                return chain
            tok = tok.head
            chain.append(tok)
        return chain

    @staticmethod
    def _owner(noun: Token) -> Token | None:
        """'He is a careless engineer': the engineer is he; 'Is a careless engineer.' (a review
        line that leaves out its subject): None, a fragment."""
        if noun.dep_ in ("attr", "appos") and noun.head != noun:
            subj = next((c for c in noun.head.children if c.dep_ in _SUBJ), None)
            if subj is not None and noun.dep_ == "attr":
                return subj
            if subj is None and Analysis._fragment_copula(noun):
                return None
        return noun

    @staticmethod
    def _fragment_copula(noun: Token) -> bool:
        """``noun`` is what a review line that opens with "Is" says the person is: "Is a careless
        engineer." (no question)."""
        head = noun.head
        return noun.dep_ == "attr" and head.i == noun.sent.start and head.text[:1].isupper() and head.lemma_ == "be" \
            and not noun.sent.text.rstrip().endswith("?")

    @staticmethod
    def _has_subject(tok: Token) -> bool:
        # (an existential's "there" ends the climb too: "we tried, and there has been no progress" is not
        # said of "we")
        return any(c.dep_ in _SUBJ or c.dep_ == "expl" for c in tok.children)

    @cached_property
    def predicate(self) -> Token:
        return self.chain[-1]

    @cached_property
    def subject(self) -> Token | None:
        """The token the match is said of, or None for a subjectless fragment."""
        top = self.predicate
        misread = self._misread_her(self.anchor) or self._misread_her(top)
        if misread is not None:
            return misread
        if len(self.chain) > 1 and self.chain[-2].dep_ in ("amod", "compound") and top.pos_ in ("NOUN", "PROPN", "PRON"):
            return self._owner(top)
        if self.anchor.dep_ == "amod" and len(self.chain) == 1:
            return self._owner(self.anchor.head)
        subj = next((c for c in top.children if c.dep_ in _SUBJ), None)
        if subj is None:  # the parser sometimes hangs the subject on the auxiliary ("Dana is unaccommodating")
            subj = next((c for x in top.children if x.dep_ in ("aux", "auxpass") for c in x.children if c.dep_ in _SUBJ), None)
        if subj is not None and subj.tag_ in ("RB", "RBR", "RBS") and subj.n_lefts + subj.n_rights == 0 \
                and (subj.lower_ in _FRAGMENT_ADVERBS or subj.lower_.endswith("ly")):
            subj = None  # "But overall is lazy": an adverb the parser took for the subject of a fragment
            # (not a name tagged as an adverb: "Teo does not give any feedback")
        if subj is not None and self._opening_verb(subj):
            # "Misses deadlines constantly.": the tagger took the verb for a plural noun; a second
            # subject is the real one ("Updates: the first draft was sloppy")
            subj = next((c for c in top.children if c.dep_ in _SUBJ and c.i > subj.i), None)
        if subj is None:
            if top.dep_ == "relcl":
                return top.head
            return None
        if subj.lower_ in ("who", "that", "which") and top.dep_ == "relcl":
            return top.head
        if self.span.start <= subj.i < self.span.end:
            # "I find him wishy-washy" parsed with "wishy" as the subject of "washy": the match is no subject
            # of itself; the person named just before it is meant
            before = self.sent.doc[max(self.sent.start, self.span.start - 3):self.span.start]
            person = next((t for t in reversed(before) if t.lower_ in _PERSON_PRON), None)
            if person is not None:
                return person
        if subj.lower_ in _WRITER_PRON and top.lemma_ in _PERCEIVE and (self.anchor.dep_ == "dobj" or any(
                c.dep_ == "dobj" and self.span.start <= c.i < self.span.end for c in top.children)):
            # "I noticed some reluctance when she ...": the state the writer saw is someone else's
            other = next((t for t in self.sent if t.i != subj.i and (t.lower_ in _PERSON_PRON or t.pos_ == "PROPN")), None)
            if other is not None:
                return other
        if subj.lower_ in _WRITER_PRON:
            # "I find him lazy", "I'd encourage her to be more vocal": the object is meant.
            if top.lemma_ in _OPINION_VERBS or top.lemma_ in _CONTROL_VERBS:
                obj = next((c for c in top.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    owner = next((c for c in obj.children if c.dep_ == "poss"), None) or next(
                        (c for c in top.children if c.dep_ == "dative"), None)
                    if owner is not None and self.span.start <= obj.i < self.span.end:
                        # "I find her aloof", read as her (possessive) aloof (a noun), or "I find him
                        # namby-pamby" with him as the indirect object: the person is meant
                        return owner
                    return obj
                # "I'd like her to ...", parsed with the person as the subject of the xcomp
                x = next((c for c in top.children if c.dep_ in ("xcomp", "ccomp")), None)
                xs = next((c for c in x.children if c.dep_ in _SUBJ), None) or self._her_owning(x) \
                    if x is not None else None
                if xs is None and x is not None and x.lemma_ in ("see", "watch"):
                    # "We need to see that she can work independently": the person of the clause seen
                    seen = next((c for c in x.children if c.dep_ == "ccomp"), None)
                    xs = next((c for c in seen.children if c.dep_ in _SUBJ), None) if seen is not None else None
                if xs is not None:
                    return xs
        if subj.lower_ == "it" and top.lemma_ in ("seem", "appear", "look", "sound"):
            # "It doesn't seem that he will progress": said of him
            x = next((c for c in top.children if c.dep_ == "ccomp"), None)
            xs = next((c for c in x.children if c.dep_ in _SUBJ), None) if x is not None else None
            if xs is not None:
                return xs
        if subj.lower_ in _THIRD_PARTY or subj.lemma_.lower() in _THIRD_PARTY:
            obj = next((c for c in top.children if c.dep_ in ("dobj", "dative") and c.lower_ in _PERSON_PRON), None)
            if obj is not None:
                return obj  # "Customers love him": said of him (also read as an indirect object)
        return subj

    def _misread_her(self, tok: Token) -> Token | None:
        """"I would call her lazy", "Customers find her rude and hard to work with": the parser reads "her"
        as a possessive of the trait (or of the first of two), where no noun follows to own; she is meant."""
        if not (self.span.start <= tok.i < self.span.end):
            return None
        return self._her_owning(tok.head if tok.dep_ == "conj" else tok)

    def _her_owning(self, word: Token) -> Token | None:
        """The "her" read as the possessive of an adjective or trait word right after it (the words between
        are the match's own: "her self-absorbed")."""
        inside = range(self.span.start, self.span.end)
        trait = word.pos_ == "ADJ" or word.lower_ in self.words.trait_cues or (
            word.i in inside and self.span.text.lower() in self.words.trait_cues)
        if word.dep_ == "amod" or not trait:
            return None
        owners = [word] + [c for c in word.children if c.i in inside and c.i < word.i]  # "her pig-headed": of "pig"
        her = next((c for w in owners for c in w.children if c.dep_ == "poss" and c.lower_ == "her"), None)
        if her is None or any(t.i not in inside and (t.head.i != word.i or t.pos_ in ("NOUN", "PROPN"))
                              for t in word.doc[her.i + 1:word.i]):
            return None  # "her" must own the word itself, not a noun between
        return her

    @cached_property
    def subject_kind(self) -> str:
        """person | thing | writer | other | fragment | imperative"""
        subj = self.subject
        if subj is None:
            top = self.predicate
            if self.anchor.tag_ == "VBG" and self.anchor.dep_ in ("csubj", "csubjpass", "nsubj", "pobj"):
                return "thing"  # an activity named by a gerund: "mocking the database layer is pointless"
            if self.is_imperative:
                return "imperative"
            if top.pos_ in ("NOUN",) and top.lemma_.lower() not in self.words.person_nouns and top.i != self.anchor.i \
                    and top.dep_ != "ROOT" and not self._fragment_copula(top):
                owner = next((c for c in top.children if c.dep_ == "poss"), None)
                # "Your calm manner and positive attitude lift the ward": a quality of the person's
                mine = owner is not None and (owner.lower_ in _PERSON_POSS or self.classify(owner) == "person")
                return "person" if mine else "thing"
            return "fragment"
        kind = self.classify(subj)
        if kind == "thing" and self._hidden_agent(subj):
            return "person"
        return kind

    def _hidden_agent(self, subj: Token) -> bool:
        """An agentless passive of a work verb hides the person who does the work:
        "the invoices are never checked", "deadlines are routinely missed"."""
        top = subj.head
        return subj.dep_ == "nsubjpass" and top.tag_ == "VBN" and top.lemma_.lower() in self.words.task_verbs \
            and not any(c.dep_ == "agent" for c in top.children)

    def classify(self, tok: Token) -> str:
        low = tok.lower_
        if tok.pos_ == "PRON" or low in _PERSON_PRON or low in _WRITER_PRON:
            if low in _PERSON_PRON:
                return "person"
            if low in _WRITER_PRON:
                return "writer"
            if low in ("everyone", "everybody", "nobody", "anyone", "anybody", "people"):
                return "other"
            return "thing"
        if low == "there" or tok.dep_ == "expl":
            return "thing"
        if low in _THIRD_PARTY or tok.lemma_.lower() in _THIRD_PARTY:
            return "other"
        if tok.pos_ == "PROPN":
            if any(ch.isdigit() or ch in _CODE_CHARS for ch in tok.text) or (
                    tok.is_upper and tok.is_alpha and len(tok.text) > 1 and not in_capitals(self.sent)):
                return "thing"  # "O(n^2", "v2", an acronym such as "TERM" or "API" (not "Ana 😀")
            return "person"
        lemma = tok.lemma_.lower()
        if lemma in _DOCUMENT_OR_PERSON and not any(
                c.dep_ == "poss" or c.lower_ == "direct" for c in tok.children):
            return "thing"  # "this report is sloppy" is a document; "my report", "her direct reports" are people
        if lemma in self.words.person_nouns or low in self.words.person_nouns or name_blank(tok):
            return "person"
        if self._looks_like_name(tok):
            return "person"
        if lemma in self.words.attribute_nouns:
            # a person's quality ("his drive", "motivation is lacking"), not a thing's ("the drive on the
            # server", "customer interest in the beta")
            kids = list(tok.children)
            if not any(c.dep_ == "poss" for c in kids) and any(
                    c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") or c.dep_ == "det" and c.lower_ in _THING_DETS
                    for c in kids):
                return "thing"
            return "person"
        return "thing"

    def _opening_verb(self, tok: Token) -> bool:
        return opening_verb(tok, self.sent, self.words)

    @staticmethod
    def _looks_like_name(tok: Token) -> bool:
        """A capitalised bare noun in subject position, mid-sentence or with no
        article or possessive: "Ravi is lazy" when the tagger calls Ravi a noun."""
        if not tok.text[:1].isupper() or not tok.text[1:].islower() or tok.dep_ not in _SUBJ:
            return False
        if any(c.dep_ in ("det", "poss", "amod", "nummod") for c in tok.children):
            return False
        return tok.pos_ in ("NOUN", "ADV", "ADJ", "X", "INTJ") and tok.tag_ != "NNS" and not tok.is_stop \
            and tok.lemma_.lower() == tok.lower_

    @cached_property
    def is_imperative(self) -> bool:
        root = self.sent.root
        first = next((t for t in self.sent if not (t.is_punct or t.is_space)), root)
        if first.lower_ in _FRAGMENT_OPENERS:
            return False
        if first.lower_ in ("never", "always", "please") and first.i + 1 < self.sent.end:
            # "never call this from the UI thread, it blocks": an instruction opens the sentence
            verb = self.sent.doc[first.i + 1]
            if verb.tag_ == "VB" and not any(c.dep_ in _SUBJ for c in verb.children):
                return True
        if any(c.dep_ in _SUBJ for c in root.children):
            return False
        if root.tag_ != "VB":
            # "Communicate better with ops." tagged as a noun: a bare base-form verb first
            return first.i == root.i and first.lower_ in self.words.base_verbs and first.tag_ in ("NN", "NNP", "JJ", "VB")
        for t in self.sent:
            if t.i == root.i:
                return True
            if t.dep_ in ("aux", "neg", "advmod", "intj", "punct", "mark", "prep", "pobj", "det", "amod",
                          "nummod", "npadvmod", "compound") or t.lower_ in ("please", "do", "dont"):
                continue
            return False
        return False

    @cached_property
    def about_person(self) -> bool:
        return self.subject_kind in ("person", "fragment")

    # -- modality ---------------------------------------------------------------
    @cached_property
    def negated(self) -> bool:
        inside = set(range(self.span.start, self.span.end))
        for tok in self.chain:
            for c in tok.children:
                if c.dep_ == "neg" and c.i not in inside:
                    return True
            if any(c.dep_ in _SUBJ and c.i < tok.i and c.i not in inside and _nobody(c) for c in tok.children):
                return True  # "Nobody trusts her", "No manager would trust him with a key account"
            if tok.dep_ == "conj":  # "he never listens and just doesn't care": stop at the conjunct
                break
        window = list(self.sent.doc[max(self.sent.start, self.span.start - 3): self.span.start])
        # (not a negation of the clause or conjunct before a "but" or "and": "she's not slow | but | could be
        # tidier", "he gives no feedback | and | always interrupts")
        cut = max((k + 1 for k, t in enumerate(window) if t.dep_ == "cc" and t.lower_ in ("but", "yet", "and", "or")
                   or t.text in (",", ";")), default=0)
        for t in window[cut:]:
            if t.lower_ in _NEG_WORDS and t.i not in inside:
                return True
        prev = self.sent.doc[max(self.sent.start, self.span.start - 2): self.span.start].text.lower()
        if prev.endswith(("far from", "anything but", "no longer")):
            return True
        # "I don't think he's careless": the writer denies the clause the match is in
        clause = next((t for t in [self.anchor, *self.anchor.ancestors] if t.dep_ == "ccomp"), None)
        if clause is not None and clause.head.lemma_.lower() in _BELIEF_VERBS:
            return _writer_denies(clause.head)
        return False

    @cached_property
    def quoted(self) -> bool:
        if self.mentioned:
            return True
        opened = 0
        for t in self.sent:
            if t.i >= self.span.start:
                break
            if t.tag_ == "``" and t.text in ("'", "\u2018"):
                opened += 1
            elif t.tag_ == "''" and t.text in ("'", "\u2019") and opened:
                opened -= 1
        if opened:
            return True
        before = self.sent.text[: self.span.start_char - self.sent.start_char]
        for open_q, close_q in _QUOTES.items():
            if open_q == close_q:
                if before.count(open_q) % 2 == 1:
                    return True
            elif before.count(open_q) > before.count(close_q):
                return True
        return False

    @cached_property
    def mentioned(self) -> bool:
        """The words are talked about, not used: "avoid labels such as lazy or difficult", "words like
        abrasive turn up more often in women's reviews" (a mention is read like a quotation)."""
        doc = self.sent.doc
        lo = max(self.sent.start, self.span.start - 8)
        # (a learned finding spans its clause, so the mention may open the span itself)
        for t in doc[lo: self.span.end - 1]:
            if t.lemma_.lower() in _MENTION_NOUNS and (
                    doc[t.i + 1].lower_ in ("like", "as", ":") or doc[t.i + 1: t.i + 3].text.lower() == "such as"):
                return True
        return False

    @cached_property
    def reported(self) -> bool:
        child = self.anchor
        for anc in self.anchor.ancestors:
            if anc.lemma_.lower() in self.words.speech_verbs and child.dep_ in (
                "ccomp", "xcomp", "oprd", "dobj", "parataxis", "advcl"
            ):
                if _said_by_another(anc, unnamed=True):
                    return True
            child = anc
        if self.anchor.dep_ == "pobj" and self.anchor.head.lower_ == "as" and \
                self.anchor.head.head.lemma_.lower() in self.words.speech_verbs:
            verb = self.anchor.head.head
            speaker = next((c for c in verb.children if c.dep_ in _SUBJ), None)
            if speaker is None or speaker.lower_ not in _WRITER_PRON:
                return True  # "the customer described the reply as rude"; not "I'd describe her as ..."
        top = self.anchor
        if self.span.start <= self.sent.start + 1 and self.span.end >= self.sent.end - 1 \
                and top.lemma_.lower() in self.words.speech_verbs and any(c.dep_ in ("ccomp", "xcomp") for c in top.children):
            # a whole sentence that reports what someone said ("He said he would like to move teams"): the
            # learned rules score whole sentences, whose anchor is the speech verb itself
            if _said_by_another(top, unnamed=False):
                return True
        low = self.sent.text.lower()
        return "according to" in low

    @cached_property
    def hypothetical(self) -> bool:
        for tok in [self.anchor, *self.anchor.ancestors]:
            if any(c.dep_ == "mark" and c.lower_ in _HYPO_MARKS for c in tok.children):
                head = tok.head
                # "It would be great if she spoke up more" is a request, not a hypothesis
                if head != tok and head.lemma_ == "be" and any(
                        c.lower_ in ("great", "good", "nice", "helpful", "ideal", "better", "best") for c in head.children):
                    return False
                return True
        return False

    @cached_property
    def question(self) -> str | None:
        """None, 'genuine' or 'rhetorical'."""
        text = self.sent.text.rstrip()
        if not text.endswith("?"):
            return None
        return "rhetorical" if blame_question(self.sent, self.words) else "genuine"

    # -- content ----------------------------------------------------------------
    @cached_property
    def polarity(self) -> str:
        """'negative' when the clause the match belongs to makes a negative claim.

        Only the predicate's own clause counts: not relative, adverbial ("because
        ...") or coordinated clauses.  A negative word in it makes the claim
        negative; a negation on the predicate (or a "never" in the match) flips it,
        so "never misses a deadline" is praise.  A trait word describing a thing
        ("the petty-cash float") is not a cue.
        """
        root = self.anchor
        pred = self.predicate
        if root.dep_ in ("advmod", "neg", "npadvmod", "det", "nummod") and root.head != root \
                and root.head.pos_ in ("VERB", "AUX", "ADJ", "ADV"):
            pred = root.head
            while pred.dep_ in ("aux", "auxpass", "advmod") and pred.head != pred and pred.head.pos_ in ("VERB", "AUX"):
                pred = pred.head  # "Never | once | has | a patient complained": the clause is the main verb's
        elif root.dep_ in ("dobj", "nsubj", "attr") and root.head != root:
            pred = root.head
        elif root.dep_ == "pobj" and root.head.head != root.head:
            pred = root.head.head
        inside = set(range(self.span.start, self.span.end))
        lo, hi = self.sent.start, self.sent.end
        clause = sorted((t for t in _clause(pred, inside) if lo <= t.i < hi), key=lambda t: t.i)
        words = self.span.text.lower().split()
        flips = int(bool(words) and words[0] in self.words.negating_absolutes)
        flips += sum(1 for t in clause if t.dep_ == "neg" and t.i not in inside and not _not_only(t))
        if pred.dep_ in ("xcomp", "acomp") and pred.head != pred:
            flips += sum(1 for c in pred.head.children if c.dep_ == "neg")
        if flips and any(t.lower_ == "without" and t.i not in inside for t in clause):
            flips += 1  # "never ... without X" means "always X"
        negation = flips % 2 == 1
        bad = False
        # the match's own verb counts too ("doesn't complain at all" is praise); its other words are the
        # absolute itself ("without fail", "non-stop")
        own = self.span.root
        for t in clause + ([own] if own.pos_ == "VERB" and own.i in inside else []):
            if (t.i in inside and t is not own) or t.lower_ == "without":
                continue
            if t.lower_ in self.words.negative_cues or t.lemma_.lower() in self.words.negative_cues:
                if t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN" and self.classify(t.head) == "thing" \
                        and t.lower_ in self.words.trait_cues:
                    continue
                if t.dep_ == "compound" or (t.i + 1 < len(t.doc) and t.nbor(1).text == "-"):
                    continue  # a noun that names a thing: "bug-fix PRs", "the complaints form"
                if _praised_excess(t) or (t.dep_ == "pobj" and t.head.head.i != pred.i and _positive_object(t.head.head)):
                    continue  # "exceeds expectations"; "innovative solutions to our problems"
                if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("no", "zero") for c in t.children):
                    continue  # "no complaints about his schedule": a flaw denied
                if t.pos_ == "NOUN" and t.dep_ in ("dobj", "conj") and t.head.lemma_.lower() in self.words.remedy_verbs:
                    continue  # "always fixes bugs", "never logs his mistakes": a flaw dealt with
                bad = True
                break
        if not bad:
            low = " ".join(t.lower_ for t in clause if t.i not in inside)
            # a verb and its adverb or particle with an object between them: "leave the office early"
            pairs = [f"{t.lower_} {c.lower_}" for t in clause if t.pos_ == "VERB"
                     for c in t.children if c.dep_ in ("advmod", "prt") and c.i > t.i + 1]
            bad = any(p in low for p in self.words.negative_cue_phrases) or \
                any(p in self.words.negative_cue_phrases for p in pairs)
        return "negative" if bad != negation else "positive"

    @cached_property
    def has_specifics(self) -> bool:
        # how often counts only in a request: "works hard every day" names no instance
        return self.words.has_specifics(self.sent, habitual=self.is_request)

    @cached_property
    def has_reason(self) -> bool:
        return self.words.has_reason(self.sent)

    @cached_property
    def is_habit(self) -> bool:
        """The predicate says what someone usually does or can do: the simple present or "can"/"could"
        ("She completes tasks on time", "He can see several sides of a problem"), not one occasion."""
        pred = self.predicate
        return pred.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in pred.children)

    @cached_property
    def is_request(self) -> bool:
        return self.words.is_request(self.sent, imperative=self.is_imperative)

    @cached_property
    def denied(self) -> bool:
        """The writer denies a negative trait the sentence names: "I don't think Sam is lazy", "I don't
        find him rude at all" (not "I don't think he is capable of leading": a positive word denied is
        still a verdict)."""
        root = self.sent.root
        if (root.lemma_.lower() not in _BELIEF_VERBS and root.lemma_.lower() != "call") or not _writer_denies(root):
            return False
        return any(t.lower_ in self.words.trait_cues for t in self.sent if t.i > root.i)

    @cached_property
    def forecast(self) -> bool:
        """The sentence only predicts or hopes ("she will continue to grow"): see ``requests.forecast_only``."""
        return forecast_only(self.sent.text, self.is_request)


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
