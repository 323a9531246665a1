"""`srs import-anki`: reviews made in Anki (read with Anki's own library) merge into
srs's log once each, from an .apkg, a .colpkg or a collection file."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from anki.collection import Collection, ExportAnkiPackageOptions
from anki_helpers import answer_in_anki, import_package, reviewed_engine
from click.testing import CliRunner
from engine_helpers import START

from srs.anki import import_limits
from srs.anki.export import export_deck
from srs.anki.import_reviews import cards_by_guid, import_anki
from srs.cli import cli
from srs.clock import FixedClock
from srs.store.engine import Engine


@pytest.fixture(autouse=True)
def scratch_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp directory (TMPDIR) import-anki unpacks into: the test's own."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    monkeypatch.setenv("TMPDIR", str(root))
    return root


def _phone(tmp_path: Path, engine: Engine) -> Collection:
    """A collection that imported srs's scheduled export, then reviewed in Anki: five
    answers, a note of its own, a card given a due date by hand."""
    export_deck(engine, tmp_path / "deck.apkg", progress=False)
    (tmp_path / "phone").mkdir()
    col = Collection(str(tmp_path / "phone" / "collection.anki2"))
    import_package(col, str(tmp_path / "deck.apkg"))
    mine = col.new_note(col.models.by_name("Basic"))
    mine["Front"], mine["Back"] = "my own card", "not from srs"
    col.add_note(mine, col.decks.id("Default"))
    col.decks.select(col.decks.id_for_name("Small list"))
    return col


def _anki_file(kind: str, col: Collection, tmp_path: Path) -> Path:
    if kind == "apkg":
        out = tmp_path / "from-anki.apkg"
        col.export_anki_package(
            out_path=str(out),
            options=ExportAnkiPackageOptions(with_scheduling=True, with_media=False),
            limit=None,
        )
        col.close()
        return out
    if kind == "colpkg":
        out = tmp_path / "backup.colpkg"
        col.export_collection_package(str(out), include_media=False, legacy=False)
        return out
    col.close()
    return Path(col.path)


@pytest.mark.parametrize("kind", ["apkg", "colpkg", "anki2"])
def test_reviews_made_in_anki_merge_once(kind: str, tmp_path: Path) -> None:
    engine = reviewed_engine(tmp_path, FixedClock(START))
    before = engine.standing_reviews()
    col = _phone(tmp_path, engine)
    answered = answer_in_anki(col, 6)
    assert len(answered) == 6
    srs_answers = [(guid, rid) for guid, rid in answered if guid in cards_by_guid(engine)]
    one = col.db.scalar(
        "SELECT c.id FROM cards c JOIN notes n ON n.id = c.nid WHERE n.guid = ?", answered[0][0]
    )
    col.sched.set_due_date([one], "5")  # a manual row: not a review
    path = _anki_file(kind, col, tmp_path)

    report = import_anki(engine, path)
    assert report.reviews_added == len(srs_answers)
    assert report.reviews_known == before  # srs's own reviews, exported, came back
    assert report.notes_skipped == 1
    assert report.reviews_skipped == 1
    assert engine.standing_reviews() == before + len(srs_answers)
    guids = cards_by_guid(engine)
    for guid, review_id in srs_answers:
        card_id = guids[guid]
        rows = engine.db.execute(
            "SELECT state_after FROM review_log WHERE card_id = ? AND anki_id = ?",
            (card_id, review_id),
        ).fetchall()
        assert len(rows) == 1
        # the card's schedule is its replayed log: the Anki review is its last one
        assert engine.card(card_id).state != "new"

    again = import_anki(engine, path)
    assert (again.reviews_added, again.cards_updated) == (0, 0)
    assert again.reviews_known == before + len(srs_answers)
    assert engine.standing_reviews() == before + len(srs_answers)


def test_dry_run_changes_nothing(tmp_path: Path) -> None:
    engine = reviewed_engine(tmp_path, FixedClock(START))
    col = _phone(tmp_path, engine)
    answer_in_anki(col, 3)
    path = _anki_file("anki2", col, tmp_path)
    snapshot = engine.db.execute("SELECT * FROM cards ORDER BY id").fetchall()
    report = import_anki(engine, path, dry_run=True)
    assert report.reviews_added == 3
    assert engine.db.execute("SELECT * FROM cards ORDER BY id").fetchall() == snapshot
    assert import_anki(engine, path).reviews_added == 3


def test_the_users_collection_file_is_left_as_it_was(tmp_path: Path) -> None:
    engine = reviewed_engine(tmp_path, FixedClock(START))
    col = _phone(tmp_path, engine)
    answer_in_anki(col, 2)
    path = _anki_file("anki2", col, tmp_path)
    pristine = tmp_path / "pristine.anki2"
    shutil.copyfile(path, pristine)
    import_anki(engine, path)
    assert path.read_bytes() == pristine.read_bytes()


def test_import_anki_command(tmp_path: Path, srs_home: Path) -> None:
    engine = reviewed_engine(tmp_path, FixedClock(START))
    col = _phone(tmp_path, engine)
    answer_in_anki(col, 4)
    path = _anki_file("apkg", col, tmp_path)
    engine.close()
    (srs_home / "config.toml").write_text("fuzz = false\n", encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(cli, ["import-anki", str(path), "--json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    assert set(data) >= {"reviews_added", "reviews_known", "cards_updated", "notes_skipped"}
    assert data["reviews_added"] == data["cards_updated"] == 4
    done = runner.invoke(cli, ["import-anki", str(path), "--json"])
    assert json.loads(done.output)["reviews_added"] == 0
    done = runner.invoke(cli, ["import-anki", str(path)])
    assert done.exit_code == 0 and "added 0 reviews" in done.output


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.txt", b"hello", "not an Anki file"),
        ("broken.apkg", b"PK\x03\x04 not really", "not an Anki package"),
        ("broken.anki2", b"hello, not sqlite", "not an SQLite database"),
        ("empty.apkg", None, "no collection in it"),
    ],
)
def test_bad_anki_files_get_one_line(
    name: str, content: bytes | None, reason: str, tmp_path: Path
) -> None:
    import zipfile

    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as package:
            package.writestr("readme.txt", "no collection here")
    else:
        path.write_bytes(content)
    runner = CliRunner()
    runner.invoke(cli, ["build", "-q"])
    done = runner.invoke(cli, ["import-anki", str(path)])
    assert done.exit_code == 2, done.output
    lines = done.output.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0] and name in lines[0]
    missing = runner.invoke(cli, ["import-anki", str(tmp_path / "nope.apkg")])
    assert missing.exit_code == 2 and "no such file" in missing.output


def _one_line(output: str, code: int, exit_code: int) -> str:
    assert exit_code == code, output
    assert "Traceback" not in output
    lines = output.strip().splitlines()
    assert len(lines) == 1, output
    return lines[0]


def _reviewed_collection(tmp_path: Path, answers: int = 4) -> tuple[Path, list[int]]:
    """A collection file that imported srs's export and answered `answers` srs cards in
    Anki; returns it and the review ids of those answers (srs's engine is closed)."""
    engine = reviewed_engine(tmp_path, FixedClock(START))
    col = _phone(tmp_path, engine)
    answered = answer_in_anki(col, answers)
    guids = cards_by_guid(engine)
    engine.close()
    assert all(guid in guids for guid, _ in answered)
    return _anki_file("anki2", col, tmp_path), [review_id for _, review_id in answered]


def _packaged(collection: Path, out: Path) -> Path:
    """A package holding `collection` as a plain `collection.anki2` (as old exports do)."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.write(collection, "collection.anki2")
    return out


def _bomb(out: Path, size: int) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("collection.anki2", b"\0" * size)
    return out


def _lying_bomb(out: Path, size: int) -> Path:
    """A package whose headers declare its collection 1000 bytes long."""
    _bomb(out, size)
    data = bytearray(out.read_bytes())
    local, central = data.index(b"PK\x03\x04"), data.index(b"PK\x01\x02")
    data[local + 22 : local + 26] = (1000).to_bytes(4, "little")
    data[central + 24 : central + 28] = (1000).to_bytes(4, "little")
    out.write_bytes(bytes(data))
    return out


@pytest.mark.parametrize("kind", ["declared", "lying"])
def test_a_zip_bomb_is_refused_within_the_cap(
    kind: str, tmp_path: Path, scratch_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A package whose collection inflates past the cap is refused, saying the cap,
    and no more than the cap is ever written (declared sizes are checked first and
    bytes counted, as declared sizes can lie)."""
    monkeypatch.setattr(import_limits, "MAX_INFLATED", 1 << 20)
    make = _bomb if kind == "declared" else _lying_bomb
    path = make(tmp_path / "bomb.apkg", 8 << 20)
    assert path.stat().st_size < 64 << 10
    runner = CliRunner()
    runner.invoke(cli, ["build", "-q"])
    done = runner.invoke(cli, ["import-anki", str(path)])
    line = _one_line(done.output, 2, done.exit_code)
    assert str(path) in line
    if kind == "declared":
        assert "more than 1 MiB" in line
    else:  # the real bytes do not match what the headers say
        assert "not a readable Anki package" in line
    assert list(scratch_root.iterdir()) == []


def _padded_colpkg(tmp_path: Path, pad: int, media: int = 0) -> Path:
    """A .colpkg (Anki's zstd-compressed collection) whose collection holds `pad` zero
    bytes, and a media file of `media` bytes."""
    (tmp_path / "padded").mkdir()
    col = Collection(str(tmp_path / "padded" / "collection.anki2"))
    note = col.new_note(col.models.by_name("Basic"))
    note["Front"], note["Back"] = "padded", '<img src="big.png">'
    col.add_note(note, col.decks.id("Default"))
    if pad:
        col.db.execute("CREATE TABLE pad (b BLOB)")
        col.db.execute("INSERT INTO pad VALUES (zeroblob(?))", pad)
    if media:
        col.media.write_data("big.png", os.urandom(media))
    out = tmp_path / "padded.colpkg"
    col.export_collection_package(str(out), include_media=bool(media), legacy=False)
    col.close()
    return out


def test_a_compressed_collection_is_inflated_within_the_cap(
    tmp_path: Path, scratch_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anki's zstd-compressed collection (`collection.anki21b`) declares only its
    compressed size: Anki inflates it in a child process that cannot write past the cap."""
    path = _padded_colpkg(tmp_path, 16 << 20)
    assert path.stat().st_size < 1 << 20
    monkeypatch.setattr(import_limits, "MAX_INFLATED", 4 << 20)
    runner = CliRunner()
    runner.invoke(cli, ["build", "-q"])
    done = runner.invoke(cli, ["import-anki", str(path)])
    line = _one_line(done.output, 2, done.exit_code)
    assert str(path) in line and "more than 4 MiB" in line
    assert list(scratch_root.iterdir()) == []


def test_a_packages_media_are_never_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reviews need no media: a backup with media larger than the cap still imports."""
    path = _padded_colpkg(tmp_path, 0, media=3 << 20)
    with zipfile.ZipFile(path) as package:
        assert sum(info.file_size for info in package.infolist()) > 3 << 20
    monkeypatch.setattr(import_limits, "MAX_INFLATED", 2 << 20)
    runner = CliRunner()
    runner.invoke(cli, ["build", "-q"])
    done = runner.invoke(cli, ["import-anki", str(path), "--json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output)["notes_skipped"] == 1


def _hostile_view(collection: Path, table: str) -> None:
    """Replace `table` by a view over an endless recursive query."""
    db = sqlite3.connect(collection)
    db.create_collation("unicase", lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
    db.execute(f"DROP TABLE {table}")
    picks = ", ".join(f"n AS {column}" for column in columns)
    db.execute(
        f"""CREATE VIEW {table} AS WITH RECURSIVE r(n) AS
            (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT {picks} FROM r"""
    )
    db.commit()
    db.close()


@pytest.mark.parametrize(("table", "packaged"), [("notes", False), ("revlog", True)])
def test_a_view_over_an_endless_query_is_refused(
    table: str, packaged: bool, tmp_path: Path
) -> None:
    """Anki's tables must be real tables: a view could run forever (this hung srs)."""
    collection, _ = _reviewed_collection(tmp_path, 1)
    _hostile_view(collection, table)
    path = _packaged(collection, tmp_path / "hostile.apkg") if packaged else collection
    done = subprocess.run(
        [sys.executable, "-m", "srs", "import-anki", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = _one_line(done.stderr, 2, done.returncode)
    assert str(path) in line and f"{table} is a view, not a table" in line


def test_reading_stops_at_the_time_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a collection makes SQLite do, reading it stops at the time limit."""
    path, _ = _reviewed_collection(tmp_path, 1)
    db = sqlite3.connect(path)
    db.execute(
        """INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)
           WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r LIMIT 20000)
           SELECT 1000000000000 + n, 'other' || n, 0, 0, 0, '', '', '', 0, 0, '' FROM r"""
    )
    db.commit()
    db.close()
    monkeypatch.setattr(import_limits, "TIME_LIMIT_S", 0.0)
    done = CliRunner().invoke(cli, ["import-anki", str(path)])
    line = _one_line(done.output, 2, done.exit_code)
    assert str(path) in line and "took more than 0 s" in line


def test_bad_review_values_are_skipped_and_counted(tmp_path: Path) -> None:
    """Values Anki would never write (a text answer time, an id out of range, a
    fractional rating) are skipped and counted by reason, never stored: srs export
    still works after the import (a text time once broke every export and sync)."""
    path, ids = _reviewed_collection(tmp_path, 4)
    db = sqlite3.connect(path)
    db.execute("UPDATE revlog SET time = 'slow' WHERE id = ?", (ids[0],))
    db.execute("UPDATE revlog SET ease = 2.5 WHERE id = ?", (ids[1],))
    db.execute("UPDATE revlog SET type = 'learn' WHERE id = ?", (ids[2],))
    (cid,) = db.execute("SELECT cid FROM revlog WHERE id = ?", (ids[3],)).fetchone()
    for bad_id in (9_000_000_000_000_000_000, -5):
        db.execute(
            """INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)
               VALUES (?, ?, 0, 3, 1, 0, 2500, 1000, 1)""",
            (bad_id, cid),
        )
    db.commit()
    db.close()
    runner = CliRunner()
    done = runner.invoke(cli, ["import-anki", str(path), "--json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    assert data["reviews_added"] == 1
    assert data["reviews_skipped"] == 5
    assert data["reviews_skipped_why"] == {
        "bad answer time": 1,
        "bad rating": 1,
        "bad review id": 2,
        "bad type": 1,
    }
    done = runner.invoke(cli, ["import-anki", str(path)])
    assert "5 review rows skipped (bad review id: 2, " in done.output
    done = runner.invoke(cli, ["export", "-o", str(tmp_path / "after.apkg")])
    assert done.exit_code == 0, done.output


def test_several_notes_with_one_srs_guid_merge_once(tmp_path: Path) -> None:
    """A GUID names one note: a damaged collection with a second note under an srs
    card's GUID gives that card the first note's reviews only; the copy is counted."""
    path, ids = _reviewed_collection(tmp_path, 3)
    db = sqlite3.connect(path)

    def copy_row(table: str, row_id: int, **changes: int) -> None:
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        values = dict(
            zip(
                columns,
                db.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone(),
                strict=True,
            )
        )
        values.update(changes)
        marks = ", ".join("?" * len(columns))
        db.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", [*values.values()]
        )

    (cid,) = db.execute("SELECT cid FROM revlog WHERE id = ?", (ids[0],)).fetchone()
    (nid,) = db.execute("SELECT nid FROM cards WHERE id = ?", (cid,)).fetchone()
    new_nid = db.execute("SELECT max(id) + 1 FROM notes").fetchone()[0]
    new_cid = db.execute("SELECT max(id) + 1 FROM cards").fetchone()[0]
    copy_row("notes", nid, id=new_nid)
    copy_row("cards", cid, id=new_cid, nid=new_nid)
    last = db.execute("SELECT max(id) FROM revlog").fetchone()[0]
    for k in range(1, 4):  # the copy's own answers
        copy_row("revlog", ids[0], id=last + k, cid=new_cid)
    db.commit()
    db.close()
    done = CliRunner().invoke(cli, ["import-anki", str(path), "--json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    assert data["reviews_added"] == 3
    assert data["notes_skipped_why"] == {"duplicate GUID": 1, "not an srs card": 1}


def test_an_sqlite_file_that_is_not_a_collection_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "contacts.anki2"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE people (name TEXT)")
    db.commit()
    db.close()
    runner = CliRunner()
    runner.invoke(cli, ["build", "-q"])
    done = runner.invoke(cli, ["import-anki", str(path)])
    line = _one_line(done.output, 2, done.exit_code)
    assert str(path) in line and "not an Anki collection" in line


def test_an_unreadable_collection_is_named(tmp_path: Path) -> None:
    """A collection whose notes pages are damaged: the message names the user's file."""
    path, _ = _reviewed_collection(tmp_path, 1)
    db = sqlite3.connect(path)
    (page_size,) = db.execute("PRAGMA page_size").fetchone()
    (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notes'").fetchone()
    db.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)
    done = CliRunner().invoke(cli, ["import-anki", str(path)])
    line = _one_line(done.output, 2, done.exit_code)
    assert str(path) in line and "not a readable Anki collection" in line


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_temp_directory_is_not_blamed_on_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing the scratch copy fails for real (ENOSPC, from /dev/full, where the copy
    goes): an environment error, exit 1, that says the temp directory is full."""
    path, _ = _reviewed_collection(tmp_path, 1)
    made = tempfile.mkdtemp

    def full_scratch(prefix: str | None = None, dir: str | None = None) -> str:
        folder = made(prefix=prefix, dir=dir)
        os.symlink("/dev/full", Path(folder) / "collection.anki2")
        return folder

    monkeypatch.setattr(tempfile, "mkdtemp", full_scratch)
    done = CliRunner().invoke(cli, ["import-anki", str(path)])
    line = _one_line(done.output, 1, done.exit_code)
    assert "No space left on device" in line and "TMPDIR" in line
    assert "not an Anki" not in line and "could not read" not in line


def test_leftovers_of_killed_runs_are_removed(tmp_path: Path, scratch_root: Path) -> None:
    """A killed run leaves its scratch folder: the next run removes those older than an
    hour, only with srs's prefix and not locked by a run still going."""
    old = time.time() - 2 * 3600
    names = [
        "srs-import-anki-killed",
        "srs-anki-killed",  # the prefix before
        "srs-import-anki-fresh",
        "srs-import-anki-running",
        "someone-elses",
    ]
    for name in names:
        (scratch_root / name).mkdir()
        (scratch_root / name / "collection.anki2").write_bytes(b"x" * 1000)
    running = (scratch_root / "srs-import-anki-running" / ".lock").open("w")
    fcntl.flock(running, fcntl.LOCK_EX)
    for name in names:
        if name != "srs-import-anki-fresh":
            os.utime(scratch_root / name, (old, old))
    path, _ = _reviewed_collection(tmp_path, 1)
    done = CliRunner().invoke(cli, ["import-anki", str(path)])
    running.close()
    assert done.exit_code == 0, done.output
    left = sorted(p.name for p in scratch_root.iterdir())
    assert left == ["someone-elses", "srs-import-anki-fresh", "srs-import-anki-running"]
