"""Open the SQLite database: WAL, busy timeout, foreign keys, migrations, backups."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from srs.backup import make_backup, newest_backup
from srs.errors import SrsError
from srs.migrations import MIGRATIONS, migrate, pending

__all__ = ["BUSY_TIMEOUT_S", "connect", "db_path", "open_db"]

BUSY_TIMEOUT_S = 10.0


def db_path(home: Path) -> Path:
    return home / "srs.db"


def connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed review survives a power cut, not only a killed process
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _corrupt(home: Path, path: Path, exc: Exception) -> SrsError:
    backup = newest_backup(home)
    if backup is None:
        hint = "no backup exists yet; move the file aside to start afresh"
    else:
        hint = f"newest backup: {backup}; restore it with `srs restore {backup}`"
    return SrsError(f"{path}: database is unreadable ({exc}); {hint}")


def open_db(home: Path, *, now: datetime, day_start: datetime | None = None) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database.

    Backs up before any migration of an existing database, and at the first
    open of each day (`day_start`: the start of the user's current day).
    """
    path = db_path(home)
    existed = path.exists() and path.stat().st_size > 0
    try:
        db = connect(path)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        todo = pending(db)
        if existed and todo and len(todo) < len(MIGRATIONS):
            make_backup(db, home, now, reason="pre-migration")
        migrate(db)
        if existed and day_start is not None:
            newest = newest_backup(home)
            if newest is None or _stamp(newest) < day_start.astimezone(UTC).replace(tzinfo=None):
                make_backup(db, home, now, reason="daily")
    except sqlite3.OperationalError as exc:
        raise SrsError(f"{path}: cannot open the database ({exc}); is another srs busy?") from None
    except sqlite3.DatabaseError as exc:
        raise _corrupt(home, path, exc) from None
    return db


def _stamp(path: Path) -> datetime:
    """The UTC time encoded in a backup's name (naive)."""
    try:
        return datetime.strptime(path.name[4:19], "%Y%m%d-%H%M%S")
    except ValueError:
        return datetime.min
