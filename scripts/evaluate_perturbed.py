#!/usr/bin/env python3
"""How much the figures move when the same sentences are written another way.

Usage:
    python scripts/evaluate_perturbed.py --real train [--no-scorer]
    python scripts/evaluate_perturbed.py FILE.jsonl          # any labeled set ({"text", "labels"})

Real writing differs from the sentences the rules were tuned on in ways that keep the meaning
and the labels: typed in lower case, without a final stop, after a form's label ("Comments:")
or a list number, with the subject left out, said to the person ("you") or of "they", with a
"not" contracted or written out.  Each perturbation below rewrites the sentences it applies to,
and the table compares recall and false alarms on fine sentences on exactly those sentences,
as written and as rewritten.  A drop is a class of real text the linter misreads; it is
measured here, never tuned on the sentences themselves (real test is not allowed).
Nothing is written to disk.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import load  # noqa: E402

from fairfeedback import Linter  # noqa: E402
from fairfeedback.config import Config  # noqa: E402

_DOC_CHECKS = {"missing-example", "missing-next-step", "unbalanced"}
_SUBJ = ("nsubj", "nsubjpass")
_CONTRACT = {"does not": "doesn't", "do not": "don't", "did not": "didn't", "is not": "isn't", "was not": "wasn't",
             "are not": "aren't", "cannot": "can't", "will not": "won't", "has not": "hasn't", "have not": "haven't"}
_EXPAND = {v: k for k, v in _CONTRACT.items()}
_AGREE = {"is": "are", "was": "were", "has": "have", "does": "do", "'s": "'re", "isn't": "aren't", "wasn't": "weren't"}


def _swap(table: dict[str, str]) -> Callable[[str], str | None]:
    rx = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")\b", re.I)

    def apply(text: str) -> str | None:
        if not rx.search(text):
            return None
        return rx.sub(lambda m: (lambda v: v[0].upper() + v[1:] if m.group(0)[0].isupper() else v)(
            table[m.group(0).lower()]), text)

    return apply


def _prefix(p: str) -> Callable[[str], str | None]:
    return lambda text: p + text


def _person(nlp, pronoun: str, possessive: str, obj: str) -> Callable[[str], str | None]:
    """He/she as the subject -> ``pronoun``, with the verbs agreeing; his/her/him -> the others."""

    def apply(text: str) -> str | None:
        doc = nlp(text)
        if not any(t.dep_ in _SUBJ and t.lower_ in ("he", "she") for t in doc) or any(
                t.lower_ in ("they", "them", "you") for t in doc):
            return None
        out = []
        for t in doc:
            w, low = t.text, t.lower_
            said_of = any(c.dep_ in _SUBJ and c.lower_ in ("he", "she") for c in t.children) or (
                t.dep_ in ("aux", "auxpass") and any(c.dep_ in _SUBJ and c.lower_ in ("he", "she") for c in t.head.children))
            if low in ("he", "she") and t.dep_ in _SUBJ:
                w = pronoun
            elif low == "his" or (low == "her" and t.tag_ == "PRP$"):
                w = possessive
            elif low in ("him", "her"):
                w = obj
            elif said_of and low in _AGREE:
                w = _AGREE[low]
            elif said_of and t.tag_ == "VBZ":
                w = t.lemma_
            if t.i == 0 or doc[t.i - 1].text in (".", "!", "?"):
                w = w[:1].upper() + w[1:]
            out.append(w + t.whitespace_)
        return "".join(out)

    return apply


def _drop_subject(nlp) -> Callable[[str], str | None]:
    def apply(text: str) -> str | None:
        doc = nlp(text)
        if len(doc) < 3 or doc[0].dep_ not in _SUBJ or doc[0].head.i != 1 or doc[0].lower_ not in ("he", "she"):
            return None
        rest = doc[1:].text_with_ws
        return rest[:1].upper() + rest[1:]

    return apply


def perturbations(nlp) -> dict[str, Callable[[str], str | None]]:
    return {
        "lower case": lambda t: t.lower() if t != t.lower() else None,
        "no final stop": lambda t: re.sub(r"[.!]+\s*$", "", t) if re.search(r"[.!]\s*$", t) else None,
        "label 'Comments: '": _prefix("Comments: "),
        "list number '1. '": _prefix("1. "),
        "bullet": _prefix("\u2022 "),
        "subject left out": _drop_subject(nlp),
        "said to 'you'": _person(nlp, "you", "your", "you"),
        "said of 'they'": _person(nlp, "they", "their", "them"),
        "'not' contracted": _swap(_CONTRACT),
        "'n't' written out": _swap(_EXPAND),
    }


def figures(rows: list[dict], found: list[set[str]]) -> tuple[int, float, float]:
    problem = [bool(r["labels"]) for r in rows]
    flagged = [bool(f) for f in found]
    tp = sum(p and f for p, f in zip(problem, flagged))
    fine = problem.count(False)
    fp = sum(f and not p for p, f in zip(problem, flagged))
    return len(rows), tp / max(1, problem.count(True)), fp / fine if fine else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path, help="labeled JSONL files")
    ap.add_argument("--real", choices=["train", "dev"], help="a split of the labeled real reviews (never test)")
    ap.add_argument("--no-scorer", action="store_true", help="patterns only")
    args = ap.parse_args()
    if args.real:
        import real_reviews

        rows = [{"text": r["text"], "labels": r["labels"]} for r in real_reviews.load("sentences", (args.real,))]
    elif args.files:
        rows = load(args.files)
    else:
        ap.error("give --real SPLIT or labeled files")
    linter = Linter(Config(scorer=not args.no_scorer))

    def found(texts: list[str]) -> list[set[str]]:
        return [{f.category.value for f in r.findings} - _DOC_CHECKS for r in linter.lint_many(texts)]

    print(f"{'perturbation':22s} {'n':>5s}  recall as written -> rewritten   fine flagged as written -> rewritten")
    for name, change in perturbations(linter.nlp).items():
        pairs = [(r, change(r["text"])) for r in rows]
        pairs = [(r, t) for r, t in pairs if t and t.strip()]
        if not pairs:
            continue
        kept = [r for r, _ in pairs]
        n, r0, f0 = figures(kept, found([r["text"] for r in kept]))
        _, r1, f1 = figures(kept, found([t for _, t in pairs]))
        print(f"{name:22s} {n:5d}  {r0:.2f} -> {r1:.2f}{'':20s}{f0:6.1%} -> {f1:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
