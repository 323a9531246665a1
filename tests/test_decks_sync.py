"""Decks through `srs sync`, Anki's own sync server and a phone: two lists with one
title stay two Anki decks, and a renamed or deleted deck is renamed or deleted on the
phone too."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from anki_helpers import answer_in_anki
from cli_helpers import srs
from engine_helpers import SMALL_LIST, engine_config, write_list
from sync_server import PASSWORD, USER, Phone, SyncServer

from srs.anki.export import note_guid
from srs.anki.import_reviews import cards_by_guid
from srs.anki.sync import sync
from srs.anki.sync_login import login
from srs.clock import FixedClock
from srs.locations import Locations, data_dir
from srs.store.engine import Engine


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SyncServer]:
    running = SyncServer(tmp_path / "server").start()
    yield running
    running.kill()


def _list(tmp_path: Path, slug: str, title: str = "Small list") -> Path:
    path = tmp_path / f"{slug}.md"
    path.write_text(
        SMALL_LIST.replace("slug: small", f"slug: {slug}").replace(
            "title: Small list", f"title: {title}"
        ),
        encoding="utf-8",
    )
    return path


def _build(path: Path) -> None:
    done = srs("build", "-q", str(path))
    assert done.returncode == 0, done.stderr


def _engine(deck: str | None, clock: FixedClock) -> Engine:
    return Engine.open(
        home=data_dir(), deck=deck, config=engine_config(timezone="UTC"), clock=clock
    )


def _phone_decks(phone: Phone) -> dict[str, Counter[str]]:
    """Each Anki deck on the phone that holds cards: how many of each srs deck's cards
    it holds (by note GUID)."""
    engine = _engine(None, FixedClock(datetime.now(UTC)))
    try:
        by_guid = cards_by_guid(engine)
    finally:
        engine.close()
    found: dict[str, Counter[str]] = {}
    for did, guid in phone.col.db.all(
        "SELECT c.did, n.guid FROM cards c JOIN notes n ON n.id = c.nid"
    ):
        name = phone.col.decks.name(did)
        found.setdefault(name, Counter())[by_guid[guid].split("|")[0]] += 1
    return found


def test_two_lists_with_one_title_are_two_anki_decks_on_the_phone(
    tmp_path: Path, server: SyncServer
) -> None:
    clock = FixedClock(datetime.now(UTC).replace(microsecond=0))
    _build(write_list(tmp_path))
    _build(_list(tmp_path, "small-copy"))  # the same title
    login(Locations(data_dir()).sync_login, USER, PASSWORD, server.url)
    engine = _engine("small", clock)
    sync(engine)
    phone = Phone(tmp_path / "phone", server)
    phone.sync()
    decks = _phone_decks(phone)
    # each Anki deck holds one srs deck's cards, each card once
    assert set(decks) == {
        "Small list::01 Basics",
        "Small list::02 More",
        "Small list (small-copy)::01 Basics",
        "Small list (small-copy)::02 More",
    }
    assert all(len(counts) == 1 for counts in decks.values()), decks
    for name in decks:
        fronts = phone.col.db.list(
            "SELECT n.flds FROM cards c JOIN notes n ON n.id = c.nid WHERE c.did = ?",
            phone.col.decks.id_for_name(name),
        )
        assert len(fronts) == len(set(fronts)), name
    # answers on the phone in the copy's deck land in the copy, in srs
    phone.col.decks.select(phone.col.decks.id_for_name("Small list (small-copy)"))
    answered = answer_in_anki(phone.col, 3)
    assert len(answered) == 3
    phone.sync()
    sync(engine)
    decks_of_reviews = engine.db.execute(
        "SELECT deck, COUNT(*) FROM review_log GROUP BY deck"
    ).fetchall()
    assert [tuple(row) for row in decks_of_reviews] == [("small-copy", 3)]
    # a third list with the title, and a new title for the first: names stay as synced
    _build(_list(tmp_path, "small-third"))
    _build(_list(tmp_path, "small", title="Small list, renamed"))
    sync(engine)
    phone.sync()
    assert set(_phone_decks(phone)) == {
        "Small list::01 Basics",
        "Small list::02 More",
        "Small list (small-copy)::01 Basics",
        "Small list (small-copy)::02 More",
        "Small list (small-third)::01 Basics",
        "Small list (small-third)::02 More",
    }
    phone.close()
    engine.close()


def _phone_guids(phone: Phone) -> list[str]:
    return list(phone.col.db.list("SELECT guid FROM notes"))


def test_rename_keeps_the_anki_deck_and_delete_takes_it_off_the_phone(
    tmp_path: Path, server: SyncServer, srs_home: Path
) -> None:
    (srs_home / "config.toml").write_text('fuzz = false\ntimezone = "UTC"\n', encoding="utf-8")
    small = write_list(tmp_path)
    _build(small)
    _build(_list(tmp_path, "other", title="Other list"))
    login(Locations(data_dir()).sync_login, USER, PASSWORD, server.url)
    assert srs("sync").returncode == 0
    phone = Phone(tmp_path / "phone", server)
    phone.sync()
    phone.col.decks.select(phone.col.decks.id_for_name("Small list"))
    assert len(answer_in_anki(phone.col, 2)) == 2
    phone.sync()
    assert srs("sync").returncode == 0
    before = _phone_decks(phone)
    guids = sorted(_phone_guids(phone))

    done = srs("decks", "rename", "small", "tiny")
    assert done.returncode == 0, done.stderr
    assert "renamed deck small to tiny" in done.stdout
    assert srs("sync").returncode == 0
    phone.sync()
    # the same notes in the same Anki decks; the reviews are the renamed deck's
    assert sorted(_phone_guids(phone)) == guids
    assert set(_phone_decks(phone)) == set(before)
    engine = _engine("tiny", FixedClock(datetime.now(UTC)))
    try:
        reviews = engine.db.execute("SELECT deck, COUNT(*) FROM review_log GROUP BY deck")
        assert [tuple(row) for row in reviews] == [("tiny", 2)]
        assert all(view.id.startswith("small|") for view in engine.cards())
        tiny = {note_guid(view.id) for view in engine.cards(include_retired=True)}
    finally:
        engine.close()
    # the list (which still says `slug: small`) builds into the renamed deck
    done = srs("build", str(small))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-2].startswith("tiny: ") and "0 added" in done.stdout
    assert "0 removed" in done.stdout

    done = srs("decks", "delete", "other")  # no terminal: not without --yes
    assert done.returncode == 2 and "needs --yes" in done.stderr
    done = srs("decks", "delete", "other", "--yes")
    assert done.returncode == 0, done.stderr
    assert "leave Anki and your phone at the next `srs sync`" in done.stdout
    assert srs("sync").returncode == 0
    phone.sync()
    assert set(_phone_guids(phone)) == tiny and tiny < set(guids)
    assert not [name for name in phone.col.decks.all_names_and_ids() if "Other" in name.name]
    phone.close()
