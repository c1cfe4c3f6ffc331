"""The learned answer selector: which passage answers a message, or "skip" (the sources skip it).

One class per passage and one "skip" class, a multinomial logistic regression on the frozen
MiniLM vector of the (normalised) message. Trained at index build, seeded, from
  - the curated search questions (corpus/questions/), each labelled with its passage,
  - the passages themselves and their 1–3-sentence windows, so a passage with no curated
    questions (a newly added article) is still a class of its own,
  - the subjects the sources skip and parents' questions about them (corpus/off_topics.yaml),
    labelled "skip".
Its skip threshold is calibrated by cross-validation at build: out-of-fold probabilities of
the curated questions (should be answered) and off-topic questions (should be declined). The
best level is flat over a wide range, so one fold split alone moves it by ±0.08; the median over
several seeded splits is what ships.

Serving is numpy only (one matrix product and a softmax): the weights live in the index folder
as selector.npz. scikit-learn is imported inside `train_selector`, at build time only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

import numpy as np

SELECTOR_FILE = "selector.npz"
# Part of the cache key: a change here (training data, features, calibration) retrains.
SELECTOR_VERSION = 2


@dataclass(frozen=True)
class SelectorSettings:
    """How the selector is trained. Chosen by bench/selector_compare.py (cross-validation on the
    curated and off-topic questions plus the dev set, never the holdout)."""

    # Inverse regularisation: unit vectors have small coordinates, so a weak prior is needed
    # for the classes to separate.
    strength: float = 50.0
    seed: int = 0
    folds: int = 4
    # Fold splits (seeds seed, seed+1, …) whose thresholds' median ships: over 6 seeds one
    # split's choice ranged 0.61–0.78 on the same data, medians of several splits ~half that.
    splits: int = 9
    max_iterations: int = 300
    # BLAS threads while fitting: on 2 shared cores two threads fitted 20x slower than one.
    threads: int = 1
    # The skip threshold maximises answered(in-scope) + refused_weight · refused(out-of-scope)
    # over the out-of-fold probabilities; a refusal of a question in scope is the kinder error
    # only when the other side costs more, so both count the same.
    refused_weight: float = 1.0


@dataclass(frozen=True)
class TrainingSet:
    """Vectors and labels: label = passage index, or `passages` for skip. `held` marks the rows
    scored out of fold for calibration (curated and off-topic questions, not the passages' own
    sentences, which are near-copies of one another)."""

    vectors: np.ndarray
    labels: np.ndarray
    held: np.ndarray
    passages: int


@dataclass(frozen=True, eq=False)
class Selector:
    """Serving side: P(passage i) for every passage and P(skip), from one message vector."""

    weights: np.ndarray  # (passages + 1, dimension); the last row is skip
    bias: np.ndarray  # (passages + 1,)
    skip_threshold: float  # decline when P(skip) reaches it
    key: str  # what it was trained from (see selector_key)

    @property
    def passages(self) -> int:
        return len(self.bias) - 1

    def probabilities(self, vector: np.ndarray) -> np.ndarray:
        """Softmax over passages then skip, for one vector or a (n, dimension) batch."""
        logits = vector @ self.weights.T + self.bias
        logits = logits - logits.max(axis=-1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=-1, keepdims=True)

    def save(self, folder: Path) -> None:
        np.savez(folder / SELECTOR_FILE, weights=self.weights, bias=self.bias,
                 skip_threshold=np.float32(self.skip_threshold), key=np.array(self.key))

    @classmethod
    def load(cls, folder: Path) -> Selector | None:
        """The selector stored in a build folder, or None when the build has none."""
        path = Path(folder) / SELECTOR_FILE
        if not path.is_file():
            return None
        with np.load(path, allow_pickle=False) as data:
            return cls(np.asarray(data["weights"], dtype=np.float32),
                       np.asarray(data["bias"], dtype=np.float32),
                       float(data["skip_threshold"]), str(data["key"]))


class Classifier(Protocol):
    def probabilities(self, vector: np.ndarray) -> np.ndarray: ...


Fit = Callable[[TrainingSet, SelectorSettings, np.ndarray], Classifier]


def selector_key(content_hash: str, settings: SelectorSettings) -> str:
    """Cache key: the index's content hash (articles, questions, off-topics, chunker, model)
    plus how the selector is trained."""
    text = f"{content_hash}\0selector={SELECTOR_VERSION}\0{settings}"
    return hashlib.sha256(text.encode()).hexdigest()


def training_set(
    passage_vectors: np.ndarray,
    view_vectors: np.ndarray,
    view_owners: np.ndarray,
    question_view: int,
    off_topic_vectors: np.ndarray,
) -> TrainingSet:
    """Every labelled vector the index already holds: passages, windows, curated questions
    (views of size `question_view`) and off-topic rows."""
    passages = len(passage_vectors)
    is_question = view_owners[:, 1] == question_view
    vectors = np.vstack([passage_vectors, view_vectors, off_topic_vectors]).astype(np.float32)
    labels = np.concatenate([np.arange(passages), view_owners[:, 0],
                             np.full(len(off_topic_vectors), passages)]).astype(np.int64)
    held = np.concatenate([np.zeros(passages, bool), is_question,
                           np.ones(len(off_topic_vectors), bool)])
    return TrainingSet(vectors, labels, held, passages)


def train_selector(data: TrainingSet, key: str,
                   settings: SelectorSettings | None = None) -> Selector:
    """Fit on everything, with the skip threshold calibrated out of fold."""
    settings = settings or SelectorSettings()
    weights, bias = fit_weights(data, settings)
    return Selector(weights, bias, calibrate_skip_threshold(data, settings), key)


def calibrate_skip_threshold(data: TrainingSet, settings: SelectorSettings,
                             fit: Fit | None = None) -> float:
    """The median over `settings.splits` seeded fold splits of each split's best skip level."""
    levels = []
    for offset in range(max(1, settings.splits)):
        split = replace(settings, seed=settings.seed + offset)
        skip_out_of_fold, in_scope = out_of_fold_skip(data, split, fit)
        levels.append(choose_skip_threshold(skip_out_of_fold, in_scope, settings.refused_weight))
    return float(np.median(levels))


