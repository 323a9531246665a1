"""Where the learner is with each entry of a list: unread (no row), reading, read,
skipped or known. Kept by deck and entry key, so a rebuild that rewords or reorders the
list keeps it, as it keeps card history."""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

__all__ = ["STATUSES", "Marked", "mark", "marked", "unmark"]

#: every status; "unread" is the absence of a row
STATUSES = ("unread", "reading", "read", "skipped", "known")


class Marked(NamedTuple):
    status: str
    #: when it was marked (ms)
    at_ms: int


def marked(db: sqlite3.Connection, deck: str) -> dict[str, Marked]:
    """Each marked entry of `deck` by key, in the order they were marked."""
    rows = db.execute(
        "SELECT entry, status, marked_at FROM entry_status WHERE deck = ? "
        "ORDER BY marked_at, entry",
        (deck,),
    )
    return {entry: Marked(status, at) for entry, status, at in rows}


def mark(db: sqlite3.Connection, deck: str, entry: str, status: str, now_ms: int) -> None:
    """Set an entry's status ("unread" forgets it). An entry marked again with the
    status it has, or moved from reading to read, keeps the time it was first marked:
    entries being read bring their cards in that order."""
    if status not in STATUSES:
        raise ValueError(status)
    if status == "unread":
        unmark(db, deck, entry)
        return
    db.execute(
        """INSERT INTO entry_status (deck, entry, status, marked_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (deck, entry) DO UPDATE SET status = excluded.status,
               marked_at = CASE
                   WHEN status = excluded.status
                     OR (status IN ('reading', 'read') AND excluded.status IN ('reading', 'read'))
                   THEN marked_at ELSE excluded.marked_at END""",
        (deck, entry, status, now_ms),
    )


def unmark(db: sqlite3.Connection, deck: str, entry: str) -> None:
    db.execute("DELETE FROM entry_status WHERE deck = ? AND entry = ?", (deck, entry))
