"""What `srs where` reports: the data directory's paths, the current deck, the backups."""

from __future__ import annotations

from pathlib import Path

from srs.deck.current import current_slug
from srs.locations import Locations
from srs.store.backup import backups

__all__ = ["where_report"]


def where_report(home: Path) -> dict[str, object]:
    """Every path of data directory `home`, its current deck (or `None`) and how many
    backups it holds, as `srs where --json` prints them."""
    return {
        **Locations(home).to_json(),
        "current_deck": current_slug(home),
        "backup_count": len(backups(home)),
    }
