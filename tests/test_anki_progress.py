"""Export with scheduling: a package imported with "Import any learning progress" into a
real Anki collection continues exactly where srs stands, card by card."""

from __future__ import annotations

import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from anki.collection import Collection
from anki_helpers import (
    anki_card,
    expected_type,
    import_package,
    reviewed_engine,
    srs_day,
    srs_due_day,
)
from engine_helpers import START

from srs.anki.export import export_deck
from srs.clock import FixedClock, to_ms
from srs.store.rating import Rating


def test_a_scheduled_export_continues_in_anki(collection: Collection, tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = reviewed_engine(tmp_path, clock)
    apkg = tmp_path / "deck.apkg"
    report = export_deck(engine, apkg, progress=False)
    assert report.reviews == 7
    import_package(collection, str(apkg))

    views = engine.cards()
    states = {view.state for view in views}
    assert states == {"new", "learning", "review", "relearning"}
    for view in views:
        anki = anki_card(collection, view.id)
        records = [
            r
            for r in engine.db.execute(
                """SELECT anki_id, rating FROM review_log WHERE card_id = ? AND undone_at IS NULL
               ORDER BY reviewed_at""",
                (view.id,),
            )
        ]
        assert anki.type == expected_type(view), view.id
        assert anki.revlog_ids == [r[0] for r in records]
        assert anki.revlog_eases == [r[1] for r in records]
        assert anki.reps == len(records)
        if view.suspended:
            assert anki.queue == -1
        elif view.buried_until is not None and view.buried_until > clock.now():
            assert anki.queue == -3
        if view.state == "new":
            assert anki.stability is None
            continue
        assert anki.stability == pytest.approx(view.stability, abs=1e-3)
        assert anki.difficulty == pytest.approx(view.difficulty, abs=1e-3)
        assert view.due is not None
        if anki.due_secs is not None:
            assert anki.due_secs == to_ms(view.due) // 1000
        else:
            assert anki.due_day == srs_due_day(view), view.id
    relearned = next(v for v in views if v.state == "relearning")
    assert anki_card(collection, relearned.id).lapses == 1
    times = collection.db.list("SELECT time FROM revlog")
    assert max(times) == 60_000
    # the review card keeps its date in Anki's own terms: due in ivl days from its review
    review = next(v for v in views if v.state == "review")
    assert review.due is not None and review.last_review is not None
    card = collection.get_card(
        collection.db.scalar(
            "SELECT c.id FROM cards c JOIN notes n ON c.nid = n.id WHERE n.guid = ?",
            __import__("srs.anki.export", fromlist=["note_guid"]).note_guid(review.id),
        )
    )
    assert card.ivl == (srs_day(review.due) - srs_day(review.last_review)).days


def test_reimporting_a_newer_export_never_duplicates_reviews(
    collection: Collection, tmp_path: Path
) -> None:
    clock = FixedClock(START)
    engine = reviewed_engine(tmp_path, clock)
    export_deck(engine, tmp_path / "v1.apkg", progress=False)
    import_package(collection, str(tmp_path / "v1.apkg"))
    first = collection.db.list("SELECT id FROM revlog ORDER BY id")
    for view in engine.cards():
        if view.state != "new":
            engine.rate(view.id, Rating.GOOD)
    export_deck(engine, tmp_path / "v2.apkg", progress=False)
    import_package(collection, str(tmp_path / "v2.apkg"))
    again = collection.db.list("SELECT id FROM revlog ORDER BY id")
    assert again == first  # Anki takes progress only for cards new to it
    assert len(again) == len(set(again))


def test_export_without_scheduling_is_all_new(collection: Collection, tmp_path: Path) -> None:
    engine = reviewed_engine(tmp_path, FixedClock(START))
    apkg = tmp_path / "shared.apkg"
    report = export_deck(engine, apkg, progress=False, scheduling=False)
    assert report.reviews == 0
    with zipfile.ZipFile(apkg) as package:
        package.extract("collection.anki2", tmp_path / "raw")
    import sqlite3

    raw = sqlite3.connect(tmp_path / "raw" / "collection.anki2")
    assert raw.execute("SELECT count(*) FROM revlog").fetchone()[0] == 0
    assert raw.execute("SELECT count(*) FROM cards WHERE type != 0").fetchone()[0] == 0
    raw.close()
    import_package(collection, str(apkg))
    assert collection.db.scalar("SELECT count() FROM cards WHERE type != 0") == 0
    assert collection.db.scalar("SELECT count() FROM revlog") == 0


def test_a_package_made_days_ago_keeps_its_dates(collection: Collection, tmp_path: Path) -> None:
    """Day numbers in the package are relative to the day it was made: importing it
    later still gives each card its own date."""
    clock = FixedClock(START - timedelta(days=40))
    engine = reviewed_engine(tmp_path, clock)
    export_deck(engine, tmp_path / "old.apkg", progress=False)
    import_package(collection, str(tmp_path / "old.apkg"))
    for view in engine.cards():
        if view.state == "review":
            assert anki_card(collection, view.id).due_day == srs_due_day(view)
