"""Lines a widget drew for a look (its text, size, theme), kept to be shown again.

Showing a card changes a few small widgets between two or three looks that repeat
(the rating buttons' labels, the hint line under a question and under an answer),
and drawing one again costs up to a millisecond between a key and the next card.
A widget keeps the lines of its last few looks in `Looks`, and forgets them all
when its style changes (hover, press, theme).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from textual.strip import Strip

__all__ = ["Looks"]


class Looks:
    """The lines drawn for the last `kept` looks, newest last."""

    def __init__(self, kept: int = 16) -> None:
        self._kept = kept
        self._drawn: OrderedDict[Hashable, list[Strip]] = OrderedDict()

    def lines(self, look: Hashable, draw: Callable[[], list[Strip]]) -> list[Strip]:
        """The lines of `look`, drawn (`draw`) only the first time."""
        lines = self._drawn.get(look)
        if lines is None:
            lines = draw()
            self._drawn[look] = lines
            while len(self._drawn) > self._kept:
                self._drawn.popitem(last=False)
        else:
            self._drawn.move_to_end(look)
        return lines

    def clear(self) -> None:
        """A new style: every look is drawn again."""
        self._drawn.clear()
