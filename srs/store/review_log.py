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
from typing import Any

from srs.clock import from_ms
from srs.store.card_row import state_name
from srs.store.scheduling import Rating

__all__ = ["LoggedReview", "ReviewEntry", "history", "reviews_of", "undo_review", "write_review"]


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
) -> int:
    """Append a review (inside the caller's transaction); returns its log id."""
    cursor = db.execute(
        """INSERT INTO review_log (card_id, deck, entry, rating, reviewed_at, duration_ms,
           state_before, state_after, before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
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
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


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
        LoggedReview(Rating(rating), from_ms(at), duration)
        for rating, at, duration in db.execute(
            """SELECT rating, reviewed_at, duration_ms FROM review_log
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
