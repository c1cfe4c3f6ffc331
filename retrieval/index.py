"""Build the passage index atomically, and tell whether it matches the corpus and model.

Layout of an index folder (e.g. corpus/index/):

    current -> builds/<build id>     symlink, swapped atomically with os.replace
    builds/<build id>/               manifest.json (written last), passages.json,
                                     articles.json, vectors.faiss, encoder.onnx, tokenizer.json
    .lock                            serialises concurrent builds

A build writes a fresh folder under builds/ and only then repoints `current`, so a failed or
killed build leaves the previous index serving; leftovers are removed by the next build, which
keeps the build before it as the last good one. The manifest holds the sha256 of every other
file in its folder: a damaged file (a truncated .faiss, a bad disk) is found when the index is
read, and the last good build serves instead (retrieval/build_integrity.py).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

import faiss
import numpy as np

from retrieval.articles import ArticleMeta, article_files, article_meta
from retrieval.build_integrity import (
    IndexDamagedError,
    file_checksums,
    verify_build,
)
from retrieval.build_progress import BuildProgress
from retrieval.chunking import (
    CHUNKER_VERSION,
    Passage,
    chunk_article,
    passage_views,
    section_headings,
)
from retrieval.corpus import load_checked_corpus
from retrieval.embedding import (
    MODEL_FILE,
    TOKENIZER_FILE,
    Encoder,
    ModelError,
    export_onnx,
    model_fingerprint,
    resolve_model_path,
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

# 3: the manifest lists every file's checksum.
FORMAT_VERSION = 3
CURRENT = "current"
BUILDS = "builds"
MANIFEST_FILE = "manifest.json"
PASSAGES_FILE = "passages.json"
ARTICLES_FILE = "articles.json"
TOPICS_FILE = "topics.json"
VECTORS_FILE = "vectors.faiss"
VIEWS_FILE = "views.faiss"
VIEW_OWNERS_FILE = "views.json"
# Subjects the sources skip (retrieval/scope.py): one vector per description or question, and
# the subject each row belongs to.
OFF_TOPIC_VECTORS_FILE = "off_topics.faiss"
OFF_TOPIC_SUBJECTS_FILE = "off_topics.json"
# sha256 of every embedded text, in vector order (passages, views, off-topics): lets the next build
# reuse the vectors of unchanged texts instead of embedding everything again.
TEXT_HASHES_FILE = "text_hashes.json"

Status = Literal["fresh", "stale", "missing", "damaged"]


class IndexNotReadyError(Exception):
    """The index is missing or stale and rebuilding is turned off."""


@dataclass(frozen=True)
class Manifest:
    format_version: int
    model: str
    model_fingerprint: str
    dimension: int
    content_hash: str
    articles: int
    passages: int
    views: int
    built_at: str
    build_seconds: float
    # name → sha256 of every other file in the build folder (retrieval/build_integrity.py).
    files: dict[str, str]

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        data = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        return cls(**{key: data[key] for key in cls.__dataclass_fields__})


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


def current_build(index_dir: Path | str) -> Path | None:
    """The folder `current` points at, if it holds a complete build."""
    link = Path(index_dir) / CURRENT
    if not link.exists():
        return None
    target = link.resolve()
    return target if (target / MANIFEST_FILE).is_file() else None


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
    with _build_lock(index_dir):
        _remove_leftovers(index_dir)
        # mkdtemp: two builds in one second by one process must not collide.
        build = Path(tempfile.mkdtemp(prefix=f"{time.strftime('%Y%m%dT%H%M%S')}-",
                                      dir=index_dir / BUILDS))
        build.chmod(0o755)
        reusable = _provide_encoder(index_dir, model, fingerprint, model_dir, build)
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
        hashes = [_text_hash(text) for text in texts]
        known = _previous_vectors(reusable) if reusable else {}
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
        _write_json(build / OFF_TOPIC_SUBJECTS_FILE, [subject for subject, _ in skipped])
        _write_json(build / VIEW_OWNERS_FILE, [[owner, size] for owner, size, _ in views])
        _write_json(build / TEXT_HASHES_FILE, hashes)
        _write_json(build / PASSAGES_FILE, [asdict(p) for p in passages])
        _write_json(build / ARTICLES_FILE, [asdict(article_meta(a)) for a in articles])
        _write_json(build / TOPICS_FILE, [h for a in articles for h in section_headings(a)])
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
        _write_json(build / MANIFEST_FILE, asdict(manifest))
        _fsync_tree(build)
        _publish(index_dir, build)
        _remove_leftovers(index_dir)
    progress.step(f"published {build.name} in {time.monotonic() - started:.0f}s")
    return manifest


@dataclass(frozen=True)
class IndexFiles:
    """Everything a build folder holds, read into memory."""

    folder: Path
    manifest: Manifest
    passages: tuple[Passage, ...]
    articles: tuple[ArticleMeta, ...]
    topics: tuple[str, ...]
    vectors: faiss.Index
    views: faiss.Index
    # For each view: (index of the passage it belongs to, sentence-window size), where size
    # QUESTION_VIEW marks a curated search question.
    view_owners: np.ndarray
    # One row per off-topic description or question, and the subject of each row.
    off_topic_vectors: np.ndarray
    off_topic_subjects: tuple[str, ...]


def read_index(index_dir: Path | str) -> IndexFiles:
    """Read the serving build of `index_dir` (or a build folder given directly)."""
    index_dir = Path(index_dir)
    if (index_dir / CURRENT).exists() or (index_dir / BUILDS).is_dir():
        folder = current_build(index_dir)
    else:
        folder = index_dir if (index_dir / MANIFEST_FILE).is_file() else None
    if folder is None:
        raise FileNotFoundError(f"no complete index in {index_dir}; run `nightlight corpus build`")
    manifest = Manifest.read(folder)
    if manifest.format_version != FORMAT_VERSION:
        raise ValueError(f"index format {manifest.format_version} is not {FORMAT_VERSION}")
    verify_build(folder, manifest.files)
    vectors = faiss.read_index(str(folder / VECTORS_FILE))
    passages = tuple(Passage(**row) for row in _read_json(folder / PASSAGES_FILE))
    views = faiss.read_index(str(folder / VIEWS_FILE))
    view_owners = np.asarray(_read_json(folder / VIEW_OWNERS_FILE), dtype=np.int64).reshape(-1, 2)
    off_topics = faiss.read_index(str(folder / OFF_TOPIC_VECTORS_FILE))
    off_topic_subjects = tuple(_read_json(folder / OFF_TOPIC_SUBJECTS_FILE))
    if (
        vectors.ntotal != len(passages)
        or vectors.d != manifest.dimension
        or views.ntotal != len(view_owners)
        or off_topics.ntotal != len(off_topic_subjects)
    ):
        raise ValueError(f"index in {folder} is inconsistent: vectors do not match passages")
    return IndexFiles(
        folder=folder,
        manifest=manifest,
        passages=passages,
        articles=tuple(ArticleMeta(**row) for row in _read_json(folder / ARTICLES_FILE)),
        topics=tuple(_read_json(folder / TOPICS_FILE)),
        vectors=vectors,
        views=views,
        view_owners=view_owners,
        off_topic_vectors=off_topics.reconstruct_n(0, off_topics.ntotal),
        off_topic_subjects=off_topic_subjects,
    )


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


def _read_json(path: Path) -> object:
    return json.loads(path.read_text(encoding="utf-8"))


def _write_faiss(path: Path, vectors: np.ndarray) -> None:
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    faiss.write_index(index, str(path))


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _previous_vectors(build: Path) -> dict[str, np.ndarray]:
    """text hash → vector from an earlier build by the same model (empty if unreadable)."""
    try:
        hashes = _read_json(build / TEXT_HASHES_FILE)
        parts = []
        for name in (VECTORS_FILE, VIEWS_FILE, OFF_TOPIC_VECTORS_FILE):
            index = faiss.read_index(str(build / name))
            parts.append(index.reconstruct_n(0, index.ntotal))
        vectors = np.vstack(parts)
    except (OSError, ValueError, RuntimeError, TypeError):
        return {}
    if not isinstance(hashes, list) or len(hashes) != len(vectors):
        return {}
    return dict(zip(hashes, vectors, strict=True))


def _embed(encoder: Encoder, texts: list[str], what: str = "embedding the corpus") -> np.ndarray:
    if not texts:
        return np.zeros((0, encoder.dimension), dtype=np.float32)
    batch = 16
    starts = BuildProgress().track(range(0, len(texts), batch), -(-len(texts) // batch), what,
                                   "batch")
    parts = [encoder.encode(texts[start : start + batch]) for start in starts]
    return np.ascontiguousarray(np.vstack(parts), dtype=np.float32)


def _provide_encoder(
    index_dir: Path, model: str, fingerprint: str, model_dir: Path, build: Path
) -> Path | None:
    """Reuse the serving index's ONNX export when it came from the same model; else export.

    Returns the serving build whose vectors may be reused, or None.
    """
    serving = current_build(index_dir)
    for previous in (serving, last_good_build(index_dir, besides=serving)):
        if previous is None:
            continue
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            manifest = Manifest.read(previous)
            # Never carry a damaged file (or its vectors) into a new build.
            verify_build(previous, manifest.files)
            if manifest.model == model and manifest.model_fingerprint == fingerprint:
                for name in (MODEL_FILE, TOKENIZER_FILE):
                    _link_or_copy(previous / name, build / name)
                return previous
    BuildProgress().step(f"exporting {model} to ONNX (the first build with this model)")
    export_onnx(model_dir, build)
    return None


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _publish(index_dir: Path, build: Path) -> None:
    """Atomically point `current` at `build` (rename of a symlink is atomic on POSIX)."""
    link = index_dir / CURRENT
    temporary = index_dir / f".{CURRENT}.tmp-{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    temporary.symlink_to(Path(BUILDS) / build.name)
    os.replace(temporary, link)
    # index_dir/manifest.json always shows the serving build's manifest (through `current`).
    convenience = index_dir / MANIFEST_FILE
    if not convenience.is_symlink():
        convenience.unlink(missing_ok=True)
        convenience.symlink_to(Path(CURRENT) / MANIFEST_FILE)
    _fsync_dir(index_dir)


def last_good_build(index_dir: Path | str, besides: Path | None = None) -> Path | None:
    """The newest complete, intact build of this format other than `besides` (usually the
    damaged current one), or None."""
    builds = Path(index_dir) / BUILDS
    if not builds.is_dir():
        return None
    candidates = sorted((folder for folder in builds.iterdir()
                         if (folder / MANIFEST_FILE).is_file() and folder.resolve() != besides),
                        key=lambda folder: (folder / MANIFEST_FILE).stat().st_mtime, reverse=True)
    for folder in candidates:
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            manifest = Manifest.read(folder)
            if manifest.format_version == FORMAT_VERSION:
                verify_build(folder, manifest.files)
                return folder.resolve()
    return None


def _remove_leftovers(index_dir: Path) -> None:
    """Delete builds that are neither current nor the last good one before it: older ones, and
    those left by killed builds."""
    serving = current_build(index_dir)
    keep = {serving, last_good_build(index_dir, besides=serving)} - {None}
    for folder in (index_dir / BUILDS).iterdir():
        if folder.resolve() not in keep:
            shutil.rmtree(folder, ignore_errors=True)
    for stray in index_dir.glob(f".{CURRENT}.tmp-*"):
        stray.unlink(missing_ok=True)


@contextlib.contextmanager
def _build_lock(index_dir: Path) -> Iterator[None]:
    with open(index_dir / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _fsync_tree(folder: Path) -> None:
    for path in folder.iterdir():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)

