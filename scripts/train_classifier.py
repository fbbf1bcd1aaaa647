"""Train the sentence classifier behind a ``classifier`` rule and export it as data.

    pip install ".[train]"
    python scripts/train_classifier.py shaming rules/models/shaming-tone.json

Rules find shaming by its forms (blame questions, comparisons, contempt words),
but sarcasm and scorn take more shapes than patterns list.  This fits a plain
logistic regression over TF-IDF word 1-2-grams and character 3-5-grams of the
labeled dev sentences (``tests/corpus/reviews-*.jsonl``: one category against
everything else) and writes the vocabulary, IDF weights and coefficients to a
JSON file that fairfeedback reads without scikit-learn
(``fairfeedback.matching.classifier``).  The held-out sets are never read.

It prints leave-one-file-out figures first (each dev file scored by a model
trained on the others: a fair guess of how it does on text by other writers),
then writes the model with a few reference probabilities that the test suite
checks the pure-Python inference against.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD_PATTERN = r"[\w']+|[?!]"
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (3, 5)


def load(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["file"] = path.name
                rows.append(row)
    return rows


def make_model(c: float):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    return make_pipeline(
        make_union(
            TfidfVectorizer(ngram_range=WORD_NGRAMS, min_df=2, sublinear_tf=True, token_pattern=WORD_PATTERN),
            TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, min_df=3, sublinear_tf=True),
        ),
        LogisticRegression(C=c, class_weight="balanced", max_iter=5000),
    )


def cross_file(rows: list[dict], category: str, c: float, thresholds: list[float]) -> None:
    files = sorted({r["file"] for r in rows})
    probs: list[float] = []
    gold: list[bool] = []
    fine: list[bool] = []
    for f in files:
        train = [r for r in rows if r["file"] != f]
        test = [r for r in rows if r["file"] == f]
        model = make_model(c).fit([r["text"] for r in train], [category in r["labels"] for r in train])
        probs += list(model.predict_proba([r["text"] for r in test])[:, 1])
        gold += [category in r["labels"] for r in test]
        fine += [not r["labels"] for r in test]
    print(f"leave-one-file-out over {len(files)} dev files, {sum(gold)} {category} of {len(gold)} sentences:")
    for t in thresholds:
        flag = [p > t for p in probs]
        tp = sum(f and g for f, g in zip(flag, gold))
        fp = sum(f and not g for f, g in zip(flag, gold))
        fn = sum(g and not f for f, g in zip(flag, gold))
        fpf = sum(f and n for f, n in zip(flag, fine))
        print(f"  threshold {t:.2f}: precision {tp / max(1, tp + fp):.2f} recall {tp / max(1, tp + fn):.2f} "
              f"flags on fine sentences {fpf}/{sum(fine)}")


def export(model, category: str, rows: list[dict], c: float) -> dict:
    union, lr = model.steps[0][1], model.steps[1][1]
    coef = lr.coef_[0]
    groups = []
    offset = 0
    for name, vec in union.transformer_list:
        vocab = vec.vocabulary_
        features = {term: [round(float(vec.idf_[i]), 6), round(float(coef[offset + i]), 6)] for term, i in vocab.items()}
        groups.append({
            "analyzer": "word" if vec.analyzer == "word" else "char_wb",
            "ngram_range": list(vec.ngram_range),
            "token_pattern": vec.token_pattern if vec.analyzer == "word" else None,
            "features": dict(sorted(features.items())),
        })
        offset += len(vocab)
    texts = [r["text"] for r in rows[:: max(1, len(rows) // 24)]][:24]
    checks = [[t, round(float(p), 6)] for t, p in zip(texts, model.predict_proba(texts)[:, 1])]
    import sklearn

    return {
        "name": None,
        "category": category,
        "about": (f"Logistic regression over TF-IDF word {WORD_NGRAMS} and char_wb {CHAR_NGRAMS} n-grams, "
                  f"C={c}, balanced classes, trained by scripts/train_classifier.py with scikit-learn "
                  f"{sklearn.__version__} on {len(rows)} dev sentences ({sum(category in r['labels'] for r in rows)} "
                  f"{category}) from tests/corpus/reviews-*.jsonl."),
        "intercept": round(float(lr.intercept_[0]), 6),
        "groups": groups,
        "checks": checks,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("category")
    ap.add_argument("out", type=Path)
    ap.add_argument("-C", type=float, default=4.0, help="inverse regularization strength")
    ap.add_argument("--no-cv", action="store_true", help="skip the leave-one-file-out figures")
    args = ap.parse_args()
    rows = load(sorted((ROOT / "tests" / "corpus").glob("reviews-*.jsonl")))
    if not rows:
        print("no dev sentences found", file=sys.stderr)
        return 2
    if not args.no_cv:
        cross_file(rows, args.category, args.C, [0.7, 0.75, 0.8, 0.85, 0.9])
    model = make_model(args.C).fit([r["text"] for r in rows], [args.category in r["labels"] for r in rows])
    data = export(model, args.category, rows, args.C)
    data["name"] = args.out.name.split(".")[0]
    assert all(math.isfinite(v) for g in data["groups"] for pair in g["features"].values() for v in pair)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    n = sum(len(g["features"]) for g in data["groups"])
    print(f"wrote {args.out} ({n} features, {args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
