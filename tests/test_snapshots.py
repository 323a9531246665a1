"""SVG snapshots of the screens at 80x24, everything time-dependent fixed.

Update after a deliberate UI change with `pytest tests/test_snapshots.py --snapshot-update`
and review the diff of the .svg files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from engine_helpers import START, open_engine
from textual.pilot import Pilot
from textual.widgets import Input

from srs.clock import FixedClock
from srs.learn.reading_plan import mark_entry
from srs.store.rating import Rating
from srs.tui import make_app


def app_with_history(tmp_path: Path) -> Any:
    clock = FixedClock(START)
    engine = open_engine(tmp_path, clock, bury_siblings=False)
    # a few days of history so the charts have something to show
    for day in range(3):
        for _ in range(3):
            card = engine.next_card()
            assert card is not None
            engine.rate(card.id, Rating.EASY if day else Rating.GOOD, duration_ms=3000)
        clock.advance(days=1)
    return make_app(engine, open_url=list().append, monotonic=lambda: 0.0)


async def no_blink(pilot: Pilot[Any]) -> None:
    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False


def test_review_question(snap_compare: Any, tmp_path: Path) -> None:
    app = make_app(
        open_engine(tmp_path, FixedClock(START)), open_url=list().append, monotonic=lambda: 0.0
    )
    assert snap_compare(app, terminal_size=(80, 24))


def test_review_answer(snap_compare: Any, tmp_path: Path) -> None:
    app = make_app(
        open_engine(tmp_path, FixedClock(START)), open_url=list().append, monotonic=lambda: 0.0
    )
    assert snap_compare(app, terminal_size=(80, 24), press=["space"])


def test_stats(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(app_with_history(tmp_path), terminal_size=(80, 24), press=["t"])


def test_browse(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(
        app_with_history(tmp_path), terminal_size=(80, 24), press=["slash"], run_before=no_blink
    )


async def settle(pilot: Pilot[Any]) -> None:
    """The workers done (stats, browse, reading, the end screen's suggestion)."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_reading(snap_compare: Any, tmp_path: Path) -> None:
    app = app_with_history(tmp_path)
    mark_entry(app.engine, "1", "read")
    mark_entry(app.engine, "2", "skipped")
    mark_entry(app.engine, "5", "reading")

    async def open_reading(pilot: Pilot[Any]) -> None:
        await pilot.press("r")
        await settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=open_reading)


def test_end_screen_suggests_reading(snap_compare: Any, tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START), new_cards="read")
    app = make_app(engine, open_url=list().append, monotonic=lambda: 0.0)
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)
