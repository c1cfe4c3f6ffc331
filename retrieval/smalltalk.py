"""Recognises the short things people send that are not questions: hello, thanks, good night,
ok, sorry, "can I talk to a real person", "are you a bot".

Nearest neighbours, not phrase patterns: the example phrasings in smalltalk_examples.yaml are
embedded once per loaded index with the index's own encoder, and a message is smalltalk when
its nearest example is close (min_similarity) and clearly closer (margin) than every parent's
question the index holds, in scope (the curated questions) or not (the off-topic bank). So
"thanks, but why won't she settle?" stays a question. The kind is the vote of the nearest
examples. Thresholds were chosen on the examples (leave one out) against the dev questions, and
checked on tests/data/smalltalk_eval.jsonl and the other labelled sets (bench/smalltalk_bench.py).
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import numpy as np
import yaml

from retrieval.questions import QUESTION_VIEW
from retrieval.search import Searcher

EXAMPLES_FILE = Path(__file__).resolve().parent / "smalltalk_examples.yaml"


class Smalltalk(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"
    OK = "ok"
    HUMAN = "human"  # asks for a person to talk to
    BOT = "bot"  # asks what Nightlight is
    SORRY = "sorry"  # apologises for writing: rambling, the hour, the wrong chat


@dataclass(frozen=True)
class SmalltalkConfig:
    # Chosen leave-one-out on the examples against the dev questions (bench/reply_bench.py):
    # from 0.6 down to 0.45 the examples recognised rose 61 → 85 of 105 with no dev question
    # taken; below it nothing more was gained. 2.2% of the safety set's ordinary statements are
    # then taken for smalltalk, mostly "i could sleep for a week" for good night, kindly answered.
    min_similarity: float = 0.45
    margin: float = 0.05
    neighbours: int = 3
    # Smalltalk is short; anything longer is read as a question whatever it resembles.
    max_words: int = 12


@dataclass(frozen=True)
class SmalltalkModel:
    kinds: tuple[Smalltalk, ...]
    vectors: np.ndarray  # one row per example
    questions: np.ndarray  # parents' questions, in scope and out: what smalltalk is not
    config: SmalltalkConfig

    def classify(self, text: str, vector: np.ndarray) -> Smalltalk | None:
        """The kind of smalltalk `text` is, or None when it is (or may be) a question."""
        if not text.split() or len(text.split()) > self.config.max_words:
            return None
        similarity = self.vectors @ vector
        best = float(similarity.max())
        if best < self.config.min_similarity:
            return None
        nearest_question = float((self.questions @ vector).max()) if len(self.questions) else -1
        if best < nearest_question + self.config.margin:
            return None
        nearest = np.argsort(-similarity)[: self.config.neighbours]
        # Each neighbour votes by closeness (1 / distance), so an example the message matches
        # word for word decides: "good night" is a goodbye however near "good morning" sits.
        votes: Counter[Smalltalk] = Counter()
        for i in nearest:
            votes[self.kinds[i]] += 1.0 / (1.0 - float(similarity[i]) + 1e-3)
        return max(votes, key=votes.__getitem__)


def load_examples(path: Path = EXAMPLES_FILE) -> list[tuple[Smalltalk, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [(Smalltalk(kind), str(text)) for kind, texts in data.items() for text in texts]


def build_model(searcher: Searcher, config: SmalltalkConfig | None = None,
                examples: list[tuple[Smalltalk, str]] | None = None) -> SmalltalkModel:
    examples = load_examples() if examples is None else examples
    normalise = searcher.lexical.normalise_query
    vectors = searcher.encoder.encode([normalise(text) or text for _, text in examples])
    rows = np.flatnonzero(searcher.view_owners[:, 1] == QUESTION_VIEW)
    curated = (np.stack([searcher.view_index.reconstruct(int(r)) for r in rows])
               if len(rows) else np.zeros((0, vectors.shape[1]), dtype=np.float32))
    questions = np.concatenate([curated, searcher.off_topic_vectors]).astype(np.float32)
    return SmalltalkModel(tuple(kind for kind, _ in examples), np.asarray(vectors, np.float32),
                          questions, config or SmalltalkConfig())


_models: dict[int, tuple[Searcher, SmalltalkModel]] = {}
_lock = threading.Lock()


def model_for(searcher: Searcher) -> SmalltalkModel:
    """The model for this searcher, embedded on first use (~0.2 s) and kept while it serves."""
    with _lock:
        held = _models.get(id(searcher))
        if held is None or held[0] is not searcher:
            # One index at a time: a reload replaces the previous searcher's model.
            _models.clear()
            held = (searcher, build_model(searcher))
            _models[id(searcher)] = held
        return held[1]


def match_smalltalk(searcher: Searcher, text: str, vector: np.ndarray) -> Smalltalk | None:
    """The kind of smalltalk a whole message is, or None when it says anything more."""
    return model_for(searcher).classify(text, vector)
