"""The review screen's hint line: a `Static` that draws each of its texts once.

The hint changes with every side shown (`Space: show the answer` under a
question, `rate 1-4` under an answer) and its texts repeat, so it keeps the
lines drawn for each (`Looks`) instead of drawing them again between a key and
the next card.
"""

from __future__ import annotations

from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Static

from srs.tui.looks import Looks

__all__ = ["HintLine"]


class HintLine(Static):
    """A one-line `Static` that draws each text (at each size and theme) once."""

    def __init__(self, *, id: str) -> None:
        self._looks = Looks(kept=8)
        super().__init__(id=id)

    def render_lines(self, crop: Region) -> list[Strip]:
        look = (str(self.content), crop, self.outer_size, self.app.theme)
        return self._looks.lines(look, lambda: super(HintLine, self).render_lines(crop))

    def notify_style_update(self) -> None:
        """A new style or theme: every text is drawn again."""
        super().notify_style_update()
        self._looks.clear()
