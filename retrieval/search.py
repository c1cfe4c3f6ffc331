"""Question → ranked verbatim passages, or an abstention when the sources do not cover it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import faiss
import numpy as np

from retrieval.articles import ArticleMeta
from retrieval.chunking import Passage
from retrieval.coverage import SubjectCoverage
from retrieval.embedding import Encoder
from retrieval.index import Manifest, read_index
from retrieval.lexical import LexicalIndex, terms, words
from retrieval.questions import QUESTION_VIEW
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

    # Score = cosine(question, passage) + view_weight * windows + lexical_weight * BM25'
    # + the curated-question term below, where windows is the mean over window sizes of the best
    # sentence-window cosine in the passage, and BM25' = BM25 / (BM25 + bm25_half) so that the
    # weight means the same for every query.
    view_weight: float = 1.0
    lexical_weight: float = 0.4
    bm25_half: float = 6.0
    # + question_weight * max(0, q - question_floor), where q is the best cosine between the
    # question and the passage's curated search questions (retrieval/questions.py). The floor
    # keeps a loose resemblance (any two parents' questions share ~0.4) from counting at all.
    question_weight: float = 3.0
    question_floor: float = 0.5
    # Answer only when the best fused score reaches min_score, some passage or sentence window
    # reaches min_source_cosine (MiniLM puts unrelated English around 0.1–0.25) or some curated
    # question reaches question_floor, where it starts to add to the score (parents' questions
    # share ~0.4–0.5 whatever they ask), and the message is closer to what the sources hold (a
    # passage, a window or a curated question) than to every subject they skip
    # (corpus/off_topics.yaml, retrieval/scope.py).
    # Question against question: measured on 203 labelled out-of-scope questions, comparing
    # with one-line subject descriptions refused 87–100%, comparing with parents' questions
    # 97–100%, while answering 92–100% of in-scope ones.
    min_score: float = 0.6
    min_source_cosine: float = 0.3
    # An asking sentence alone must be clearly closer to a skipped subject: short ones ("what can
    # I do to help her") resemble a little of everything.
    asked_off_topic_margin: float = 0.1
    # A message naming a word no source uses (retrieval/coverage.py: "plane", "burp") is most
    # likely about a subject the sources skip while sounding like them; it is answered only when
    # the evidence reaches uncovered_min_score (in-scope questions with an unseen word mostly
    # score 1.3–3, out-of-scope ones 0.7–1.2). Unless unseen words are at least this share of
    # its content words: one odd word in a long message ("leave the room") names no subject.
    uncovered_min_score: float = 1.2
    uncovered_min_share: float = 0.25
    # Evidence this strong settles it: no out-of-scope question in any labelled set (173 of
    # them, max 1.49) has reached it, while in-scope ones that merely mention a skipped subject
    # ("is oxytocin only from breastfeeding?", a caesarean story) were being declined.
    confident_score: float = 1.6
    # A passage whose words are this much contained in a better hit's (or vice versa) repeats it.
    # Word overlap, not embeddings: passages of one focused article embed alike (cosine > 0.93)
    # while saying different things; distinct passages of the corpus share at most ~0.62.
    duplicate_overlap: float = 0.8
    # After the best passage, a passage from another article is shown before one more from the
    # same article when it scores within this margin (fused scores run ~1–3): a question the
    # best source half-answers is often answered by another. hit@3 rose on every labelled set
    # (eval .938 → .950, holdout .880 → .960), hit@1 cannot change.
    other_article_margin: float = 0.2
    # A message of several sentences is also scored per asking sentence, for at most this many
    # (the last ones): each costs one more encoder run.
    max_pieces: int = 2


@dataclass(frozen=True)
class _Evidence:
    """What one text (a message, or one sentence of it) says about every passage."""

    vector: np.ndarray
    fused: np.ndarray
    closest_source: float  # best passage or sentence-window cosine
    closest_question: float  # best curated-question cosine

    @property
    def closest_covered(self) -> float:
        """How near the text comes to anything the sources hold."""
        return max(self.closest_source, self.closest_question)


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
    # Subjects the sources skip (retrieval/scope.py): one row per description or question.
    off_topic_vectors: np.ndarray
    off_topic_subjects: tuple[str, ...]
    config: SearchConfig = field(default_factory=SearchConfig)
    coverage: SubjectCoverage | None = None  # built from the passages when not given
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
            off_topic_vectors=files.off_topic_vectors,
            off_topic_subjects=files.off_topic_subjects,
            config=config or SearchConfig(),
            crisis_net=load_net(files.folder),
        )

    def __post_init__(self) -> None:
        if self.coverage is None:
            self.coverage = SubjectCoverage((p.embedding_text for p in self.passages),
                                            self.lexical.speller.known_words)
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

    def search(self, query: str, k: int = 3, vector: np.ndarray | None = None) -> SearchResult:
        """`vector`: encode(query) when the caller already has it."""
        config = self.config
        normalised = self._normalise(query)
        if vector is None:
            vector = self._encode(normalised)
        whole = self._evidence(normalised, vector)
        # A long message is also read by its asking sentences: they carry the question while
        # background around them pulls the whole-message embedding away.
        fused = whole.fused
        asked_off_topic = ""  # the skipped subject an asking sentence is closest to
        for piece in message_pieces(query, config.max_pieces):
            piece = self._normalise(piece)
            # One at a time: a padded batch measured slower than separate short runs.
            part = self._evidence(piece, self.encoder.encode_one(piece))
            fused = np.maximum(fused, part.fused)
            nearest, subject = self._closest_off_topic(part.vector)
            if nearest >= part.closest_covered + config.asked_off_topic_margin:
                asked_off_topic = subject
        hits = self._distinct_best(fused, k)

        # Abstention weighs the whole message, not its best sentence: background sentences ("my
        # baby is 7 weeks old") match the sources whatever the question is.
        best = float(whole.fused.max())
        closest_off_topic, subject = self._closest_off_topic(whole.vector)
        evidence = (f"score {best:.2f}, source {whole.closest_source:.2f}, "
                    f"question {whole.closest_question:.2f}, off-topic {closest_off_topic:.2f}")
        if best < config.min_score or (whole.closest_source < config.min_source_cosine
                                       and whole.closest_question < config.question_floor):
            return SearchResult(hits, False, f"weak match: {evidence}")
        if best >= config.confident_score:
            return SearchResult(hits, True, evidence)
        if closest_off_topic >= whole.closest_covered:
            return SearchResult(hits, False, f"closer to a subject the sources skip "
                                             f"({subject}): {evidence}")
        # For the same reason, an asking sentence closer to a skipped subject declines the message
        # however much of the background around it matches the sources.
        if asked_off_topic:
            return SearchResult(hits, False, f"asks about a subject the sources skip "
                                             f"({asked_off_topic}): {evidence}")
        words = self.coverage.assess(normalised)
        if (words.unseen and words.unseen_share >= config.uncovered_min_share
                and best < config.uncovered_min_score):
            return SearchResult(hits, False, f"names {len(words.unseen)} word(s) no source uses: "
                                             f"{evidence}")
        return SearchResult(hits, True, evidence)

    def _closest_off_topic(self, vector: np.ndarray) -> tuple[float, str]:
        """The best cosine with a skipped subject's description or question, and the subject."""
        if not len(self.off_topic_vectors):
            return -1.0, ""
        scores = self.off_topic_vectors @ vector
        best = int(scores.argmax())
        return float(scores[best]), self.off_topic_subjects[best]

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
        """Every passage's fused score for one text (already normalised, and its embedding)."""
        config = self.config
        cosine = _all_scores(self.passage_index, vector)
        view_cosine = _all_scores(self.view_index, vector)
        windows = self._window_scores(view_cosine)
        questions = self._question_scores(view_cosine)
        bm25 = self.lexical.scores(terms(normalised))
        fused = (cosine + config.view_weight * windows
                 + config.question_weight * np.maximum(questions - config.question_floor, 0.0)
                 + config.lexical_weight * bm25 / (bm25 + config.bm25_half))
        closest_source = float(max(cosine.max(), windows.max()))
        return _Evidence(vector, fused, closest_source, float(questions.max()))

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
