"""Reading statuses in Anki (issue 21): each note tagged with its entry's status, and with
new_cards = "read" the new cards of entries not read yet travel suspended, through an
export imported into a real collection and through `srs sync` with Anki's own sync
server and a phone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from anki.collection import Collection
from anki_helpers import import_package
from engine_helpers import SMALL_KEYS, START, open_engine
from sync_server import PASSWORD, USER, Phone, SyncServer
from test_sync import assert_same_everywhere, now_clock, phone_card

from srs.anki.export import export_deck, note_guid
from srs.anki.sync import sync
from srs.anki.sync_login import login
from srs.clock import FixedClock
from srs.learn.reading_plan import mark_entry, reading_plan
from srs.locations import Locations, data_dir
from srs.store.engine import Engine
from srs.store.migrations import MIGRATIONS

KEYS = SMALL_KEYS
STATUS_TAGS = {f"srs::{status}" for status in ("unread", "reading", "read", "skipped", "known")}


def in_anki(col: Collection, card_id: str) -> tuple[str, int]:
    """The status tag of an srs card's note in `col`, and its card's queue."""
    (nid,) = col.db.list("SELECT id FROM notes WHERE guid = ?", note_guid(card_id))
    tags = set(col.get_note(nid).tags) & STATUS_TAGS
    assert len(tags) == 1, (card_id, tags)
    (queue,) = col.db.list("SELECT queue FROM cards WHERE nid = ?", nid)
    return tags.pop(), int(queue)


def expected(engine: Engine, waiting: set[str]) -> dict[str, tuple[str, int]]:
    """What Anki should hold of each card: its entry's status tag, and suspended (-1) when
    srs suspended it or its entry is in `waiting` (a new card of it), else new (0)."""
    status = {state.entry.key: state.status for state in reading_plan(engine).entries}
    return {
        view.id: (
            f"srs::{status[view.entry]}",
            -1 if view.suspended or (view.state == "new" and view.entry in waiting) else 0,
        )
        for view in engine.cards()
    }


def held_in_anki(col: Collection, engine: Engine) -> dict[str, tuple[str, int]]:
    return {view.id: in_anki(col, view.id) for view in engine.cards()}


def entry_cards(engine: Engine, key: str) -> list[str]:
    return [view.id for view in engine.cards() if view.entry == key]


# -- the export --------------------------------------------------------------------------


def test_the_export_tags_statuses_and_suspends_what_waits_for_reading(
    collection: Collection, tmp_path: Path
) -> None:
    clock = FixedClock(START)
    with open_engine(tmp_path, clock, new_cards="read") as engine:
        mark_entry(engine, "1", "read")
        mark_entry(engine, "2", "reading")
        mark_entry(engine, "3", "skipped")
        mark_entry(engine, "4", "known")
        own = entry_cards(engine, KEYS[0])[0]
        engine.suspend(own)  # the learner's own suspension, of a card of a read entry
        export_deck(engine, tmp_path / "v1.apkg", progress=False)
        import_package(collection, str(tmp_path / "v1.apkg"))
        waiting = {KEYS[2], KEYS[4], KEYS[5]}  # a known entry's cards come (probe first)
        assert held_in_anki(collection, engine) == expected(engine, waiting)
        assert in_anki(collection, own) == ("srs::read", -1)
        assert in_anki(collection, entry_cards(engine, KEYS[1])[0]) == ("srs::reading", 0)
        assert in_anki(collection, entry_cards(engine, KEYS[5])[0]) == ("srs::unread", -1)
        # a phone user filters on the tag: `srs::read` is not `srs::reading`
        assert len(collection.find_notes("tag:srs::read")) == len(entry_cards(engine, KEYS[0]))
        assert len(collection.find_notes("tag:srs::unread")) == len(
            entry_cards(engine, KEYS[4]) + entry_cards(engine, KEYS[5])
        )

        # marked read a day later: the re-export's notes are newer, the import takes the
        # tag (the suspension stays: Anki keeps the progress of cards it has)
        clock.advance(days=1)
        mark_entry(engine, "5", "read")
        export_deck(engine, tmp_path / "v2.apkg", progress=False)
        import_package(collection, str(tmp_path / "v2.apkg"))
        for card_id in entry_cards(engine, KEYS[4]):
            assert in_anki(collection, card_id) == ("srs::read", -1)
        # a collection new to the deck gets it unsuspended
        fresh = Collection(str(tmp_path / "fresh.anki2"))
        try:
            import_package(fresh, str(tmp_path / "v2.apkg"))
            assert held_in_anki(fresh, engine) == expected(engine, waiting - {KEYS[4]})
        finally:
            fresh.close()


def test_with_all_new_cards_only_skipped_entries_wait(
    collection: Collection, tmp_path: Path
) -> None:
    with open_engine(tmp_path) as engine:
        assert engine.config.new_cards == "all"
        mark_entry(engine, "2", "skipped")
        mark_entry(engine, "3", "read")
        export_deck(engine, tmp_path / "deck.apkg", progress=False)
        import_package(collection, str(tmp_path / "deck.apkg"))
        assert held_in_anki(collection, engine) == expected(engine, {KEYS[1]})
        # without scheduling every card arrives new, unsuspended; the tags still come
        export_deck(engine, tmp_path / "plain.apkg", progress=False, scheduling=False)
        plain = Collection(str(tmp_path / "plain.anki2"))
        try:
            import_package(plain, str(tmp_path / "plain.apkg"), scheduling=False)
            assert held_in_anki(plain, engine) == expected(engine, set())
        finally:
            plain.close()


def test_marking_stamps_the_entrys_cards_only_when_the_status_changes(tmp_path: Path) -> None:
    clock = FixedClock(START)
    with open_engine(tmp_path, clock) as engine:
        cards = entry_cards(engine, KEYS[0])

        def stamps() -> dict[str, int]:
            return {view.id: int(view.changed_at.timestamp() * 1000) for view in engine.cards()}

        before = stamps()
        clock.advance(hours=1)
        mark_entry(engine, "1", "reading")
        after = stamps()
        moved = {card_id for card_id in after if after[card_id] != before[card_id]}
        assert moved == set(cards)
        assert {after[c] for c in cards} == {int(clock.now().timestamp() * 1000)}
        clock.advance(hours=1)
        mark_entry(engine, "1", "reading")  # the same status: the notes did not change
        assert stamps() == after
        for status in ("read", "unread"):
            clock.advance(hours=1)
            mark_entry(engine, "1", status)
            assert {stamps()[c] for c in cards} == {int(clock.now().timestamp() * 1000)}


def test_the_migration_makes_every_note_newer_once(tmp_path: Path) -> None:
    """Notes exported before statuses were tagged: each card's change time moves a
    second on, so the next import or sync takes the status tag."""
    db = sqlite3.connect(tmp_path / "old.db")
    steps = dict(MIGRATIONS)
    for name, step in MIGRATIONS:
        if name == "m010_reading_in_anki":
            break
        step(db)
    db.execute("INSERT INTO decks (slug, title) VALUES ('d', 'D')")
    db.execute(
        """INSERT INTO cards (id, deck, entry, kind, front, back, section, origin, hash,
           position, added_at, changed_at) VALUES ('d|e|gist', 'd', 'e', 'gist', 'f', 'b',
           's', 'template', 'h', 0, 5000, 7500)"""
    )
    db.execute("INSERT INTO bridge_cards (card_id, guid) VALUES ('d|e|gist', 'g')")
    steps["m010_reading_in_anki"](db)
    assert db.execute("SELECT changed_at FROM cards").fetchone() == (8500,)
    assert db.execute("SELECT entry_status FROM bridge_cards").fetchone() == (None,)
    db.close()


# -- `srs sync` and a phone ----------------------------------------------------------------


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SyncServer]:
    running = SyncServer(tmp_path / "server").start()
    yield running
    running.kill()


def read_mode(tmp_path: Path, server: SyncServer) -> tuple[Engine, FixedClock]:
    clock = now_clock()
    engine = open_engine(tmp_path, clock, timezone="UTC", new_cards="read")
    login(Locations(data_dir()).sync_login, USER, PASSWORD, server.url)
    return engine, clock


def later(clock: FixedClock) -> None:
    """srs's clock on to the real time, and at least a second on: a note's modification
    time counts seconds, a note newer by a second is what Anki takes."""
    clock.set(max(datetime.now(UTC).replace(microsecond=0), clock.now() + timedelta(seconds=1)))


def phone_for(tmp_path: Path, server: SyncServer) -> Phone:
    phone = Phone(tmp_path / "phone", server)
    phone.sync()
    phone.col.decks.select(phone.col.decks.id_for_name("Small list"))
    return phone


def queued_entries(phone: Phone, engine: Engine) -> set[str]:
    """The entries whose cards the phone's scheduler offers now."""
    by_guid = {note_guid(view.id): view.entry for view in engine.cards()}
    phone.col.decks.select(phone.col.decks.id_for_name("Small list"))
    queued = phone.col.sched.get_queued_cards(fetch_limit=100)
    return {by_guid[phone.col.get_card(q.card.id).note().guid] for q in queued.cards}


