"""SQLite's errors on srs's own database, as the one-line messages users see.

Two kinds: an operational error (the database is busy or locked, read-only, the disk is
full) is the environment, and the message says what happened to the user's work; any
other database error means the file is damaged, and the message names the newest good
backup to restore. Every place that turns an SQLite error on srs's database into a
message goes through `database_error`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from srs.errors import SrsError
from srs.locations import Locations
from srs.store.backup import damaged

__all__ = ["database_error"]


def database_error(
    exc: sqlite3.DatabaseError, home: Path, *, what: str, then: str = ""
) -> SrsError:
    """The error to raise for `exc`, met on the database in `home`: when the database
    cannot be used now, `what (SQLite's reason)then` (`what`: what could not be done,
    `then`: what became of the user's work); when it is damaged, which backup to
    restore. Exit code 1 either way (the environment, not the user's input)."""
    if isinstance(exc, sqlite3.OperationalError):  # busy, locked, read-only, full
        return SrsError(f"{what} ({exc}){then}")
    return damaged(home, Locations(home).database, str(exc))
