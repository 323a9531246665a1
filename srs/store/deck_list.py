"""`srs decks`: every deck with a deck file, with its counts from the database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from srs.deck.current import current_slug
from srs.locations import Locations

__all__ = ["DeckSummary", "list_decks"]


@dataclass(frozen=True)
class DeckSummary:
    slug: str
    title: str
    cards: int  # cards not retired
    new: int
    reviews: int
    current: bool

    def to_json(self) -> dict[str, object]:
        return {
            "slug": self.slug,
            "title": self.title,
            "cards": self.cards,
            "new": self.new,
            "reviews": self.reviews,
            "current": self.current,
        }


def _counts(db_file: Path) -> dict[str, tuple[str, int, int, int]]:
    """Each deck in the database: (title, cards not retired, new, standing reviews); none
    for a missing, empty or damaged database."""
    counts: dict[str, tuple[str, int, int, int]] = {}
    if not (db_file.exists() and db_file.stat().st_size > 0):
        return counts
    try:
        db = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            for slug, title, cards, new, reviews in db.execute(
                """SELECT d.slug, d.title,
                     (SELECT COUNT(*) FROM cards c WHERE c.deck = d.slug
                        AND c.retired_at IS NULL),
                     (SELECT COUNT(*) FROM cards c WHERE c.deck = d.slug
                        AND c.retired_at IS NULL AND c.state IS NULL),
                     (SELECT COUNT(*) FROM review_log r WHERE r.deck = d.slug
                        AND r.undone_at IS NULL)
                   FROM decks d"""
            ):
                counts[slug] = (title, cards, new, reviews)
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return {}  # a damaged database: the files still list
    return counts


def list_decks(home: Path) -> list[DeckSummary]:
    """Every deck with a deck file, with counts from the database (read-only; no backup,
    no migration, no deck load: listing never writes)."""
    slugs = sorted(path.stem for path in Locations(home).decks.glob("*.yaml"))
    current = current_slug(home)
    counts = _counts(Locations(home).database)
    return [
        DeckSummary(
            slug=slug,
            title=counts.get(slug, (slug, 0, 0, 0))[0],
            cards=counts.get(slug, ("", 0, 0, 0))[1],
            new=counts.get(slug, ("", 0, 0, 0))[2],
            reviews=counts.get(slug, ("", 0, 0, 0))[3],
            current=slug == current,
        )
        for slug in slugs
    ]
