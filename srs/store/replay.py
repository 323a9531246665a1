"""Recompute a card's FSRS state by replaying its whole review log.

For reviews made elsewhere (imported from Anki, synced) and for rescheduling
after the parameters change: the log is the truth, the card's schedule columns
are what replaying it gives. A card whose schedule was set without a review (an
entry known, srs.store.schedule_sets) starts from that set, as if answered then.
Suspension and burial are not part of the log and are left as they are.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from fsrs import Card as FsrsCard
from fsrs import Rating as FsrsRating
from fsrs import Scheduler

from srs.clock import from_ms, to_ms
from srs.store import schedule_codec
from srs.store.review_log import LoggedReview, reviews_of_cards
from srs.store.schedule_codec import ScheduleRow, new_fsrs_card, schedule_row
from srs.store.schedule_sets import SetStart, standing_sets

__all__ = [
    "replay_card",
    "replay_cards",
    "replay_states",
    "reschedule_all",
    "write_schedules",
]

_BATCH = 500


def replay_states(
    card_id: str,
    reviews: Sequence[LoggedReview],
    scheduler: Scheduler,
    start: SetStart | None = None,
) -> tuple[FsrsCard | None, list[tuple[int | None, int]]]:
    """Replay `card_id`'s `reviews` (in time order) from a new card, or from its set
    schedule (`start`, unless a review came before it: then the reviews are the truth):
    the state reached, and each review's state before and after."""
    card: FsrsCard | None = None
    states: list[tuple[int | None, int]] = []
    if start is not None and (not reviews or to_ms(reviews[0].reviewed_at) >= start.at_ms):
        at = from_ms(start.at_ms)
        card, _ = scheduler.review_card(new_fsrs_card(card_id, at), FsrsRating(start.as_rating), at)
    for review in reviews:
        before = None if card is None else int(card.state)
        if card is None:
            card = new_fsrs_card(card_id, review.reviewed_at)
        card, _ = scheduler.review_card(
            card, FsrsRating(int(review.rating)), review.reviewed_at, review.duration_ms
        )
        states.append((before, int(card.state)))
    return card, states


def write_schedules(
    db: sqlite3.Connection,
    schedules: Sequence[ScheduleRow],
    states: Sequence[tuple[int | None, int, int]] = (),
) -> None:
    """Write replayed schedules (`schedule_row`) and review states (before, after, log id)."""
    db.executemany("UPDATE review_log SET state_before = ?, state_after = ? WHERE id = ?", states)
    schedule_codec.write_schedule_rows(db, schedules)


def replay_card(db: sqlite3.Connection, card_id: str, scheduler: Scheduler) -> FsrsCard | None:
    """Replay `card_id`'s log and write the schedule it gives (see `replay_cards`)."""
    return replay_cards(db, [card_id], scheduler).get(card_id)


def replay_cards(
    db: sqlite3.Connection,
    card_ids: Sequence[str],
    scheduler: Scheduler,
    *,
    log_states: bool = True,
    write: bool = True,
) -> dict[str, FsrsCard | None]:
    """Replay each card's log and write the schedule it gives (inside the caller's
    transaction); a card with no review and no set left becomes new again.

    Each review's recorded states (before and after, which the statistics count) are
    set to what the replay gives, so reviews merged in from elsewhere read like srs's own.
    Reads and writes in batches: a hundred thousand cards replay in one pass.
    `log_states=False`: only the cards change, not a byte of the log (rescheduling);
    `write=False`: nothing changes (what a replay would give).
    """
    out: dict[str, FsrsCard | None] = {}
    for start in range(0, len(card_ids), _BATCH):
        chunk = list(card_ids[start : start + _BATCH])
        logs: dict[str, list[LoggedReview]] = {card_id: [] for card_id in chunk}
        for card_id, review in reviews_of_cards(db, chunk):
            logs[card_id].append(review)
        starts = standing_sets(db, chunk)
        states: list[tuple[int | None, int, int]] = []
        schedules: list[ScheduleRow] = []
        for card_id in chunk:
            card, replayed = replay_states(card_id, logs[card_id], scheduler, starts.get(card_id))
            for review, (before, after) in zip(logs[card_id], replayed, strict=True):
                if log_states and (review.state_before, review.state_after) != (before, after):
                    states.append((before, after, review.log_id))
            out[card_id] = card
            schedules.append(schedule_row(card_id, card))
        if write:
            write_schedules(db, schedules, states)
    return out


def reschedule_all(
    db: sqlite3.Connection, scheduler: Scheduler, *, write: bool = True
) -> tuple[int, int]:
    """Every card with a standing review or set replayed under `scheduler`, the log
    untouched (inside the caller's transaction): (cards replayed, due dates moved);
    `write=False`: only counted, nothing changes."""
    standing = """SELECT card_id FROM review_log WHERE undone_at IS NULL
        UNION SELECT card_id FROM schedule_sets WHERE undone_at IS NULL"""
    cards = [row[0] for row in db.execute(standing)]
    dues = {
        row[0]: row[1] for row in db.execute(f"SELECT id, due FROM cards WHERE id IN ({standing})")
    }
    replayed = replay_cards(db, cards, scheduler, log_states=False, write=write)
    moved = sum(
        1
        for card_id, card in replayed.items()
        if (None if card is None else to_ms(card.due)) != dues.get(card_id)
    )
    return len(cards), moved
