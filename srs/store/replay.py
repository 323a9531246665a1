"""Recompute a card's FSRS state by replaying its whole review log.

For reviews made elsewhere (imported from Anki, synced) and for rescheduling
after the parameters change: the log is the truth, the card's schedule columns
are what replaying it gives. Suspension and burial are not part of the log and
are left as they are.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime

from fsrs import Card as FsrsCard
from fsrs import Rating as FsrsRating
from fsrs import Scheduler, State

from srs.clock import to_ms
from srs.store.review_log import LoggedReview, reviews_of

__all__ = ["new_fsrs_card", "replay", "replay_card"]


def new_fsrs_card(now: datetime) -> FsrsCard:
    """How a card never reviewed enters FSRS (py-fsrs has no New state)."""
    return FsrsCard(card_id=1, state=State.Learning, step=0, due=now)


def replay(
    reviews: Iterable[LoggedReview], scheduler: Scheduler, *, start: FsrsCard | None = None
) -> FsrsCard | None:
    """The state a card reaches through `reviews` (in time order) from `start` (default:
    new); None for no review."""
    card = start
    for review in sorted(reviews, key=lambda r: r.reviewed_at):
        if card is None:
            card = new_fsrs_card(review.reviewed_at)
        card, _ = scheduler.review_card(
            card, FsrsRating(int(review.rating)), review.reviewed_at, review.duration_ms
        )
    return card


def replay_card(db: sqlite3.Connection, card_id: str, scheduler: Scheduler) -> FsrsCard | None:
    """Replay `card_id`'s log and write the schedule it gives (inside the caller's
    transaction); a card with no review left becomes new again.

    Each review's recorded states (before and after, which the statistics count) are
    set to what the replay gives, so reviews merged in from elsewhere read like srs's own.
    """
    reviews = sorted(reviews_of(db, card_id), key=lambda r: r.reviewed_at)
    card: FsrsCard | None = None
    changed: list[tuple[int | None, int, int]] = []
    for review in reviews:
        before = None if card is None else int(card.state)
        card = replay([review], scheduler, start=card)
        assert card is not None
        if (review.state_before, review.state_after) != (before, int(card.state)):
            changed.append((before, int(card.state), review.log_id))
    db.executemany("UPDATE review_log SET state_before = ?, state_after = ? WHERE id = ?", changed)
    if card is None:
        db.execute(
            """UPDATE cards SET state = NULL, step = NULL, stability = NULL,
               difficulty = NULL, due = NULL, last_review = NULL WHERE id = ?""",
            (card_id,),
        )
        return None
    assert card.last_review is not None
    db.execute(
        """UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?,
           last_review = ? WHERE id = ?""",
        (
            int(card.state),
            card.step,
            card.stability,
            card.difficulty,
            to_ms(card.due),
            to_ms(card.last_review),
            card_id,
        ),
    )
    return card
