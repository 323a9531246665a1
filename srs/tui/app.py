"""The application: holds the engine, owns the screens, and the global keys."""

from __future__ import annotations

import gc
import time
import webbrowser
from collections.abc import Callable

from textual.app import App
from textual.binding import Binding

from srs.store.engine import Engine
from srs.tui.review import ReviewScreen

__all__ = ["SrsApp", "make_app"]


class SrsApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "srs"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="help"),
        Binding("t", "stats", "Stats", id="stats"),
        Binding("slash", "browse", "Browse", id="browse"),
        Binding("r", "reading", "Reading", id="reading"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(
        self,
        engine: Engine,
        *,
        open_url: Callable[[str], object] = webbrowser.open,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.url_opener = open_url
        self.monotonic = monotonic
        self.title = engine.session_title()
        self._gc_threshold = gc.get_threshold()  # as found; restored on unmount

    def on_mount(self) -> None:
        self.engine.hold_checkpoints()  # the review screen checkpoints while a card is read
        self.push_screen(ReviewScreen(self.engine))
        # what start-up built lives as long as the app: keep it out of every collection
        gc.freeze()
        # Young collections only every 10,000 new objects, not 700: an answer makes a few
        # hundred, and the review screen collects while the answer is read, so none runs
        # between a key and the next card.
        gc.set_threshold(10_000, *self._gc_threshold[1:])

    # the other screens load on first use: start-up time goes to the first card
    def action_help(self) -> None:
        from srs.tui.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_stats(self) -> None:
        from srs.tui.stats import StatsScreen

        if not isinstance(self.screen, StatsScreen):
            self.push_screen(StatsScreen(self.engine))

    def action_browse(self) -> None:
        from srs.tui.browse import BrowseScreen

        if not isinstance(self.screen, BrowseScreen):
            self.push_screen(BrowseScreen(self.engine))

    def action_reading(self) -> None:
        from srs.tui.reading import ReadingScreen

        if not isinstance(self.screen, ReadingScreen):
            self.push_screen(ReadingScreen(self.engine))

    def on_unmount(self) -> None:
        self.engine.close()
        # the collector as the app found it: a process that goes on after the app (a test
        # run, a host program) keeps no frozen heap and no slow young collections
        gc.unfreeze()
        gc.set_threshold(*self._gc_threshold)


def make_app(
    engine: Engine,
    *,
    open_url: Callable[[str], object] = webbrowser.open,
    monotonic: Callable[[], float] = time.monotonic,
) -> SrsApp:
    """The one factory used by `srs review` and by the tests."""
    return SrsApp(engine, open_url=open_url, monotonic=monotonic)
