"""The review session's progress bar: Textual's, told only of changes it would show.

Textual's `ProgressBar` runs a chain of reactive updates on every `update` (total,
progress, percentage, its bar and label) even when nothing it draws changes: between
a key and the next card that cost about a millisecond. `SessionProgress` draws
exactly what `ProgressBar` draws, and draws it just after the card: the bar and its
percentage (about a millisecond and a half to draw when they change, every other
answer) follow the next card by a frame instead of delaying it.
"""

from __future__ import annotations

from textual.widgets import ProgressBar
from textual.widgets._progress_bar import Bar

__all__ = ["SessionProgress"]


class SessionProgress(ProgressBar):
    """A bar and a percentage; `show(done, total)` skips what would look the same."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(total=1, show_eta=False, id=id)
        self._shown: tuple[int, float, int] | None = None

    def show(self, done: int, total: int) -> None:
        """`done` of `total` cards (total >= 1)."""
        fraction = min(max(done / total, 0.0), 1.0)
        bar = self.query_one(Bar)
        # the bar draws half cells of its width as last laid out (`size` would lay out
        # the whole screen again to say so, when the card swapped has just been shown)
        halves = max(0, bar.outer_size.width - bar.gutter.width) * 2
        # what the bar and the label draw of it (Bar and PercentageStatus round so; a
        # bar not laid out yet keeps the fraction itself)
        drawn = int(fraction * halves) if halves else fraction
        shown = (halves, drawn, round(fraction * 100))
        if shown != self._shown:
            self.call_after_refresh(self.update, total=total, progress=done)
            self._shown = shown