def fit_weights(data: TrainingSet, settings: SelectorSettings,
                rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(weights, bias) over all passages + skip, fitted on `rows` (all by default). A class
    absent from the rows (its questions all held out) keeps the windows and passage rows, which
    are always trained on."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    rows = np.arange(len(data.labels)) if rows is None else rows
    weights = np.zeros((data.passages + 1, data.vectors.shape[1]), dtype=np.float32)
    # An unseen class gets a bias far below the rest: it is never chosen.
    bias = np.full(data.passages + 1, -1e4, dtype=np.float32)
    present = np.unique(data.labels[rows])
    if len(present) < 2:  # a one-passage corpus without off-topics: nothing to tell apart
        bias[present] = 0.0
        return weights, bias
    model = LogisticRegression(C=settings.strength, max_iter=settings.max_iterations,
                               random_state=settings.seed)
    with threadpool_limits(settings.threads):
        model.fit(data.vectors[rows], data.labels[rows])
    if len(model.classes_) == 2:  # sklearn keeps one row, for the second class, against zero
        bias[model.classes_[0]] = 0.0
        weights[model.classes_[1]], bias[model.classes_[1]] = model.coef_[0], model.intercept_[0]
    else:
        weights[model.classes_] = model.coef_
        bias[model.classes_] = model.intercept_
    return weights, bias


def out_of_fold_skip(data: TrainingSet, settings: SelectorSettings,
                     fit: Fit | None = None) -> tuple[np.ndarray, np.ndarray]:
    """P(skip) for every held row (curated and off-topic questions) from a model that never saw
    it, and whether that row is in scope. Folds are seeded and stratified by in/out of scope.
    `fit(data, settings, rows)` trains a model on those rows (default: the logistic regression;
    bench/selector_compare.py passes others)."""
    fit = fit or _fit_selector
    held = np.flatnonzero(data.held)
    rng = np.random.default_rng(settings.seed)
    fold_of = np.empty(len(held), dtype=np.int64)
    for in_scope in (True, False):
        members = np.flatnonzero((data.labels[held] < data.passages) == in_scope)
        fold_of[members] = rng.permutation(len(members)) % settings.folds
    skip = np.empty(len(held), dtype=np.float32)
    for fold in range(settings.folds):
        test = held[fold_of == fold]
        train = np.setdiff1d(np.arange(len(data.labels)), test)
        model = fit(data, settings, train)
        skip[fold_of == fold] = model.probabilities(data.vectors[test])[:, -1]
    return skip, data.labels[held] < data.passages


def _fit_selector(data: TrainingSet, settings: SelectorSettings, rows: np.ndarray) -> Selector:
    return Selector(*fit_weights(data, settings, rows), 1.0, "")


def choose_skip_threshold(skip: np.ndarray, in_scope: np.ndarray,
                          refused_weight: float = 1.0) -> float:
    """The P(skip) level that best separates the two sides: answered rate of in-scope rows plus
    refused_weight × refused rate of the others, midway between neighbouring candidates."""
    if not in_scope.any() or in_scope.all():
        return 1.0  # one side is missing: nothing to calibrate on, so skip declines nothing
    levels = np.unique(skip)
    candidates = np.concatenate([[0.0], (levels[:-1] + levels[1:]) / 2, [1.0]])
    best, best_gain = 0.5, -1.0
    for level in candidates:
        answered = float(np.mean(skip[in_scope] < level)) if in_scope.any() else 0.0
        refused = float(np.mean(skip[~in_scope] >= level)) if (~in_scope).any() else 0.0
        gain = answered + refused_weight * refused
        if gain > best_gain:
            best, best_gain = float(level), gain
    return best


def provide_selector(
    build: Path,
    previous: Path | None,
    content_hash: str,
    passage_vectors: np.ndarray,
    view_vectors: np.ndarray,
    view_owners: np.ndarray,
    off_topic_vectors: np.ndarray,
    settings: SelectorSettings | None = None,
) -> Selector:
    """Write the selector into `build`: the previous build's when its key matches (same content,
    model and settings: training is seeded, so it would come out the same), else a new one."""
    from retrieval.questions import QUESTION_VIEW

    settings = settings or SelectorSettings()
    key = selector_key(content_hash, settings)
    cached = _cached(previous, key)
    if cached is not None:
        cached.save(build)
        return cached
    data = training_set(passage_vectors, view_vectors, view_owners, QUESTION_VIEW,
                        off_topic_vectors)
    selector = train_selector(data, key, settings)
    selector.save(build)
    return selector


def _cached(previous: Path | None, key: str) -> Selector | None:
    if previous is None:
        return None
    try:
        selector = Selector.load(previous)
    except (OSError, ValueError, KeyError):
        return None
    return selector if selector is not None and selector.key == key else None
