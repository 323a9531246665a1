"""The current deck: the one `srs` commands use when no --deck is given."""

from __future__ import annotations

from pathlib import Path

from srs.atomic import atomic_write_text
from srs.locations import Locations
from srs.text import is_slug

__all__ = ["current_slug", "set_current_slug"]


def current_slug(home: Path) -> str | None:
    """The slug in data directory `home`'s `current-deck`; a damaged pointer (not UTF-8,
    not a slug) counts as none, so `srs build` can write it anew instead of every command
    failing on it."""
    marker = Locations(home).current_deck
    try:
        slug = marker.read_bytes()[:200].decode("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return slug if is_slug(slug) else None


def set_current_slug(home: Path, slug: str) -> None:
    atomic_write_text(Locations(home).current_deck, slug + "\n")
