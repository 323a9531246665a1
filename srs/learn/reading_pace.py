"""When a plan's new cards arrive if the learner reads N entries a week (`srs plan
--entries-per-week`), as new_cards = "read" brings them.

The new cards of entries read, being read or known are ready now (a known entry's as
if read); the unread entries are read in list order, entry k (from 0) on day
⌊7k / N⌋ (N a week, spread over the week), and their new cards join those waiting
that day. Cards of skipped entries never come. The daily new limit still applies.
"""

from __future__ import annotations

from dataclasses import dataclass

from srs.learn.reading_plan import reading_plan
from srs.store.engine import Engine
from srs.store.learning_data import new_cards_by_entry

__all__ = ["ReadingPace", "reading_day", "reading_pace"]


@dataclass(frozen=True)
class ReadingPace:
    entries_per_week: int
    #: new cards ready now (their entries read, being read or known)
    ready: int
    #: new cards that arrive on each planned day, as their entries are read
    arrivals: list[int]
    #: unread entries, and how many of them the plan reads within its days
    unread: int
    entries_read: int

    @property
    def arriving(self) -> int:
        return sum(self.arrivals)


def reading_day(index: int, entries_per_week: int) -> int:
    """The day (from 0) the `index`-th unread entry (from 0) is read."""
    return 7 * index // entries_per_week


def reading_pace(engine: Engine, entries_per_week: int, days: int) -> ReadingPace:
    """The engine's deck read at `entries_per_week`, over `days` days."""
    plan = reading_plan(engine)
    new = new_cards_by_entry(engine.db, engine.deck)
    ready = sum(
        new.get(state.entry.key, 0)
        for state in plan.entries
        if state.status in ("read", "reading", "known")
    )
    unread = [state.entry.key for state in plan.entries if state.status == "unread"]
    arrivals = [0] * days
    read = 0
    if entries_per_week:
        for index, key in enumerate(unread):
            day = reading_day(index, entries_per_week)
            if day >= days:
                break
            arrivals[day] += new.get(key, 0)
            read += 1
    return ReadingPace(entries_per_week, ready, arrivals, len(unread), read)
