"""A broken corpus or an interrupted build never breaks the serving index; stale is never served."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot.live_index import IndexState, LiveIndex
from retrieval import index as index_module
from retrieval.articles import CorpusError
from retrieval.build_folders import Manifest, current_build, last_good_build
from retrieval.build_integrity import IndexDamagedError
from retrieval.embedding import DEFAULT_MODEL
from retrieval.index import IndexNotReadyError, build_index, ensure_index, index_status
from retrieval.index_files import read_index
from retrieval.questions import questions_folder
from retrieval.scope import off_topics_file
from retrieval.search import Searcher

REPO_ROOT = Path(__file__).resolve().parent.parent
ARTICLES_DIR = REPO_ROOT / "corpus" / "articles"
QUESTIONS_DIR = questions_folder(ARTICLES_DIR)
OFF_TOPICS = off_topics_file(ARTICLES_DIR)
QUESTION = "how can i bond with my baby while pregnant"


@pytest.fixture()
def workspace(tmp_path: Path, built_index: Path) -> tuple[Path, Path]:
    """A copy of the real corpus (articles, search questions, off-topic subjects) and of the
    built index."""
    corpus = tmp_path / "articles"
    shutil.copytree(ARTICLES_DIR, corpus)
    if QUESTIONS_DIR.is_dir():
        shutil.copytree(QUESTIONS_DIR, questions_folder(corpus))
    if OFF_TOPICS.is_file():
        shutil.copy(OFF_TOPICS, off_topics_file(corpus))
    index_dir = tmp_path / "index"
    shutil.copytree(built_index, index_dir, symlinks=True)
    return corpus, index_dir


def top_passage(index_dir: Path) -> str:
    return Searcher.load(index_dir).search(QUESTION).hits[0].passage.text


def test_a_fresh_build_has_a_complete_manifest(built_index):
    manifest = Manifest.read(current_build(built_index))
    assert manifest.model == DEFAULT_MODEL and manifest.dimension == 384
    assert manifest.articles >= 5 and manifest.passages > manifest.articles
    assert manifest.views > manifest.passages
    assert index_status(ARTICLES_DIR, built_index, DEFAULT_MODEL) == "fresh"
    # index_dir/manifest.json always shows the serving build's manifest.
    assert json.loads((built_index / "manifest.json").read_text())["content_hash"] == (
        manifest.content_hash)


def test_missing_index_is_reported_and_not_served(tmp_path):
    assert index_status(ARTICLES_DIR, tmp_path / "nothing", DEFAULT_MODEL) == "missing"
    with pytest.raises(IndexNotReadyError, match="missing"):
        ensure_index(ARTICLES_DIR, tmp_path / "nothing", DEFAULT_MODEL, rebuild=False)
    with pytest.raises(FileNotFoundError):
        Searcher.load(tmp_path / "nothing")


def test_an_edited_article_makes_the_index_stale_until_rebuilt(workspace):
    corpus, index_dir = workspace
    article = next(corpus.glob("*.md"))
    article.write_text(article.read_text() + "\nA new closing paragraph about cuddles.\n")
    assert index_status(corpus, index_dir, DEFAULT_MODEL) == "stale"
    with pytest.raises(IndexNotReadyError, match="stale"):
        ensure_index(corpus, index_dir, DEFAULT_MODEL, rebuild=False)
    manifest = ensure_index(corpus, index_dir, DEFAULT_MODEL, rebuild=True)
    assert index_status(corpus, index_dir, DEFAULT_MODEL) == "fresh"
    assert Manifest.read(current_build(index_dir)) == manifest


def test_another_model_setting_makes_the_index_stale(workspace, built_index):
    corpus, index_dir = workspace
    other = str(index_module.resolve_model_path(DEFAULT_MODEL))  # same weights, other setting
    assert index_status(corpus, index_dir, other) == "stale"


def test_a_malformed_article_is_refused_and_the_old_index_keeps_serving(workspace):
    corpus, index_dir = workspace
    before = current_build(index_dir)
    expected = top_passage(index_dir)
    broken = corpus / "broken.md"
    broken.write_text("---\nid: broken\ntitle: [unclosed\n---\n# Broken\n\nText.\n")
    with pytest.raises(CorpusError) as caught:
        build_index(corpus, index_dir, DEFAULT_MODEL)
    assert f"{broken}:3:" in str(caught.value)
    assert current_build(index_dir) == before
    assert top_passage(index_dir) == expected


def test_a_build_failing_midway_leaves_the_old_index_serving(workspace, monkeypatch):
    corpus, index_dir = workspace
    before = current_build(index_dir)
    expected = top_passage(index_dir)
    article = next(corpus.glob("*.md"))
    article.write_text(article.read_text() + "\nOne more paragraph to make a new build.\n")

    def crash(*args, **kwargs):
        raise RuntimeError("simulated crash while embedding")

    monkeypatch.setattr(index_module, "_embed", crash)
    with pytest.raises(RuntimeError, match="simulated crash"):
        build_index(corpus, index_dir, DEFAULT_MODEL)
    assert current_build(index_dir) == before
    assert top_passage(index_dir) == expected
    # Stale all the same: the articles changed and no new build completed.
    assert index_status(corpus, index_dir, DEFAULT_MODEL) == "stale"


def test_a_killed_build_process_leaves_the_old_index_serving(workspace):
    corpus, index_dir = workspace
    before = current_build(index_dir)
    expected = top_passage(index_dir)
    article = next(corpus.glob("*.md"))
    article.write_text(article.read_text() + "\nOne more paragraph to make a new build.\n")
    # The child kills itself (SIGKILL: no cleanup runs) halfway through writing the new build.
    script = (
        "import os, signal\n"
        "from retrieval import index\n"
        "def die(*args, **kwargs):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "index._write_faiss = die\n"
        f"index.build_index({str(corpus)!r}, {str(index_dir)!r}, {DEFAULT_MODEL!r})\n"
    )
    child = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT)
    assert child.returncode == -signal.SIGKILL
    leftovers = [p for p in (index_dir / "builds").iterdir() if p != before]
    assert leftovers, "the killed build should have left a partial folder behind"
    assert current_build(index_dir) == before
    assert top_passage(index_dir) == expected

    # The next build succeeds, serves the new articles, and clears the leftovers; the build it
    # replaced stays as the last good one.
    build_index(corpus, index_dir, DEFAULT_MODEL)
    assert index_status(corpus, index_dir, DEFAULT_MODEL) == "fresh"
    assert {p.resolve() for p in (index_dir / "builds").iterdir()} == {
        current_build(index_dir), before}


def test_leftover_temporary_files_do_not_disturb_serving_or_building(workspace):
    corpus, index_dir = workspace
    partial = index_dir / "builds" / "20000101T000000-1"
    partial.mkdir()
    (partial / "vectors.faiss").write_bytes(b"half a file")
    os.symlink("builds/20000101T000000-1", index_dir / f".current.tmp-{os.getpid() + 1}")
    assert top_passage(index_dir)
    assert index_status(corpus, index_dir, DEFAULT_MODEL) == "fresh"
    build_index(corpus, index_dir, DEFAULT_MODEL)
    assert not partial.exists()
    assert not list(index_dir.glob(".current.tmp-*"))
    assert top_passage(index_dir)


def test_a_rebuild_embeds_only_the_texts_that_changed(workspace, monkeypatch):
    corpus, index_dir = workspace
    article = corpus / "sheffield-relationship-with-baby.md"
    article.write_text(article.read_text() + "\nSinging softly at bedtime can calm you both.\n")
    embedded: list[str] = []
    real_embed = index_module._embed

    def counting_embed(encoder, texts):
        embedded.extend(texts)
        return real_embed(encoder, texts)

    monkeypatch.setattr(index_module, "_embed", counting_embed)
    manifest = build_index(corpus, index_dir, DEFAULT_MODEL)
    assert 0 < len(embedded) < (manifest.passages + manifest.views) / 4
    # Reused and fresh vectors alike are what the encoder gives for each passage now.
    searcher = Searcher.load(index_dir)
    for position, passage in enumerate(searcher.passages):
        expected = searcher.encoder.encode_one(passage.embedding_text)
        assert float(expected @ searcher.passage_index.reconstruct(position)) > 0.9999


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def test_a_truncated_file_under_an_intact_manifest_is_detected_and_never_served(workspace):
    corpus, index_dir = workspace
    truncate(current_build(index_dir) / "vectors.faiss")

    assert index_status(corpus, index_dir, DEFAULT_MODEL) == "damaged"
    with pytest.raises(IndexDamagedError, match="vectors.faiss"):
        read_index(index_dir)
    with pytest.raises(IndexDamagedError):
        ensure_index(corpus, index_dir, DEFAULT_MODEL, rebuild=False)
    live = LiveIndex(index_dir)
    assert not live.load()  # no last good build on disk: nothing rather than garbage
    assert live.state is IndexState.FAILED and live.searcher is None


def test_a_damaged_index_gives_way_to_the_last_good_build_and_a_rebuild_repairs_it(workspace):
    corpus, index_dir = workspace
    first = current_build(index_dir)
    article = corpus / "sheffield-relationship-with-baby.md"
    article.write_text(article.read_text() + "\nSinging softly at bedtime can calm you both.\n")
    build_index(corpus, index_dir, DEFAULT_MODEL)
    second = current_build(index_dir)
    assert last_good_build(index_dir, besides=second) == first  # kept by the build
    truncate(second / "views.faiss")

    live = LiveIndex(index_dir)
    assert live.load()
    assert live.searcher.manifest == Manifest.read(first)
    assert live.searcher.search(QUESTION).hits

    ensure_index(corpus, index_dir, DEFAULT_MODEL, rebuild=True)
    assert index_status(corpus, index_dir, DEFAULT_MODEL) == "fresh"
    assert current_build(index_dir) not in (first, second)
    assert top_passage(index_dir)


def test_build_embedding_keeps_each_text_on_its_own_row(searcher):
    # The build batches texts by length; every vector must still come back in the caller's order.
    texts = ["a much longer message about a baby who cries every evening for hours on end",
             "hi", "how do i bond", "ok", "skin to skin after a caesarean, is it still possible?"]
    batched = index_module._embed(searcher.encoder, texts)
    one_by_one = [searcher.encoder.encode([text])[0] for text in texts]
    assert batched.shape == (len(texts), searcher.encoder.dimension)
    for row, expected in zip(batched, one_by_one, strict=True):
        assert float(row @ expected) > 0.9999
