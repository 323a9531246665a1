"""How far the learner has read (`srs stats`, the statistics screen): entries read out
of all per section, from each deck file's entries and their reading status, and the
entries read in the last 30 days."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from srs.clock import from_ms
from srs.deck.deckfile import load_deck
from srs.locations import Locations
from srs.store.reading_status import marked

__all__ = ["ReadEntry", "ReadingProgress", "SectionReading", "reading_progress"]

DAY_MS = 86_400_000


@dataclass(frozen=True)
class SectionReading:
    name: str
    entries: int
    read: int


@dataclass(frozen=True)
class ReadEntry:
    deck: str
    key: str
    title: str
    section: str
    #: when it was first marked (reading, then read, keeps the first mark), ISO 8601
    marked_at: str


@dataclass(frozen=True)
class ReadingProgress:
    entries: int
    read: int
    sections: list[SectionReading]
    #: entries marked read in the last 30 days, the latest first
    read_30d: list[ReadEntry]

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def reading_progress(
    db: sqlite3.Connection,
    locations: Locations,
    decks: Sequence[str],
    now_ms: int,
    *,
    several: bool = False,
) -> ReadingProgress | None:
    """Progress over `decks` (sections named `slug: section` when `several`); None when
    no deck file lists entries (one written before `srs read`, or none at all)."""
    sections: dict[str, SectionReading] = {}
    recent: list[tuple[int, ReadEntry]] = []
    for slug in decks:
        path = locations.deck(slug)
        if not path.exists():
            continue
        entries = load_deck(path).entries
        statuses = marked(db, slug)
        for entry in entries:
            name = f"{slug}: {entry.section}" if several else entry.section
            status = statuses.get(entry.key)
            done = status is not None and status.status == "read"
            was = sections.get(name, SectionReading(name, 0, 0))
            sections[name] = SectionReading(name, was.entries + 1, was.read + done)
            if done and status is not None and status.at_ms >= now_ms - 30 * DAY_MS:
                at = from_ms(status.at_ms).isoformat()
                recent.append(
                    (status.at_ms, ReadEntry(slug, entry.key, entry.title, entry.section, at))
                )
    if not sections:
        return None
    recent.sort(key=lambda pair: -pair[0])
    return ReadingProgress(
        entries=sum(s.entries for s in sections.values()),
        read=sum(s.read for s in sections.values()),
        sections=list(sections.values()),
        read_30d=[entry for _, entry in recent],
    )
