"""The database file on disk: created private, checked for damage, moved aside when damaged."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)


class StorageCorrupt(sqlite3.DatabaseError):
    """The database file is damaged (or is not a database at all)."""


def is_corruption(error: BaseException) -> bool:
    """True for errors that mean the file itself is damaged, not merely busy or unwritable."""
    if isinstance(error, StorageCorrupt):
        return True
    name = getattr(error, "sqlite_errorname", "")
    return name in {"SQLITE_CORRUPT", "SQLITE_NOTADB"} or (
        isinstance(error, sqlite3.DatabaseError)
        and not isinstance(error, sqlite3.OperationalError)
        and ("malformed" in str(error) or "not a database" in str(error))
    )


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL files) to `<name>.corrupt-<time>`; returns it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            source.rename(target.with_name(target.name + suffix))
    return target


def private_file(path: Path) -> None:
    """Create the folder 0700 and the file 0600 before SQLite opens it.

    SQLite gives its -wal and -shm files the database file's mode, so they follow.
    """
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
        path.parent.chmod(0o700)  # mkdir's mode is filtered by the umask
    elif path.parent.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning("the data folder %s is readable by other users; chmod 700 it", path.parent)
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(descriptor)
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)
