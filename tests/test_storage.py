from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cli_helpers import srs
from engine_helpers import START, open_engine, write_list

from srs.build import build
from srs.clock import FixedClock
from srs.errors import SrsError
from srs.locations import data_dir
from srs.store import review_log
from srs.store.backup import KEEP, backups
from srs.store.db import db_path, open_db
from srs.store.engine import Engine
from srs.store.migrations import MIGRATIONS, migrate
from srs.store.rating import Rating

REVIEWER = Path(__file__).with_name("reviewer.py")


def test_migrate_empty_database_gives_the_schema(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "fresh.db")
    assert migrate(db) == [name for name, _ in MIGRATIONS]
    assert migrate(db) == []
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"decks", "cards", "review_log", "_migrations", "fsrs_parameters"} <= tables
    columns = [row[1] for row in db.execute("PRAGMA table_info(cards)")]
    assert columns == [
        "id",
        "deck",
        "entry",
        "kind",
        "front",
        "back",
        "section",
        "links",
        "origin",
        "hash",
        "tags",
        "position",
        "added_at",
        "changed_at",
        "retired_at",
        "state",
        "step",
        "stability",
        "difficulty",
        "due",
        "last_review",
        "suspended",
        "buried_until",
        "extra",
        "new_order",
        "leech",
    ]
    log = [row[1] for row in db.execute("PRAGMA table_info(review_log)")]
    assert log == [
        "id",
        "card_id",
        "deck",
        "entry",
        "rating",
        "reviewed_at",
        "duration_ms",
        "state_before",
        "state_after",
        "before",
        "undone_at",
        "anki_id",
    ]
    indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {
        "cards_new",
        "cards_due",
        "cards_entry",
        "review_log_time",
        "review_log_anki",
        "review_log_card_anki",
    } <= indexes
    assert "review_log_card" not in indexes  # m012: the unique one finds a card's reviews
    assert [r[0] for r in db.execute("SELECT name FROM _migrations")] == [n for n, _ in MIGRATIONS]


def _log_by_card_engine(tmp_path: Path) -> tuple[FixedClock, Engine]:
    """An engine whose cards have reviews: some answered twice, one undone."""
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock)
    for _ in range(3):
        while (card := engine.next_card()) is not None:
            engine.rate(card.id, Rating.AGAIN if card.state == "review" else Rating.GOOD)
        clock.advance(days=9)
    engine.undo()
    return clock, engine


def test_m012_drops_the_second_card_index_and_keeps_the_log(tmp_path: Path) -> None:
    """A database from before m012 (with `review_log_card`) loses that index and
    nothing else: every review row stays as it was."""
    _, engine = _log_by_card_engine(tmp_path)
    db = engine.db
    db.execute("CREATE INDEX review_log_card ON review_log(card_id, reviewed_at)")
    db.execute("DELETE FROM _migrations WHERE name = 'm012_one_card_index_on_the_log'")
    rows = db.execute("SELECT * FROM review_log ORDER BY id").fetchall()
    assert len(rows) > 10
    engine.close()
    db = open_db(data_dir(), now=START)
    indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "review_log_card" not in indexes and "review_log_card_anki" in indexes
    assert db.execute("SELECT * FROM review_log ORDER BY id").fetchall() == rows
    db.close()


def test_every_query_of_a_cards_reviews_uses_an_index(tmp_path: Path) -> None:
    """Reading, counting, checking and undoing one card's reviews (or a few cards')
    searches the log by an index, never scans it (only whole-log reads do, on purpose:
    `NOT INDEXED`)."""
    clock, engine = _log_by_card_engine(tmp_path)
    db = engine.db
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    ids = [card.id for card in engine.cards()]
    for card_id in ids[:3]:
        engine.history(card_id)
        review_log.review_records(db, card_id)
        engine.replay(card_id)
    list(review_log.reviews_of_cards(db, ids))
    review_log.card_review_records(db, ids)
    review_log.known_anki_ids(db, ids)
    clock.advance(days=30)
    while (card := engine.next_card()) is not None:  # lapses counted for leeches
        engine.rate(card.id, Rating.AGAIN if card.state == "review" else Rating.GOOD)
    engine.undo()
    db.set_trace_callback(None)
    by_card = [
        s
        for s in statements
        if "FROM review_log" in s and "card_id" in s.split("FROM review_log", 1)[1]
    ]
    assert len(by_card) >= 8
    for statement in by_card:
        if "NOT INDEXED" in statement:
            continue
        plan = " | ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {statement}"))
        assert "SCAN review_log" not in plan, (statement, plan)
        assert "review_log USING" in plan, (statement, plan)
    engine.close()


