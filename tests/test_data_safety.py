"""Backups, restore and a damaged database: nothing is lost, no backup is destroyed,
every failure is one line. Each test is a regression test for a reported attack."""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cli_helpers import srs
from engine_helpers import START, open_engine

from srs.errors import SrsError
from srs.locations import data_dir
from srs.store.backup import KEEP, backups, make_backup, stamp_of
from srs.store.db import db_path, open_db
from srs.store.rating import Rating


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


def built(srs_home: Path) -> None:
    assert srs("build", "-q").returncode == 0


def test_export_writes_only_new_or_regular_files(tmp_path: Path, srs_home: Path) -> None:
    import os

    built(srs_home)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    target = tmp_path / "real.apkg"
    target.write_text("old")
    link = tmp_path / "link.apkg"
    link.symlink_to(target)
    db = db_path(srs_home)
    db_bytes = db.read_bytes()
    for bad, reason in (
        (str(fifo), "not a regular file"),
        ("/dev/null", "not a regular file"),
        (str(link), "is a link"),
        (str(db), "inside srs's data directory"),
        (str(srs_home / "decks" / "ai-engineering-2025.yaml"), "inside srs's data directory"),
        ("", "empty path"),
        ("   ", "empty path"),
    ):
        done = srs("export", "-o", bad)
        assert done.returncode == 2, (bad, done.stderr)
        assert reason in one_line(done)
    assert fifo.exists() and not fifo.is_file() and link.is_symlink()
    assert target.read_text() == "old" and db.read_bytes() == db_bytes
    # a folder, existing or written with a trailing slash, gets <slug>.apkg
    done = srs("export", "-o", f"{tmp_path / 'new-folder'}/")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "new-folder" / "ai-engineering-2025.apkg").is_file()
    assert srs("export", "-o", str(target)).returncode == 0  # a regular file is replaced
    assert target.read_bytes()[:2] == b"PK"