def test_marked_read_in_srs_the_phones_cards_are_unsuspended_and_tagged(
    tmp_path: Path, server: SyncServer
) -> None:
    engine, clock = read_mode(tmp_path, server)
    mark_entry(engine, "1", "read")
    own = entry_cards(engine, KEYS[2])[0]
    engine.suspend(own)  # the learner's own suspension, of a card of an unread entry
    sync(engine)
    phone = phone_for(tmp_path, server)
    waiting = set(KEYS[1:])
    assert held_in_anki(phone.col, engine) == expected(engine, waiting)
    assert queued_entries(phone, engine) == {KEYS[0]}  # the phone introduces read ones only

    # the suspensions srs pushed for reading do not come back as the learner's
    report = sync(engine)
    assert report.pulled_holds == 0
    assert [view.id for view in engine.cards() if view.suspended] == [own]

    # unsuspended on the phone, a card that waits for its entry is suspended again
    waits = entry_cards(engine, KEYS[4])[0]
    phone.col.sched.unsuspend_cards([phone_card(phone, waits)])
    phone.sync()
    sync(engine)
    phone.sync()
    assert in_anki(phone.col, waits) == ("srs::unread", -1)
    assert not engine.card(waits).suspended

    # read in srs: at the next sync the phone's cards come, tagged `srs::read`; the
    # learner's own suspension stays
    later(clock)
    mark_entry(engine, "2", "read")
    mark_entry(engine, "3", "read")
    report = sync(engine)
    assert report.pulled_holds == 0
    assert report.pushed_notes == len(entry_cards(engine, KEYS[1]) + entry_cards(engine, KEYS[2]))
    phone.sync()
    waiting -= {KEYS[1], KEYS[2]}
    assert held_in_anki(phone.col, engine) == expected(engine, waiting)
    assert in_anki(phone.col, own) == ("srs::read", -1) and engine.card(own).suspended
    for card_id in entry_cards(engine, KEYS[1]):
        assert in_anki(phone.col, card_id) == ("srs::read", 0)
    assert queued_entries(phone, engine) == {KEYS[0], KEYS[1], KEYS[2]}

    # unread again: suspended again
    later(clock)
    mark_entry(engine, "2", "unread")
    assert sync(engine).pulled_holds == 0
    phone.sync()
    waiting.add(KEYS[1])
    assert held_in_anki(phone.col, engine) == expected(engine, waiting)
    assert_same_everywhere(engine, phone)
    phone.close()


