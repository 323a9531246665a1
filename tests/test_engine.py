from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from engine_helpers import SMALL_LIST, START, open_engine, write_list
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srs.build import build
from srs.clock import FixedClock
from srs.store.scheduling import Rating, day_bounds, format_interval


def answer_all(engine, rating: Rating = Rating.GOOD) -> list[str]:  # type: ignore[no-untyped-def]
    shown = []
    while (card := engine.next_card()) is not None:
        shown.append(card.id)
        engine.rate(card.id, rating, duration_ms=1000)
        if len(shown) > 500:
            raise AssertionError("queue never empties")
    return shown


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


def test_day_bounds_follow_local_four_am() -> None:
    from zoneinfo import ZoneInfo

    paris = ZoneInfo("Europe/Paris")
    start, end = day_bounds(datetime(2026, 3, 3, 2, 30, tzinfo=UTC), paris, (4, 0))
    assert start == datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
    assert end == datetime(2026, 3, 3, 3, 0, tzinfo=UTC)
    # the day holding the DST change (29 March 2026, 02:00) is 23 hours long
    start, end = day_bounds(datetime(2026, 3, 28, 12, tzinfo=UTC), paris, (4, 0))
    assert end - start == timedelta(hours=23)


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


def test_changed_cards_keep_schedule_removed_retire_and_return(tmp_path: Path) -> None:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, new_per_day=100, bury_siblings=False)
    answer_all(engine, Rating.EASY)
    reviewed = {c.id: c for c in engine.cards()}
    lora = "small|arxiv:2106.09685|gist"
    attention = "small|arxiv:1706.03762|gist"
    text = SMALL_LIST.replace(
        "the **transformer** architecture that started it all",
        "the **transformer** architecture behind every LLM",
    )
    text = "\n".join(line for line in text.splitlines() if "LoRA" not in line) + "\n"
    build(write_list(tmp_path, text))
    report = engine.sync_from_file()
    assert report is not None
    assert attention in report.changed and lora in report.retired
    changed = engine.card(attention)
    assert "behind every LLM" in changed.back
    assert (changed.state, changed.due, changed.stability) == (
        reviewed[attention].state,
        reviewed[attention].due,
        reviewed[attention].stability,
    )
    assert engine.card(lora).retired
    assert lora not in {c.id for c in engine.cards()}
    clock.advance(days=400)
    assert all(
        not cid.startswith("small|arxiv:2106.09685")
        for cid in engine.queue().review + engine.queue().new
    )
    history = engine.history(lora)
    build(write_list(tmp_path, SMALL_LIST))
    back = engine.sync_from_file()
    assert back is not None and lora in back.restored
    restored = engine.card(lora)
    assert not restored.retired and restored.due == reviewed[lora].due
    assert engine.history(lora) == history and history


def test_rate_rejects_unknown_or_retired(tmp_path: Path) -> None:
    from srs.errors import BadInput

    engine = open_engine(tmp_path)
    with pytest.raises(BadInput):
        engine.rate("nope", Rating.GOOD)


def test_stats_counts_retention_forecast_history(tmp_path: Path) -> None:
    from srs.store.stats import compute_stats

    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, new_per_day=100, bury_siblings=False)
    learned = answer_all(engine, Rating.EASY)  # every new card straight to review
    stats = compute_stats(engine)
    assert stats.reviews_today == len(learned) == stats.reviews_total
    assert stats.cards["review"] == len(learned) and stats.cards["new"] == 0
    assert stats.retention_7d is None  # no review-state reviews yet
    assert sum(stats.forecast) == len(learned) and stats.forecast[0] == 0
    clock.advance(days=30)
    due = engine.queue().review
    assert due
    for i, cid in enumerate(due):
        engine.rate(cid, Rating.AGAIN if i % 4 == 0 else Rating.GOOD)
    stats = compute_stats(engine)
    fails = len(range(0, len(due), 4))
    assert stats.retention_7d == round((len(due) - fails) / len(due), 4)
    assert stats.retention_30d == stats.retention_7d
    assert stats.history[-1] == len(due) and stats.history[-31] == len(learned)
    assert stats.cards["relearning"] == fails
    assert [s.name for s in stats.sections] == ["Basics", "More"]
    assert sum(s.cards for s in stats.sections) == len(engine.cards())


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
        queue = engine.queue()
        card = engine.next_card(queue)
        if card is None:
            clock.set(clock.now() + timedelta(minutes=30))
            continue
        engine.rate(card.id, rating)
        clock.set(clock.now() + timedelta(minutes=minutes))
        live, built = engine.queue(), engine.build_queue()
        assert live.ordered() == built.ordered()
        assert live.counts() == built.counts() and live.review_now == built.review_now
    engine.close()


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
    assert engine.sync_from_file() is None or engine.card(card.id).leech
    from srs.store.stats import compute_stats

    assert compute_stats(engine).leeches == 1


def test_leeches_are_tagged_in_anki_and_found_in_browse(tmp_path: Path) -> None:
    from srs.anki.export import note_for
    from srs.config import load_config
    from srs.errors import BadInput
    from srs.tui.browse import matches

    engine = open_engine(tmp_path, FixedClock(START), bury_siblings=False)
    card = engine.next_card()
    assert card is not None
    engine.db.execute("UPDATE cards SET leech = 1 WHERE id = ?", (card.id,))
    leeches = [c for c in engine.cards() if matches(c, "is:leech")]
    assert [c.id for c in leeches] == [card.id]
    row = next(r for r in engine.export_rows() if r.id == card.id)
    assert "leech" in note_for(row).tags
    config = tmp_path / "config.toml"
    config.write_text('leech_action = "delete"\n')
    with pytest.raises(BadInput, match="leech_action"):
        load_config(config)
