"""The next card's answers, computed while an answer's commit waits for the disk.

A commit with `synchronous=FULL` spends most of its time in `fsync`, with Python's
lock released; the card that comes next is known by then (the queue is in memory and
its row is read inside the answer's transaction), so its four next states (py-fsrs,
pure Python) are computed in that wait by another thread. The answer still returns
only once its commit is durable; the states are kept for the card's preview and its
answer (`Answering.keep`), as a preview would have kept them.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime

from srs.store.answering import Answering, NextStates
from srs.store.schedule_codec import ScheduleColumns

__all__ = ["Ahead"]


@dataclass(frozen=True)
class Ahead:
    """Card `card_id`'s next states at `now`, being computed (`states`) from its row
    `row` for the session's `answering` of its deck."""

    answering: Answering
    card_id: str
    row: ScheduleColumns
    now: datetime
    states: Future[NextStates]

    def finish(self, *, keep: bool) -> None:
        """Wait for the states; `keep`: the answer committed, so they are the card's."""
        try:
            states = self.states.result()
        except Exception:  # only a cache: the card's preview computes them again, and says why
            return
        if keep:
            self.answering.keep(self.card_id, self.row, self.now, states)
