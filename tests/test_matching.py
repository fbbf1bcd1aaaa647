"""The matching shortcuts find exactly what spaCy's own matchers find.

Word gates, anchor windows, per-sentence dependency matching and the phrase
index exist for speed; none may lose or invent a match."""

from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher, Matcher

from fairfeedback.matching.gate import GatedMatcher, TokenKeys
from fairfeedback.rules import load_rules
from fairfeedback.rules.schema import DependencyPattern, TokenPattern

RULES = load_rules().rules
EXAMPLES = [ex.text for r in RULES for ex in r.examples.flag_examples()] + [t for r in RULES for t in r.examples.pass_]
#: rule examples joined into multi-sentence documents, as reviews are
DOCS = [" ".join(EXAMPLES[i:i + 6]) for i in range(0, len(EXAMPLES), 6)]


@pytest.fixture(scope="module")
def parsed(linter):
    nlp = linter.nlp
    with nlp.select_pipes(disable=["fairfeedback"]):
        return list(nlp.pipe(DOCS))


def _plain_matchers(nlp):
    """Every token and dependency pattern in a matcher of its own, ungated."""
    out = []
    for rule in RULES:
        for pat in rule.patterns:
            if isinstance(pat, TokenPattern):
                m = Matcher(nlp.vocab)
                m.add(rule.id, [pat.pattern], greedy="LONGEST")
                out.append((rule.id, False, m))
            elif isinstance(pat, DependencyPattern):
                m = DependencyMatcher(nlp.vocab)
                m.add(rule.id, [pat.pattern])
                out.append((rule.id, True, m))
    return out


def _plain(matchers, doc):
    """Token patterns over each whole sentence, dependency patterns over the doc."""
    found = set()
    for rule_id, dependency, m in matchers:
        if dependency:
            found.update((rule_id, min(t), max(t) + 1) for _, t in m(doc))
        else:
            for sent in doc.sents:
                found.update((rule_id, sent.start + s, sent.start + e) for _, s, e in m(sent))
    return found


def test_gated_matcher_equals_plain_matchers(linter, parsed):
    nlp = linter.nlp
    gated = GatedMatcher(nlp.vocab)
    for rule in RULES:
        for pat in rule.patterns:
            if isinstance(pat, TokenPattern):
                gated.add_token(rule.id, pat.pattern)
            elif isinstance(pat, DependencyPattern):
                gated.add_dependency(rule.id, pat.pattern)
    plain = _plain_matchers(nlp)
    total = 0
    for doc in parsed:
        ours = set(gated(doc, TokenKeys(doc)))
        assert ours == _plain(plain, doc), doc.text[:80]
        total += len(ours)
    assert total > len(DOCS)  # the comparison saw many matches


def test_gated_matcher_reads_words_that_are_spacy_symbols(linter):
    """ "mark" and "number" are spaCy symbols (a dependency label, a morph feature): a gate on them
    must use the vocabulary's keys, not string hashes, or their patterns never run."""
    doc = linter.nlp("The number is wrong and the mark is faint.")
    gated = GatedMatcher(linter.nlp.vocab)
    gated.add_token("R", [{"LOWER": {"IN": ["mark", "number"]}}, {"LOWER": "is"}])
    assert sorted(doc[s:e].text for _, s, e in gated(doc, TokenKeys(doc))) == ["mark is", "number is"]


def test_token_keys_agree_with_tokens(parsed):
    for doc in parsed[:20]:
        keys = TokenKeys(doc)
        assert keys.lower == [t.lower for t in doc]
        assert keys.lemma_lower == [doc.vocab.strings[t.lemma_.lower()] for t in doc]
        assert keys.sents == [(s.start, s.end) for s in doc.sents]


@pytest.mark.parametrize("text", ["Misses deadlines constantly.", "Makes excuses constantly.",
                                  "Leaves the till open every day.", "Interrupts the other nurses constantly."])
