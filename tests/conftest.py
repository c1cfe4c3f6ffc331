"""Shared fixtures: the real index (real model, real FAISS) built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import CRISIS_EXAMPLES
from retrieval.embedding import DEFAULT_MODEL
from retrieval.index import build_index
from retrieval.search import Searcher

REPO_ROOT = Path(__file__).resolve().parent.parent
ARTICLES_DIR = REPO_ROOT / "corpus" / "articles"
DATA_DIR = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index folder built from corpus/articles (with the second net's examples, as the bot
    builds it by default); treat it as read-only."""
    index_dir = tmp_path_factory.mktemp("built") / "index"
    build_index(ARTICLES_DIR, index_dir, DEFAULT_MODEL, crisis_examples=CRISIS_EXAMPLES)
    return index_dir


@pytest.fixture(scope="session")
def searcher(built_index: Path) -> Searcher:
    """A Searcher serving `built_index`; shared, so never change its config in a test."""
    return Searcher.load(built_index)
