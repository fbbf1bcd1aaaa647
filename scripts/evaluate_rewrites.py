#!/usr/bin/env python3
"""How well the rewrites keep what the writer said (issue 11), on whole reviews.

    python scripts/evaluate_rewrites.py --real dev       # labeled real reviews (text rebuilt from the pool)
    python scripts/evaluate_rewrites.py                  # the self-written review corpora

Figures:
- retention: share of the sentence's content words (nouns, names, numbers, verbs other than be/have/do,
  outside every flagged span) that a sentence suggestion keeps; mean, and share of suggestions under 0.5;
- re-lint: findings left after `rewrite` of the whole review, as a share of the original findings, and
  findings of rules the original did not have;
- contradictions: sentences with several findings where a suggestion keeps words another finding flags
  (and, apart, those where the kept words are not a vague finding's, whose rewrite keeps them by design);
- distinct: for each rule, distinct flagged phrases that get distinct suggestions.
Only figures are printed (no review text) unless --show N asks for N before/after pairs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

_SKIP_LEMMAS = {"be", "have", "do", "will", "would", "can", "could", "should", "may", "might", "must"}


def reviews(real: str | None) -> list[str]:
    if real:
        import real_reviews

        return [r["text"] for r in real_reviews.load("reviews", (real,))]
    out = []
    for path in sorted((ROOT / "tests" / "corpus").glob("documents-*.jsonl")):
        out += [json.loads(x)["text"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return out


def content_words(doc, a: int, b: int, flagged: list[tuple[int, int]]) -> set[str]:
    words = set()
    for t in doc:
        if not (a <= t.idx < b) or any(x <= t.idx < y for x, y in flagged):
            continue
        if t.pos_ in ("NOUN", "PROPN", "NUM") or (t.pos_ == "VERB" and t.lemma_ not in _SKIP_LEMMAS):
            words.add(t.lower_)
    return words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--real", choices=["train", "dev"], help="labeled real reviews of this split (never test)")
    ap.add_argument("--show", type=int, default=0, help="print N random before/after sentence pairs")
    ap.add_argument("--seed", type=int, default=0, help="with --show: seed of the random sample (0 gives the sample earlier notes read)")
    ap.add_argument("--low", action="store_true", help="with --show: only pairs that keep under half the content words")
    args = ap.parse_args()
    import fairfeedback

    linter = fairfeedback.Linter()
    nlp = linter.nlp
    texts = reviews(args.real)
    retention: list[float] = []
    pairs: list[tuple[str, str, str]] = []
    before = after = new_rules = 0
    contradicting = contradicting_strong = multi = 0
    by_rule: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for text, report in zip(texts, linter.lint_many(texts)):
        doc = nlp(text)
        sentence = [f for f in report.findings if not f.rule_id.startswith("FF9")]
        flagged = [(f.start, f.end) for f in sentence]
        per_sentence: dict[tuple[int, int], list] = defaultdict(list)
        for f in sentence:
            per_sentence[(f.sentence_start, f.sentence_end)].append(f)
            s = next((s for s in f.suggestions if s.start is not None), None)
            if s is None:
                continue
            by_rule[f.rule_id][f.match.lower()].add(s.text)
            if not s.text:
                continue  # a removal keeps nothing on purpose
            words = content_words(doc, s.start, s.end, flagged)
            share = 1.0
            if words:
                share = len({w for w in words if w in s.text.lower()}) / len(words)
                retention.append(share)
            if share < 0.5 or not args.low:
                pairs.append((f.rule_id, text[s.start:s.end], s.text))
        for group in per_sentence.values():
            if len(group) < 2:
                continue
            multi += 1
            texts_ = [next((s.text for s in f.suggestions if s.start is not None), None) for f in group]
            if any(t and any(g.match.lower() in t.lower() for g in group if g is not f)
                   for f, t in zip(group, texts_)):
                contradicting += 1
            # vague rewrites keep their words on purpose (the example or deadline they add is the fix)
            if any(t and any(g.match.lower() in t.lower() for g in group
                             if g is not f and not g.category.value.startswith("vague"))
                   for f, t in zip(group, texts_)):
                contradicting_strong += 1
        rewritten = fairfeedback.rewrite(text).text
        again = linter.lint(rewritten).findings
        before += len(report.findings)
        after += len(again)
        new_rules += len({f.rule_id for f in again} - {f.rule_id for f in report.findings})
    n = len(retention)
    print(f"{len(texts)} reviews, {n} sentence suggestions")
    print(f"retention: mean {sum(retention) / max(1, n):.2f}; under 0.5: {sum(r < 0.5 for r in retention) / max(1, n):.0%}")
    print(f"re-lint after rewrite: {after} of {before} findings remain ({after / max(1, before):.0%}); "
          f"{new_rules} new rules fired")
    print(f"contradictions: {contradicting} of {multi} sentences with several findings "
          f"({contradicting_strong} keeping words of a non-vague finding)")
    phrases = [(rule, len(sugg)) for rule, d in by_rule.items() for sugg in d.values()]
    distinct = [len({next(iter(v)) for v in d.values()}) / len(d) for d in by_rule.values() if len(d) > 1]
    print(f"distinct suggestions per distinct phrase (rules with 2+ phrases): {sum(distinct) / max(1, len(distinct)):.2f}"
          f" over {len(distinct)} rules, {len(phrases)} phrases")
    random.seed(args.seed)
    for rule, old, new in random.sample(pairs, min(args.show, len(pairs))):
        print(f"\n[{rule}] {old}\n   -> {new}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
