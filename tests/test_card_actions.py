"""What happens to a card besides an answer (srs.store.card_actions): suspended,
buried, replayed from its log, given reviews made elsewhere."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from engine_helpers import START, open_engine

from srs.clock import FixedClock, from_ms, to_ms
from srs.errors import BadInput
from srs.store import card_actions
from srs.store.merge import ForeignReview
from srs.store.rating import Rating


def test_bury_and_suspend(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, bury_siblings=False)
    first = engine.next_card()
    assert first is not None
    engine.bury(first.id)
    assert first.id not in engine.queue().new
    engine.suspend(engine.next_card().id)  # type: ignore[union-attr]
    suspended = [c for c in engine.cards() if c.suspended]
    assert len(suspended) == 1 and suspended[0].id not in engine.queue().new
    clock.advance(days=1)
    assert first.id in engine.queue().new  # buried only until the next day
    assert suspended[0].id not in engine.queue().new
    engine.unsuspend(suspended[0].id)
    assert suspended[0].id in engine.queue().new


def test_replaying_a_cards_log_gives_the_state_it_has(tmp_path: Path) -> None:
    from datetime import timedelta

    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, bury_siblings=False)
    card = engine.next_card()
    assert card is not None
    for rating, hours in (
        (Rating.GOOD, 0),
        (Rating.GOOD, 1),
        (Rating.AGAIN, 50),
        (Rating.EASY, 80),
    ):
        engine.rate(card.id, rating, duration_ms=1000, at=START + timedelta(hours=hours))
    kept = engine.card(card.id)
    assert kept.last_review == START + timedelta(hours=80)  # `at`, not the clock
    # scramble the schedule: replaying the log puts back exactly what the reviews gave
    engine.db.execute(
        "UPDATE cards SET stability = 99, difficulty = 1, due = 0 WHERE id = ?", (card.id,)
    )
    replayed = engine.replay(card.id)
    assert (replayed.state, replayed.step, replayed.due, replayed.last_review) == (
        kept.state,
        kept.step,
        kept.due,
        kept.last_review,
    )
    assert replayed.stability == pytest.approx(kept.stability)
    assert replayed.difficulty == pytest.approx(kept.difficulty)
    # a card whose reviews are all undone is new again
    while engine.undo() is not None:
        pass
    assert engine.replay(card.id).state == "new"


def test_a_card_is_buried_until_the_next_day_starts(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, bury_siblings=False)
    card = engine.cards()[0].id
    engine.bury(card)
    _, day_end = engine.today()
    assert engine.card(card).buried_until == day_end
    clock.set(day_end - timedelta(milliseconds=1))
    assert card not in engine.queue().new
    clock.set(day_end)
    assert card in engine.queue().new


def test_no_action_on_a_card_of_another_deck(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    for action in (engine.suspend, engine.bury, engine.replay):
        with pytest.raises(BadInput, match="no card"):
            action("other|arxiv:1706.03762|gist")


def test_a_dry_run_merge_counts_and_changes_nothing(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START))
    card = engine.cards()[0].id
    at = to_ms(START - timedelta(days=3))
    reviews = {
        card: [ForeignReview(at, 3, at, 2000)],
        "unknown|card": [ForeignReview(at, 3, at, 1)],
    }
    before = engine.card(card)
    report = engine.merge_reviews(reviews, dry_run=True)
    assert (report.reviews_added, report.cards_updated, report.touched) == (1, 1, (card,))
    assert engine.card(card) == before and engine.history(card) == []
    # inside a caller's transaction, a dry run undoes only its own writes
    with engine.transaction():
        engine.db.execute("UPDATE cards SET leech = 1 WHERE id = ?", (card,))
        assert card_actions.merge(engine.db, reviews, engine.scheduler, dry_run=True) == report
    assert engine.card(card).leech and engine.history(card) == []
    assert engine.merge_reviews(reviews) == report
    assert [h.rating for h in engine.history(card)] == [Rating.GOOD]
    assert engine.card(card).last_review == from_ms(at)  # replayed with it
