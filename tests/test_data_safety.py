"""Backups, restore and a damaged database: nothing is lost, no backup is destroyed,
every failure is one line. Each test is a regression test for a reported attack."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from engine_helpers import START, open_engine

from srs.backup import KEEP, backups, make_backup
from srs.db import db_path, open_db
from srs.errors import SrsError
from srs.scheduling import Rating


def srs(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "srs", *args], capture_output=True, text=True)


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def reviewed_home(tmp_path: Path) -> int:
    """A database with one review and a week of good backups; returns the review count."""
    engine = open_engine(tmp_path)
    card = engine.next_card()
    assert card is not None
    engine.rate(card.id, Rating.GOOD)
    engine.close()
    for _ in range(KEEP):
        assert srs("backup").returncode == 0
    return 1


def reviews(home: Path) -> int:
    db = sqlite3.connect(db_path(home))
    try:
        return int(db.execute("SELECT COUNT(*) FROM review_log").fetchone()[0])
    finally:
        db.close()


def test_failed_restores_change_nothing_and_keep_every_backup(
    tmp_path: Path, srs_home: Path
) -> None:
    reviewed_home(tmp_path)
    before = backups(srs_home)
    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE notes (x)")
    db.commit()
    db.close()
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    (tmp_path / "empty.db").write_bytes(b"")
    for bad, reason in (
        (tmp_path / "missing.db", "no such backup file"),
        (text, "not an srs database"),
        (tmp_path / "empty.db", "empty file"),
        (other, "not an srs database (it has notes"),
        (tmp_path, "not a file"),
    ):
        for _ in range(KEEP + 1):  # more failures than backups kept
            done = srs("restore", str(bad))
            assert done.returncode == 2
            line = one_line(done)
            assert str(bad) in line and reason in line, line
    assert backups(srs_home) == before  # no pre-restore backup, none rotated out
    assert reviews(srs_home) == 1


def test_backups_made_in_the_same_second_never_overwrite(tmp_path: Path, srs_home: Path) -> None:
    open_engine(tmp_path).close()
    db = open_db(srs_home, now=START)
    when = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)
    made = [make_backup(db, srs_home, when, reason="manual") for _ in range(3)]
    db.close()
    assert len(set(made)) == 3 and all(path.is_file() for path in made)
    assert backups(srs_home)[-3:] == made  # oldest first, in the order they were made


def _damage(path: Path) -> None:
    """Garbage over the second half of the file: header and schema stay intact."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    start = (len(data) // page // 2) * page
    for i in range(start, len(data)):
        data[i] = (i * 7 + 13) % 256
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_one_line_and_is_not_backed_up(
    tmp_path: Path, srs_home: Path
) -> None:
    reviewed_home(tmp_path)
    good = backups(srs_home)
    _damage(db_path(srs_home))
    done = srs("backup")
    assert done.returncode == 1
    line = one_line(done)
    assert "damaged" in line and str(good[-1]) in line and "srs restore" in line
    assert backups(srs_home) == good  # nothing rotated out for a bad copy
    for command in (["due"], ["stats"], ["export", "-o", str(tmp_path / "x.apkg")]):
        done = srs(*command)
        assert done.returncode == 1, (command, done.stderr)
        assert str(good[-1]) in one_line(done)
    assert not (tmp_path / "x.apkg").exists()
    done = srs("restore")
    assert done.returncode == 0, done.stderr
    assert reviews(srs_home) == 1


def test_an_empty_database_file_is_not_a_new_start(tmp_path: Path, srs_home: Path) -> None:
    reviewed_home(tmp_path)
    path = db_path(srs_home)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.write_bytes(b"")
    done = srs("due")
    assert done.returncode == 1
    line = one_line(done)
    assert "empty (0 bytes)" in line and "srs restore" in line
    assert path.stat().st_size == 0 and len(backups(srs_home)) == KEEP
    with pytest.raises(SrsError, match="empty"):
        open_db(srs_home, now=START)
    assert srs("restore").returncode == 0 and reviews(srs_home) == 1


def test_no_restore_while_a_review_session_is_open(tmp_path: Path, srs_home: Path) -> None:
    reviewed_home(tmp_path)
    session = open_engine(tmp_path)  # a review session holds the database
    try:
        before = backups(srs_home)
        done = srs("restore")
        assert done.returncode == 1
        assert "open in another srs" in one_line(done)
        assert backups(srs_home) == before
        card = session.next_card()
        assert card is not None
        session.rate(card.id, Rating.GOOD)  # the session's answers still land
    finally:
        session.close()
    assert reviews(srs_home) == 2
    assert srs("restore").returncode == 0  # once it is closed
