"""Where the learner is with each entry of a list: unread (no row), reading, read,
skipped or known. Kept by deck and entry key, so a rebuild that rewords or reorders the
list keeps it, as it keeps card history.

A status travels to Anki as a tag on each note of the entry (`srs::read`, ...), so
marking an entry stamps its cards' `changed_at`: a newer note is what an Anki import
or sync takes. The new cards srs keeps back for their entry's status travel suspended
(`holds_new_cards`)."""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

__all__ = ["STATUSES", "Marked", "holds_new_cards", "mark", "marked", "unmark"]

#: every status; "unread" is the absence of a row
STATUSES = ("unread", "reading", "read", "skipped", "known")


class Marked(NamedTuple):
    status: str
    #: when it was marked (ms)
    at_ms: int


def holds_new_cards(status: str, new_cards: str) -> bool:
    """Whether srs keeps the new cards of an entry with `status` out of its queue (and
    Anki's: they travel suspended), under the `new_cards` setting: a skipped entry's
    always, with "read" those of every entry not read, being read or known (as
    srs.store.day_queue.new_cards_query; a known entry's probe comes first in srs, the
    phone gets its cards as new cards)."""
    if status == "skipped":
        return True
    return new_cards == "read" and status not in ("read", "reading", "known")


def marked(db: sqlite3.Connection, deck: str) -> dict[str, Marked]:
    """Each marked entry of `deck` by key, in the order they were marked."""
    rows = db.execute(
        "SELECT entry, status, marked_at FROM entry_status WHERE deck = ? "
        "ORDER BY marked_at, entry",
        (deck,),
    )
    return {entry: Marked(status, at) for entry, status, at in rows}


def _status(db: sqlite3.Connection, deck: str, entry: str) -> str:
    row = db.execute(
        "SELECT status FROM entry_status WHERE deck = ? AND entry = ?", (deck, entry)
    ).fetchone()
    return str(row[0]) if row else "unread"


def _stamp(db: sqlite3.Connection, deck: str, entry: str, now_ms: int) -> None:
    # the entry's exported notes changed their tags: a newer note is what Anki takes
    db.execute(
        "UPDATE cards SET changed_at = MAX(changed_at, ?) WHERE deck = ? AND entry = ?",
        (now_ms, deck, entry),
    )


def mark(db: sqlite3.Connection, deck: str, entry: str, status: str, now_ms: int) -> None:
    """Set an entry's status ("unread" forgets it), inside the caller's transaction. An
    entry marked again with the status it has, or moved from reading to read, keeps the
    time it was first marked: entries being read bring their cards in that order."""
    if status not in STATUSES:
        raise ValueError(status)
    if status == "unread":
        unmark(db, deck, entry, now_ms)
        return
    before = _status(db, deck, entry)
    db.execute(
        """INSERT INTO entry_status (deck, entry, status, marked_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (deck, entry) DO UPDATE SET status = excluded.status,
               marked_at = CASE
                   WHEN status = excluded.status
                     OR (status IN ('reading', 'read') AND excluded.status IN ('reading', 'read'))
                   THEN marked_at ELSE excluded.marked_at END""",
        (deck, entry, status, now_ms),
    )
    if before != status:
        _stamp(db, deck, entry, now_ms)


def unmark(db: sqlite3.Connection, deck: str, entry: str, now_ms: int) -> None:
    """Forget an entry's status (it is unread again), inside the caller's transaction."""
    gone = db.execute("DELETE FROM entry_status WHERE deck = ? AND entry = ?", (deck, entry))
    if gone.rowcount:
        _stamp(db, deck, entry, now_ms)
