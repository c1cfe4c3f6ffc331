"""Question → ranked verbatim passages, or an abstention when the sources do not cover it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import faiss
import numpy as np

from retrieval.articles import ArticleMeta
from retrieval.build_folders import Manifest
from retrieval.chunking import Passage
from retrieval.embedding import Encoder
from retrieval.index_files import read_index
from retrieval.lexical import LexicalIndex, terms, words
from retrieval.questions import QUESTION_VIEW
from retrieval.selector import Selector
from safety.net import CrisisNet, load_net


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[Hit, ...]
    answered: bool
    reason: str


@dataclass(frozen=True)
class SearchConfig:
    """How the evidence is weighed, and when to abstain."""

    # Ranking: cosine(question, passage) + view_weight * windows + lexical_weight * BM25'
    # + the curated-question term below + selector_weight * P(passage), where windows is the mean
    # over window sizes of the best sentence-window cosine in the passage, BM25' = BM25 /
    # (BM25 + bm25_half) so that the weight means the same for every query, and P(passage) is the
    # learned selector's probability (retrieval/selector.py). The dense terms keep every passage
    # findable, also one the selector was never shown a question for (a new article).
    view_weight: float = 1.0
    lexical_weight: float = 0.4
    bm25_half: float = 6.0
    # + question_weight * max(0, q - question_floor), where q is the best cosine between the
    # question and the passage's curated search questions (retrieval/questions.py). The floor
    # keeps a loose resemblance (any two parents' questions share ~0.4) from counting at all.
    question_weight: float = 3.0
    question_floor: float = 0.5
    # The selector's probability as one more term: 0.5 ranked best on the dev set and in
    # bench/selector_compare.py (0, 0.5, 1, 2 tried).
    selector_weight: float = 0.5
    # Abstention is the selector's calibrated "skip" (threshold chosen by cross-validation at
    # build). Dense and lexical evidence this strong still answers: a passage the selector knows
    # only by its own sentences (an article without curated questions) is matched by the
    # embeddings before any curated question of it exists. The curated-question term is left
    # out of this evidence: the selector has already weighed those questions, and with it a
    # near miss resembling a curated question ("what oil is safe for baby massage") overrode a
    # skip of 0.94. No out-of-scope question in the labelled sets has reached 1.22.
    confident_score: float = 1.6
    # A passage whose words are this much contained in a better hit's (or vice versa) repeats it.
    # Word overlap, not embeddings: passages of one focused article embed alike (cosine > 0.93)
    # while saying different things; distinct passages of the corpus share at most ~0.62.
    duplicate_overlap: float = 0.8
    # After the best passage, a passage from another article is shown before one more from the
    # same article when it scores within this margin (fused scores run ~1–3): a question the
    # best source half-answers is often answered by another.
    other_article_margin: float = 0.2
    # A message of several sentences is also ranked per asking sentence, for at most this many
    # (the last ones): each costs one more encoder run.
    max_pieces: int = 2


@dataclass(frozen=True)
class _Evidence:
    """What one text (a message, or one sentence of it) says about every passage."""

    vector: np.ndarray
    evidence: np.ndarray  # dense + lexical + curated-question score per passage
    grounding: np.ndarray  # dense + lexical alone: what the confident override reads
    chances: np.ndarray  # the selector's P(passage) per passage, then P(skip)
    selector_weight: float

    @property
    def ranked(self) -> np.ndarray:
        """What passages are ranked by: the evidence plus the selector's probability."""
        return self.evidence + self.selector_weight * self.chances[:-1]


