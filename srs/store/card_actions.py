"""What happens to a card besides an answer: suspended, buried, replayed from its log,
or given reviews made elsewhere. Each runs inside the caller's transaction; none of
them is something the day queue can follow (the engine rebuilds it)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime

from fsrs import Scheduler

from srs.clock import to_ms
from srs.store.merge import ForeignReview, MergeReport, merge_reviews
from srs.store.replay import replay_card
from srs.store.schedule_codec import read_schedule

__all__ = ["bury", "merge", "replay", "suspend"]


def suspend(db: sqlite3.Connection, deck: str, card_id: str, suspended: bool = True) -> None:
    """Take a card out of reviews until it is unsuspended (`suspended=False`)."""
    read_schedule(db, card_id, deck)
    db.execute("UPDATE cards SET suspended = ? WHERE id = ?", (int(suspended), card_id))


def bury(db: sqlite3.Connection, deck: str, card_id: str, until: datetime) -> None:
    """Hide a card until `until` (the next day's start)."""
    read_schedule(db, card_id, deck)
    db.execute("UPDATE cards SET buried_until = ? WHERE id = ?", (to_ms(until), card_id))


def replay(db: sqlite3.Connection, deck: str, card_id: str, scheduler: Scheduler) -> None:
    """Recompute a card's schedule from its whole review log (see `srs.store.replay`)."""
    read_schedule(db, card_id, deck)
    replay_card(db, card_id, scheduler)


def merge(
    db: sqlite3.Connection,
    reviews: Mapping[str, Sequence[ForeignReview]],
    scheduler: Scheduler,
    *,
    dry_run: bool = False,
) -> MergeReport:
    """Merge reviews made in Anki (by srs card id, any deck) into the log, once each,
    and replay the cards that gained one (see `srs.store.merge`); `dry_run`: count,
    change nothing."""
    if not dry_run:
        return merge_reviews(db, reviews, scheduler)
    db.execute("SAVEPOINT dry_run")
    try:
        return merge_reviews(db, reviews, scheduler)
    finally:
        db.execute("ROLLBACK TO dry_run")
        db.execute("RELEASE dry_run")
