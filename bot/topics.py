"""/topics: a few questions per article, in parents' own words, each a button that asks it.

The words come from the maintainers' curated search questions (corpus/questions/). For each
article, the passages with the most curated questions are the ones parents ask about most; for
each of those, the question closest to the centre of its questions (by the index's own vectors
of them) is the most typical way of asking, and is offered.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.config import Settings
from retrieval.articles import CorpusError, load_corpus
from retrieval.questions import QUESTION_VIEW, SearchQuestion, load_questions, questions_folder
from retrieval.search import Searcher

log = logging.getLogger(__name__)

TOPICS_PER_ARTICLE = 2
# Longer questions do not fit a button on a phone.
MAX_TOPIC_CHARS = 60


@dataclass(frozen=True)
class Topic:
    question: str  # as a parent would type it
    tag: str  # a short hash of it: a button asks exactly this question or expires

    @property
    def label(self) -> str:
        words = ["I" if word == "i" else word for word in self.question.split(" ")]
        text = " ".join(words)
        text = text[:1].upper() + text[1:]
        return text if text.endswith(("?", ".", "!")) else text + "?"


_CACHE: dict[str, tuple[Topic, ...]] = {}


def topic_questions(searcher: Searcher, articles_dir: Path | None = None) -> tuple[Topic, ...]:
    """The topics for the index being served (worked out once per build)."""
    key = searcher.manifest.content_hash
    if key not in _CACHE:
        folder = articles_dir or Settings.from_env().articles_dir
        _CACHE.clear()
        _CACHE[key] = _choose(searcher, _curated(folder))
    return _CACHE[key]


def _curated(articles_dir: Path) -> list[SearchQuestion]:
    try:
        articles = load_corpus(articles_dir)
        return load_questions(questions_folder(articles_dir), articles)
    except (CorpusError, OSError) as error:
        # The index keeps serving; /topics falls back to section headings.
        log.error("curated questions unreadable for /topics: %s", error)
        return []


def _choose(searcher: Searcher, questions: list[SearchQuestion]) -> tuple[Topic, ...]:
    vectors = _question_vectors(searcher, questions)
    if vectors is None:  # no questions, or a corpus on disk newer than the index
        return tuple(Topic(h, _tag(h)) for h in searcher.topics()[: TOPICS_PER_ARTICLE * 6])
    by_passage: dict[tuple[str, int], list[int]] = defaultdict(list)
    for row, question in enumerate(questions):
        by_passage[(question.article_id, question.position)].append(row)
    articles = list(dict.fromkeys(q.article_id for q in questions))
    topics: list[Topic] = []
    for article in articles:
        groups = [rows for (owner, _), rows in by_passage.items() if owner == article]
        # Most asked about first; ties keep the maintainers' order.
        groups.sort(key=len, reverse=True)
        for rows in groups[:TOPICS_PER_ARTICLE]:
            fitting = [r for r in rows if len(questions[r].question) <= MAX_TOPIC_CHARS] or rows
            # Parents' words, but not their typos: prefer questions the speller leaves alone.
            fitting = [r for r in fitting if _spelled_right(searcher, questions[r].question)
                       ] or fitting
            centre = vectors[rows].mean(axis=0)
            best = max(fitting, key=lambda r: float(vectors[r] @ centre))
            text = questions[best].question.strip()
            topics.append(Topic(text, _tag(text)))
    return tuple(topics)


def _question_vectors(searcher: Searcher, questions: list[SearchQuestion]) -> np.ndarray | None:
    """The index's vectors of the curated questions, row for row, when they are these ones."""
    owners = searcher.view_owners
    rows = np.flatnonzero(owners[:, 1] == QUESTION_VIEW)
    if not questions or len(rows) != len(questions):
        return None
    passages = searcher.passages
    if any((passages[owners[row, 0]].article_id, passages[owners[row, 0]].position)
           != (q.article_id, q.position) for row, q in zip(rows, questions, strict=True)):
        return None
    return np.stack([searcher.view_index.reconstruct(int(row)) for row in rows])


def _spelled_right(searcher: Searcher, question: str) -> bool:
    plain = " ".join(question.lower().replace("’", "'").split())
    return searcher.lexical.normalise_query(question) == plain


def _tag(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:6]
