"""The learned crisis net: a small classifier head over a message's sentence vector.

It reads the vector the pipeline already computed for retrieval (MiniLM, unit length), and for a
logistic-regression head also the message's word and character n-grams (safety/ngrams.py), and
says how likely the message is a crisis, and which kind. Serving is numpy only: a few small
matrix products and dictionary look-ups, no torch, no scikit-learn. The weights are trained at
index build (safety/net_training.py) and stored next to the index, in the build folder, because
they belong to the embedding model that made the vectors.

The net may ADD crisis routes the pattern layer missed, never remove one (safety/grading.py).
A missing or unreadable net file gives None here, and the pattern layer serves alone.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from safety.ngrams import NgramFeatures
from safety.normalise import clean_text
from safety.result import CRISIS_CATEGORIES, Category

log = logging.getLogger(__name__)

NET_FILE = "crisis_net.npz"
# The most of a message the net reads, in training and serving alike (net_text below).
MAX_MESSAGE_CHARS = 1000
ORDINARY = "ordinary"
_CATEGORY_BY_LABEL = {category.value: category for category in CRISIS_CATEGORIES}


def net_text(text: str) -> str:
    """A message as the model reads it, in training and serving alike: without anything
    invisible or decorated (clean_text), cut to MAX_MESSAGE_CHARS. The patterns read it whole."""
    return clean_text(text)[:MAX_MESSAGE_CHARS]


@dataclass(frozen=True)
class Bands:
    """Where the net's crisis probability turns into a reply.

    crisis: at or above, the crisis reply (helplines first); check_in: at or above (and below
    crisis), a short "are you and your baby safe right now?" above the answer. Chosen by grouped
    cross-validation in bench/crisis_bands.py, never on a blind set.

    crisis_not_english: the crisis band for a message the language detector names as another
    language (None: the same as `crisis`). The net is surer of English, where the encoder and
    most of the bank are, so English gets its own, lower band; a message whose language is not
    known (the detector still loading) is read as English: the lower band only adds routes.
    """

    crisis: float
    check_in: float
    crisis_not_english: float | None = None

    def crisis_for(self, english: bool) -> float:
        """The crisis band for a message in English (or not known), or in another language."""
        if english or self.crisis_not_english is None:
            return self.crisis
        return self.crisis_not_english


@dataclass(frozen=True)
class NetVerdict:
    """What the net says about one vector: P(crisis) and the likeliest crisis category."""

    probability: float
    category: Category
    bands: Bands
    english: bool = True  # the message is English, or its language is not known

    @property
    def is_crisis(self) -> bool:
        return self.probability >= self.bands.crisis_for(self.english)

    @property
    def is_check_in(self) -> bool:
        return self.bands.check_in <= self.probability < self.bands.crisis_for(self.english)


class CrisisNet:
    """A feed-forward head: ReLU hidden layers (none for logistic regression), then softmax.

    `ngrams`: for logistic regression only, n-gram vocabularies with their weights (one row per
    n-gram, one column per label), added to the scores before the softmax.
    """

    def __init__(
        self,
        layers: list[tuple[np.ndarray, np.ndarray]],
        labels: tuple[str, ...],
        bands: Bands,
        source: str = "",
        ngrams: tuple[tuple[NgramFeatures, np.ndarray], ...] = (),
    ) -> None:
        if not layers or layers[-1][0].shape[1] != len(labels) or ORDINARY not in labels:
            raise ValueError("the last layer must give one score per label, ordinary among them")
        unknown = set(labels) - {ORDINARY} - set(_CATEGORY_BY_LABEL)
        if unknown:
            raise ValueError(f"unknown labels: {sorted(unknown)}")
        if ngrams and len(layers) != 1:
            raise ValueError("n-gram features are for a logistic-regression head only")
        for features, weights in ngrams:
            if weights.shape != (len(features.idf), len(labels)):
                raise ValueError("n-gram weights must be one row per n-gram, one column per label")
        self.ngrams = tuple((features, np.ascontiguousarray(weights, dtype=np.float32))
                            for features, weights in ngrams)
        self.layers = [(np.ascontiguousarray(w, dtype=np.float32),
                        np.ascontiguousarray(b, dtype=np.float32)) for w, b in layers]
        self.labels = tuple(labels)
        self.bands = bands
        self.source = source  # content hash of what it was trained from (net_training.py)
        self.dimension = self.layers[0][0].shape[0]
        self._ordinary = self.labels.index(ORDINARY)
        self._crisis_columns = [n for n, label in enumerate(self.labels) if label != ORDINARY]

    def probabilities(self, vectors: np.ndarray, texts: list[str] | None = None) -> np.ndarray:
        """Softmax over the labels, one row per vector (rows of a 2-D array, or one vector);
        `texts`, one per row, are required when the net reads n-grams."""
        hidden = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
        for weights, bias in self.layers[:-1]:
            hidden = np.maximum(hidden @ weights + bias, 0.0)
        weights, bias = self.layers[-1]
        scores = hidden @ weights + bias
        if self.ngrams:
            if texts is None or len(texts) != len(scores):
                raise ValueError("this net reads n-grams: one text per vector is required")
            for row, text in enumerate(texts):
                for features, gram_weights in self.ngrams:
                    columns, values = features.transform(text)
                    scores[row] += values @ gram_weights[columns]
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def crisis_probability(self, vectors: np.ndarray, texts: list[str] | None = None
                           ) -> np.ndarray:
        """P(any crisis category) per row: one minus P(ordinary)."""
        return 1.0 - self.probabilities(vectors, texts)[:, self._ordinary]

    def verdict(self, vector: np.ndarray, text: str | None = None, english: bool = True
                ) -> NetVerdict:
        """The verdict on one message: its unit sentence vector, its text (for n-grams), and
        whether it is English (or its language not known), which picks the crisis band."""
        if vector.shape != (self.dimension,):
            raise ValueError(f"expected a vector of {self.dimension}, got shape {vector.shape}")
        row = self.probabilities(vector, None if text is None else [text])[0]
        best = max(self._crisis_columns, key=lambda n: row[n])
        return NetVerdict(float(1.0 - row[self._ordinary]),
                          _CATEGORY_BY_LABEL[self.labels[best]], self.bands, english)

    def save(self, path: Path) -> None:
        arrays = {f"w{n}": w for n, (w, _) in enumerate(self.layers)}
        arrays |= {f"b{n}": b for n, (_, b) in enumerate(self.layers)}
        for n, (features, weights) in enumerate(self.ngrams):
            arrays |= features.to_arrays(f"ngrams{n}") | {f"ngrams{n}_w": weights}
        meta = {"labels": list(self.labels), "crisis": self.bands.crisis,
                "check_in": self.bands.check_in,
                "crisis_not_english": self.bands.crisis_not_english, "source": self.source,
                "layers": len(self.layers), "ngrams": len(self.ngrams)}
        with open(path, "wb") as handle:
            np.savez(handle, meta=np.asarray(json.dumps(meta)), **arrays)

    @classmethod
    def read(cls, path: Path) -> CrisisNet:
        """Read a saved net; raises on anything missing or inconsistent."""
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            layers = [(data[f"w{n}"], data[f"b{n}"]) for n in range(int(meta["layers"]))]
            ngrams = tuple((NgramFeatures.from_arrays(data, f"ngrams{n}"), data[f"ngrams{n}_w"])
                           for n in range(int(meta.get("ngrams", 0))))
        for (w, b), nxt in zip(layers, layers[1:] + [None], strict=True):
            if b.shape != (w.shape[1],) or (nxt is not None and nxt[0].shape[0] != w.shape[1]):
                raise ValueError("layer shapes do not chain")
        return cls(layers, tuple(meta["labels"]),
                   _bands(meta), str(meta["source"]),
                   ngrams)


def _bands(meta: dict) -> Bands:
    not_english = meta.get("crisis_not_english")  # absent from nets saved before it existed
    return Bands(float(meta["crisis"]), float(meta["check_in"]),
                 None if not_english is None else float(not_english))


def load_net(folder: Path) -> CrisisNet | None:
    """The net stored in an index build folder; None when it has none or it is unreadable."""
    path = Path(folder) / NET_FILE
    if not path.is_file():
        return None
    try:
        return CrisisNet.read(path)
    except Exception as error:  # noqa: BLE001 - a broken net file must never stop the patterns
        log.warning("crisis net at %s is unreadable, patterns serve alone: %s",
                    path, type(error).__name__)
        return None


def net_source(folder: Path) -> str | None:
    """The content hash a build folder's net was trained from (None: no readable net)."""
    net = load_net(folder)
    return net.source if net is not None else None
