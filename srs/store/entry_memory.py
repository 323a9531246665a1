"""What the learner holds of each entry of a deck: its cards, how many are learned, the
schedules that give their retrievability now, and their recent lapses (one query each)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from fsrs import Card as FsrsCard

from srs.clock import from_ms
from srs.store.schedule_codec import fsrs_card

__all__ = ["EntryMemory", "entry_memory"]

DAY_MS = 86_400_000


@dataclass
class EntryMemory:
    cards: int = 0
    learned: int = 0
    #: the learned cards' schedules, as py-fsrs cards (for retrievability now)
    schedules: list[FsrsCard] = field(default_factory=list)
    #: lapses (Again on a card in review) in the last 30 days: (when in ms, card id)
    lapses: list[tuple[int, str]] = field(default_factory=list)


def entry_memory(db: sqlite3.Connection, deck: str, now_ms: int) -> dict[str, EntryMemory]:
    """Each entry's memory, by entry key (retired cards left out)."""
    out: dict[str, EntryMemory] = {}
    now = from_ms(now_ms)
    cursor = db.cursor()
    cursor.row_factory = sqlite3.Row
    rows = cursor.execute(
        """SELECT id, entry, state, step, stability, difficulty, due, last_review
           FROM cards WHERE deck = ? AND retired_at IS NULL""",
        (deck,),
    )
    for row in rows:
        memory = out.setdefault(row["entry"], EntryMemory())
        memory.cards += 1
        if row["state"] is not None:
            memory.learned += 1
            memory.schedules.append(fsrs_card(row["id"], row, now))
    lapses = db.execute(
        """SELECT entry, reviewed_at, card_id FROM review_log
           WHERE deck = ? AND reviewed_at >= ? AND undone_at IS NULL
             AND rating = 1 AND state_before = 2
           ORDER BY reviewed_at""",
        (deck, now_ms - 30 * DAY_MS),
    )
    for entry, at, card_id in lapses:
        out.setdefault(entry, EntryMemory()).lapses.append((at, card_id))
    return out