def test_export_leaves_no_temporary_file(
    tmp_path: Path, srs_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile
    import zipfile

    from srs.anki.export import export_deck
    from srs.clock import FixedClock
    from srs.store.engine import Engine

    built(srs_home)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "out"
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # as TMPDIR=scratch does
    done = srs("export", "-o", f"{out}/")
    assert done.returncode == 0
    assert list(scratch.iterdir()) == [] and [p.name for p in out.iterdir()] == [
        "ai-engineering-2025.apkg"
    ]
    # interrupted half-way (Ctrl-C while zipping): no file left, the old export intact
    old = (out / "ai-engineering-2025.apkg").read_bytes()

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    with Engine.open(clock=FixedClock(START), home=data_dir()) as engine:
        original = zipfile.ZipFile.write
        zipfile.ZipFile.write = interrupted  # type: ignore[assignment,method-assign]
        try:
            with pytest.raises(KeyboardInterrupt):
                export_deck(engine, out / "ai-engineering-2025.apkg", progress=False)
        finally:
            zipfile.ZipFile.write = original  # type: ignore[method-assign]
    assert [p.name for p in out.iterdir()] == ["ai-engineering-2025.apkg"]
    assert (out / "ai-engineering-2025.apkg").read_bytes() == old


def test_a_locked_hand_edit_reaches_reviews_and_export_at_once(
    tmp_path: Path, srs_home: Path
) -> None:
    from srs.clock import FixedClock
    from srs.deck.deckfile import deck_path, load_deck, save_deck
    from srs.store.engine import Engine

    built(srs_home)
    path = deck_path(data_dir(), "ai-engineering-2025")
    deck = load_deck(path)
    card = deck.cards[0]
    # edited by hand as docs/cards.md shows: new text, `locked: true`, the old hash left
    text = path.read_text(encoding="utf-8")
    old_front = '  front: "' + card.front.replace("\n", "\\n").replace('"', '\\"') + '"'
    assert old_front in text
    text = text.replace(old_front, '  front: "My own question?"\n  locked: true', 1)
    path.write_text(text, encoding="utf-8")
    with Engine.open(clock=FixedClock(START), home=data_dir()) as engine:  # no rebuild in between
        assert engine.card(card.id).front == "My own question?"
    assert "My own question?" in srs("cards").stdout
    save_deck(load_deck(path), path)  # and it survives srs writing the file again
    with Engine.open(clock=FixedClock(START), home=data_dir()) as engine:
        assert engine.card(card.id).front == "My own question?"


def test_a_busy_database_during_a_build_is_one_line(tmp_path: Path, srs_home: Path) -> None:
    built(srs_home)
    blocker = sqlite3.connect(db_path(srs_home), timeout=0.05)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        (srs_home / "config.toml").write_text("")  # nothing else changes
        lst = tmp_path / "l.md"
        lst.write_text(
            "## S\n- **[X](https://arxiv.org/abs/2401.00001) paper** - a thing to know.\n"
        )
        done = srs("build", str(lst), env={"SRS_BUSY_TIMEOUT": "0.1"})
        assert done.returncode == 1
        line = one_line(done)
        assert "busy" in line and "next srs command" in line
    finally:
        blocker.rollback()
        blocker.close()
    assert srs("due").returncode == 0  # the next command syncs what the build wrote


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e400"])
def test_a_non_finite_busy_timeout_is_the_default(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: SRS_BUSY_TIMEOUT=inf was a traceback (OverflowError), nan no wait at all."""
    from srs.store.db import BUSY_TIMEOUT_S, _busy_timeout

    monkeypatch.setenv("SRS_BUSY_TIMEOUT", value)
    assert _busy_timeout() == BUSY_TIMEOUT_S


def _sidecars(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm")))


def _journal_mode(path: Path) -> str:
    """What the file's header says (bytes 18-19: 1 rollback journal, 2 WAL)."""
    with path.open("rb") as file:
        header = file.read(20)
    return {b"\x01\x01": "delete", b"\x02\x02": "wal"}[header[18:20]]


def test_backups_and_restores_leave_no_wal_or_shm_files(tmp_path: Path, srs_home: Path) -> None:
    """Regression: backups were WAL databases, so every read-only look at one (the
    restore's check, `damaged`'s newest good backup) left a -wal and a -shm in backups/."""
    reviewed_home(tmp_path)
    folder = srs_home / "backups"
    assert srs("backup").returncode == 0
    assert srs("restore").returncode == 0  # the newest good backup
    assert srs("restore", str(backups(srs_home)[-3])).returncode == 0
    assert _sidecars(folder) == []
    assert all(_journal_mode(path) == "delete" for path in backups(srs_home))
    assert reviews(srs_home) == 1
    assert srs("due").returncode == 0
    assert _journal_mode(db_path(srs_home)) == "wal"  # the live database is WAL again


def test_wal_and_shm_files_an_earlier_srs_left_are_tidied(tmp_path: Path, srs_home: Path) -> None:
    reviewed_home(tmp_path)
    folder = srs_home / "backups"
    # a backup as an earlier srs made it (WAL mode), with the files its reads left
    legacy = folder / "srs-20991231-000000-daily.db"  # the newest: rotation keeps it
    live = sqlite3.connect(db_path(srs_home))
    copy = sqlite3.connect(legacy)
    live.backup(copy)
    copy.close()
    live.close()
    reader = sqlite3.connect(f"{legacy.as_uri()}?mode=ro", uri=True)
    reader.execute("SELECT COUNT(*) FROM cards").fetchone()
    reader.close()
    gone = folder / "srs-20190101-000000-daily.db-shm"  # of a backup rotated out
    gone.write_bytes(b"")
    assert _journal_mode(legacy) == "wal"
    assert _sidecars(folder) == [gone.name, f"{legacy.name}-shm", f"{legacy.name}-wal"]
    assert srs("backup").returncode == 0
    assert _sidecars(folder) == []
    assert srs("restore").returncode == 0  # the newest good backup: the WAL-mode one
    assert srs("restore", str(legacy)).returncode == 0  # named
    assert _sidecars(folder) == []  # it is read as it is, leaving nothing beside it
    assert reviews(srs_home) == 1


def test_restoring_a_wal_backup_whose_wal_holds_pages_leaves_one_file(
    tmp_path: Path, srs_home: Path
) -> None:
    """Regression: after `srs restore` of a WAL-mode backup with pages in its -wal (a
    write never checkpointed), the -wal and a new -shm stayed in backups/. The pages
    are folded into the backup: the restored database and the backup both keep them."""
    reviewed_home(tmp_path)
    folder = srs_home / "backups"
    source = folder / "srs-20991231-000000-daily.db"  # the newest: rotation keeps it
    live = sqlite3.connect(db_path(srs_home))
    copy = sqlite3.connect(source)
    live.backup(copy)
    copy.close()
    live.close()
    writer = sqlite3.connect(source)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE kept (note TEXT)")
    writer.execute("INSERT INTO kept VALUES ('only in the -wal')")
    writer.commit()
    # the files as a writer that stopped here leaves them: the row is in the -wal only
    main, wal = source.read_bytes(), (folder / f"{source.name}-wal").read_bytes()
    writer.close()
    source.write_bytes(main)
    (folder / f"{source.name}-wal").write_bytes(wal)
    assert len(wal) > 0 and _sidecars(folder) == [f"{source.name}-wal"]

    assert srs("restore", str(source)).returncode == 0
    assert _sidecars(folder) == []
    assert _journal_mode(source) == "delete"
    for path in (source, db_path(srs_home)):
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        assert db.execute("SELECT note FROM kept").fetchall() == [("only in the -wal",)]
        db.close()
    assert reviews(srs_home) == 1


def test_a_backup_name_gives_its_time() -> None:
    assert stamp_of(Path("srs-20261202-013005-daily.db")) == datetime(2026, 12, 2, 1, 30, 5)
    assert stamp_of(Path("srs-20260131-235959-pre-migration-2.db")) == datetime(
        2026, 1, 31, 23, 59, 59
    )
    assert stamp_of(Path("notes.db")) == datetime.min
    with pytest.raises(ValueError):
        stamp_of(Path("srs-20261302-013005-daily.db"))  # no 13th month
