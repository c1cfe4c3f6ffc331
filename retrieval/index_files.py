"""The data files of an index build (beside its manifest), and reading them back.

retrieval/index.py writes them; retrieval/build_folders.py says which build folder serves.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from retrieval.articles import ArticleMeta
from retrieval.build_folders import (
    BUILDS,
    CURRENT,
    FORMAT_VERSION,
    MANIFEST_FILE,
    Manifest,
    current_build,
)
from retrieval.build_integrity import verify_build
from retrieval.chunking import Passage

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


def _read_json(path: Path) -> object:
    return json.loads(path.read_text(encoding="utf-8"))
