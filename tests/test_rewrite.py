"""Behavior-focused rewrites: properties on the corpus, agreement, applicability, CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import fairfeedback
from fairfeedback import Applicability
from fairfeedback.cli import cli
from fairfeedback.rewriting import apply_edits
from fairfeedback.rules import load_rules

CORPUS = Path(__file__).parent / "corpus"
SENTENCES = [json.loads(line)["text"] for p in sorted(CORPUS.glob("reviews-*.jsonl"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
TRAITS = load_rules().terms("traits-negative")


def _sentence_edit(text: str):
    """The one sentence edit of ``rewrite(text)`` (whole-review insertions aside)."""
    (edit,) = [e for e in fairfeedback.rewrite(text).edits if not e.rule_id.startswith("FF9")]
    return edit


@pytest.fixture(scope="module")
def flagged(linter):
    out = []
    for text, report in zip(SENTENCES, linter.lint_many(SENTENCES)):
        if report.findings:
            out.append((text, report))
    assert len(out) > 50
    return out


def test_rewrite_never_retriggers_its_own_rule(linter, flagged):
    bad = []
    for text, report in flagged:
        for f in report.findings:
            sug = f.suggestions[0]
            if sug.start is None or not sug.text:
                continue
            again = {g.rule_id for g in linter.lint(sug.text).findings}
            if f.rule_id in again:
                bad.append((f.rule_id, text, sug.text))
    assert not bad, bad[:5]


def test_rewrites_contain_no_trait_word(flagged):
    for text, _report in flagged:
        result = fairfeedback.rewrite(text)
        for e in result.edits:
            if e.category.value != "character-judgment":
                continue
            words = set(re.findall(r"[a-z][a-z'-]+", e.replacement.lower()))
            assert not (words & TRAITS), (text, e.replacement, words & TRAITS)


def test_relinting_rewritten_corpus_removes_90_percent(linter, flagged):
    before = sum(len(r.findings) for _, r in flagged)
    after = 0
    for text, _ in flagged:
        after += len(linter.lint(fairfeedback.rewrite(text).text).findings)
    assert after <= 0.10 * before, (after, before)


@pytest.mark.parametrize(("text", "start"), [
    ("You always interrupt people in standup.", "You interrupted people in standup [N] times"),
    ("He is never on time for the morning huddle.", "He was not on time for the morning huddle [N] times"),
    ("You're constantly late to client calls.", "You were late to client calls [N] times"),
    ("Dana never answers her pager.", "Dana did not answer her pager [N] times"),
    # progressive forms lose their "is", not their meaning
    ("She is always interrupting people in standup.", "She interrupted people in standup [N] times"),
    ("He is never listening in handovers.", "He did not listen in handovers [N] times"),
    # an auxiliary keeps the verb's form and takes the "not"; a prediction is counted as what happened
    ("In three years he has never once taken feedback on board.", "In three years he has not taken feedback on board [N] times"),
    ("He has always taken the easy tickets.", "He has taken the easy tickets [N] times"),
    ("She will never finish a report on time.", "She did not finish a report on time [N] times"),
    # "forever" leaves no verb to count: the generic frame
    ("He takes forever to sign off on expenses.", "He [did what] [N] times between [date] and [date]"),
])
def test_absolute_rewrite_keeps_subject_and_agreement(text, start):
    result = fairfeedback.rewrite(text)
    assert result.text.startswith(start), result.text


def test_character_rewrite_keeps_subject():
    assert fairfeedback.rewrite("Maria is careless.").text.startswith("On [date], Maria ")
    assert fairfeedback.rewrite("You are careless.").text.startswith("On [date], you ")


def test_sensitive_detail_is_removed_and_never_repeated():
    text = "Good sprint overall on the May release. Since his divorce, his focus has slipped.\nNext item."
    result = fairfeedback.rewrite(text)
    assert "divorce" not in result.text
    f = [f for f in result.report.findings if f.category == "sensitive-disclosure"][0]
    assert f.suggestions[0].applicability is Applicability.SAFE and f.suggestions[0].text == ""
    assert all("divorce" not in s.text for s in f.suggestions)


@given(st.sampled_from(SENTENCES))
def test_edits_reproduce_the_rewritten_text(text):
    result = fairfeedback.rewrite(text)
    out = text
    # insertions at one place apply in list order
    for _, e in sorted(enumerate(result.edits), key=lambda ie: (ie[1].start, ie[0]), reverse=True):
        assert text[e.start:e.end] == e.original
        out = out[:e.start] + e.replacement + out[e.end:]
    assert out == result.text


def test_placeholder_rewrites_need_input():
    f = fairfeedback.lint("You are lazy.").findings[0]
    assert f.suggestions[0].applicability is Applicability.NEEDS_INPUT
    assert "[" in f.suggestions[0].text


def test_cli_rewrite_and_diff(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("You always interrupt people in standup.\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["rewrite", str(p)])
    assert res.exit_code == 0 and res.output.startswith("You interrupted people in standup [N] times")
    res = CliRunner().invoke(cli, ["rewrite", "--diff", str(p)])
    assert "-You always interrupt" in res.output and "+You interrupted" in res.output


def test_lint_fix_applies_only_safe_rewrites(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("You are lazy. Since her divorce, her focus has slipped.\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["lint", "--fix", str(p)])
    fixed = p.read_text(encoding="utf-8")
    assert "divorce" not in fixed and "You are lazy." in fixed  # the needs-input rewrite is not applied
    assert "fixed 1 problem" in res.output


def test_a_removal_wins_for_every_finding_of_its_sentence(linter):
    """Issue 11: the FF303 rewrite kept the divorce clause that FF803 says to remove."""
    text = "Since her divorce her focus has slipped. Great job on the audit."
    report = linter.lint(text)
    private = [f for f in report.findings if f.sentence_start == 0 and not f.rule_id.startswith("FF9")]
    assert {f.rule_id for f in private} >= {"FF803", "FF303"}
    for f in private:
        assert f.suggestions[0].text == "" and (f.suggestions[0].start, f.suggestions[0].end) == (0, 40)
    other = [f for f in report.findings if f.sentence_start > 0 and not f.rule_id.startswith("FF9")]
    assert other and all(f.suggestions[0].text for f in other)  # other sentences keep their rewrites


def test_removal_suggestions_read_as_one_instruction():
    from click.testing import CliRunner

    from fairfeedback.cli import cli

    runner = CliRunner()
    text = runner.invoke(cli, ["lint", "--isolated", "-"], input="Since her divorce her focus has slipped.\n").output
    assert "suggestion: Remove this personal detail; raise it privately (with HR where appropriate); delete the sentence." in text
    assert "remove this sentence. Remove" not in text
    gh = runner.invoke(cli, ["lint", "--isolated", "--format", "github", "-"],
                       input="Since her divorce her focus has slipped.\n").output
    assert "Suggestion: \n" not in gh and "Suggestion: Remove this personal detail" in gh


# --- issue 11: one coherent rewrite per sentence that keeps what the writer said ----------

def test_every_finding_of_a_sentence_offers_the_same_rewrite(flagged):
    for _, report in flagged:
        firsts: dict[tuple[int, int], set[str]] = {}
        for f in report.findings:
            positioned = [s for s in f.suggestions if s.start is not None]
            if positioned and not f.rule_id.startswith("FF9"):
                firsts.setdefault((f.sentence_start, f.sentence_end), set()).add(positioned[0].text)
        assert all(len(texts) == 1 for texts in firsts.values()), firsts


@pytest.mark.parametrize(("text", "kept", "gone"), [
    # the judged part becomes a prompt; the facts the writer gave stay
    ("Jordan is lazy about documentation and always leaves the handover notes for someone else.",
     ["Jordan", "handover notes", "documentation"], ["lazy", "always"]),
    ("He shows up to work on time but seems to lack enthusiasm.", ["shows up to work on time"], ["enthusiasm"]),
    ("She is bossy with the interns.", ["the interns"], ["bossy"]),
    ("He lacks motivation to finish his reports.", ["finish his reports"], ["motivation"]),
    ("She skipped the canary step, and the rollback plan was pathetic.", ["skipped the canary step"], ["pathetic"]),
    # a count or a deadline ends its own clause, not a "so", "which", "if" or "because" clause
    ("Jo never updates the ticket status, so nobody knows where things stand.",
     ["status [N] times in [period], so nobody knows"], ["never"]),
    ("She is always late to stand-up, which blocks the team.", ["stand-up [N] times in [period], which"], ["always"]),
    ("Priya needs to improve across the board if she wants to stay on the team.",
     ["by [date], specifically [what exactly], measured by [how you will check it], if she wants"], []),
    # several problems: one rewrite that keeps none of the flagged words
    ("Unlike the rest of us, you seem to think deadlines are optional.", [], ["Unlike", "seem to think"]),
    ("Unlike Priya, you never finish your reports on time.", ["finish your reports on time"], ["Unlike", "never"]),
    # a kept clause keeps its negation ("never updates" is counted, not turned into "updates")
    ("Jordan is lazy and never updates the handover notes.",
     ["did not update the handover notes [N] times in [period]"], ["lazy", "never", "Jordan updates"]),
    # a mixed sentence keeps its praise; a clause about something else stays as written
    # (a mixed sentence keeps its praise as praise; words another finding flags become a prompt for their evidence)
    ("Sam is a very able analyst but is unlikely to progress or adapt.",
     ["Sam [what Sam did, and why it stood out], but on [date]"], ["unlikely", "able analyst"]),
    ("His engagement with the role has been weak and he shows little interest in learning.",
     ["His engagement with the role has been [what was missing, shown where]"], ["little interest", "weak"]),
    # the checkable tail ends the request, not the "made it clear" before its "that" clause
    ("I have made it clear that you need to improve your communication.",
     ["improve your communication by [date]"], ["clear by [date]"]),
    ("His reports are fine, but his attitude is poor.",
     ["His reports are [what you valued, shown where], but on [date], he [what he did]"],
     ["attitude", "[name]"]),
    # the owner of a judged attribute is the person the prompt names
    ("His weekly reports are usually late and his attitude is poor.", ["late; on [date], he [what he did]"],
     ["attitude"]),
])
def test_rewrite_keeps_the_writers_facts(text, kept, gone):
    edit = _sentence_edit(text)
    for words in kept:
        assert words in edit.replacement, edit.replacement
    for words in gone:
        assert words.lower() not in edit.replacement.lower(), edit.replacement


def test_rewrites_keep_verb_forms_after_did_not(linter, flagged):
    """Re-parse every rewrite: no 'did not completed', 'does not finished'."""
    bad = []
    for text, _ in flagged:
        for e in fairfeedback.rewrite(text).edits:
            for m in re.finditer(r"\b(did|does|do) not (\w+)", e.replacement):
                doc = linter.nlp(e.replacement)
                tok = next(t for t in doc if t.idx == m.start(2))
                if tok.tag_ in ("VBD", "VBN", "VBZ") and tok.lower_ not in ("need",):
                    bad.append((text, e.replacement))
    assert not bad, bad[:5]


def test_rewriting_a_review_raises_no_whole_review_problem_it_did_not_have(linter):
    """A rewritten sentence may have held the review's only next step or acknowledgment: the
    rewrite then adds that check's line, so no document finding appears that was not there."""
    reviews = [json.loads(line)["text"] for p in sorted(CORPUS.glob("documents-*.jsonl"))
               for line in p.read_text(encoding="utf-8").splitlines() if line.strip()][:60]
    for text in reviews:
        had = {f.rule_id for f in linter.lint(text).findings}
        again = {f.rule_id for f in linter.lint(fairfeedback.rewrite(text).text).findings}
        assert not {r for r in again - had if r.startswith("FF9")}, text


@pytest.mark.parametrize("text", [
    "You never listen and you clearly do not care what the team thinks.",
    "Honestly, Kalani is lazy and always leaves the handover notes for someone else on the late shift.",
    "He is lazy.",
])
def test_a_single_sentence_gets_no_whole_review_lines(linter, text):
    """A sentence or one-line comment is no review (issue 11): its rewrite is that sentence
    rewritten, even when the rewrite itself runs to two sentences."""
    assert not linter.is_review(text)
    result = fairfeedback.rewrite(text, linter=linter)
    assert result.edits and not [e.rule_id for e in result.edits if e.rule_id.startswith("FF9")]
    assert "Next step:" not in result.text and "[A specific thing done well]" not in result.text


def test_a_review_still_gets_its_whole_review_lines(linter):
    text = "He is lazy. He never meets deadlines."
    assert linter.is_review(text)
    assert {"FF901", "FF902", "FF903"} <= {e.rule_id for e in fairfeedback.rewrite(text, linter=linter).edits}


_FRAME_TRAITS = sorted(t for t in TRAITS if " " not in t and "-" not in t and t.isalpha())


# Fixed examples (derandomized) so CI is repeatable; runs with many more examples still find
# parses where the observed clause is lost (e.g. the conjunct hung on the object): see issue 11.
@settings(derandomize=True)
@given(st.sampled_from(_FRAME_TRAITS), st.sampled_from(["Dana", "Marco", "She", "He"]),
       st.sampled_from([("about", "the handover notes"), ("with", "the new interns"), ("on", "client calls")]),
       st.sampled_from(["", " and leaves the invoices for someone else"]))
def test_trait_rewrites_keep_the_frame_and_parse(linter, trait, who, prep_object, tail):
    """Over the trait lexicon and sentence frames: a flagged trait's rewrite drops the trait,
    keeps the person and what the sentence was about, and re-parses without a broken verb form."""
    prep, obj = prep_object
    text = f"{who} is {trait} {prep} {obj}{tail}."
    report = linter.lint(text)
    edits = [e for e in fairfeedback.rewrite(text).edits if not e.rule_id.startswith("FF9")]
    if not any(f.category.value == "character-judgment" and f.match.lower() == trait for f in report.findings) \
            or len(edits) != 1:
        return  # the trait is read as something else here (a coded word, a thing's quality)
    new = edits[0].replacement
    assert trait not in re.findall(r"[a-z-]+", new.lower()), new
    assert (who if who not in ("She", "He") else who.lower()) in new and obj.split()[-1] in new, new
    if tail:
        assert "invoices for someone else" in new, new
    doc = linter.nlp(new)
    for m in re.finditer(r"\b(did|does|do) not (\w+)", new):
        assert next(t for t in doc if t.idx == m.start(2)).tag_ not in ("VBD", "VBN", "VBZ"), new


@pytest.mark.parametrize(("text", "kept"), [
    # a learned finding over a sentence that reports what the person does: kept, with one instance asked for
    ("She talks over her teammates in planning meetings.", "She talks over her teammates in planning meetings; for example, on [date]"),
    # a verdict with no action reported: the prompt for the behavior
    ("He is not cut out for this role.", "On [date], he [what he did]"),
])
def test_learned_character_rewrites(linter, text, kept):
    from fairfeedback.context import Analysis
    from fairfeedback.models import Category
    from fairfeedback.rewriting.strategies import rewrite_sentence

    doc = linter.nlp(text)
    sent = next(doc.sents)
    words = linter.nlp.get_pipe("fairfeedback").words
    span = doc[sent.start: sent.end - 1]  # what a learned rule flags: the sentence without its final period
    rw = rewrite_sentence(Category.CHARACTER_JUDGMENT, Analysis(span, words, sent, learned=True), ())
    assert rw is not None and rw.text.startswith(kept), rw.text if rw else None


# Several findings in one sentence: the one rewrite they share keeps none of their flagged words;
# each flagged run becomes a prompt for its evidence that keeps its polarity (issue 11).
_PRAISE_PROMPT = ("why it stood out", "what you valued")
_CRITICISM_PROMPT = ("what you expected instead", "what was missing")


def _shared(linter, text):
    findings = [f for f in linter.lint(text).findings if not f.rule_id.startswith("FF9")]
    offers = {next(s.text for s in f.suggestions if s.start is not None) for f in findings}
    assert len(findings) >= 2 and len(offers) == 1, (text, [(f.rule_id, f.match) for f in findings], offers)
    return findings, offers.pop()


@pytest.mark.parametrize(("text", "kept"), [
    # a coordinated run of praise words collapses into one prompt
    ("Lena is creative and dependable.", ["On [date], Lena [what Lena did, and why it stood out], which [impact]."]),
    # a praise run keeps its complement, and an unflagged conjunct keeps its verb
    ("Priya is kind, curious and quick to help the support desk.", ["to help the support desk", "and is curious"]),
    ("Ben is a hard worker and a real asset to the night shift.", ["Ben [what Ben did for the night shift"]),
    # praise kept beside a rewritten criticism stays praise, as a prompt
    ("Ravi is a wonderful teammate but has plateaued.", ["Ravi [what Ravi did, and why it stood out], but on [date]"]),
    ("Jo is an excellent planner but will never be a leader.", ["Jo [what Jo did as a planner, and why it stood out]"]),
    # the counted absolute keeps its clause; the praise label becomes a prompt, with the role it named
    ("Kofi is a brilliant engineer, but his tickets are always late.", ["as an engineer", "[N] times in [period]"]),
    # a list of praised things, and vague targets
    ("Great attitude, strong results, superb teamwork.", ["[Which strengths, shown how]"]),
    ("Aiko needs to improve and be more proactive.", ["Aiko needs to change by [date]", "measured by"]),
])
def test_a_shared_rewrite_keeps_no_flagged_words(linter, text, kept):
    findings, shared = _shared(linter, text)
    for f in findings:
        assert f.match.lower() not in shared.lower(), (f.rule_id, f.match, shared)
    for words in kept:
        assert words in shared, shared
    # placeholders are whole and never nested, and the rewrite raises no finding of its own
    assert re.fullmatch(r"[^\[\]]*(\[[^\[\]]+\][^\[\]]*)*", shared), shared
    assert not [f for f in linter.lint(shared).findings if not f.rule_id.startswith("FF9")], shared


@pytest.mark.parametrize("text", [
    "Lena is creative and dependable.",
    "Priya is kind, curious and quick to help the support desk.",
    "Ben is a hard worker and a real asset to the night shift.",
])
def test_shared_rewrite_of_praise_stays_praise(linter, text):
    _, shared = _shared(linter, text)
    assert any(p in shared for p in _PRAISE_PROMPT) and not any(p in shared for p in _CRITICISM_PROMPT), shared


_PRAISE = sorted(t for t in load_rules().terms("traits-positive") if t.isalpha())


@settings(derandomize=True, max_examples=40)
@given(st.sampled_from(["Dana", "Marco", "She", "He"]), st.lists(st.sampled_from(_PRAISE), min_size=2, max_size=3,
                                                               unique=True),
       st.sampled_from(["", " with the new interns"]))
def test_praise_lists_share_one_prompt_that_parses(linter, who, words, place):
    """Over the praise lexicon and list frames: when two or more praise words are flagged, the shared
    rewrite drops them all, keeps the person and the place, asks for one instance, and re-parses with
    the person as the subject of its first clause."""
    text = f"{who} is {', '.join(words[:-1])} and {words[-1]}{place}."
    findings = [f for f in linter.lint(text).findings if not f.rule_id.startswith("FF9")]
    if len(findings) < 2 or any(f.category.value != "vague-evaluation" for f in findings):
        return  # a word read as something else here (a coded word, a target)
    edit = _sentence_edit(text)
    new = edit.replacement
    assert not any(f.match.lower() in new.lower() for f in findings), new
    name = who if who not in ("She", "He") else who.lower()
    assert name.lower() in new.lower() and any(p in new for p in _PRAISE_PROMPT) and (not place or "with the new interns" in new), new
    if f"{name} [what {name} did" not in new:
        return  # parsed as something else ("is farseeing" as a noun): a prompt for the praised things
    # filled in as a writer would, it parses with the person as the subject of what they did
    filled = re.sub(r"\[what [^\]]* did[^\]]*\]", "led the release", new).replace("[date]", "May 3")
    doc = linter.nlp(filled.replace("[impact]", "the team shipped early"))
    led = next(t for t in doc if t.text == "led")
    assert any(c.dep_ == "nsubj" and c.text == name.split()[-1] for c in led.children), filled


