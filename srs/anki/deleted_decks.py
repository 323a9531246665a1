"""Decks deleted in srs (`srs decks delete`) leave Anki too: the next `srs sync` removes
their notes from the bridge collection, and their Anki deck if nothing else is left in
it; the sync sends the removals to the server, so every device loses the deck. Until
then they wait in `deleted-decks.json` beside the bridge."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from srs.anki.bridge import Bridge
from srs.atomic import atomic_write_text

__all__ = ["DeckToRemove", "apply_deleted", "clear_deleted", "pending_deleted", "record_deleted"]


@dataclass(frozen=True)
class DeckToRemove:
    #: the deck's Anki name (its Anki deck and subdecks go when left empty)
    anki_name: str
    #: its notes' GUIDs
    guids: list[str]


def _file(bridge_path: Path) -> Path:
    return bridge_path.parent / "deleted-decks.json"


def pending_deleted(bridge_path: Path) -> list[DeckToRemove]:
    try:
        data = json.loads(_file(bridge_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return [
        DeckToRemove(str(item["anki_name"]), [str(guid) for guid in item["guids"]])
        for item in data
        if isinstance(item, dict) and isinstance(item.get("guids"), list) and "anki_name" in item
    ]


def record_deleted(bridge_path: Path, deck: DeckToRemove) -> None:
    """Remember that `deck` leaves Anki at the next sync."""
    pending = [*pending_deleted(bridge_path), deck]
    bridge_path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(
        _file(bridge_path),
        json.dumps([{"anki_name": d.anki_name, "guids": d.guids} for d in pending]),
    )


def clear_deleted(bridge_path: Path) -> None:
    _file(bridge_path).unlink(missing_ok=True)


def apply_deleted(bridge: Bridge, decks: list[DeckToRemove]) -> int:
    """Remove the notes of `decks` from the bridge, and each deck's Anki deck (with its
    subdecks) when no card is left in it; returns how many notes went."""
    from anki.decks import DeckId
    from anki.notes import NoteId

    col = bridge.col
    removed = 0
    for deck in decks:
        wanted = set(deck.guids)
        nids = [
            NoteId(nid)
            for nid, guid in bridge.db.all("SELECT id, guid FROM notes")
            if guid in wanted
        ]
        if nids:
            removed += col.remove_notes(nids).count
        did = col.decks.id_for_name(deck.anki_name)
        if did is None:
            continue
        dids = [DeckId(d) for d in col.decks.deck_and_child_ids(did)]
        in_them = ", ".join(str(int(d)) for d in dids)
        if not bridge.db.scalar(
            f"SELECT EXISTS (SELECT 1 FROM cards WHERE did IN ({in_them}) OR odid IN ({in_them}))"
        ):
            col.decks.remove([did])
    return removed
