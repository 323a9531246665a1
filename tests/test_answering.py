"""Answering a card (srs.store.answering): previews, ratings, leeches, and undo with
each of its branches."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from engine_helpers import START, open_engine

from srs.clock import FixedClock
from srs.store.engine import Engine, StaleCard
from srs.store.intervals import format_interval
from srs.store.rating import Rating


def test_learning_steps_and_previews(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock)
    card = engine.next_card()
    assert card is not None
    preview = engine.preview(card.id)
    assert {r: format_interval(d) for r, d in preview.items() if r != Rating.EASY} == {
        Rating.AGAIN: "1m",
        Rating.HARD: "6m",
        Rating.GOOD: "10m",
    }
    assert preview[Rating.EASY] >= timedelta(days=1)
    result = engine.rate(card.id, Rating.GOOD, duration_ms=2500)
    assert result.state == "learning" and result.due == START + timedelta(minutes=10)
    queue = engine.queue()
    assert card.id not in queue.learning_now and (card.id,) == tuple(
        cid for cid, _ in queue.learning_later if cid == card.id
    )
    clock.advance(minutes=10)
    assert engine.queue().learning_now[0] == card.id
    assert engine.next_card().id == card.id  # type: ignore[union-attr]
    engine.rate(card.id, Rating.GOOD)
    assert engine.card(card.id).state == "review"
    history = engine.history(card.id)
    assert [h.rating for h in history] == [Rating.GOOD, Rating.GOOD]
    assert history[0].duration_ms == 2500 and history[0].state_before == "new"


def test_undo_several_reviews_restores_exact_state(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock)
    before = {c.id: c for c in engine.cards()}
    queue_before = engine.queue()
    rated = []
    for rating in (Rating.AGAIN, Rating.GOOD, Rating.EASY):
        card = engine.next_card()
        assert card is not None
        engine.rate(card.id, rating)
        rated.append(card.id)
        clock.advance(seconds=30)
    second = engine.next_card()
    assert second is not None
    engine.rate(second.id, Rating.HARD)
    rated.append(second.id)
    for expected in reversed(rated):
        assert engine.undo() == expected
    assert engine.undo() is None
    assert {c.id: c for c in engine.cards()} == before
    assert engine.queue() == queue_before
    assert all(h.undone for cid in rated for h in engine.history(cid))


def test_rate_rejects_unknown_or_retired(tmp_path: Path) -> None:
    from srs.errors import BadInput

    engine = open_engine(tmp_path)
    with pytest.raises(BadInput):
        engine.rate("nope", Rating.GOOD)
    card = engine.cards()[0].id
    engine.db.execute("UPDATE cards SET retired_at = 1 WHERE id = ?", (card,))
    with pytest.raises(BadInput, match="retired"):
        engine.rate(card, Rating.GOOD)
    assert engine.history(card) == []


def test_a_card_forgotten_eight_times_is_a_leech(tmp_path: Path) -> None:
    from datetime import timedelta

    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, bury_siblings=False, leech_action="suspend")
    card = engine.next_card()
    assert card is not None
    marked = []
    when = START
    for _ in range(8):
        engine.rate(card.id, Rating.EASY, at=when)  # to review
        when += timedelta(days=30)
        marked.append(engine.rate(card.id, Rating.AGAIN, at=when).leech)  # a lapse
        when += timedelta(days=1)
    assert marked == [False] * 7 + [True]  # the 8th lapse, as Anki
    view = engine.card(card.id)
    assert view.leech and view.suspended  # leech_action = "suspend"
    # a rebuild of the deck file never unmarks it
    assert engine.load_from_file() is None or engine.card(card.id).leech
    from srs.store.stats import compute_stats

    assert compute_stats(engine).leeches == 1


def test_a_card_answered_in_another_session_is_not_answered_twice(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    card = engine.next_card()
    assert card is not None
    engine.rate(card.id, Rating.GOOD)  # another session answered it since it was shown
    after_first = engine.card(card.id)
    with pytest.raises(StaleCard):
        engine.rate(card.id, Rating.AGAIN, shown=card)
    assert engine.card(card.id) == after_first and len(engine.history(card.id)) == 1
    engine.rate(card.id, Rating.GOOD, shown=after_first)  # as shown: answered
    assert len(engine.history(card.id)) == 2


def test_undo_of_no_review_of_this_deck_changes_nothing(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    card = engine.cards()[0].id
    log_id = engine.rate(card, Rating.GOOD).log_id
    reviewed = engine.card(card)
    assert engine.undo(log_id + 1000) is None  # no such review
    elsewhere = Engine(
        engine.db, home=engine.home, deck="other", config=engine.config, clock=engine.clock
    )
    assert elsewhere.undo(log_id) is None  # a review of another deck
    assert elsewhere.undo() is None  # that deck has none
    assert engine.card(card) == reviewed
    assert [h.undone for h in engine.history(card)] == [False]


def test_undoing_a_review_twice_restores_once(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock)
    card = engine.cards()[0].id
    log_id = engine.rate(card, Rating.GOOD).log_id
    clock.advance(minutes=1)
    assert engine.undo(log_id) == card
    assert engine.card(card).state == "new"
    engine.rate(card, Rating.EASY, at=START - timedelta(minutes=1))  # an earlier one since
    kept = engine.card(card)
    assert engine.undo(log_id) is None  # already undone: the card stays as it is
    assert engine.card(card) == kept


def test_an_undone_later_review_does_not_block_an_undo(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock)
    card = engine.cards()[0].id
    before = engine.card(card)
    first = engine.rate(card, Rating.GOOD).log_id
    clock.advance(minutes=10)
    second = engine.rate(card, Rating.GOOD).log_id
    assert engine.undo(second) == card
    assert engine.undo(first) == card
    assert engine.card(card) == before


def test_a_later_review_at_the_same_time_blocks_an_undo(tmp_path: Path) -> None:
    """Two reviews in the same millisecond: the one logged second is the later one."""
    engine = open_engine(tmp_path, FixedClock(START))
    card = engine.cards()[0].id
    first = engine.rate(card, Rating.GOOD).log_id
    second = engine.rate(card, Rating.GOOD).log_id
    reviewed = engine.card(card)
    with pytest.raises(StaleCard):
        engine.undo(first)
    assert engine.card(card) == reviewed  # rolled back: nothing undone
    assert [h.undone for h in engine.history(card)] == [False, False]
    assert engine.undo(second) == card
    assert engine.card(card).last_review == START  # the first review's schedule stands