def test_fragment_opening_with_a_verb_is_said_of_the_person(linter, text):
    """Review fragments open with a verb the tagger reads as a plural noun; they are about the reviewee."""
    assert "absolute" in {f.category.value for f in linter.lint(text).findings}


@pytest.mark.parametrize(("text", "rule"), [("Is a sloppy analyst.", "FF101"), ("Is a superb colleague.", "FF302"),
                                            ("Is a slow learner who needs every step explained.", "FF101")])
def test_a_line_opening_with_is_is_said_of_the_person(linter, text, rule):
    """'Is a sloppy analyst.': a review line that leaves out its subject, not a thing being sloppy."""
    assert rule in {f.rule_id for f in linter.lint(text).findings}
    assert rule not in {f.rule_id for f in linter.lint(text[:-1] + "?").findings}  # a question about someone


@pytest.mark.parametrize("text", ["Reports are always submitted on Friday.", "Calls go to voicemail all the time.",
                                  "Meetings always run long.", "Deliveries always arrive before noon."])
def test_a_plural_noun_with_its_verb_is_no_fragment(linter, text):
    assert "absolute" not in {f.category.value for f in linter.lint(text).findings}


@pytest.mark.parametrize(("text", "specific"), [
    ("It may take time, but he could run the desk.", False),  # the modal, not the month
    ("April has posted average numbers this quarter.", False),  # a person called April
    ("Maria Lopez performance is great.", False),  # a name before "performance", no "'s"
    ("Jordan smith is one of the nicest people on the floor.", False),  # a surname parsed as a noun
    ("He gives 110% every time he is asked.", False),  # a figure of speech
    ("Since March she has closed tickets faster.", True),
    ("We met on Monday to go through the plan.", True),
    ("The Apollo dashboard was late.", True),
    ("She closed 12 tickets.", True),
    ("His output has dropped over the last 6 months.", False),  # a period, however it is counted
    ("She is always first in and last out.", False),  # ordinals as a figure of speech
    ("Mr. Okafor has done a fine job for the desk.", False),  # a title makes a name
    ("OVERALL DANA HAS BEEN A GREAT ASSET.", False),  # a sentence in capitals is not full of names
    ("Teamworkâ€™s fine.", False),  # mojibake of a quote mark is not a currency
    ("She closed 12 tickets in the last 6 months.", True),
    ("We could not run the floor without Tomasz.", False),  # a person after a preposition
    ("What I admire about Ines is her calm.", False),
    ("She presented the roadmap at Kubecon.", True),  # a named event after a preposition
    ("Nadia has been a Star for the whole floor.", False),  # a capitalized label is no artifact
    ("He joined the desk as Senior Analyst.", False),  # nor a role title
    ("This module could be more DRY.", True),  # an acronym names a principle
    ("Omar khan's reports are really weak.", False),  # a surname in lower case before "'s"
    ("The Apollo team's velocity is low.", True),
])
def test_specifics_are_dates_counts_and_artifacts_not_names_or_modals(linter, text, specific):
    words = linter.nlp.get_pipe("fairfeedback").words
    assert words.has_specifics(next(linter.nlp(text).sents)) is specific


@pytest.mark.parametrize(("text", "asks"), [
    # cue words that are also words of a report count only in the grammar of a request
    ("Milo hands in work on schedule and within the budget.", False),  # the noun "work"
    ("She turns up on time to every morning briefing.", False),
    ("I can count on him to make sure every invoice is right.", False),  # a purpose clause
    ("She stays late to make sure the totals are right.", False),
    ("He seeks out opportunities to help the night shift.", False),
    ("She does not try to help with the rota.", False),  # a habit, not an ask
    ("Please work on your handover notes.", True),
    ("You need to work on the handover notes.", True),
    ("Make sure the totals add up.", True),
    ("I need you to make sure the totals add up.", True),
    ("It's time to step up on the estimates.", True),
    ("There is an opportunity to lead the stand-up.", True),
    ("Try to reply within a day.", True),
])
def test_request_cues_count_only_in_the_grammar_of_a_request(linter, text, asks):
    from fairfeedback.context.analysis import Analysis

    words = linter.nlp.get_pipe("fairfeedback").words
    sent = next(linter.nlp(text).sents)
    assert words.is_request(sent, imperative=Analysis(sent[0:1], words, sent).is_imperative) is asks


