"""The bot's storage, kept off the event loop and out of every reply's way.

SQLite calls run in two dedicated threads, one reading and one writing, each with its own
connection (WAL lets the reader go on while a writer or another process holds a lock).
The event loop only ever waits on them with a short timeout, so a locked, slow or broken
database can delay nobody by more than that timeout, and a crisis reply not at all beyond
`CRISIS_REGION_WAIT`.

A user's region is also kept in memory: once read or chosen it never needs the database
again this run. When the database cannot be opened the bot runs in a logged no-storage
mode, and a damaged file is moved aside (`*.corrupt-<time>`) for a fresh one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from bot.storage import Stats, Storage, iso_week
from bot.storage_files import is_corruption, move_aside

log = logging.getLogger(__name__)

T = TypeVar("T")

# The longest a crisis reply waits for a region the memory does not hold; then the default.
CRISIS_REGION_WAIT = 0.05
# The longest any other reply waits for storage (a read, or its own write to settle).
REPLY_STORAGE_WAIT = 0.1
# A write that meets a lock is tried again this many times (each waits BUSY_TIMEOUT_SECONDS).
WRITE_ATTEMPTS = 10
REGION_MEMORY = 100_000
_NO_REGION = ""  # remembered "this user has no region stored", so we do not ask again


class StorageService:
    """Region memory plus SQLite in worker threads; never raises into a handler."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._reader_pool = ThreadPoolExecutor(1, thread_name_prefix="nightlight-db-read")
        self._writer_pool = ThreadPoolExecutor(1, thread_name_prefix="nightlight-db-write")
        self._regions: OrderedDict[int, str] = OrderedDict()
        self._regions_lock = threading.Lock()
        self._active_weeks: OrderedDict[int, str] = OrderedDict()
        self._reader: Storage | None = None
        self._writer: Storage | None = None
        self._reopen_lock = threading.Lock()
        self.dropped_writes = 0
        if path is not None:
            self._writer_pool.submit(self._open).result()

    @property
    def available(self) -> bool:
        return self._writer is not None

    # --- opening, and recovering from a damaged file -----------------------------------

    def _open(self) -> None:
        """Open both connections; move a damaged file aside once; else no-storage mode."""
        assert self.path is not None
        for attempt in (1, 2):
            try:
                self._writer = Storage(self.path)
                self._reader = Storage(self.path, verify=False)
                log.info("storage ready at %s", self.path)
                return
            except Exception as error:  # noqa: BLE001 - any failure: start without storage
                self._close_connections()
                if attempt == 1 and is_corruption(error):
                    try:
                        aside = move_aside(self.path)
                    except OSError as move_error:
                        error = move_error
                    else:
                        log.error("the database %s was damaged (%s); moved it to %s and "
                                  "started a fresh one", self.path, type(error).__name__,
                                  aside.name)
                        continue
                log.error(
                    "storage unavailable (%s: %s): running in NO-STORAGE mode; regions are "
                    "kept in memory until restart, referrers and feedback are not counted",
                    type(error).__name__, error,
                )
                return

    def _recover(self, broken: Storage) -> None:
        """Called in its own thread when a query finds the file damaged mid-run."""
        with self._reopen_lock:
            if broken is not self._writer and broken is not self._reader:
                return  # already recovered by an earlier call
            self._close_connections()
            try:
                aside = move_aside(self.path)
                log.error("the database became damaged; moved it to %s", aside.name)
            except OSError as error:
                log.error("the damaged database could not be moved aside: %s", error)
            self._open()

    def _close_connections(self) -> None:
        for storage in (self._writer, self._reader):
            if storage is not None:
                with contextlib.suppress(sqlite3.Error):
                    storage.close()
        self._writer = self._reader = None

    # --- running statements in the worker threads --------------------------------------

    def _read(self, call: Callable[[Storage], T], default: T) -> T:
        reader = self._reader
        if reader is None:
            return default
        try:
            return call(reader)
        except sqlite3.Error as error:
            self._storage_error("read", error, reader)
            return default

    def _write(self, what: str, call: Callable[[Storage], T], default: T) -> T:
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            writer = self._writer
            if writer is None:
                break
            try:
                return call(writer)
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) and "busy" not in str(error):
                    self._storage_error(what, error, writer)
                    break
                log.warning("database is locked; %s attempt %d of %d", what, attempt,
                            WRITE_ATTEMPTS)
            except sqlite3.Error as error:
                self._storage_error(what, error, writer)
                break
        self.dropped_writes += 1
        log.error("storage write dropped: %s", what)
        return default

    def _storage_error(self, what: str, error: sqlite3.Error, storage: Storage) -> None:
        log.error("storage %s failed: %s: %s", what, type(error).__name__, error)
        if is_corruption(error):
            threading.Thread(
                target=self._recover, args=(storage,), name="nightlight-db-recover"
            ).start()

    async def _wait(self, future: Future[T], timeout: float, default: T) -> T:
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except TimeoutError:
            return default

    # --- regions -------------------------------------------------------------------------

    def known_region(self, user_id: int | None) -> str | None:
        """The region held in memory, without touching the database."""
        if user_id is None:
            return None
        with self._regions_lock:
            return self._regions.get(user_id) or None

    async def region_of(
        self, user_id: int | None, timeout: float = REPLY_STORAGE_WAIT
    ) -> str | None:
        """Memory first, then the database for at most `timeout` seconds, else None."""
        if user_id is None:
            return None
        with self._regions_lock:
            if user_id in self._regions:
                self._regions.move_to_end(user_id)
                return self._regions[user_id] or None
        if self._reader is None:
            return None

        def lookup(storage: Storage) -> str | None:
            region = storage.region_of(user_id)
            self._remember(user_id, region or _NO_REGION, overwrite=False)
            return region

        future = self._reader_pool.submit(self._read, lookup, None)
        return await self._wait(future, timeout, None)

    def _remember(self, user_id: int, region: str, overwrite: bool = True) -> None:
        with self._regions_lock:
            if overwrite or user_id not in self._regions:
                self._regions[user_id] = region
                self._regions.move_to_end(user_id)
            while len(self._regions) > REGION_MEMORY:
                self._regions.popitem(last=False)

    # --- writes: remembered at once, stored in the writer thread -------------------------

    def set_region(self, user_id: int, region: str) -> Future[bool]:
        self._remember(user_id, region)
        return self._submit_write(
            "set region", lambda storage: storage.set_region(user_id, region)
        )

    def record_start(self, user_id: int, region: str | None, referrer: str | None) -> Future[bool]:
        if region is not None:
            self._remember(user_id, region)
        return self._submit_write(
            "record start", lambda storage: storage.record_start(user_id, region, referrer)
        )

    def record_feedback(self, article_id: str, position: int, helpful: bool) -> Future[bool]:
        return self._submit_write(
            "record feedback",
            lambda storage: storage.record_feedback(article_id, position, helpful),
        )

    def note_active(self, user_id: int | None) -> None:
        """Count the user as active this ISO week (one write per user per week at most)."""
        if user_id is None or self._writer is None:
            return
        week = iso_week()
        with self._regions_lock:
            if self._active_weeks.get(user_id) == week:
                return
            self._active_weeks[user_id] = week
            while len(self._active_weeks) > REGION_MEMORY:
                self._active_weeks.popitem(last=False)
        self._submit_write("mark active", lambda storage: storage.mark_active(user_id, week))

    def forget(self, user_id: int) -> Future[bool]:
        """Delete the user's row; the future says whether there was one."""
        self._remember(user_id, _NO_REGION)
        with self._regions_lock:
            self._active_weeks.pop(user_id, None)
        return self._writer_pool.submit(
            self._write, "forget", lambda storage: storage.forget(user_id), False
        )

    def _submit_write(self, what: str, call: Callable[[Storage], object]) -> Future[bool]:
        def run(storage: Storage) -> bool:
            call(storage)
            return True

        return self._writer_pool.submit(self._write, what, run, False)

    async def settle(self, future: Future[T], default: T, timeout: float = REPLY_STORAGE_WAIT) -> T:
        """Wait briefly for a write; past `timeout` it finishes in the background."""
        return await self._wait(future, timeout, default)

    # --- maintenance -----------------------------------------------------------------------

    def stats(self) -> Stats | None:
        """For tests and tools: waits for pending writes, then reads the counts."""
        self.flush()
        return self._reader_pool.submit(self._read, lambda storage: storage.stats(), None).result()

    def flush(self, timeout: float = 10.0) -> None:
        """Block until every write submitted so far has run (tests, shutdown)."""
        self._writer_pool.submit(time.sleep, 0).result(timeout)

    def close(self, timeout: float = 3.0) -> None:
        """Let pending writes finish (for at most `timeout`), then close the connections."""
        deadline = time.monotonic() + timeout
        try:
            self.flush(timeout)
        except TimeoutError:
            log.error("storage still busy at shutdown; pending writes abandoned")
        self._writer_pool.shutdown(wait=False, cancel_futures=True)
        self._reader_pool.shutdown(wait=False, cancel_futures=True)
        if self._reopen_lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            try:
                self._close_connections()
            finally:
                self._reopen_lock.release()
