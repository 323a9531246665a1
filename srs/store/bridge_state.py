"""What `srs sync` last pushed to its Anki bridge collection, so the next run reads
only what changed since, on either side.

Two tables (migration m006):

* `bridge_cards`, a row per srs card: its note's GUID in Anki (derived from the card
  id and kept here, so a run maps Anki's notes back to srs's cards without hashing
  every card id), the bridge's card id, whether its note sits in a note type of the
  user's, and what its pushed schedule was made from: the schedule columns, the new
  card order, its entry's reading status (migration m010), and three facts that
  change with time alone (held: suspended or retired; buried now; a learning card
  due before the day ends). A card whose values here still match its row in `cards`
  gives the same Anki columns as at the last push. `cid` NULL: not pushed since the
  bridge was made.
* `bridge_mark`, one row: the bridge's schema stamp and update sequence number
  (Anki's `usn`) after the last sync, the settings the schedules were made with,
  and the last review-log row when they were pushed. Rows the bridge received or
  changed after that sync carry a usn from the mark on (or -1, local changes).

Everything here is written inside the sync's transaction: committed only when the
run succeeded, with the rest of srs's changes. Cleared when the bridge is new or
taken whole from the server (`forget_pushed`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from fsrs import State

__all__ = [
    "BridgeMark",
    "PushedCard",
    "add_guids",
    "bridge_cids",
    "cards_by_guid",
    "cards_without_guid",
    "changed_since_push",
    "forget_pushed",
    "last_log_id",
    "load_mark",
    "moved_cards",
    "record_pushed",
    "save_mark",
]

_CHUNK = 500

#: what a pushed schedule was made from: stored column -> its value from `cards c`
#: (`:now` and `:next_day`, ms: the moment of the push and the end of srs's day)
_INPUTS = {
    "state": "c.state",
    "step": "c.step",
    "stability": "c.stability",
    "difficulty": "c.difficulty",
    "due": "c.due",
    "last_review": "c.last_review",
    "new_order": "c.new_order",
    "held": "(c.suspended != 0 OR c.retired_at IS NOT NULL)",
    "buried": "(COALESCE(c.buried_until, 0) > :now)",
    "learning_today": (
        f"(c.state IN ({int(State.Learning)}, {int(State.Relearning)}) AND c.due < :next_day)"
    ),
    # whether a new card travels suspended, waiting for its entry to be read
    "entry_status": (
        "(SELECT status FROM entry_status s WHERE s.deck = c.deck AND s.entry = c.entry)"
    ),
}


@dataclass(frozen=True)
class BridgeMark:
    """The bridge after the last sync, and what srs had pushed to it."""

    scm: int
    usn: int
    settings: str
    log_id: int


@dataclass(frozen=True)
class PushedCard:
    """A card as this run left it in the bridge: its bridge card (None: not there) and
    whether its note is in a note type of the user's."""

    card_id: str
    cid: int | None
    moved: bool = False


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def load_mark(db: sqlite3.Connection) -> BridgeMark | None:
    row = db.execute("SELECT scm, usn, settings, log_id FROM bridge_mark").fetchone()
    return BridgeMark(*row) if row else None


def save_mark(db: sqlite3.Connection, mark: BridgeMark) -> None:
    """Record the mark (inside the caller's transaction); an unchanged one is not written."""
    if load_mark(db) == mark:
        return
    db.execute(
        """INSERT OR REPLACE INTO bridge_mark (id, scm, usn, settings, log_id)
           VALUES (1, ?, ?, ?, ?)""",
        (mark.scm, mark.usn, mark.settings, mark.log_id),
    )


def forget_pushed(db: sqlite3.Connection) -> None:
    """A new bridge: nothing is known to be in it (the GUIDs stay: they never change)."""
    columns = ", ".join(f"{name} = NULL" for name in _INPUTS)
    db.execute(
        f"""UPDATE bridge_cards SET cid = NULL, moved = 0, {columns}
            WHERE cid IS NOT NULL OR moved != 0"""
    )
    db.execute("DELETE FROM bridge_mark")


def last_log_id(db: sqlite3.Connection) -> int:
    """The newest review-log row's id (0: none)."""
    return int(db.execute("SELECT COALESCE(MAX(id), 0) FROM review_log").fetchone()[0])


