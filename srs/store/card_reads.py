"""What other layers read of a deck's cards: views for the screens, rows and a summary
for an export, kinds and sections for `srs due`, the deck's title and sections."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from srs.cards.cloze_kind import is_cloze_kind
from srs.errors import BadInput
from srs.store.card_row import (
    FLAG_COLUMN,
    STATUS_COLUMN,
    VIEW_COLUMNS,
    CardView,
    ExportRow,
    card_view,
    export_row,
)

__all__ = [
    "ExportSummary",
    "card",
    "card_and_row",
    "card_deck",
    "cards",
    "deck_info",
    "export_rows",
    "export_summary",
    "kinds_and_sections",
    "standing_reviews",
]

_COLUMNS = ", ".join((*VIEW_COLUMNS, FLAG_COLUMN))


@dataclass(frozen=True)
class ExportSummary:
    sections: frozenset[str]
    cloze: frozenset[bool]  # which note types are used: basic (False), cloze (True)
    notes: int
    retired: int
    changed_ms: int  # the newest content change: the package's timestamp


def card(db: sqlite3.Connection, card_id: str) -> CardView:
    """One card, in any deck (BadInput: no such card)."""
    return card_and_row(db, card_id)[0]


def card_and_row(db: sqlite3.Connection, card_id: str) -> tuple[CardView, dict[str, Any]]:
    """One card, in any deck, and the row it was read from (its `VIEW_COLUMNS` by name:
    the schedule columns too), BadInput: no such card."""
    row = db.execute(f"SELECT {_COLUMNS} FROM cards WHERE id = ?", (card_id,)).fetchone()
    if row is None:
        raise BadInput(f"no card with id {card_id!r}")
    return card_view(row), dict(zip(VIEW_COLUMNS, row, strict=False))  # without the flag


def card_deck(db: sqlite3.Connection, card_id: str) -> str:
    """The deck whose file holds card `card_id` (BadInput: no such card, or a retired one,
    which no deck file holds any more)."""
    row = db.execute("SELECT deck, retired_at FROM cards WHERE id = ?", (card_id,)).fetchone()
    if row is None:
        raise BadInput(f"no card with id {card_id!r}")
    if row[1] is not None:
        raise BadInput(f"card {card_id!r} is retired (its entry left the list): nothing to edit")
    return str(row[0])


def cards(db: sqlite3.Connection, deck: str, *, include_retired: bool = False) -> list[CardView]:
    """A deck's cards in its order; retired ones only with `include_retired`."""
    where = "" if include_retired else "AND retired_at IS NULL"
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM cards WHERE deck = ? {where} ORDER BY position", (deck,)
    )
    return [card_view(row) for row in rows]


def kinds_and_sections(db: sqlite3.Connection, ids: list[str]) -> list[tuple[str, str, str]]:
    """(id, kind, section) of each of `ids`, in their order."""
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for cid, kind, section in db.execute(
            f"SELECT id, kind, section FROM cards WHERE id IN ({marks})", chunk
        ):
            found[cid] = (kind, section)
    return [(cid, *found[cid]) for cid in ids if cid in found]


def export_rows(db: sqlite3.Connection, deck: str, *, by_id: bool = False) -> Iterator[ExportRow]:
    """Every card of the deck, retired ones included, with just what an export needs (its
    entry's reading status too); in the deck's order, or by card id (to walk along the
    deck's review records)."""
    order = "id" if by_id else "position"
    query = f"SELECT {_COLUMNS}, {STATUS_COLUMN} FROM cards WHERE deck = ? ORDER BY {order}"
    cursor = db.cursor()
    cursor.row_factory = None  # plain tuples, in `EXPORT_COLUMNS` order
    for row in cursor.execute(query, (deck,)):
        yield export_row(row)


def export_summary(db: sqlite3.Connection, deck: str) -> ExportSummary:
    """What an export must know before it streams the cards (one query)."""
    sections: set[str] = set()
    cloze: set[bool] = set()
    notes = retired = changed = 0
    for section, kind, count, gone, newest in db.execute(
        """SELECT section, kind, COUNT(*), SUM(retired_at IS NOT NULL), MAX(changed_at)
           FROM cards WHERE deck = ? GROUP BY section, kind""",
        (deck,),
    ):
        sections.add(section)
        cloze.add(is_cloze_kind(kind))
        notes += count
        retired += gone
        changed = max(changed, newest)
    return ExportSummary(frozenset(sections), frozenset(cloze), notes, retired, changed)


def standing_reviews(db: sqlite3.Connection, deck: str) -> int:
    """How many reviews of the deck stand (not undone)."""
    return int(
        db.execute(
            "SELECT COUNT(*) FROM review_log WHERE deck = ? AND undone_at IS NULL", (deck,)
        ).fetchone()[0]
    )


def deck_info(db: sqlite3.Connection, deck: str) -> tuple[str, list[str]]:
    """The deck's title and sections (its slug and none, for a deck not in the database)."""
    row = db.execute("SELECT title, sections FROM decks WHERE slug = ?", (deck,)).fetchone()
    return (row[0], json.loads(row[1])) if row else (deck, [])