@pytest.mark.parametrize(("text", "kept", "gone"), [
    # a reason or a concession that states a fact stays, as a clause of its own
    ("Kofi has limited potential as a lead because he has skipped the last four planning meetings.",
     ["Kofi has skipped the last four planning meetings; on [date], he", "for a lead role"], ["potential", "because", "as a lead"]),
    ("Although Wen writes thorough runbooks, she has little potential for a senior role.",
     ["Wen writes thorough runbooks; on [date]", "for a senior role"], ["although", "potential"]),
    # (the name comes first, the pronoun after it)
    ("Ravi is lazy, although he ships the release notes on time.", ["Ravi ships the release notes on time; on [date], he"],
     ["lazy"]),
    # a clause the parser hung across a semicolon stays; the infinitive keeps its "to"
    ("Omar has been reluctant to take weekend shifts; he has swapped out of three of his five rota weekends since March.",
     ["Omar has swapped out of three of his five rota weekends since March", "[what he did to take weekend shifts]"],
     ["reluctant"]),
    # an effect the writer named takes the place of "[impact]"
    ("Tomas cannot get along with his teammates on the night crew, stalling two handovers.",
     ["[what Tomas did with his teammates on the night crew], stalling two handovers."], ["get along", "[impact]"]),
    ("Sol is rude to the couriers, so they avoid our dock.",
     ["[what Sol said or did to the couriers], so they avoid our dock."], ["rude", "[impact]"]),
    # who or what the judged words were about, wherever the parser hung it
    ("Sol is curt and rude on calls with suppliers.", ["[what Sol did on calls with suppliers]"], ["rude", "curt"]),
    ("Noor is lazy and unmotivated to clean up the flaky tests.",
     ["[what Noor did to clean up the flaky tests]"], ["lazy", "unmotivated"]),
    ("In the analyst job, Pia has reached her ceiling.", ["[what Pia did in the analyst job]"], ["ceiling"]),
    ("She is a careless data analyst on the night shift.", ["[what she did as a data analyst on the night shift]"],
     ["careless"]),
    ("Lena is new to the desk and has not displayed the talent required.", ["on [date], Lena [what Lena did],"],
     ["required]"]),
    ("Aiko gets emotional when the build breaks.", ["[what Aiko said or did when the build breaks]"], ["emotional"]),
    ("Skips the retro or tries to dodge team chores.", ["[Name] skips the retro", "about team chores"], ["tries to"]),
    # the date the writer gave replaces "[date]"
    ("Mei was dismissive in the design review last Tuesday.",
     ["Last Tuesday, Mei [what Mei did in the design review]"], ["[date]", "dismissive"]),
    # an absolute's quantifier is taken out, the rest of the sentence stays
    ("Teo does not give any feedback on the design drafts.",
     ["Teo did not give feedback on the design drafts [N] times in [period]."], ["any"]),
    ("Mei doesn't answer the phone at all during her shift.",
     ["Mei did not answer the phone during her shift [N] times in [period]."], ["at all"]),
    ("Bea does not lead in any area of the roadmap.", ["Bea does not lead in [which area] of the roadmap."], ["any area"]),
    ("Lio ignores every review comment from the QA team.",
     ["Lio ignored a review comment from the QA team [N] times in [period]."], ["every"]),
    ("Jun brings nothing useful to the retros; he mostly reads his phone.",
     ["Jun brings [what exactly, shown where] to the retros; he mostly reads his phone."], ["nothing", "useful"]),
    # a shaming comparison keeps what was compared, and drops who it was compared with
    ("Ada's test coverage is worse than the interns'.", ["Ada [what happened with Ada's test coverage]"],
     ["worse", "interns"]),
    ("Unlike Bo, who shipped four features this quarter, Kai shipped one.", ["Kai shipped one."], ["Bo", "Unlike"]),
    # a blame question keeps what was done, in the past tense, and the day the writer gave
    ("What was she thinking, deleting the staging database on a Friday?",
     ["She deleted the staging database on a Friday; next time, [what you need]."], ["thinking", "[date]"]),
    # a name with an initial is said once
    ("T. Lindqvist ships the patches on time but lacks the drive to lead.",
     ["T. Lindqvist ships the patches on time, but on [date], T. Lindqvist"], ["Lindqvist T."]),
])
def test_minimal_edits_keep_what_the_writer_gave(linter, text, kept, gone):
    edit = _sentence_edit(text)
    for words in kept:
        assert words in edit.replacement, edit.replacement
    for words in gone:
        assert words.lower() not in edit.replacement.lower(), edit.replacement
    # placeholders are whole, and linting the rewrite finds nothing
    assert re.fullmatch(r"[^\[\]]*(\[[^\[\]]+\][^\[\]]*)*", edit.replacement), edit.replacement
    after = {f.rule_id for f in linter.lint(edit.replacement).findings if not f.rule_id.startswith("FF9")}
    assert not after, (after, edit.replacement)


# --- issue 11: natural rewrites -----------------------------------------------------------
# (self-written sentences with invented names; each class below read clumsily before)

@pytest.mark.parametrize(("text", "who", "not_who"), [
    # the person a judgment is about, not the writer's frame nor the judged attribute
    ("I see little potential in Kofi.", "Kofi", ["the potential", "in Kofi]"]),
    ("You can tell she's already looking for the exit.", "she", ["you [what you"]),
    ("I'm not convinced he's curious about the business at all.", "he", ["[name]", "at all"]),
    # a verb coordinated with another keeps that one's subject
    ("Theo lacks motivation to clear his queue and seems apathetic.", "Theo", ["[name]", "queue and]"]),
    # the one person a possessive names takes the place of an unowned attribute
    # ("the potential is there" is no longer a judgment of the person: an attribute with "the" and no owner
    # is a thing's, as the real labels read it)
    ("Noor's reports are fine, but attitude is a problem.", "Noor", ["attitude ["]),
])
def test_the_prompt_names_the_person_judged(linter, text, who, not_who):
    findings = [f for f in linter.lint(text).findings if not f.rule_id.startswith("FF9")]
    new = next(s.text for f in findings for s in f.suggestions if s.start is not None)
    assert f"{who} [what {who} did" in new, new
    for words in not_who:
        assert words not in new, new
    assert not [f for f in linter.lint(new).findings if not f.rule_id.startswith("FF9")], new


@pytest.mark.parametrize(("text", "prompts", "kept", "gone"), [
    # two praise runs of one person, with only a light verb between them: one prompt
    ("She is smart and has good instincts.", 1, ["she [what she did, and why it stood out]"], ["and has ["]),
    # a flagged quality noun with an owner: the clause asks for the owner's behavior, keeps the place
    # and stays criticism (not "Rena's [what exactly, shown where] ... is seen as limited")
    (("These days, Rena's potential in the firm is judged to be limited, since she has not shown the hunger "
      "to take on a bigger job."), 2, ["Rena [what Rena did in the firm, and what you expected instead]",
                                     "[what she did to take on a bigger job]"], ["Rena's [", "stood out", "limited"]),
    # two vague targets joined by "and": one target, with the person's verb
    ("Dario has plenty to work on and many areas to improve.", 0,
     ["Dario needs to change by [date]", "measured by"], ["plenty of [", "Dario ["]),
    ("The interns have plenty to work on and many areas to improve.", 0, ["The interns need to change by [date]"], []),
    # "Not only is she X, she ...": the inverted praise clause goes, the main clause is the instance; the
    # time frame of the forecast is not left on the instance (which has its own date) but asks what is next
    ("Not only is she very capable, she has the potential to deliver even better work as she grows.", 1,
     ["On [date], she [what she did, and why it stood out], which [impact]; as she grows, [how you expect her to "
      "deliver even better work, and by when]."],  # (what was forecast stays: issue 11)
     ["Not only", "(for example", "] as she grows"]),
    # an attribute with no owner names no one ("the attitude [what the attitude did]"); what it was toward stays
    ("General attitude to the role is poor.", 1, ["[name] [what they did about the role]"], ["the attitude ["]),
    # an effect the writer named takes the place of "[impact]", with its comma
    (("They are cheerful, helpful and always keep the queue moving, making it far easier for new "
      "starters to raise problems."), 1, ["moving, making it far easier"], ["[impact]"]),
])
def test_multi_finding_rewrites_read_as_one_sentence(linter, text, prompts, kept, gone):
    _, shared = _shared(linter, text)
    assert len(re.findall(r"\[what (?!to change)[^\]]* did", shared)) == prompts, shared
    for words in kept:
        assert words in shared, shared
    for words in gone:
        assert words not in shared, shared
    assert re.fullmatch(r"[^\[\]]*(\[[^\[\]]+\][^\[\]]*)*", shared), shared
    assert not [f for f in linter.lint(shared).findings if not f.rule_id.startswith("FF9")], shared


def test_one_of_the_best_joins_the_praise_prompt(linter):
    """"is one of | the best analysts | in the lab" beside another praise run of the same person: one
    prompt that keeps the place, not "is one of [which strength in the lab, shown how]"."""
    from fairfeedback.context import Analysis
    from fairfeedback.matching.component import SPAN_KEY
    from fairfeedback.models import Category
    from fairfeedback.rewriting.flagged import release
    from fairfeedback.rewriting.strategies import rewrite_sentence

    text = "Sol is very dependable and is one of the best analysts in the lab."
    doc = linter.nlp(text)
    sent = next(doc.sents)
    words = linter.nlp.get_pipe("fairfeedback").words
    release(doc)
    doc.spans[SPAN_KEY] = [doc.char_span(text.index("very"), text.index(" and"), label="FF302"),
                           doc.char_span(text.index("best"), text.index(" in the lab"), label="FF306")]
    rw = rewrite_sentence(Category.VAGUE_EVALUATION, Analysis(doc.spans[SPAN_KEY][0], words, sent), ())
    assert rw is not None and "one of [" not in rw.text and "best" not in rw.text, rw.text
    assert rw.text.count("[what Sol did") == 1 and "in the lab" in rw.text and "stood out" in rw.text, rw.text


@pytest.mark.parametrize(("text", "start"), [
    ("He never really listens in standups.", "He did not really listen in standups [N] times"),
    ("Jo never really updates the ticket status, so nobody knows where things stand.",
     "Jo did not really update the ticket status [N] times in [period], so nobody"),
])
def test_an_adverb_after_never_follows_the_negation(text, start):
    assert fairfeedback.rewrite(text).text.startswith(start), fairfeedback.rewrite(text).text


def test_the_name_comes_before_the_pronoun_only_when_the_pronouns_agree():
    swapped = fairfeedback.rewrite("Ravi is lazy, although he ships the release notes on time.").text
    assert swapped.startswith("Ravi ships the release notes on time; on [date], he [what he did]"), swapped
    # "she" is not Kai here ("his work"): no swap
    kept = fairfeedback.rewrite("Kai is lazy because she does all his work.").text
    assert "Kai [what Kai did]" in kept and not kept.startswith("Kai does"), kept


# --- applicability: only a rewrite that deletes nothing but flagged words is safe --------------

@pytest.mark.parametrize(("text", "expected", "safe"), [
    # the comparison and what it said of the other person go: the rest changes meaning ("one" what?)
    ("Unlike Bo, who shipped four features this quarter, Kai shipped one.", "Kai shipped one.", False),
    # only the flagged comparison goes: safe for lint --fix
    ("Unlike Priya, you skipped the retro again.", "You skipped the retro again.", True),
    ("Compared to Priya, Kai answered the ticket late.", "Kai answered the ticket late.", True),
    # a count the writer gave is the count: the absolute's word goes, nothing is added
    ("Over the last quarter Ines has been consistently late to our Monday syncs, 5 of 9 by my count.",
     "Over the last quarter Ines has been late to our Monday syncs, 5 of 9 by my count.", True),
])
def test_only_pure_deletions_of_flagged_words_are_safe(linter, text, expected, safe):
    findings = [f for f in linter.lint(text).findings if not f.rule_id.startswith("FF9")]
    sug = next(s for f in findings for s in f.suggestions if s.start is not None)
    assert sug.text == expected and "[" not in sug.text
    assert (sug.applicability is Applicability.SAFE) is safe, sug.applicability
    fixed = fairfeedback.rewrite(text, safe_only=True).text
    assert fixed == (expected if safe else text), fixed


def test_lint_fix_leaves_a_meaning_changing_rewrite_alone(tmp_path):
    p = tmp_path / "r.txt"
    text = "Unlike Bo, who shipped four features this quarter, Kai shipped one.\n"
    p.write_text(text, encoding="utf-8")
    CliRunner().invoke(cli, ["lint", "--fix", "--isolated", str(p)])
    assert p.read_text(encoding="utf-8") == text


def test_rewrite_state_on_the_doc_is_serializable(linter):
    """doc.user_data must stay serializable (no sets), also while the rewrite runs are kept on it."""
    import srsly

    from fairfeedback.context import Analysis
    from fairfeedback.rewriting.flagged import prepare

    text = "She is smart and has good instincts."
    doc = linter.nlp(text)
    sent = next(doc.sents)
    prepare(Analysis(doc[2:3], linter.nlp.get_pipe("fairfeedback").words, sent))
    assert srsly.msgpack_loads(srsly.msgpack_dumps(doc.user_data)) is not None
    assert doc.to_bytes()


def test_a_request_in_a_later_clause_gets_the_checkable_part_at_its_end(linter):
    """A learned finding spans the sentence; the clause that asks is the one made checkable."""
    text = "Ravi asks the leads for direction often so he should try to rely on himself more."
    findings = [f for f in linter.lint(text).findings if f.category.value == "vague-target"]
    new = next(s.text for f in findings for s in f.suggestions if s.start is not None)
    assert new.endswith("himself more by [date], specifically [what exactly], measured by [how you will check it]."), new
    assert "often by [date]" not in new, new


def test_a_rule_declared_negative_keeps_its_rewrite_criticism(linter):
    """Rule files say which vague evaluations are verdicts (``polarity: negative``); the shared rewrite of
    a sentence that also has another finding then asks for what went wrong, not for what stood out."""
    words = linter.nlp.get_pipe("fairfeedback").words
    assert {"FF303", "FF307"} <= words.criticism_rules
    assert "FF301" not in words.criticism_rules  # praise
    text = "His invoicing is careless and his reports are mediocre."
    findings = [f for f in linter.lint(text).findings if not f.rule_id.startswith("FF9")]
    assert {"FF101", "FF303"} <= {f.rule_id for f in findings}
    new = next(s.text for f in findings for s in f.suggestions if s.start is not None)
    assert "stood out" not in new and "valued" not in new, new


@pytest.mark.parametrize(("text", "step", "who"), [
    ("Pablo is unlikely to be moved into a supervisory role this year.", "for a supervisory role,", "Pablo"),
    ("She is not ready for the charge-nurse role.", "for the charge-nurse role,", "she"),
    ("Unfortunately, his chances of promotion are slim.", "for promotion,", "he"),
    ("He won't go far here.", "for [the next role or level],", "he"),
])
def test_a_forecast_keeps_the_role_and_asks_for_the_requirement(linter, text, step, who):
    """Rules that judge the person's future (``forecast: true``) rewrite to the requirement of the role the
    writer named, still criticism, with the person the sentence is about; no past instance is invented."""
    words = linter.nlp.get_pipe("fairfeedback").words
    assert {"FF103", "FF109"} <= words.forecast_rules and "FF101" not in words.forecast_rules
    findings = [f for f in linter.lint(text).findings if f.category.value == "character-judgment"]
    assert findings and all(f.rule_id in words.forecast_rules for f in findings), findings
    new = next(s.text for f in findings for s in f.suggestions if s.start is not None)
    assert new.startswith(("On [date], ", f"On [date], {who} ")) and f"; {step} {who} still needs to show [the requirement]." in new, new
    assert not linter.lint(new).findings or all(f.category.value != "character-judgment" for f in linter.lint(new).findings), new


@pytest.mark.parametrize(("text", "expected"), [
    ("LGTM, thanks.", "LGTM, thanks: [what exactly was good, and what it changed]."),
    ("I don't like this approach.", "I don't like this approach: [what exactly is wrong, and its effect]."),
    ("This is wrong.", "This is wrong: [what exactly is wrong, and its effect]."),
])
def test_a_short_verdict_on_a_piece_of_work_asks_what_exactly(linter, text, expected):
    """A code-review verdict asks what exactly is good or wrong, keeping its polarity, not for a date."""
    edit = _sentence_edit(text)
    assert edit.replacement == expected
    assert not [f for f in linter.lint(edit.replacement).findings if not f.rule_id.startswith("FF9")]


def test_a_verdict_on_a_person_still_asks_for_an_instance(linter):
    (edit,) = [e for e in fairfeedback.rewrite("Her work is great.").edits if not e.rule_id.startswith("FF9")]
    assert "[what happened] on [date]" in edit.replacement, edit.replacement


# --- issue 11: stacked prompts, the person's own pronoun, dangling "that" -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a target now a prompt for what to change: no instance, date or impact stacked after it
    ("Communication needs improvement.", "Communication needs to change [what, measured how, by when]."),
    ("Though she is a diligent worker there are several areas she must work on in her reporting.",
     "Though she [what she did, and why it stood out] she needs to change [what, measured how, by when] in her reporting."),
    # one target over two runs: one "needs to change", with what it was about, and one measure
    ("Omar has a lot to improve and skills to grow at the depot.",
     "Omar needs to change at the depot by [date], specifically [what exactly], measured by [how you will check it]."),
])
def test_a_target_prompt_gets_no_second_tail(linter, text, expected):
    edit = _sentence_edit(text)
    assert edit.replacement == expected, edit.replacement


def test_no_rewrite_stacks_an_instance_on_a_target_prompt(flagged):
    for text, _report in flagged:
        for e in fairfeedback.rewrite(text).edits:
            if "measured how, by when]" in e.replacement:
                assert "[what happened]" not in e.replacement and "[impact]" not in e.replacement, (text, e.replacement)


@pytest.mark.parametrize(("text", "kept", "gone"), [
    # the owner of the judged noun is the person ("Her | lack of interest")
    ("Her lack of interest in the rota has slowed the whole desk down.", "On [date], she [what she did in the rota]", []),
    # a person the sentence names only as an object: the pronoun, and a phrase about them is not a task
    ("I can't see much room for promotion for him on this team.", "On [date], he [what he did]",
     ["for him", "they "]),
])
def test_the_prompt_keeps_the_sentences_own_pronoun(linter, text, kept, gone):
    findings = [f for f in linter.lint(text).findings if not f.rule_id.startswith("FF9")]
    new = next(s.text for f in findings for s in f.suggestions if s.start is not None)
    assert kept in new and "[name]" not in new, new
    for words in gone:
        assert words not in new, new


@pytest.mark.parametrize(("text", "start", "gone"), [
    # the "that" of a clause that now stands on its own goes with the clause that governed it
    ("The one problem is that she skips the code reviews and is rather lazy.", "She skips the code reviews; on [date], ",
     ["that"]),
    ("I believe that he is lazy and that his reports are late.", "His reports are late; on [date], he [what he did]",
     ["that", "lazy"]),
    # a "that" pointing back at the judgment taken out asks what it was
    ("She treats the rota with a sulky attitude and carries that into her client calls.",
     "She carries [what exactly] into her client calls; on [date], she [what she did]", ["that", "sulky"]),
    # a relative clause on a noun a prompt replaced is said of what the person did
    ("Omar has shown the real potential that we look for, and he is a valuable member of the crew.",
     "On [date], Omar [what Omar did that we look for, and why it stood out], and he [what he did", ["] that", "potential"]),
])
def test_no_that_is_left_dangling(linter, text, start, gone):
    edit = _sentence_edit(text)
    assert edit.replacement.startswith(start), edit.replacement
    for words in gone:
        assert not re.search(rf"\b{re.escape(words)}\b" if words[0].isalpha() else re.escape(words),
                             edit.replacement, re.IGNORECASE), edit.replacement
    assert not [f for f in linter.lint(edit.replacement).findings if not f.rule_id.startswith("FF9")], edit.replacement


def test_a_line_break_after_the_sentence_does_not_count_twice():
    assert fairfeedback.rewrite("You always interrupt people in standup.\n").text == \
        "You interrupted people in standup [N] times in [period].\n"


# --- issue 11: the effect the writer named, purpose clauses, conditionals, governed prepositions ---------

@pytest.mark.parametrize(("text", "expected"), [
    # the judgment is the subject: what it did is the effect, said of what the person did
    ("His lack of interest has slowed the handovers down.",
     "On [date], he [what he did], which has slowed the handovers down. What got in the way?"),
    # a "which" clause on the whole judged clause is the effect, not part of what it was about
    ("He doesn't care about the deadlines, which has delayed the release.",
     "On [date], he [what he did about the deadlines], which has delayed the release. What got in the way?"),
    ("His arrogance has cost us two client accounts.", "On [date], he [what he did], which has cost us two client accounts."),
])
def test_the_effect_the_writer_named_stays(linter, text, expected):
    edit = _sentence_edit(text)
    assert edit.replacement == expected, edit.replacement


def test_a_verdict_on_the_judgment_is_no_effect(linter):
    (edit,) = [e for e in fairfeedback.rewrite("His lack of interest is obvious.").edits if not e.rule_id.startswith("FF9")]
    assert "obvious" not in edit.replacement and "which" not in edit.replacement, edit.replacement


