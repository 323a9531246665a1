"""`srs sync` against Anki's own sync server on 127.0.0.1, with a second device (a
"phone" collection answering cards through Anki's scheduler)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from anki.collection import Collection
from anki.sync_pb2 import SyncCollectionResponse as Response
from anki_helpers import anki_card, answer_in_anki, expected_type, srs_due_day
from click.testing import CliRunner
from engine_helpers import SMALL_LIST, open_engine
from sync_server import PASSWORD, USER, Phone, Redirector, SyncServer

from srs.anki import sync as sync_module
from srs.anki.export import BASIC_MODEL_ID, note_guid
from srs.anki.holds import changes_elsewhere
from srs.anki.sync import FullSyncChoice, sync
from srs.anki.sync_login import login
from srs.build import build
from srs.cli import cli
from srs.clock import FixedClock, to_ms
from srs.errors import SrsError
from srs.locations import Locations, data_dir
from srs.store.engine import Engine
from srs.store.rating import Rating


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SyncServer]:
    running = SyncServer(tmp_path / "server").start()
    yield running
    running.kill()


def now_clock() -> FixedClock:
    """srs's clock, set to the real time: the phone (Anki) answers at the real time."""
    return FixedClock(datetime.now(UTC).replace(microsecond=0))


def logged_in_engine(tmp_path: Path, server: SyncServer, clock: FixedClock) -> Engine:
    engine = open_engine(tmp_path, clock, timezone="UTC")
    login(Locations(data_dir()).sync_login, USER, PASSWORD, server.url)
    return engine


def synced_pair(tmp_path: Path, server: SyncServer) -> tuple[Engine, FixedClock, Phone]:
    """srs after its first sync, and a phone that downloaded it, on srs's deck."""
    clock = now_clock()
    engine = logged_in_engine(tmp_path, server, clock)
    sync(engine)
    phone = Phone(tmp_path / "phone", server)
    phone.sync()
    phone.col.decks.select(phone.col.decks.id_for_name("Small list"))
    return engine, clock, phone


def assert_same_everywhere(engine: Engine, phone: Phone) -> None:
    """Every srs card is on the phone once, with the same state, due date, memory and
    reviews."""
    for view in engine.cards():
        there = anki_card(phone.col, view.id)
        assert there.type == expected_type(view), view.id
        ids = [
            row[0]
            for row in engine.db.execute(
                """SELECT anki_id FROM review_log WHERE card_id = ? AND undone_at IS NULL
                   ORDER BY reviewed_at""",
                (view.id,),
            )
        ]
        assert sorted(there.revlog_ids) == sorted(ids), view.id
        if view.state == "new":
            continue
        assert view.due is not None
        if there.due_secs is not None:
            assert there.due_secs == to_ms(view.due) // 1000, view.id
        else:
            assert there.due_day == srs_due_day(view), view.id
        assert there.stability == pytest.approx(view.stability, abs=2e-3)
        assert there.difficulty == pytest.approx(view.difficulty, abs=2e-3)


def test_first_sync_uploads_and_a_second_changes_nothing(
    tmp_path: Path, server: SyncServer
) -> None:
    clock = now_clock()
    engine = logged_in_engine(tmp_path, server, clock)
    first_two = [view.id for view in engine.cards()[:2]]
    for card_id in first_two:
        engine.rate(card_id, Rating.GOOD, 5000)
    report = sync(engine)
    assert report.full_sync == "upload"
    assert report.pushed_notes == len(engine.cards())
    assert report.pushed_reviews == 2
    assert (report.pulled_reviews, report.cards_replayed) == (0, 0)

    phone = Phone(tmp_path / "phone", server)
    phone.sync()
    assert_same_everywhere(engine, phone)
    phone.close()

    again = sync(engine)
    assert again.to_json() == {
        "pushed_notes": 0,
        "pushed_reviews": 0,
        "pulled_reviews": 0,
        "cards_replayed": 0,
        "full_sync": None,
        "pulled_holds": 0,
        "notes_in_user_note_types": 0,
        "bridge_set_aside": None,
    }


