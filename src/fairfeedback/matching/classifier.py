"""Sentence classifiers shipped as data (``rules/models/*.json``).

A ``classifier`` pattern scores whole sentences with logistic regressions over
TF-IDF word and character n-grams, trained by ``scripts/train_scorer.py``.
A model has one or more heads (``labels``, e.g. the eight sentence
categories) that share one vocabulary: the n-grams of a sentence are counted
once and every head's score is one dot product.  This module is the inference
half: it reproduces scikit-learn's ``TfidfVectorizer`` (lower-casing,
``sublinear_tf``, L2 norm per feature group, ``char_wb`` n-grams) and the
logistic function, so scikit-learn is needed only to train.  The model file
carries reference probabilities from training; the tests check this code
reproduces them.

File format: ``labels`` (head names), ``intercepts`` (one per head) and
``groups``, each mapping an n-gram to ``[idf, weight_1, ..., weight_k]``.  The
older single-head form (``category``, ``intercept``, ``[idf, weight]``) still
loads.  An optional ``normalize`` maps words (or short word sequences) of the
lower-cased text to the words the model was trained on, applied before any
n-gram is counted: the shipped model reads "she", "you" and "he" alike, and "was"
as "is", so a sentence's pronoun or tense does not change its score.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

__all__ = ["TextClassifier", "normalizer", "validate_model"]

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


def normalizer(table: dict[str, str]) -> Callable[[str], str]:
    """A function that replaces each whole word (or word sequence) of ``table`` in a lower-case text,
    longest first; the identity for an empty table.  Training uses the same function."""
    if not table:
        return lambda text: text
    rx = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")\b")
    return lambda text: rx.sub(lambda m: table[m.group(0)], text)


class _Group:
    #: words whose in-vocabulary character n-grams are remembered (bounded: huge inputs stay flat)
    MEMO_WORDS = 50_000

    def __init__(self, spec: dict[str, Any], heads: int) -> None:
        self.analyzer = spec["analyzer"]
        self.lo, self.hi = spec["ngram_range"]
        self.token_rx = re.compile(spec["token_pattern"]) if self.analyzer == "word" else None
        items = spec["features"]
        self.index: dict[str, int] = {gram: i for i, gram in enumerate(items)}
        table = np.array(list(items.values()), dtype=np.float64).reshape(len(items), heads + 1)
        self.idf = table[:, 0].copy()
        self.weights = table[:, 1:].copy()
        self._memo: dict[str, tuple[int, ...]] = {}

    def _ids(self, text: str) -> Iterator[int]:
        index = self.index
        if self.token_rx is not None:
            for gram in _word_ngrams(text, self.token_rx, self.lo, self.hi):
                i = index.get(gram)
                if i is not None:
                    yield i
            return
        # character n-grams never cross a word, so each word's in-vocabulary ones are remembered
        memo = self._memo
        for w in _WHITE_SPACES.sub(" ", text).split():
            ids = memo.get(w)
            if ids is None:
                ids = tuple(index[g] for g in _char_wb_ngrams(w, self.lo, self.hi) if g in index)
                if len(memo) >= self.MEMO_WORDS:
                    memo.clear()
                memo[w] = ids
            yield from ids

    def score(self, text: str) -> np.ndarray | None:
        """This group's share of every head's decision value: coef . tfidf / ||tfidf||."""
        counts = Counter(self._ids(text))
        if not counts:
            return None
        ids = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        values = (1.0 + np.log(tf)) * self.idf[ids]
        norm = math.sqrt(float(values @ values))
        if not norm:
            return None
        return (values @ self.weights[ids]) / norm


class TextClassifier:
    """``probabilities(text)``: how likely ``text`` belongs to each of the model's labels."""

    #: how many answers ``_recent`` keeps
    RECENT = 8

    def __init__(self, spec: dict[str, Any]) -> None:
        self.name: str = spec.get("name") or ""
        self.labels: list[str] = list(spec["labels"]) if "labels" in spec else [spec["category"]]
        self.category: str = self.labels[0]
        intercepts = spec["intercepts"] if "intercepts" in spec else [spec["intercept"]]
        self.intercepts = np.array(intercepts, dtype=np.float64)
        self.groups = [_Group(g, len(self.labels)) for g in spec["groups"]]
        self.normalize = normalizer(spec.get("normalize") or {})
        #: the last few answers: rules sharing a model ask in turn, about a sentence and then its clauses
        self._recent: dict[str, dict[str, float]] = {}

    def probabilities(self, text: str) -> dict[str, float]:
        """Probability per label (recent answers are remembered)."""
        known = self._recent.get(text)
        if known is not None:
            return known
        low = self.normalize(text.lower())
        z = self.intercepts.copy()
        for g in self.groups:
            part = g.score(low)
            if part is not None:
                z += part
        probs = 1.0 / (1.0 + np.exp(-np.clip(z, -60.0, 60.0)))
        out = {label: float(p) for label, p in zip(self.labels, probs)}
        if len(self._recent) >= self.RECENT:
            del self._recent[next(iter(self._recent))]  # the oldest
        self._recent[text] = out
        return out

    def probability(self, text: str, label: str | None = None) -> float:
        return self.probabilities(text)[label or self.category]


def _check_numbers(values: Any, size: int) -> bool:
    return (isinstance(values, list) and len(values) == size
            and all(isinstance(x, (int, float)) and math.isfinite(x) for x in values))


def validate_model(data: Any) -> str | None:
    """What is wrong with a model file's content (None when it is usable)."""
    if not isinstance(data, dict):
        return "a model file holds a JSON object"
    if "labels" in data:
        labels = data["labels"]
        if not isinstance(labels, list) or not labels or not all(isinstance(x, str) and x for x in labels):
            return "'labels' must be a non-empty list of names"
        if not _check_numbers(data.get("intercepts"), len(labels)):
            return "'intercepts' must hold one number per label"
        heads = len(labels)
    else:
        for key in ("category", "intercept"):
            if key not in data:
                return f"missing '{key}' (or 'labels' and 'intercepts')"
        if not isinstance(data["intercept"], (int, float)):
            return "'intercept' must be a number"
        heads = 1
    norm = data.get("normalize", {})
    if not isinstance(norm, dict) or not all(isinstance(k, str) and k and isinstance(v, str) for k, v in norm.items()):
        return "'normalize' must map words to the words they are read as"
    if not isinstance(data.get("groups"), list) or not data["groups"]:
        return "'groups' must be a non-empty list"
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
        if not isinstance(feats, dict) or not all(_check_numbers(v, heads + 1) for v in feats.values()):
            return f"groups.{i}.features must map each n-gram to [idf, one weight per label]"
    return None
