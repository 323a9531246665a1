"""The review app copies SQLite's log into the database while a question is read,
never inside an answer's commit, and every answer is committed before the next card."""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path

import pytest
from engine_helpers import START, open_engine

from srs.clock import FixedClock
from srs.locations import data_dir
from srs.store import engine as engine_module
from srs.store.db import db_path
from srs.tui import make_app


def reviews_seen_elsewhere() -> int:
    with sqlite3.connect(db_path(data_dir())) as db:
        return int(db.execute("SELECT count(*) FROM review_log").fetchone()[0])


async def test_checkpoints_come_while_a_question_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "CHECKPOINT_EVERY", 3)
    engine = open_engine(tmp_path, FixedClock(START), bury_siblings=False)
    checkpoints: list[int] = []
    checkpoint = engine.checkpoint

    def counted() -> None:
        checkpoints.append(reviews_seen_elsewhere())
        checkpoint()

    engine.checkpoint = counted  # type: ignore[method-assign]
    app = make_app(engine, open_url=[].append, monotonic=lambda: 0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert engine.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0  # held
        for answered in range(1, 7):
            await pilot.press("space", "3")
            assert reviews_seen_elsewhere() == answered  # committed before the next card
            await pilot.pause()
        # after the 3rd and 6th answers, each once its next question was drawn
        assert checkpoints == [3, 6]


async def test_the_app_gives_the_collector_back_as_it_found_it(tmp_path: Path) -> None:
    """The app freezes start-up's heap and slows young collections while it runs; once it
    exits, a process that goes on (the test run: a later test saw 516,372 objects still
    frozen) finds the collector as it was."""
    before = (gc.get_freeze_count(), gc.get_threshold())
    engine = open_engine(tmp_path, FixedClock(START), bury_siblings=False)
    app = make_app(engine, open_url=[].append, monotonic=lambda: 0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert gc.get_freeze_count() > before[0]
        assert gc.get_threshold()[0] == 10_000
    assert (gc.get_freeze_count(), gc.get_threshold()) == before
