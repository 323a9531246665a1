"""The decks in the data directory: find one by slug, list them all, pick the current one."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from srs.deck.current import current_slug, set_current_slug
from srs.deck.deckfile import deck_path
from srs.errors import BadInput
from srs.locations import Locations, decks_dir

__all__ = ["DeckSummary", "list_decks", "resolve_deck_path", "use_deck"]


def resolve_deck_path(slug: str | None) -> Path:
    slug = slug or current_slug()
    if slug is None:
        raise BadInput("no deck yet: run `srs build` to make one from the bundled list")
    path = deck_path(slug)
    if not path.exists():
        raise BadInput(f"{path}: no deck named {slug!r} (run `srs build` first)")
    return path


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


def list_decks(home: Path) -> list[DeckSummary]:
    """Every deck with a deck file, with counts from the database (read-only; no backup,
    no migration, no sync: listing never writes)."""
    slugs = sorted(path.stem for path in decks_dir().glob("*.yaml"))
    current = current_slug()
    counts: dict[str, tuple[str, int, int, int]] = {}
    db_file = Locations(home).database
    if db_file.exists() and db_file.stat().st_size > 0:
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
            counts = {}  # a damaged database: the files still list
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


def use_deck(slug: str) -> Path:
    """Make `slug` the current deck (the one commands use without --deck)."""
    path = resolve_deck_path(slug)
    set_current_slug(slug)
    return path
