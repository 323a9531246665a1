"""An entry marked known (srs.store.known_probe): its gist card comes first as a probe;
recalled, the entry's other cards start as if answered Easy once — logged as a
schedule set, never as a review, so the optimizer, an Anki export and `srs sync` do not
take it for one; forgotten, they come as new cards; undone, the set is undone too."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from anki.collection import Collection
from anki_helpers import anki_card, import_package, srs_due_day
from cli_helpers import srs
from engine_helpers import START, open_engine
from fsrs.scheduler import DEFAULT_PARAMETERS
from sync_server import PASSWORD, USER, Phone, SyncServer

from srs.anki.export import export_deck
from srs.anki.sync import sync
from srs.anki.sync_login import login
from srs.clock import FixedClock, to_ms
from srs.learn.items import history
from srs.learn.reading_plan import mark_entry
from srs.locations import Locations, data_dir
from srs.store.answering import StaleCard
from srs.store.day_queue import waiting_behind_reading
from srs.store.engine import Engine
from srs.store.merge import ForeignReview
from srs.store.rating import Rating
from srs.store.replay import reschedule_all

GPT3 = "arxiv:2005.14165"  # entry 3 of the small list: five cards
PROBE = f"small|{GPT3}|gist"


def gpt3_cards(engine: Engine) -> list[str]:
    return [card.id for card in engine.cards() if card.entry == GPT3]


def others(engine: Engine) -> list[str]:
    return [cid for cid in gpt3_cards(engine) if cid != PROBE]


def sets(engine: Engine) -> list[tuple[object, ...]]:
    return [
        tuple(row)
        for row in engine.db.execute(
            "SELECT card_id, kind, as_rating, set_at, review_id, undone_at FROM schedule_sets "
            "ORDER BY card_id"
        )
    ]


def log_rows(engine: Engine) -> list[tuple[object, ...]]:
    return [
        tuple(row)
        for row in engine.db.execute(
            "SELECT card_id, rating, undone_at FROM review_log WHERE entry = ? ORDER BY id",
            (GPT3,),
        )
    ]


def test_a_known_entry_brings_its_gist_card_alone_first(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, bury_siblings=False, new_per_day=99)
    assert len(gpt3_cards(engine)) == 5
    mark_entry(engine, "3", "known")
    new = engine.queue().new
    assert [cid for cid in new if GPT3 in cid] == [PROBE]
    assert len(new) == len(engine.cards()) - 4  # the other four wait for the probe


def test_read_mode_introduces_known_entries_and_does_not_count_them_as_unread(
    tmp_path: Path,
) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, new_cards="read", bury_siblings=False, new_per_day=99)
    mark_entry(engine, "3", "known")
    clock.advance(timedelta(seconds=1))
    mark_entry(engine, "1", "read")
    attention = [card.id for card in engine.cards() if card.entry == "arxiv:1706.03762"]
    new = engine.queue().new
    assert new[0] == PROBE and sorted(new[1:]) == sorted(attention)  # marking order
    unread = len(engine.cards()) - len(attention) - 5
    assert waiting_behind_reading(engine.db, "small") == unread


def test_a_recalled_probe_starts_the_others_a_week_out_as_a_set_not_a_review(
    tmp_path: Path,
) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, bury_siblings=False, new_per_day=99)
    mark_entry(engine, "3", "known")
    result = engine.rate(PROBE, Rating.GOOD, duration_ms=3000)
    assert result.probe_set == 4
    for cid in others(engine):
        card = engine.card(cid)
        # as if answered Easy once now: FSRS-6's first Easy stability, w[3] = 8.3 days
        assert card.state == "review" and card.due == START + timedelta(days=8)
        assert card.stability == pytest.approx(DEFAULT_PARAMETERS[3])
        assert card.last_review == START
    assert engine.card(PROBE).state == "learning"  # the probe goes on as answered
    assert log_rows(engine) == [(PROBE, 3, None)]  # one review: the probe's
    assert sets(engine) == [
        (cid, "known", 4, to_ms(START), result.log_id, None) for cid in sorted(others(engine))
    ]
    assert all(GPT3 not in cid for cid in engine.queue().new)
    # a replay (a sync, an import) and a reschedule give the set schedule again
    before = {cid: engine.card(cid) for cid in others(engine)}
    for cid in others(engine):
        assert engine.replay(cid) == before[cid]
    with engine.transaction():
        assert reschedule_all(engine.db, engine.scheduler) == (5, 0)
    assert {cid: engine.card(cid) for cid in others(engine)} == before


def test_the_optimizer_trains_on_the_probe_but_not_on_set_cards(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, bury_siblings=False, new_per_day=0)
    mark_entry(engine, "3", "known")
    engine.rate(PROBE, Rating.GOOD, duration_ms=3000)
    engine.rate(PROBE, Rating.GOOD, duration_ms=3000)
    for days in (9, 30):  # the set cards' own reviews, and the probe's
        clock.advance(timedelta(days=days))
        for cid in gpt3_cards(engine):
            engine.rate(cid, Rating.GOOD, duration_ms=3000)
    config = engine.config
    found = history(engine.db, clock.now(), config.tz(), config.day_start)
    # only the probe's log starts at its first answer: it alone makes items
    assert found.cards == 1 and found.reviews == 4
    assert {item.card for item in found.items} == {0} and len(found.items) == 2


def test_an_anki_export_shows_the_probe_as_a_review_and_set_cards_with_none(
    tmp_path: Path, collection: Collection
) -> None:
    engine = open_engine(tmp_path, timezone="UTC", bury_siblings=False)
    mark_entry(engine, "3", "known")
    engine.rate(PROBE, Rating.EASY, duration_ms=3000)
    package = tmp_path / "small.apkg"
    export_deck(engine, package, progress=False)
    import_package(collection, str(package))
    assert len(anki_card(collection, PROBE).revlog_ids) == 1
    for cid in others(engine):
        there = anki_card(collection, cid)
        assert there.revlog_ids == [] and there.reps == 0
        assert there.type == 2 and there.due_day == srs_due_day(engine.card(cid))
        assert there.stability == pytest.approx(DEFAULT_PARAMETERS[3], abs=2e-3)


def test_sync_pushes_the_probe_as_the_one_review_and_the_set_as_schedules(
    tmp_path: Path,
) -> None:
    server = SyncServer(tmp_path / "server").start()
    try:
        clock = FixedClock(datetime.now(UTC).replace(microsecond=0))  # Anki's real time
        engine = open_engine(tmp_path, clock, timezone="UTC")
        login(Locations(data_dir()).sync_login, USER, PASSWORD, server.url)
        sync(engine)
        phone = Phone(tmp_path / "phone", server)
        phone.sync()
        mark_entry(engine, "3", "known")
        engine.rate(PROBE, Rating.GOOD, duration_ms=3000)
        report = sync(engine)
        assert report.pushed_reviews == 1
        phone.sync()
        assert len(anki_card(phone.col, PROBE).revlog_ids) == 1
        for cid in others(engine):
            there = anki_card(phone.col, cid)
            assert there.revlog_ids == [] and there.type == 2
            assert there.due_day == srs_due_day(engine.card(cid))
        phone.close()
        again = sync(engine)
        assert (again.pushed_reviews, again.pulled_reviews, again.cards_replayed) == (0, 0, 0)
    finally:
        server.kill()


def test_a_review_merged_from_anki_replays_a_set_card_from_its_set(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, bury_siblings=False)
    mark_entry(engine, "3", "known")
    engine.rate(PROBE, Rating.GOOD, duration_ms=3000)
    target = others(engine)[0]
    twin = others(engine)[1]  # same set, reviewed in srs itself
    later = START + timedelta(days=9)
    engine.merge_reviews({target: [ForeignReview(to_ms(later), 3, to_ms(later), 4000)]})
    clock.set(later)
    engine.rate(twin, Rating.GOOD, duration_ms=4000)
    merged, reviewed = engine.card(target), engine.card(twin)
    assert merged.state == reviewed.state == "review"
    assert merged.stability == pytest.approx(reviewed.stability)
    assert merged.stability > 2 * DEFAULT_PARAMETERS[3]  # Good on top of the set


def test_a_forgotten_probe_lets_the_others_come_as_new_cards(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, bury_siblings=False, new_per_day=99)
    mark_entry(engine, "3", "known")
    result = engine.rate(PROBE, Rating.AGAIN, duration_ms=3000)
    assert result.probe_set == 0
    assert sets(engine) == []
    assert all(engine.card(cid).state == "new" for cid in others(engine))
    assert sorted(cid for cid in engine.queue().new if GPT3 in cid) == sorted(others(engine))


def test_undoing_the_probe_answer_undoes_the_set(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, bury_siblings=False, new_per_day=99)
    mark_entry(engine, "3", "known")
    result = engine.rate(PROBE, Rating.GOOD, duration_ms=3000)
    clock.advance(timedelta(seconds=5))
    assert engine.undo() == PROBE
    assert all(engine.card(cid).state == "new" for cid in gpt3_cards(engine))
    assert [row[5] for row in sets(engine)] == [to_ms(START) + 5000] * 4  # marked, kept
    assert [cid for cid in engine.queue().new if GPT3 in cid] == [PROBE]  # a probe again
    # the probe again, forgotten this time: the others come as new cards
    assert engine.rate(PROBE, Rating.AGAIN, duration_ms=3000).probe_set == 0
    assert all(engine.card(cid).state == "new" for cid in others(engine))
    assert result.log_id != engine.db.execute("SELECT MAX(id) FROM review_log").fetchone()[0]


def test_the_probe_answer_cannot_be_undone_once_a_set_card_was_reviewed(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, bury_siblings=False, new_per_day=99)
    mark_entry(engine, "3", "known")
    result = engine.rate(PROBE, Rating.EASY, duration_ms=3000)
    clock.advance(timedelta(days=9))
    engine.rate(others(engine)[0], Rating.GOOD, duration_ms=3000)
    before = {cid: engine.card(cid) for cid in gpt3_cards(engine)}
    with pytest.raises(StaleCard, match="scheduled were reviewed since"):
        engine.undo(result.log_id)
    assert {cid: engine.card(cid) for cid in gpt3_cards(engine)} == before
    assert all(row[5] is None for row in sets(engine))


def test_an_entry_marked_known_after_it_was_started_has_no_probe(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, bury_siblings=False, new_per_day=99)
    started = others(engine)[0]
    engine.rate(started, Rating.GOOD, duration_ms=3000)
    mark_entry(engine, "3", "known")
    waiting = sorted(cid for cid in engine.queue().new if GPT3 in cid)
    assert waiting == sorted(cid for cid in gpt3_cards(engine) if cid != started)
    assert engine.rate(PROBE, Rating.EASY, duration_ms=3000).probe_set is None
    assert sets(engine) == []


def test_srs_read_mark_known_says_what_comes(tmp_path: Path) -> None:
    open_engine(tmp_path).close()
    done = srs("read", "--mark", "known", "3")
    assert done.returncode == 0, done.stderr
    assert "GPT3 paper: unread -> known" in done.stdout and "as a probe" in done.stdout


def test_a_renamed_deck_keeps_its_sets_and_a_deleted_one_takes_them(tmp_path: Path) -> None:
    engine = open_engine(tmp_path)
    mark_entry(engine, "3", "known")
    engine.rate(PROBE, Rating.GOOD, duration_ms=3000)
    engine.close()
    assert srs("decks", "rename", "small", "papers").returncode == 0
    with Engine.open(home=data_dir(), deck="papers") as renamed:
        assert {row[0] for row in renamed.db.execute("SELECT deck FROM schedule_sets")} == {
            "papers"
        }
    deleted = srs("decks", "delete", "papers", "--yes")
    assert deleted.returncode == 0, deleted.stderr
    with sqlite3.connect(Locations(data_dir()).database) as left:
        assert left.execute("SELECT COUNT(*) FROM schedule_sets").fetchone()[0] == 0