def cards_without_guid(db: sqlite3.Connection) -> list[str]:
    """srs cards whose GUID is not recorded yet (new cards)."""
    return [
        row[0]
        for row in db.execute(
            """SELECT c.id FROM cards c
               WHERE NOT EXISTS (SELECT 1 FROM bridge_cards b WHERE b.card_id = c.id)"""
        )
    ]


def add_guids(db: sqlite3.Connection, guids: Iterable[tuple[str, str]]) -> None:
    """Record (card id, GUID) pairs."""
    db.executemany("INSERT INTO bridge_cards (card_id, guid) VALUES (?, ?)", guids)


def cards_by_guid(db: sqlite3.Connection, guids: Iterable[str] | None = None) -> dict[str, str]:
    """srs card ids by note GUID: of `guids` (those that are srs cards), or of every card."""
    if guids is None:
        return dict(db.execute("SELECT guid, card_id FROM bridge_cards").fetchall())
    found: dict[str, str] = {}
    for chunk in _chunks(sorted(set(guids))):
        marks = ", ".join("?" * len(chunk))
        found.update(
            db.execute(
                f"SELECT guid, card_id FROM bridge_cards WHERE guid IN ({marks})", chunk
            ).fetchall()
        )
    return found


def bridge_cids(db: sqlite3.Connection, card_ids: Iterable[str]) -> dict[str, tuple[int, str]]:
    """The bridge card each of `card_ids` was pushed to, with its note's GUID (those
    pushed)."""
    found: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(sorted(set(card_ids))):
        marks = ", ".join("?" * len(chunk))
        found.update(
            (card_id, (cid, guid))
            for card_id, cid, guid in db.execute(
                f"""SELECT card_id, cid, guid FROM bridge_cards
                    WHERE card_id IN ({marks}) AND cid IS NOT NULL""",
                chunk,
            )
        )
    return found


def moved_cards(db: sqlite3.Connection) -> set[str]:
    """Cards whose note was in a note type of the user's at the last push."""
    return {row[0] for row in db.execute("SELECT card_id FROM bridge_cards WHERE moved != 0")}


def changed_since_push(
    db: sqlite3.Connection, log_id: int, now_ms: int, next_day_ms: int
) -> set[str]:
    """Pushed cards whose Anki columns may differ from what was pushed: their schedule,
    hold or new order changed, time turned one of the time-bound facts, or they have
    review-log rows newer than `log_id`."""
    differs = " OR ".join(f"b.{name} IS NOT {value}" for name, value in _INPUTS.items())
    rows = db.execute(
        f"""SELECT c.id FROM bridge_cards b JOIN cards c ON c.id = b.card_id
            WHERE b.cid IS NOT NULL AND ({differs})
            UNION SELECT card_id FROM review_log WHERE id > :log_id""",
        {"now": now_ms, "next_day": next_day_ms, "log_id": log_id},
    )
    return {row[0] for row in rows}


def record_pushed(
    db: sqlite3.Connection, cards: Iterable[PushedCard], now_ms: int, next_day_ms: int
) -> None:
    """Record what each card's pushed schedule was made from (its row in `cards` now),
    or that it is not in the bridge."""
    names = ", ".join(_INPUTS)
    values = ", ".join(_INPUTS.values())
    there: list[dict[str, object]] = []
    gone: list[tuple[str]] = []
    for card in cards:
        if card.cid is None:
            gone.append((card.card_id,))
        else:
            there.append(
                {
                    "card": card.card_id,
                    "cid": card.cid,
                    "moved": int(card.moved),
                    "now": now_ms,
                    "next_day": next_day_ms,
                }
            )
    db.executemany(
        f"""UPDATE bridge_cards SET cid = :cid, moved = :moved,
            ({names}) = (SELECT {values} FROM cards c WHERE c.id = :card)
            WHERE card_id = :card""",
        there,
    )
    nothing = ", ".join(f"{name} = NULL" for name in _INPUTS)
    db.executemany(
        f"UPDATE bridge_cards SET cid = NULL, moved = 0, {nothing} WHERE card_id = ?", gone
    )
