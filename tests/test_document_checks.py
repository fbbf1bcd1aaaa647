"""Whole-review checks (FF901-FF903): how each sentence is read, and the checks
on whole, chunked and streamed text."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from fairfeedback.document import DOC_LEXICONS, DocFacts, doc_words, read_sentences
from fairfeedback.rules import builtin_rules_dir

ROOT = Path(__file__).resolve().parent.parent
CHECKS = {"FF901": "missing-example", "FF902": "missing-next-step", "FF903": "unbalanced"}


def read(linter, text):
    """SentenceFacts of ``text`` (one chunk)."""
    nlp = linter.nlp
    builder = linter._builder
    doc = nlp(text)
    return read_sentences(doc, 0, builder.words, builder.build(doc, 0))


def one(linter, text):
    (s,) = read(linter, text)
    return s


def checks(linter, text):
    return {CHECKS[f.rule_id] for f in linter.lint(text).findings if f.rule_id in CHECKS}


# -- critical -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "His lessons lack structure.",                       # critical cue lexicon
    "Grace's work has been uneven at best.",             # 'at best' deflates
    "He finds a lot of difficulty in finishing basic tasks.",  # a difficulty had, not one found
    "Clients aren't impressed with the concepts.",       # negated praise
    "Her lectures move too fast for the class.",         # too + adjective
    "I felt unheard when you dismissed my idea.",        # the writer's reaction to the person
    "The bus duty roster was not covered on Friday.",    # negated passive
    "He didn't follow the lockout procedure on line 2.",  # a person's action negated
    "Leo's tickets sat unassigned in the queue.",        # un- + participle
    "In the retro he cut Maya off twice.",               # phrasal verb
    "Her QA scores dropped from 90% to 70%.",            # measured setback
    "Complaints about her tone rose sharply this year.",  # more of a bad outcome
    "You are lazy.",                                     # a sentence-level finding
])
def test_critical(linter, text):
    assert one(linter, text).critical, text


@pytest.mark.parametrize("text", [
    "Sofia never missed a shift this summer.",                      # flaw under 'never'
    "She closed the quarter without a single booking error.",       # flaw under 'without'
    "Yusuf solved the scheduling problem in the clinic.",           # flaw as object of a remedy
    "She wrote a postmortem for the failed deploy.",
    "Failed webhook deliveries dropped from 40 a day to 2.",        # fewer bad outcomes
    "Staff turnover on her shift is the lowest in the building.",
    "She stayed late on the Fourth of July to help close.",         # flaw word inside praise
    "The delay was a vendor problem, not her fault.",               # exculpated
    "I have no concerns about her performance.",                    # negated cue phrase
    "Sam took over the billing service in February.",               # 'take over' only as text
    "Keiko exceeded every target this year.",                       # a cue also listed as praise
    "We had a difficult quarter as a team.",                        # the writer's situation
    "Carlos found $12,000 in mislabeled stock.",                    # a flaw the person found
    "He always turns in analyses that exceed what we asked for.",  # a word both flaw and praise cue
    "I could not say enough good things about her work.",           # praise by negation
    "She has not faltered once on the month-end tasks.",            # a failure denied
])
def test_not_critical(linter, text):
    assert not one(linter, text).critical, text


def test_a_following_sentence_can_take_the_blame_off(linter):
    first, second = read(linter, "She missed the renewal date on 30 June. No one told her the date had moved.")
    assert not first.critical and "exculpated by the next sentence" in first.why


# -- acknowledgment -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Priya trained three new hires on the reach trucks.",     # accomplishment verb, person subject
    "Aisha's refactor removed 3,000 lines of dead code.",     # a person's work as subject
    "Her Figma components are clear and consistent.",         # positive trait as adjective
    "Mobile conversion rose from 2.1% to 2.8%.",              # measured progress
    "You've got a good eye, I'll give you that.",             # praise next to a plan marker
    "He never lets a broken pallet go out.",                  # flaw negated through 'let ... go'
    "She did get the hiring plan approved.",                  # causative 'get ... approved'
    "Hit all four quarterly targets and onboarded two reps.",  # a review-form fragment, not an order
    "She is proficient in most parts of the job.",            # a quality of her work
    "Though he is a hard worker, the audit found gaps.",      # a concession is its own clause
    "Rina is a decent worker.",                               # a mild verdict still acknowledges
    "Omar is a core member of the support group.",            # a strength named as a role
    "Over the summer Dana has shown improvements.",           # progress as a noun
    "Tomas skips the prep but he shows some real promise.",   # the flaw's negation stays in its clause
    "We should coach Felix because he has been a dependable analyst.",  # a fact inside a plan
    "It may take a while, as he clearly has untapped potential.",      # "may" governs its own clause only
    "On 20 May you shipped the release notes 3 days early.",  # the month, not the modal
])
def test_acknowledgment(linter, text):
    assert one(linter, text).acknowledgment, text


@pytest.mark.parametrize("text", [
    "Greg is a great guy.",                                   # hollow: likability, not work
    "Nice of Jordan to finally show up to the meeting.",      # sarcasm
    "Thanks for finally sending the report.",                 # a one-word hollow cue
    "The night audit caught three cases in September.",       # inanimate subject
    "I have raised this with her before.",                    # the writer's own action
    "She'll present the results at the March review.",        # a plan, not something done
    "I expect better.",                                       # comparative in a request
    "Reviewers flagged the same kinds of issues repeatedly.",  # 'kind' as a noun
    "Her handle time was 9 minutes in October.",              # 'handle' in a compound
    "I don't see her as a real asset to the group.",          # praise under a denied opinion
    "She does not work well with the night crew.",            # a negated praise phrase
    "Given a year he may become our strongest closer.",       # a possibility, not something shown
    "Thank you.",                                             # a sign-off
    "Tomas does not prepare for the calls and he does not show promise.",  # each clause negated
])
def test_no_acknowledgment(linter, text):
    assert not one(linter, text).acknowledgment, text


# -- next steps ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We agreed he'll pair with Nadia on the next two infra tickets.",
    "Next check-in Thursday at 2pm.",
    "Going forward, corrections happen in the back office.",
    "Goal: post grades within five school days of each assessment.",
    "Can you update them before the September intake?",
    "She'll use the SBAR template for every handover from now on.",
    "- Review forecast assumptions with me every other Friday",
    "We've set up weekly deal reviews with her manager starting 5 January.",  # a one-word forward cue
    "Some re-training may be needed.",                # support named outside a request
    "She could use some help with the month-end close.",
    "We will keep coaching and guiding him.",
    "She is encouraged to ask the leads for feedback.",
])
def test_next_step(linter, text):
    assert any(s.next_step for s in read(linter, text)), text


@pytest.mark.parametrize("text", [
    "Be more careful with invoices.",                 # a vague target
    "Step it up in 2025.",                            # a vague target with only a year
    "She completed the SAP basics course on schedule.",  # a course already done
    "He told the client \"we'll have it done by Friday\".",  # a promise inside a quotation
    "It would help if she were more consistent.",
    "Partner teams have sometimes been surprised by changes.",  # no imperative
    "The planting estimate was due on 17 October.",
    "You completed the allergen training on day 3.",  # support already used: an accomplishment
    "He gives support to the new hires.",             # support he gives, not support for him
    "She is abrasive with the support team.",         # 'support' naming a team
])
def test_no_next_step(linter, text):
    assert not any(s.next_step for s in read(linter, text)), text


# -- instances -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 3 November, Tom left the medication cart unlocked.",
    "In the last retro he cut Maya off twice.",
    "Her workpapers for the Dalton audit were missing tie-outs.",
    "Brian told her to \"just google it.\"",
    "I felt unheard when you dismissed my idea in Monday's planning meeting.",
    "He transferred 22% of his calls to tier 2.",
    "I once saw him skip the pre-shift safety check.",          # a single occasion
    "Her slides for this project were not usable.",             # an occurrence pointed at
    "She stated she would not cover the late shift.",           # a reported exchange
])
def test_instance(linter, text):
    assert any(s.instance for s in read(linter, text)), text


@pytest.mark.parametrize("text", [
    "She's shrill on the Monday forecast calls.",           # a recurring meeting
    "She cancels every 1:1.",
    "HE SHOWS A LOW QUALITY OF WORK IN MATCHES.",            # capitals: every word looks like a name
    "Once again he missed the handover.",                    # 'once again' is a repetition
    "Frank is a 30-year veteran who is resistant to the new software.",
    "Pedro has been on the team for 90 days and rushes customers.",
    "She launched the campaign on 1 March, and it hit a 31% open rate.",  # praise
    "We'll review five of his calls every Wednesday in June.",           # a plan
    "His forecast accuracy this year was poor.",
])
def test_no_instance(linter, text):
    assert not any(s.instance for s in read(linter, text)), text


# -- whole reviews ---------------------------------------------------------------------------

def test_bulleted_review_lines_are_sentences_and_headings_are_skipped(linter):
    text = ("Strengths:\n- Closed the Acme renewal ($220K) two weeks early\n\nAreas for growth:\n"
            "- Tends to over-commit on forecast calls\n\nNext steps:\n"
            "- Review forecast assumptions with me every other Friday, starting 10 January")
    sents = read(linter, text)
    assert [s.text.split()[1] for s in sents] == ["Closed", "Tends", "Review"]
    assert checks(linter, text) == {"missing-example"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Terrible attitude. Lazy. Doesn't listen.", {"missing-example", "missing-next-step", "unbalanced"}),
    ("Jake's clients love him; his renewals are at 85%. He was late opening the gym on the 4th and the 11th. "
     "We'll review the opening log together at the end of the month.", set()),
    ("Lin handled 1,430 chats this quarter with a 97% satisfaction rating.", set()),
    ("Mr. Patel is a dedicated teacher. His lessons lack structure. Keep working on it.",
     {"missing-example", "missing-next-step"}),
    ("On 21 October the bus duty roster was not covered from 3:00 to 3:20. "
     "From Monday, Ms. Reyes will confirm bus cover with the office by noon each day.", {"unbalanced"}),
    # a concession is not under the main clause's denial, and outdoing peers is a strength
    ("Ines takes long over hard tickets. Although she does okay with the routine queue, I don't see her "
     "leading the desk soon. She is a slow learner.", {"missing-example", "missing-next-step"}),
    ("Ines takes long over hard tickets. I don't see her leading the desk soon. She is a slow learner.",
     {"missing-example", "missing-next-step", "unbalanced"}),
    # a review of praise whose only criticism is a request to grow is encouraging, not critical
    ("Mia closed every renewal on her book this year and trains the new reps. Her clients ask for her "
     "by name. She should take on more responsibility next year.", set()),
    ("Mia closed every renewal on her book this year and trains the new reps. Her clients ask for her "
     "by name. She should improve her accuracy next year.", {"missing-example", "missing-next-step"}),
    # support the team offers or the person is given is a next step; support the person gives is not
    ("Tariq is slow with the weekly figures. He seems unsure of the new tools. We are ready to help "
     "Tariq speed up.", {"unbalanced"}),
    ("Tariq is slow with the weekly figures. He seems unsure of the new tools. If he is provided assistance, "
     "he may pick them up.", {"missing-example", "unbalanced"}),
    ("Tariq is slow with the weekly figures. He seems unsure of the new tools. His lead should have a chat "
     "with him about it.", {"missing-example", "unbalanced"}),
    ("Tariq is slow with the weekly figures. He seems unsure of the new tools. He gives assistance to the "
     "interns.", {"missing-example", "missing-next-step", "unbalanced"}),
    ("Omar is getting higher survey scores than almost anyone on the desk, but he is curt with new clients. "
     "He is a poor listener.", {"missing-example", "missing-next-step"}),
])
def test_whole_reviews(linter, text, expected):
    assert checks(linter, text) == expected


def test_chunked_text_merges_facts(linter):
    filler = "The quarterly planning cycle ran through its usual steps with the team. " * 50
    text = "You are lazy and your work is sloppy.\n\n" + filler + "\n\nOn 4 March your report had 12 errors. " \
        "You closed 14 deals, thank you. We agreed you'll pair with Dana every Friday starting 10 March."
    assert len(text) > 3_000  # parsed in more than one chunk
    assert checks(linter, text) == set()
    assert checks(linter, "You are lazy and your work is sloppy.\n\n" + filler) == \
        {"missing-example", "missing-next-step", "unbalanced"}


def test_stream_gives_the_same_document_findings(linter):
    filler = "The quarterly planning cycle ran through its usual steps with the team. " * 30
    text = "You are lazy and your work is sloppy.\n\n" + filler + "\n\nOn 4 March you closed 14 deals, thank you.\n"
    blocks = [text[: len(text) // 2], text[len(text) // 2:]]
    assert "".join(blocks) == text
    streamed = {(f.rule_id, f.start, f.end) for f in linter.lint_stream(blocks) if f.rule_id in CHECKS}
    whole = {(f.rule_id, f.start, f.end) for f in linter.lint(text).findings if f.rule_id in CHECKS}
    assert streamed == whole and {r for r, _, _ in whole} == {"FF901", "FF902"}


def test_merge_keeps_the_first_critical_sentence():
    a = DocFacts(critical=[(0, 5)], instance=False, next_step=True, positive=False)
    b = DocFacts(critical=[(10, 20)], instance=True, next_step=False, positive=True)
    m = a.merge(b)
    assert m.critical == [(0, 5)] and m.instance and m.next_step and m.positive


# -- lexicons and the evaluation script ----------------------------------------------------------

def test_doc_lexicons_load_and_have_provenance():
    dw = doc_words()
    assert dw.critical.words and dw.acknowledgment.words and dw.forward.phrases.pattern
    assert dw.decrease and dw.increase
    for name in DOC_LEXICONS:
        if name.startswith("doc-"):
            head = (builtin_rules_dir() / "lexicons" / f"{name}.yml").read_text(encoding="utf-8")
            assert "source:" in head and "Provenance" in head, name


def _script():
    spec = importlib.util.spec_from_file_location("evaluate_documents", ROOT / "scripts" / "evaluate_documents.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_evaluation_dev_files_leave_out_the_holdout():
    mod = _script()
    names = [p.name for p in mod.dev_files()]
    assert "documents-b.jsonl" in names and "documents-d.jsonl" in names
    assert not any(n.startswith("documents-holdout-") for n in names)


def test_evaluation_refuses_errors_on_the_holdout():
    for args in (["--holdout", "--errors"], ["--errors", "tests/corpus/documents-holdout-x.jsonl"]):
        res = subprocess.run([sys.executable, str(ROOT / "scripts" / "evaluate_documents.py"), *args],
                             capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert res.returncode == 2 and "--errors" in res.stderr, args


@pytest.mark.parametrize("text", [
    "Ines can sketch a plan for almost any problem, but she is very slow to carry one out"
    " (for example, [what happened] on [date], which [impact]).",
    "He is lazy. For example, [what happened] on [date], which [impact].",
])
def test_what_a_rewrite_added_does_not_make_a_comment_a_review(linter, text):
    """The size of a text is what the writer wrote: a rewrite's prompt in parentheses, or a sentence it
    added around its placeholders, does not turn a one-line comment into a review (which would then
    lack a next step the comment was never asked for)."""
    assert not linter.is_review(text)
    assert not [f.rule_id for f in linter.lint(text).findings if f.rule_id.startswith("FF9")]
