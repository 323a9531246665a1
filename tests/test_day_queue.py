"""The day's queue (srs.store.day_queue): which cards come today, in which order, the
next one, and the live queue that follows each answer."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from engine_helpers import START, answer_all, open_engine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srs.clock import FixedClock, to_ms
from srs.store.day_queue import DayQueue, card_after, next_card_id
from srs.store.rating import Rating


def test_new_cards_come_in_list_order_one_per_entry(tmp_path: Path) -> None:
    engine = open_engine(tmp_path)
    queue = engine.queue()
    assert [cid.split("|")[1] for cid in queue.new] == [
        "arxiv:1706.03762",
        "arxiv:1810.04805",
        "arxiv:2005.14165",
        "arxiv:2106.09685",
        "arxiv:2305.18290",
        "arxiv:2210.03629",
    ]  # siblings are buried: one card per entry a day
    # the kinds take turns at leading an entry (an entry without the kind whose turn it is
    # starts with the next kind it has): a day of new cards mixes kinds
    assert [cid.split("|")[2] for cid in queue.new] == [
        "gist",
        "reverse",
        "paper-title",
        "attribution",
        "acronym",
        "gist",
    ]


def test_daily_new_limit_and_rollover_at_four(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, new_per_day=2, bury_siblings=False)
    assert engine.counts().new == 2
    for _ in range(2):
        card = engine.next_card()
        assert card is not None and card.state == "new"
        engine.rate(card.id, Rating.EASY)
    assert engine.counts().new == 0
    # 03:59 Paris the next morning is still "today"
    clock.set(datetime(2026, 3, 3, 2, 59, tzinfo=UTC))
    assert engine.counts().new == 0
    clock.set(datetime(2026, 3, 3, 3, 0, tzinfo=UTC))  # 04:00 Paris
    assert engine.counts().new == 2


def test_learning_ahead_then_nothing_due(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, new_per_day=1)
    card = engine.next_card()
    assert card is not None
    engine.rate(card.id, Rating.GOOD)  # due in 10 minutes: within the 20-minute learn-ahead
    assert engine.next_card().id == card.id  # type: ignore[union-attr]
    engine.rate(card.id, Rating.GOOD)  # graduates: due in days
    assert engine.next_card() is None
    assert engine.next_due() is not None and engine.next_due() > clock.now()  # type: ignore[operator]


def test_review_limit_and_lowest_retrievability_first(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, new_per_day=100, reviews_per_day=2, bury_siblings=False)
    answer_all(engine, Rating.EASY)
    clock.advance(days=60)
    queue = engine.queue()
    assert len(queue.review) == 2
    rows = {c.id: c for c in engine.cards()}

    def retrievability_key(cid: str) -> float:
        card = rows[cid]
        return (clock.now() - card.last_review).total_seconds() / card.stability  # type: ignore[operator]

    due = [c.id for c in rows.values() if c.due and c.due < clock.now() + timedelta(days=1)]
    assert sorted(due, key=lambda cid: (-retrievability_key(cid), cid))[:2] == queue.review
    for cid in list(queue.review):
        engine.rate(cid, Rating.GOOD)
    assert engine.queue().review == []


def test_siblings_wait_for_tomorrow(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock)
    card = engine.next_card()
    assert card is not None and card.kind == "gist"
    engine.rate(card.id, Rating.EASY)
    siblings = [c.id for c in engine.cards() if c.entry == card.entry and c.id != card.id]
    assert siblings
    assert not set(siblings) & set(engine.queue().new)
    clock.advance(days=1)
    assert set(siblings) & set(engine.queue().new)


def test_new_cards_that_siblings_hold_back_are_counted(tmp_path: Path) -> None:
    """Regression: with `bury_siblings` a six-entry list shows six new cards a day
    whatever `new_per_day` says, and nothing said why. As in Anki the siblings stay
    buried; the queue counts the new cards that wait for that (`srs due`, end screen)."""
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, new_per_day=10)
    entries = {c.entry for c in engine.cards()}
    new_cards = len(engine.cards())
    assert len(entries) == 6 and new_cards > 10
    assert len(engine.queue().new) == 6  # one per entry
    assert engine.queue().new_buried == 4  # the other four of the limit wait
    answer_all(engine, Rating.EASY)
    assert engine.queue().new == [] and engine.queue().new_buried == 4
    assert engine.build_queue().new_buried == 4  # the live queue agrees with a rebuild
    clock.advance(days=1)
    assert engine.queue().new_buried == 10 - len(engine.queue().new)
    unburied = open_engine(tmp_path, clock, new_per_day=10, bury_siblings=False)
    assert unburied.queue().new_buried == 0


def test_next_due_counts_tomorrows_new_cards(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, new_per_day=1)
    card = engine.next_card()
    assert card is not None
    engine.rate(card.id, Rating.EASY)  # today's one new card, due in days
    assert engine.next_card() is None
    _, day_end = engine.today()
    review_due = engine.card(card.id).due
    assert review_due is not None and review_due > day_end
    # new cards are left: they come at the next day's start, before that review
    assert engine.next_due() == day_end
    # with no new cards left, the review is next
    engine.config = engine.config.__class__(**{**engine.config.__dict__, "new_per_day": 0})
    assert engine.next_due() == review_due


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(list(Rating)), st.integers(0, 30)), min_size=1, max_size=25
    ),
    bury=st.booleans(),
)
def test_the_live_queue_is_what_a_rebuild_gives(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[Rating, int]], bury: bool
) -> None:
    """Updated per answer instead of rebuilt, the queue stays exactly the rebuilt one."""
    import os

    home = tmp_path_factory.mktemp("q")
    os.environ["SRS_HOME"] = str(home / "srs-home")  # a data directory per example
    clock = FixedClock(START)
    engine = open_engine(home, clock, bury_siblings=bury, new_per_day=4)
    for rating, minutes in steps:
        card = engine.next_card()
        if card is None:
            clock.set(clock.now() + timedelta(minutes=30))
            continue
        engine.rate(card.id, rating)
        clock.set(clock.now() + timedelta(minutes=minutes))
        live, built = engine.queue(), engine.build_queue()
        assert live.ordered() == built.ordered()
        assert live.counts() == built.counts() and live.review_now == built.review_now
        assert live.new_buried == built.new_buried
    engine.close()


def test_the_next_card_comes_learning_first_and_learns_ahead() -> None:
    soon = to_ms(START + timedelta(minutes=20))
    later = DayQueue(learning_now=[], learning_later=[("soon", soon)], review=[], new=[])
    assert next_card_id(later, START, timedelta(minutes=20)) == "soon"
    assert next_card_id(later, START, timedelta(minutes=19)) is None
    full = DayQueue(["now"], [("soon", soon)], ["review"], ["new"])
    assert next_card_id(full, START, timedelta(0)) == "now"
    assert next_card_id(DayQueue([], [], ["review"], ["new"]), START, timedelta(0)) == "review"
    assert next_card_id(DayQueue([], [("soon", soon)], [], ["new"]), START, timedelta(0)) == "new"


def test_the_card_after_skips_the_one_answered_and_its_siblings(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START), bury_siblings=False)
    views = engine.cards()
    first = views[0]
    sibling = next(v for v in views if v.entry == first.entry and v.id != first.id)
    stranger = next(v for v in views if v.entry != first.entry)
    queue = DayQueue([], [], [], [first.id, sibling.id, stranger.id])
    assert card_after(queue, first, engine.card, bury_siblings=False) == sibling
    assert card_after(queue, first, engine.card, bury_siblings=True) == stranger
    assert (
        card_after(DayQueue([], [], [], [first.id]), first, engine.card, bury_siblings=True) is None
    )


def test_another_connections_write_rebuilds_the_live_queue(tmp_path: Path) -> None:
    """Another srs process suspends a card: this session's queue drops it at once."""
    engine = open_engine(tmp_path, FixedClock(START))
    first = engine.queue().new[0]
    other = sqlite3.connect(engine.locations.database)
    with other:
        other.execute("UPDATE cards SET suspended = 1 WHERE id = ?", (first,))
    other.close()
    assert first not in engine.queue().new
    assert engine.queue().new == engine.build_queue().new
