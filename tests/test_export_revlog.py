"""An export's review log is written by SQLite itself (srs.store.anki_revlog); each of
its rows is what `srs.anki.schedule.revlog_rows` (the one reading of a card's progress,
which the sync uses) says, to the column."""

from __future__ import annotations

import random
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from anki.collection import Collection
from anki_helpers import import_package
from engine_helpers import START, engine_config, open_engine

from srs.anki.export import export_deck, note_guid, package_timing
from srs.anki.schedule import review_counts, revlog_rows
from srs.clock import FixedClock, to_ms
from srs.errors import SrsError
from srs.locations import data_dir
from srs.store.card_row import SCHEDULE, ExportRow
from srs.store.engine import Engine
from srs.store.merge import ForeignReview
from srs.store.rating import Rating
from srs.store.review_log import card_review_records, review_records


def _package_rows(apkg: Path, tmp: Path) -> tuple[dict[str, list[tuple[int, ...]]], dict]:
    """The package's review log by note GUID (id, ease, ivl, lastIvl, factor, time,
    type, in id order) and its cards' (reps, lapses) by note GUID."""
    with zipfile.ZipFile(apkg) as package:
        package.extract("collection.anki2", tmp)
    db = sqlite3.connect(tmp / "collection.anki2")
    try:
        rows: dict[str, list[tuple[int, ...]]] = {}
        for guid, *row in db.execute(
            """SELECT n.guid, r.id, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type
               FROM revlog r JOIN cards c ON c.id = r.cid JOIN notes n ON n.id = c.nid
               ORDER BY r.id"""
        ):
            rows.setdefault(guid, []).append(tuple(row))
        counts = {
            guid: (reps, lapses)
            for guid, reps, lapses in db.execute(
                "SELECT n.guid, c.reps, c.lapses FROM cards c JOIN notes n ON n.id = c.nid"
            )
        }
    finally:
        db.close()
    return rows, counts


def test_the_packages_review_log_is_what_revlog_rows_says(tmp_path: Path) -> None:
    # a zone whose clocks change: days of 23 and 25 hours between the reviews
    clock = FixedClock(START - timedelta(days=60))
    engine = open_engine(tmp_path, clock, timezone="Europe/Paris", fuzz=True, bury_siblings=False)
    cards = [card.id for card in engine.cards()]
    rng = random.Random(4)
    for _ in range(90):
        for card in cards:
            view = engine.card(card)
            if view.due is None or view.due <= clock.now() or rng.random() < 0.05:
                duration = rng.choice((None, 0, 2500, 61_000))
                engine.rate(card, Rating(rng.choice((1, 2, 3, 3, 4))), duration)
        clock.advance(hours=rng.choice((7, 13, 24, 31)))
    # reviews made in Anki, merged in (they carry no schedule of their own)
    now_ms = to_ms(clock.now())
    engine.merge_reviews(
        {cards[0]: [ForeignReview(now_ms - 86_400_000 * 3 + 7, 3, now_ms - 86_400_000 * 3, 9000)]}
    )
    engine.undo()  # an undone review stays out
    apkg = tmp_path / "deck.apkg"
    export_deck(engine, apkg, progress=False)
    rows, counts = _package_rows(apkg, tmp_path)

    _, days = package_timing(engine)
    records = card_review_records(engine.db, cards)
    assert sum(len(found) for found in records.values()) > 200
    for card in cards:
        reviews = records.get(card, [])
        schedule = {
            key: value
            for key, value in zip(
                SCHEDULE,
                engine.db.execute(
                    f"SELECT {', '.join(SCHEDULE)} FROM cards WHERE id = ?", (card,)
                ).fetchone(),
                strict=True,
            )
        }
        expected = sorted(tuple(row) for row in revlog_rows(reviews, schedule, days))
        assert rows.get(note_guid(card), []) == expected, card
        assert counts[note_guid(card)] == review_counts(reviews), card
    kinds = {row[1:] for found in rows.values() for row in found}
    assert {row[5] for row in kinds} == {0, 1, 2}  # learning, review and relearning rows
    assert {row[4] for row in kinds} >= {0, 60_000}
    assert any(row[2] > 0 for row in kinds) and any(row[2] < 0 for row in kinds)


def test_factors_are_rounded_as_python_rounds() -> None:
    """Anki's factor ((d - 1) / 9 + 0.1) x 1000 of a difficulty: SQLite's round() takes a
    half away from zero, Python's to the even integer; the export's SQL rounds as
    Python does, halves included."""
    from srs.store.anki_revlog import _factor

    db = sqlite3.connect(":memory:")
    rng = random.Random(9)
    difficulties: list[float | int | None] = [None, 1, 10, 5, 1.0, 10.0]
    difficulties += [rng.uniform(1, 10) for _ in range(2000)]
    # difficulties whose factor is a half, or as near one as a float gets
    difficulties += [((k + 0.5) / 1000 - 0.1) * 9 + 1 for k in range(100, 1100)]
    halves = 0
    for difficulty in difficulties:
        (found,) = db.execute(f"SELECT {_factor(':d')}", {"d": difficulty}).fetchone()
        if difficulty is None:
            assert found == 0
            continue
        exact = ((difficulty - 1) / 9 + 0.1) * 1000
        halves += exact % 1 == 0.5
        assert found == round(exact), difficulty
    assert halves > 10  # the ties themselves were tried


