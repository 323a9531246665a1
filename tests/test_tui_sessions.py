"""The review screen in a session of several decks (the header names the shown card's
deck) and in a cram (it says schedules are unchanged, and nothing is written)."""

from __future__ import annotations

from pathlib import Path

from engine_helpers import START, engine_config
from test_sessions import dump, two_decks
from test_tui import Ticker, screen_text

from srs.clock import FixedClock
from srs.locations import data_dir
from srs.store.engine import Engine
from srs.tui import make_app
from srs.tui.review import ReviewScreen


def topbar(app) -> str:  # type: ignore[no-untyped-def]
    """The header's deck title, then its counts."""
    screen = app.screen
    return f"{screen.query_one('#deck-title').render()} {screen.query_one('#counts').render()}"


async def test_the_header_names_the_shown_cards_deck(tmp_path: Path) -> None:
    two_decks(tmp_path)
    config = engine_config(new_per_day=1, total_new_per_day=2)  # one new card from each
    engine = Engine.open(home=data_dir(), all_decks=True, config=config, clock=FixedClock(START))
    app = make_app(engine, open_url=lambda url: None, monotonic=Ticker())
    for size in ((80, 24), (120, 40)):
        async with app.run_test(size=size) as pilot:
            screen = app.screen
            assert isinstance(screen, ReviewScreen)
            card = screen.card
            assert card is not None and card.deck == "other"
            assert topbar(app).startswith("Other list (other)")
            assert "Other list (other)" in screen_text(app)
            await pilot.press("space", "4")  # Easy: out of today's queue
            card = screen.card
            assert card is not None and card.deck == "small"
            assert topbar(app).startswith("Small list (small)")
            await pilot.press("u")  # undo goes back to the other deck's card
            assert screen.card is not None and screen.card.deck == "other"
            assert topbar(app).startswith("Other list (other)")
        app = make_app(
            Engine.open(home=data_dir(), all_decks=True, config=config, clock=FixedClock(START)),
            open_url=lambda url: None,
            monotonic=Ticker(),
        )
    app.engine.close()


async def test_a_cram_says_so_and_writes_nothing(tmp_path: Path) -> None:
    two_decks(tmp_path)
    before = dump(data_dir())
    engine = Engine.open(
        home=data_dir(),
        deck="small",
        section="More",
        cram=True,
        config=engine_config(),
        clock=FixedClock(START),
    )
    app = make_app(engine, open_url=lambda url: None, monotonic=Ticker())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert "cram: schedules unchanged" in screen_text(app)
        first = screen.card
        assert first is not None and first.section == "More"
        await pilot.press("space")
        assert str(screen.query_one("#rate-3").label) == "3 Good · done"
        assert str(screen.query_one("#rate-1").label) == "1 Again · soon"
        assert "cram: schedules unchanged" in screen_text(app)
        await pilot.press("1")  # Again: back after a few cards
        assert screen.card is not None and screen.card != first
        await pilot.press("b", "s")  # no bury, no suspend in a cram
        assert screen.card is not None
        for _ in range(40):
            if screen.card is None:
                break
            await pilot.press("space", "3")
        assert screen.card is None
        assert "cram: schedules unchanged" in screen_text(app)
    assert dump(data_dir()) == before
