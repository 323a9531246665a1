"""srs's schedule in Anki's terms, and the merge of reviews made elsewhere."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from engine_helpers import START, engine_config, open_engine
from hypothesis import given
from hypothesis import strategies as st

from srs.anki.schedule import AnkiDays, card_columns
from srs.clock import FixedClock, from_ms, to_ms
from srs.store import review_log
from srs.store.engine import StaleCard
from srs.store.merge import ForeignReview
from srs.store.rating import Rating
from srs.store.user_day import HeldDay, day_bounds

PARIS = ZoneInfo("Europe/Paris")  # two clock changes a year
#: clock changes in Paris and New York, 2026
CLOCK_CHANGES = [
    datetime(2026, 3, 29, 1, 0, tzinfo=UTC),
    datetime(2026, 10, 25, 1, 0, tzinfo=UTC),
    datetime(2026, 3, 8, 7, 0, tzinfo=UTC),
    datetime(2026, 11, 1, 6, 0, tzinfo=UTC),
]
NOW = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)  # the day before one


@given(
    moment=st.integers(
        min_value=to_ms(NOW) - 400 * 86_400_000, max_value=to_ms(NOW) + 400 * 86_400_000
    ),
    starts=st.sampled_from([(0, 0), (4, 0), (2, 30), (23, 0)]),
)
def test_day_numbers_follow_the_local_day(moment: int, starts: tuple[int, int]) -> None:
    days = AnkiDays.at(NOW, PARIS, starts, 1000)
    today, _ = day_bounds(NOW, PARIS, starts)
    its_day, _ = day_bounds(from_ms(moment), PARIS, starts)
    expected = 1000 + (its_day.astimezone(PARIS).date() - today.astimezone(PARIS).date()).days
    assert days.number(moment) == expected


def test_a_big_batch_of_reviews_keeps_the_logs_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(review_log, "_BULK", 3)
    engine = open_engine(tmp_path, FixedClock(START))
    before = {
        row[0]
        for row in engine.db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'review_log'"
        )
    }
    cards = [view.id for view in engine.cards()[:4]]
    at = to_ms(START - timedelta(days=3))
    reviews = {
        card_id: [ForeignReview(at + k * 1000 + i, 3, at + k * 1000 + i, 2000) for k in range(2)]
        for i, card_id in enumerate(cards)
    }
    report = engine.merge_reviews(reviews)
    assert report.reviews_added == 8
    after = {
        row[0]
        for row in engine.db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'review_log'"
        )
    }
    assert after == before
    # the rebuilt unique index still refuses a review twice
    with pytest.raises(sqlite3.IntegrityError), engine.db:
        review_log.insert_reviews(
            engine.db,
            [(cards[0], "small", "e", 3, at, 1, None, 2, "{}", reviews[cards[0]][0].anki_id)] * 3,
        )
    assert engine.merge_reviews(reviews).reviews_added == 0


def test_undoing_a_merged_review_replays_the_card(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock)
    card = engine.cards()[0].id
    engine.rate(card, Rating.GOOD)
    clock.advance(minutes=20)
    at = to_ms(clock.now())
    engine.merge_reviews({card: [ForeignReview(at, 3, at, 3000)]})
    assert engine.card(card).state == "review"
    clock.advance(minutes=1)
    assert engine.undo() == card  # the newest review: the one from Anki
    view = engine.card(card)
    assert view.state == "learning"
    assert view.last_review == START


def test_undo_after_older_reviews_were_merged_in(tmp_path: Path) -> None:
    """An import brings in reviews made in Anki before today's answer: today's answer
    can still be undone (nothing came after it in time), and the card is then what
    its remaining log gives, the merged reviews included."""
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock)
    card, other = (c.id for c in engine.cards()[:2])
    result = engine.rate(card, Rating.GOOD)
    engine.rate(other, Rating.GOOD)
    older = to_ms(START - timedelta(days=3))
    engine.merge_reviews({card: [ForeignReview(older, 3, older, 3000)]})
    clock.advance(minutes=1)
    assert engine.undo(result.log_id) == card  # the review app passes its own log id
    view = engine.card(card)
    assert view.last_review == from_ms(older)  # the Anki review's schedule, replayed
    assert [h.undone for h in engine.history(card)] == [True, False]
    # a review that does have a later one (in time) still cannot be undone
    other_log = engine.rate(card, Rating.GOOD).log_id
    clock.advance(minutes=1)
    engine.rate(card, Rating.EASY)
    with pytest.raises(StaleCard):
        engine.undo(other_log)


@given(
    stability=st.floats(min_value=0.001, max_value=36_500, allow_nan=False),
    difficulty=st.floats(min_value=1, max_value=10, allow_nan=False),
    last=st.one_of(st.none(), st.integers(min_value=0, max_value=2**41)),
    retention=st.sampled_from([0.7, 0.9, 0.95, 0.99, 0.8500000000000001]),
)
def test_a_cards_memory_data_is_the_json_anki_reads(
    stability: float, difficulty: float, last: int | None, retention: float
) -> None:
    """The `data` column is formatted directly, as `json.dumps` would write it."""
    schedule = {"state": 2, "step": None, "stability": stability, "difficulty": difficulty}
    schedule |= {"due": to_ms(NOW), "last_review": last, "buried_until": None}
    days = AnkiDays.at(NOW, PARIS, (4, 0), 1000)
    config = engine_config(desired_retention=retention)
    data = card_columns(
        schedule, (1, 0), days, new_position=0, suspended=False, now_ms=to_ms(NOW), config=config
    ).data
    expected = {"s": round(stability, 4), "d": round(difficulty, 4), "dr": retention}
    if last is not None:
        expected["lrt"] = last // 1000
    assert data == json.dumps(expected, separators=(",", ":"))
    assert json.loads(data) == expected


@given(
    moments=st.lists(
        st.integers(
            min_value=to_ms(NOW) - 200 * 86_400_000, max_value=to_ms(NOW) + 200 * 86_400_000
        ),
        min_size=1,
        max_size=40,
    ),
    change=st.sampled_from(CLOCK_CHANGES),
    near=st.lists(st.integers(min_value=-36 * 4, max_value=36 * 4), max_size=40),
    starts=st.sampled_from([(0, 0), (4, 0), (2, 30), (1, 45), (23, 0)]),
    zone=st.sampled_from([PARIS, ZoneInfo("America/New_York"), UTC]),
)
def test_a_held_day_is_the_day_of_every_moment_asked(
    moments: list[int],
    change: datetime,
    near: list[int],
    starts: tuple[int, int],
    zone: ZoneInfo,
) -> None:
    """`HeldDay` answers from the day it holds while a moment falls inside it: the same
    bounds as `day_bounds`, across clock changes too (moments a quarter of an hour apart
    around one, and anywhere within 200 days)."""
    held = HeldDay()
    asked = [change + timedelta(minutes=15 * quarter) for quarter in near]
    asked += [from_ms(ms) for ms in moments]
    for when in asked:
        assert held.bounds(when, zone, starts) == day_bounds(when, zone, starts)