@pytest.mark.parametrize(("text", "expected"), [
    # the deadline closes the request, before the purpose it serves
    ("She needs to speak up more so that the team hears her ideas.",
     ("She needs to speak up more by [date], specifically [what exactly], measured by [how you will check it], "
      "so that the team hears her ideas.")),
    ("She needs to speak up more so the team hears her ideas.",
     ("She needs to speak up more by [date], specifically [what exactly], measured by [how you will check it], "
      "so the team hears her ideas.")),
    ("He should take more initiative in order that the crew can rely on him.",
     ("He should take more initiative by [date], specifically [what exactly], measured by [how you will check it], "
      "in order that the crew can rely on him.")),
    # and the count closes the counted clause
    ("He never updates the tracker so that nobody knows where things stand.",
     "He did not update the tracker [N] times in [period] so that nobody knows where things stand."),
    # (an object clause is the request's own content)
    ("I believe she should be more proactive.",
     "I believe she should be more proactive by [date], specifically [what exactly], measured by [how you will check it]."),
])
def test_the_deadline_goes_before_a_purpose_clause(linter, text, expected):
    edit = _sentence_edit(text)
    assert edit.replacement == expected, edit.replacement


@pytest.mark.parametrize(("text", "expected"), [
    # a goal in the condition, the request in the main clause: as before
    ("If he wants a promotion, he needs to step up.",
     "If he wants a promotion, he needs to step up by [date], specifically [what exactly], measured by [how you will check it]."),
    # the request is the condition: its deadline closes it
    ("If Sam doesn't get his act together, we need to let him go.",
     ("If Sam doesn't get his act together by [date], specifically [what exactly], measured by [how you will check it], "
      "we need to let him go.")),
])
def test_a_conditional_request_gets_its_deadline_in_its_own_clause(linter, text, expected):
    edit = _sentence_edit(text)
    assert edit.replacement == expected, edit.replacement


@pytest.mark.parametrize("text", [
    "If he can tighten up these gaps, I could see him being a solid performer.",
    "If he improves his focus, he could be a strong performer.",
    "He can be more productive if he plans his week.",
])
def test_a_conditional_gets_one_request_and_no_instance_of_its_outcome(linter, text):
    """The outcome a change would bring is no claim on what the person did: one rewrite for all findings,
    one checkable request, a prompt for what would follow, no instance, no praise prompt."""
    findings = [f for f in linter.lint(text).findings if not f.rule_id.startswith("FF9")]
    offers = {next(s.text for s in f.suggestions if s.start is not None) for f in findings}
    assert len(offers) == 1, offers
    (new,) = offers
    assert new.count("by [date]") + new.count("by when]") == 1, new
    assert "would then do]" in new and "[what happened]" not in new and "stood out" not in new, new
    for f in findings:
        assert f.match.lower() not in new.lower(), (f.match, new)


@pytest.mark.parametrize(("text", "kept", "gone"), [
    # a preposition the judged word selects reads as "about" after "did" ("capable | of")
    ("Dana is not capable of restocking the shelves as required.",
     "[what Dana did about restocking the shelves as required]", ["did of"]),
    ("He has little potential for advancement.", "[what he did about advancement]", ["did for advancement"]),
    # a phrase that only names somebody goes
    ("He just wants the credit for himself.", "On [date], he [what he did]. What got in the way?", ["himself"]),
])
def test_a_prompt_keeps_no_preposition_only_the_judgment_governed(linter, text, kept, gone):
    edit = _sentence_edit(text)
    assert kept in edit.replacement, edit.replacement
    for words in gone:
        assert words not in edit.replacement, edit.replacement


# Clumsy rewrites by class (issue 11, thirty random pairs): each class by its grammar, not by its string.
@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause on what the request would bring or cost is a clause of its own: the deadline
    # closes the request before it, as before a comma
    ("Pablo needs to deepen his knowledge of the billing system without which he will struggle next year.",
     ("Pablo needs to deepen his knowledge of the billing system by [date], specifically [what exactly], "
      "measured by [how you will check it], without which he will struggle next year.")),
    ("Ines must improve her planning which will help the whole crew.",
     ("Ines must improve her planning by [date], specifically [what exactly], measured by [how you will check it], "
      "which will help the whole crew.")),
    ("Kasia needs to improve her planning which is why the launch slipped.",
     ("Kasia needs to improve her planning by [date], specifically [what exactly], measured by [how you will check it], "
      "which is why the launch slipped.")),
    # a relative clause that picks out its noun stays with it
    ("Tanvi needs to improve the reports that she sends to clients.",
     ("Tanvi needs to improve the reports that she sends to clients by [date], specifically [what exactly], "
      "measured by [how you will check it].")),
    # the count closes the counted clause, before such a clause or a clause after a semicolon
    ("Wen never updates the tracker which means nobody knows where things stand.",
     "Wen did not update the tracker [N] times in [period] which means nobody knows where things stand."),
    ("Tomasz always rushes; he should slow down.", "Tomasz rushed [N] times in [period]; he should slow down."),
])
def test_the_deadline_closes_the_request_not_a_clause_after_it(linter, text, expected):
    edit = _sentence_edit(text)
    assert edit.replacement == expected, edit.replacement
    # only the tail goes in: without it (and its comma) the writer's sentence is back, in the writer's order
    bare = re.sub(r",? by \[date\], specifically \[what exactly\], measured by \[how you will check it\],?| \[N\] times in \[period\]",
                  "", edit.replacement)
    if "[N]" not in edit.replacement:
        assert bare == text, bare
    else:  # (the counted verb is in the past: "never updates" -> "did not update")
        assert bare.endswith(text.split(" ", 3)[-1]), bare


_TIME_FRAME = re.compile(r"long run|long term|future|going forward|as (?:she|he|they) (?:grows|progresses)")


@pytest.mark.parametrize(("text", "kept"), [
    # a forecast's time frame is no part of what the person did: it goes on what is asked of the future
    ("Mateo doesn't have much potential in the long run.",
     "On [date], Mateo [what Mateo did], which [impact]; in the long run, for [the next role or level], Mateo still"),
    ("Tomasz lacks potential going forward.", "; going forward, for [the next role or level], Tomasz still needs"),
    ("Kalani is unlikely to reach the manager level in the future.", "; in the future, for the manager level, Kalani"),
    # a praise forecast's time frame is not left dangling after the instance: it asks what is next
    ("Not only is she very capable, she has the potential to write even better code as she grows.", "; as she grows, ["),
    # and a frame that belonged to no forecast goes with the judgment
    ("Omar is not leadership material going forward.", "On [date], Omar [what Omar did], which [impact]."),
])
def test_no_placeholder_carries_a_time_frame(linter, text, kept):
    new = _sentence_edit(text).replacement
    assert kept in new, new
    for slot in re.findall(r"\[[^\]]*\]", new):
        assert not _TIME_FRAME.search(slot), (slot, new)
    assert not re.search(r"\] (?:in the long run|going forward|as she grows)", new), new


@pytest.mark.parametrize(("text", "start"), [
    # the writer saw the person's shortfall and names nobody: the writer stays the subject, and no person is
    # invented for it: no "[name]", and no "they" from nowhere
    ("Honestly, I see very little room for advancement.", "On [date], I saw [what happened about advancement], which [impact]"),
    ("We do not see much of a future for the role here.", "On [date], we saw [what happened"),
    ("Frankly I did not see much room for growth.", "On [date], I saw [what happened about growth], which [impact]"),
])
def test_a_sentence_that_names_nobody_keeps_the_writer_as_subject(linter, text, start):
    new = _sentence_edit(text).replacement
    assert new.startswith(start) and "[name]" not in new, new
    assert not re.search(r"\bthey\b", new), new
    assert "[the requirement] still needs to be shown" in new, new
    assert not re.match(r"On \[date\], (?:I|we) saw \[what (?:I|we) did", new), new  # (the prompt is not the writer's deed)
    assert not [f for f in linter.lint(new).findings if f.rule_id[:3] in ("FF1", "FF3")], new


def test_a_sentence_that_names_the_person_elsewhere_still_names_them():
    new = _sentence_edit("I see no room for growth for Ines.").replacement
    assert new.startswith("On [date], Ines [what Ines did]") and " saw " not in new, new


@pytest.mark.parametrize("text", [
    "Perhaps Kalani is creative and dependable but she keeps the rota going.",
    "Maybe Tanvi is kind and helpful, but she misses standups.",
])
def test_a_hedge_does_not_stay_on_a_prompt_for_what_happened(linter, text):
    _, shared = _shared(linter, text)
    who = text.split()[1]
    assert shared.startswith(f"On [date], {who} [what {who} did, and why it stood out]"), shared
    assert not re.search(r"\b(?:perhaps|maybe|probably)\b", shared, re.IGNORECASE), shared
    rest = text.split(" but ", 1)[1].rstrip(".")
    assert rest in shared, shared  # the unflagged clause stays as the writer wrote it


def test_a_praise_word_joined_to_another_conjuncts_noun_does_not_name_it(linter):
    _, shared = _shared(linter, "Kasia is friendly, a good analyst, calm under pressure and dependable.")
    assert shared.lower().count("pressure") == 1 and "[which pressure" not in shared, shared


def test_an_expectation_is_made_checkable_not_counted(linter):
    """An always/never inside what the writer expects is no behavior that happened: no "[N] times"."""
    from fairfeedback.context import Analysis
    from fairfeedback.models import Category
    from fairfeedback.rewriting.strategies import rewrite_sentence

    words = linter.nlp.get_pipe("fairfeedback").words
    for text in ("I expect Ines to continuously share her notes with the crew.", "Omar should constantly check the invoices."):
        doc = linter.nlp(text)
        sent = next(doc.sents)
        at = next(t.i for t in doc if t.lower_ in ("continuously", "constantly"))
        rw = rewrite_sentence(Category.ABSOLUTE, Analysis(doc[at:at + 1], words, sent), ())
        assert rw is not None and "[N] times" not in rw.text and "measured by" in rw.text, rw.text if rw else None
        assert "continuously" not in rw.text and "constantly" not in rw.text, rw.text
    # what did happen is still counted
    doc = linter.nlp("Kasia constantly checks the invoices twice.")
    rw = rewrite_sentence(Category.ABSOLUTE, Analysis(doc[1:2], words, next(doc.sents)), ())
    assert rw is not None and "[N] times in [period]" in rw.text, rw.text if rw else None


# Clumsy rewrites by class (issue 11, second pass): each class by its grammar, with its own variants.

@pytest.mark.parametrize(("text", "gone"), [
    # a clause in which something acts on the person: "[what Omar did to take him to ...]" says nothing
    ("Omar is not driven enough to take him to the next level.", "take him"),
    ("Tanvi is too lazy to get her to a senior role.", "get her"),
    ("He is apathetic about doing what it takes to get him promoted.", "get him"),
    # the preposition a judged quality selects for its aspect: not "[what Kasia did in her timekeeping]"
    ("Kasia is not reliable in her timekeeping.", "did in her timekeeping"),
    ("Mateo is very dedicated to his craft and is a great teammate.", "did to his craft"),
    ("Pablo is not committed to the team.", "did to the team"),
])
def test_a_copied_phrase_reads_as_english_after_what_they_did(linter, text, gone):
    new = _sentence_edit(text).replacement
    assert gone not in new, new
    assert re.search(r"\[what \w+ did", new), new  # a prompt for the behavior is still there


def test_two_praise_prompts_joined_when_the_first_has_no_phrase_left(linter):
    # "devoted | to his work" is dropped as an aspect; the second prompt's place joins with no "and"
    new = _sentence_edit("Mateo is totally devoted to his craft and is one of the best person in the kitchen.").replacement
    assert "[what Mateo did in the kitchen, and why it stood out]" in new, new


@pytest.mark.parametrize(("text", "kept"), [
    # what it concerned stays, with a preposition that follows "did"
    ("Pablo is not committed to the team.", "[what Pablo did with the team"),
    ("He does not seem motivated by the work.", "[what he did about the work]"),
    ("She thinks she's above doing the grunt work.", "[what she did about the grunt work]"),
    ("Honestly he doesn't seem to care whether the trucks leave on time or not.",
     "[what he did about the trucks leaving on time]"),
    ("Mateo is hopeless at his job.", "[what happened at his job]"),
])
def test_a_prompt_keeps_what_the_judgment_was_about(linter, text, kept):
    assert kept in _sentence_edit(text).replacement


@pytest.mark.parametrize("text", [
    "Tomasz is a rock star and a great teammate, but he keeps things moving slowly.",
    "Kalani is creative and talented, but she keeps the team waiting.",
])
def test_the_impact_stays_on_the_prompt_not_on_a_kept_clause_after_it(linter, text):
    _, shared = _shared(linter, text)
    kept = text.split(", but ", 1)[1].rstrip(".")
    assert shared.endswith(f"but {kept}."), shared  # the writer's clause ends the sentence as written
    assert "stood out], which [impact], but" in shared, shared


@pytest.mark.parametrize(("text", "expected"), [
    ("Maybe he is not that innovative but he keeps things moving.",
     "Maybe he is not that innovative (for example, [what happened] on [date], which [impact]), but he keeps things moving."),
    ("She is very creative, and she runs the retros.",
     "She is very creative (for example, [what happened] on [date], which [impact]), and she runs the retros."),
])
def test_the_instance_follows_the_judged_clause_not_a_clause_after_it(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a comma after the instance asked in the middle: the rewrite parses as one sentence, so the clause after it
    # gets no prompt of its own when it is linted again ("... [impact]) And he takes charge (for example, ...)")
    ("Ruben is helpful and he takes charge of the team.",
     "Ruben is helpful (for example, [what happened] on [date], which [impact]), and he takes charge of the team."),
    ("Hana is a great trainer and she leads the team and takes ownership.",
     ("Hana is a great trainer (for example, [what happened] on [date], which [impact]), and she leads the team and "
      "takes ownership.")),
])
def test_an_instance_asked_in_the_middle_is_the_sentence_s_one_prompt(linter, text, expected):
    new = _sentence_edit(text).replacement
    assert new == expected
    assert len(list(linter.nlp(new).sents)) == 1, new


_ASKED = "(for example, [what happened] on [date], which [impact])"


@pytest.mark.parametrize(("text", "expected"), [
    # the parse starts a sentence after the prompt: the rest asks for no second instance ...
    (f"Ruben is helpful {_ASKED} and he takes charge of the team.", f"Ruben is helpful {_ASKED} and he takes charge of the team."),
    # ... and its rewrite reads as the rest of the sentence: no capital, after the writer's "and"
    (f"Noor is friendly {_ASKED} and she never updates the rota.",
     f"Noor is friendly {_ASKED} and she did not update the rota [N] times in [period]."),
    (f"Noor is friendly {_ASKED} and she is lazy with the rota.",
     f"Noor is friendly {_ASKED} and on [date], she [what she did with the rota], which [impact]."),
])
def test_the_rest_of_a_sentence_split_after_a_prompt_is_rewritten_as_the_rest(text, expected):
    new = fairfeedback.rewrite(text)
    assert apply_edits(text, [e for e in new.edits if not e.rule_id.startswith("FF9")]) == expected


def _whole(linter, text: str) -> str:
    """``text`` without its final stop, as the tokens ``_forced`` marks (a learned finding of the whole sentence)."""
    doc = linter.nlp(text)
    return " ".join(t.text for t in doc[:-1] if not t.is_space)


def test_a_learned_finding_over_a_whole_sentence_keeps_the_clause_no_other_finding_blames(linter):
    # "does the minimum" is what the learned finding over the whole sentence blames; the "but" clause stays
    text = "Femi does the minimum to get by, but his invoices are accurate."
    new = _forced(linter, text, [(_whole(linter, text), "FF790"), ("does the minimum", "FF303")], learned=("FF790",))[0]
    assert new == "His invoices are accurate; on [date], Femi [what Femi did]. What got in the way?"


def test_a_clause_of_where_the_person_is_is_not_kept_as_what_they_did():
    new = _sentence_edit("Rosa seems happy where she is and does not want to train the new starters.").replacement
    assert new == "On [date], she [what she did to train the new starters]. What got in the way?"


def test_what_a_comparison_sets_against_stays_out_of_the_prompt(linter):
    text = "Dmitri cares more about his own numbers than the team."
    (new,) = _forced(linter, text, [(_whole(linter, text), "FF790")], learned=("FF790",))
    assert new == "On [date], Dmitri [what Dmitri did about his own numbers]. What got in the way?"


@pytest.mark.parametrize("text", ["Messy worker.", "Weak worker.", "Sloppy employee."])
def test_a_short_verdict_with_a_negative_word_asks_what_is_wrong(linter, text):
    """Also when only the learned vague-evaluation rule flags it (the character rules off, say): the flagged
    words' own negativity makes it criticism."""
    (new,) = _forced(linter, text, [(_whole(linter, text), "FF390")], learned=("FF390",))
    assert "[what exactly is wrong, and its effect]" in new and "was good" not in new, new


def _new_rules(linter, before: str, after: str) -> set[str]:
    """Sentence rules that fire on the rewrite but not on the original (whole-review checks aside)."""
    rules = [{f.rule_id for f in linter.lint(t).findings if not f.rule_id.startswith("FF9")} for t in (before, after)]
    return rules[1] - rules[0]


@pytest.mark.parametrize(("text", "expected"), [
    # the action a lacked drive was for is the instance asked about; a quantifier asks which
    ("He lacks the drive to finish any task to a sound standard.",
     "On [date], he did not finish [which task] to a sound standard. What got in the way?"),
    ("Wen shows no willingness to learn the new billing system.",
     "On [date], Wen did not learn the new billing system. What got in the way?"),
    ("Pablo does not have the drive to be on time for the early shift.",
     "On [date], Pablo was not on time for the early shift. What got in the way?"),
    # a clause of another finding after it stays out
    ("He lacks the drive to finish any task to a sound standard and seems bored.",
     "On [date], he did not finish [which task] to a sound standard. What got in the way?"),
])
def test_a_lacked_drive_keeps_the_action_it_was_for(linter, text, expected):
    new = _sentence_edit(text).replacement
    assert new == expected
    assert not _new_rules(linter, text, new), new


@pytest.mark.parametrize("text", [
    "Omar lacks the motivation to take him to the next level.",  # the person as their own object
    "Kalani has not shown the willingness to push herself toward a new role.",  # a career step is a forecast
])
def test_a_lacked_drive_states_no_action_that_would_read_wrong(text):
    assert " did not " not in _sentence_edit(text).replacement


@pytest.mark.parametrize(("text", "line", "rest"), [
    ("Kasia is a good listener and she leads the team and takes charge\nwork ethic is above average",
     "Kasia is a good listener (for example, [what happened] on [date], which [impact]), and she leads the team and takes charge.",
     "\nwork ethic is above average"),
    ("Tanvi is hardworking and she leads the standups every week\nshe writes the notes",
     "Tanvi is hardworking (for example, [what happened] on [date], which [impact]), and she leads the standups every week.",
     "\nshe writes the notes"),
])
def test_a_sentence_over_a_line_break_is_rewritten_on_its_own_line(text, line, rest):
    assert _sentence_edit(text).replacement == line + rest


@pytest.mark.parametrize(("text", "expected"), [
    # what a rhetorical question takes for granted, without the contempt
    ("Does she even read the brief?", "On [date], she did not read the brief; next time, [what you need]."),
    ("Why does it take her three days to reconcile a single account?",
     "On [date], it took her three days to reconcile a single account; next time, [what you need]."),
    ("Seriously, who ships a hero image at 8 MB?", "On [date], [name] shipped a hero image at 8 MB; next time, [what you need]."),
    # a ranking against the others goes; the measure the writer gave stays
    ("Her sales numbers are the lowest on the team this year, at 54% of quota.",
     "Her sales numbers are at 54% of quota this year, and [its effect]; next time, [what you need]."),
])
def test_shaming_keeps_the_fact_it_was_about(linter, text, expected):
    new = _sentence_edit(text).replacement
    assert new == expected
    assert not _new_rules(linter, text, new), new


def test_shaming_names_the_person_the_sentence_refers_to():
    new = _sentence_edit("The rest of the team is carrying him.").replacement
    assert new.startswith("On [date], he [what happened]") and "[name]" not in new, new