def test_statuses_survive_a_full_sync_and_a_rebuilt_bridge(
    tmp_path: Path, server: SyncServer
) -> None:
    engine, _ = read_mode(tmp_path, server)
    mark_entry(engine, "2", "read")
    mark_entry(engine, "4", "reading")
    sync(engine)
    phone = phone_for(tmp_path, server)
    waiting = {KEYS[0], KEYS[2], KEYS[4], KEYS[5]}
    want = expected(engine, waiting)
    assert held_in_anki(phone.col, engine) == want

    for how in ("download", "upload", "rebuilt bridge"):
        if how == "rebuilt bridge":
            Locations(data_dir()).bridge.write_text("x\n")  # damaged: set aside, rebuilt
            report = sync(engine)
            assert report.bridge_set_aside is not None
        else:
            report = sync(engine, **{how: True})
        assert report.full_sync in ("download", "upload"), how
        assert report.pulled_holds == 0, how
        assert not any(view.suspended for view in engine.cards()), how
        phone.sync()
        assert held_in_anki(phone.col, engine) == want, how
    assert_same_everywhere(engine, phone)
    phone.close()


def test_a_change_of_setting_or_of_status_reaches_a_note_srs_no_longer_updates(
    tmp_path: Path, server: SyncServer
) -> None:
    """The hold follows the status even when the note is not pushed again (it is in a
    note type of the learner's); switching new_cards re-reads every card."""
    from anki.sync_pb2 import SyncCollectionResponse as Response

    from srs.anki.export import BASIC_MODEL_ID

    engine, clock = read_mode(tmp_path, server)
    engine.config = replace(engine.config, new_cards="all")
    sync(engine)
    phone = phone_for(tmp_path, server)
    assert held_in_anki(phone.col, engine) == expected(engine, set())
    col = phone.col
    basic = col.models.by_name("Basic")
    assert basic is not None
    moved = next(c for c in entry_cards(engine, KEYS[3]) if not engine.card(c).is_cloze)
    (nid,) = col.db.list("SELECT id FROM notes WHERE guid = ?", note_guid(moved))
    change = col.models.change_notetype_info(
        old_notetype_id=BASIC_MODEL_ID, new_notetype_id=basic["id"]
    ).input
    change.note_ids.extend([nid])
    col.models.change_notetype_of_notes(change)
    phone.upload()
    assert sync(engine).notes_in_user_note_types == 1

    engine.config = replace(engine.config, new_cards="read")  # every card is read again
    assert sync(engine).pulled_holds == 0
    assert phone.sync() in (Response.NO_CHANGES, Response.NORMAL_SYNC)
    assert col.db.scalar("SELECT queue FROM cards WHERE nid = ?", nid) == -1
    later(clock)
    mark_entry(engine, "4", "read")
    report = sync(engine)
    assert report.pulled_holds == 0 and report.full_sync is None
    phone.sync()
    assert col.db.scalar("SELECT queue FROM cards WHERE nid = ?", nid) == 0
    assert col.db.scalar("SELECT mid FROM notes WHERE id = ?", nid) == basic["id"]
    phone.close()
