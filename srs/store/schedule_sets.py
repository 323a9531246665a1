"""Schedules set without a review, logged apart from the review log.

A card's schedule normally comes only from its reviews. A set gives a new card a
schedule for another reason (its `kind`; "known": its entry was marked known and the
entry's probe card was recalled, srs.store.known_probe): the card starts as if it had
been answered `as_rating` once at `set_at`. It is not a review, so it is not in the
review log: the optimizer, the statistics, Anki's review log (export, sync) never see
it. Replays start a set card from it (srs.store.replay), so a sync or a reschedule
keeps it; undoing the answer it followed from (`review_id`) undoes it. Rows are never
deleted, an undone set is marked.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import NamedTuple

__all__ = [
    "KINDS",
    "SetStart",
    "record_sets",
    "set_card_ids",
    "sets_of_review",
    "standing_sets",
    "undo_sets",
]

#: why a schedule was set
KINDS = ("known",)


class SetStart(NamedTuple):
    """Where a set card's schedule starts: as if answered `as_rating` at `at_ms`."""

    at_ms: int
    as_rating: int


def record_sets(
    db: sqlite3.Connection,
    cards: Iterable[tuple[str, str, str]],
    *,
    kind: str,
    as_rating: int,
    set_at_ms: int,
    review_id: int,
) -> None:
    """Log a set of each of `cards` (card, deck, entry), inside the caller's transaction
    (the caller writes the schedules)."""
    if kind not in KINDS:
        raise ValueError(kind)
    db.executemany(
        """INSERT INTO schedule_sets (card_id, deck, entry, kind, as_rating, set_at, review_id)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [(card, deck, entry, kind, as_rating, set_at_ms, review_id) for card, deck, entry in cards],
    )


def standing_sets(db: sqlite3.Connection, card_ids: Sequence[str]) -> dict[str, SetStart]:
    """The standing (not undone) set of each of `card_ids` that has one (the newest)."""
    found: dict[str, SetStart] = {}
    for start in range(0, len(card_ids), 500):
        chunk = list(card_ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        for card_id, at, rating in db.execute(
            f"""SELECT card_id, set_at, as_rating FROM schedule_sets
                WHERE card_id IN ({marks}) AND undone_at IS NULL ORDER BY set_at, id""",
            chunk,
        ):
            found[card_id] = SetStart(at, rating)
    return found


def sets_of_review(db: sqlite3.Connection, review_id: int) -> list[str]:
    """The cards whose standing set followed from review `review_id`."""
    return [
        row[0]
        for row in db.execute(
            "SELECT card_id FROM schedule_sets WHERE review_id = ? AND undone_at IS NULL "
            "ORDER BY id",
            (review_id,),
        )
    ]


def undo_sets(db: sqlite3.Connection, review_id: int, now_ms: int) -> list[str]:
    """Mark the sets that followed from review `review_id` undone; returns their cards
    (the caller replays them)."""
    cards = sets_of_review(db, review_id)
    db.execute(
        "UPDATE schedule_sets SET undone_at = ? WHERE review_id = ? AND undone_at IS NULL",
        (now_ms, review_id),
    )
    return cards


def set_card_ids(db: sqlite3.Connection) -> set[str]:
    """Every card with a standing set: its review log does not start at its first
    answer, so the optimizer leaves it out."""
    return {
        row[0] for row in db.execute("SELECT card_id FROM schedule_sets WHERE undone_at IS NULL")
    }