def test_database_settings(tmp_path: Path, srs_home: Path) -> None:
    db = open_db(srs_home, now=START)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def _prepare(tmp_path: Path) -> Path:
    build(write_list(tmp_path), home=data_dir())
    open_engine(tmp_path).close()
    return Path(os.environ["SRS_HOME"])


def test_sigkill_never_loses_an_acknowledged_review(tmp_path: Path) -> None:
    home = _prepare(tmp_path)
    rng = random.Random(1234)
    acked: list[int] = []
    for round_ in range(6):
        with subprocess.Popen(
            [sys.executable, str(REVIEWER), str(home), "0", str(round_)],
            stdout=subprocess.PIPE,
            text=True,
        ) as proc:
            assert proc.stdout is not None
            target = rng.randint(3, 40)
            for _ in range(target):
                line = proc.stdout.readline()
                assert line.startswith("ack "), line
                acked.append(int(line.split()[1]))
            time.sleep(rng.random() * 0.01)  # kill mid-review, at a random point
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            for line in proc.stdout:  # acks printed before the kill landed
                if line.startswith("ack "):
                    acked.append(int(line.split()[1]))
        db = sqlite3.connect(db_path(home))
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in db.execute("SELECT id FROM review_log")}
        db.close()
        assert set(acked) <= stored
    assert len(acked) >= 6 * 3


