"""`srs review` itself: the command builds the bundled deck on a first run, opens the
review app, and what is answered there is in the database when it returns. The app
runs headless (Textual's own `run(headless=True, auto_pilot=...)`), driven by keys."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from cli_helpers import srs
from textual.pilot import Pilot

from srs.store.db import db_path, exclusive_access
from srs.tui.app import SrsApp
from srs.tui.review import ReviewScreen

Script = Callable[[Pilot[None]], Awaitable[None]]


def headless(monkeypatch: pytest.MonkeyPatch, script: Script) -> list[SrsApp]:
    """`SrsApp.run` as `srs review` calls it, but headless and driven by `script`."""
    started: list[SrsApp] = []
    run = SrsApp.run

    def run_headless(self: SrsApp) -> None:
        started.append(self)
        run(self, headless=True, size=(100, 30), auto_pilot=script)

    monkeypatch.setattr(SrsApp, "run", run_headless)
    return started


def reviews(home: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(db_path(home)) as db:
        return [tuple(row) for row in db.execute("SELECT card_id, rating FROM review_log")]


def test_a_first_review_builds_the_deck_and_saves_the_answer(
    srs_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    async def answer_one_then_quit(pilot: Pilot[None]) -> None:
        screen = pilot.app.screen
        assert isinstance(screen, ReviewScreen) and screen.card is not None
        shown.append(screen.card.id)
        await pilot.press("space", "3")  # show the answer, then Good
        assert screen.card is not None and screen.card.id != shown[0]
        await pilot.press("q")

    started = headless(monkeypatch, answer_one_then_quit)
    done = srs("review")
    assert done.returncode == 0, done.stderr
    assert len(started) == 1 and "AI Engineering Reading List" in started[0].title
    # no deck yet: the command built the bundled one first, and said so on stderr
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("built ai-engineering-2025: ") and line.endswith(" cards")
    assert (srs_home / "decks" / "ai-engineering-2025.yaml").is_file()
    assert reviews(srs_home) == [(shown[0], 3)]
    with exclusive_access(srs_home):  # the app's engine is closed: a restore could run
        pass


def test_a_second_review_continues_with_the_next_card(
    srs_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert srs("build", "-q").returncode == 0
    shown: list[str] = []

    async def answer_and_quit(pilot: Pilot[None]) -> None:
        screen = pilot.app.screen
        assert isinstance(screen, ReviewScreen) and screen.card is not None
        shown.append(screen.card.id)
        await pilot.press("space", "1")  # Again: the card comes back later today
        await pilot.press("q")

    headless(monkeypatch, answer_and_quit)
    first = srs("review")
    assert first.returncode == 0 and first.stderr == ""  # nothing built this time
    second = srs("review")
    assert second.returncode == 0, second.stderr
    assert shown[0] != shown[1]  # the new queue starts after the card already answered
    assert reviews(srs_home) == [(shown[0], 1), (shown[1], 1)]


def test_review_of_an_unknown_deck_is_one_line(
    srs_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def never(pilot: Pilot[None]) -> None:
        raise AssertionError("the app started")

    started = headless(monkeypatch, never)
    assert srs("build", "-q").returncode == 0
    done = srs("review", "--deck", "nope")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == ["srs: no deck named 'nope' (run `srs build` first)"]
    assert started == []
