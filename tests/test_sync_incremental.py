"""`srs sync` reads only what changed since the last run (srs.anki.sync_run): after an
idle sync a change on either side still arrives, an idle sync changes nothing, and an
incremental run leaves the bridge as a run that reads every card would."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from anki.collection import Collection
from anki_helpers import anki_card, answer_in_anki
from sync_server import SyncServer
from test_sync import assert_same_everywhere, phone_card, synced_pair

from srs.anki import sync_run
from srs.anki.import_reviews import cards_by_guid
from srs.anki.sync import sync
from srs.locations import Locations, data_dir
from srs.store import bridge_state
from srs.store.engine import Engine
from srs.store.rating import Rating

IDLE = {
    "pushed_notes": 0,
    "pushed_reviews": 0,
    "pulled_reviews": 0,
    "cards_replayed": 0,
    "full_sync": None,
    "pulled_holds": 0,
    "notes_in_user_note_types": 0,
    "bridge_set_aside": None,
}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SyncServer]:
    running = SyncServer(tmp_path / "server").start()
    yield running
    running.kill()


@pytest.fixture
def schedules_made(monkeypatch: pytest.MonkeyPatch) -> list[set[str]]:
    """The srs cards each sync made Anki columns for (one set per run)."""
    runs: list[set[str]] = []
    made = sync_run.progress_push

    def spy(rows: Any, *args: Any) -> Any:
        rows = list(rows)
        runs.append({row.id for row in rows})
        return made(rows, *args)

    monkeypatch.setattr(sync_run, "progress_push", spy)
    return runs


def _bridge_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    col = Collection(str(path))
    try:
        assert col.db is not None
        return {
            table: [tuple(row) for row in col.db.all(f"SELECT * FROM {table} ORDER BY id")]
            for table in ("notes", "cards", "revlog")
        }
    finally:
        col.close()


def _srs_rows(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: [tuple(row) for row in engine.db.execute(f"SELECT * FROM {table} ORDER BY 1")]
        for table in ("cards", "review_log", "decks", "bridge_cards", "bridge_mark")
    }


def test_after_an_idle_sync_a_change_on_each_side_still_arrives(
    tmp_path: Path, server: SyncServer, schedules_made: list[set[str]]
) -> None:
    engine, clock, phone = synced_pair(tmp_path, server)
    assert len(schedules_made[0]) == len(engine.cards(include_retired=True))  # the first run
    assert sync(engine).to_json() == IDLE
    assert schedules_made[1] == set()  # nothing changed: no card was read
    by_guid = cards_by_guid(engine)

    # the phone answers two cards and suspends a third ...
    answered = {by_guid[guid] for guid, _ in answer_in_anki(phone.col, 2)}
    held_there = next(v.id for v in engine.cards() if v.id not in answered)
    phone.col.sched.suspend_cards([phone_card(phone, held_there)])
    phone.sync()
    # ... srs answers another and suspends one more
    rated, held_here = [v.id for v in engine.cards() if v.id not in answered | {held_there}][:2]
    clock.set(datetime.now(UTC).replace(microsecond=0))
    engine.rate(rated, Rating.GOOD, 4000)
    engine.suspend(held_here)

    report = sync(engine)
    assert (report.pulled_reviews, report.pushed_reviews, report.pulled_holds) == (2, 1, 1)
    assert report.full_sync is None
    # only the cards that changed on either side were read
    assert schedules_made[2] == answered | {held_there, rated, held_here}
    phone.sync()
    assert_same_everywhere(engine, phone)
    assert engine.card(held_there).suspended
    assert anki_card(phone.col, held_here).queue == -1
    assert anki_card(phone.col, rated).revlog_ids

    # a run that reads every card finds nothing the incremental one left out
    bridge = Locations(data_dir()).bridge
    before = _bridge_rows(bridge)
    with engine.db:
        bridge_state.forget_pushed(engine.db)
    assert sync(engine).to_json() == IDLE
    assert len(schedules_made[3]) == len(engine.cards(include_retired=True))
    assert _bridge_rows(bridge) == before
    # and the next run reads only what changed again
    assert sync(engine).to_json() == IDLE
    assert schedules_made[4] == set()
    phone.close()


def test_an_idle_sync_touches_nothing(tmp_path: Path, server: SyncServer) -> None:
    engine, _, phone = synced_pair(tmp_path, server)
    phone.close()
    sync(engine)  # the phone's download changed nothing: this run settles the record
    bridge = Locations(data_dir()).bridge
    records = [bridge.with_name("pushed.json"), bridge.with_name("pushed-holds.json")]
    before = (
        _srs_rows(engine),
        _bridge_rows(bridge),
        [(path.read_bytes(), path.stat().st_mtime_ns) for path in records],
    )
    assert json.loads(records[0].read_text())  # the record exists (decks pushed)

    assert sync(engine).to_json() == IDLE
    after = (
        _srs_rows(engine),
        _bridge_rows(bridge),
        [(path.read_bytes(), path.stat().st_mtime_ns) for path in records],
    )
    assert after == before
