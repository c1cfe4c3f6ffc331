"""What Nightlight keeps on disk, in one SQLite file: never any message text.

Kept per user: region, the referrer code they arrived with, the date they first came.
Kept anonymously: Helpful / Not helpful counts per passage, and how many people each
referrer code (a health visitor's link) brought. `/forget` removes the user's row.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from bot.storage_files import StorageCorrupt, is_corruption, private_file

# How long one statement waits for another connection's lock. Short on purpose: the bot's
# storage threads must free up for the next request rather than queue behind a stuck lock.
BUSY_TIMEOUT_SECONDS = 1.0

# Each entry migrates the schema from version N to N + 1; never edit a released step.
_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE users (
        user_id  INTEGER PRIMARY KEY,
        region   TEXT,
        referrer TEXT,
        created  TEXT NOT NULL
    );
    CREATE TABLE passage_feedback (
        article_id  TEXT    NOT NULL,
        position    INTEGER NOT NULL,
        helpful     INTEGER NOT NULL DEFAULT 0,
        not_helpful INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (article_id, position)
    );
    CREATE TABLE referrers (
        code   TEXT PRIMARY KEY,
        starts INTEGER NOT NULL DEFAULT 0
    );
    """,
    # Weekly counts per referrer for `nightlight stats --by ref`: anonymous counters, plus
    # the one ISO week each user was last active in, so a person counts once a week.
    """
    ALTER TABLE users ADD COLUMN last_active_week TEXT;
    CREATE TABLE referrer_weeks (
        code   TEXT    NOT NULL,  -- '' for people who came without a referrer code
        week   TEXT    NOT NULL,  -- ISO week, e.g. 2026-W49
        starts INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (code, week)
    );
    """,
)
SCHEMA_VERSION = len(_MIGRATIONS)


@dataclass(frozen=True)
class UserRecord:
    user_id: int
    region: str | None
    referrer: str | None
    created: str


@dataclass(frozen=True)
class PassageFeedback:
    article_id: str
    position: int
    helpful: int
    not_helpful: int


@dataclass(frozen=True)
class ReferrerCount:
    code: str
    starts: int


@dataclass(frozen=True)
class ReferrerWeek:
    """One referrer in one ISO week: new people who started, and people active at all."""

    code: str  # "" for no referrer code
    week: str
    starts: int
    active: int


@dataclass(frozen=True)
class Stats:
    """Everything `nightlight stats` shows maintainers."""

    users: int
    feedback: tuple[PassageFeedback, ...]
    referrers: tuple[ReferrerCount, ...]