@pytest.mark.parametrize(("text", "flagged"), [
    ("Ravi works hard every day and is a great colleague.", True),  # how often is no instance of praise
    ("Please update the incident board every day.", False),  # but it makes a request measurable
])
def test_how_often_counts_only_in_a_request(linter, text, flagged):
    cats = {f.category.value for f in linter.lint(text).findings}
    assert ({"vague-evaluation", "vague-target"} & cats != set()) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("She does not complain at all.", False),    # a flaw denied is praise
    ("He does not work hard at all.", True),     # a quality denied is criticism
])
def test_a_zero_claim_reads_the_verb_it_denies(linter, text, flagged):
    assert ("absolute" in {f.category.value for f in linter.lint(text).findings}) is flagged


@pytest.mark.parametrize("text", ["Avoid labels such as lazy or difficult in written reviews.",
                                  "Terms like bossy and shrill are read differently for women."])
def test_words_talked_about_are_not_used(linter, text):
    """A mention ("labels such as lazy") is read like a quotation: the writer judges no one."""
    assert not {f.rule_id for f in linter.lint(text).findings if f.rule_id[2] in "16" and f.rule_id[-2:] != "90"}


@pytest.mark.parametrize(("text", "rules"), [
    ("Ravi handles the phones efficiently.", {"FF309"}),   # the catch-all speaks where nothing else did
    ("Dana is a great colleague and works efficiently.", {"FF302"}),  # another praise rule found it first
    ("He's careless with the month-end figures.", set()),  # a trait label is not the catch-all's
    ("The new build system works well.", set()),          # said of a thing
    ("We hope he will succeed in the new role.", set()),  # a wish, not a judgment
])
def test_the_catch_all_fills_in_only_where_its_category_is_silent(linter, text, rules):
    found = {f.rule_id for f in linter.lint(text).findings if f.category.value == "vague-evaluation"}
    assert found - {"FF390"} == rules


def test_a_vague_finding_leaves_a_judgment_of_the_person_to_its_catch_all(linter):
    """"Room for growth" is vague (FF303), and "little room for growth" also limits the person's future:
    the character catch-all (FF109) keeps its finding on the same words; a vague catch-all still yields
    to a judgment of the person ("careless" above)."""
    found = {f.rule_id for f in linter.lint("I see little room for growth for Ines.").findings}
    assert {"FF109", "FF303"} <= found


@pytest.mark.parametrize(("text", "flagged"), [
    ("never restart the worker from a request handler, it drops the queue", False),  # an instruction
    ("Ines always adds a test case to her bug-fix commits.", False),  # "bug" names a kind of commit
    ("He never answers the support phone.", True),
    ("You always ignore the bug reports.", True),
    # a flaw denied ("no complaints") is praise; a negation before "and" stays in its own conjunct
    ("We have no complaints about his timekeeping; he always shows up early.", False),
    ("He gives no feedback and always interrupts.", True),
])
def test_absolutes_in_instructions_and_praise_are_not_flagged(linter, text, flagged):
    assert ("absolute" in {f.category.value for f in linter.lint(text).findings}) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("The naive O(n^2) loop is fine here since n is capped at 50.", False),  # code, not a person
    ("Fall back to plain output when TERM is set to dumb.", False),  # an acronym, not a person
    ("Dr. Osei is careless with the sample labels.", True),
    ("MEI IS CARELESS WITH THE SAMPLE LABELS.", True),  # a sentence in capitals still names a person
])
def test_code_and_acronyms_are_not_people(linter, text, flagged):
    assert ("character-judgment" in {f.category.value for f in linter.lint(text).findings}) is flagged


