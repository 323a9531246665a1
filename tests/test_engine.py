"""The engine as a facade: opening a deck, its file brought in, and what the layers
above read through it. Each job's own tests: test_day_queue.py, test_answering.py,
test_card_actions.py, test_card_reads.py, test_schedule_codec.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from engine_helpers import SMALL_LIST, START, answer_all, open_engine, write_list

from srs.build import build
from srs.clock import FixedClock
from srs.locations import data_dir
from srs.store.rating import Rating
from srs.store.user_day import day_bounds


def test_day_bounds_follow_local_four_am() -> None:
    from zoneinfo import ZoneInfo

    paris = ZoneInfo("Europe/Paris")
    start, end = day_bounds(datetime(2026, 3, 3, 2, 30, tzinfo=UTC), paris, (4, 0))
    assert start == datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
    assert end == datetime(2026, 3, 3, 3, 0, tzinfo=UTC)
    # the day holding the DST change (29 March 2026, 02:00) is 23 hours long
    start, end = day_bounds(datetime(2026, 3, 28, 12, tzinfo=UTC), paris, (4, 0))
    assert end - start == timedelta(hours=23)


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
    build(write_list(tmp_path, text), home=data_dir())
    report = engine.load_from_file()
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
    build(write_list(tmp_path, SMALL_LIST), home=data_dir())
    back = engine.load_from_file()
    assert back is not None and lora in back.restored
    restored = engine.card(lora)
    assert not restored.retired and restored.due == reviewed[lora].due
    assert engine.history(lora) == history and history


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
