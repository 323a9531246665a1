"""The four answers to a card, as FSRS numbers them."""

from __future__ import annotations

from enum import IntEnum

__all__ = ["Rating"]


class Rating(IntEnum):
    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        return self.name.capitalize()
