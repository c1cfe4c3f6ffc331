"""Holds the searcher the bot is serving, and swaps in a rebuilt index without a restart."""

from __future__ import annotations

import logging
import threading
from enum import StrEnum
from pathlib import Path

from retrieval.search import Searcher

log = logging.getLogger(__name__)


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

    @classmethod
    def ready(cls, searcher: Searcher, index_dir: Path) -> LiveIndex:
        """A LiveIndex already serving `searcher` (for the CLI and tests)."""
        live = cls(index_dir)
        live._install(searcher, _manifest_stamp(index_dir))
        return live

    @property
    def state(self) -> IndexState:
        return self._state

    @property
    def searcher(self) -> Searcher | None:
        return self._searcher

    def load(self) -> bool:
        """Load (or reload) the index from disk; on failure keep serving the previous one."""
        # Read the stamp first: a build published while we load is then picked up next check.
        stamp = _manifest_stamp(self.index_dir)
        try:
            searcher = Searcher.load(self.index_dir)
        except Exception as error:  # noqa: BLE001 - any failure must leave the old index serving
            log.error("index at %s could not be loaded: %s", self.index_dir, error)
            with self._lock:
                if self._searcher is None:
                    self._state = IndexState.FAILED
            return False
        self._install(searcher, stamp)
        log.info("serving the index built at %s", searcher.manifest.built_at)
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

    def _install(self, searcher: Searcher, stamp: str | None) -> None:
        with self._lock:
            self._searcher = searcher
            self._loaded_stamp = stamp
            self._state = IndexState.READY


def _manifest_stamp(index_dir: Path) -> str | None:
    """A cheap fingerprint of the manifest on disk (its bytes), or None when there is none."""
    try:
        return (index_dir / "manifest.json").read_text(encoding="utf-8")
    except OSError:
        return None
