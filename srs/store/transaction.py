"""One write transaction on srs's database, and what its SQLite errors tell a user."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from srs.store.sqlite_errors import database_error

__all__ = ["write_transaction"]


@contextmanager
def write_transaction(db: sqlite3.Connection, home: Path) -> Iterator[None]:
    """One write transaction, committed on success and rolled back on any error; a busy
    or unwritable database is a clear error, a damaged one says where its backups are."""
    try:
        with db:
            db.execute("BEGIN IMMEDIATE")
            yield
    except sqlite3.DatabaseError as exc:
        raise database_error(
            exc,
            home,
            what="the database is busy or unwritable",
            then="; nothing was saved, try again",
        ) from None