@dataclass
class Searcher:
    passages: tuple[Passage, ...]
    articles: dict[str, ArticleMeta]
    manifest: Manifest
    encoder: Encoder
    passage_index: faiss.Index
    view_index: faiss.Index
    view_owners: np.ndarray
    lexical: LexicalIndex
    topic_list: tuple[str, ...]
    selector: Selector
    # Subjects the sources skip (retrieval/scope.py): one row per description or question; the
    # selector was trained on them as its "skip" class.
    off_topic_vectors: np.ndarray
    off_topic_subjects: tuple[str, ...]
    config: SearchConfig = field(default_factory=SearchConfig)
    # The learned crisis net (safety/net.py), when the index was built with its examples.
    crisis_net: CrisisNet | None = None

    @classmethod
    def load(
        cls, index_dir: Path | str, config: SearchConfig | None = None, threads: int = 1,
        encoder: Encoder | None = None,
    ) -> Searcher:
        """Load the serving build; `threads` for onnxruntime (1 keeps p99 steady under load).

        `encoder`: one already open on the same model files, reused across hot reloads.
        """
        files = read_index(index_dir)
        selector = Selector.load(files.folder)
        if selector is None or selector.passages != len(files.passages):
            raise ValueError(f"index in {files.folder} has no answer selector for its passages; "
                             "run `nightlight corpus build`")
        encoder = encoder or Encoder(files.folder, threads=threads)
        return cls(
            passages=files.passages,
            articles={meta.id: meta for meta in files.articles},
            manifest=files.manifest,
            encoder=encoder,
            passage_index=files.vectors,
            view_index=files.views,
            view_owners=files.view_owners,
            lexical=LexicalIndex([p.embedding_text for p in files.passages],
                                 known_words=encoder.known_words()),
            topic_list=files.topics,
            selector=selector,
            off_topic_vectors=files.off_topic_vectors,
            off_topic_subjects=files.off_topic_subjects,
            config=config or SearchConfig(),
            crisis_net=load_net(files.folder),
        )

    def __post_init__(self) -> None:
        self._word_sets = [frozenset(words(p.text)) for p in self.passages]
        self._last_encoded: tuple[str | None, np.ndarray | None] = (None, None)
        owners, sizes = self.view_owners[:, 0], self.view_owners[:, 1]
        # Views grouped by window size, for "best window per passage" per size.
        self._views_by_size = [(owners[sizes == size], np.flatnonzero(sizes == size))
                               for size in np.unique(sizes) if size != QUESTION_VIEW]
        is_question = sizes == QUESTION_VIEW
        self._question_views = (owners[is_question], np.flatnonzero(is_question))

    def encode(self, query: str) -> np.ndarray:
        """The message's unit sentence vector, as search() reads it: computed once by the
        pipeline and handed to both the crisis net and search(vector=...)."""
        return self._encode(self._normalise(query))

    def topics(self) -> list[str]:
        """Section headings short enough to offer as "things I can help with"."""
        seen: set[str] = set()
        offered = []
        for heading in self.topic_list:
            key = heading.lower()
            if len(heading) <= 60 and key not in _NOT_TOPICS and key not in seen:
                seen.add(key)
                offered.append(heading)
        return offered

    def search(self, text: str, k: int = 3, vector: np.ndarray | None = None) -> SearchResult:
        """The best k distinct passages for a message, and whether to show them.

        `vector`: the message's embedding from encode(text), when the caller already has it.
        """
        config = self.config
        normalised = self._normalise(text)
        whole = self._evidence(normalised, self.encode(text) if vector is None else vector)
        # A long message is also ranked by its asking sentences: they carry the question while
        # background around them pulls the whole-message embedding away.
        ranked = whole.ranked
        for piece in message_pieces(text, config.max_pieces):
            piece = self._normalise(piece)
            # One at a time: a padded batch measured slower than separate short runs.
            ranked = np.maximum(ranked,
                                self._evidence(piece, self.encoder.encode_one(piece)).ranked)
        hits = self._distinct_best(ranked, k)

        # Abstention weighs the whole message, not its best sentence: background sentences ("my
        # baby is 7 weeks old") match the sources whatever the question is, and an asking
        # sentence alone ("what can I do to help her") resembles a little of everything.
        skip = float(whole.chances[-1])
        best = float(whole.grounding.max())
        evidence = f"skip {skip:.2f} (declines from {self.selector.skip_threshold:.2f}), " \
                   f"score {best:.2f}"
        if skip >= self.selector.skip_threshold and best < config.confident_score:
            return SearchResult(hits, False, f"the sources skip this: {evidence}")
        return SearchResult(hits, True, evidence)

    def _encode(self, normalised: str) -> np.ndarray:
        """The message's embedding, remembered for the next call on the same text."""
        # One read of the (text, vector) pair: other threads may swap it at any moment.
        text, vector = self._last_encoded
        if text != normalised:
            vector = self.encoder.encode_one(normalised)
            self._last_encoded = (normalised, vector)
        return vector

    def _normalise(self, text: str) -> str:
        return self.lexical.normalise_query(text) or text

    def _evidence(self, normalised: str, vector: np.ndarray) -> _Evidence:
        """Every passage's score for one text (already normalised, and its embedding)."""
        config = self.config
        cosine = _all_scores(self.passage_index, vector)
        view_cosine = _all_scores(self.view_index, vector)
        windows = self._window_scores(view_cosine)
        questions = self._question_scores(view_cosine)
        bm25 = self.lexical.scores(terms(normalised))
        grounding = (cosine + config.view_weight * windows
                     + config.lexical_weight * bm25 / (bm25 + config.bm25_half))
        evidence = grounding + config.question_weight * np.maximum(
            questions - config.question_floor, 0.0)
        return _Evidence(vector, evidence, grounding, self.selector.probabilities(vector),
                         config.selector_weight)

    def _window_scores(self, view_cosine: np.ndarray) -> np.ndarray:
        """Per passage: the best sentence-window cosine for each window size, averaged."""
        total = np.zeros(len(self.passages), dtype=np.float32)
        for owners, members in self._views_by_size:
            best = np.full(len(self.passages), -1.0, dtype=np.float32)
            np.maximum.at(best, owners, view_cosine[members])
            total += best
        return total / max(len(self._views_by_size), 1)

    def _question_scores(self, view_cosine: np.ndarray) -> np.ndarray:
        """Per passage: the best cosine with one of its curated questions (-1 when it has none)."""
        owners, members = self._question_views
        best = np.full(len(self.passages), -1.0, dtype=np.float32)
        np.maximum.at(best, owners, view_cosine[members])
        return best

    def _overlap(self, first: int, second: int) -> float:
        return _containment(self._word_sets[first], self._word_sets[second])

    def _distinct_best(self, scores: np.ndarray, k: int) -> tuple[Hit, ...]:
        """The best passage, then up to k - 1 more, none repeating another; after the first,
        another article's passage comes before one more from the articles already shown when it
        scores within other_article_margin of it."""
        candidates: list[Hit] = []
        kept: list[int] = []
        for index in np.argsort(-scores, kind="stable"):
            if len(candidates) == k + _SPARE_CANDIDATES:
                break
            if any(self._overlap(index, j) >= self.config.duplicate_overlap for j in kept):
                continue
            kept.append(int(index))
            candidates.append(Hit(self.passages[index], float(scores[index])))
        hits = candidates[:1]
        del candidates[:1]
        while candidates and len(hits) < k:
            shown = {hit.passage.article_id for hit in hits}
            pick = candidates[0]
            other = next((c for c in candidates if c.passage.article_id not in shown), None)
            if (pick.passage.article_id in shown and other is not None
                    and pick.score - other.score <= self.config.other_article_margin):
                pick = other
            candidates.remove(pick)
            hits.append(pick)
        return tuple(hits)