def test_a_when_clause_on_a_fragment_stays():
    text = "Not a team player. Bad attitude when challenged. Must do better."
    edits = [e for e in fairfeedback.rewrite(text).edits if e.original.startswith("Bad attitude")]
    assert edits and "when challenged" in edits[0].replacement, edits


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # a template's blank for the name is the person, not a prompt already filled in nor a noun ("the Employee name")
    ("[Employee name] is superb at planning the weekly rota.", "[Employee name] is superb at planning the weekly rota (for example",
     None),
    ("[Employee name] is lazy.", "[name] [what they did]", "Employee name ["),
    ("<Team member name> is careless with the till.", "[what they did with the till]", "the Team"),
])
def test_a_name_blank_is_the_person(linter, text, expected, not_expected):
    new = _sentence_edit(text).replacement
    assert expected in new, new
    assert not_expected is None or not_expected not in new, new


@pytest.mark.parametrize(("text", "expected"), [
    # a blame question counted says what happened: no "why", no "does" before the past form, the auxiliary after
    # its subject
    ("Why does Wen never update the tracker?", "Wen did not update the tracker [N] times in [period]."),
    ("Why do Tanvi and Omar never answer the phone?", "Tanvi and Omar did not answer the phone [N] times in [period]."),
    ("Why has Omar never updated the wiki?", "Omar has not updated the wiki [N] times in [period]."),
    ("Why does Pablo always show up late?", "Pablo showed up late [N] times in [period]."),
    ("Wen does never update the tracker.", "Wen did not update the tracker [N] times in [period]."),
])
def test_a_counted_question_leaves_no_auxiliary_before_the_past_form(text, expected):
    assert _sentence_edit(text).replacement == expected


_DO_BEFORE_PAST = ("Why does Wen never update the tracker?", "Why did Mateo never send the invoice?",
                   "Tanvi is lazy and does never update the tracker.", "Why do Kasia and Ines never answer?")


def test_no_rewrite_leaves_do_before_a_past_form(linter, flagged):
    """Re-parsed, no rewrite has "do/does/did" right before a past form, nor "does did not"."""
    texts = [*(t for t, _ in flagged), *_DO_BEFORE_PAST]
    news = [e.replacement for t in texts for e in fairfeedback.rewrite(t).edits if e.replacement]
    bad = []
    for new, doc in zip(news, linter.nlp.pipe(news)):
        words = [t for t in doc if not t.is_space]
        bad += [new for x, y in zip(words, words[1:]) if x.lower_ in ("do", "does", "did")
                and (y.tag_ in ("VBD", "VBN") and y.lower_ not in ("done", "had") or y.lower_ == "did")]
    assert not bad, bad[:5]


def test_two_praise_judgments_joined_by_and_share_one_prompt():
    new = _sentence_edit("Ines is fully committed to her team and is one of the top person at the depot.").replacement
    assert "[what Ines did with her team and at the depot, and why it stood out]" in new, new
    assert new.count("stood out") == 1 and "[did what" not in new, new


@pytest.mark.parametrize(("text", "prompt"), [
    # a noun praise coordinated with an adjective's phrase, wherever the parser hung it, is the person's role
    ("Kalani is kind to the interns and a great mentor.", "[what Kalani said or did for the interns and as a mentor, and why it stood out]"),
    ("Kalani is kind and a great mentor.", "[what Kalani did as a mentor, and why it stood out]"),
])
def test_an_adjective_and_a_noun_praise_read_as_one_prompt(text, prompt):
    new = _sentence_edit(text).replacement
    assert prompt in new and "great" not in new and "strength" not in new, new


@pytest.mark.parametrize(("text", "expected"), [
    ("Kasia is a good listener and she leads the team and takes charge\nwork ethic is poor",
     "Kasia is a good listener (for example, [what happened] on [date], which [impact]), and she leads the team and "
     "takes charge.\nOn [date], she [what she did], which [impact]."),
    # (the parse ran across the break: each line is rewritten as parsed on its own)
    ("Omar is rude to the drivers and he shouts at them\nhe never writes the notes",
     "He shouts at them; on [date], Omar [what Omar said or did to the drivers], which [impact].\n"
     "He did not write the notes [N] times in [period]."),
])
def test_each_line_with_findings_is_rewritten_on_its_own(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a "not" of a comparison is no negation: the count keeps the polarity
    ("Wen is late more often than not.", "Wen was late [N] times in [period]."),
    ("Pablo misses the standup more often than not.", "Pablo missed the standup [N] times in [period]."),
    # a frequency the count says, and an "every single" that is an "a"
    ("Pablo misses the deadline every week.", "Pablo missed the deadline [N] times in [period]."),
    ("Every shift there is some kind of issue with her.", "There was some kind of issue with her [N] times in [period]."),
    ("Every single critique turns into an argument with you.",
     "A critique turned into an argument with you [N] times in [period]."),
    # what "everything" was said of goes with it
    ("She makes mistakes on everything she touches.", "She makes mistakes on [what exactly, shown where]."),
])
def test_counts_read_as_the_writer_meant(text, expected):
    assert _sentence_edit(text).replacement == expected


def test_a_prompt_keeps_no_preposition_without_its_object():
    new = _sentence_edit("His designs are overcomplicated, his estimates are unreliable and other teams find him "
                         "hard to work with.").replacement
    assert "with]" not in new and "[what he did" in new, new


@pytest.mark.parametrize(("text", "expected"), [
    # the change itself is the subject: the deadline closes the request's clause, after its verb
    ("A significant improvement in her reporting will be expected.",
     "A significant improvement in her reporting will be expected by [date], specifically [what exactly], "
     "measured by [how you will check it]."),
    ("More attention to detail is needed from Wen.",
     "More attention to detail is needed from Wen by [date], specifically [what exactly], "
     "measured by [how you will check it]."),
    # a hypothetical condition takes the date at its opening, not after its past-tense verb
    ("It would help if she were more consistent.",
     "It would help if, by [date], she were more consistent, specifically [what exactly], "
     "measured by [how you will check it]."),
    ("If she were more consistent, she could lead the team.",
     "If, by [date], she were more consistent, specifically [what exactly], measured by [how you will check it], "
     "she could lead the team."),
])
def test_the_deadline_closes_the_request_clause(text, expected):
    assert _sentence_edit(text).replacement == expected


def test_an_absolute_after_praise_is_counted_in_the_one_rewrite():
    edits = fairfeedback.rewrite("Tomasz is brilliant but consistently late.").edits
    assert [e.replacement for e in edits] == [
        "Tomasz [what Tomasz did, and why it stood out] but was late [N] times in [period]."]
    report = fairfeedback.lint("Tomasz is brilliant but consistently late.")
    assert {f.suggestions[0].text for f in report.findings} == {edits[0].replacement}


def test_a_phrase_hung_on_the_copula_goes_into_the_adjectives_prompt():
    new = _sentence_edit("Kalani is a great mentor and kind to the interns.").replacement
    assert "[what Kalani said or did for the interns and as a mentor, and why it stood out]" in new, new
    assert "] to the interns" not in new and "great" not in new, new


def test_a_targets_reasons_and_time_frame_stay_out_of_its_prompt():
    new = _sentence_edit("He should make solid improvement with his job execution over the coming year given his "
                         "talent and focus.").replacement
    prompt = re.search(r"\[[^\]]*\]", new)[0]
    assert "his job execution" in prompt and "given" not in prompt and "coming year" not in prompt, new
    assert "over the coming year" in new and "given his talent and focus" in new, new


@pytest.mark.parametrize(("text", "name"), [
    ("Omar is just the way he is, and he will not change.", "Omar"),
    ("Tanvi is who she is and she will never change.", "Tanvi"),
    ('Wen sort of "is who she is", and she will not change.', "Wen"),
    ("Pablo is who he is, and he will not change.", "Pablo"),
])
def test_a_fixed_mindset_label_is_not_kept_as_a_fact(text, name):
    new = _sentence_edit(text).replacement
    assert not re.search(r"\bis (what|who) (s?he) is\b|\bthe way he is\b", new), new
    assert new.startswith(f"On [date], {name} [what {name} did"), new


def _forced(linter, text: str, marks: list[tuple[str, str]], learned: tuple[str, ...] = ()) -> list[str]:
    """The sentence rewrites of ``text`` with findings forced onto the given words (a rule misfiring):
    each mark is the flagged words and the rule id whose category rewrites them; the rules in ``learned``
    are learned findings."""
    from spacy.tokens import Span

    from fairfeedback.context.analysis import Analysis
    from fairfeedback.matching import SPAN_KEY
    from fairfeedback.rewriting.flagged import release
    from fairfeedback.rewriting.strategies import rewrite_sentence

    rules = {r.id: r for r in linter.ruleset.rules}
    doc = linter.nlp(text)
    toks = [t.text for t in doc]
    spans = []
    for words, rule_id in marks:
        w = words.split()
        at = next(i for i in range(len(toks)) if toks[i:i + len(w)] == w)
        spans.append(Span(doc, at, at + len(w), label=rule_id))
    doc.spans[SPAN_KEY] = spans
    pipe_words = linter.nlp.get_pipe("fairfeedback").words
    try:
        return [rewrite_sentence(rules[sp.label_].category, Analysis(sp, pipe_words, sp.sent, learned=sp.label_ in learned),
                                 ()).text for sp in spans]
    finally:
        release(doc)


@pytest.mark.parametrize(("text", "marks"), [
    # a vague-target rule misfiring on praise: alone, and beside a vague evaluation of the same sentence
    ("Ilse has given the new starters a great deal of help.", [("has given the new starters", "FF201")]),
    ("Ilse has given the new starters a great deal of help, in a perfect manner.",
     [("has given the new starters", "FF201"), ("perfect", "FF309")]),
    ("Bruno is a dependable presence on the night shift.", [("dependable", "FF201")]),
])
def test_a_rule_misfiring_on_praise_gets_a_rewrite_that_keeps_the_praise(linter, text, marks):
    from fairfeedback.rewriting.stance import reads_as

    for new in _forced(linter, text, marks):
        assert "criticism" not in reads_as(new, text), new
        assert "needs to change" not in new and "by [date]" not in new, new
        assert new.startswith(text.rstrip(".")), new  # the writer's own words stay


def test_a_criticism_prompt_on_praise_is_turned_into_the_praise_prompt():
    from fairfeedback.rewriting.stance import _turned

    assert _turned("On [date], he [what he did, and what you expected instead], which [impact].", to_praise=True) \
        == "On [date], he [what he did, and why it stood out], which [impact]."
    assert _turned("Her notes are [what you valued, shown where].", to_praise=False) \
        == "Her notes are [what was missing, shown where]."


def test_no_sentence_the_analysis_calls_praise_gets_a_rewrite_that_reads_as_criticism(linter, flagged):
    from fairfeedback.context.analysis import Analysis
    from fairfeedback.matching import SPAN_KEY
    from fairfeedback.rewriting.stance import reads_as, stance

    words = linter.nlp.get_pipe("fairfeedback").words
    texts = [text for text, _ in flagged]
    praise, bad = 0, []
    for (text, report), doc in zip(flagged, linter.nlp.pipe(texts)):
        for sent in doc.sents:
            spans = [sp for sp in doc.spans.get(SPAN_KEY, []) if sent.start <= sp.start < sent.end]
            if not spans or stance(Analysis(spans[0], words, sent)) != "praise":
                continue
            praise += 1
            for f in report.findings:
                sug = f.suggestions[0] if f.suggestions else None
                if sug is not None and sug.start is not None and sug.text and f.sentence_start <= sent.start_char < f.sentence_end \
                        and "criticism" in reads_as(sug.text, sent.text):
                    bad.append((f.rule_id, text, sug.text))
    assert praise > 20
    assert not bad, bad[:5]


def test_criticism_with_a_misread_praise_prompt_gets_the_criticism_prompt(linter):
    # a coded remark and a struggle, the struggle's run misread as praise: no "why it stood out" for it
    from fairfeedback.rewriting.stance import reads_as

    text = "Kemal is from another era and struggles with the scanners."
    for new in _forced(linter, text, [("from another era", "FF602"), ("struggles with the scanners", "FF309")]):
        assert "praise" not in reads_as(new, text) and "what you expected instead" in new, new


@pytest.mark.parametrize(("text", "marks", "prompt"), [
    ("To make senior, Farid must prove he is a strong negotiator.",
     [("strong negotiator", "FF302"), ("is a strong negotiator", "FF309")], "[what he needs to show, and by when]"),
    ("Before the audit, Rhea will have to show she is a careful and reliable reviewer.",
     [("careful", "FF302"), ("reliable", "FF302")], "[what she needs to show"),
    ("For the charge-nurse post, Ines is expected to prove she is a calm and decisive lead.",
     [("calm", "FF302"), ("decisive", "FF302")], "[what she needs to show"),
])
def test_praise_asked_for_in_a_requirement_prompts_for_the_future_behavior(linter, text, marks, prompt):
    for new in _forced(linter, text, marks):
        assert prompt in new and "did" not in new and "stood out" not in new, new


def test_praise_the_writer_saw_still_asks_what_the_person_did(linter):
    # the requirement is in another clause: the reason is what was seen
    for new in _forced(linter, "Farid must lead the May audit, because he is a careful and patient reviewer.",
                       [("careful", "FF302"), ("patient", "FF302")]):
        assert "did" in new and "needs to show" not in new, new


@pytest.mark.parametrize(("text", "expected"), [
    ("Jon should be more proactive and stop waiting for the buyers to ring him.",
     "Jon should be more proactive and stop waiting for the buyers to ring him by [date], specifically"),
    # an alternative ("instead of", "rather than") is not the request: the tail goes before it, and its
    # "for ... to" clause stays whole
    ("Jon should be more proactive instead of waiting for the buyers to ring him.",
     "Jon should be more proactive by [date], specifically"),
    ("Dana needs to improve, rather than waiting for the night team to flag the faults.",
     "measured by [how you will check it], rather than waiting for the night team to flag the faults."),
])
def test_the_deadline_does_not_split_a_verb_from_its_for_to_complement(text, expected):
    new = _sentence_edit(text).replacement
    assert new.startswith(expected) if expected[:1].isupper() else expected in new, new


@pytest.mark.parametrize(("text", "expected"), [
    ("We expect more from him given his talent and his years on the desk.",
     "We expect more from him by [date], specifically [what exactly], measured by [how you will check it], "
     "given his talent and his years on the desk."),
    ("Kofi should step up considering his seniority on the ward.",
     "Kofi should step up by [date], specifically [what exactly], measured by [how you will check it], "
     "considering his seniority on the ward."),
    ("I expect more from her because of her experience with audits.",
     "I expect more from her by [date], specifically [what exactly], measured by [how you will check it], "
     "because of her experience with audits."),
])
def test_the_deadline_goes_before_a_reason_phrase(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "frame"), [
    ("A much stronger showing is expected next quarter.", "next quarter"),
    ("Tobias needs to be more organised this year.", "this year"),
    ("Saanvi should communicate better with the lab within a month.", "within a month"),
    ("More ownership of the rota is expected from him next quarter.", "next quarter"),
])
def test_a_request_that_names_its_time_frame_gets_no_second_deadline(text, frame):
    new = _sentence_edit(text).replacement
    assert frame in new and "by [date]" not in new and "specifically [what exactly]" in new, new


@pytest.mark.parametrize("text", [
    "To make shift lead, Tomas must step up and prove he is a leader.",
    "Anneke has to step up and show she is a leader.",
])
def test_a_target_a_requirement_asks_the_person_to_prove_asks_what_to_show(linter, text):
    # "prove he | is a leader" is what he is to show: one requirement, with one time frame, not "prove he needs to change"
    who = "he" if " he " in text else "she"
    for new in _forced(linter, text, [("step up", "FF203"), ("is a leader", "FF203")]):
        assert f" {who} [what {who} needs to show, and by when], specifically [what exactly]" in new, new
        assert "[what to change]" in new and "needs to change" not in new and "by [date]" not in new, new


@pytest.mark.parametrize(("text", "who"), [
    ("To make shift lead , Tomas must prove he is a great leader", "he"),
    ("Our expectation is that Bilal answers the support queue within a day", "Bilal"),
    ("The expectation is that she is a patient trainer for the new starters", "she"),
])
def test_a_vague_evaluation_a_requirement_asks_for_asks_what_to_show(linter, text, who):
    # what the writer requires or expects is not yet done: no past instance of it
    (new,) = _forced(linter, text + ".", [(text, "FF390")], learned=("FF390",))
    assert new.endswith(f" (specifically, [what {who} needs to show, and by when]).") and "for example" not in new, new


@pytest.mark.parametrize(("text", "who"), [
    ("Given a year on the ward, Marisol will prove a great asset for the unit.", "Marisol"),
    ("I am sure Ravi will become a strong mentor for the new hires.", "Ravi"),
    ("Amara is going to be a great team lead.", "Amara"),
    ("He will make a great supervisor one day.", "he"),
])
def test_praise_a_forecast_names_asks_what_to_show_not_what_happened(text, who):
    # what the writer expects the person to become has not happened: no past instance of it
    new = _sentence_edit(text).replacement
    assert new.endswith(f" (specifically, [what {who} needs to show, and by when]).") and "for example" not in new, new


@pytest.mark.parametrize("text", [
    "Priya has been a great asset to the front desk.",
    "Jana will usually be a calm presence on the late shift.",
])
def test_praise_the_writer_saw_or_a_habit_still_asks_for_an_instance(text):
    new = _sentence_edit(text).replacement
    assert "(for example, [what happened]" in new and "needs to show" not in new, new


def test_two_praise_words_a_forecast_names_get_one_forward_prompt():
    new = _sentence_edit("Noor will prove to be a strong leader and a valued colleague on the project.").replacement
    assert "[what Noor needs to show on the project, and by when]" in new and " did" not in new and "stood out" not in new, new


@pytest.mark.parametrize(("text", "expected"), [
    ("Sunita is a joy to have on the ward, she is great.",
     "On [date], Sunita [what Sunita did on the ward, and why it stood out], which [impact]."),
    ("Jonas is great; he is a natural leader.", "On [date], Jonas [what Jonas did, and why it stood out], which [impact]."),
    ("Ilka is a delight to work with, she is brilliant with the clients.",
     "On [date], Ilka [what Ilka did with the clients, and why it stood out], which [impact]."),
])
def test_two_praise_clauses_a_comma_splices_get_one_prompt(text, expected):
    # one person's praise twice over, joined by a comma only: one prompt, and no comma splice
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hana is creative, dependable, a natural leader, and a careful planner.",
     "On [date], Hana [what Hana did as a leader and a planner, and why it stood out], which [impact]."),
    ("He is creative, dependable, a natural leader and a skilled negotiator.",
     "On [date], he [what he did as a leader and a negotiator, and why it stood out], which [impact]."),
])
def test_a_list_of_praise_gets_one_prompt_for_the_list(text, expected):
    # the unflagged "a careful planner" is one more judgment of the list: no "and is ..." kept beside the prompt
    assert _sentence_edit(text).replacement == expected


def test_the_role_of_a_flagged_person_noun_keeps_its_article():
    new = _sentence_edit("Elif is kind and a natural leader.").replacement
    assert "[what Elif did as a leader, and why it stood out]" in new, new


def test_an_unflagged_adjective_of_a_list_of_praise_keeps_its_verb():
    new = _sentence_edit("Ruben is creative, dependable and punctual.").replacement
    assert new == "On [date], Ruben [what Ruben did, and why it stood out] and is punctual, which [impact].", new


def test_a_vague_evaluation_the_writer_saw_still_asks_for_an_instance(linter):
    text = "During the audit , Tomas proved he is a great leader"
    (new,) = _forced(linter, text + ".", [(text, "FF390")], learned=("FF390",))
    assert "(for example, [what happened]" in new and "needs to show" not in new, new


def test_praise_after_but_under_a_learned_finding_of_the_whole_sentence_stays_praise(linter):
    # the learned finding says the sentence criticizes, not that its "but" clause does
    from fairfeedback.rewriting.stance import reads_as

    intent = next(r.id for r in linter.ruleset.rules if r.category.value == "intent-attribution")
    text = "Tariq does the minimum to get by, but he is courteous with the clients."
    whole = "Tariq does the minimum to get by , but he is courteous with the clients"
    for new in _forced(linter, text, [(whole, intent), ("does the minimum", "FF303"), ("courteous", "FF302")],
                       learned=(intent,)):
        assert "[what he did with the clients, and why it stood out]" in new, new
        assert "with the clients, and what you expected instead" not in new and "praise" in reads_as(new, text), new


@pytest.mark.parametrize(("text", "expected"), [
    ("Careless chef.", "On [date], the chef [what the chef did], which [impact]."),
    ("Careless tester.", "On [date], [name] [what they did], which [impact]."),
    ("A lazy cashier.", "On [date], the cashier [what the cashier did], which [impact]."),
])
def test_a_fragment_names_the_person_without_the_flagged_word(text, expected):
    # the flagged word is no part of the person's name, nor a name itself; "a cashier" is "the cashier"
    assert _sentence_edit(text).replacement == expected


