"""The one mapping between a card's schedule columns and py-fsrs's `Card`
(srs.store.schedule_codec)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from engine_helpers import START, open_engine
from fsrs import Rating as FsrsRating
from fsrs import State

from srs.clock import FixedClock, to_ms
from srs.errors import BadInput
from srs.store.fuzz import fsrs_card_id
from srs.store.schedule_codec import (
    fsrs_card,
    read_schedule,
    restore_schedule,
    saved_schedule,
    schedule_row,
    write_answer,
    write_schedule_rows,
)

CARD = "small|arxiv:1706.03762|gist"


def _columns(row: sqlite3.Row) -> dict[str, object]:
    return {key: row[key] for key in row.keys()}  # noqa: SIM118 - a Row is not a dict


def test_a_card_never_reviewed_enters_fsrs_learning_now() -> None:
    new = {"state": None, "step": None, "stability": None, "difficulty": None, "due": None}
    card = fsrs_card(CARD, {**new, "last_review": None}, START)
    assert (card.state, card.step, card.due, card.last_review) == (State.Learning, 0, START, None)
    assert card.stability is None and card.card_id == fsrs_card_id(CARD)


def test_a_schedule_goes_through_fsrs_and_back_unchanged() -> None:
    row = {
        "state": int(State.Review),
        "step": None,
        "stability": 12.5,
        "difficulty": 5.25,
        "due": to_ms(START + timedelta(days=12)),
        "last_review": to_ms(START),
        "buried_until": None,
    }
    card = fsrs_card(CARD, row, START + timedelta(days=30))
    assert card.due == START + timedelta(days=12) and card.last_review == START
    assert schedule_row(CARD, card) == (
        int(State.Review),
        None,
        12.5,
        5.25,
        row["due"],
        row["last_review"],
        CARD,
    )
    # a card with no review left is new again
    assert schedule_row(CARD, None) == (None, None, None, None, None, None, CARD)


def test_an_answer_unburies_and_the_saved_schedule_comes_back_exactly(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    db = engine.db
    buried = to_ms(START + timedelta(hours=5))
    db.execute("UPDATE cards SET buried_until = ? WHERE id = ?", (buried, CARD))
    row = read_schedule(db, CARD, "small")
    saved = saved_schedule(row)
    assert saved["buried_until"] == buried and saved["state"] is None
    card, _ = engine.scheduler.review_card(fsrs_card(CARD, row, START), FsrsRating.Good, START)
    write_answer(db, CARD, card)
    answered = read_schedule(db, CARD, "small")
    assert answered["buried_until"] is None and answered["last_review"] == to_ms(START)
    assert answered["state"] == int(card.state) and answered["due"] == to_ms(card.due)
    restore_schedule(db, CARD, saved)
    assert _columns(read_schedule(db, CARD, "small")) == _columns(row)


def test_replayed_schedules_leave_burial_and_suspension_alone(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    db = engine.db
    db.execute("UPDATE cards SET buried_until = 7, suspended = 1 WHERE id = ?", (CARD,))
    card, _ = engine.scheduler.review_card(
        fsrs_card(CARD, read_schedule(db, CARD, "small"), START), FsrsRating.Easy, START
    )
    write_schedule_rows(db, [schedule_row(CARD, card)])
    view = engine.card(CARD)
    assert view.state == "review" and view.due == card.due
    assert view.suspended and view.buried_until is not None


def test_a_card_outside_the_deck_has_no_schedule_here(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    with pytest.raises(BadInput, match="in deck 'other'"):
        read_schedule(engine.db, CARD, "other")