@pytest.mark.parametrize(("text", "habit"), [
    ("She completes her tasks on time.", True),
    ("They work well with the night crew.", True),
    ("He can see several sides of a problem.", True),
    ("She completed the tasks before the audit.", False),  # one occasion
    ("He will lead the stand-up next week.", False),
    ("She has shipped two releases.", False),
])
def test_the_habit_frame_is_the_simple_present_or_can(linter, text, habit):
    from fairfeedback.context.analysis import Analysis

    words = linter.nlp.get_pipe("fairfeedback").words
    sent = next(linter.nlp(text).sents)
    assert Analysis(sent, words, sent).is_habit is habit


@pytest.mark.parametrize(("text", "forecast"), [
    ("Over time she will continue to raise her game.", True),
    ("After a few more months, Bo should be able to do better.", True),  # "should be able to" predicts
    ("We look forward to what Rae does next!", True),
    ("She will need to raise her game.", False),  # a need
    ("He will be great if he plans ahead.", False),  # a condition: a request in disguise
    ("Hopefully she will improve.", False),  # a hope
    ("More testing will be required before he moves up.", False),
    ("She should improve her tone.", False),  # no prediction at all
    ("Jamal should be considered for the team lead role.", True),  # others' decision about him
    ("She should not be given the Acme account.", True),
    ("He should be given clearer goals, and he needs to ask for help sooner.", False),  # and a request of him
    ("Please reach out to me if anything gets in the way.", True),  # an invitation to come to the writer
    ("If the rota slips again, let me know so I can help.", True),
    ("Please reach out to the suppliers more often.", False),  # an ask of the person
    ("She should talk to me more often about blockers.", False),
    ("Feel free to share more of your ideas in the stand-up.", False),  # an encouragement: an ask
])
def test_a_forecast_asks_for_nothing(linter, text, forecast):
    """A vague target is an expectation, goal or request; FF290/FF291 drop a sentence that only predicts."""
    from fairfeedback.context.requests import forecast_only

    words = linter.nlp.get_pipe("fairfeedback").words
    sent = next(linter.nlp(text).sents)
    assert forecast_only(sent.text, words.is_request(sent, imperative=False)) is forecast



def test_phrase_terms_in_the_third_person_are_also_said_to_you():
    from fairfeedback.matching.variants import addressed

    assert addressed(["in over his head", "show her the door", "lazy"]) == [
        "in over his head", "show her the door", "lazy", "in over your head", "show your the door", "show you the door"]


@pytest.mark.parametrize(("text", "rule"), [("Honestly, you are in over your head on this account.", "FF102"),
                                            ("We would have let you go months ago.", "FF412"),
                                            ("Since your stroke, the call logs have been late.", "FF801")])
def test_a_review_written_to_the_person_is_read_like_one_written_about_them(linter, text, rule):
    assert rule in {f.rule_id for f in linter.lint(text).findings}
    said_of = text.replace("your", "his").replace("you", "him").replace("him are", "he is")
    assert rule in {f.rule_id for f in linter.lint(said_of).findings}


def test_pronoun_lists_of_token_patterns_also_take_you():
    from fairfeedback.matching.variants import addressed_pattern

    widened = addressed_pattern([{"LEMMA": "make"}, {"LOWER": {"IN": ["him", "her", "them"]}, "DEP": "nsubj"},
                                 {"RIGHT_ATTRS": {"LOWER": {"IN": ["his", "the"]}}}, {"LOWER": {"IN": ["her"]}}])
    assert widened == [{"LEMMA": "make"}, {"LOWER": {"IN": ["him", "her", "them", "you"]}, "DEP": "nsubj"},
                       {"RIGHT_ATTRS": {"LOWER": {"IN": ["his", "the", "your"]}}}, {"LOWER": {"IN": ["her", "you", "your"]}}]