def test_two_processes_review_at_once(tmp_path: Path) -> None:
    home = _prepare(tmp_path)
    procs = [
        subprocess.Popen(
            [sys.executable, str(REVIEWER), str(home), "40", str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in (1, 2)
    ]
    outputs = [proc.communicate(timeout=120) for proc in procs]
    for proc in procs:
        proc.__exit__(None, None, None)
    assert [proc.returncode for proc in procs] == [0, 0], [err for _, err in outputs]
    acks = [int(line.split()[1]) for out, _ in outputs for line in out.splitlines()]
    assert len(acks) == 80 and len(set(acks)) == 80
    db = sqlite3.connect(db_path(home))
    assert db.execute("SELECT COUNT(*) FROM review_log").fetchone()[0] == 80
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_daily_backups_keep_seven(tmp_path: Path, srs_home: Path) -> None:
    clock = FixedClock(START)
    open_engine(tmp_path, clock).close()
    from engine_helpers import engine_config

    from srs.store.engine import Engine

    assert backups(srs_home) == []  # a brand-new database has nothing to keep
    Engine.open(home=srs_home, deck="small", config=engine_config(), clock=clock).close()
    first = backups(srs_home)
    assert len(first) == 1  # the first open of an existing database today
    Engine.open(home=srs_home, deck="small", config=engine_config(), clock=clock).close()
    assert backups(srs_home) == first  # once a day
    for day in range(1, 10):
        clock.set(START + timedelta(days=day))
        Engine.open(home=srs_home, deck="small", config=engine_config(), clock=clock).close()
    kept = backups(srs_home)
    assert len(kept) == KEEP
    assert kept[-1].name.startswith("srs-20260311-")


def test_corrupt_database_names_the_newest_backup(tmp_path: Path, srs_home: Path) -> None:
    engine = open_engine(tmp_path)
    card = engine.next_card()
    assert card is not None
    engine.rate(card.id, Rating.GOOD)
    engine.close()
    assert srs("backup").returncode == 0
    newest = backups(srs_home)[-1]
    path = db_path(srs_home)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(SrsError) as info:
        open_db(srs_home, now=START)
    assert str(newest) in info.value.message and "srs restore" in info.value.message
    done = srs("due")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert str(newest) in done.stderr and len(done.stderr.strip().splitlines()) == 1
    done = srs("restore")
    assert done.returncode == 0, done.stderr
    db = open_db(srs_home, now=START)
    assert db.execute("SELECT COUNT(*) FROM cards").fetchone()[0] > 0


def test_backup_and_restore_commands(tmp_path: Path, srs_home: Path) -> None:
    engine = open_engine(tmp_path)
    engine.close()
    done = srs("backup")
    assert done.returncode == 0, done.stderr
    made = Path(done.stdout.strip())
    assert made.is_file() and made.parent == srs_home / "backups"
    engine = open_engine(tmp_path)
    card = engine.next_card()
    assert card is not None
    engine.rate(card.id, Rating.EASY)
    engine.close()
    done = srs("restore", str(made))
    assert done.returncode == 0, done.stderr
    db = sqlite3.connect(db_path(srs_home))
    assert db.execute("SELECT COUNT(*) FROM review_log").fetchone()[0] == 0
    assert any("pre-restore" in p.name for p in backups(srs_home))
    bad = srs("restore", str(tmp_path / "nope.db"))
    assert bad.returncode == 2 and "no such backup" in bad.stderr


def test_pre_migration_backup(
    tmp_path: Path, srs_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_engine(tmp_path).close()
    for old in backups(srs_home):
        old.unlink()

    def m999_test(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE extra (x)")

    monkeypatch.setattr("srs.store.migrations.MIGRATIONS", [*MIGRATIONS, ("m999_test", m999_test)])
    monkeypatch.setattr("srs.store.db.MIGRATIONS", [*MIGRATIONS, ("m999_test", m999_test)])
    open_db(srs_home, now=datetime(2026, 3, 2, 9, tzinfo=UTC))
    assert [p for p in backups(srs_home) if "pre-migration" in p.name]


def test_a_busy_database_is_a_clear_error_and_loses_nothing(tmp_path: Path, srs_home: Path) -> None:
    engine = open_engine(tmp_path)
    engine.db.execute("PRAGMA busy_timeout = 50")
    card = engine.next_card()
    assert card is not None
    other = sqlite3.connect(db_path(srs_home), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process is mid-write
    with pytest.raises(SrsError, match="busy"):
        engine.rate(card.id, Rating.GOOD)
    other.execute("ROLLBACK")
    other.close()
    assert engine.history(card.id) == []
    engine.rate(card.id, Rating.GOOD)
    assert len(engine.history(card.id)) == 1


def test_the_database_keeps_its_name(srs_home: Path) -> None:
    """Upgrades open the database users have: `srs.db` in the data directory."""
    from srs.locations import Locations

    assert db_path(srs_home) == Locations(srs_home).database == srs_home / "srs.db"
    assert Locations(srs_home).deck("x") == srs_home / "decks" / "x.yaml"
    assert Locations(srs_home).papers_cache == srs_home / "papers" / "arxiv.json"


def test_reviews_in_one_millisecond_get_the_next_free_anki_ids(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START), bury_siblings=False)  # a still clock
    at = int(START.timestamp() * 1000)

    def anki_ids() -> list[int]:
        return [row[0] for row in engine.db.execute("SELECT anki_id FROM review_log ORDER BY id")]

    for _ in range(3):
        card = engine.next_card()
        assert card is not None
        engine.rate(card.id, Rating.GOOD)
    assert anki_ids() == [at, at + 1, at + 2]
    # the second moves on (as a review from Anki may hold any millisecond): a gap
    engine.db.execute("UPDATE review_log SET anki_id = ? WHERE anki_id = ?", (at + 4, at + 1))
    for _ in range(3):
        card = engine.next_card()
        assert card is not None
        engine.rate(card.id, Rating.GOOD)
    assert anki_ids() == [at, at + 4, at + 2, at + 1, at + 3, at + 5]
