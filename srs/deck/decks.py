"""The decks in the data directory: find one by slug, pick the current one (the list
with its counts from the database is `srs.store.deck_list`)."""

from __future__ import annotations

from pathlib import Path

from srs.deck.current import current_slug, set_current_slug
from srs.deck.deckfile import deck_path
from srs.errors import BadInput

__all__ = ["resolve_deck_path", "use_deck"]


def resolve_deck_path(slug: str | None) -> Path:
    slug = slug or current_slug()
    if slug is None:
        raise BadInput("no deck yet: run `srs build` to make one from the bundled list")
    path = deck_path(slug)
    if not path.exists():
        raise BadInput(f"{path}: no deck named {slug!r} (run `srs build` first)")
    return path


def use_deck(slug: str) -> Path:
    """Make `slug` the current deck (the one commands use without --deck)."""
    path = resolve_deck_path(slug)
    set_current_slug(slug)
    return path