def test_note_guids_are_genankis() -> None:
    """The export's own GUIDs (quicker to make) are genanki's `guid_for("srs", id)`:
    a card is the same Anki note in every export, before and after."""
    import genanki

    rng = random.Random(3)
    ids = [f"deck|e{n}|gist" for n in range(2000)]
    ids += ["", "é|ü|∑", "small|arxiv:1706.03762|cloze-2"]
    ids += ["".join(rng.choice("ab|:-é9") for _ in range(rng.randint(1, 40))) for _ in range(500)]
    for card_id in ids:
        assert note_guid(card_id) == genanki.guid_for("srs", card_id), card_id


def test_of_two_reviews_with_one_id_the_first_cards_is_kept(tmp_path: Path) -> None:
    """Anki keys its review log by id alone; srs by card and id (reviews merged from two
    collections may share one). The package keeps the review of the card that comes
    first by id, whatever order the rows are written in."""
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock)
    first, second = sorted(card.id for card in engine.cards())[:2]
    now_ms = to_ms(clock.now())
    shared = now_ms - 86_400_000
    engine.merge_reviews(
        {
            second: [ForeignReview(shared, 4, shared, 1000)],
            first: [ForeignReview(shared, 1, shared - 5, 2000)],
        }
    )
    apkg = tmp_path / "deck.apkg"
    export_deck(engine, apkg, progress=False)
    rows, _ = _package_rows(apkg, tmp_path)
    assert [row[:2] for row in rows[note_guid(first)]] == [(shared, 1)]
    assert note_guid(second) not in rows


def test_a_package_leaves_out_the_indexes_an_import_never_reads(tmp_path: Path) -> None:
    """Anki's import reads the package's whole review log once: its card index (like the
    update numbers' indexes, which serve syncs) would only make the file bigger and the
    export slower. Anki's own import still finds every review of every card."""
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock)
    for card in engine.cards():
        engine.rate(card.id, Rating.GOOD, 3000)
    apkg = tmp_path / "deck.apkg"
    export_deck(engine, apkg, progress=False)
    with zipfile.ZipFile(apkg) as package:
        package.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        indexes = {
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            )
        }
    finally:
        db.close()
    assert indexes == {"ix_notes_csum", "ix_cards_nid", "ix_cards_sched"}
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        import_package(col, str(apkg))
        reviewed = col.db.scalar("SELECT count(DISTINCT cid) FROM revlog")
    finally:
        col.close()
    assert reviewed == len(engine.cards()) > 0


def test_a_review_another_session_commits_during_the_export_waits_for_the_next(
    tmp_path: Path,
) -> None:
    """The cards and their review log are read in one snapshot (the log in a thread on a
    connection of its own): a review committed while the notes stream is in neither the
    card's schedule nor its log nor its count."""
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock)
    first, *rest = sorted(card.id for card in engine.cards())
    engine.rate(first, Rating.GOOD, 1000)
    other = Engine.open(home=data_dir(), deck="small", config=engine_config(), clock=clock)
    clock.advance(days=3)
    reads = engine.export_rows

    def export_rows(*, by_id: bool = False) -> Iterator[ExportRow]:
        for number, row in enumerate(reads(by_id=by_id)):
            if number == 1:  # meanwhile, another session reviews the first card again
                other.rate(first, Rating.AGAIN, 1000)
            yield row

    engine.export_rows = export_rows  # type: ignore[method-assign]
    apkg = tmp_path / "deck.apkg"
    report = export_deck(engine, apkg, progress=False)
    other.close()
    rows, counts = _package_rows(apkg, tmp_path)
    assert report.reviews == 1
    assert [row[1] for row in rows[note_guid(first)]] == [3]  # Good only, not Again
    assert counts[note_guid(first)] == (1, 0)
    assert len(review_records(engine.db, first)) == 2  # committed, for the next export
    assert rest


def test_an_export_that_finds_the_database_busy_says_so_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SRS_BUSY_TIMEOUT", "0.05")
    engine = open_engine(tmp_path)
    writer = sqlite3.connect(data_dir() / "srs.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another srs, mid-write
    try:
        with pytest.raises(SrsError, match=r"database is busy.*nothing was exported"):
            export_deck(engine, tmp_path / "deck.apkg", progress=False)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert list(tmp_path.glob("*deck.apkg*")) == []
    report = export_deck(engine, tmp_path / "deck.apkg", progress=False)  # free again: works
    assert report.notes == len(engine.cards())
