"""Cramming (`srs review --cram`): practising cards whether or not they are due, as
Anki's custom study does with rescheduling off, without moving a schedule.

The cards are those of the session's decks (or of its sections and entries) that are
neither suspended nor retired, due or not, in reading order. A rating only moves the
card in this queue, in memory: nothing is written, neither the card's schedule nor
the review log, so the real session tomorrow is exactly what it would have been.
Again brings the card back after a few cards, Hard at the end; Good and Easy are done.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from srs.store.card_row import state_name
from srs.store.day_queue import QueueCounts
from srs.store.rating import Rating
from srs.store.subset import Subset

__all__ = ["AGAIN_GAP", "NOTICE", "OUTCOMES", "CramQueue", "cram_cards"]

#: an Again comes back after this many other cards
AGAIN_GAP = 3
#: what each rating does to a card in a cram (shown on its button)
OUTCOMES = {
    Rating.AGAIN: "soon",
    Rating.HARD: "at the end",
    Rating.GOOD: "done",
    Rating.EASY: "done",
}
#: what a cram session says on screen
NOTICE = "cram: schedules unchanged"


def cram_cards(
    db: sqlite3.Connection, decks: Sequence[str], subset: Subset | None
) -> list[tuple[str, str]]:
    """(id, state name) of the cards to cram, in reading order (deck by deck)."""
    part, part_args = (subset or Subset()).sql()
    marks = ", ".join("?" * len(decks))
    rows = db.execute(
        f"""SELECT id, state FROM cards WHERE deck IN ({marks}) AND retired_at IS NULL
            AND suspended = 0{part} ORDER BY deck, position""",
        (*sorted(decks), *part_args),
    )
    return [(cid, state_name(state)) for cid, state in rows]


@dataclass
class _Step:
    order: list[str]
    card_id: str


class CramQueue:
    """The cram session's cards in memory; ratings move cards here, and nowhere else."""

    def __init__(self, cards: list[tuple[str, str]]) -> None:
        self.order = [cid for cid, _ in cards]
        self.states = dict(cards)
        self._done: list[_Step] = []

    def next_id(self) -> str | None:
        return self.order[0] if self.order else None

    def after(self, card_id: str) -> str | None:
        """The card most likely to come after `card_id` is rated."""
        rest = [cid for cid in self.order if cid != card_id]
        return rest[0] if rest else None

    def counts(self) -> QueueCounts:
        """The cards left, by their (unchanged) state."""
        names = [self.states[cid] for cid in self.order]
        return QueueCounts(
            new=names.count("new"),
            learning=names.count("learning") + names.count("relearning"),
            review=names.count("review"),
        )

    def rate(self, card_id: str, rating: Rating) -> int:
        """Move the card as `rating` says; a number for `undo` (negative: never a review
        log id)."""
        self._done.append(_Step(list(self.order), card_id))
        if card_id in self.order:
            self.order.remove(card_id)
        if rating == Rating.AGAIN:
            self.order.insert(min(AGAIN_GAP, len(self.order)), card_id)
        elif rating == Rating.HARD:
            self.order.append(card_id)
        return -len(self._done)

    def undo(self, step: int | None) -> str | None:
        """Undo the last rating (`step`: the number `rate` gave, which must be the last);
        the card rated (None: nothing to undo)."""
        if not self._done or (step is not None and step != -len(self._done)):
            return None
        last = self._done.pop()
        self.order = last.order
        return last.card_id