def test_a_kept_clause_keeps_the_packages_own_prompts_whole():
    prompt = "(for example, [what happened] on [date], which [impact])"
    new = _sentence_edit(f"Bruno is a patient trainer {prompt} and he is arrogant.").replacement
    assert new.startswith(f"Bruno is a patient trainer {prompt}; on [date], he [what he did]"), new
    assert new.count("[") == new.count("]") and new.count("(") == new.count(")"), new


@pytest.mark.parametrize(("text", "kept", "when"), [
    ("Ilse is careless when she is busy and skips the handover notes.", "skips the handover notes", "when she is busy"),
    ("Dev is sloppy when the queue is long and forgets the receipts.", "forgets the receipts", "when the queue is long"),
])
def test_what_the_person_was_seen_doing_is_not_repeated_in_the_prompt(text, kept, when):
    new = _sentence_edit(text).replacement
    assert new.count(kept) == 1 and f"did {when}]" in new, new


def test_a_when_clause_the_parse_hangs_on_the_action_keeps_it_in_the_prompt():
    # "when" hangs on "leaves": no clause of its own is kept, so the prompt keeps all of it
    new = _sentence_edit("Petra is lazy when she is rushed and leaves the labels blank.").replacement
    assert "when she is rushed and leaves the labels blank" in new, new


@pytest.mark.parametrize(("text", "expected"), [
    ("Priya is reliable, her clients trust her.",
     "On [date], Priya [what Priya did, and why it stood out], which [impact]; her clients trust her."),
    ("Lena is wonderful, the customers adore her.",
     "On [date], Lena [what Lena did, and why it stood out], which [impact]; the customers adore her."),
    ("Marco is a great leader, the whole crew respects him.",
     "On [date], Marco [what Marco did, and why it stood out], which [impact]; the whole crew respects him."),
    ("Jun is brilliant; his students love him.",
     "On [date], Jun [what Jun did, and why it stood out], which [impact]; his students love him."),
    ("Priya is reliable and her clients trust her.",
     "On [date], Priya [what Priya did, and why it stood out], which [impact], and her clients trust her."),
])
def test_others_reaction_beside_a_judgment_is_kept_as_written(text, expected):
    # a clause whose subject is other people and whose object is the person reports what they did: no prompt
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "prompted"), [
    # the writer's own trust, a thing's quality, and one person's praise twice over still get prompts
    ("Priya is reliable, I trust her.", "I [did what"),
    ("Tomas is great, his code is excellent.", "his code is [what you valued"),
])
def test_a_clause_that_is_no_report_of_others_is_still_prompted(text, prompted):
    assert prompted in _sentence_edit(text).replacement


def test_a_report_of_others_beside_a_character_judgment_is_kept():
    new = _sentence_edit("Omar is lazy and his customers love him.").replacement
    assert new == "His customers love him; on [date], Omar [what Omar did], which [impact].", new


@pytest.mark.parametrize(("text", "expected"), [
    ("In March he was careless with the budget.", "In March, he [what he did with the budget], which [impact]."),
    ("During the audit he was careless with the invoices.",
     "During the audit, he [what he did with the invoices], which [impact]."),
    ("This year she was sloppy with the contracts.", "This year, she [what she did with the contracts], which [impact]."),
    ("In Q3 she was lazy about the reports.", "In Q3, she [what she did about the reports], which [impact]."),
    ("In 2024 Omar was arrogant with the new hires.", "In 2024, Omar [what Omar did with the new hires], which [impact]."),
    ("Over the weekend Jan was careless with the alarm codes.",
     "Over the weekend, Jan [what Jan did with the alarm codes], which [impact]."),
    ("Last quarter she was sloppy with the release notes.",
     "Last quarter, she [what she did with the release notes], which [impact]."),
    ("Frankly, Omar was pathetic on Monday.", "On Monday, Omar [what happened], and [its effect]; next time, [what you need]."),
])
def test_a_time_the_sentence_names_replaces_the_date_prompt(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "kept"), [
    # a habit or a place or a medium is what the prompt is about, not the date
    ("During meetings he is rude.", "On [date], he [what he did during meetings]"),
    ("In the analyst job, Pia has reached her ceiling.", "On [date], Pia [what Pia did in the analyst job]"),
    ("Over the phone he was rude to the client.", "On [date], he [what he said or did over the phone to the client]"),
])
def test_a_phrase_that_names_no_date_stays_in_the_prompt(text, kept):
    assert _sentence_edit(text).replacement.startswith(kept)


@pytest.mark.parametrize(("text", "expected"), [
    ("Next time, be more careful.",
     "Next time, be more careful, specifically [what exactly], measured by [how you will check it]."),
    ("Be more careful next time.",
     "Be more careful next time, specifically [what exactly], measured by [how you will check it]."),
    ("Next quarter, try harder.", "Next quarter, try harder, specifically [what exactly], measured by [how you will check it]."),
    # "in time" names no time frame: the deadline is still asked for
    ("Try harder in time for the launch.",
     "Try harder in time for the launch by [date], specifically [what exactly], measured by [how you will check it]."),
])
def test_next_time_is_the_requests_time_frame(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "prompt"), [
    ("Yesterday he was rude to the vendor.", "Yesterday, he [what he said or did to the vendor], which [impact]."),
    ("Last week he was hostile to the auditors.", "Last week, he [what he said or did to the auditors], which [impact]."),
    ("She is patronizing toward the new hires.", "[what she said or did toward the new hires]"),
    ("He was condescending to Amira in the standup.", "[what he said or did to Amira in the standup]"),
    ("Sol is rude to the couriers, so they avoid our dock.", "[what Sol said or did to the couriers], so they avoid our dock."),
    # (the aspect "in her timekeeping" still goes: "rude to customers" is what the prompt keeps)
    ("Wen is careless in her timekeeping and rude to customers.", "On [date], Wen [what Wen said or did to customers], which"),
])
def test_a_manner_shown_to_somebody_keeps_the_writers_preposition(text, prompt):
    assert prompt in _sentence_edit(text).replacement


@pytest.mark.parametrize(("text", "prompt"), [
    # a devotion, a thing's aspect, or another preposition: as before
    ("Pablo is not committed to the team.", "[what Pablo did with the team]"),
    ("Jonas is rude with the suppliers.", "[what Jonas did with the suppliers]"),
    ("Jonas is careless about the paperwork.", "[what Jonas did about the paperwork]"),
])
def test_a_phrase_that_is_not_a_manner_toward_somebody_keeps_did(text, prompt):
    assert prompt in _sentence_edit(text).replacement


@pytest.mark.parametrize(("text", "expected"), [
    ("Compared to Dana, he is slow.", "On [date], he [what took longer than needed, and how long], which [impact]."),
    ("Unlike Omar, she is lazy.", "On [date], she [what she did], which [impact]."),
    ("Unlike Bo, Kai is disorganized.", "On [date], Kai [what Kai did], which [impact]."),
    ("Compared to the others, she is rude.", "On [date], she [what she did], which [impact]."),
    ("Mira is slow.", "On [date], Mira [what took longer than needed, and how long], which [impact]."),
])
def test_a_comparison_verdict_is_rewritten_as_the_verdict_with_its_dimension(text, expected):
    new = _sentence_edit(text).replacement
    assert new == expected
    assert not re.search(r"\b(Dana|Omar|Bo|others|compared|unlike)\b", new, re.IGNORECASE), new


@pytest.mark.parametrize(("text", "expected"), [
    # a comparison with no character verdict keeps what was compared, as before
    ("Unlike Bo, who ships weekly, Kai shipped one release.", "Kai shipped one release."),
])
def test_a_comparison_without_a_verdict_keeps_the_facts(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("During the launch, Priya was great with the clients.",
     "During the launch, Priya was great with the clients (for example, [what happened], which [impact])."),
    ("Yesterday Priya was great with the clients.",
     "Yesterday Priya was great with the clients (for example, [what happened], which [impact])."),
    # no time given, or a whole period judged: the instance asks for its date, as before
    ("Priya is great with the clients.", "Priya is great with the clients (for example, [what happened] on [date], which [impact])."),
    ("Your performance this year was below what we expect for your level.",
     "Your performance this year was below what we expect for your level (for example, [what happened] on [date], which [impact])."),
])
def test_an_instance_asked_of_a_vague_evaluation_takes_the_time_the_sentence_names(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "expected"), [
    # others' report first, spliced to the judgment: kept word for word, before the judgment's instance
    ("Her clients trust her, Priya is reliable.",
     "Her clients trust her; on [date], Priya [what Priya did, and why it stood out], which [impact]."),
    ("His students love him, Jun is brilliant.",
     "His students love him; on [date], Jun [what Jun did, and why it stood out], which [impact]."),
    ("The whole crew respects him, Marco is a great leader.",
     "The whole crew respects him; on [date], Marco [what Marco did, and why it stood out], which [impact]."),
    ("Her clients trust her, she is reliable.",
     "Her clients trust her; on [date], she [what she did, and why it stood out], which [impact]."),
])
def test_a_report_of_others_before_the_judgment_is_kept_as_written(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a report spliced to a character verdict, after it or before it, stays beside the verdict's rewrite
    ("Omar is lazy, his customers love him.", "His customers love him; on [date], Omar [what Omar did], which [impact]."),
    ("Dara is arrogant, her reports admire her.",
     "Her reports admire her; on [date], Dara [what Dara did], which [impact]."),
    ("His customers love him, Omar is lazy.", "His customers love him; on [date], Omar [what Omar did], which [impact]."),
    # (as the ones joined by "and" or a semicolon did already)
    ("Omar is lazy; his customers love him.", "His customers love him; on [date], Omar [what Omar did], which [impact]."),
])
def test_a_report_spliced_to_a_character_verdict_is_kept(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one named colleague's report is a report too, wherever it stands
    ("Lena is wonderful, Marco trusts her completely.",
     "On [date], Lena [what Lena did, and why it stood out], which [impact]; Marco trusts her completely."),
    ("Marco trusts her completely, Lena is wonderful.",
     "Marco trusts her completely; on [date], Lena [what Lena did, and why it stood out], which [impact]."),
])
def test_a_named_colleagues_report_is_kept_as_written(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "prompted"), [
    # the judged person's own clause, the writer's own, and a pronoun's: still prompted, as before
    ("Lena is wonderful, Lena trusts them.", "Lena [did what, and why it stood out]"),
    ("Lena is wonderful, she trusts them.", "she [did what, and why it stood out]"),
    ("I trust her, Priya is reliable.", "I [did what, and why it stood out]"),
    ("Her code is excellent, Tomas is great.", "Her code is [what you valued, shown where]"),
    # a report that opens with a clause mark is no report spliced to the judgment
    ("Although her clients trust her, she is unreliable.", "Her clients [what you valued, shown where]"),
])
def test_a_clause_that_is_no_report_of_others_stays_prompted(text, prompted):
    assert prompted in _sentence_edit(text).replacement


@pytest.mark.parametrize(("text", "expected"), [
    # a verbless judgment beside others' report: the fragment is prompted, the report stays
    ("Excellent manager, the team adores her.", "[Which strength, shown how], the team adores her."),
    ("Great mentor, the juniors respect him.", "[Which strength, shown how], the juniors respect him."),
])
def test_a_report_beside_a_fragment_is_kept_as_written(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fragment with no report beside it: as before
    ("Excellent manager.", "Excellent manager: [what exactly was good, and what it changed]."),
    ("Excellent manager, she runs the team well.",
     "Excellent manager, she runs the team well (for example, [what happened] on [date], which [impact])."),
])
def test_a_fragment_without_a_report_is_rewritten_as_before(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a manner shown to somebody, the adjective read as a noun ("is | curt"): whom it was shown to stays
    ("She is curt to him.", "On [date], she [what she said or did to him], which [impact]."),
    ("Omar is curt to her.", "On [date], Omar [what Omar said or did to her], which [impact]."),
    ("She is curt to the vendor.", "On [date], she [what she said or did to the vendor], which [impact]."),
    # (no one named, or another preposition: as before)
    ("She is curt.", "On [date], she [what she did], which [impact]."),
    ("She is curt with the vendors.", "On [date], she [what she did with the vendors], which [impact]."),
])
def test_a_manner_read_as_a_noun_keeps_whom_it_was_shown_to(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a whole period a "during" names is the time the behavior fell in, like "this year"
    ("During the year he was careless.", "During the year, he [what he did], which [impact]."),
    ("During the quarter Omar was lazy.", "During the quarter, Omar [what Omar did], which [impact]."),
    ("During the year she was sloppy with the contracts.",
     "During the year, she [what she did with the contracts], which [impact]."),
    # (a period is no instance's own date: the instance still asks for it)
    ("During the year, Priya was great with the clients.",
     "During the year, Priya was great with the clients (for example, [what happened] on [date], which [impact])."),
    # (a habit stays what the prompt is about, an event is the date: as before)
    ("During meetings he is rude.", "On [date], he [what he did during meetings], which [impact]."),
    ("During the audit he was careless.", "During the audit, he [what he did], which [impact]."),
])
def test_a_period_a_during_names_is_kept(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "prompt"), [
    # a praise of a manner shown to somebody asks what was said or done for them, not "with" them
    ("Kalani is kind to the interns and a great mentor.",
     "[what Kalani said or did for the interns and as a mentor, and why it stood out]"),
    ("Ana is helpful to the new hires and a great coach.",
     "[what Ana said or did for the new hires and as a coach, and why it stood out]"),
    ("Kalani is a great mentor and kind to the interns.",
     "[what Kalani said or did for the interns and as a mentor, and why it stood out]"),
    # a "toward" is kept
    ("Bo is generous toward his peers and a fantastic teammate.",
     "[what Bo said or did toward his peers and as a teammate, and why it stood out]"),
])
def test_a_praised_manner_keeps_whom_it_was_shown_to(text, prompt):
    new = _sentence_edit(text).replacement
    assert prompt in new and new.count("[what ") == 1, new


@pytest.mark.parametrize(("text", "prompt"), [
    # no person the manner was shown to, a devotion, or "with": "did", as before
    ("Kalani is kind to animals and a great mentor.", "[what Kalani did with animals and as a mentor, and why it stood out]"),
    ("Rafa is patient with the trainees and a great mentor.", "Rafa is patient with the trainees and a great mentor ("),
    ("Ines is fully committed to her team and is one of the top person at the depot.",
     "[what Ines did with her team and at the depot, and why it stood out]"),
])
def test_a_praise_not_shown_to_somebody_keeps_did(text, prompt):
    assert prompt in _sentence_edit(text).replacement


@pytest.mark.parametrize("text", [
    # a target a praise or verdict rule flags ("way to go", "room to grow"), beside praise or alone: a target's prompt
    "He volunteers for new projects often but still has a way to go.",
    "She is great with customers, but still has a way to go on reporting.",
    "She is always helpful but still has some way to go in her writing.",
    "Pablo is a great colleague on the floor, but has room to grow.",
    "He writes great code but still has a long way to go.",
    "He has a way to go.",
    "Still a long way to go.",
])
def test_a_target_beside_praise_gets_a_target_prompt(text):
    new = fairfeedback.rewrite(text).text
    assert ("measured how, by when]" in new or "measured by [" in new) and "what exactly was good" not in new, new
    assert "which way" not in new and "which room" not in new, new


@pytest.mark.parametrize(("text", "prompt"), [
    # praise alone, "way to go" as praise, and a room that is a place: no target
    ("Way to go!", "what exactly was good"),
    ("Way to go on the launch, Sam.", "(for example, [what happened]"),
    ("She is a great mentor and always has room for the new starters.", "(for example, [what happened]"),
])
def test_praise_without_a_target_keeps_its_praise_prompt(text, prompt):
    new = fairfeedback.rewrite(text).text
    assert prompt in new and "measured" not in new, new


@pytest.mark.parametrize(("text", "expected"), [
    # a judgment the parser hung inside another judgment's phrase ("to the couriers and | careless"): the phrase
    # stays in the prompt without it, with the writer's preposition
    ("Tove was curt to the couriers and careless.", "On [date], Tove [what Tove said or did to the couriers], which [impact]."),
    ("Marta was dismissive toward the new hires and sloppy.",
     "On [date], Marta [what Marta said or did toward the new hires], which [impact]."),
    ("He was rude to the vendor and lazy.", "On [date], he [what he said or did to the vendor], which [impact]."),
    # the other judgment's own clause, with a pronoun for the person: what it was about stays too
    ("Devi is lazy and she is rude to the cleaners.", "On [date], Devi [what Devi said or did to the cleaners], which [impact]."),
])
def test_a_judgment_hung_inside_a_phrase_keeps_the_phrase(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a vague target coordinated with a judgment: the request, its verb and its stake stay, as a target prompt
    ("Bruno is careless and needs to improve in order to keep his contract.",
     "On [date], Bruno [what Bruno did]; he needs to change [what, measured how, by when] in order to keep his contract."),
    ("Hana is sloppy and must do better if she wants to stay on the team.",
     "On [date], Hana [what Hana did]; she must change [what, measured how, by when] if she wants to stay on the team."),
    ("Leif is lazy and needs to step up before the audit.",
     "On [date], Leif [what Leif did]; Leif needs to change [what, measured how, by when] before the audit."),
])
def test_a_request_beside_a_judgment_is_kept_as_a_target(linter, text, expected):
    new = _sentence_edit(text).replacement
    assert new == expected
    assert not [f for f in linter.lint(new).findings if not f.rule_id.startswith("FF9")], new


@pytest.mark.parametrize(("text", "expected"), [
    # the writer's conclusion follows the impact, it does not take its place; an effect that happened does
    ("Petra is sloppy, so she should not run the night shift.",
     "On [date], Petra [what Petra did], which [impact], so she should not run the night shift."),
    ("Femi is careless, so the audit failed twice.", "On [date], Femi [what Femi did], so the audit failed twice."),
    # a verdict on promotion another finding flags: its step stays, as the requirement not yet met
    ("Ayo is careless, so he should not be promoted to supervisor.",
     "On [date], Ayo [what Ayo did], which [impact]; for a promotion to supervisor, he still needs to show [the requirement]."),
    ("Priya is lazy, so she should not be promoted to lead.",
     "On [date], Priya [what Priya did], which [impact]; for a promotion to lead, she still needs to show [the requirement]."),
    ("Joss is lazy, so he won't go far.",
     "On [date], Joss [what Joss did], which [impact]; for [the next role or level], he still needs to show [the requirement]."),
])
def test_a_conclusion_after_a_judgment_is_kept(linter, text, expected):
    new = fairfeedback.rewrite(text).text
    assert new == expected
    assert not [f for f in linter.lint(new).findings if not f.rule_id.startswith("FF9")], new


@pytest.mark.parametrize(("text", "expected"), [
    # a name, then "and" and a pronoun for the same person: one prompt, with the role the second clause named
    ("Mira is kind to the interns and she is a great coach.",
     "On [date], Mira [what Mira said or did for the interns and as a coach, and why it stood out], which [impact]."),
    ("Tariq is friendly with clients and he is a great mentor.",
     "On [date], Tariq [what Tariq did with clients and as a mentor, and why it stood out], which [impact]."),
])
def test_a_name_and_a_pronoun_after_and_get_one_prompt(text, expected):
    assert _sentence_edit(text).replacement == expected


@pytest.mark.parametrize(("text", "expected"), [
    # praise set against what the person does only on a condition: the condition stays, the instance follows it
    ("Zuri has potential but only performs when the deadline is close.",
     "Zuri has potential but only performs when the deadline is close; for example, on [date], Zuri [what Zuri did], "
     "which [impact]."),
    ("Emeka shows promise, but he only speaks up if his manager asks.",
     "Emeka shows promise, but he only speaks up if his manager asks; for example, on [date], he [what he did], "
     "which [impact]."),
])
def test_praise_against_a_condition_asks_for_the_instance_after_it(text, expected):
    assert fairfeedback.rewrite(text).text == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an alternative set against the request is not what is asked: the tail closes the request before it
    ("Ayumi needs to follow up with clients more instead of waiting for them to call her.",
     "Ayumi needs to follow up with clients more by [date], specifically [what exactly], measured by [how you will "
     "check it], instead of waiting for them to call her."),
    ("Leona needs to be more proactive rather than reacting to problems after they happen.",
     "Leona needs to be more proactive by [date], specifically [what exactly], measured by [how you will check it], "
     "rather than reacting to problems after they happen."),
    # a request that ends in a "by" phrase or a comparison's clause: the date closes the tail, not "by the team by"
    ("Marek could do better by being paired with a senior tester.",
     "Marek could do better by being paired with a senior tester, specifically [what exactly], measured by [how you "
     "will check it], by [date]."),
    ("Felix should improve by asking for help sooner.",
     "Felix should improve by asking for help sooner, specifically [what exactly], measured by [how you will check "
     "it], by [date]."),
    # what a change with no object is for follows the tail
    ("Mia must grow to lead the night desk.",
     "Mia must grow by [date], specifically [what exactly], measured by [how you will check it], to lead the night desk."),
    ("Amir needs to speak up more in meetings than he currently does.",
     "Amir needs to speak up more in meetings than he currently does, specifically [what exactly], measured by [how "
     "you will check it], by [date]."),
])
def test_the_checkable_tail_lands_on_the_requested_verb(linter, text, expected):
    new = _sentence_edit(text).replacement
    assert new == expected
    assert not [f for f in linter.lint(new).findings if not f.rule_id.startswith("FF9")], new


