"""The review screen's footer: the right keys, without rebuilding it every card."""

from __future__ import annotations

import html
import re
from pathlib import Path

from engine_helpers import START, open_engine
from textual.widgets._footer import FooterKey

from srs.clock import FixedClock
from srs.tui import make_app
from srs.tui.footer import KeysFooter
from srs.tui.help import HelpScreen
from srs.tui.review import ReviewScreen


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")


def footer_keys(screen: ReviewScreen) -> dict[str, bool]:
    """The footer's keys by action: enabled (True) or greyed out."""
    footer = screen.query_one(KeysFooter)
    return {key.action: not key.has_class("-disabled") for key in footer.query(FooterKey)}


async def test_footer_greys_keys_in_place_and_follows_the_screen(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, FixedClock(START), bury_siblings=False)
    app = make_app(engine, open_url=[].append, monotonic=lambda: 0.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        footer = screen.query_one(KeysFooter)
        widgets = list(footer.query(FooterKey))
        keys = footer_keys(screen)
        assert list(keys) == ["reveal", "undo", "help", "stats", "browse", "reading", "quit"]
        assert keys["reveal"] and not keys["undo"]  # nothing to undo yet: greyed
        await pilot.press("space")
        await pilot.pause()
        keys = footer_keys(screen)
        assert not keys["reveal"] and not keys["undo"]  # Show answer greyed, in its place
        assert "Show answer" in screen_text(app)
        await pilot.press("3")
        await pilot.pause()
        keys = footer_keys(screen)
        assert keys["reveal"] and keys["undo"]  # a new question; an answer to undo
        assert list(footer.query(FooterKey)) == widgets  # restyled, never rebuilt
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert footer_keys(screen) == keys
        text = screen_text(app)
        for key in ("Show answer", "u Undo", "? Help", "t Stats", "/ Browse", "q Quit"):
            assert key in text, key
