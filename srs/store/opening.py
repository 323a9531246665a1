"""Opening a deck session: which deck, and its deck file brought into the database.

A session reviews one deck. Opening it may write: a deck file changed since the last
time (by `srs build`, or by hand) is brought into the database first.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from srs.deck.current import current_slug
from srs.errors import BadInput
from srs.store.deck_hash import deck_file_hash
from srs.store.sqlite_errors import database_error

if TYPE_CHECKING:
    from srs.store.deck_load import DeckLoadReport

__all__ = ["check_deck", "choose_deck", "deck_slugs", "load_if_changed"]


def choose_deck(db: sqlite3.Connection, wanted: str | None, home: Path) -> str:
    """`wanted`, else data directory `home`'s current deck, else the deck loaded last
    (BadInput: no deck)."""
    slug = wanted or current_slug(home)
    if slug is None:
        row = db.execute("SELECT slug FROM decks ORDER BY synced_at DESC LIMIT 1").fetchone()
        slug = row[0] if row else None
    if slug is None:
        raise BadInput("no deck yet: run `srs build` to make one from the bundled list")
    return str(slug)


def check_deck(db: sqlite3.Connection, slug: str) -> None:
    """BadInput when the database holds no deck `slug`."""
    if db.execute("SELECT 1 FROM decks WHERE slug = ?", (slug,)).fetchone() is None:
        raise BadInput(f"no deck named {slug!r} (run `srs build` first)")


def deck_slugs(db: sqlite3.Connection) -> list[str]:
    """Every deck in the database, by slug."""
    return [row[0] for row in db.execute("SELECT slug FROM decks ORDER BY slug")]


def load_if_changed(
    db: sqlite3.Connection, path: Path, deck: str, now_ms: int, home: Path
) -> DeckLoadReport | None:
    """Bring deck `deck`'s file at `path` into the database if it changed since the last
    load (None: no file, or no change)."""
    if not path.exists():
        return None
    digest = deck_file_hash(path)
    row = db.execute("SELECT synced_hash FROM decks WHERE slug = ?", (deck,)).fetchone()
    if row is not None and row[0] == digest:
        return None
    # the deck file's reader (YAML, the cards, the reading behind them): only when
    # there is work, never on the way to an unchanged deck's first card
    from srs.deck.deckfile import load_deck
    from srs.store.deck_load import load_into_database

    try:
        return load_into_database(db, load_deck(path), now_ms, digest)
    except sqlite3.OperationalError as exc:
        raise database_error(
            exc,
            home,
            what="the database is busy or unwritable",
            then=f"; {path} is saved and the next srs command brings it into the database",
        ) from None
