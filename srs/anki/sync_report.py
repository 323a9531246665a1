"""What `srs sync` tells: its report, and the one question it may ask."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from srs.errors import SrsError

__all__ = ["FullSyncChoice", "Say", "SyncReport"]

Say = Callable[[str], None]


class FullSyncChoice(SrsError):
    """The server wants a full sync and both sides changed: the user must choose."""


@dataclass(frozen=True)
class SyncReport:
    pushed_notes: int
    pushed_reviews: int
    pulled_reviews: int
    cards_replayed: int
    #: "upload", "download" or None (a normal sync)
    full_sync: str | None
    #: cards suspended, unsuspended, buried or unburied on another device
    pulled_holds: int = 0
    #: srs notes moved to another note type on another device (their text left alone)
    notes_in_user_note_types: int = 0
    #: where a damaged bridge collection was kept (the run rebuilt the bridge)
    bridge_set_aside: str | None = None
    #: why it was set aside
    bridge_damage: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "pushed_notes": self.pushed_notes,
            "pushed_reviews": self.pushed_reviews,
            "pulled_reviews": self.pulled_reviews,
            "cards_replayed": self.cards_replayed,
            "full_sync": self.full_sync,
            "pulled_holds": self.pulled_holds,
            "notes_in_user_note_types": self.notes_in_user_note_types,
            "bridge_set_aside": self.bridge_set_aside,
        }
