"""Training and tuning data for the learned rules (shared by train_scorer.py and compare_scorers.py).

- real train / dev: the labeled real reviews (scripts/real_reviews.py; text from the pool)
- own: the self-written labeled sentences in tests/corpus/reviews-*.jsonl (never the holdout-* sets)
- paraphrases: tests/corpus/paraphrases-real-train.jsonl, reworded real-train sentences with their labels
  (written for this project; never of dev or test)
"""

from __future__ import annotations

import json
from pathlib import Path

import real_reviews

ROOT = Path(__file__).resolve().parent.parent
CATEGORIES = ["character-judgment", "vague-target", "vague-evaluation", "shaming", "absolute",
              "coded-language", "intent-attribution", "sensitive-disclosure"]


#: how the learned rules read a sentence before counting its n-grams (written into the model file and
#: applied by the runtime): the same sentence said of "she", "he" or "you", or in the past tense with an
#: auxiliary, scores the same.  Out of fold on real train + dev it changed no figure (precision 0.99,
#: recall 0.85, 10.3 % of fine sentences flagged, with or without it); what it buys is a model that cannot
#: score a sentence about a woman differently from the same sentence about a man.
NORMALIZE = {
    # tense: the auxiliaries' past read as their present
    "was": "is", "were": "are", "had": "has", "did": "does", "wasn't": "isn't", "weren't": "aren't",
    "didn't": "doesn't", "hadn't": "hasn't",
    # gender: she/her read as he/his
    "she": "he", "her": "his", "hers": "his", "herself": "himself",
    # said to the person: you/your read as he/his, with the verb agreeing
    "you are": "he is", "you were": "he is", "you're": "he's", "you have": "he has", "you've": "he's",
    "you do": "he does", "you don't": "he doesn't", "you aren't": "he isn't", "you haven't": "he hasn't",
    "you": "he", "your": "his", "yours": "his", "yourself": "himself",
}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def own() -> list[dict]:
    rows = []
    for path in sorted((ROOT / "tests" / "corpus").glob("reviews-*.jsonl")):
        rows += [{"text": r["text"], "labels": r["labels"], "source": path.name, "group": f"{path.name}"}
                 for r in _jsonl(path)]
    return rows


def paraphrases() -> list[dict]:
    path = ROOT / "tests" / "corpus" / "paraphrases-real-train.jsonl"
    if not path.is_file():
        return []
    labels = {r["id"]: r for r in real_reviews.keys()}
    out = []
    for r in _jsonl(path):
        src = labels[r["source_id"]]
        if src["split"] != "train":  # only real-train may be paraphrased
            raise ValueError(f"paraphrase of {r['source_id']}, which is not in the train split")
        out.append({"text": r["text"], "labels": src["labels"], "source": "paraphrase", "group": f"rr{src['review_id']}"})
    return out


def real(split: str) -> list[dict]:
    return [{"text": r["text"], "labels": r["labels"], "source": f"real-{split}", "group": f"rr{r['review_id']}",
             "id": r["id"]} for r in real_reviews.load("sentences", (split,))]


def matrix(rows: list[dict]):
    import numpy as np

    return np.array([[c in r["labels"] for c in CATEGORIES] for r in rows], dtype=bool)
