"""Open the SQLite database: WAL, busy timeout, foreign keys, migrations, backups."""

from __future__ import annotations

import math
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from srs.errors import SrsError
from srs.locations import Locations
from srs.store.backup import backups, damaged, make_backup, newest_backup, stamp_of
from srs.store.migrations import MIGRATIONS, migrate, pending
from srs.store.sqlite_errors import database_error

__all__ = [
    "BUSY_TIMEOUT_S",
    "Database",
    "checkpoint",
    "connect",
    "data_version",
    "db_path",
    "exclusive_access",
    "hold_checkpoints",
    "open_db",
]

BUSY_TIMEOUT_S = 10.0  # how long a write waits for another srs; SRS_BUSY_TIMEOUT overrides


def _busy_timeout() -> float:
    """SRS_BUSY_TIMEOUT in seconds (0 to a day); anything else, `nan` and `inf` too: the default."""
    try:
        seconds = float(os.environ.get("SRS_BUSY_TIMEOUT", BUSY_TIMEOUT_S))
    except ValueError:
        return BUSY_TIMEOUT_S
    if not math.isfinite(seconds):
        return BUSY_TIMEOUT_S
    return min(max(0.0, seconds), 86_400.0)


def data_version(db: sqlite3.Connection) -> int:
    """SQLite's `PRAGMA data_version`: it changes when another connection commits to the
    database (never for this connection's own writes); reading it reads no table."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def db_path(home: Path) -> Path:
    return Locations(home).database


def _lock_path(home: Path) -> Path:
    return Locations(home).lock


class Database(sqlite3.Connection):
    """A connection that may hold the data directory's shared lock until it closes."""

    lock_fd: int | None = None

    def close(self) -> None:
        super().close()
        if self.lock_fd is not None:
            os.close(self.lock_fd)
            self.lock_fd = None


def _flock(home: Path, exclusive: bool) -> int | None:
    """Take the data directory's lock without waiting; None where locks do not exist."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks
        return None
    fd = os.open(_lock_path(home), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        if exclusive:
            raise SrsError(
                "the database is open in another srs (a review session?); "
                "close it first, then try again"
            ) from None
        raise SrsError("a restore of the database is under way; try again in a moment") from None
    return fd


@contextmanager
def exclusive_access(home: Path) -> Iterator[None]:
    """No other srs has the database open while this runs (restore)."""
    fd = _flock(home, exclusive=True)
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)


def connect(path: Path) -> Database:
    timeout = _busy_timeout()
    db = sqlite3.connect(path, timeout=timeout, isolation_level=None, factory=Database)
    db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed review survives a power cut, not only a killed process
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    db.row_factory = sqlite3.Row  # columns by name (and still by position)
    return db


def open_db(home: Path, *, now: datetime, day_start: datetime | None = None) -> Database:
    """Open (creating if needed) and migrate the database, holding the shared lock.

    Backs up before any migration of an existing database, and at the first
    open of each day (`day_start`: the start of the user's current day); a
    database that fails its quick check then is reported, not backed up. An
    empty (0-byte) database file while backups exist is an error, not a new start.
    """
    path = db_path(home)
    if path.exists() and path.stat().st_size == 0 and backups(home):
        raise SrsError(
            f"{path}: the database file is empty (0 bytes) but backups exist; "
            "restore the newest with `srs restore`"
        )
    existed = path.exists() and path.stat().st_size > 0
    lock = _flock(home, exclusive=False)
    try:
        db = connect(path)
    except sqlite3.DatabaseError as exc:
        if lock is not None:
            os.close(lock)
        raise damaged(home, path, str(exc)) from None
    db.lock_fd = lock
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        todo = pending(db)
        if existed and todo and len(todo) < len(MIGRATIONS):
            make_backup(db, home, now, reason="pre-migration")
        migrate(db)
        if existed and day_start is not None:
            newest = newest_backup(home)
            if newest is None or stamp_of(newest) < day_start.astimezone(UTC).replace(tzinfo=None):
                make_backup(db, home, now, reason="daily")
    except sqlite3.DatabaseError as exc:
        db.close()
        raise database_error(
            exc, home, what=f"{path}: cannot open the database", then="; is another srs busy?"
        ) from None
    except SrsError:
        db.close()
        raise
    return db


def hold_checkpoints(db: sqlite3.Connection) -> None:
    """No checkpoint inside this connection's commits (SQLite's default: one each
    1,000 pages of log, a 4 MB copy and fsync in the middle of some commit); the
    owner calls `checkpoint` when it has time. A commit is as durable either way:
    it is in the log, fsynced (`synchronous=FULL`), before it returns."""
    db.execute("PRAGMA wal_autocheckpoint = 0")


def checkpoint(db: sqlite3.Connection) -> None:
    """Copy the log's committed pages into the database, waiting for no one (PASSIVE:
    pages a reader still needs stay for the next time). A failure loses nothing (the
    pages stay in the log, for the next checkpoint or the close): it is left to then."""
    with suppress(sqlite3.Error):
        db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
