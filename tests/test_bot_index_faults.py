"""The index at start-up under faults: a broken article, a damaged file, a stop during a build.
In each, the last good index keeps answering parents, and the bot says why in one ERROR line."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import shutil
import signal
import sys
import time
from pathlib import Path

from bot_harness import running_bot
from fake_bot_api import TOKEN, FakeBotApi

from bot.config import Settings
from bot.index_rebuild import rebuild_if_stale
from bot.live_index import IndexState, LiveIndex
from retrieval.build_folders import Manifest, current_build
from retrieval.embedding import DEFAULT_MODEL, resolve_model_path
from retrieval.index import index_status
from retrieval.questions import questions_folder
from retrieval.scope import off_topics_file

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS = REPO_ROOT / "corpus"
QUESTION = "how can i help my baby feel safe and loved?"


def copy_corpus_and_index(tmp_path: Path, built_index: Path) -> tuple[Path, Path]:
    """(a corpus folder with articles/, questions/ and off_topics.yaml, an index folder)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS / "articles", corpus / "articles")
    shutil.copytree(questions_folder(CORPUS / "articles"), corpus / "questions")
    shutil.copy(off_topics_file(CORPUS / "articles"), corpus / "off_topics.yaml")
    index_dir = tmp_path / "index"
    shutil.copytree(built_index, index_dir, symlinks=True)
    return corpus, index_dir


def settings_for(corpus: Path, index_dir: Path, **changes) -> Settings:
    return dataclasses.replace(Settings.from_env(), corpus_dir=corpus, index_dir=index_dir,
                               auto_rebuild=True, **changes)


async def until(condition, timeout: float = 60.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.05)


async def test_a_broken_article_at_start_up_leaves_the_last_good_index_answering(
    tmp_path, built_index, caplog
):
    corpus, index_dir = copy_corpus_and_index(tmp_path, built_index)
    serving = Manifest.read(current_build(index_dir))
    broken = next((corpus / "articles").glob("*.md"))
    broken.write_text(broken.read_text().replace("publisher:", "publishr:", 1))
    live_index = LiveIndex(index_dir)
    settings = settings_for(corpus, index_dir)

    async def prepare() -> None:
        await rebuild_if_stale(settings)

    with caplog.at_level(logging.INFO):
        async with running_bot(tmp_path, live_index, prepare_index=prepare) as bot:
            await until(lambda: live_index.state is not IndexState.LOADING)
            answer = await bot.ask(QUESTION)

    assert live_index.state is IndexState.READY
    assert live_index.searcher.manifest == serving
    assert answer.buttons, "an indexed answer, not 'my articles aren't available'"
    errors = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert len(errors) == 1, errors
    assert "last good index" in errors[0]
    assert f"{broken}:" in errors[0] and "missing field 'publisher'" in errors[0]
    assert QUESTION not in caplog.text


async def test_a_truncated_index_file_at_start_up_is_rebuilt_and_served(
    tmp_path, built_index, caplog
):
    corpus, index_dir = copy_corpus_and_index(tmp_path, built_index)
    damaged = current_build(index_dir)
    damaged_at = Manifest.read(damaged).built_at
    # The build before it, kept by `corpus build`: the rebuild reuses its encoder and vectors.
    shutil.copytree(damaged, damaged.parent / "20200101T000000-last-good")
    faiss_file = damaged / "views.faiss"
    faiss_file.write_bytes(faiss_file.read_bytes()[:1000])
    assert index_status(corpus / "articles", index_dir, DEFAULT_MODEL,
                        Settings.from_env().crisis_examples) == "damaged"
    live_index = LiveIndex(index_dir)
    settings = settings_for(corpus, index_dir)

    async def prepare() -> None:
        await rebuild_if_stale(settings)

    async with running_bot(tmp_path, live_index, prepare_index=prepare) as bot:
        await until(lambda: live_index.state is not IndexState.LOADING, timeout=120)
        answer = await bot.ask(QUESTION)

    assert answer.buttons
    assert live_index.searcher.manifest.built_at != damaged_at
    assert not damaged.exists(), "the damaged build is cleared; the last good one is kept"
    assert index_status(corpus / "articles", index_dir, DEFAULT_MODEL,
                        settings.crisis_examples) == "fresh"


async def test_sigterm_during_the_first_build_stops_the_bot_at_once_and_keeps_the_old_index(
    tmp_path, built_index
):
    corpus, index_dir = copy_corpus_and_index(tmp_path, built_index)
    before = current_build(index_dir)
    # The same weights named by folder: the index is stale, and a full rebuild (ONNX export and
    # every text embedded, about a minute) starts at start-up.
    model = str(resolve_model_path(DEFAULT_MODEL))
    log_file = tmp_path / "bot.log"
    async with FakeBotApi() as api:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": api.base_url,
            "NIGHTLIGHT_DATA_DIR": str(tmp_path / "data"),
            "NIGHTLIGHT_CORPUS_DIR": str(corpus),
            "NIGHTLIGHT_INDEX_DIR": str(index_dir),
            "NIGHTLIGHT_MODEL": model,
            "NIGHTLIGHT_AUTO_REBUILD": "1",
        }
        with log_file.open("wb") as log:
            bot = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "run", env=env, stdout=log, stderr=log)
            try:
                child = await _build_child_pid(log_file)
                await asyncio.sleep(1.0)  # well into the build
                assert _alive(child)
                bot.send_signal(signal.SIGTERM)
                stopped = time.monotonic()
                async with asyncio.timeout(30):
                    while bot.returncode is None:
                        api.wake_pollers()
                        with contextlib.suppress(TimeoutError):
                            await asyncio.wait_for(bot.wait(), 0.1)
                took = time.monotonic() - stopped
            finally:
                if bot.returncode is None:
                    bot.kill()
                    await bot.wait()

    logged = log_file.read_text(errors="replace")
    # Docker and systemd kill after 10 s; the bot used to wait out the whole build (68 s).
    assert took < 10, f"{took:.1f}s\n{logged}"
    assert not _alive(child), "the build must not outlive the bot"
    assert current_build(index_dir) == before
    assert Manifest.read(before).model == DEFAULT_MODEL
    assert TOKEN not in logged


async def _build_child_pid(log_file: Path) -> int:
    async with asyncio.timeout(60):
        while True:
            for line in log_file.read_text(errors="replace").splitlines():
                if "rebuilding it in a child process (pid" in line:
                    return int(line.rsplit("pid ", 1)[1].rstrip(")"))
            await asyncio.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by a dead parent) is not running a build.
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    return False
