"""srs's decks and cards as `srs sync` reads them to push to its Anki bridge: one query
each, across every deck (a sync is not about one deck)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from srs.store.card_row import PROGRESS_COLUMNS, ProgressRow, progress_row

__all__ = ["card_kinds", "deck_slugs", "deck_stamps", "push_rows", "standing_anki_ids"]


def deck_slugs(db: sqlite3.Connection) -> list[str]:
    return [row[0] for row in db.execute("SELECT slug FROM decks ORDER BY slug")]


def deck_stamps(db: sqlite3.Connection) -> dict[str, list[int]]:
    """Each deck's notes stamp, [newest content change (ms), cards, retired cards]: a
    deck whose stamp did not move since its last push has nothing new for Anki. Decks
    without cards are left out."""
    return {
        slug: [changed, notes, retired]
        for slug, changed, notes, retired in db.execute(
            """SELECT deck, MAX(changed_at), COUNT(*), SUM(retired_at IS NOT NULL)
               FROM cards GROUP BY deck"""
        )
    }


def standing_anki_ids(db: sqlite3.Connection) -> Iterator[int]:
    """The Anki id of every review that stands (not undone)."""
    for (anki_id,) in db.execute("SELECT anki_id FROM review_log WHERE undone_at IS NULL"):
        yield anki_id


def card_kinds(db: sqlite3.Connection, card_ids: Iterable[str] | None = None) -> dict[str, str]:
    """Each card's kind, of `card_ids` or of every card."""
    if card_ids is None:
        return dict(db.execute("SELECT id, kind FROM cards").fetchall())
    ids = sorted(set(card_ids))
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        found.update(db.execute(f"SELECT id, kind FROM cards WHERE id IN ({marks})", chunk))
    return found


def push_rows(db: sqlite3.Connection, card_ids: Iterable[str] | None = None) -> list[ProgressRow]:
    """The progress of `card_ids` (None: of every card, every deck)."""
    columns = ", ".join(PROGRESS_COLUMNS)
    cursor = db.cursor()
    cursor.row_factory = sqlite3.Row
    if card_ids is None:
        return [progress_row(row) for row in cursor.execute(f"SELECT {columns} FROM cards")]
    ids = sorted(set(card_ids))
    rows: list[ProgressRow] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT {columns} FROM cards WHERE id IN ({marks})"
        rows.extend(progress_row(row) for row in cursor.execute(query, chunk))
    return rows
