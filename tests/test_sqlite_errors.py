"""One mapping from SQLite's errors on srs's database to the messages users see
(`srs.store.sqlite_errors`), fed real SQLite errors."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from srs.errors import SrsError
from srs.store.backup import make_backup
from srs.store.db import open_db
from srs.store.sqlite_errors import database_error

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def test_a_database_that_cannot_be_used_now_says_what_became_of_the_work(
    tmp_path: Path, srs_home: Path
) -> None:
    path = tmp_path / "read-only.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    read_only = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        read_only.execute("INSERT INTO t VALUES (1)")
    read_only.close()
    error = database_error(caught.value, srs_home, what="nothing was saved", then="; try again")
    assert type(error) is SrsError and error.exit_code == 1
    assert error.message == "nothing was saved (attempt to write a readonly database); try again"


def test_a_damaged_database_names_the_newest_good_backup(tmp_path: Path, srs_home: Path) -> None:
    db = open_db(srs_home, now=NOW)
    backup = make_backup(db, srs_home, NOW)
    db.close()
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all " * 200)
    other = sqlite3.connect(garbage)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        other.execute("SELECT 1 FROM sqlite_master")
    other.close()
    assert not isinstance(caught.value, sqlite3.OperationalError)
    error = database_error(caught.value, srs_home, what="unused")
    assert error.exit_code == 1
    assert error.message == (
        f"{srs_home / 'srs.db'}: database is damaged (file is not a database); "
        f"newest good backup: {backup}; restore it with `srs restore {backup}`"
    )
