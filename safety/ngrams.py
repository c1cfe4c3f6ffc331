"""Word and character n-gram features for the learned crisis net, served with the standard library.

A frozen sentence encoder smooths away what often carries a crisis in a parent's own words: a
misspelling ("cant breth"), a rare word ("limp", "ligature"), slang. So the net also reads the
message's TF-IDF n-grams (word 1–2-grams and character 3–5-grams inside words), learned from the
bank at index build by scikit-learn's TfidfVectorizer (safety/net_training.py), and chosen by
grouped cross-validation (bench/crisis_net_features.py).

Serving must not need scikit-learn (or scipy, which it brings), so this module applies a fitted
vectorizer's vocabulary and idf weights itself. It mirrors TfidfVectorizer with lowercase=True,
sublinear_tf=True, norm="l2" and the two analyzers below, and tests/test_safety_ngrams.py checks it
gives the same features as scikit-learn on the bank.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

# TfidfVectorizer's default token pattern (two or more word characters) and space folding.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_SPACES = re.compile(r"\s\s+")


def word_grams(text: str) -> list[str]:
    """Word 1- and 2-grams of the lowercased text, as TfidfVectorizer(ngram_range=(1, 2))."""
    tokens = _TOKEN.findall(text.lower())
    return tokens + [f"{tokens[n]} {tokens[n + 1]}" for n in range(len(tokens) - 1)]


def char_grams(text: str, smallest: int = 3, largest: int = 5) -> list[str]:
    """Character n-grams inside space-padded words, as TfidfVectorizer(analyzer="char_wb")."""
    grams = []
    for word in _SPACES.sub(" ", text.lower()).split():
        word = f" {word} "
        for size in range(smallest, largest + 1):
            if len(word) <= size:  # a short word counts once, whole, at the first size
                grams.append(word)
                break
            grams.extend(word[start : start + size] for start in range(len(word) - size + 1))
    return grams


ANALYZERS = {"word": word_grams, "char_wb": char_grams}


@dataclass(frozen=True)
class NgramFeatures:
    """One fitted TF-IDF vocabulary: which n-grams count, and how much each weighs."""

    analyzer: str  # a key of ANALYZERS
    vocabulary: dict[str, int]  # n-gram -> column
    idf: np.ndarray  # one weight per column

    def transform(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(columns, values) of the text's unit-length TF-IDF row; empty when nothing matches."""
        counts = Counter(gram for gram in ANALYZERS[self.analyzer](text)
                         if gram in self.vocabulary)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        columns = np.fromiter((self.vocabulary[gram] for gram in counts), dtype=np.int64,
                              count=len(counts))
        tf = np.fromiter((1.0 + math.log(count) for count in counts.values()), dtype=np.float64,
                         count=len(counts))
        values = tf * self.idf[columns]
        return columns, (values / np.linalg.norm(values)).astype(np.float32)

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """For np.savez: the vocabulary in column order, and the idf weights."""
        grams = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        return {f"{prefix}_grams": np.asarray(grams, dtype=str),
                f"{prefix}_idf": self.idf.astype(np.float64),
                f"{prefix}_analyzer": np.asarray(self.analyzer)}

    @classmethod
    def from_arrays(cls, data, prefix: str) -> NgramFeatures:
        grams = [str(gram) for gram in data[f"{prefix}_grams"]]
        analyzer = str(data[f"{prefix}_analyzer"])
        if analyzer not in ANALYZERS:
            raise ValueError(f"unknown analyzer {analyzer!r}")
        idf = np.asarray(data[f"{prefix}_idf"], dtype=np.float64)
        if len(idf) != len(grams):
            raise ValueError("one idf weight per n-gram expected")
        return cls(analyzer, {gram: column for column, gram in enumerate(grams)}, idf)
