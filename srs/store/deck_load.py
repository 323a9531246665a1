"""Bring a built deck into the database without ever losing review history.

New cards enter as new; changed cards keep their schedule and history;
cards gone from the deck are retired (kept, never shown) and come back
with their history if their entry returns.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from srs.cards.card import Card
from srs.deck.deckfile import DeckFile
from srs.errors import BadInput
from srs.store.anki_names import assign_anki_name
from srs.store.card_row import CONTENT, content_values
from srs.store.flags import clear_changed

__all__ = ["DeckLoadReport", "load_into_database", "new_card_order"]


@dataclass
class DeckLoadReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    #: flagged cards whose text changed: their flags are cleared
    unflagged: list[str] = field(default_factory=list)


def new_card_order(cards: list[Card]) -> list[int]:
    """The order new cards are introduced in: the list's order of entries, kinds mixed.

    Entries keep the list's order, but the kinds take turns at leading an entry:
    the first entry starts with its gist, the next with its reverse card, the
    next with a cloze, and so on round the kinds (an entry without the kind
    whose turn it is starts with the next kind it has). With one new card per
    entry a day, a day mixes kinds instead of twenty gists in a row.
    Returns each card's rank.
    """
    by_entry: dict[str, list[int]] = {}
    kinds: dict[str, None] = {}
    for index, card in enumerate(cards):
        by_entry.setdefault(card.entry, []).append(index)
        kinds.setdefault(card.kind, None)
    turns = list(kinds)
    turn = 0
    order: list[int] = []
    for members in by_entry.values():
        present = [cards[i].kind for i in members]
        lead = 0
        for step in range(len(turns)):
            kind = turns[(turn + step) % len(turns)]
            if kind in present:
                turn = (turn + step + 1) % len(turns)
                lead = present.index(kind)
                break
        order.extend(members[lead:] + members[:lead])
    rank = [0] * len(cards)
    for position, index in enumerate(order):
        rank[index] = position
    return rank


def _taken_elsewhere(db: sqlite3.Connection, slug: str, ids: list[str]) -> tuple[str, str] | None:
    """The first of `ids` that a card of another deck already has (ids are global)."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        row = db.execute(
            f"SELECT id, deck FROM cards WHERE id IN ({', '.join('?' * len(chunk))}) "
            "AND deck != ? LIMIT 1",
            (*chunk, slug),
        ).fetchone()
        if row is not None:
            return str(row[0]), str(row[1])
    return None


def load_into_database(
    db: sqlite3.Connection, deck: DeckFile, now_ms: int, file_hash: str | None = None
) -> DeckLoadReport:
    report = DeckLoadReport()
    with db:
        db.execute("BEGIN IMMEDIATE")
        db.execute(
            """INSERT INTO decks (slug, title, source, sections, synced_hash, synced_at)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT(slug) DO UPDATE SET title = excluded.title,
                 source = excluded.source, sections = excluded.sections,
                 synced_hash = excluded.synced_hash, synced_at = excluded.synced_at""",
            (
                deck.slug,
                deck.title,
                deck.source,
                json.dumps(deck.sections, ensure_ascii=False),
                file_hash,
                now_ms,
            ),
        )
        assign_anki_name(db, deck.slug)
        existing = {
            row[0]: (row[1], row[2], (row[3], row[4]))
            for row in db.execute(
                "SELECT id, hash, retired_at, position, new_order FROM cards WHERE deck = ?",
                (deck.slug,),
            )
        }
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        moves: list[tuple[int, int, str]] = []
        restores: list[tuple[int, str]] = []
        orders = new_card_order(deck.cards)
        for position, card in enumerate(deck.cards):
            # the content's own hash, not the one in the file: a card edited by hand
            # (and locked) shows as edited at once, before any rebuild
            digest = card.content_hash()
            content = content_values(card, digest, position, orders[position])
            old = existing.pop(card.id, None)
            if old is None:
                inserts.append((card.id, deck.slug, *content, now_ms, now_ms))
                report.added.append(card.id)
                continue
            old_hash, retired_at, old_order = old
            if retired_at is not None:
                restores.append((now_ms, card.id))
                report.restored.append(card.id)
            if old_hash != digest:
                updates.append((*content, now_ms, card.id))
                report.changed.append(card.id)
            elif old_order != (position, orders[position]):
                moves.append((position, orders[position], card.id))
        taken = _taken_elsewhere(db, deck.slug, [row[0] for row in inserts])
        if taken:
            cid, other = taken
            raise BadInput(
                f"deck {deck.slug!r}: card id {cid!r} already belongs to deck {other!r} "
                "(a copied card, or a changed `slug:`?); give the card another id, or set "
                "the deck's slug back"
            )
        columns = ("id", "deck", *CONTENT, "added_at", "changed_at")
        db.executemany(
            f"INSERT INTO cards ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            inserts,
        )
        assignments = ", ".join(f"{column} = ?" for column in (*CONTENT, "changed_at"))
        db.executemany(f"UPDATE cards SET {assignments} WHERE id = ?", updates)
        report.unflagged = clear_changed(db, report.changed, now_ms)
        db.executemany("UPDATE cards SET position = ?, new_order = ? WHERE id = ?", moves)
        # retiring or restoring changes the exported note (its tags): stamp changed_at
        db.executemany("UPDATE cards SET retired_at = NULL, changed_at = ? WHERE id = ?", restores)
        gone = [cid for cid, (_, retired_at, _) in existing.items() if retired_at is None]
        db.executemany(
            "UPDATE cards SET retired_at = ?, changed_at = ? WHERE id = ?",
            [(now_ms, now_ms, cid) for cid in gone],
        )
        report.retired = gone
    return report
