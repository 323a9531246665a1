"""Undo's refusals: a review the card has had another review after (in another session)
is not undone, as that would overwrite the later one (`StaleCard`); a review already
undone, or of another deck, undoes nothing. In the engine and in the review app."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from engine_helpers import SMALL_LIST, START, engine_config, open_engine, write_list
from test_tui import notices

from srs.build import build
from srs.clock import FixedClock
from srs.locations import data_dir
from srs.store.db import db_path
from srs.store.engine import Engine, StaleCard
from srs.store.rating import Rating
from srs.tui import make_app
from srs.tui.review import ReviewScreen


def other_session(minutes_later: int = 1, deck: str = "small") -> Engine:
    """A second review session on the same database, as another terminal opens it."""
    clock = FixedClock(START)
    clock.advance(minutes=minutes_later)
    return Engine.open(
        home=data_dir(), deck=deck, config=engine_config(bury_siblings=False), clock=clock
    )


def log() -> list[tuple[object, ...]]:
    with sqlite3.connect(db_path(data_dir())) as db:
        return [tuple(row) for row in db.execute("SELECT * FROM review_log ORDER BY id")]


def test_a_review_with_a_later_one_is_not_undone_until_that_one_is(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, bury_siblings=False)
    card = engine.cards()[0].id
    mine = engine.rate(card, Rating.GOOD).log_id
    other = other_session()
    theirs = other.rate(card, Rating.EASY).log_id
    before, logged = engine.card(card), log()
    with pytest.raises(StaleCard, match="reviewed again since"):
        engine.undo(mine)
    assert engine.card(card) == before and log() == logged  # nothing moved
    assert other.undo(theirs) == card  # the later one first
    assert engine.undo(mine) == card  # then this one: nothing stands after it now
    assert engine.card(card).state == "new"
    assert [h.undone for h in engine.history(card)] == [True, True]
    other.close()
    engine.close()


def test_a_review_undone_already_or_of_another_deck_undoes_nothing(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, bury_siblings=False)
    card = engine.cards()[0].id
    mine = engine.rate(card, Rating.GOOD).log_id
    assert engine.undo(mine) == card
    logged = log()
    assert engine.undo(mine) is None  # already undone (in this session or another)
    assert log() == logged
    # a review in another deck is not this deck's to undo, nor is one that never was
    build(write_list(tmp_path, SMALL_LIST.replace("slug: small", "slug: other")), home=data_dir())
    elsewhere = other_session(deck="other")
    theirs = elsewhere.rate(elsewhere.cards()[0].id, Rating.GOOD).log_id
    logged = log()
    assert engine.undo(theirs) is None and engine.undo(theirs + 1000) is None
    assert log() == logged
    elsewhere.close()
    engine.close()


async def test_the_review_app_keeps_a_review_another_session_answered_after(
    tmp_path: Path,
) -> None:
    engine = open_engine(tmp_path, FixedClock(START), bury_siblings=False)
    app = make_app(engine, open_url=lambda url: None)
    other = other_session()
    async with app.run_test(notifications=True) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        answered = screen.card
        await pilot.press("u")  # nothing answered yet: the key is greyed out
        assert log() == [] and screen.card == answered
        assert answered is not None
        await pilot.press("space", "3")
        other.rate(answered.id, Rating.EASY)  # the same card, in another terminal, later
        showing, logged = screen.card, log()
        await pilot.press("u")
        assert "reviewed again since" in str(notices(app))
        assert log() == logged and screen.card == showing  # nothing undone, no card moved
        assert len(screen.session.log_ids) == 1  # still this session's review
        assert other.undo() == answered.id  # once theirs is undone, u undoes mine
        await pilot.press("u")
        assert screen.session.log_ids == [] and screen.card is not None
        assert screen.card.id == answered.id and screen.card.state == "new"
    other.close()


async def test_the_review_app_says_when_another_session_undid_its_review(
    tmp_path: Path,
) -> None:
    engine = open_engine(tmp_path, FixedClock(START), bury_siblings=False)
    app = make_app(engine, open_url=lambda url: None)
    other = other_session()
    async with app.run_test(notifications=True) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("space", "3")
        assert other.undo() is not None  # `srs` elsewhere undid the newest review: ours
        showing = screen.card
        await pilot.press("u")
        assert "That review was already undone" in notices(app)
        assert screen.session.log_ids == [] and screen.session.ratings == []
        assert screen.card == showing
    other.close()
