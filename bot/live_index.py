"""Holds the searcher the bot is serving, and swaps in a rebuilt index without a restart."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import inspect
import logging
import os
import threading
from collections.abc import Awaitable, Callable
from enum import StrEnum
from pathlib import Path

from retrieval.build_folders import Manifest, current_build, last_good_build
from retrieval.build_integrity import IndexDamagedError
from retrieval.embedding import MODEL_FILE, TOKENIZER_FILE, Encoder
from retrieval.index import IndexNotReadyError
from retrieval.search import Searcher

log = logging.getLogger(__name__)

# What runs before the first load: "rebuild the index if stale", sync (run on a worker thread)
# or async (awaited, so that cancelling it at shutdown stops the build at once).
PrepareIndex = Callable[[], None] | Callable[[], Awaitable[None]]


class IndexState(StrEnum):
    LOADING = "loading"
    READY = "ready"
    FAILED = "failed"


class LiveIndex:
    """The current `Searcher`, loaded in the background and replaced atomically on reload.

    Safety never depends on this: while the index is loading or broken the pipeline still
    answers crises, and tells everyone else kindly that answers are not available yet.
    """

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._searcher: Searcher | None = None
        self._state = IndexState.LOADING
        self._loaded_stamp: str | None = None
        self._lock = threading.Lock()
        # The encoder session and the checksums of the files it came from: a rebuild by the same
        # model reuses it instead of opening another ~90 MB session (memory stays flat).
        self._encoder: tuple[tuple[str, str], Encoder] | None = None

    @classmethod
    def ready(cls, searcher: Searcher, index_dir: Path) -> LiveIndex:
        """A LiveIndex already serving `searcher` (for tests and benchmarks)."""
        live = cls(index_dir)
        live._install(searcher, _manifest_stamp(index_dir))
        return live

    @property
    def state(self) -> IndexState:
        return self._state

    @property
    def searcher(self) -> Searcher | None:
        return self._searcher

    async def first_load(self, prepare: PrepareIndex | None) -> str | None:
        """Prepare (e.g. rebuild when stale), then load; returns the manifest of a build on
        disk that was refused, for the watcher to skip.

        A build refused at start-up (a broken article, a crash) leaves the last good index on
        disk, and it serves, with one ERROR saying why. Only "stale and rebuilding is off"
        serves nothing: the maintainer chose not to serve an index that no longer matches.
        """
        problem = None
        try:
            if prepare is not None:
                if inspect.iscoroutinefunction(prepare):
                    await prepare()
                else:
                    await asyncio.to_thread(prepare)
        except IndexNotReadyError as error:
            log.error("no index served: %s", error)
            self.fail()
            return await asyncio.to_thread(_manifest_stamp, self.index_dir)
        except Exception as error:  # noqa: BLE001 - the bot keeps answering crises regardless
            problem = str(error) or type(error).__name__
        loaded = await asyncio.to_thread(self.load, problem is None)
        if problem is not None:
            served = (f"serving the last good index, built at {self._searcher.manifest.built_at}"
                      if loaded and self._searcher else "no index is served, only crisis replies")
            log.error("the index could not be rebuilt at start-up, so %s; fix this and run "
                      "`nightlight corpus build`: %s", served, problem)
        return None if loaded else await asyncio.to_thread(_manifest_stamp, self.index_dir)

    def load(self, report: bool = True) -> bool:
        """Load (or reload) the index from disk; on failure keep serving the previous one.

        With nothing served yet, a damaged build gives way to the last good build on disk.
        """
        # Read the stamp first: a build published while we load is then picked up next check.
        stamp = _manifest_stamp(self.index_dir)
        try:
            folder = current_build(self.index_dir)
            if folder is None:
                raise FileNotFoundError("no complete index; run `nightlight corpus build`")
            searcher = self._load_searcher(folder)
        except IndexDamagedError as error:
            fallback = last_good_build(self.index_dir, besides=error.folder)
            if self._searcher is not None or fallback is None:
                return self._refuse(error)
            try:
                searcher = self._load_searcher(fallback)
            except Exception as second:  # noqa: BLE001 - as below
                return self._refuse(second)
            log.error("%s; serving the last good build, %s, built at %s, until the next build",
                      error, fallback.name, searcher.manifest.built_at)
        except Exception as error:  # noqa: BLE001 - any failure must leave the old index serving
            return self._refuse(error, report)
        self._install(searcher, stamp)
        log.info("serving the index built at %s", searcher.manifest.built_at)
        release_freed_memory()
        return True

    def fail(self) -> None:
        """Mark the index as unavailable (e.g. the build at start-up failed)."""
        with self._lock:
            if self._searcher is None:
                self._state = IndexState.FAILED

    def changed_on_disk(self) -> bool:
        """True when a different build than the one being served now sits in the index folder."""
        stamp = _manifest_stamp(self.index_dir)
        return stamp is not None and stamp != self._loaded_stamp

    def _load_searcher(self, folder: Path) -> Searcher:
        """The searcher of one build folder, reusing the encoder when its files are the same
        (checksums from the manifest; Searcher.load verifies them)."""
        files = Manifest.read(folder).files
        key = (files.get(MODEL_FILE, ""), files.get(TOKENIZER_FILE, ""))
        reuse = self._encoder[1] if self._encoder and self._encoder[0] == key else None
        searcher = Searcher.load(folder, encoder=reuse)
        self._encoder = (key, searcher.encoder)
        return searcher

    def _refuse(self, error: Exception, report: bool = True) -> bool:
        if report:
            log.error("index at %s could not be loaded: %s", self.index_dir, error)
        with self._lock:
            if self._searcher is None:
                self._state = IndexState.FAILED
        return False

    def _install(self, searcher: Searcher, stamp: str | None) -> None:
        with self._lock:
            self._searcher = searcher
            self._loaded_stamp = stamp
            self._state = IndexState.READY


# glibc's malloc arenas for the whole process (its default is 8 per core).
MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # mallopt's parameter number, from glibc's malloc.h


def limit_malloc_arenas() -> None:
    """Cap glibc's malloc arenas; call once at start-up, before worker threads exist.

    Reloads run on asyncio's worker threads while others answer questions. glibc gives each
    thread an arena of its own and keeps what is freed in it: with the default, RSS climbed
    ~20 MB a reload though the old index was collected (bench/reload_memory_bench.py).
    MALLOC_ARENA_MAX in the environment, when set, wins.
    """
    if os.environ.get("MALLOC_ARENA_MAX"):
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").mallopt(_M_ARENA_MAX, MALLOC_ARENAS)


def release_freed_memory() -> None:
    """Hand memory freed by the replaced index back to the system (glibc keeps it otherwise)."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _manifest_stamp(index_dir: Path) -> str | None:
    """A cheap fingerprint of the manifest on disk (its bytes), or None when there is none."""
    try:
        return (index_dir / "manifest.json").read_text(encoding="utf-8")
    except OSError:
        return None
