"""Merge reviews made elsewhere (Anki) into srs's review log, once each.

A review from elsewhere is known by its card and its Anki review id: merging the
same reviews again adds nothing. Every card that gains a review is replayed
(srs.store.replay): its schedule is what its whole merged log gives.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

from fsrs import Scheduler

from srs.clock import from_ms
from srs.store.rating import Rating
from srs.store.replay import replay_states, write_schedules
from srs.store.review_log import LoggedReview, insert_reviews, known_anki_ids, reviews_of_cards
from srs.store.schedule_codec import ScheduleRow, schedule_row
from srs.store.schedule_sets import standing_sets

__all__ = ["ForeignReview", "MergeReport", "merge_reviews"]

_BATCH = 500


class ForeignReview(NamedTuple):
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
    caller's transaction. `reviews`: by srs card id (unknown cards are ignored).

    Each card's merged log is replayed in memory: new reviews are written once, with
    their states, in card order (a million rows go in as one sorted batch).
    """
    cards = sorted(card_id for card_id, rows in reviews.items() if rows)
    known = known_anki_ids(db, cards)
    added = seen = 0
    touched: list[str] = []
    inserts: list[tuple[object, ...]] = []
    states: list[tuple[int | None, int, int]] = []
    schedules: list[ScheduleRow] = []
    for start in range(0, len(cards), _BATCH):
        chunk = cards[start : start + _BATCH]
        marks = ", ".join("?" * len(chunk))
        where = {
            row[0]: (row[1], row[2])
            for row in db.execute(f"SELECT id, deck, entry FROM cards WHERE id IN ({marks})", chunk)
        }
        fresh_of: dict[str, list[ForeignReview]] = {}
        for card_id in chunk:
            if card_id not in where:
                continue
            fresh: list[ForeignReview] = []
            for review in reviews[card_id]:
                if (card_id, review.anki_id) in known:
                    seen += 1
                else:
                    known.add((card_id, review.anki_id))
                    fresh.append(review)
            if fresh:
                fresh_of[card_id] = fresh
        # only the cards that gain a review are read and replayed
        existing: dict[str, list[LoggedReview]] = {card_id: [] for card_id in fresh_of}
        if fresh_of:
            for card_id, logged in reviews_of_cards(db, list(fresh_of)):
                existing[card_id].append(logged)
        starts = standing_sets(db, list(fresh_of))  # set cards start from their set
        for card_id, fresh in fresh_of.items():
            added += len(fresh)
            touched.append(card_id)
            deck, entry = where[card_id]
            log = existing[card_id] + [
                LoggedReview(Rating(r.rating), from_ms(r.reviewed_at_ms), r.duration_ms)
                for r in fresh
            ]
            order = sorted(range(len(log)), key=lambda k: log[k].reviewed_at)
            ordered = [log[k] for k in order]
            card, replayed = replay_states(card_id, ordered, scheduler, starts.get(card_id))
            schedules.append(schedule_row(card_id, card))
            mine = len(existing[card_id])
            for k, (before, after) in zip(order, replayed, strict=True):
                if k < mine:  # a review already in the log
                    old = log[k]
                    if (old.state_before, old.state_after) != (before, after):
                        states.append((before, after, old.log_id))
                    continue
                r = fresh[k - mine]
                # "before" is empty: undoing such a review replays the card's log
                row = (card_id, deck, entry, r.rating, r.reviewed_at_ms, r.duration_ms)
                inserts.append((*row, before, after, "{}", r.anki_id))
    with _big_cache(db):
        insert_reviews(db, inserts)
        write_schedules(db, schedules, states)
    return MergeReport(added, seen, len(touched), tuple(touched))


@contextmanager
def _big_cache(db: sqlite3.Connection) -> Iterator[None]:
    """A larger page cache while a big batch goes in (its indexes stay in memory)."""
    (size,) = db.execute("PRAGMA cache_size").fetchone()
    db.execute("PRAGMA cache_size = -262144")  # 256 MiB, only as far as it is used
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(size)}")
