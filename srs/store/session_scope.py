"""What a review session covers: one deck or several (`--all`), all their cards or a
part (`--section`, `--entry`), for real or as cramming (`--cram`); and which of its
decks a card or a review belongs to."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from srs.errors import BadInput
from srs.store.subset import Subset, resolve_entries, resolve_section

__all__ = ["Scope", "deck_of_card", "deck_of_review", "resolve_scope"]


@dataclass(frozen=True)
class Scope:
    """A session's decks (slugs, sorted), part of them, and whether it crams."""

    decks: tuple[str, ...]
    subset: Subset | None = None
    cram: bool = False

    @property
    def several(self) -> bool:
        return len(self.decks) > 1


def resolve_scope(
    db: sqlite3.Connection,
    decks: Sequence[str],
    *,
    section: str | None = None,
    entries: Sequence[str] = (),
    cram: bool = False,
) -> Scope:
    """The scope over `decks` with the section and entries their names mean (BadInput:
    a name that means none, or several)."""
    ordered = tuple(sorted(decks))
    sections = (resolve_section(db, ordered, section),) if section is not None else ()
    keys = resolve_entries(db, ordered, entries) if entries else ()
    subset = Subset(sections, keys) if sections or keys else None
    return Scope(ordered, subset, cram)


def deck_of_card(db: sqlite3.Connection, card_id: str) -> str:
    """The deck of a card (BadInput: no such card)."""
    row = db.execute("SELECT deck FROM cards WHERE id = ?", (card_id,)).fetchone()
    if row is None:
        raise BadInput(f"no card with id {card_id!r}")
    return str(row[0])


def deck_of_review(db: sqlite3.Connection, log_id: int) -> str | None:
    """The deck of a review (None: no such review)."""
    row = db.execute("SELECT deck FROM review_log WHERE id = ?", (log_id,)).fetchone()
    return None if row is None else str(row[0])