@pytest.mark.parametrize(("text", "expected"), [
    # praise as a possibility asks what it rests on, not for an instance of what has not happened
    ("Ms. Varga may struggle with the tools at first, but with some coaching she may become a superb analyst.",
     "Ms. Varga may struggle with the tools at first, but with some coaching she may become a superb analyst "
     "(based on [what she has done so far that shows it])."),
    ("Given a few months, Tariq could turn out to be a strong team lead.",
     "Given a few months, Tariq could turn out to be a strong team lead (based on [what Tariq has done so far that "
     "shows it])."),
    ("Yara has the potential to run the night desk.",
     "Yara has the potential to run the night desk (based on [what Yara has done so far that shows it])."),
    # two findings of the one forecast: the forecast stays, with the same question
    ("Hedda has the potential to be an outstanding trainer.",
     "Hedda has the potential to be an outstanding trainer (based on [what Hedda has done so far that shows it])."),
])
def test_praise_as_a_possibility_asks_for_the_evidence(linter, text, expected):
    new = fairfeedback.rewrite(text).text
    assert new == expected
    assert not [f for f in linter.lint(new).findings if not f.rule_id.startswith("FF9")], new


@pytest.mark.parametrize("text", [
    "Priya has been a great asset to the front desk.",  # what happened
    "Bo could have been a great lead.",  # a past that did not happen
])
def test_praise_that_is_no_possibility_keeps_its_instance(text):
    assert "(for example, [what happened]" in fairfeedback.rewrite(text).text


def test_a_forecast_under_will_names_the_person_not_the_role():
    new = fairfeedback.rewrite("In a year, Dario will make an excellent shift lead.").text
    assert new.endswith("(specifically, [what Dario needs to show, and by when]).") and "the shift lead needs" not in new


@pytest.mark.parametrize(("text", "expected"), [
    # a target after praise keeps a verb that agrees with the person, and the purpose after it
    ("Lin covers extra shifts often but still has a long way to go to master the rota.",
     "Lin covers extra shifts often but still needs to change [what, measured how, by when] to master the rota."),
    ("Oskar is a great team player but needs to improve to run the stand-ups.",
     "Oskar [what Oskar did, and why it stood out] but needs to change [what, measured how, by when] to run the "
     "stand-ups."),
    ("Juno is a quick learner but still has a long way to go to lead the audits.",
     "Juno [what Juno did, and why it stood out] but still needs to change [what, measured how, by when] to lead the "
     "audits."),
    ("The trainees work hard but still have a long way to go.",
     "The trainees work hard but still need to change [what, measured how, by when]."),
])
def test_a_target_beside_praise_keeps_a_verb(linter, text, expected):
    new = fairfeedback.rewrite(text).text
    assert new == expected
    assert not [f for f in linter.lint(new).findings if not f.rule_id.startswith("FF9")], new


@pytest.mark.parametrize(("text", "expected"), [
    # a first name the tagger reads as a plural noun or a verb is still the person's name
    ("Dries is careless, so the stock count slipped.", "On [date], Dries [what Dries did], so the stock count slipped."),
    ("Ilya was sloppy with the invoices.", "On [date], Ilya [what Ilya did with the invoices], which [impact]."),
    ("Ines is rude to the couriers.", "On [date], Ines [what Ines said or did to the couriers], which [impact]."),
    # a name, then "and" and a pronoun whose clause decides: the name, and what the first clause was about
    ("Rafael is curt with the suppliers and he is lazy.",
     "On [date], Rafael [what Rafael did with the suppliers], which [impact]."),
    ("Tom is bossy with the interns and he is arrogant.", "On [date], Tom [what Tom did with the interns], which [impact]."),
])
def test_a_name_the_tagger_misreads_stays(linter, text, expected):
    new = fairfeedback.rewrite(text).text
    assert new == expected
    assert not [f for f in linter.lint(new).findings if not f.rule_id.startswith("FF9")], new


@pytest.mark.parametrize(("text", "expected"), [
    # a vague ingredient as the condition of a forecast: the ingredient is asked for, the person and the verb stay
    ("With more coaching Omar will manage the desk.",
     "With more coaching Omar will manage the desk by [date], specifically [what exactly], measured by [how you will "
     "check it]."),
    ("With more practice, Lena might become a great presenter.", "With [what to change, measured how, by when], Lena "),
])
def test_a_vague_condition_keeps_the_person(text, expected):
    new = fairfeedback.rewrite(text).text
    assert new.startswith(expected), new


@pytest.mark.parametrize(("text", "expected"), [
    # two people judged in one sentence: each keeps a prompt, or one joint prompt names both
    ("Priya is lazy and Omar is arrogant.", "On [date], Priya [what Priya did] and Omar [what Omar did], which [impact]."),
    ("Priya and Omar are sloppy.", "On [date], Priya and Omar [what they did], which [impact]."),
    ("Hana is sloppy with the invoices and Omar is rude to the couriers.",
     "On [date], Hana [what Hana did with the invoices] and Omar [what Omar said or did to the couriers], which [impact]."),
    # praise beside a target, with no finding on the praise: the praise stays as written, one target prompt
    ("Tariq is kind but has room for improvement.",
     "Tariq is kind but needs to change [what, measured how, by when]."),
    # praise that is a possibility keeps its modal and asks what it rests on
    ("With more coaching, Farid might become a great analyst.",
     "With [what to change, measured how, by when], Farid might become a great analyst (based on [what Farid has done "
     "so far that shows it])."),
    # a judgment set against a request keeps the person, and the request in the writer's words, made checkable
    ("Kenji must step up his game as opposed to coasting on old work.",
     "On [date], Kenji [what Kenji did on old work]; Kenji must step up his game by [date], specifically [what "
     "exactly], measured by [how you will check it]. What got in the way?"),
    ("Ana should take ownership rather than coasting on the team's work.",
     "On [date], Ana [what Ana did on the team's work]; Ana should take ownership by [date], specifically [what "
     "exactly], measured by [how you will check it]. What got in the way?"),
    ("Ana and I need to take ownership instead of coasting.",
     "On [date], Ana and I [what we did]; Ana and I need to take ownership by [date], specifically [what exactly], "
     "measured by [how you will check it]. What got in the way?"),
    # a request no finding flags keeps its words, its modal and the writer's frame, with a deadline and a measure
    ("Ana must lead the migration rather than being lazy about it.",
     "On [date], Ana [what Ana did about it]; Ana must lead the migration by [date], measured by [how you will "
     "check it]."),
    ("I'd like Ana to own the backlog rather than coasting.",
     "On [date], Ana [what Ana did]; I'd like Ana to own the backlog by [date], measured by [how you will check "
     "it]. What got in the way?"),
    ("Rather than coasting, Ana should take ownership of the rollout.",
     "On [date], Ana [what Ana did]; Ana should take ownership of the rollout by [date], measured by [how you will "
     "check it]. What got in the way?"),
    ("Instead of being lazy about the tests, Ana needs to write them before the release.",  # its own deadline
     "On [date], Ana [what Ana did about the tests]; Ana needs to write them before the release, measured by [how "
     "you will check it]."),
    ("Ana should stop coasting and lead the migration.",  # "stop | <judgment> and | <request>": the modal stays
     "On [date], Ana [what Ana did]; Ana should lead the migration by [date], measured by [how you will check it]. "
     "What got in the way?"),
    # a judgment set against what the person did not do, with no request: the other side stays after what they did
    ("Ana kept coasting rather than asking for help.",
     "On [date], Ana [what Ana did rather than asking for help]. What got in the way?"),
    ("He prefers coasting instead of working.", "On [date], he [what he did instead of working]. What got in the way?"),
    ("Instead of fixing the build, Tom was lazy about it.",
     "On [date], Tom [what Tom did instead of fixing the build], which [impact]."),
    ("Ana kept coasting rather than asking for help, which delayed the release.",
     "On [date], Ana [what Ana did rather than asking for help], which delayed the release. What got in the way?"),
    ("Ana was lazy rather than busy last sprint.", "Last sprint, Ana [what Ana did], which [impact]."),  # no action
    # the name once: the kept facts name the person, the rest uses the writer's pronoun (not with no pronoun)
    ("Mr. Okafor has shown little potential to grow his accounts, though he keeps his current customers happy.",
     "Mr. Okafor keeps his current customers happy; on [date], he [what he did to grow his accounts], which "
     "[impact]; for [the next role or level], he still needs to show [the requirement]."),
    ("Omar was rude to the vendor last Tuesday and left early.",
     "Omar left early; last Tuesday, Omar [what Omar said or did to the vendor], which [impact]."),
    # a drive after "lack of" says what did not happen
    ("Her lack of desire to learn the new tools has hurt the project.",
     "On [date], she did not learn the new tools, which has hurt the project. What got in the way?"),
    # the writer's opening phrase stays in front of the person; a kept date reads in lower case; a relative "that" stays
    ("On busy days, Tom skips the checklist and is careless with the labels.",
     "On busy days, Tom skips the checklist; on [date], Tom [what Tom did with the labels], which [impact]."),
    ("During the audit, she was lazy and skipped the checklist.",
     "She skipped the checklist; during the audit, she [what she did], which [impact]."),
    ("Tom is lazy and writes reports that miss the key figures.",
     "Tom writes reports that miss the key figures; on [date], Tom [what Tom did], which [impact]."),
    # an expectation from a named source asks what it rests on; a change asked for stays a target
    ("From what I have seen, she should handle the night desk well.",
     "From what I have seen, she should handle the night desk well (based on [what she has done so far that shows "
     "it])."),
    ("By all accounts, Tom should improve his notes.",
     "By all accounts, Tom should improve his notes by [date], specifically [what exactly], measured by [how you "
     "will check it]."),
    # the writer (or the reader) among the people judged stays in the subject, and the prompt agrees
    ("Jo and I are careless with the release notes.",
     "On [date], Jo and I [what we did with the release notes], which [impact]."),
    ("Rui and me were rude to the couriers.", "On [date], Rui and I [what we said or did to the couriers], which [impact]."),
    ("Lea, Sam and I are lazy.", "On [date], Lea, Sam and I [what we did], which [impact]."),
    ("Tomas and you clearly don't care about the backlog.",
     "On [date], Tomas and you [what you did about the backlog]. What got in the way?"),
    # a forecast under "will" beside a judgment keeps its verb and its words, and asks what is to be shown
    ("Ana is lazy but will become a great lead.",
     "Ana will become a great lead (specifically, [what Ana needs to show, and by when]); on [date], Ana [what Ana "
     "did], which [impact]."),
    ("Milo is sloppy, but he is going to be a strong analyst.",
     "Milo is going to be a strong analyst (specifically, [what he needs to show, and by when]); on [date], he "
     "[what he did], which [impact]."),
    # the judgment as (inside) the subject of the main verb: the prompt for the person, the predicate the
    # writer gave kept as the impact (also where the parser misread the verb), or dropped when it only shows
    ("Ana's lack of willingness to help slowed the release.",
     "On [date], Ana did not help, which slowed the release. What got in the way?"),
    ("Her lack of interest in onboarding shows.", "On [date], she [what she did in onboarding]. What got in the way?"),
    ("His carelessness with the receipts cost us a supplier.",
     "On [date], he [what he did with the receipts], which cost us a supplier."),
    ("Her arrogance in retros upsets the crew.", "On [date], she [what she did in retros], which upsets the crew."),
    ("Her laziness with the filing is a concern.", "On [date], she [what she did with the filing], which [impact]."),
    ("His passive-aggressive comments in retros make people uneasy.",
     "On [date], he [what he did in retros], which makes people uneasy."),
    ("Her unwillingness to learn the scheduler delayed the rollout.",
     "On [date], she did not learn the scheduler, which delayed the rollout. What got in the way?"),
    ("His constant interruptions in planning slow us down.",
     "He [did what in planning] [N] times between [date] and [date], which slows us down."),
    # issue 11: an always/never coordinated with an intent or a character judgment stays once, counted
    ("He has no willingness to help others and does not share notes at all.",
     "He did not share notes [N] times in [period]; on [date], he did not help others. What got in the way?"),
    ("Mia shows no interest in the rota and does not reply to pings at all.",
     "Mia did not reply to pings [N] times in [period]; on [date], Mia [what Mia did when the rota came up]. "
     "What got in the way?"),  # (the denied interest is the occasion asked about: issue 11)
    ("She lacks the motivation to finish reports and never updates the tracker.",
     "She did not update the tracker [N] times in [period]; on [date], she did not finish reports. What got in the way?"),
    ("Tom has no drive to fix the build and never replies to tickets.",
     "Tom did not reply to tickets [N] times in [period]; on [date], Tom did not fix the build. What got in the way?"),
    ("He has no desire to improve and is always absent.",
     "He was absent [N] times in [period]; on [date], he did not improve. What got in the way?"),
    ("Kim is lazy and always absent on Fridays.",
     "Kim was absent on Fridays [N] times in [period]; on [date], Kim [what Kim did], which [impact]."),
    ("He is sloppy and never on time.",
     "He was not on time [N] times in [period]; on [date], he [what he did], which [impact]."),
    ("She is unreliable, always late and never prepared.",
     "She was late [N] times in [period] and was not prepared [N] times in [period]; on [date], she [what she did], which [impact]."),
    ("She is arrogant and has never asked for help.",
     "She has not asked for help [N] times in [period]; on [date], she [what she did], which [impact]."),
    ("Priya is lazy and will never finish a task.",
     "Priya did not finish a task [N] times in [period]; on [date], Priya [what Priya did], which [impact]."),
    ("He is lazy and always complaining.",
     "He complained [N] times in [period]; on [date], he [what he did], which [impact]."),
    ("She is a slacker and always late.",
     "She was late [N] times in [period]; on [date], she [what she did], which [impact]."),
    ("They are lazy and always late.",
     "They were late [N] times in [period]; on [date], they [what they did], which [impact]."),
    # issue 11: "it is a joy to have him ..." is the writer's experience of working with the person: one
    # prompt for the whole clause, not "it is [what you valued, shown where] him on the team"
    ("Ravi is a reliable worker and it is a joy to have him in the unit.",
     "On [date], Ravi [what Ravi did, and why it stood out] and [what you valued about working with him in the "
     "unit], which [impact]."),
    ("She is a reliable worker and it is a joy to work with her.",
     "On [date], she [what she did, and why it stood out] and [what you valued about working with her], which "
     "[impact]."),
    # the writer's "I value that <name> is ...": the prompt is about the named person, not the writer, and a title
    # inside a prompt is no next role ("for [what he did ...], he still needs to show ...")
    ("He is not ready for the role, but I value that Omar is the anchor of the ward.",
     "Omar [what Omar did as the anchor of the ward, and why it stood out]; on [date], he [what he did], which "
     "[impact]; for the role, he still needs to show [the requirement]."),
    ("I doubt that Omar will advance much further, but I appreciate that he is a great leader of the crew.",
     "I appreciate that he [what he did about the crew, and why it stood out]; on [date], Omar [what Omar did], "
     "which [impact]; for [the next role or level], Omar still needs to show [the requirement]. For example, on "
     "[date] [what happened], which [its effect]. Next step: [agreed action] by [date]; I will [support you will "
     "give] and we will review it on [date]."),
    # a request made as the condition of what the writer withholds: the condition takes the checkable part
    ("I would not put him forward for a raise until he shows more ownership.",
     "I would not put him forward for a raise until he shows more ownership, specifically [what exactly], "
     "measured by [how you will check it]."),
    ("I would not recommend a raise until there is steady progress from the night crew.",
     "I would not recommend a raise until there is steady progress from the night crew, specifically [what "
     "exactly], measured by [how you will check it]."),
    ("I would not recommend him for promotion until visible progress from the night crew.",
     "On [date], he [what he did], which [impact]; for promotion, he still needs to show visible progress from the "
     "night crew, measured by [how you will check it]."),
    # a verdict whose reason is the behavior: that behavior is the one instance asked for
    ("I doubt he has what it takes to run the depot, because he struggles to juggle several orders at once.",
     "On [date], he [what he did to juggle several orders at once, and what you expected instead], which "
     "[impact]. For example, on [date] [what happened], which [its effect]. [A specific thing done well], which "
     "[its effect]. Next step: [agreed action] by [date]; I will [support you will give] and we will review it on "
     "[date]."),
])
def test_each_person_and_each_stance_keeps_its_prompt(linter, text, expected):
    new = fairfeedback.rewrite(text).text
    assert new == expected
    assert not [f for f in linter.lint(new).findings if not f.rule_id.startswith("FF9")], new


@pytest.mark.parametrize(("text", "verb"), [
    ("Ana's lack of willingness to help slowed the release.", "slowed"),
    ("Her arrogance in retros upsets the crew.", "upsets"),
    ("His carelessness with the receipts cost us a supplier.", "cost"),
    ("His passive-aggressive comments in retros make people uneasy.", "makes"),
    ("Her unwillingness to learn the scheduler delayed the rollout.", "delayed"),
])
def test_a_judged_subjects_predicate_reparses_as_the_impact(linter, text, verb):
    """Issue 11: the main verb said of a judged subject is no part of the prompt; filled in as a writer
    would, the rewrite re-parses with the kept verb as a finite verb of its "which" clause."""
    new = fairfeedback.rewrite(text).text
    assert not re.search(rf"\[[^\]]*\b{verb}\b[^\]]*\]", new) and f", which {verb} " in new, new
    filled = re.sub(r"\[what (s?he) did in retros\]", r"shouted in retros", new.replace("On [date]", "On Monday"))
    doc = linter.nlp(filled)
    kept = next(t for t in doc if t.text == verb and doc[t.i - 1].lower_ == "which")
    assert kept.pos_ in ("VERB", "AUX") and kept.tag_ in ("VBD", "VBZ"), [(t.text, t.tag_) for t in doc]


@pytest.mark.parametrize(("text", "subject", "gone"), [
    ("Jo and I are careless with the release notes.", "Jo and I", "careless"),
    ("Sam and I are a bad fit for the team.", "Sam and I", "bad fit"),
    ("Ana and I need to take ownership instead of coasting.", "Ana and I", "coasting"),
    ("Jo and I are lazy and need to improve.", "Jo and I", "lazy"),
])
def test_a_subject_with_the_writer_keeps_the_writer_and_agrees(linter, text, subject, gone):
    new = fairfeedback.rewrite(text).text
    assert subject in new and gone not in new.lower(), new
    assert "[what we " in new, new  # the prompt names them as the writer would
    doc = linter.nlp(new)
    for t in doc:  # no singular verb form on a subject that holds the writer ("Ana and I needs")
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and any(c.dep_ == "conj" and c.text == "I" for c in subj.children):
            assert t.tag_ != "VBZ", new


# Session 12 (issue 11, by class): what the writer meant stays, minus the problem.

def _suggestion(linter, text: str, rule: str | None = None) -> str:
    """The in-place sentence suggestion of the sentence's findings (of ``rule`` when given)."""
    for f in linter.lint(text).findings:
        if rule is None or f.rule_id == rule:
            sug = next((s for s in f.suggestions if s.start is not None), None)
            if sug is not None:
                return sug.text
    raise AssertionError(f"no in-place suggestion for {text!r}")


@pytest.mark.parametrize("text", [
    "Mira needs to get her head in the game very soon.  .",
    "You need to improve your reports soon. . .",
    "Dana must communicate better with the client!  !",
    "He never updates the tickets.  .",
    "You always interrupt people in standup!  !",
])
def test_a_tail_goes_before_a_run_of_end_marks(linter, text):
    """Class 1: a run of end marks is one end mark; the tail never follows a full stop."""
    new = _suggestion(linter, text)
    assert not re.search(r"[.!?]\s*(by \[date\]|\[N\] times|, specifically)", new), new
    assert re.search(r"[^.!?\s][.!?]$", new) and not re.search(r"[.!?]\s+[.!?]", new), new
    assert "[date]" in new or "[N]" in new, new


