"""Build the passage index atomically, and tell whether it matches the corpus and model.

A build validates the corpus, then chunks and embeds it into a fresh build folder, which it
publishes only once complete. Its helpers:
    retrieval/build_folders.py  folder layout, manifest, atomic publish, locking, last good build
    retrieval/build_reuse.py    the ONNX export and unchanged texts' vectors from the last build
    retrieval/index_files.py    the files a build holds, and reading them back (read_index)
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import asdict
from pathlib import Path
from typing import Literal

import faiss
import numpy as np

from retrieval.articles import article_files, article_meta
from retrieval.build_folders import (
    BUILDS,
    FORMAT_VERSION,
    MANIFEST_FILE,
    Manifest,
    build_lock,
    current_build,
    fsync_tree,
    new_build_folder,
    publish,
    remove_leftovers,
    write_json,
)
from retrieval.build_integrity import IndexDamagedError, file_checksums, verify_build
from retrieval.build_progress import BuildProgress
from retrieval.build_reuse import previous_vectors, provide_encoder, text_hash
from retrieval.chunking import (
    CHUNKER_VERSION,
    Passage,
    chunk_article,
    passage_views,
    section_headings,
)
from retrieval.corpus import load_checked_corpus
from retrieval.embedding import Encoder, ModelError, model_fingerprint, resolve_model_path
from retrieval.index_files import (
    ARTICLES_FILE,
    OFF_TOPIC_SUBJECTS_FILE,
    OFF_TOPIC_VECTORS_FILE,
    PASSAGES_FILE,
    TEXT_HASHES_FILE,
    TOPICS_FILE,
    VECTORS_FILE,
    VIEW_OWNERS_FILE,
    VIEWS_FILE,
)
from retrieval.lexical import LexicalIndex
from retrieval.questions import (
    QUESTION_VIEW,
    QUESTIONS_FOLDER,
    SearchQuestion,
    question_files,
    questions_folder,
)
from retrieval.scope import OFF_TOPICS_FILE, off_topics_file
from retrieval.selector import SELECTOR_VERSION, provide_selector
from safety.net import net_source
from safety.net_training import bank_hash, provide_net

Status = Literal["fresh", "stale", "missing", "damaged"]


class IndexNotReadyError(Exception):
    """The index is missing or stale and rebuilding is turned off."""


def content_hash(corpus_dir: Path | str, model: str, fingerprint: str | None = None) -> str:
    """Identity of everything that determines the index: articles, their search questions, the
    off-topic subjects, chunker, model, format. `fingerprint` stands in for the model's own
    when the model is not installed (a serving install)."""
    if fingerprint is None:
        fingerprint = model_fingerprint(resolve_model_path(model))
    digest = hashlib.sha256()
    digest.update(f"format={FORMAT_VERSION}\0chunker={CHUNKER_VERSION}\0model={model}\0".encode())
    # A build without the current answer selector (retrieval/selector.py) is stale.
    digest.update(f"selector={SELECTOR_VERSION}\0".encode())
    digest.update(fingerprint.encode())
    for path in article_files(Path(corpus_dir)):
        digest.update(f"\0{path.name}\0".encode())
        digest.update(path.read_bytes())
    for path in question_files(questions_folder(corpus_dir)):
        digest.update(f"\0{QUESTIONS_FOLDER}/{path.name}\0".encode())
        digest.update(path.read_bytes())
    off_topics = off_topics_file(corpus_dir)
    if off_topics.is_file():
        digest.update(f"\0{OFF_TOPICS_FILE}\0".encode())
        digest.update(off_topics.read_bytes())
    return digest.hexdigest()


def index_status(
    corpus_dir: Path | str, index_dir: Path | str, model: str, crisis_examples: Path | None = None
) -> Status:
    build = current_build(index_dir)
    if build is None:
        return "missing"
    try:
        manifest = Manifest.read(build)
    except (OSError, ValueError, KeyError, TypeError):
        return "stale"
    if manifest.format_version != FORMAT_VERSION:
        return "stale"
    try:
        expected = content_hash(corpus_dir, model)
    except ModelError:
        # A serving install has no model package (no torch): the index carries its own ONNX
        # encoder, so only the corpus can make it stale there.
        if manifest.model != model:
            return "stale"
        expected = content_hash(corpus_dir, model, manifest.model_fingerprint)
    if manifest.content_hash != expected:
        return "stale"
    try:
        verify_build(build, manifest.files)
    except IndexDamagedError:
        return "damaged"
    # With the learned crisis net on, the build must hold a net trained from these very examples.
    if crisis_examples is not None and net_source(build) != bank_hash(
            crisis_examples, manifest.model_fingerprint):
        return "stale"
    return "fresh"


def ensure_index(
    corpus_dir: Path | str,
    index_dir: Path | str,
    model: str,
    rebuild: bool,
    crisis_examples: Path | None = None,
) -> Manifest:
    """Return the manifest of a fresh index, building it if allowed; never pass a stale one.

    A damaged index that may not be rebuilt raises IndexDamagedError: the last good build on
    disk (see `last_good_build`) matched the same articles, unlike a stale one.
    """
    status = index_status(corpus_dir, index_dir, model, crisis_examples)
    if status == "damaged" and not rebuild:
        build = current_build(index_dir)
        assert build is not None
        verify_build(build, Manifest.read(build).files)
    if status != "fresh":
        if not rebuild:
            raise IndexNotReadyError(
                f"the index in {index_dir} is {status} for the articles in {corpus_dir} "
                f"and model {model!r}; run `nightlight corpus build`"
            )
        return build_index(corpus_dir, index_dir, model, crisis_examples)
    build = current_build(index_dir)
    assert build is not None
    return Manifest.read(build)


def build_index(
    corpus_dir: Path | str, index_dir: Path | str, model: str, crisis_examples: Path | None = None
) -> Manifest:
    """Validate, chunk, embed and publish a new index; the old one serves until the swap.

    With `crisis_examples` (safety/examples.jsonl) the learned crisis net is trained on them
    too (safety/net_training.py).
    """
    started = time.monotonic()
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    progress = BuildProgress()
    progress.step(f"checking the corpus in {corpus_dir}")
    # Validation first: a CorpusError must leave everything on disk untouched.
    corpus = load_checked_corpus(corpus_dir)
    articles, questions, off_topics = corpus.articles, list(corpus.questions), corpus.off_topics
    passages = [p for article in articles for p in chunk_article(article)]
    model_dir = resolve_model_path(model)
    fingerprint = model_fingerprint(model_dir)
    corpus_hash = content_hash(corpus_dir, model)

    (index_dir / BUILDS).mkdir(parents=True, exist_ok=True)
    with build_lock(index_dir):
        remove_leftovers(index_dir)
        build = new_build_folder(index_dir)
        reusable = provide_encoder(index_dir, model, fingerprint, model_dir, build)
        encoder = Encoder(build, threads=os.cpu_count() or 1)
        views = [(n, size, text) for n, p in enumerate(passages) for size, text in passage_views(p)]
        lexical = LexicalIndex([p.embedding_text for p in passages],
                               known_words=encoder.known_words())
        views += _question_views(passages, questions, lexical)
        # Normalised like a parent's message, as curated questions are: like compared with like.
        skipped = [(topic.subject, lexical.normalise_query(text))
                   for topic in off_topics for text in topic.texts]
        texts = ([p.embedding_text for p in passages] + [v[2] for v in views]
                 + [text for _, text in skipped])
        hashes = [text_hash(text) for text in texts]
        known = previous_vectors(reusable) if reusable else {}
        missing = [i for i, digest in enumerate(hashes) if digest not in known]
        progress.step(f"{len(articles)} articles, {len(passages)} passages, {len(texts)} texts "
                      f"to embed ({len(texts) - len(missing)} unchanged since the last build)")
        fresh = _embed(encoder, [texts[i] for i in missing])
        vectors = np.zeros((len(texts), encoder.dimension), dtype=np.float32)
        for row, digest in enumerate(hashes):
            if digest in known:
                vectors[row] = known[digest]
        vectors[missing] = fresh
        _write_faiss(build / VECTORS_FILE, vectors[: len(passages)])
        _write_faiss(build / VIEWS_FILE, vectors[len(passages) : len(passages) + len(views)])
        _write_faiss(build / OFF_TOPIC_VECTORS_FILE, vectors[len(passages) + len(views) :])
        write_json(build / OFF_TOPIC_SUBJECTS_FILE, [subject for subject, _ in skipped])
        write_json(build / VIEW_OWNERS_FILE, [[owner, size] for owner, size, _ in views])
        write_json(build / TEXT_HASHES_FILE, hashes)
        write_json(build / PASSAGES_FILE, [asdict(p) for p in passages])
        write_json(build / ARTICLES_FILE, [asdict(article_meta(a)) for a in articles])
        write_json(build / TOPICS_FILE, [h for a in articles for h in section_headings(a)])
        # The learned answer selector: reused from the serving build when trained from the same
        # content, else trained on the vectors just embedded (retrieval/selector.py).
        provide_selector(build, reusable, corpus_hash, vectors[: len(passages)],
                         vectors[len(passages) : len(passages) + len(views)],
                         np.asarray([[owner, size] for owner, size, _ in views], dtype=np.int64),
                         vectors[len(passages) + len(views) :])
        if crisis_examples is not None:
            # The learned crisis net, trained on the bank embedded exactly as a message is at
            # serve time (normalised, then encoded); reused when bank and model are unchanged.
            provide_net(build, Path(crisis_examples), fingerprint, lambda texts: _embed(
                encoder, [lexical.normalise_query(text) or text for text in texts]), reusable)
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            model=model,
            model_fingerprint=fingerprint,
            dimension=int(vectors.shape[1]),
            content_hash=corpus_hash,
            articles=len(articles),
            passages=len(passages),
            views=len(views),
            built_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            build_seconds=round(time.monotonic() - started, 2),
            files=file_checksums(build, skip=MANIFEST_FILE),
        )
        # The manifest goes last: a build folder without one is incomplete by definition.
        write_json(build / MANIFEST_FILE, asdict(manifest))
        fsync_tree(build)
        publish(index_dir, build)
        remove_leftovers(index_dir)
    progress.step(f"published {build.name} in {time.monotonic() - started:.0f}s")
    return manifest


def _question_views(
    passages: list[Passage], questions: list[SearchQuestion], lexical: LexicalIndex
) -> list[tuple[int, int, str]]:
    """(owner passage, QUESTION_VIEW, text) per curated question.

    The text goes through the same normalisation as a parent's message before embedding
    (shorthand spelled out, lower case, misspellings fixed), so that like is compared with like.
    """
    owner = {(p.article_id, p.position): n for n, p in enumerate(passages)}
    return [(owner[(q.article_id, q.position)], QUESTION_VIEW, lexical.normalise_query(q.question))
            for q in questions]


def _write_faiss(path: Path, vectors: np.ndarray) -> None:
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    faiss.write_index(index, str(path))


def _embed(encoder: Encoder, texts: list[str], what: str = "embedding the corpus") -> np.ndarray:
    if not texts:
        return np.zeros((0, encoder.dimension), dtype=np.float32)
    batch = 16
    # Texts of like length share a batch, so little of each batch is padding (a third less time
    # on the crisis bank); the rows are put back in the caller's order.
    order = np.argsort([len(text) for text in texts], kind="stable")
    by_length = [texts[i] for i in order]
    starts = BuildProgress().track(range(0, len(texts), batch), -(-len(texts) // batch), what,
                                   "batch")
    parts = [encoder.encode(by_length[start : start + batch]) for start in starts]
    vectors = np.empty((len(texts), encoder.dimension), dtype=np.float32)
    vectors[order] = np.vstack(parts)
    return vectors
