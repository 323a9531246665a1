"""The work between a rating and the next card, kept short without changing a result:
an answer after its preview reuses the states FSRS gave for it, the parameters in use
are looked up only when another connection wrote, and the live queue names the next
card and the counts without copying itself."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from engine_helpers import START, engine_config, write_list
from fsrs import Rating as FsrsRating
from hypothesis import given
from hypothesis import strategies as st

from srs.build import build
from srs.clock import FixedClock
from srs.store.day_queue import next_card_id
from srs.store.engine import Engine
from srs.store.flags import open_flag_ids
from srs.store.fuzz import SeededFuzzScheduler, make_scheduler
from srs.store.parameters import FittedParameters, save_parameters
from srs.store.queue_mix import MIXES, first_of_main, main_queue
from srs.store.rating import Rating
from srs.store.schedule_codec import fsrs_card, read_schedule

#: parameters of a forgetful learner (any valid set other than FSRS's defaults)
OTHER = (
    0.1,
    0.6,
    1.2,
    4.0,
    7.2,
    0.5,
    1.5,
    0.01,
    1.5,
    0.15,
    1.0,
    2.0,
    0.05,
    0.3,
    1.5,
    0.3,
    2.5,
    0.5,
    0.1,
    0.05,
    0.15,
)


def _engine(home: Path, tmp: Path, clock: FixedClock, **overrides: object) -> Engine:
    build(write_list(tmp), home=home)
    return Engine.open(home=home, deck="small", config=engine_config(**overrides), clock=clock)


def _session(engine: Engine, clock: FixedClock, *, preview: bool, days: int = 40) -> None:
    """The same answers every run: each day's cards, a rating drawn from one seed."""
    rng = random.Random(5)
    for _ in range(days):
        while (card := engine.next_card()) is not None:
            if preview:
                engine.preview(card.id)
            clock.advance(seconds=rng.randint(2, 20))  # the answer is read
            engine.rate(card.id, Rating(rng.choice((1, 2, 3, 3, 3, 4))))
        clock.advance(days=1)


@pytest.mark.parametrize("overrides", [{}, {"fuzz": True}, {"load_balance": True}])
def test_answers_after_previews_are_those_without(
    tmp_path: Path, overrides: dict[str, Any]
) -> None:
    """Rating a card whose preview was shown reuses FSRS's states from the preview; the
    schedules are those of answering without one, to the millisecond."""
    runs = []
    for preview in (True, False):
        clock = FixedClock(START)
        engine = _engine(tmp_path / f"home-{preview}", tmp_path, clock, **overrides)
        _session(engine, clock, preview=preview)
        runs.append({card.id: card for card in engine.cards()})
        engine.close()
    assert runs[0] == runs[1]
    assert any(card.state == "review" for card in runs[0].values())


