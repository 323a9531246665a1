"""A review screen's rating button: Textual's `Button`, each look drawn once.

Every card relabels the four rating buttons twice (`1 Again` under a question,
`1 Again · 10m` under its answer), and drawing a button costs about half a
millisecond between a key and the next card. The labels repeat (the question's
always, the answers' intervals mostly), so a button keeps the lines it drew for
its last few looks (`Looks`).
"""

from __future__ import annotations

from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Button

from srs.tui.looks import Looks

__all__ = ["RatingButton"]


class RatingButton(Button):
    """A `Button` that draws each look (label, opacity, size) once."""

    def __init__(self, label: str, *, id: str, classes: str) -> None:
        self._looks = Looks()  # before Button's init, which styles the button
        super().__init__(label, id=id, classes=classes)

    def render_lines(self, crop: Region) -> list[Strip]:
        look = (str(self.label), self.styles.text_opacity, crop, self.outer_size, self.app.theme)
        return self._looks.lines(look, lambda: super(RatingButton, self).render_lines(crop))

    def notify_style_update(self) -> None:
        """A new style (hover, press, theme): every look is drawn again."""
        super().notify_style_update()
        self._looks.clear()
