"""A review screen's rating button: Textual's `Button`, each look drawn once.

Every card relabels the four rating buttons twice (`1 Again` under a question,
`1 Again · 10m` under its answer), and drawing a button costs about half a
millisecond between a key and the next card. The labels repeat (the question's
always, the answers' intervals mostly), so a button keeps the lines it drew for
its last few looks, forgetting them all when its style changes (hover, press,
theme).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Button

__all__ = ["RatingButton"]

_KEPT = 16  # looks kept per button


class RatingButton(Button):
    """A `Button` that draws each look (label, opacity, size) once."""

    def __init__(self, label: str, *, id: str, classes: str) -> None:
        self._drawn: OrderedDict[Hashable, list[Strip]] = OrderedDict()  # styled in init
        super().__init__(label, id=id, classes=classes)

    def render_lines(self, crop: Region) -> list[Strip]:
        key = (
            str(self.label),
            self.styles.text_opacity,
            crop,
            self.outer_size,
            self.app.theme,
        )
        lines = self._drawn.get(key)
        if lines is None:
            lines = super().render_lines(crop)
            self._drawn[key] = lines
            while len(self._drawn) > _KEPT:
                self._drawn.popitem(last=False)
        else:
            self._drawn.move_to_end(key)
        return lines

    def notify_style_update(self) -> None:
        """A new style (hover, press, theme): every look is drawn again."""
        super().notify_style_update()
        self._drawn.clear()
