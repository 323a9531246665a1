"""The reading list as a reading plan: each entry with where the learner is with it
(unread, reading, read, skipped, known) and what they hold of it (cards learned,
retrievability now, recent lapses), the next entry to read, and which to re-read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from srs.clock import from_ms, to_ms
from srs.deck.deckfile import DeckEntry, load_deck
from srs.errors import BadInput
from srs.store.engine import Engine
from srs.store.entry_memory import entry_memory
from srs.store.reading_status import STATUSES, mark, marked

__all__ = ["EntryState", "ReadingPlan", "mark_entry", "reading_plan"]

WEEK_MS = 7 * 86_400_000
#: cards of one entry that lapse within a week: the paper was likely not understood
REREAD_LAPSES = 2


@dataclass(frozen=True)
class EntryState:
    #: its place in the list, from 1 (what `srs read --mark N` takes)
    number: int
    entry: DeckEntry
    status: str
    marked_at: datetime | None
    cards: int
    learned: int
    #: the mean retrievability of its learned cards now (None: none learned)
    retrievability: float | None
    #: lapses of its cards in the last 30 days
    lapses: int
    #: two or more of its cards lapsed in the last 7 days
    reread: bool

    def to_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "key": self.entry.key,
            "title": self.entry.title,
            "section": self.entry.section,
            "status": self.status,
            "marked_at": None if self.marked_at is None else self.marked_at.isoformat(),
            "cards": self.cards,
            "learned": self.learned,
            "retrievability": self.retrievability,
            "lapses_30d": self.lapses,
            "reread": self.reread,
            "links": [{"text": link.text, "url": link.url} for link in self.entry.links],
            "papers": list(self.entry.papers),
        }


@dataclass(frozen=True)
class ReadingPlan:
    deck: str
    title: str
    entries: list[EntryState]

    def sections(self) -> list[str]:
        return list(dict.fromkeys(state.entry.section for state in self.entries))

    def in_section(self, name: str | None) -> list[EntryState]:
        """The entries of the section `name` names (case-insensitive; a unique part of a
        name will do), or every entry."""
        if name is None:
            return self.entries
        sections = self.sections()
        wanted = name.casefold().strip()
        exact = [s for s in sections if s.casefold() == wanted]
        found = exact or [s for s in sections if wanted in s.casefold()]
        if len(found) != 1:
            listed = "; ".join(sections) or "none"
            why = "names no section" if not found else f"names {len(found)} sections"
            raise BadInput(f"--section {name!r} {why} of deck {self.deck!r} ({listed})")
        return [state for state in self.entries if state.entry.section == found[0]]

    def next_entry(self, section: str | None = None) -> EntryState | None:
        """The entry being read, else the first unread one in list order."""
        shown = self.in_section(section)
        reading = [state for state in shown if state.status == "reading"]
        if reading:
            return reading[0]
        return next((state for state in shown if state.status == "unread"), None)

    def to_reread(self) -> list[EntryState]:
        return [state for state in self.entries if state.reread]

    def find(self, which: str) -> EntryState:
        """An entry by its number in the list or by its key."""
        if which.isdigit() and 1 <= int(which) <= len(self.entries):
            return self.entries[int(which) - 1]
        for state in self.entries:
            if state.entry.key == which:
                return state
        raise BadInput(
            f"{which!r} is no entry of deck {self.deck!r}: give its number (1–"
            f"{len(self.entries)}, `srs read --list` shows them) or its key"
        )


def reading_plan(engine: Engine, deck: str | None = None) -> ReadingPlan:
    """Every entry of deck `deck` (default: the engine's) with its status and memory."""
    slug = deck or engine.deck
    path = engine.locations.deck(slug)
    listed = load_deck(path)
    if not listed.entries:
        raise BadInput(
            f"{path}: this deck file lists no entries "
            "(written before `srs read` existed); run `srs build` once"
        )
    now = engine.clock.now()
    now_ms = to_ms(now)
    statuses = marked(engine.db, slug)
    memory = entry_memory(engine.db, slug, now_ms)
    scheduler = engine.scheduler
    states: list[EntryState] = []
    for number, entry in enumerate(listed.entries, start=1):
        held = memory.get(entry.key)
        status = statuses.get(entry.key)
        recalls = (
            [scheduler.get_card_retrievability(c, now) for c in held.schedules] if held else []
        )
        recent = {card for at, card in held.lapses if at >= now_ms - WEEK_MS} if held else set()
        states.append(
            EntryState(
                number=number,
                entry=entry,
                status=status.status if status else "unread",
                marked_at=from_ms(status.at_ms) if status else None,
                cards=held.cards if held else 0,
                learned=held.learned if held else 0,
                retrievability=sum(recalls) / len(recalls) if recalls else None,
                lapses=len(held.lapses) if held else 0,
                reread=len(recent) >= REREAD_LAPSES,
            )
        )
    return ReadingPlan(deck=slug, title=listed.title, entries=states)


def mark_entry(engine: Engine, which: str, status: str, deck: str | None = None) -> EntryState:
    """Mark an entry (by number or key) of deck `deck` (default: the engine's) as
    `status`; returns it as it was before."""
    if status not in STATUSES:
        raise BadInput(f"--mark {status!r}: must be one of {', '.join(STATUSES)}")
    plan = reading_plan(engine, deck)
    state = plan.find(which)
    with engine.transaction():
        mark(engine.db, plan.deck, state.entry.key, status, to_ms(engine.clock.now()))
    return state