class Storage:
    """A small, thread-safe SQLite store; the schema is created or migrated on open.

    The data folder is created 0700 and the file 0600: it links Telegram user ids to
    where they came from, which is nobody else's business on a shared machine.
    """

    def __init__(
        self, path: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS, *, verify: bool = True
    ) -> None:
        self.path = Path(path)
        private_file(self.path)
        # One connection per Storage, guarded by a lock: each statement is tiny, so
        # serialising them costs less than a connection pool.
        self._db = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=busy_timeout
        )
        self._lock = threading.Lock()
        try:
            with self._lock:
                self._db.execute("PRAGMA journal_mode=WAL")
                # WAL + NORMAL: no fsync per tiny write; a crash can lose the last vote,
                # not the file.
                self._db.execute("PRAGMA synchronous=NORMAL")
                if verify:
                    self._check_integrity()
                    self._migrate()
        except BaseException:
            self._db.close()
            raise

    def _check_integrity(self) -> None:
        try:
            verdict = self._db.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as error:
            if is_corruption(error):
                raise StorageCorrupt(f"{self.path}: {error}") from error
            raise
        if verdict != "ok":
            raise StorageCorrupt(f"{self.path}: integrity check failed")

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} has schema version {version}, newer than this Nightlight "
                f"({SCHEMA_VERSION}); upgrade Nightlight instead of downgrading the data."
            )
        for step in range(version, SCHEMA_VERSION):
            self._db.executescript(
                f"BEGIN; {_MIGRATIONS[step]} PRAGMA user_version = {step + 1}; COMMIT;"
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # --- users -----------------------------------------------------------------------

    def user(self, user_id: int) -> UserRecord | None:
        with self._lock:
            row = self._db.execute(
                "SELECT user_id, region, referrer, created FROM users WHERE user_id = ?",
                (user_id,),
            ).fetchone()
        return UserRecord(*row) if row else None

    def region_of(self, user_id: int) -> str | None:
        record = self.user(user_id)
        return record.region if record else None

    def set_region(self, user_id: int, region: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO users (user_id, region, created) VALUES (?, ?, ?) "
                "ON CONFLICT(user_id) DO UPDATE SET region = excluded.region",
                (user_id, region, _today()),
            )

    def record_start(self, user_id: int, region: str | None, referrer: str | None) -> None:
        """Remember a /start: its region (if given) and, the first time only, its referrer."""
        with self._lock, self._db:
            self._db.execute("BEGIN")
            existing = self._db.execute(
                "SELECT referrer FROM users WHERE user_id = ?", (user_id,)
            ).fetchone()
            if existing is None:
                self._db.execute(
                    "INSERT INTO users (user_id, region, referrer, created) VALUES (?, ?, ?, ?)",
                    (user_id, region, referrer, _today()),
                )
                self._bump_week(referrer, iso_week(), "starts")
            elif region is not None:
                self._db.execute(
                    "UPDATE users SET region = ? WHERE user_id = ?", (region, user_id)
                )
            # A referrer is counted once per person, however often they tap the link.
            if referrer is not None and (existing is None or existing[0] is None):
                if existing is not None:
                    self._db.execute(
                        "UPDATE users SET referrer = ? WHERE user_id = ?", (referrer, user_id)
                    )
                self._db.execute(
                    "INSERT INTO referrers (code, starts) VALUES (?, 1) "
                    "ON CONFLICT(code) DO UPDATE SET starts = starts + 1",
                    (referrer,),
                )

    def mark_active(self, user_id: int, week: str) -> None:
        """Count the user once in `week` for their referrer (only users with a row)."""
        with self._lock, self._db:
            self._db.execute("BEGIN")
            row = self._db.execute(
                "UPDATE users SET last_active_week = ? WHERE user_id = ? AND "
                "(last_active_week IS NULL OR last_active_week <> ?) RETURNING referrer",
                (week, user_id, week),
            ).fetchone()
            if row is not None:
                self._bump_week(row[0], week, "active")

    def _bump_week(self, referrer: str | None, week: str, column: str) -> None:
        self._db.execute(
            f"INSERT INTO referrer_weeks (code, week, {column}) VALUES (?, ?, 1) "
            f"ON CONFLICT(code, week) DO UPDATE SET {column} = {column} + 1",
            (referrer or "", week),
        )

    def referrer_weeks(self, since: date) -> tuple[ReferrerWeek, ...]:
        """Weekly starts and active users per referrer, from the ISO week holding `since`."""
        with self._lock:
            rows = self._db.execute(
                "SELECT code, week, starts, active FROM referrer_weeks WHERE week >= ? "
                "ORDER BY week, code",
                (iso_week(since),),
            ).fetchall()
        return tuple(ReferrerWeek(*row) for row in rows)

    def forget(self, user_id: int) -> bool:
        """Delete everything kept about one user; True when there was something to delete."""
        with self._lock:
            cursor = self._db.execute("DELETE FROM users WHERE user_id = ?", (user_id,))
        return cursor.rowcount > 0

    # --- anonymous counts --------------------------------------------------------------

    def record_feedback(self, article_id: str, position: int, helpful: bool) -> None:
        column = "helpful" if helpful else "not_helpful"
        with self._lock:
            self._db.execute(
                f"INSERT INTO passage_feedback (article_id, position, {column}) VALUES (?, ?, 1) "
                f"ON CONFLICT(article_id, position) DO UPDATE SET {column} = {column} + 1",
                (article_id, position),
            )

    def stats(self) -> Stats:
        with self._lock:
            users = self._db.execute("SELECT COUNT(*) FROM users").fetchone()[0]
            feedback = self._db.execute(
                "SELECT article_id, position, helpful, not_helpful FROM passage_feedback "
                "ORDER BY helpful + not_helpful DESC, article_id, position"
            ).fetchall()
            referrers = self._db.execute(
                "SELECT code, starts FROM referrers ORDER BY starts DESC, code"
            ).fetchall()
        return Stats(
            users=users,
            feedback=tuple(PassageFeedback(*row) for row in feedback),
            referrers=tuple(ReferrerCount(*row) for row in referrers),
        )


def iso_week(day: date | None = None) -> str:
    """The ISO week of `day` (today, UTC, by default) as "2026-W49"."""
    year, week, _ = (day or datetime.now(UTC).date()).isocalendar()
    return f"{year}-W{week:02d}"


def _today() -> str:
    return datetime.now(UTC).date().isoformat()
