"""Renaming and deleting a deck in the database (`srs decks rename`, `srs decks delete`;
the deck files and the Anki side are the caller's)."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from srs.deck.current import current_slug, set_current_slug
from srs.deck.deckfile import deck_path, load_deck, save_deck
from srs.deck.renames import forget_deck, record_rename
from srs.errors import BadInput
from srs.locations import Locations
from srs.store.anki_names import anki_deck_name
from srs.store.backup import make_backup
from srs.text import is_slug

if TYPE_CHECKING:
    from srs.store.engine import Engine

__all__ = [
    "DeletedDeck",
    "deck_card_ids",
    "delete_deck",
    "delete_deck_rows",
    "rename_deck",
    "rename_deck_rows",
]


def _exists(db: sqlite3.Connection, slug: str) -> bool:
    return db.execute("SELECT 1 FROM decks WHERE slug = ?", (slug,)).fetchone() is not None


def rename_deck_rows(db: sqlite3.Connection, old: str, new: str) -> None:
    """Deck `old` is called `new`: its cards keep their ids, so their schedules, reviews
    and Anki notes stay theirs; its Anki name stays (srs.store.anki_names). Inside the
    caller's transaction."""
    if not _exists(db, old):
        raise BadInput(f"no deck named {old!r} (`srs decks` lists them)")
    if _exists(db, new):
        raise BadInput(f"a deck named {new!r} exists already; choose another name")
    columns = [row[1] for row in db.execute("PRAGMA table_info(decks)")]
    rest = [column for column in columns if column != "slug"]
    db.execute(
        f"INSERT INTO decks (slug, {', '.join(rest)}) SELECT ?, {', '.join(rest)} "
        "FROM decks WHERE slug = ?",
        (new, old),
    )
    db.execute("UPDATE cards SET deck = ? WHERE deck = ?", (new, old))
    db.execute("UPDATE review_log SET deck = ? WHERE deck = ?", (new, old))
    db.execute("UPDATE entry_status SET deck = ? WHERE deck = ?", (new, old))
    db.execute("UPDATE schedule_sets SET deck = ? WHERE deck = ?", (new, old))
    db.execute("DELETE FROM decks WHERE slug = ?", (old,))


def deck_card_ids(db: sqlite3.Connection, slug: str) -> list[str]:
    """Every card id of deck `slug`, retired ones too."""
    return [row[0] for row in db.execute("SELECT id FROM cards WHERE deck = ?", (slug,))]


def delete_deck_rows(db: sqlite3.Connection, slug: str) -> int:
    """Delete deck `slug`: its cards, their reviews and what a sync recorded of them;
    returns how many reviews went. Inside the caller's transaction."""
    if not _exists(db, slug):
        raise BadInput(f"no deck named {slug!r} (`srs decks` lists them)")
    cards = "SELECT id FROM cards WHERE deck = ?"
    db.execute(f"DELETE FROM schedule_sets WHERE card_id IN ({cards})", (slug,))
    reviews = db.execute(f"DELETE FROM review_log WHERE card_id IN ({cards})", (slug,)).rowcount
    db.execute(f"DELETE FROM bridge_cards WHERE card_id IN ({cards})", (slug,))
    db.execute(f"DELETE FROM card_flags WHERE card_id IN ({cards})", (slug,))
    db.execute("DELETE FROM entry_status WHERE deck = ?", (slug,))
    db.execute("DELETE FROM cards WHERE deck = ?", (slug,))
    db.execute("DELETE FROM decks WHERE slug = ?", (slug,))
    return int(reviews)


def _drop_file(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_name(f".{path.name}.cache.json").unlink(missing_ok=True)  # its JSON copy


def rename_deck(engine: Engine, new: str) -> Path:
    """Rename the engine's deck to `new`: its file, its rows, the current-deck pointer,
    and a note that its list (which still says the old slug) builds into `new`. Card
    ids, history and the Anki deck stay. A backup of the database is taken first;
    returns it."""
    old, home = engine.deck, engine.home
    if not is_slug(new):
        raise BadInput(f"{new!r} is not a deck slug (letters, digits, - and _)")
    target = deck_path(home, new)
    if target.exists() or new == old:
        raise BadInput(f"a deck named {new!r} exists already; choose another name")
    source = deck_path(home, old)
    backup = make_backup(engine.db, home, engine.clock.now(), reason="before-rename")
    deck = load_deck(source)
    ids = deck.id_slug if deck.id_slug != new else ""
    save_deck(replace(deck, slug=new, ids=ids), target)
    try:
        with engine.transaction():
            rename_deck_rows(engine.db, old, new)
    except BaseException:
        _drop_file(target)
        raise
    _drop_file(source)
    record_rename(home, old, new)
    if current_slug(home) == old:
        set_current_slug(home, new)
    return backup


@dataclass(frozen=True)
class DeletedDeck:
    slug: str
    #: every card id it had (their Anki notes go too, with sync set up)
    card_ids: list[str]
    reviews: int
    #: the deck's Anki name
    anki_name: str
    #: the database backup taken first, and the deck file's copy beside it
    backup: Path
    deck_file: Path | None


def delete_deck(engine: Engine) -> DeletedDeck:
    """Delete the engine's deck: its cards and reviews from the database, its deck file
    (copied beside the backup of the database taken first)."""
    slug, home = engine.deck, engine.home
    backup = make_backup(engine.db, home, engine.clock.now(), reason="before-delete")
    source = deck_path(home, slug)
    kept = None
    if source.exists():
        kept = backup.with_name(f"{backup.stem}-deck-{slug}.yaml")
        shutil.copyfile(source, kept)
    card_ids = deck_card_ids(engine.db, slug)
    anki_name = anki_deck_name(engine.db, slug)
    with engine.transaction():
        reviews = delete_deck_rows(engine.db, slug)
    _drop_file(source)
    forget_deck(home, slug)
    if current_slug(home) == slug:
        Locations(home).current_deck.unlink(missing_ok=True)
    return DeletedDeck(slug, card_ids, reviews, anki_name, backup, kept)