@pytest.mark.parametrize(("text", "kept"), [
    ("Frankly, there is nothing remarkable or distinctive about Tomas's drafts; for instance, he mostly copies old "
     "layouts and is rarely creative when writing proposals.",
     ["Frankly,", "Tomas's drafts lack", "copies old layouts", "when writing proposals"]),
    ("Honestly, there is nothing impressive or original about her slide decks; she mostly reuses last year's "
     "material and is never proactive about updates.", ["her slide decks lack", "reuses last year's material"]),
    ("There is nothing remarkable about him, and he rarely speaks up.", ["He lacks", "he rarely speaks up"]),
    ("To be honest, there is absolutely nothing creative in her designs.", ["To be honest, her designs lack"]),
])
def test_a_negated_quality_stays_a_criticism(linter, text, kept):
    """Class 2: "nothing remarkable or distinctive about X" says X lacks something: the whole coordination goes
    with the "nothing" (no "or distinctive" left dangling), and no praise prompt takes its place."""
    new = fairfeedback.rewrite(text).text
    for words in kept:
        assert words in new, new
    assert "stood out" not in new and "you valued" not in new, new
    assert not re.search(r"\] (or|and) \w+ (about|in)\b", new), new  # no dangling conjunct
    assert "nothing" not in new.lower(), new


@pytest.mark.parametrize(("text", "about"), [
    ("Frankly, there is nothing remarkable about Tomas's drafts; he mostly copies old layouts and is rarely creative "
     "when writing proposals.", "when writing proposals"),
    ("She is lazy and rarely helpful to the new hires.", ""),
    ("He is rude to clients and seldom friendly to the interns.", ""),
])
def test_praise_under_a_negator_is_no_praise_prompt(linter, text, about):
    """Class 2: a praise word under "rarely", "seldom", "never" or "not" is criticism in the shared rewrite."""
    new = fairfeedback.rewrite(text).text
    assert "stood out" not in new and "you valued" not in new, new
    assert about in new, new


@pytest.mark.parametrize(("text", "counted"), [
    ("He doesn't get any of his tickets closed.", "He closed [N] of his [M] tickets between [date] and [date]."),
    ("She does not get any of her pull requests merged.", "She merged [N] of her [M] pull requests"),
    ("Sam has not closed any of his support tickets this month, which worries the team.",
     "Sam closed [N] of his [M] support tickets this month between [date] and [date], which worries the team."),
    ("None of her reports are finished on time.", "[N] of her [M] reports were finished on time between [date]"),
    ("He is a friendly guy, but he doesn't finish any of his assigned stories.",
     "but he finished [N] of his [M] assigned stories between [date] and [date]."),
    ("He is such a cheerful guy and easy to talk to that I think it hides the fact that he doesn't get any of "
     "his tickets closed.", "hides the fact that he closed [N] of his [M] tickets between [date] and [date]"),
])
def test_an_absolute_over_a_named_set_is_counted_against_it(linter, text, counted):
    """Class 3: "doesn't get any of his tickets closed" keeps the set, its owner and what was (not) done to it."""
    new = _suggestion(linter, text)
    assert counted in new, new
    assert "[did what]" not in new and " any " not in new, new
    filled = new.replace("[N]", "two").replace("[M]", "nine").replace("[date]", "May")
    doc = linter.nlp(filled)
    two = next(t for t in doc if t.text.lower() == "two")
    # what was done to the set is a finite verb: before the count ("closed | two of his nine tickets") or after it
    # ("two of her nine reports | were finished")
    verb = doc[two.i - 1] if two.i > 0 else two.head
    assert verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBN"), [(t.text, t.tag_) for t in doc]


@pytest.mark.parametrize(("text", "role", "current"), [
    ("I think she is well suited to the job she has now - I am not sure how she would handle a team lead role.",
     "a team lead role", "the job she has now"),
    ("I think she is well suited to the job she has now, but I doubt she is ready for a team lead role.",
     "a team lead role", "the job she has now"),
    ("He fits the job he has now; I'm not sure how he would do in a senior engineer role.",
     "a senior engineer role", "the job he has now"),
    ("She fits the job she has today, but I don't know if she can take on a senior role.", "a senior role",
     "the job she has today"),
    ("I think she is perfectly suited to the position that she is in; I'm not sure how she would cope with a "
     "management role.", "a management role", "the position that she is in"),
])
def test_a_doubt_names_the_doubted_role(linter, text, role, current):
    """Class 4: the person fits the role they hold, and the writer doubts another: the readiness prompt names the
    doubted role, and the fit stays as written."""
    new = _suggestion(linter, text)
    assert f"for {role}, " in new and "[the requirement]" in new, new
    assert current in new and f"for {current}" not in new, new
    assert "[what she did]" not in new and "[what he did]" not in new, new


@pytest.mark.parametrize(("text", "kept", "about"), [
    ("She works well alone but doesn't work well with others.", "She works well alone, but ", "with others]"),
    ("He works fast on his own but doesn't work well with other people.", "He works fast on his own, but ", "with other people]"),
    ("Mia is brilliant alone, yet she does not collaborate well with her teammates.", ", but ",
     "with her teammates]"),
])
def test_a_criticism_set_against_praise_keeps_the_contrast_and_the_people(linter, text, kept, about):
    """Class 5: "works well alone but doesn't work well with others" keeps the "but" and "with others"."""
    new = fairfeedback.rewrite(text).text
    assert kept in new and about in new, new
    assert "on his own with" not in new, new  # (the praise's own phrase stays with the praise)
    assert not [f for f in linter.lint(new).findings if not f.rule_id.startswith("FF9")], new


@pytest.mark.parametrize(("text", "kept"), [
    ("however she does show some promise in room for improvement in her writing.", "in her writing"),
    ("Still, she shows real promise in room for improvement on her slide decks.", "on her slide decks"),
])
def test_a_target_joined_to_praise_is_asked_as_a_target(linter, text, kept):
    """Class 6: "shows some promise in room for improvement in her writing" says her writing needs to improve."""
    new = fairfeedback.rewrite(text).text
    assert kept in new and "measured how, by when" in new, new
    assert "stood out" not in new and "promise" not in new, new


@pytest.mark.parametrize(("text", "expected"), [
    ("Her promise is slightly less impressive as she does have room to grow.",
     "Her promise is slightly less impressive as she needs to change [what, measured how, by when]."),
    ("He does have room to grow.", "He needs to change [what, measured how, by when]."),
    ("They do have room to grow.", "They need to change [what, measured how, by when]."),
    ("She shows talent, and she does have room for improvement in her analysis.",
     "She shows talent, and she needs to change [what, measured how, by when] in her analysis."),
])
def test_an_emphatic_room_to_grow_becomes_a_target_with_a_verb(linter, text, expected):
    """Class 7: "does have room to grow" asks what to change, with a verb that agrees ("still needs to
    change"), not the vague phrase with a tail after it nor "does [what to change ...]"."""
    new = _suggestion(linter, text)
    assert new == expected
    assert "room to" not in new and not re.search(r"\bdoe?s? \[", new), new


def _sentence_findings(linter, text: str) -> list:
    return [f for f in linter.lint(text).findings if not f.rule_id.startswith("FF9")]


@pytest.mark.parametrize(("text", "occasion", "kept"), [
    ("She has no interest in running the night shift and lacks the planning skills to lead a crew.",
     "about running the night shift]", "to lead a crew, she still needs to show [which planning skills]"),
    ("He has no interest in managing the budget.", "about managing the budget]", ""),
    ("Omar is not interested in owning the release process.", "about owning the release process]", ""),
    ("Tom lacks the people skills to run a team.", "", "to run a team, Tom still needs to show [which people skills]"),
])
def test_a_denied_interest_or_lacked_skill_stays_denied(linter, text, occasion, kept):
    """Issue 11, class 1: the prompt never says the person did what the writer said they had no interest in
    ("[what she did while running the night shift]"), and the role a lacked skill was for stays. An activity (a
    gerund) is what the person did something about, never an occasion that "came up" ("[what she did when running
    the night shift came up]"); a thing is the occasion."""
    new = fairfeedback.rewrite(text).text
    assert occasion in new and kept in new, new
    assert " while " not in new and "did to " not in new, new
    assert not _sentence_findings(linter, new), new


@pytest.mark.parametrize(("text", "expected"), [
    ("He still has a lot of room to grow.", "He still needs to change [what, measured how, by when]."),
    ("She has plenty of room for improvement.", "She needs to change [what, measured how, by when]."),
    ("She still does have some room to grow.", "She still needs to change [what, measured how, by when]."),
    ("They have lots of room for improvement in their reporting.",
     "They need to change [what, measured how, by when] in their reporting."),
    ("Ines has a lot of room to grow in her analysis.", "Ines needs to change [what, measured how, by when] in her analysis."),
])
def test_a_quantified_room_to_grow_becomes_a_target_with_a_verb(linter, text, expected):
    """Issue 11, class 2: "a lot of / plenty of / some room to grow" asks what to change like the bare form."""
    new = _suggestion(linter, text)
    assert new == expected
    assert not _sentence_findings(linter, new), new


@pytest.mark.parametrize(("text", "kept"), [
    ("Not only is she very capable, she has the potential to turn out even better work as she grows.",
     "as she grows, [how you expect her to turn out even better work, and by when]"),
    ("Not only is he very skilled, he has the potential to run larger projects as he gains experience.",
     "[how you expect him to run larger projects, and by when]"),
    ("Not only are they very capable, they have the potential to deliver much more as they grow.",
     "[how you expect them to deliver much more, and by when]"),
    ("Not only is he very capable, he has the potential to deliver even higher quality work as he matures.",
     "as he matures, [what you expect him to deliver next, and by when]"),  # (no other finding's words kept)
])
def test_a_forecast_keeps_what_it_forecast(linter, text, kept):
    """Issue 11, class 4: the forecast's content stays in the prompt for what comes next."""
    new = _suggestion(linter, text)
    assert kept in new, new
    assert "[what you expect next]" not in new, new


@pytest.mark.parametrize(("text", "role", "kept"), [
    ("He has no future as a team lead.", "for a team lead role, he still needs", ""),
    ("She does well in the job she has now but has no future in a team lead role",
     "for a team lead role, she still needs", "in the job she has now, but on [date], she"),
    ("Priya has no future in management.", "for a management role, Priya still needs", ""),
    ("They have no future as senior engineers here.", "for a senior engineer role, they still need", ""),
])
def test_a_verdict_on_a_future_role_keeps_the_role(linter, text, role, kept):
    """Issue 11, class 5: "no future as a team lead" keeps the role as the step asked about, and nothing garbled."""
    new = _suggestion(linter, text)
    assert role in new and kept in new, new
    assert "[the next role or level]" not in new and "she she" not in new.lower() and "A team lead;" not in new, new
    assert not _sentence_findings(linter, new), new


@pytest.mark.parametrize(("text", "kept"), [
    ("She shows some promise but room for improvement in her writing", "in her writing"),
    ("They show a lot of potential but room for improvement in their testing.", "in their testing"),
    ("Kofi shows real promise yet room for improvement in his estimates.", "in his estimates"),
    ("He shows real promise but room to grow in his estimates.", "in his estimates"),  # (inside another target)
])
def test_a_target_set_against_praise_by_but_is_asked_as_a_target(linter, text, kept):
    """Issue 11, class 6: "some promise but room for improvement in her writing" asks what to change there."""
    new = fairfeedback.rewrite(text).text
    assert kept in new and "measured how, by when" in new, new
    assert "stood out" not in new and "room for" not in new, new


@pytest.mark.parametrize(("text", "counted"), [
    ("There is nothing remarkable about his code and he is always late.", "he was late [N] times"),
    ("There is nothing remarkable about her reports and she constantly interrupts people.",
     "she interrupted people [N] times"),
    ("There was nothing special about their demo and they are always late.", "they were late [N] times"),
])
def test_every_absolute_of_a_sentence_gets_one_rewrite(linter, text, counted):
    """Issue 11, class 7: the shared rewrite of a sentence with "nothing" and a second absolute fixes both."""
    findings = _sentence_findings(linter, text)
    texts = {next(s.text for s in f.suggestions if s.start is not None) for f in findings}
    assert len(texts) == 1, texts
    (new,) = texts
    assert counted in new and "lacks [what exactly" in new or "lack [what exactly" in new, new
    assert not re.search(r"\b(always|constantly|nothing)\b", new), new


@pytest.mark.parametrize(("text", "praise", "counted"), [
    ("He is such a cheerful guy that I think it hides the fact that he doesn't get any of his tickets closed.",
     "He is a cheerful guy (for example,", "he closed [N] of his [M] tickets between [date] and [date]"),
    ("He is such a cheerful guy and so easy to work with that I think it hides the fact that he doesn't get any "
     "of his tickets closed.", "He is a cheerful guy and easy to work with (for example,",
     "he closed [N] of his [M] tickets between [date] and [date]"),
    ("He is such a cheerful guy and easy to talk to that I think it hides the fact that he doesn't get any of "
     "his tickets closed.", "He is a cheerful guy and easy to talk to (for example,",
     "he closed [N] of his [M] tickets between [date] and [date]"),
    ("Marco is such a nice guy that nobody notices he doesn't get any of his tickets closed.",
     "Marco is a nice guy (for example,", "he closed [N] of his [M] tickets"),
    ("She is such a friendly person that I think it hides the fact that she hasn't finished any of her reviews.",
     "She is a friendly person (for example,", "she finished [N] of her [M] reviews"),
    ("He is so friendly that nobody notices he doesn't get any of his tickets closed.",
     "He is friendly (for example,", "he closed [N] of his [M] tickets"),
])
def test_a_such_that_sentence_keeps_its_praise_and_its_criticism(linter, text, praise, counted):
    """Issue 11, class 3: the praise before "such ... that" gets its instance prompt, and the criticism after it
    stays, counted, after ", but": no prompt swallows it and no "that" dangles."""
    new = fairfeedback.rewrite(text).text
    first = new.split(". For example")[0]
    assert first.startswith(praise) and counted in first, new
    assert "), but " in first and " such " not in first and "with that" not in first and "to that" not in first, new
    assert not _sentence_findings(linter, new), new


@pytest.mark.parametrize(("text", "kept"), [
    ("We have tried coaching him and there hasn't been any progress.", "We have tried coaching him, and his"),
    ("I have tried mentoring her and there hasn't been any improvement.", "I have tried mentoring her, and her"),
    ("We gave them three sprints, but there has not been any progress on the migration.",
     "We gave them three sprints, but their"),
])
def test_a_writers_no_progress_clause_keeps_the_writer_and_asks_for_the_measure(linter, text, kept):
    """No "[Name]" before the writer's own clause, no count tail on "there has been": the measure that
    did not change, over a period."""
    new = fairfeedback.rewrite(text).text
    assert new.startswith(kept) and "[Name]" not in new and "[N] times" not in new, new
    assert "[which measure]" in new and "not improved" in new and "between [date] and [date]" in new, new
    assert not _sentence_findings(linter, new), new


@pytest.mark.parametrize(("text", "claims"), [
    ("Her reports are always among the best of the unit, and she is liked by everyone.",
     ("among the best of the unit (for example, [which report", "she is liked by everyone ([who said so")),
    ("His designs are always among the strongest in the team, and he is respected by everyone.",
     ("among the strongest in the team (for example, [which design", "he is respected by everyone ([who")),
    ("She is admired by everyone on the floor.", ("She is admired by everyone on the floor ([who said so",)),
])
def test_a_ranking_or_shared_opinion_keeps_its_claim_and_asks_for_an_instance(linter, text, claims):
    new = fairfeedback.rewrite(text).text
    assert all(c in new for c in claims) and " always " not in new, new
    assert not _sentence_findings(linter, new), new


@pytest.mark.parametrize(("text", "kept"), [
    ("He is a solid middle of the pack analyst with the potential to grow with time.",
     "He is an analyst with the potential to grow with time; on [date], he [what he did]"),
    ("She is a middle of the pack engineer.", "She is an engineer; on [date], she [what she did]"),
    ("He is a run of the mill developer with decent habits.", "He is a developer with decent habits; on [date]"),
])
def test_an_idiom_before_a_noun_is_never_cut_in_its_middle(linter, text, kept):
    new = fairfeedback.rewrite(text).text
    assert new.startswith(kept) and "about the" not in new and " of the " not in new, new
    assert not _sentence_findings(linter, new), new


@pytest.mark.parametrize(("text", "point"), [
    ("His only redeeming quality is that when he is focused, he can write good code.",
     "When he is focused, he can write good code (for example, [what happened] on [date])"),
    ("Her only redeeming quality is that she shows up on time.", "She shows up on time (for example,"),
    ("His only redeeming feature is that he answers tickets quickly when he is not distracted.",
     "He answers tickets quickly when he is not distracted (for example,"),
])
def test_a_put_down_frame_goes_and_its_point_stays(linter, text, point):
    new = fairfeedback.rewrite(text).text
    assert new.startswith(point) and "redeeming" not in new and "only" not in new.lower(), new
    assert "[what gets in the way the rest of the time]" in new, new
    assert not _sentence_findings(linter, new), new


# Session 17 (issue 11): classes from a fresh sample of real-train pairs (seed 18), each tested on made-up sentences.

def _one_rewrite(linter, text: str) -> str:
    """The one rewrite every sentence finding of ``text`` offers."""
    offers = {next(s.text for s in f.suggestions if s.start is not None)
              for f in linter.lint(text).findings if not f.rule_id.startswith("FF9")}
    assert len(offers) == 1, offers
    return offers.pop()


@pytest.mark.parametrize(("text", "counted"), [
    ("Tariq is so cheerful that I think it hides the fact that he doesn't get any of his paperwork done.",
     "he finished [how much] of his paperwork between [date] and [date]"),
    ("Tariq doesn't get any of his work done.", "Tariq finished [how much] of his work between [date] and [date]"),
    ("Wen never gets any of her audits done.", "Wen got [N] of her [M] audits done between [date] and [date]"),
    ("He doesn't get any of his tickets closed.", "He closed [N] of his [M] tickets between [date] and [date]"),
])
def test_a_set_never_got_done_is_counted_with_a_verb_and_a_mass_noun_is_measured(linter, text, counted):
    """"get any of X done" reads "finished", never "she done [N] of ..."; a mass noun ("work", "paperwork")
    is asked as "[how much] of", never "[N] of her [M] work"."""
    new = _one_rewrite(linter, text)
    assert counted in new and " done [N]" not in new and "[M] work" not in new and "[M] paperwork" not in new, new


@pytest.mark.parametrize(("text", "point"), [
    ("His only redeeming feature is his punctuality.", "His punctuality is a strength (for example, "),
    ("Her only redeeming quality is her neat handwriting on the whiteboard.",
     "Her neat handwriting on the whiteboard is a strength (for example, "),
])
def test_a_put_down_frame_over_a_noun_keeps_the_noun_as_the_point(linter, text, point):
    """"only redeeming feature is <noun>": the noun is the point with a verb of its own, never dropped for
    "On [date], he [what happened]"."""
    new = _one_rewrite(linter, text)
    assert new.startswith(point) and "redeeming" not in new and "only" not in new.lower(), new
    assert new.endswith("[what gets in the way the rest of the time]."), new


@pytest.mark.parametrize(("text", "person"), [
    ("We are so glad to have Nora on the team, she is a fantastic analyst.",
     "Nora [what Nora did on the team, and why it stood out]"),
    ("We are lucky to have her with us and she is a great mentor.", "She [what she did with us, and why it stood out]"),
])
def test_the_writers_gladness_beside_praise_becomes_a_prompt_about_the_person(linter, text, person):
    """The writer's own "glad to have X" beside flagged praise: a clause about the person, never
    "We are [what you valued, shown where] on the team"."""
    new = _one_rewrite(linter, text)
    assert new.startswith(person) and "We are [" not in new and "We are" not in new, new


@pytest.mark.parametrize(("text", "who"), [
    ("My colleague Ivo is very supportive in the office and is overall a wonderful boss.",
     "On [date], my colleague Ivo [what Ivo did"),
    ("My colleague, Ivo Brandt is very supportive in the office and is overall a wonderful boss.",
     "My colleague, Ivo Brandt [what Ivo Brandt did"),
    ("My manager is lazy.", "On [date], my manager [what my manager did]"),
])
def test_a_person_named_after_my_is_the_person_not_the_writer(linter, text, who):
    """"My colleague Ivo ..." is about Ivo: never "[what I did ...]", and "my" stays lower case inside."""
    new = _one_rewrite(linter, text)
    assert new.startswith(who) and "[what I did" not in new, new