def test_reviews_meet_in_both_places_once(tmp_path: Path, server: SyncServer) -> None:
    engine, clock, phone = synced_pair(tmp_path, server)
    # the phone reviews three cards ...
    answered = answer_in_anki(phone.col, 3)
    assert len(answered) == 3
    phone.sync()
    guids = {guid for guid, _ in answered}
    from srs.anki.import_reviews import cards_by_guid

    by_guid = cards_by_guid(engine)
    on_phone = [by_guid[guid] for guid in guids]
    # ... srs reviews two others and one of the same (the same card on both sides)
    others = [view.id for view in engine.cards() if view.id not in on_phone][:2]
    both = on_phone[0]
    clock.set(datetime.now(UTC))
    for card_id in [*others, both]:
        engine.rate(card_id, Rating.GOOD, 4000)
    report = sync(engine)
    assert report.pulled_reviews == 3
    assert report.cards_replayed == len(guids)
    assert report.pushed_reviews == 3
    assert report.full_sync is None
    # both reviews of the shared card, in time order, and its replayed state
    kept = engine.db.execute(
        "SELECT anki_id FROM review_log WHERE card_id = ? ORDER BY reviewed_at", (both,)
    ).fetchall()
    assert len(kept) == 1 + sum(1 for guid, _ in answered if by_guid[guid] == both)
    phone.sync()
    assert_same_everywhere(engine, phone)

    quiet = sync(engine)
    assert (quiet.pulled_reviews, quiet.pushed_reviews, quiet.pushed_notes) == (0, 0, 0)
    phone.sync()
    assert_same_everywhere(engine, phone)
    phone.close()


def _snapshot(engine: Engine) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    cards = [tuple(row) for row in engine.db.execute("SELECT * FROM cards ORDER BY id")]
    log = [tuple(row) for row in engine.db.execute("SELECT * FROM review_log ORDER BY id")]
    return cards, log


