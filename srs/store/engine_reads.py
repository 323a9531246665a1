"""What a session reads of its decks, for the other layers: cards, rows for an export,
review records, titles (the `Engine`'s reads, one call to `card_reads` each)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from srs.store import card_reads
from srs.store.anki_names import anki_deck_name
from srs.store.anki_revlog import DayNumbers, PackageLog, package_snapshot
from srs.store.card_reads import ExportSummary
from srs.store.card_row import CardView, ExportRow
from srs.store.review_log import ReviewEntry, ReviewRecord, deck_review_records, history
from srs.store.session_scope import Scope

__all__ = ["EngineReads"]


class EngineReads:
    """The engine's reads (mixed into `Engine`, which sets these attributes)."""

    db: sqlite3.Connection
    home: Path
    deck: str
    scope: Scope
    _titles: dict[str, str]

    def card(self, card_id: str) -> CardView:
        return card_reads.card(self.db, card_id)

    def kinds_and_sections(self, ids: list[str]) -> list[tuple[str, str, str]]:
        """(id, kind, section) of each of `ids`, in their order."""
        return card_reads.kinds_and_sections(self.db, ids)

    def cards(self, *, include_retired: bool = False) -> list[CardView]:
        """The cards of the session's decks (each deck's in its order)."""
        return [
            card
            for deck in self.scope.decks
            for card in card_reads.cards(self.db, deck, include_retired=include_retired)
        ]

    def export_rows(self, *, by_id: bool = False) -> Iterator[ExportRow]:
        """Every card of the deck for an export (see `card_reads.export_rows`)."""
        return card_reads.export_rows(self.db, self.deck, by_id=by_id)

    def review_records(self) -> Iterator[tuple[str, ReviewRecord]]:
        """The deck's standing reviews as (card id, record), by card id then time."""
        return deck_review_records(self.db, self.deck)

    def package_log(
        self, package: sqlite3.Connection, scratch: Path, day_numbers: DayNumbers
    ) -> AbstractContextManager[PackageLog]:
        """The deck's review log for an exported package (its collection's connection
        `package`), read in a thread in one snapshot with the cards read meanwhile
        (srs.store.anki_revlog)."""
        return package_snapshot(self.db, self.home, self.deck, package, scratch, day_numbers)

    def export_summary(self) -> ExportSummary:
        """What an export must know before it streams the cards (one query)."""
        return card_reads.export_summary(self.db, self.deck)

    def standing_reviews(self) -> int:
        """How many reviews of this deck stand (not undone)."""
        return card_reads.standing_reviews(self.db, self.deck)

    def history(self, card_id: str) -> list[ReviewEntry]:
        return history(self.db, card_id)

    def deck_info(self) -> tuple[str, list[str]]:
        return card_reads.deck_info(self.db, self.deck)

    def anki_deck_name(self) -> str:
        """The name of the deck's Anki deck (srs.store.anki_names)."""
        return anki_deck_name(self.db, self.deck)

    def deck_info_of(self, slug: str) -> tuple[str, list[str]]:
        """Deck `slug`'s title and sections."""
        return card_reads.deck_info(self.db, slug)

    def deck_title(self, slug: str) -> str:
        """Deck `slug`'s title (kept: a header asks on every card)."""
        if slug not in self._titles:
            self._titles[slug] = card_reads.deck_info(self.db, slug)[0]
        return self._titles[slug]

    def session_title(self) -> str:
        """What the session reviews: the deck's title, or "All decks"."""
        return "All decks" if self.scope.several else self.deck_title(self.deck)
