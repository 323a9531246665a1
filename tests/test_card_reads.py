"""What other layers read of a deck (srs.store.card_reads)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from engine_helpers import START, open_engine

from srs.clock import FixedClock, from_ms, to_ms
from srs.errors import BadInput
from srs.store import card_reads, card_row
from srs.store.card_row import FLAG_COLUMN, VIEW_COLUMNS, state_name
from srs.store.flags import REASONS
from srs.store.rating import Rating
from srs.store.reading_status import mark


def test_a_decks_cards_in_its_order_retired_ones_on_request(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    db = engine.db
    views = card_reads.cards(db, "small")
    assert [v.position for v in views] == sorted(v.position for v in views)
    gone = views[1].id
    db.execute("UPDATE cards SET retired_at = 1 WHERE id = ?", (gone,))
    assert gone not in {v.id for v in card_reads.cards(db, "small")}
    assert card_reads.card(db, gone).retired
    assert [v.id for v in card_reads.cards(db, "small", include_retired=True)] == [
        v.id for v in views
    ]
    assert card_reads.cards(db, "other") == []
    with pytest.raises(BadInput, match="no card"):
        card_reads.card(db, "small|nope|gist")


def test_kinds_and_sections_keep_the_order_asked_and_skip_unknown_ids(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    views = engine.cards()
    ids = [views[3].id, "small|nope|gist", views[0].id]
    assert card_reads.kinds_and_sections(engine.db, ids) == [
        (views[3].id, views[3].kind, views[3].section),
        (views[0].id, views[0].kind, views[0].section),
    ]


def test_an_export_summary_counts_notes_retired_and_the_newest_change(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    db = engine.db
    views = engine.cards()
    db.execute(
        "UPDATE cards SET retired_at = 1, changed_at = 99999999999999 WHERE id = ?", (views[0].id,)
    )
    summary = card_reads.export_summary(db, "small")
    assert summary.notes == len(views) and summary.retired == 1
    assert summary.sections == {"Basics", "More"} and summary.cloze == {False}
    assert summary.changed_ms == 99999999999999
    rows = list(card_reads.export_rows(db, "small", by_id=True))
    assert [r.id for r in rows] == sorted(v.id for v in views)
    assert next(r for r in rows if r.id == views[0].id).retired


def test_standing_reviews_and_deck_info(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    card = engine.cards()[0].id
    engine.rate(card, Rating.GOOD)
    engine.rate(card, Rating.GOOD)
    engine.undo()
    assert card_reads.standing_reviews(engine.db, "small") == 1
    assert card_reads.standing_reviews(engine.db, "other") == 0
    assert card_reads.deck_info(engine.db, "small") == ("Small list", ["Basics", "More"])
    assert card_reads.deck_info(engine.db, "other") == ("other", [])


def test_export_rows_read_every_column_by_position_as_the_views_do(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    views = engine.cards()
    engine.rate(views[0].id, Rating.GOOD)
    engine.suspend(views[1].id)
    engine.flag(views[2].id, next(iter(REASONS)))
    with engine.transaction():
        mark(engine.db, "small", views[3].entry, "read", 1)
    engine.db.execute(
        "UPDATE cards SET retired_at = 1, extra = 'more', leech = 1 WHERE id = ?", (views[4].id,)
    )
    rows = {row.id: row for row in card_reads.export_rows(engine.db, "small")}
    assert rows.keys() == {view.id for view in engine.cards(include_retired=True)}
    for view in engine.cards(include_retired=True):
        row = rows[view.id]
        assert (row.kind, row.front, row.back, row.section, row.origin, row.extra) == (
            view.kind,
            view.front,
            view.back,
            view.section,
            view.origin,
            view.extra,
        )
        assert (list(row.links), list(row.tags), row.retired, row.leech, row.flag) == (
            view.links,
            view.tags,
            view.retired,
            view.leech,
            view.flag,
        )
        assert row.changed_ms == to_ms(view.changed_at)
        schedule = row.progress.schedule
        assert (state_name(schedule["state"]), schedule["stability"]) == (
            view.state,
            view.stability,
        )
        assert schedule["due"] == (to_ms(view.due) if view.due else None)
        assert row.progress.held == (view.suspended or view.retired)
    assert rows[views[0].id].progress.schedule["state"] is not None
    assert rows[views[1].id].progress.held and rows[views[4].id].retired
    assert rows[views[2].id].flag == next(iter(REASONS))
    assert rows[views[3].id].progress.status == "read"
    assert {rows[v.id].progress.status for v in views[4:]} == {"unread"}
    assert rows[views[4].id].extra == "more" and rows[views[4].id].leech


def test_a_cards_view_reads_each_column_of_its_row(tmp_path: Path) -> None:
    """`card_view` reads by position: each field is the column of its name."""
    engine = open_engine(tmp_path, FixedClock(START))
    views = engine.cards()
    engine.rate(views[0].id, Rating.AGAIN)
    engine.bury(views[1].id)
    engine.flag(views[2].id, next(iter(REASONS)))
    engine.db.execute(
        "UPDATE cards SET retired_at = 1, extra = 'more', leech = 1, tags = '[\"t\"]' WHERE id = ?",
        (views[3].id,),
    )
    columns = ", ".join((*VIEW_COLUMNS, FLAG_COLUMN))
    for row in engine.db.execute(f"SELECT {columns} FROM cards WHERE deck = 'small'"):
        view = card_row.card_view(row)
        times = {"due", "last_review", "buried_until", "changed_at"}
        for name in VIEW_COLUMNS:
            value = row[name]
            if name in times:
                assert getattr(view, name) == (None if value is None else from_ms(value)), name
            elif name == "state":
                assert view.state == card_row.state_name(value)
            elif name == "retired_at":
                assert view.retired == (value is not None)
            elif name in ("suspended", "leech"):
                assert getattr(view, name) == bool(value), name
            elif name == "links":
                assert view.links == list(card_row.links_of(value))
            elif name == "tags":
                assert view.tags == json.loads(value)
            elif name == "id":
                assert view.id == value
            elif name != "new_order":  # a view has no place among new cards
                assert getattr(view, name) == value, name
        assert view.flag == row["flag"]
    flagged = card_reads.card(engine.db, views[2].id)
    assert flagged.flag == next(iter(REASONS))
    assert card_reads.card(engine.db, views[1].id).buried_until is not None
    assert card_reads.card(engine.db, views[3].id).tags == ["t"]
