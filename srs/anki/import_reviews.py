"""`srs import-anki`: reviews made in Anki come into srs's log, once each."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from srs.anki.anki_source import anki_collection_file, read_reviews
from srs.anki.export import note_guid
from srs.store.engine import Engine

__all__ = ["ImportReport", "cards_by_guid", "import_anki"]


@dataclass(frozen=True)
class ImportReport:
    reviews_added: int
    reviews_known: int
    cards_updated: int
    notes_skipped: int
    reviews_skipped: int

    def as_json(self) -> dict[str, int]:
        return {
            "reviews_added": self.reviews_added,
            "reviews_known": self.reviews_known,
            "cards_updated": self.cards_updated,
            "notes_skipped": self.notes_skipped,
            "reviews_skipped": self.reviews_skipped,
        }


def cards_by_guid(engine: Engine) -> dict[str, str]:
    """Every srs card (every deck, retired ones too) by its Anki note GUID."""
    return {note_guid(card_id): card_id for (card_id,) in engine.db.execute("SELECT id FROM cards")}


def import_anki(engine: Engine, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Merge the reviews of srs cards found in the Anki file at `path`."""
    with anki_collection_file(path) as collection:
        found = read_reviews(collection, cards_by_guid(engine))
    merged = engine.merge_reviews(found.by_card, dry_run=dry_run)
    return ImportReport(
        reviews_added=merged.reviews_added,
        reviews_known=merged.reviews_known,
        cards_updated=merged.cards_updated,
        notes_skipped=found.notes_skipped,
        reviews_skipped=found.rows_skipped,
    )
