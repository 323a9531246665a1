"""Which cards srs has: every card's id, in every deck, retired ones too (Anki's note
GUIDs are derived from them)."""

from __future__ import annotations

import sqlite3

__all__ = ["all_card_ids"]


def all_card_ids(db: sqlite3.Connection) -> list[str]:
    """Every card's id (every deck, retired cards too)."""
    return [card_id for (card_id,) in db.execute("SELECT id FROM cards")]
