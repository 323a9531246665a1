"""`srs sync`'s full syncs, the user's choice between `--upload` (the server takes this
machine's collection) and `--download` (this machine takes the server's, then pushes
srs's cards and reviews again), against Anki's own sync server and a phone."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from anki.sync_pb2 import SyncCollectionResponse as Response
from anki_helpers import answer_in_anki
from cli_helpers import srs
from sync_server import Phone, SyncServer
from test_sync import assert_same_everywhere, logged_in_engine, now_clock, synced_pair

from srs.anki.sync import FullSyncChoice, sync
from srs.errors import BadInput
from srs.store.engine import Engine
from srs.store.rating import Rating


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SyncServer]:
    running = SyncServer(tmp_path / "server").start()
    yield running
    running.kill()


def reviews(engine: Engine) -> int:
    return int(engine.db.execute("SELECT COUNT(*) FROM review_log").fetchone()[0])


def both_changed(tmp_path: Path, server: SyncServer) -> tuple[Engine, Phone]:
    """srs and a phone that both changed since their last sync, the phone with a schema
    change it uploaded whole: the server asks srs for a full sync."""
    engine = logged_in_engine(tmp_path, server, now_clock())
    sync(engine)
    phone = Phone(tmp_path / "phone", server)
    phone.sync()
    basic = phone.col.models.by_name("Basic")
    phone.col.models.add_field(basic, phone.col.models.new_field("Extra"))
    phone.col.models.update_dict(basic, skip_checks=True)
    phone.upload()
    engine.rate(engine.cards()[0].id, Rating.GOOD)
    with pytest.raises(FullSyncChoice):
        sync(engine)
    return engine, phone


def test_upload_replaces_the_servers_collection_with_this_one(
    tmp_path: Path, server: SyncServer
) -> None:
    engine, phone = both_changed(tmp_path, server)
    report = sync(engine, upload=True)
    assert report.full_sync == "upload"
    assert report.pushed_reviews == 1 and report.pulled_reviews == 0
    # the phone's schema change is gone everywhere: it must take the server's now
    assert phone.sync() in (Response.FULL_DOWNLOAD, Response.FULL_SYNC)
    assert "Extra" not in phone.col.models.field_names(phone.col.models.by_name("Basic"))
    assert_same_everywhere(engine, phone)
    assert sync(engine).full_sync is None  # and from then on, ordinary syncs
    phone.close()


def test_upload_and_download_exclude_each_other(tmp_path: Path, server: SyncServer) -> None:
    engine, phone = both_changed(tmp_path, server)
    phone.close()
    before = reviews(engine)
    with pytest.raises(BadInput, match="--upload and --download exclude each other"):
        sync(engine, upload=True, download=True)
    assert reviews(engine) == before
    done = srs("sync", "--upload", "--download")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "srs: --upload and --download exclude each other: choose one (see `srs sync -h`)"
    ]


def test_download_when_no_full_sync_is_needed_takes_the_servers_then_pushes(
    tmp_path: Path, server: SyncServer
) -> None:
    engine, clock, phone = synced_pair(tmp_path, server)
    answered = answer_in_anki(phone.col, 2)
    assert len(answered) == 2
    phone.sync()
    clock.set(datetime.now(UTC))
    engine.rate(engine.cards()[-1].id, Rating.GOOD)
    done = srs("sync", "--download")  # the command, as a user runs it
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.strip().splitlines()
    # the phone's two reviews pulled, srs's one pushed again with every note
    pattern = r"synced \(full download\): pushed \d+ notes and 1 reviews, pulled 2 reviews, .*"
    assert re.fullmatch(pattern, line), line
    assert reviews(engine) == 3
    phone.sync()
    assert_same_everywhere(engine, phone)
    phone.close()


def test_upload_when_no_full_sync_is_needed_puts_this_machine_first(
    tmp_path: Path, server: SyncServer
) -> None:
    engine, clock, phone = synced_pair(tmp_path, server)
    clock.set(datetime.now(UTC))
    card = engine.cards()[0].id
    engine.rate(card, Rating.EASY)
    report = sync(engine, upload=True)
    assert report.full_sync == "upload" and report.pushed_reviews == 1
    assert phone.sync() in (Response.FULL_DOWNLOAD, Response.FULL_SYNC)
    assert_same_everywhere(engine, phone)
    phone.close()


def test_a_server_that_lost_its_collection_gets_this_one_whole(
    tmp_path: Path, server: SyncServer
) -> None:
    """The server was reset (a new self-hosted server, its folder lost): it asks for a
    full upload, which srs makes after pushing everything into the bridge."""
    engine = logged_in_engine(tmp_path, server, now_clock())
    engine.rate(engine.cards()[0].id, Rating.GOOD)
    sync(engine)
    server.kill()
    shutil.rmtree(server.base)
    reset = SyncServer(server.base, server.port).start()
    try:
        report = sync(engine)
        assert report.full_sync == "upload"
        assert report.pulled_reviews == 0
        phone = Phone(tmp_path / "phone", reset)
        phone.sync()
        assert_same_everywhere(engine, phone)
        phone.close()
    finally:
        reset.kill()
