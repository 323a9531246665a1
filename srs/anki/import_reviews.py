"""`srs import-anki`: reviews made in Anki come into srs's log, once each."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from srs.anki.export import note_guid
from srs.anki.source import read_anki_file
from srs.store.card_ids import all_card_ids
from srs.store.engine import Engine

__all__ = ["ImportReport", "cards_by_guid", "import_anki"]


@dataclass(frozen=True)
class ImportReport:
    reviews_added: int
    reviews_known: int
    cards_updated: int
    #: notes left alone, by reason ("not an srs card", "duplicate GUID")
    notes_skipped_why: Counter[str] = field(default_factory=Counter)
    #: review rows of srs cards not merged, by reason ("not a review", "bad answer time")
    reviews_skipped_why: Counter[str] = field(default_factory=Counter)

    @property
    def notes_skipped(self) -> int:
        return self.notes_skipped_why.total()

    @property
    def reviews_skipped(self) -> int:
        return self.reviews_skipped_why.total()

    def to_json(self) -> dict[str, object]:
        return {
            "reviews_added": self.reviews_added,
            "reviews_known": self.reviews_known,
            "cards_updated": self.cards_updated,
            "notes_skipped": self.notes_skipped,
            "reviews_skipped": self.reviews_skipped,
            "notes_skipped_why": dict(sorted(self.notes_skipped_why.items())),
            "reviews_skipped_why": dict(sorted(self.reviews_skipped_why.items())),
        }


def cards_by_guid(engine: Engine) -> dict[str, str]:
    """Every srs card (every deck, retired ones too) by its Anki note GUID."""
    return {note_guid(card_id): card_id for card_id in all_card_ids(engine.db)}


def import_anki(engine: Engine, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Merge the reviews of srs cards found in the Anki file at `path`."""
    found = read_anki_file(path, cards_by_guid(engine))
    merged = engine.merge_reviews(found.by_card, dry_run=dry_run)
    return ImportReport(
        reviews_added=merged.reviews_added,
        reviews_known=merged.reviews_known,
        cards_updated=merged.cards_updated,
        notes_skipped_why=found.notes_skipped,
        reviews_skipped_why=found.rows_skipped,
    )