@pytest.mark.parametrize(("text", "rule"), [("Lacks drive.", "FF710"), ("Lacks focus.", "FF710")])
def test_a_verb_that_is_never_a_plural_noun_opens_a_fragment(linter, text, rule):
    """The tagger reads "Lacks drive." as lacks (a noun) that drive; "lacks" is a verb here."""
    assert rule in {f.rule_id for f in linter.lint(text).findings}


@pytest.mark.parametrize("text", ["Resents criticism.", "Dislikes change.", "Overreacts to feedback."])
def test_a_habit_line_that_complains_is_no_habit_credited(linter, text):
    assert "FF310" not in {f.rule_id for f in linter.lint(text).findings}


def test_phrase_terms_match_a_not_contracted_or_written_out():
    from fairfeedback.matching.variants import contracted

    assert contracted(["not up to par", "doesn't care", "cannot be trusted", "notable"]) == [
        "not up to par", "doesn't care", "cannot be trusted", "notable", "n't up to par", "can't be trusted",
        "does not care", "doesnt care", "nt up to par", "cant be trusted"]


@pytest.mark.parametrize(("text", "rule"), [("Her spreadsheets simply arent up to par.", "FF303"),
                                            ("He doesnt care about the rota.", "FF701"),
                                            ("You havent once brought the truck back fuelled.", "FF501")])
def test_a_not_typed_without_its_apostrophe_is_read_like_a_written_one(linter, text, rule):
    assert rule in {f.rule_id for f in linter.lint(text).findings}


@pytest.mark.parametrize(("text", "rule"), [("Her spreadsheets simply aren't up to par.", "FF303"),
                                            ("You haven't once brought the truck back fuelled.", "FF501")])
def test_a_contracted_not_is_read_like_a_written_one(linter, text, rule):
    assert rule in {f.rule_id for f in linter.lint(text).findings}


def test_an_exception_that_opens_with_a_contracted_not_cancels_inside_the_word(linter):
    # "n't ever" is no absolute of FF506 (FF512 reads it, and an instruction is no claim)
    assert not {f.rule_id for f in linter.lint("Don't ever wedge the loading bay door open.").findings} & {"FF506", "FF512"}


def test_verb_lists_of_token_patterns_also_take_the_forms_said_of_you_and_they(linter):
    from fairfeedback.matching.variants import addressed_pattern

    assert addressed_pattern([{"LOWER": {"IN": ["is", "'s", "was"]}}]) == [{"LOWER": {"IN": ["is", "'s", "was", "are", "were", "'re"]}}]
    assert "FF412" in {f.rule_id for f in linter.lint("They are not among our strongest agents.").findings}


_LINES = ["Misses deadlines constantly.", "Is a sloppy analyst.", "Needs to communicate better.",
          "Always puts the crew first.", "He is lazy and careless.", "Looks good.", "She closed 14 tickets on Monday."]


@pytest.mark.parametrize("line", _LINES)
@pytest.mark.parametrize("prefix", ["Comments: ", "Areas to improve: ", "1. ", "2) ", "- ", "\u2022 ", "* "])
def test_a_label_or_list_marker_before_a_line_changes_nothing(linter, line, prefix):
    """Review forms and exports put a label ("Comments:") or a list number before a line; the
    label is not the line's subject or verb, and the number is no count."""
    def categories(text):
        return sorted({f.category.value for f in linter.lint(text).findings} - {"missing-example", "missing-next-step", "unbalanced"})

    assert categories(prefix + line) == categories(line)


@pytest.mark.parametrize("text", ["Nobody on the ward trusts her.", "No supervisor would trust him with the keys.",
                                  "No one here respects her."])
def test_a_subject_that_denies_its_clause_is_no_praise(linter, text):
    assert "FF306" not in {f.rule_id for f in linter.lint(text).findings}
    assert "FF306" in {f.rule_id for f in linter.lint("Everyone on the ward trusts her.").findings}
