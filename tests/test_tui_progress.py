"""The session's progress bar follows each answer (drawn just after the card)."""

from __future__ import annotations

from pathlib import Path

from engine_helpers import START, open_engine

from srs.clock import FixedClock
from srs.tui import make_app
from srs.tui.progress import SessionProgress


async def test_the_bar_counts_each_answer(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START), bury_siblings=False)
    app = make_app(engine, open_url=[].append, monotonic=lambda: 0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(SessionProgress)
        total = engine.counts().total
        assert (bar.progress, bar.total) == (0, total)
        for done in (1, 2):
            await pilot.press("space", "3")
            await pilot.pause()
            assert (bar.progress, bar.total) == (done, done + engine.counts().total)
        assert bar.percentage == bar.progress / bar.total
