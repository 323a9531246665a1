"""The review log: one row per answer, never deleted.

Each row keeps the card's schedule as it was before the answer ("before"), so an
undo restores it exactly; an undone row is marked, not removed. Reviews can be
written at any time, not only now (imported reviews), and `replay` (srs.store.replay)
recomputes a card's state from its whole log.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from srs.clock import from_ms
from srs.store.card_row import state_name
from srs.store.scheduling import Rating

__all__ = [
    "LoggedReview",
    "ReviewEntry",
    "ReviewRecord",
    "free_anki_id",
    "history",
    "known_anki_ids",
    "review_records",
    "reviews_of",
    "undo_review",
    "write_review",
]


@dataclass(frozen=True)
class ReviewEntry:
    """A review as the history view shows it."""

    rating: Rating
    reviewed_at: datetime
    duration_ms: int | None
    state_before: str
    state_after: str
    undone: bool


@dataclass(frozen=True)
class LoggedReview:
    """A review as a replay needs it."""

    rating: Rating
    reviewed_at: datetime
    duration_ms: int | None
    log_id: int = 0
    state_before: int | None = None
    state_after: int | None = None


class ReviewRecord(NamedTuple):
    """A standing review as it goes to Anki's review log."""

    anki_id: int
    rating: int
    at_ms: int
    duration_ms: int | None
    state_before: int | None
    #: the card's schedule before this review (what the previous review gave)
    before: dict[str, Any]


def review_records(db: sqlite3.Connection, card_id: str) -> list[ReviewRecord]:
    """A card's standing reviews, oldest first, with their Anki ids."""
    return [
        ReviewRecord(anki_id, rating, at, duration, state, json.loads(before))
        for anki_id, rating, at, duration, state, before in db.execute(
            """SELECT anki_id, rating, reviewed_at, duration_ms, state_before, before
               FROM review_log WHERE card_id = ? AND undone_at IS NULL
               ORDER BY reviewed_at, id""",
            (card_id,),
        )
    ]


def write_review(
    db: sqlite3.Connection,
    *,
    card_id: str,
    deck: str,
    entry: str,
    rating: Rating,
    reviewed_at_ms: int,
    duration_ms: int | None,
    state_before: int | None,
    state_after: int,
    before: dict[str, Any],
    anki_id: int | None = None,
) -> int:
    """Append a review (inside the caller's transaction); returns its log id.

    `anki_id`: the review's id in an Anki collection (a review that came from Anki);
    default: a new one, the review's millisecond unless another review holds it.
    """
    if anki_id is None:
        anki_id = free_anki_id(db, reviewed_at_ms)
    cursor = db.execute(
        """INSERT INTO review_log (card_id, deck, entry, rating, reviewed_at, duration_ms,
           state_before, state_after, before, anki_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            card_id,
            deck,
            entry,
            int(rating),
            reviewed_at_ms,
            duration_ms,
            state_before,
            state_after,
            json.dumps(before),
            anki_id,
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def free_anki_id(db: sqlite3.Connection, at_ms: int) -> int:
    """The first millisecond from `at_ms` no review's Anki id holds (ids are unique in
    an Anki collection)."""
    anki_id = at_ms
    while db.execute("SELECT 1 FROM review_log WHERE anki_id = ?", (anki_id,)).fetchone():
        anki_id += 1
    return anki_id


def known_anki_ids(db: sqlite3.Connection, card_ids: list[str]) -> set[tuple[str, int]]:
    """(card, Anki id) of every review of `card_ids` already in the log, undone ones too
    (an undone review that comes back from Anki stays undone)."""
    known: set[tuple[str, int]] = set()
    for start in range(0, len(card_ids), 500):
        chunk = card_ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        known.update(
            (card_id, anki_id)
            for card_id, anki_id in db.execute(
                f"""SELECT card_id, anki_id FROM review_log
                    WHERE card_id IN ({marks}) AND anki_id IS NOT NULL""",
                chunk,
            )
        )
    return known


def undo_review(
    db: sqlite3.Connection, log_id: int, now_ms: int
) -> tuple[str, dict[str, Any]] | None:
    """Mark a review undone; returns its card and the schedule to restore (None: no
    such review, or already undone)."""
    row = db.execute(
        "SELECT card_id, before FROM review_log WHERE id = ? AND undone_at IS NULL", (log_id,)
    ).fetchone()
    if row is None:
        return None
    db.execute("UPDATE review_log SET undone_at = ? WHERE id = ?", (now_ms, log_id))
    return str(row[0]), json.loads(row[1])


def reviews_of(db: sqlite3.Connection, card_id: str) -> list[LoggedReview]:
    """A card's reviews that stand (not undone), oldest first."""
    return [
        LoggedReview(Rating(rating), from_ms(at), duration, log_id, before, after)
        for rating, at, duration, log_id, before, after in db.execute(
            """SELECT rating, reviewed_at, duration_ms, id, state_before, state_after
               FROM review_log
               WHERE card_id = ? AND undone_at IS NULL ORDER BY reviewed_at, id""",
            (card_id,),
        )
    ]


def history(db: sqlite3.Connection, card_id: str) -> list[ReviewEntry]:
    """Every review of a card, undone ones included, in the order they were made."""
    return [
        ReviewEntry(
            rating=Rating(rating),
            reviewed_at=from_ms(at),
            duration_ms=duration,
            state_before=state_name(before),
            state_after=state_name(after),
            undone=undone is not None,
        )
        for rating, at, duration, before, after, undone in db.execute(
            """SELECT rating, reviewed_at, duration_ms, state_before, state_after, undone_at
               FROM review_log WHERE card_id = ? ORDER BY id""",
            (card_id,),
        )
    ]