@pytest.mark.parametrize(("text", "kept"), [
    ("Jun brings nothing useful to the retros and always interrupts the facilitator.",
     "Jun brings [what exactly, shown where] to the retros and interrupted the facilitator [N] times in [period]."),
])
def test_a_nothing_clause_keeps_what_it_was_about_and_the_next_absolute_is_counted(linter, text, kept):
    new = _one_rewrite(linter, text)
    assert new == kept, new


@pytest.mark.parametrize(("text", "kept"), [
    ("Requires constant supervision.", "[Name] required supervision [N] times in [period]."),
    ("He needs constant reminders to file his reports.", "He needed reminders to file his reports [N] times in [period]."),
    ("She requires constant supervision.", "She required supervision [N] times in [period]."),
])
def test_a_frequency_adjective_goes_and_its_noun_stays(linter, text, kept):
    """"constant supervision": the count replaces "constant", and what was needed stays (never "[Name] needed [N]
    times")."""
    assert _one_rewrite(linter, text) == kept


@pytest.mark.parametrize(("text", "tail"), [
    ("Kofi has limited potential as a lead.", "; for a lead role, Kofi still needs to show [the requirement]."),
    ("Bea has no future as a manager.", "; for a manager role, Bea still needs to show [the requirement]."),
])
def test_a_role_not_yet_held_is_not_where_the_person_acted(linter, text, tail):
    """"limited potential as a lead": the instance asks what the person did, not "[what Kofi did as a lead]", and
    the step reads as a role."""
    new = _one_rewrite(linter, text)
    assert new.endswith(tail) and " as a lead]" not in new and " as a manager]" not in new, new


@pytest.mark.parametrize("text", [
    "Tomas is a lazy welder and has not sped up since he joined the crew.",
    "Tomas is a weak welder and has not sped up since he joined the crew.",
])
def test_a_clause_inside_a_kept_clause_is_not_kept_again(linter, text):
    new = _one_rewrite(linter, text)
    assert new.count("joined the crew") == 1 and "has not sped up since he joined the crew" in new, new


@pytest.mark.parametrize("text", [
    "Though Rik did improve on his filing, there was not much else for him to improve upon.",
    "To me Rik is unlikely to improve any more and his output is his peak.",
])
def test_a_prompt_keeps_no_stranded_preposition_or_degree_word(linter, text):
    new = _one_rewrite(linter, text)
    assert " upon]" not in new and "any more]" not in new and "about any" not in new, new


@pytest.mark.parametrize(("text", "habit", "instance"), [
    ("Ravi is a very capable fitter and always turns out excellent work.",
     "Ravi always turns out [which work, and what you valued in it]; ", "on [date], Ravi [what Ravi did as a fitter"),
    ("He is a very steady worker and usually delivers quality work.",
     "He usually delivers [which work, and what you valued in it]; ", "on [date], he [what he did"),
])
def test_a_habit_beside_praise_is_said_apart_from_the_dated_instance(linter, text, habit, instance):
    """Not "On [date], Ravi [...] and always produces [...]": the habit in the present, then the instance."""
    new = _one_rewrite(linter, text)
    assert new.startswith(habit) and instance in new and new.endswith(", which [impact]."), new
    assert not _sentence_findings(linter, new) or all(f.category.value.startswith("vague")
                                                      for f in _sentence_findings(linter, new)), new


@pytest.mark.parametrize(("text", "kept"), [
    ("Darius is a solid teammate who consistently turns in acceptable work.",
     "Darius consistently turns in [which work, and what you valued in it]; on [date], Darius [what Darius did"),
])
def test_a_habit_in_a_relative_clause_beside_praise_is_said_apart(linter, text, kept):
    assert _one_rewrite(linter, text).startswith(kept)


@pytest.mark.parametrize(("text", "counted"), [
    ("He does not try to grow, and has ignored every piece of advice given to him by peers.",
     "He has ignored a piece of advice given to him by peers [N] times in [period]; on [date], he [what he did to grow]"),
])
def test_an_every_beside_a_denied_effort_is_counted_in_its_own_clause(linter, text, counted):
    """Never "does not tried to grow": the "every" is counted on its own verb, and the effort asks what happened."""
    new = _one_rewrite(linter, text)
    assert new.startswith(counted) and " every " not in new and "does not tried" not in new, new


def test_an_occasion_prompt_never_holds_another_prompt(linter):
    new = _one_rewrite(linter, "She is superb at what she does but doesn't show much interest in promotion within the firm.")
    assert not re.search(r"\[[^\]]*\[", new), new
    assert "[what she did when promotion within the firm came up]" in new, new


@pytest.mark.parametrize("text", [
    "Odo is one of the sloppiest engineers I have ever had the misfortune of working with.",
])
def test_a_shaming_prompt_is_not_about_the_writers_own_phrase(linter, text):
    new = _one_rewrite(linter, text)
    assert "misfortune" not in new and "working with]" not in new and "[what happened]" in new, new


def test_the_writers_gladness_after_praise_of_the_same_person_is_said_once(linter):
    new = _one_rewrite(linter, "Still, she is a vital part of the crew and we are really glad to have her.")
    assert new == "Still, she [what she did for the crew, and why it stood out].", new


@pytest.mark.parametrize(("text", "kept"), [
    ("Omar is a run of the mill courier with room to grow.",
     "Omar is a courier who still needs to change [what, measured how, by when]; on [date], Omar [what Omar did]"),
    ("She is a middle of the pack engineer with a lot of room for improvement.",
     "She is an engineer who still needs to change [what, measured how, by when]; on [date], she [what she did]"),
])
def test_an_idiom_before_a_noun_with_room_to_grow_keeps_the_noun_and_asks_for_the_target(linter, text, kept):
    new = _one_rewrite(linter, text)
    assert new.startswith(kept) and "of the road" not in new and "of the pack" not in new, new


@pytest.mark.parametrize(("text", "kept"), [
    ("Not only is she talented, she is also a kind mentor to the juniors.",
     "She [what she did, and why it stood out], and she [what she did as a mentor to the juniors, and why it stood out]."),
    ("Not only is Rui a fast learner, he is also a superb coach.",
     "Rui [what Rui did, and why it stood out], and he [what he did as a coach, and why it stood out]."),
])
def test_a_not_only_frame_of_praise_is_said_in_the_plain_order(linter, text, kept):
    """Never "Not only [did what, ...], she ..." nor "Not only is he [what you valued, shown where]"."""
    assert _one_rewrite(linter, text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("Lars routinely forgets the checklist and leaves the van unlocked.",
     "Lars forgot the checklist and left the van unlocked [N] times in [period]."),
    ("Mo always shows up late and then blames the traffic.",
     "Mo showed up late and then blamed the traffic [N] times in [period]."),
    ("Ilse never calls back or answers her email.", "Ilse did not call back or answer her email [N] times in [period]."),
    ("Tom always is late and misses the bus.", "Tom was late and missed the bus [N] times in [period]."),
])
def test_verbs_coordinated_with_a_counted_verb_share_its_tense(linter, text, kept):
    """Never "missed deadlines and comes in late [N] times": every verb of the counted clause is told in the past."""
    assert _one_rewrite(linter, text) == kept


def test_what_a_person_can_be_relied_on_to_do_stays_in_the_prompt(linter):
    """Not "[which strengths, shown how] to close the books", nor a prompt with the task hanging after it."""
    new = _one_rewrite(linter, "Priya does great work and can always be relied on to close the books.")
    assert new == ("Priya does [which work, and what you valued in it] and [what Priya did to close the books, "
                   "and why it stood out]."), new


@pytest.mark.parametrize(("text", "kept"), [
    ("Pia is skilled, but nothing more.",
     "Pia [what Pia did, and why it stood out]; beyond that, Pia still needs to show [the work you want next, "
     "measured how, by when]."),
    ("She is a decent analyst and nothing more.",
     "She is a decent analyst (for example, [what happened] on [date]); beyond that, she still needs to show "
     "[the work you want next, measured how, by when]."),
])
def test_faint_praise_keeps_the_strength_and_names_the_gap(linter, text, kept):
    """The praise stays praise (never "On [date], Pia [what happened], and [its effect]"); only the put-down goes."""
    assert _one_rewrite(linter, text) == kept


@pytest.mark.parametrize(("text", "tail"), [
    ("I think that if Mara stays with the firm and finds her niche, she could really help take this office to a "
     "higher level.", "to a higher level (based on [what she has done so far that shows it])."),
    ("Omar will make an excellent team lead.",
     "Omar will make an excellent team lead (specifically, [what Omar needs to show, and by when])."),
])
def test_praise_forecast_on_a_condition_asks_for_evidence_not_an_instance(linter, text, tail):
    """A forecast is not framed as done ("(for example, [what happened] on [date], ...)"), also when the parser took
    the role noun for a verb ("team | lead")."""
    new = _one_rewrite(linter, text)
    assert new.endswith(tail) and "[what happened]" not in new, new


@pytest.mark.parametrize(("text", "kept"), [
    ("Ana can't file the most basic expense claim.",
     "On [date], Ana could not file [which expense claim], and [its effect]; next time, [what you need]."),
    ("Yesterday Ana failed to complete even the easiest tickets in the queue.",
     "Yesterday Ana did not complete [which tickets] in the queue, and [its effect]; next time, [what you need]."),
    ("Lucas struggles with some of the easiest jobs, like labeling and restocking.",
     "On [date], Lucas struggled with [which jobs], like labeling and restocking, and [its effect]; next time, "
     "[what you need]."),
    ("Ms. Ortiz has been rude to patients and failed to log even the simplest readings on her shift.",
     "On [date], Ms. Ortiz [what Ms. Ortiz said or did to patients] and did not log [which readings] on her shift, "
     "and [its effect]; next time, [what you need]."),
])
def test_a_dig_at_how_easy_the_undone_work_was_keeps_the_fact(linter, text, kept):
    """The superlative of ease goes and asks which ones; a verdict in a clause beside it asks what was said or done."""
    new = _one_rewrite(linter, text)
    assert new == kept and "simplest" not in new and "basic" not in new, new


def test_the_second_half_of_an_as_comparison_is_no_fact_of_its_own(linter):
    new = _one_rewrite(linter, "Ravi has limited potential here because he is not putting in as much effort as we "
                               "would like.")
    """"as we would like" completes "as much effort": never kept as a clause of its own ("We would like; on [date], ...")."""
    assert new.startswith("On [date], Ravi [what Ravi did]") and "We would like" not in new, new


@pytest.mark.parametrize(("text", "kept"), [
    ("Bea makes the same errors again and again.", "Bea made the same errors [N] times in [period]."),
    ("They repeat the same slips time after time, despite weekly reviews with the lead.",
     "They repeated the same slips [N] times in [period], despite weekly reviews with the lead."),
])
def test_the_same_thing_again_keeps_the_thing_and_counts_the_repetition(linter, text, kept):
    """The count replaces "again and again" / "time after time", never the noun with them ("Bea made the and again");
    a concession ("despite ...") stays after the count."""
    assert _one_rewrite(linter, text) == kept


def test_the_persons_own_work_is_no_task_of_the_prompt(linter):
    """"superb at what she does" names no task: the prompt is "[what Oona did, ...]", not "[... at what she does ...]"."""
    new = _one_rewrite(linter, "Oona is superb at what she does, yet shows little appetite for promotion.")
    assert "at what she does" not in new and new.startswith("Oona [what Oona did, and why it stood out]; on [date]"), new


def test_a_praise_word_beside_an_adverb_goes_with_its_and(linter):
    """"respond quickly and smart": not "quickly and [what you valued, shown where]"."""
    new = _one_rewrite(linter, "Kai is a superb colleague who can read a room and respond quickly and smart.")
    assert new.endswith("and can read a room and respond quickly, which [impact]."), new


@pytest.mark.parametrize(("text", "tail"), [
    ("Lena can be a real asset if she plans ahead.", "(based on [what she has done so far that shows it])."),
    ("Sol can be a great asset if he pulls his socks up.",
     "Sol [what Sol would then do] if he [what he will change, measured how, by when]."),
])
def test_praise_under_can_with_a_condition_is_a_forecast(linter, text, tail):
    """"can be ... if ..." promises an outcome: never "...: [what exactly was good, and what it changed]"."""
    new = _one_rewrite(linter, text)
    assert new.endswith(tail) and "what exactly was good" not in new, new


def test_what_a_reason_beside_the_verdict_was_about_stays_in_the_prompt(linter):
    """"given her lack of drive toward long-term goals": the prompt keeps what the drive was toward, though that
    judgment names the person only by "her" (never "[what Lea did]" with the goals gone)."""
    new = _one_rewrite(linter, "Lea has little future here, given her lack of drive toward long-term goals.")
    assert new.startswith("On [date], Lea [what Lea did toward long-term goals], which [impact]"), new


def test_the_writers_this_worker_is_the_person_not_a_task(linter):
    """"for | this worker": the person the review is about, not "[what they did about this worker ...]"."""
    new = _one_rewrite(linter, "There may not be much future for this worker, given their lack of drive toward "
                               "long-term goals.")
    assert new.startswith("On [date], they [what they did toward long-term goals], which [impact]"), new


# Session 19 (issue 11): classes left over at the end of session 18, each on made-up sentences.

@pytest.mark.parametrize(("text", "kept"), [
    ("If Rhea can tighten things up and stay calm with vendors, she will be a strong lead.",
     "If Rhea can [change what, measured how, by when] and stay calm with vendors, she will be a strong lead"),
    ("If Rhea can tighten things up, and keep her cool with vendors, she will be a strong lead.",
     "If Rhea can [change what, measured how, by when], and keep her cool with vendors, she will be a strong lead"),
])
def test_a_verb_coordinated_in_a_condition_keeps_the_shared_modal(linter, text, kept):
    """"can tighten things up and stay calm": the prompt for the change keeps "can", which "stay" still leans on
    (not "If Rhea [what Rhea will change, ...] and stay calm ...")."""
    new = _one_rewrite(linter, text)
    assert new.startswith(kept) and "will change" not in new, new


@pytest.mark.parametrize(("text", "kept"), [
    ("Needs guidance to build skills.",
     "[Name] needs [what guidance] to build [which skills] by [date], measured by [how you will check it]."),
    ("Has potential, needs encouragement.",
     "[Name] has potential (based on [what they have done so far that shows it]) and needs [what encouragement] by "
     "[date], measured by [how you will check it]."),
])
def test_a_verbless_request_of_stacked_targets_keeps_their_words(linter, text, kept):
    """Two targets on one verbless request keep their verbs and nouns, each noun asked which (not "[What to change]
    by [date], ..."); a rewrite that is linted again finds nothing."""
    new = _one_rewrite(linter, text)
    assert new == kept, new
    assert not [f for f in linter.lint(new).findings if not f.rule_id.startswith("FF9")], new


def test_a_denied_interest_in_an_activity_asks_what_was_done_about_it(linter):
    new = _one_rewrite(linter, "Pavel shows no interest in learning the new payroll tool.")
    assert "[what Pavel did about learning the new payroll tool]" in new and "came up" not in new, new


@pytest.mark.parametrize(("text", "kept"), [
    ("Not a bad welder, but no future foreman.",
     "[Name] [what they did well as a welder, and why it stood out]; for a foreman role, they still need to show "
     "[the requirement]."),
    ("Decent enough, but not a future team lead.",
     "[Name] [what they did well, and why it stood out]; for a team lead role, they still need to show [the "
     "requirement]."),
])
def test_mild_praise_beside_a_doubt_about_the_future_stays(linter, text, kept):
    """The praise is the writer's too (not "On [date], [name] [what they did], which [impact]"), and the role
    doubted stays as the step (not "[the next role or level]")."""
    assert _one_rewrite(linter, text) == kept


@pytest.mark.parametrize(("text", "prompt"), [
    ("Lena is reluctant to go that extra mile with her clients.", "[what Lena did with her clients]"),
    ("Omar is unwilling to pull his weight during the audit.", "[what Omar did during the audit]"),
])
def test_an_idiom_is_no_object_of_what_the_person_did(linter, text, prompt):
    """"go that extra mile", "pull his weight", "step up to the plate": the prompt keeps what follows the idiom, never
    the idiom read literally ("[what Lena did to go that extra mile ...]", "[what Ben did to the plate]")."""
    new = _one_rewrite(linter, text)
    assert prompt in new and "mile" not in new and "weight" not in new, new


def test_an_idiom_phrase_of_a_prompt_goes():
    from fairfeedback.rewriting.idioms import without_idiom

    assert without_idiom("on the ball with her invoices") == "with her invoices"
    assert without_idiom("stepped up to the plate") == ""
    assert without_idiom("on the night shift") == "on the night shift"


def test_what_a_lacked_skill_got_in_the_way_of_is_the_impact(linter):
    """"skills that hinder his capacity to ... and get his ideas across": the writer's impact, in the past, never
    a clause of its own ("He get his ideas across; ...")."""
    new = _one_rewrite(linter, "Raj lacks some core drafting skills that hinder his capacity to fit in with the crew "
                               "and get his ideas across.")
    assert new.endswith(", which hindered his capacity to fit in with the crew and get his ideas across."), new
    assert "get his ideas across;" not in new, new


def test_a_relative_clause_of_the_judged_noun_is_kept_as_observed(linter):
    new = _one_rewrite(linter, "Tom is a lazy clerk who leaves his filing for others.")
    assert new.startswith("Tom leaves his filing for others; on [date], "), new


@pytest.mark.parametrize(("text", "kept"), [
    ("I am confident Theo will be able to deliver excellent results next year.",
     "I am confident Theo will be able to deliver excellent results next year (based on [what Theo has done so far "
     "that shows it])."),
    ("Given time, Ada may show her best work yet.",
     "Given time, Ada may show her best work yet (based on [what Ada has done so far that shows it])."),
    ("Nia will excel wherever she is posted and always gives it her all.",
     "Nia will excel wherever she is posted and always gives it her all (based on [what she has done so far that "
     "shows it])."),
])
def test_praise_of_a_deed_under_will_asks_for_the_evidence(linter, text, kept):
    """"will excel", "will be able to deliver excellent results": a forecast, not an instance ("(for example, [what
    happened] on [date], ...)"); a habit coordinated with it stays as written."""
    assert _one_rewrite(linter, text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("What bothers me most is his attitude to the night crew.",
     "What bothers me most is [what he did that showed his attitude to the night crew, and when], which [impact]."),
    ("For now Wen is not showing the qualities we want in a buyer.",
     "For now, Wen [what Wen did that fell short of what we want in a buyer, and when], which [impact]."),
    ("As things stand, Ode is not showing the qualities that we want in a buyer.",
     "As things stand, Ode [what Ode did that fell short of what we want in a buyer, and when], which [impact]."),
    ("He does not yet have the maturity we expect of a shift manager.",
     "On [date], he [what he did that fell short of the maturity we expect of a shift manager], which [impact]."),
])
def test_a_quality_verdict_keeps_the_quality_and_the_role(linter, text, kept):
    """FF110: the writer's concern, the quality and the role it is measured against stay in the prompt; the verdict
    becomes a question (before: "On [date], he [what he did], which [impact]." for each)."""
    assert _one_rewrite(linter, text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("We truly commend him.", "We truly commend him for [what he did, and when], which [impact]."),
    ("We have every confidence in them.",
     "We have every confidence in them (based on [what they have done so far that shows it])."),
])
def test_the_writers_praise_asks_what_for_or_what_it_rests_on(linter, text, kept):
    """FF312: praise is given for something, trust rests on what the person has done; the writer's words stay."""
    assert _one_rewrite(linter, text) == kept


@pytest.mark.parametrize("text", ["Bruno could lead the depot one day.", "Yara has untapped potential.",
                                  "I think Ilse has untapped potential."])
def test_a_forecast_of_rising_asks_for_the_evidence(linter, text):
    """FF308: a forecast ("could lead one day", "untapped potential") asks what it rests on, not for an instance of
    what has not happened."""
    new = _one_rewrite(linter, text)
    assert new.startswith(text.rstrip(".")) and "done so far that shows it])" in new, new
    assert "for example" not in new, new


def test_praise_of_promise_beside_room_to_grow_stays(linter):
    new = _one_rewrite(linter, "Noor shows a bit of promise but has room to grow in her costing.")
    assert new == ("Noor shows some promise (based on [what she has done so far that shows it]) but needs to change "
                   "[what, measured how, by when] in her costing."), new


def test_praise_before_a_spliced_however_stays(linter):
    new = _one_rewrite(linter, "Aldo has the stamina for night work, however he lacks focus.")
    assert new.startswith("Aldo has the stamina for night work; on [date], he ["), new


def test_a_name_after_an_opening_however_is_kept(linter):
    new = _one_rewrite(linter, "However, Raj is careless with the stock counts.")
    assert new.startswith("On [date], Raj [what Raj did with the stock counts]"), new
