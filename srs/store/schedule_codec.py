"""One mapping between a card's schedule columns and py-fsrs's `Card`.

A card's schedule is the `SCHEDULE` columns of its `cards` row (srs.store.card_row):
an FSRS state (NULL for a card never reviewed), step, stability, difficulty, due
and last review in milliseconds, and `buried_until`, which FSRS does not know. Every
reader and writer of those columns as FSRS sees them goes through here: the engine's
answers and previews, undo, replay and merge.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from fsrs import Card as FsrsCard
from fsrs import State

from srs.clock import from_ms, to_ms
from srs.errors import BadInput
from srs.store.card_row import SCHEDULE
from srs.store.fuzz import fsrs_card_id

__all__ = [
    "FSRS_COLUMNS",
    "SCHEDULE",
    "ScheduleColumns",
    "ScheduleRow",
    "fsrs_card",
    "new_fsrs_card",
    "read_schedule",
    "restore_schedule",
    "saved_schedule",
    "schedule_row",
    "write_answer",
    "write_schedule_rows",
]

#: a row of the schedule columns by name (`sqlite3.Row`, or a dict of them)
ScheduleColumns = sqlite3.Row | Mapping[str, Any]
#: (state, step, stability, difficulty, due, last review, card id): one card's
#: schedule as FSRS gave it, ready for `write_schedule_rows`
ScheduleRow = tuple[int | None, int | None, float | None, float | None, int | None, int | None, str]

#: the schedule columns FSRS's `Card` holds
FSRS_COLUMNS = ("state", "step", "stability", "difficulty", "due", "last_review")
_SET_FSRS = ", ".join(f"{column} = ?" for column in FSRS_COLUMNS)
_SET_SAVED = ", ".join(f"{column} = ?" for column in SCHEDULE)
_SELECT = f"SELECT {', '.join(SCHEDULE)}, entry, retired_at FROM cards WHERE id = ? AND deck = ?"


def new_fsrs_card(card_id: str, now: datetime) -> FsrsCard:
    """How a card never reviewed enters FSRS (py-fsrs has no New state); its py-fsrs id
    seeds the fuzz (srs.store.fuzz)."""
    return FsrsCard(card_id=fsrs_card_id(card_id), state=State.Learning, step=0, due=now)


def read_schedule(db: sqlite3.Connection, card_id: str, deck: str) -> sqlite3.Row:
    """A card's schedule columns, with its entry and `retired_at` (BadInput: no such
    card in `deck`)."""
    row: sqlite3.Row | None = db.execute(_SELECT, (card_id, deck)).fetchone()
    if row is None:
        raise BadInput(f"no card with id {card_id!r} in deck {deck!r}")
    return row


def fsrs_card(card_id: str, row: ScheduleColumns, now: datetime) -> FsrsCard:
    """The card as FSRS sees it, from its schedule columns (`now`: when a card never
    reviewed enters FSRS)."""
    if row["state"] is None:
        return new_fsrs_card(card_id, now)
    last_review = row["last_review"]
    return FsrsCard(
        card_id=fsrs_card_id(card_id),
        state=State(row["state"]),
        step=row["step"],
        stability=row["stability"],
        difficulty=row["difficulty"],
        due=from_ms(row["due"]),
        last_review=from_ms(last_review) if last_review is not None else None,
    )


def schedule_row(card_id: str, card: FsrsCard | None) -> ScheduleRow:
    """The schedule columns for what FSRS gave; None: a card with no review (new)."""
    if card is None:
        return (None, None, None, None, None, None, card_id)
    assert card.last_review is not None
    return (
        int(card.state),
        card.step,
        card.stability,
        card.difficulty,
        to_ms(card.due),
        to_ms(card.last_review),
        card_id,
    )


def write_schedule_rows(db: sqlite3.Connection, rows: Iterable[ScheduleRow]) -> None:
    """Write cards' schedules as FSRS gave them (`schedule_row`); burial and suspension
    are left as they are."""
    db.executemany(f"UPDATE cards SET {_SET_FSRS} WHERE id = ?", rows)


def write_answer(db: sqlite3.Connection, card_id: str, card: FsrsCard) -> None:
    """Write the schedule an answer gave; an answered card is no longer buried."""
    db.execute(
        f"UPDATE cards SET {_SET_FSRS}, buried_until = NULL WHERE id = ?",
        schedule_row(card_id, card),
    )


def saved_schedule(row: ScheduleColumns) -> dict[str, Any]:
    """A card's whole schedule (`SCHEDULE`) as the review log keeps it, for an undo."""
    return {key: row[key] for key in SCHEDULE}


def restore_schedule(db: sqlite3.Connection, card_id: str, saved: Mapping[str, Any]) -> None:
    """Put back a schedule kept by `saved_schedule`, exactly."""
    values: Sequence[Any] = [saved[key] for key in SCHEDULE]
    db.execute(f"UPDATE cards SET {_SET_SAVED} WHERE id = ?", (*values, card_id))
