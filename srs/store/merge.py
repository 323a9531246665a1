"""Merge reviews made elsewhere (Anki) into srs's review log, once each.

A review from elsewhere is known by its card and its Anki review id: merging the
same reviews again adds nothing. Every card that gains a review is replayed
(srs.store.replay): its schedule is what its whole merged log gives.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from fsrs import Scheduler

from srs.store.replay import replay_card
from srs.store.review_log import known_anki_ids, write_review
from srs.store.scheduling import Rating

__all__ = ["ForeignReview", "MergeReport", "merge_reviews"]


@dataclass(frozen=True)
class ForeignReview:
    """A review made outside srs: its Anki id, rating, time and answer time."""

    anki_id: int
    rating: int
    reviewed_at_ms: int
    duration_ms: int | None


@dataclass(frozen=True)
class MergeReport:
    reviews_added: int
    reviews_known: int
    cards_updated: int
    #: the cards that gained reviews (replayed)
    touched: tuple[str, ...] = ()


def merge_reviews(
    db: sqlite3.Connection,
    reviews: Mapping[str, Sequence[ForeignReview]],
    scheduler: Scheduler,
) -> MergeReport:
    """Add each review not yet in the log and replay the cards that gained one, inside the
    caller's transaction. `reviews`: by srs card id (cards that exist)."""
    cards = sorted(card_id for card_id, rows in reviews.items() if rows)
    known = known_anki_ids(db, cards)
    where = {
        row[0]: (row[1], row[2])
        for start in range(0, len(cards), 500)
        for row in db.execute(
            f"SELECT id, deck, entry FROM cards WHERE id IN "
            f"({', '.join('?' * len(cards[start : start + 500]))})",
            cards[start : start + 500],
        )
    }
    added = seen = 0
    touched: list[str] = []
    for card_id in cards:
        if card_id not in where:
            continue
        deck, entry = where[card_id]
        fresh = 0
        for review in reviews[card_id]:
            if (card_id, review.anki_id) in known:
                seen += 1
                continue
            known.add((card_id, review.anki_id))
            write_review(
                db,
                card_id=card_id,
                deck=deck,
                entry=entry,
                rating=Rating(review.rating),
                reviewed_at_ms=review.reviewed_at_ms,
                duration_ms=review.duration_ms,
                state_before=None,  # the replay below sets both states
                state_after=0,
                before={},
                anki_id=review.anki_id,
            )
            fresh += 1
        if fresh:
            added += fresh
            touched.append(card_id)
            replay_card(db, card_id, scheduler)
    return MergeReport(added, seen, len(touched), tuple(touched))