def test_an_answer_after_its_preview_calls_fsrs_no_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview's states are the answer's: what py-fsrs gives for that rating."""
    clock = FixedClock(START)
    engine = _engine(tmp_path / "home", tmp_path, clock, fuzz=True)
    _session(engine, clock, preview=False, days=12)
    card = next(card for card in engine.cards() if card.state == "review")
    row = read_schedule(engine.db, card.id, engine.deck)
    now = clock.now()
    expected, _ = make_scheduler(engine.config).review_card(
        fsrs_card(card.id, row, now), FsrsRating.Good, now
    )
    engine.preview(card.id)

    def no_call(*args: object, **kwargs: object) -> None:
        raise AssertionError("FSRS was asked again for a state it gave for the preview")

    monkeypatch.setattr(SeededFuzzScheduler, "review_card", no_call)
    result = engine.rate(card.id, Rating.GOOD)
    assert result.due == expected.due
    after = engine.card(card.id)
    assert (after.stability, after.difficulty) == (expected.stability, expected.difficulty)


def test_parameters_are_looked_up_only_when_another_connection_wrote(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = _engine(tmp_path / "home", tmp_path, clock)
    statements: list[str] = []
    engine.db.set_trace_callback(statements.append)
    for _ in range(3):
        card = engine.next_card()
        assert card is not None
        engine.preview(card.id)
        engine.rate(card.id, Rating.GOOD)
    assert statements and not [s for s in statements if "fsrs_parameters" in s]
    # another session adopts parameters: the next card is scheduled with them
    other = Engine.open(home=tmp_path / "home", deck="small", config=engine.config, clock=clock)
    with other.transaction():
        save_parameters(other.db, FittedParameters(OTHER, START, 1, 1, None, None))
    other.close()
    card = engine.next_card()
    assert card is not None
    row = read_schedule(engine.db, card.id, engine.deck)
    now = clock.now()
    fitted = make_scheduler(engine.config, parameters=OTHER)
    expected = {
        rating: fitted.review_card(fsrs_card(card.id, row, now), FsrsRating(int(rating)), now)[
            0
        ].due
        - now
        for rating in Rating
    }
    assert engine.preview(card.id) == expected
    assert [s for s in statements if "fsrs_parameters" in s]


def _reviewed(engine: Engine, clock: FixedClock) -> Engine:
    """`engine` after twelve days of answers: cards in every state."""
    _session(engine, clock, preview=False, days=12)
    return engine


def test_the_card_shown_is_read_once_for_its_preview_and_its_answer(tmp_path: Path) -> None:
    """The next card's row serves its preview and its answer: an answer is one read of
    the card, one UPDATE of it and one INSERT into the log."""
    clock = FixedClock(START)
    engine = _reviewed(_engine(tmp_path / "home", tmp_path, clock), clock)
    clock.advance(days=30)
    statements: list[str] = []
    engine.db.set_trace_callback(statements.append)
    answers = 6
    for _ in range(answers):
        card = engine.next_card()
        assert card is not None
        engine.preview(card.id)
        engine.rate(card.id, Rating.GOOD)
        clock.advance(minutes=1)
    reads = [s for s in statements if s.startswith("SELECT") and "FROM cards WHERE id =" in s]
    assert len(reads) == answers
    assert len([s for s in statements if s.startswith("UPDATE cards")]) == answers
    assert len([s for s in statements if s.startswith("INSERT INTO review_log")]) == answers


@pytest.mark.parametrize("writer", ["another connection", "this connection"])
def test_a_card_changed_after_it_was_shown_is_read_again(tmp_path: Path, writer: str) -> None:
    """A card written to between `next_card` and its preview or answer (by another
    session, or by this one) is previewed and answered as the database has it now."""
    clock = FixedClock(START)
    engine = _reviewed(_engine(tmp_path / "home", tmp_path, clock), clock)
    clock.advance(days=30)
    card = engine.next_card()
    assert card is not None and card.state == "review"

    def change(stability: float) -> None:
        sql = "UPDATE cards SET stability = ? WHERE id = ?"
        if writer == "this connection":
            with engine.transaction():
                engine.db.execute(sql, (stability, card.id))
        else:
            other = sqlite3.connect(engine.locations.database)
            with other:
                other.execute(sql, (stability, card.id))
            other.close()

    now = clock.now()

    def expected() -> dict[Rating, timedelta]:
        row = read_schedule(engine.db, card.id, engine.deck)
        plain = make_scheduler(engine.config, fuzz=False)
        return {
            rating: plain.review_card(fsrs_card(card.id, row, now), FsrsRating(int(rating)), now)[
                0
            ].due
            - now
            for rating in Rating
        }

    change(300.0)
    assert engine.preview(card.id) == expected()
    change(2.0)
    engine.rate(card.id, Rating.GOOD)
    before = engine.db.execute(
        "SELECT json_extract(before, '$.stability') FROM review_log ORDER BY id DESC LIMIT 1"
    ).fetchone()[0]
    assert before == 2.0


@pytest.mark.parametrize("mix", MIXES)
def test_the_live_queue_names_the_snapshots_next_card(tmp_path: Path, mix: str) -> None:
    clock = FixedClock(START)
    engine = _engine(tmp_path / "home", tmp_path, clock, new_mix=mix, new_per_day=3)
    ahead = timedelta(minutes=engine.config.learn_ahead_minutes)
    rng = random.Random(2)
    seen = 0
    for _ in range(15):
        while True:
            queue = engine.queue()
            expected = next_card_id(queue, clock.now(), ahead)
            card = engine.next_card()
            assert (card.id if card else None) == expected
            assert engine.counts() == queue.counts()
            if card is None:
                break
            seen += 1
            engine.rate(card.id, Rating(rng.choice((1, 3, 3, 4))))
            clock.advance(minutes=rng.choice((1, 5, 30)))
        clock.advance(days=1)
    assert seen > 20


@given(
    st.lists(st.sampled_from("abcdef"), max_size=6),
    st.lists(st.sampled_from("uvwxyz"), max_size=6),
    st.sampled_from(MIXES),
)
def test_first_of_main_is_the_main_queues_first(
    review: list[str], new: list[str], mix: str
) -> None:
    assert first_of_main(review, new, mix) == next(iter(main_queue(review, new, mix)), None)


def _steps(engine: Engine, call: Callable[[], object]) -> int:
    """SQLite virtual-machine steps `call` takes on the engine's connection."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    engine.db.set_progress_handler(count, 1)
    try:
        call()
    finally:
        engine.db.set_progress_handler(None, 1)
    return steps[0]


def test_the_flagged_cards_are_found_without_walking_the_deck(tmp_path: Path) -> None:
    """Which cards are flagged (asked by every build of the day's queue) costs the same
    however many cards the deck holds: with no flag yet, SQLite walked every card of the
    deck to find none (tens of milliseconds at 100,000 cards)."""
    clock = FixedClock(START)
    engine = _engine(tmp_path / "home", tmp_path, clock)
    engine.db.execute("ANALYZE")  # as after a `srs build`: the planner's statistics
    few = _steps(engine, lambda: open_flag_ids(engine.db, "small"))
    with engine.db:
        engine.db.execute(
            """INSERT INTO cards (id, deck, entry, kind, front, back, section, links,
               origin, hash, tags, position, added_at, changed_at)
               SELECT c.id || '-' || n.value, deck, entry, kind, front, back, section,
               links, origin, hash, tags, position, added_at, changed_at
               FROM cards c, json_each('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]') n"""
        )
    engine.db.execute("ANALYZE")
    assert open_flag_ids(engine.db, "small") == set()  # none flagged: the common case
    assert _steps(engine, lambda: open_flag_ids(engine.db, "small")) == few
