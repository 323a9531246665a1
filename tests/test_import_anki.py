"""`srs import-anki`: reviews made in Anki (read with Anki's own library) merge into
srs's log once each, from an .apkg, a .colpkg or a collection file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from anki.collection import Collection, ExportAnkiPackageOptions
from anki_helpers import answer_in_anki, import_package, reviewed_engine
from click.testing import CliRunner
from engine_helpers import START

from srs.anki.export import export_deck
from srs.anki.import_reviews import cards_by_guid, import_anki
from srs.cli import cli
from srs.clock import FixedClock
from srs.store.engine import Engine


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
        ("empty.apkg", None, "Anki could not read it"),
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
