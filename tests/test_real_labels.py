"""The real-review labels: keys and labels only, consistent with the pool's split, text rebuilt by hash."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import real_reviews  # noqa: E402

from fairfeedback.models import Category  # noqa: E402

SENTENCE_CATS = {c.value for c in list(Category)[:8]}
SENTENCES = real_reviews.keys("sentences")
REVIEWS = real_reviews.keys("reviews")


def test_labels_hold_keys_not_text():
    assert len(SENTENCES) == 1542 and len(REVIEWS) == 399
    assert len({r["id"] for r in SENTENCES}) == len(SENTENCES)
    for row in SENTENCES:
        assert "text" not in row and set(row["labels"]) <= SENTENCE_CATS
        assert set(row["a"]) <= SENTENCE_CATS and set(row["b"]) <= SENTENCE_CATS
        if row["a"] == row["b"]:
            assert row["labels"] == row["a"]  # agreed labels stand; only disagreements were adjudicated
    for row in REVIEWS:
        assert "text" not in row
        if not row["critical"]:
            assert not (row["missing-example"] or row["missing-next-step"] or row["unbalanced"])


def test_split_is_by_review():
    split_of = {r["review_id"]: r["split"] for r in REVIEWS}
    assert all(split_of[s["review_id"]] == s["split"] for s in SENTENCES)
    counts = {s: sum(v == s for v in split_of.values()) for s in real_reviews.SPLITS}
    assert counts == {"train": 240, "dev": 80, "test": 79}


def test_paraphrases_come_from_train_only():
    by_id = {r["id"]: r for r in SENTENCES}
    path = ROOT / "tests" / "corpus" / "paraphrases-real-train.jsonl"
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert rows and all(by_id[r["source_id"]]["split"] == "train" for r in rows)


@pytest.mark.skipif(not (real_reviews.pool_dir() / "sentences.jsonl").is_file(),
                    reason="the real-reviews pool is not on this machine")
def test_text_rebuilds_from_the_pool_with_matching_hashes():
    rows = real_reviews.load("sentences", ("dev",))
    assert len(rows) == sum(r["split"] == "dev" for r in SENTENCES)
    assert all(real_reviews.sha1(r["text"]) == r["sha1"] for r in rows)


def test_a_changed_pool_text_is_refused(tmp_path):
    pool = tmp_path / "pool"
    pool.mkdir()
    first = SENTENCES[0]
    (pool / "sentences.jsonl").write_text(json.dumps({"id": first["id"], "text": "not the original"}) + "\n",
                                          encoding="utf-8")
    with pytest.raises(real_reviews.PoolError, match="does not match the stored hash"):
        real_reviews.load("sentences", (first["split"],), pool)
