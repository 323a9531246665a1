"""Bring a built deck into the database without ever losing review history.

New cards enter as new; changed cards keep their schedule and history;
cards gone from the deck are retired (kept, never shown) and come back
with their history if their entry returns.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from srs.deckfile import DeckFile

__all__ = ["SyncReport", "deck_file_hash", "sync_deck"]


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)


def deck_file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sync_deck(
    db: sqlite3.Connection, deck: DeckFile, now_ms: int, file_hash: str | None = None
) -> SyncReport:
    report = SyncReport()
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
        existing = {
            row[0]: (row[1], row[2], row[3])
            for row in db.execute(
                "SELECT id, hash, retired_at, position FROM cards WHERE deck = ?", (deck.slug,)
            )
        }
        inserts, updates, moves, restores = [], [], [], []
        for position, card in enumerate(deck.cards):
            links = json.dumps([[link.text, link.url] for link in card.links], ensure_ascii=False)
            tags = json.dumps(card.tags, ensure_ascii=False)
            # the columns entry … position, in the order of the INSERT and the UPDATE below
            content = (
                card.entry,
                card.kind,
                card.front,
                card.back,
                card.section,
                links,
                card.origin,
                card.hash,
                tags,
                position,
            )
            old = existing.pop(card.id, None)
            if old is None:
                inserts.append((card.id, deck.slug, *content, now_ms, now_ms))
                report.added.append(card.id)
                continue
            old_hash, retired_at, old_position = old
            if retired_at is not None:
                restores.append((now_ms, card.id))
                report.restored.append(card.id)
            if old_hash != card.hash:
                updates.append((*content, now_ms, card.id))
                report.changed.append(card.id)
            elif old_position != position:
                moves.append((position, card.id))
        db.executemany(
            """INSERT INTO cards (id, deck, entry, kind, front, back, section, links, origin,
                                  hash, tags, position, added_at, changed_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            inserts,
        )
        db.executemany(
            """UPDATE cards SET entry = ?, kind = ?, front = ?, back = ?, section = ?, links = ?,
                 origin = ?, hash = ?, tags = ?, position = ?, changed_at = ? WHERE id = ?""",
            updates,
        )
        db.executemany("UPDATE cards SET position = ? WHERE id = ?", moves)
        # retiring or restoring changes the exported note (its tags): stamp changed_at
        db.executemany("UPDATE cards SET retired_at = NULL, changed_at = ? WHERE id = ?", restores)
        gone = [cid for cid, (_, retired_at, _) in existing.items() if retired_at is None]
        db.executemany(
            "UPDATE cards SET retired_at = ?, changed_at = ? WHERE id = ?",
            [(now_ms, now_ms, cid) for cid in gone],
        )
        report.retired = gone
    return report
