"""What the optimizer and the workload planner read: the standing review log, card by
card, with its rating counts (`srs optimize`), and a deck's memory states and new
cards by entry (`srs plan` and the statistics screen). Read-only; plain tuples, in
the order given."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import cast

__all__ = [
    "CardSchedule",
    "LoggedReview",
    "card_logs",
    "card_schedules",
    "new_cards_by_entry",
    "rating_counts",
]

#: one standing review: (rating, reviewed at in ms, FSRS state before or None when new)
LoggedReview = tuple[int, int, int | None]
#: a card's schedule: (state or None when new, stability, difficulty, due ms, last review ms)
CardSchedule = tuple[int | None, float | None, float | None, int | None, int | None]


def card_logs(db: sqlite3.Connection) -> Iterator[list[LoggedReview]]:
    """Each card's standing reviews (not undone), oldest first, one list per card; cards
    whose schedule was set without a review (srs.store.schedule_sets) left out: their
    log does not start at their first answer.

    A table scan sorted by SQLite (NOT INDEXED): a million rows in about a second and a
    half, where walking the card index looks every row up (twice as long)."""
    cursor = db.cursor()
    cursor.row_factory = None
    rows = cursor.execute(
        """SELECT card_id, reviewed_at, id, rating, state_before FROM review_log NOT INDEXED
           WHERE undone_at IS NULL
             AND card_id NOT IN (SELECT card_id FROM schedule_sets WHERE undone_at IS NULL)
           ORDER BY card_id, reviewed_at, id"""
    )
    current: str | None = None
    log: list[LoggedReview] = []
    for card_id, at, _, rating, state in rows:
        if card_id != current:
            if log:
                yield log
            current, log = card_id, []
        log.append((rating, at, state))
    if log:
        yield log


def rating_counts(db: sqlite3.Connection) -> list[tuple[int, int | None, int]]:
    """How often each rating was given from each state: (rating, state before, count) over
    the standing reviews."""
    cursor = db.cursor()
    cursor.row_factory = None
    return cursor.execute(
        """SELECT rating, state_before, COUNT(*) FROM review_log WHERE undone_at IS NULL
           GROUP BY rating, state_before"""
    ).fetchall()


def card_schedules(db: sqlite3.Connection, deck: str) -> Iterator[CardSchedule]:
    """The schedule of each of the deck's cards that a simulation counts (not retired,
    not suspended; new cards too)."""
    cursor = db.cursor()
    cursor.row_factory = None
    return cast(
        Iterator[CardSchedule],
        cursor.execute(
            """SELECT state, stability, difficulty, due, last_review FROM cards
               WHERE deck = ? AND retired_at IS NULL AND suspended = 0""",
            (deck,),
        ),
    )


def new_cards_by_entry(db: sqlite3.Connection, deck: str) -> dict[str, int]:
    """How many new cards (not retired, not suspended) each entry of `deck` holds."""
    return {
        entry: count
        for entry, count in db.execute(
            """SELECT entry, COUNT(*) FROM cards WHERE deck = ? AND state IS NULL
               AND retired_at IS NULL AND suspended = 0 GROUP BY entry""",
            (deck,),
        )
    }
