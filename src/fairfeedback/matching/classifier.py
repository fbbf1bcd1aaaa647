"""Sentence classifiers shipped as data (``rules/models/*.json``).

A ``classifier`` pattern scores whole sentences with a logistic regression over
TF-IDF word and character n-grams, trained by ``scripts/train_classifier.py``.
This module is the inference half, in plain Python: it reproduces
scikit-learn's ``TfidfVectorizer`` (lower-casing, ``sublinear_tf``, L2 norm per
feature group, ``char_wb`` n-grams) and the logistic function, so scikit-learn
is needed only to train.  The model file carries reference probabilities from
training; the tests check this code reproduces them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

__all__ = ["TextClassifier", "validate_model"]

_WHITE_SPACES = re.compile(r"\s\s+")


def _word_ngrams(text: str, token_rx: re.Pattern[str], lo: int, hi: int) -> Iterator[str]:
    tokens = token_rx.findall(text)
    for n in range(lo, hi + 1):
        for i in range(len(tokens) - n + 1):
            yield " ".join(tokens[i:i + n])


def _char_wb_ngrams(text: str, lo: int, hi: int) -> Iterator[str]:
    """scikit-learn's ``char_wb`` analyzer: n-grams inside each space-padded word."""
    for w in _WHITE_SPACES.sub(" ", text).split():
        w = " " + w + " "
        size = len(w)
        for n in range(lo, hi + 1):
            offset = 0
            yield w[offset:offset + n]
            while offset + n < size:
                offset += 1
                yield w[offset:offset + n]
            if offset == 0:  # a word shorter than n is counted once
                break


class _Group:
    #: words whose in-vocabulary character n-grams are remembered (bounded: huge inputs stay flat)
    MEMO_WORDS = 50_000

    def __init__(self, spec: dict[str, Any]) -> None:
        self.analyzer = spec["analyzer"]
        self.lo, self.hi = spec["ngram_range"]
        self.token_rx = re.compile(spec["token_pattern"]) if self.analyzer == "word" else None
        self.features: dict[str, tuple[float, float]] = {k: (v[0], v[1]) for k, v in spec["features"].items()}
        self._memo: dict[str, tuple[str, ...]] = {}

    def _grams(self, text: str) -> Iterator[str]:
        if self.token_rx is not None:
            yield from _word_ngrams(text, self.token_rx, self.lo, self.hi)
            return
        # character n-grams never cross a word, so each word's in-vocabulary ones are remembered
        memo, features = self._memo, self.features
        for w in _WHITE_SPACES.sub(" ", text).split():
            grams = memo.get(w)
            if grams is None:
                grams = tuple(g for g in _char_wb_ngrams(w, self.lo, self.hi) if g in features)
                if len(memo) >= self.MEMO_WORDS:
                    memo.clear()
                memo[w] = grams
            yield from grams

    def score(self, text: str) -> float:
        """This group's share of the decision value: coef . tfidf / ||tfidf||."""
        dot = norm = 0.0
        features = self.features
        for gram, count in Counter(self._grams(text)).items():
            f = features.get(gram)
            if f is None:
                continue
            value = (1.0 + math.log(count)) * f[0]
            dot += value * f[1]
            norm += value * value
        return dot / math.sqrt(norm) if norm else 0.0


class TextClassifier:
    """``probability(text)``: how likely ``text`` belongs to the model's category."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.name: str = spec.get("name") or ""
        self.category: str = spec["category"]
        self.intercept = float(spec["intercept"])
        self.groups = [_Group(g) for g in spec["groups"]]

    def probability(self, text: str) -> float:
        low = text.lower()
        z = self.intercept + sum(g.score(low) for g in self.groups)
        if z < -60:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


def validate_model(data: Any) -> str | None:
    """What is wrong with a model file's content (None when it is usable)."""
    if not isinstance(data, dict):
        return "a model file holds a JSON object"
    for key in ("category", "intercept", "groups"):
        if key not in data:
            return f"missing '{key}'"
    if not isinstance(data["intercept"], (int, float)) or not isinstance(data["groups"], list) or not data["groups"]:
        return "'intercept' must be a number and 'groups' a non-empty list"
    for i, g in enumerate(data["groups"]):
        if not isinstance(g, dict) or g.get("analyzer") not in ("word", "char_wb"):
            return f"groups.{i}.analyzer must be 'word' or 'char_wb'"
        rng = g.get("ngram_range")
        if not (isinstance(rng, list) and len(rng) == 2 and all(isinstance(n, int) and n > 0 for n in rng)
                and rng[0] <= rng[1]):
            return f"groups.{i}.ngram_range must be two positive integers [low, high]"
        if g["analyzer"] == "word":
            try:
                re.compile(g.get("token_pattern") or "")
            except re.error:
                return f"groups.{i}.token_pattern is not a regular expression"
            if not g.get("token_pattern"):
                return f"groups.{i}.token_pattern is required for word n-grams"
        feats = g.get("features")
        if not isinstance(feats, dict) or not all(
            isinstance(v, list) and len(v) == 2 and all(isinstance(x, (int, float)) for x in v) for v in feats.values()
        ):
            return f"groups.{i}.features must map each n-gram to [idf, weight]"
    return None