# Passages looked at beyond k when choosing which articles to show.
_SPARE_CANDIDATES = 6
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
# Shorter fragments ("hi.", "thanks!") say nothing on their own.
_MIN_PIECE_WORDS = 3
# How a sentence that asks something usually starts (when it does not end with "?").
_ASKING = re.compile(
    r"^(?:how|what|whats|what's|why|when|where|who|which|is|are|am|can|could|should|would|will"
    r"|do|does|did|has|have|any|anyone|was|were)\b", re.I)


def message_pieces(message: str, limit: int) -> list[str]:
    """The asking sentences of a message of several sentences (at most `limit`, the last ones).

    Only sentences that ask: measured on messages padded with background before or after the
    question, scoring every sentence let the background ("my partner says im overthinking")
    pull in passages of its own, while asking sentences carry the question.
    """
    sentences = [p.strip() for p in _SENTENCE_BREAK.split(message.strip())
                 if len(p.split()) >= _MIN_PIECE_WORDS]
    if len(sentences) < 2 or limit <= 0:
        return []
    asking = [s for s in dict.fromkeys(sentences) if s.endswith("?") or _ASKING.match(s)]
    return asking[-limit:]


def _containment(first: frozenset[str], second: frozenset[str]) -> float:
    """Share of the smaller word set found in the other (1.0: one repeats the other)."""
    return len(first & second) / max(min(len(first), len(second)), 1)


def _all_scores(index: faiss.Index, query_vector: np.ndarray) -> np.ndarray:
    """Inner product of the query with every vector in `index`, in index order."""
    scores, ids = index.search(query_vector.reshape(1, -1), index.ntotal)
    ordered = np.empty(index.ntotal, dtype=np.float32)
    ordered[ids[0]] = scores[0]
    return ordered


# Headings that organise an article but are no subject a parent would ask about.
_NOT_TOPICS = frozenset({"key points", "further information", "further help and support",
                         "references", "postpartum depression resources"})