def test_a_server_killed_mid_sync_leaves_both_sides_as_they_were(
    tmp_path: Path, server: SyncServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, _, phone = synced_pair(tmp_path, server)
    answer_in_anki(phone.col, 2)
    phone.sync()
    phone.close()
    engine.rate(engine.cards()[-1].id, Rating.GOOD)

    bridge = Locations(data_dir()).bridge
    before_bridge = bridge.read_bytes()
    before_srs = _snapshot(engine)
    push = sync_module._Run._push_progress

    def push_then_die(run: sync_module._Run, guids: dict[str, str]) -> int:
        pushed = push(run, guids)
        server.kill()  # the connection drops between the pull and the last sync
        return pushed

    monkeypatch.setattr(sync_module._Run, "_push_progress", push_then_die)
    with pytest.raises(SrsError, match="nothing changed here, run `srs sync` again"):
        sync(engine)
    assert _snapshot(engine) == before_srs
    assert bridge.read_bytes() == before_bridge
    assert not bridge.with_name(bridge.name + ".before-sync").exists()

    monkeypatch.setattr(sync_module._Run, "_push_progress", push)
    restarted = SyncServer(server.base, server.port).start()
    try:
        report = sync(engine)
    finally:
        restarted.kill()
    assert report.pulled_reviews == 2
    assert report.pushed_reviews == 1


def test_a_full_sync_with_changes_on_both_sides_asks_first(
    tmp_path: Path, server: SyncServer
) -> None:
    clock = now_clock()
    engine = logged_in_engine(tmp_path, server, clock)
    sync(engine)
    phone = Phone(tmp_path / "phone", server)
    phone.sync()
    # the phone changes a note type (a schema change) and replaces the server's collection
    basic = phone.col.models.by_name("Basic")
    phone.col.models.add_field(basic, phone.col.models.new_field("Extra"))
    phone.col.models.update_dict(basic, skip_checks=True)
    phone.col.close_for_full_sync()
    phone.col.full_upload_or_download(auth=phone.auth, server_usn=None, upload=True)
    phone.col.reopen(after_full_sync=True)
    # srs reviewed meanwhile
    engine.rate(engine.cards()[0].id, Rating.GOOD)
    before = _snapshot(engine)
    with pytest.raises(FullSyncChoice, match=r"--download.*--upload"):
        sync(engine)
    assert _snapshot(engine) == before
    report = sync(engine, download=True)
    assert report.full_sync == "download"
    assert report.pushed_reviews == 1
    phone.sync()
    assert_same_everywhere(engine, phone)
    phone.close()


def test_sync_commands(tmp_path: Path, server: SyncServer, srs_home: Path) -> None:
    (srs_home / "config.toml").write_text('fuzz = false\ntimezone = "UTC"\n', encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "-q"]).exit_code == 0
    env = {"SRS_SYNC_USER": USER, "SRS_SYNC_PASSWORD": "wrong"}
    done = runner.invoke(cli, ["sync", "login", "--endpoint", server.url], env=env)
    assert done.exit_code == 1
    lines = done.output.strip().splitlines()
    assert len(lines) == 1 and "sync login failed" in lines[0], done.output
    assert not Locations(srs_home).sync_login.exists()

    done = runner.invoke(
        cli, ["sync", "login", "--endpoint", server.url], input=f"{USER}\n{PASSWORD}\n"
    )
    assert done.exit_code == 0, done.output
    saved = Locations(srs_home).sync_login
    assert saved.stat().st_mode & 0o777 == 0o600
    hkey = json.loads(saved.read_text())["hkey"]
    assert PASSWORD not in saved.read_text()

    done = runner.invoke(cli, ["sync", "--json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    assert data["full_sync"] == "upload" and data["pushed_notes"] > 0
    done = runner.invoke(cli, ["sync"])
    assert done.exit_code == 0 and done.output.startswith("synced: pushed 0 notes")
    # the key is never shown, and nothing but the login file holds it (or the password)
    for path in srs_home.rglob("*"):
        if path.is_file() and path != saved:
            content = path.read_bytes()
            assert hkey.encode() not in content, path
            assert PASSWORD.encode() not in content, path

    done = runner.invoke(cli, ["sync", "logout"])
    assert done.exit_code == 0 and not saved.exists()
    done = runner.invoke(cli, ["sync"])
    assert done.exit_code == 1 and "srs sync login" in done.output


def test_plain_http_to_another_machine_is_refused(srs_home: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(cli, ["sync", "login", "--endpoint", "http://192.0.2.7:8080/"])
    assert done.exit_code == 2 and "in the clear" in done.output
    assert len(done.output.strip().splitlines()) == 1


def _point_login_at(url: str) -> Path:
    saved = Locations(data_dir()).sync_login
    data = json.loads(saved.read_text(encoding="utf-8"))
    saved.write_text(json.dumps({**data, "endpoint": url}), encoding="utf-8")
    return saved


def test_a_redirect_to_plain_http_elsewhere_is_neither_followed_nor_saved(
    tmp_path: Path, server: SyncServer
) -> None:
    engine = logged_in_engine(tmp_path, server, now_clock())
    engine.rate(engine.cards()[0].id, Rating.GOOD)
    # 0.0.0.0 is another machine to srs (Linux routes it to the test's server)
    with Redirector(f"http://0.0.0.0:{server.port}/") as moved:
        saved = _point_login_at(moved.url)
        before_login, before_srs = saved.read_bytes(), _snapshot(engine)
        with pytest.raises(SrsError, match=r"redirected srs to 'http://0\.0\.0\.0:.*in the clear"):
            sync(engine)
    assert moved.hits >= 1  # the server did redirect
    assert saved.read_bytes() == before_login
    assert _snapshot(engine) == before_srs
    assert not Locations(data_dir()).bridge.exists()


def test_a_redirect_this_machine_passes_is_followed_and_saved(
    tmp_path: Path, server: SyncServer
) -> None:
    engine = logged_in_engine(tmp_path, server, now_clock())
    with Redirector(f"HTTP://LocalHost:{server.port}") as moved:
        saved = _point_login_at(moved.url)
        assert sync(engine).full_sync == "upload"
    kept = json.loads(saved.read_text(encoding="utf-8"))["endpoint"]
    assert kept == f"http://localhost:{server.port}/"  # checked and rebuilt
    assert sync(engine).full_sync is None  # the saved endpoint is the server itself


def phone_card(phone: Phone, card_id: str) -> int:
    """The phone's card id of an srs card."""
    (nid,) = phone.col.db.list("SELECT id FROM notes WHERE guid = ?", note_guid(card_id))
    return int(phone.col.db.scalar("SELECT id FROM cards WHERE nid = ?", nid))


def test_suspend_and_bury_on_the_phone_hold_in_srs(tmp_path: Path, server: SyncServer) -> None:
    engine, _, phone = synced_pair(tmp_path, server)
    first, second, third = engine.queue().ordered()[:3]
    # suspended on the phone: suspended in srs, and it stays so on both sides
    phone.col.sched.suspend_cards([phone_card(phone, first)])
    phone.sync()
    assert sync(engine).pulled_holds == 1
    assert engine.card(first).suspended
    phone.sync()
    assert sync(engine).pulled_holds == 0
    phone.sync()
    assert engine.card(first).suspended
    assert anki_card(phone.col, first).queue == -1
    # srs's own suspension still reaches the phone
    engine.suspend(third)
    assert sync(engine).pulled_holds == 0
    phone.sync()
    assert anki_card(phone.col, third).queue == -1 and engine.card(third).suspended
    # unsuspended on the phone: unsuspended in srs
    phone.col.sched.unsuspend_cards([phone_card(phone, first)])
    phone.sync()
    assert sync(engine).pulled_holds == 1
    assert not engine.card(first).suspended
    phone.sync()
    assert anki_card(phone.col, first).queue == 0
    # buried on the phone: buried in srs until srs's day ends
    phone.col.sched.bury_cards([phone_card(phone, second)], manual=True)
    phone.sync()
    assert second in engine.queue().ordered()
    assert sync(engine).pulled_holds == 1
    _, day_end = engine.today()
    assert engine.card(second).buried_until == day_end
    assert second not in engine.queue().ordered()
    sync(engine)
    phone.sync()
    assert anki_card(phone.col, second).queue == -3
    phone.close()


def test_a_bury_from_an_earlier_day_is_over() -> None:
    day = (to_ms(datetime(2026, 3, 2, 4, tzinfo=UTC)), to_ms(datetime(2026, 3, 3, 4, tzinfo=UTC)))
    yesterday_s = day[0] // 1000 - 3600
    today_s = day[0] // 1000 + 3600
    changes = changes_elsewhere(
        {"old": (-3, yesterday_s), "new": (-3, today_s), "kept": (-1, today_s)},
        {"kept": "suspended"},
        day,
    )
    assert changes.buried_until == {"new": day[1]}
    assert changes.suspended == {}


def test_a_damaged_bridge_is_kept_aside_and_rebuilt(tmp_path: Path, server: SyncServer) -> None:
    engine, _, phone = synced_pair(tmp_path, server)
    answer_in_anki(phone.col, 2)
    phone.sync()
    bridge = Locations(data_dir()).bridge
    bridge.write_text("x\n")
    report = sync(engine)
    assert report.bridge_set_aside is not None
    assert Path(report.bridge_set_aside).read_text() == "x\n"  # kept, never deleted
    assert report.bridge_damage == "file is not a database"
    # rebuilt as on a first sync: the server's collection (the phone's reviews), then srs's
    assert report.full_sync == "download"
    assert report.pulled_reviews == 2
    phone.sync()
    assert_same_everywhere(engine, phone)
    assert sync(engine).to_json()["full_sync"] is None
    phone.close()

    # from the command line: one line says so, and the sync goes on
    bridge.write_text("x\n")
    done = CliRunner().invoke(cli, ["sync"])
    assert done.exit_code == 0, done.output
    first, second = done.output.strip().splitlines()
    assert "could not be opened (file is not a database); kept it as" in first
    assert "rebuilt the bridge from srs and the server" in first
    assert second.startswith("synced (full download): pushed")
    assert sorted(p.read_text() for p in bridge.parent.glob("*.damaged-*")) == ["x\n", "x\n"]

    # damage Anki meets only during the run (its cards table): the bridge is put back
    # as it was before the run, kept aside, and rebuilt
    with contextlib.closing(sqlite3.connect(bridge)) as db:
        (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'cards'").fetchone()
        (size,) = db.execute("PRAGMA page_size").fetchone()
    damaged = bytearray(bridge.read_bytes())
    damaged[(root - 1) * size : root * size] = bytes(size)
    bridge.write_bytes(bytes(damaged))
    Collection(str(bridge)).close()  # Anki opens it
    report = sync(engine)
    assert report.bridge_damage == "database disk image is malformed"
    assert report.bridge_set_aside is not None
    assert Path(report.bridge_set_aside).read_bytes() == bytes(damaged)
    assert sync(engine).full_sync is None


def test_a_note_moved_to_another_note_type_on_the_phone_stays_there(
    tmp_path: Path, server: SyncServer
) -> None:
    engine, _, phone = synced_pair(tmp_path, server)
    col = phone.col
    basic = col.models.by_name("Basic")
    assert basic is not None
    fields = [field["name"] for field in basic["flds"]]
    moved = next(view.id for view in engine.cards() if not view.is_cloze)
    (nid,) = col.db.list("SELECT id FROM notes WHERE guid = ?", note_guid(moved))
    change = col.models.change_notetype_info(
        old_notetype_id=BASIC_MODEL_ID, new_notetype_id=basic["id"]
    ).input
    change.note_ids.extend([nid])
    col.models.change_notetype_of_notes(change)
    phone.upload()  # a schema change: the phone replaces the server's collection

    report = sync(engine)
    assert report.full_sync == "download"  # the server asked; srs had nothing new
    assert report.notes_in_user_note_types == 1
    assert phone.sync() in (Response.NO_CHANGES, Response.NORMAL_SYNC)  # no full sync back
    # the note stays where the user put it, and the user's note type is untouched
    assert col.db.scalar("SELECT mid FROM notes WHERE id = ?", nid) == basic["id"]
    kept = col.models.get(basic["id"])
    assert kept is not None and [field["name"] for field in kept["flds"]] == fields
    assert col.models.get(BASIC_MODEL_ID) is not None
    # its reviews and schedule still sync
    answer_in_anki(col, 19)
    phone.sync()
    again = sync(engine)
    assert again.full_sync is None and again.notes_in_user_note_types == 1
    assert again.pulled_reviews > 0
    assert phone.sync() in (Response.NO_CHANGES, Response.NORMAL_SYNC)
    assert_same_everywhere(engine, phone)
    phone.close()


def test_a_hand_edit_to_a_deck_that_is_not_the_current_one_reaches_the_phone(
    tmp_path: Path, server: SyncServer
) -> None:
    # srs's cards were made an hour ago: what the phone and the hand edit do is newer
    clock = FixedClock(datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1))
    engine = logged_in_engine(tmp_path, server, clock)
    sync(engine)
    phone = Phone(tmp_path / "phone", server)
    phone.sync()
    other = tmp_path / "other.md"
    other.write_text(
        SMALL_LIST.replace("title: Small list", "title: Other list").replace(
            "slug: small", "slug: other"
        ),
        encoding="utf-8",
    )
    build(other, home=data_dir())  # "other" is now the current deck
    runner = CliRunner()
    assert runner.invoke(cli, ["sync"]).exit_code == 0
    phone.sync()
    edited, on_phone = [view.id for view in engine.cards() if not view.is_cloze][:2]
    # the phone edits one card's text; the user edits another in small's deck file
    note = phone.col.get_note(phone.col.get_card(phone_card(phone, on_phone)).nid)
    note["Back"] = "edited on the phone"
    phone.col.update_note(note)
    phone.sync()
    deck_file = Locations(data_dir()).deck("small")
    data = yaml.safe_load(deck_file.read_text(encoding="utf-8"))
    for card in data["cards"]:
        if card["id"] == edited:
            card["back"] = "edited by hand"
            card["locked"] = True
    deck_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    done = runner.invoke(cli, ["sync"])
    assert done.exit_code == 0, done.output
    assert engine.card(edited).back == "edited by hand"
    phone.sync()
    (back,) = phone.col.db.list("SELECT flds FROM notes WHERE guid = ?", note_guid(edited))
    assert "edited by hand" in back
    # the phone's own edit stays: that card did not change in srs
    (back,) = phone.col.db.list("SELECT flds FROM notes WHERE guid = ?", note_guid(on_phone))
    assert "edited on the phone" in back
    phone.close()
    # a deck file srs cannot read stops the sync before anything moves, in one line
    deck_file.write_text("cards: [\n", encoding="utf-8")
    done = runner.invoke(cli, ["sync"])
    assert done.exit_code == 2
    assert len(done.output.strip().splitlines()) == 1 and str(deck_file) in done.output
