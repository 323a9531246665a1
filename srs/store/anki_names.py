"""The name of each deck's Anki deck: unique among srs's decks and fixed once given.

Anki tells decks apart by name (case-insensitively), so two srs decks whose lists
share a title would become one Anki deck, and a phone would show both decks' cards
in it. A deck's Anki name is its title when no other deck has that name, else
`<title> (<slug>)`; it is given when the deck first enters the database and never
changes after (a new title, or a deck renamed with `srs decks rename`, keeps it), so
a synced deck stays the same Anki deck.
"""

from __future__ import annotations

import sqlite3

__all__ = ["anki_deck_name", "assign_anki_name", "unique_anki_name"]


def _key(name: str) -> str:
    """How Anki compares deck names: `::` splits, spaces fold, case does not count."""
    return " ".join(name.replace("::", ":").split()).casefold()


def unique_anki_name(title: str, slug: str, taken: set[str]) -> str:
    """`title`, or `title (slug)` when another deck's Anki name is `title` (`taken`:
    their names, as `_key` gives them)."""
    for name in (title, f"{title} ({slug})"):
        if _key(name) not in taken:
            return name
    number = 2
    while _key(f"{title} ({slug}) {number}") in taken:
        number += 1
    return f"{title} ({slug}) {number}"


def assign_anki_name(db: sqlite3.Connection, slug: str) -> None:
    """Give deck `slug` its Anki name if it has none yet (inside the caller's
    transaction)."""
    row = db.execute("SELECT title, anki_name FROM decks WHERE slug = ?", (slug,)).fetchone()
    if row is None or row[1] is not None:
        return
    taken = {
        _key(name)
        for (name,) in db.execute(
            "SELECT anki_name FROM decks WHERE slug != ? AND anki_name IS NOT NULL", (slug,)
        )
    }
    name = unique_anki_name(row[0] or slug, slug, taken)
    db.execute("UPDATE decks SET anki_name = ? WHERE slug = ?", (name, slug))


def anki_deck_name(db: sqlite3.Connection, slug: str) -> str:
    """Deck `slug`'s Anki name (its slug, for a deck not in the database)."""
    row = db.execute("SELECT anki_name, title FROM decks WHERE slug = ?", (slug,)).fetchone()
    if row is None:
        return slug
    return str(row[0] or row[1] or slug)
