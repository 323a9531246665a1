"""The decks in the data directory: find one by slug, pick the current one (the list
with its counts from the database is `srs.store.deck_list`)."""

from __future__ import annotations

from pathlib import Path

from srs.deck.current import current_slug, set_current_slug
from srs.deck.deckfile import deck_path
from srs.errors import BadInput

__all__ = ["resolve_deck_path", "use_deck"]


def resolve_deck_path(slug: str | None, home: Path) -> Path:
    """Deck `slug`'s file in data directory `home` (default: the current deck)."""
    slug = slug or current_slug(home)
    if slug is None:
        raise BadInput("no deck yet: run `srs build` to make one from the bundled list")
    path = deck_path(home, slug)
    if not path.exists():
        raise BadInput(f"{path}: no deck named {slug!r} (run `srs build` first)")
    return path


def use_deck(slug: str, home: Path) -> Path:
    """Make `slug` the current deck of `home` (the one commands use without --deck)."""
    path = resolve_deck_path(slug, home)
    set_current_slug(home, slug)
    return path
