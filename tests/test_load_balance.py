"""Load balancing and easy days (off by default)."""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from engine_helpers import START, open_engine
from fsrs import Scheduler

from srs.clock import FixedClock, to_ms
from srs.config import load_config
from srs.errors import BadInput
from srs.locations import Locations, data_dir
from srs.store.fuzz import fsrs_card_id, fuzz_range, fuzzed_days
from srs.store.rating import Rating


@pytest.mark.parametrize("days", [3, 5, 10, 30, 100])
def test_the_fuzz_range_is_py_fsrs_own(days: int) -> None:
    random.seed(days)  # py-fsrs fuzzes with the random module
    scheduler = Scheduler(enable_fuzzing=True)
    seen = {scheduler._get_fuzzed_interval(interval=timedelta(days=days)).days for _ in range(400)}
    low, high = fuzz_range(days, 36500)
    # py-fsrs rounds random() * (high - low + 1) + low, so high + 1 comes up too (at
    # half the odds): its intended range is ours
    assert seen <= set(range(low, high + 2))
    assert low in seen and high in seen


@pytest.mark.parametrize("days", [3, 10, 100])
def test_the_seeded_fuzz_spreads_over_the_same_range(days: int) -> None:
    # srs draws py-fsrs's fuzz per card and review: cards reviewed together spread out
    low, high = fuzz_range(days, 36500)
    seen = {fuzzed_days(days, 36500, fsrs_card_id(f"card-{n}"), 0) for n in range(400)}
    assert seen <= set(range(low, high + 2))
    assert low in seen and high in seen
    assert fuzzed_days(2, 36500, fsrs_card_id("card-1"), 0) == 2  # no fuzz under 2.5 days


def _due_day(engine, card_id: str) -> int:  # type: ignore[no-untyped-def]
    view = engine.card(card_id)
    return (view.due.date() - START.date()).days


def test_a_review_goes_to_the_least_loaded_day(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, load_balance=True)
    first = engine.cards()[0].id
    interval = engine.preview(first)[Rating.EASY].days  # FSRS's own, unfuzzed
    low, high = fuzz_range(interval, 36500)
    assert low < interval < high
    cards = [view.id for view in engine.cards()]
    # every day of the range is busy but the last one
    with engine.db:
        for index, other in enumerate(cards[1:]):
            day = low + index % (high - low)
            due = to_ms(START + timedelta(days=day))
            engine.db.execute(
                "UPDATE cards SET state = 2, stability = 9, difficulty = 5, due = ?, "
                "last_review = ? WHERE id = ?",
                (due, to_ms(START - timedelta(days=3)), other),
            )
    engine.rate(cards[0], Rating.EASY)
    assert _due_day(engine, cards[0]) == high


def test_easy_days_get_fewer_cards(tmp_path: Path) -> None:
    clock = FixedClock(START)  # a Monday
    engine = open_engine(tmp_path, clock, easy_days=("sat", "sun"))
    landed = Counter()
    for view in engine.cards():
        engine.rate(view.id, Rating.EASY)
        due = engine.card(view.id).due
        assert due is not None
        landed[due.strftime("%a")] += 1
    assert landed["Sat"] + landed["Sun"] < min(landed[d] for d in ("Mon", "Tue", "Wed"))


def test_balancing_is_off_by_default_and_easy_days_are_checked(
    tmp_path: Path, srs_home: Path
) -> None:
    assert (
        load_config(Locations(data_dir()).config).load_balance is False
        and load_config(Locations(data_dir()).config).easy_days == ()
    )
    (srs_home / "config.toml").write_text('easy_days = ["Saturday", "sun"]\n', encoding="utf-8")
    assert load_config(Locations(data_dir()).config).easy_days == ("sat", "sun")
    (srs_home / "config.toml").write_text('easy_days = ["someday"]\n', encoding="utf-8")
    with pytest.raises(BadInput, match="easy_days"):
        load_config(Locations(data_dir()).config)
