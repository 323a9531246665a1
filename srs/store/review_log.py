"""The review log: one row per answer, never deleted.

Each row keeps the card's schedule as it was before the answer ("before"), so an
undo restores it exactly; an undone row is marked, not removed. Reviews can be
written at any time, not only now (imported reviews), and `replay` (srs.store.replay)
recomputes a card's state from its whole log.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from srs.clock import from_ms
from srs.store.card_row import state_name
from srs.store.rating import Rating

__all__ = [
    "LoggedReview",
    "ReviewEntry",
    "ReviewRecord",
    "card_review_records",
    "deck_review_records",
    "free_anki_id",
    "history",
    "insert_reviews",
    "known_anki_ids",
    "review_records",
    "reviews_of_cards",
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
    #: the card's schedule before this review (what the previous review gave): its
    #: state, due time and difficulty
    before_state: int | None
    before_due: int | None
    before_difficulty: float | None


_RECORD = """SELECT {card}anki_id, rating, reviewed_at, duration_ms, state_before,
    json_extract(before, '$.state'), json_extract(before, '$.due'),
    json_extract(before, '$.difficulty')
    FROM review_log {index}WHERE {where} AND undone_at IS NULL ORDER BY {order}reviewed_at, id"""


def review_records(db: sqlite3.Connection, card_id: str) -> list[ReviewRecord]:
    """A card's standing reviews, oldest first, with their Anki ids."""
    query = _RECORD.format(card="", index="", where="card_id = ?", order="")
    return [ReviewRecord._make(row) for row in db.execute(query, (card_id,))]


def deck_review_records(db: sqlite3.Connection, deck: str) -> Iterator[tuple[str, ReviewRecord]]:
    """Every standing review of a deck as (card id, record), by card id then time: one
    query for a whole export."""
    # a table scan sorted by SQLite, read as plain tuples: twice as fast as walking the
    # card index (which looks every row up) for a million rows
    query = _RECORD.format(
        card="card_id, ", index="NOT INDEXED ", where="deck = ?", order="card_id, "
    )
    cursor = db.cursor()
    cursor.row_factory = None
    make = ReviewRecord._make
    for row in cursor.execute(query, (deck,)):
        yield row[0], make(row[1:])


def card_review_records(
    db: sqlite3.Connection, card_ids: Iterable[str] | None = None
) -> dict[str, list[ReviewRecord]]:
    """The standing reviews of `card_ids` (None: of every card), oldest first, by card:
    one scan of the log for all, or one query per 500 cards."""
    if card_ids is None:
        every = _RECORD.format(card="card_id, ", index="NOT INDEXED ", where="1", order="card_id, ")
        batches: list[tuple[str, list[str]]] = [(every, [])]
    else:
        ids = sorted(set(card_ids))
        batches = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            where = f"card_id IN ({', '.join('?' * len(chunk))})"
            batches.append(
                (_RECORD.format(card="card_id, ", index="", where=where, order="card_id, "), chunk)
            )
    cursor = db.cursor()
    cursor.row_factory = None
    make = ReviewRecord._make
    found: dict[str, list[ReviewRecord]] = {}
    for query, args in batches:
        for row in cursor.execute(query, args):
            found.setdefault(row[0], []).append(make(row[1:]))
    return found


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


def insert_reviews(db: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    """Append reviews made elsewhere, each with its Anki id (inside the caller's
    transaction): (card, deck, entry, rating, at, duration, state before, state after,
    before, Anki id)."""
    indexes: list[str] = []
    if len(rows) >= _BULK:  # a big batch goes in faster with its indexes built after it
        indexes = [
            sql
            for name, sql in db.execute(
                """SELECT name, sql FROM sqlite_master WHERE type = 'index'
                   AND tbl_name = 'review_log' AND sql IS NOT NULL"""
            )
        ]
        for (name,) in db.execute(
            """SELECT name FROM sqlite_master WHERE type = 'index'
               AND tbl_name = 'review_log' AND sql IS NOT NULL"""
        ).fetchall():
            db.execute(f'DROP INDEX "{name}"')
    db.executemany(
        """INSERT INTO review_log (card_id, deck, entry, rating, reviewed_at, duration_ms,
           state_before, state_after, before, anki_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        rows,
    )
    for sql in indexes:  # the unique one checks the whole batch as it is rebuilt
        db.execute(sql)


#: from this many rows on, `insert_reviews` rebuilds the log's indexes after the batch
_BULK = 50_000


def free_anki_id(db: sqlite3.Connection, at_ms: int) -> int:
    """The first millisecond from `at_ms` no review's Anki id holds (ids are unique in
    an Anki collection)."""
    if db.execute("SELECT 1 FROM review_log WHERE anki_id = ?", (at_ms,)).fetchone() is None:
        return at_ms
    # taken (answers within one millisecond, or a clock held still): the end of the
    # run of taken ids from there, in one query rather than one a millisecond
    row = db.execute(
        """SELECT min(anki_id) + 1 FROM review_log AS taken
           WHERE anki_id >= ? AND NOT EXISTS
               (SELECT 1 FROM review_log WHERE anki_id = taken.anki_id + 1)""",
        (at_ms,),
    ).fetchone()
    return int(row[0])


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


def reviews_of_cards(
    db: sqlite3.Connection, card_ids: list[str]
) -> Iterator[tuple[str, LoggedReview]]:
    """The standing reviews of several cards (at most a few hundred), oldest first per card."""
    marks = ", ".join("?" * len(card_ids))
    for card_id, rating, at, duration, log_id, before, after in db.execute(
        f"""SELECT card_id, rating, reviewed_at, duration_ms, id, state_before, state_after
            FROM review_log WHERE card_id IN ({marks}) AND undone_at IS NULL
            ORDER BY card_id, reviewed_at, id""",
        card_ids,
    ):
        yield card_id, LoggedReview(Rating(rating), from_ms(at), duration, log_id, before, after)


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
