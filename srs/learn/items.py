"""Training items from srs's review log, built the way Anki's FSRS builds them
(rslib/src/scheduler/fsrs/params.rs, `reviews_for_fsrs`).

A card's standing reviews, oldest first, become reviews (rating, days since the
previous review, counted in the user's days). Training needs the card's history
from its first review: in srs every card's log starts at its first review when new
(reviews merged from Anki included; Anki's rescheduling and cramming rows never
enter the log), except cards whose schedule was set without a review (a known
entry's cards, srs.store.known_probe): their log starts later, and they are left
out. One item per review after the first that falls on a later day than
the one before it: the item holds every review up to it. Same-day reviews stay
inside items (delta 0, FSRS's short-term memory) but end none.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import NamedTuple

from srs.store.learning_data import card_logs, rating_counts
from srs.store.user_day import DayCounter

__all__ = ["History", "TrainingItem", "history"]


class TrainingItem(NamedTuple):
    card: int  # a number per card (FSRS groups a card's items)
    #: the card's whole log as (rating, days since the previous review), oldest first,
    #: shared by the card's items
    log: tuple[tuple[int, int], ...]
    #: how many of the log's reviews the item holds; the last one is predicted
    length: int
    at_ms: int  # when its last review happened (time-series splits sort by it)

    @property
    def reviews(self) -> tuple[tuple[int, int], ...]:
        return self.log[: self.length]


@dataclass
class History:
    reviews: int = 0
    cards: int = 0
    #: how often each rating was given, overall and to cards in the review state
    ratings: dict[int, int] = field(default_factory=dict)
    review_state_ratings: dict[int, int] = field(default_factory=dict)
    items: list[TrainingItem] = field(default_factory=list)


def history(
    db: sqlite3.Connection, now: datetime, tz: tzinfo, starts_at: tuple[int, int]
) -> History:
    """The whole review log as training items, with counts for the health check."""
    day_of = DayCounter(now, tz, starts_at).offset
    out = History()
    for rating, state, count in rating_counts(db):
        out.ratings[rating] = out.ratings.get(rating, 0) + count
        if state == 2:  # the review state
            out.review_state_ratings[rating] = count
    items = out.items
    for number, log in enumerate(card_logs(db)):
        out.cards += 1
        out.reviews += len(log)
        previous_day: int | None = None
        reviews: list[tuple[int, int]] = []
        ends: list[tuple[int, int]] = []
        for rating, at, _ in log:
            day = day_of(at)
            delta = 0 if previous_day is None else day - previous_day
            previous_day = day
            reviews.append((rating, delta))
            if delta > 0 and len(reviews) > 1:
                ends.append((len(reviews), at))
        whole = tuple(reviews)
        items.extend(TrainingItem(number, whole, length, at) for length, at in ends)
    return out
