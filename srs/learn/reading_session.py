"""The reading plans of a review session's decks (one, or several with `--all`), and
what the end of a session suggests reading: the next entry once no new cards are left,
and the entries whose cards lapse together."""

from __future__ import annotations

from dataclasses import dataclass

from srs.errors import BadInput
from srs.learn.reading_plan import EntryState, ReadingPlan, reading_plan
from srs.store.day_queue import new_cards_left
from srs.store.engine import Engine

__all__ = ["SessionPlans", "Suggestion", "session_plans", "suggestions"]


@dataclass(frozen=True)
class SessionPlans:
    plans: list[ReadingPlan]
    #: decks without a plan, each a one-line reason (a deck file listing no entries)
    missing: list[str]


@dataclass(frozen=True)
class Suggestion:
    """What one deck suggests reading."""

    deck: str
    #: the next entry to read, when no new card of the deck is left to learn
    read_next: EntryState | None
    #: entries several of whose cards lapsed in the last week
    reread: list[EntryState]


def session_plans(engine: Engine) -> SessionPlans:
    """The reading plan of each of the session's decks, in the session's order."""
    plans: list[ReadingPlan] = []
    missing: list[str] = []
    for slug in engine.scope.decks:
        try:
            plans.append(reading_plan(engine, slug))
        except BadInput as exc:
            missing.append(exc.message)
    return SessionPlans(plans, missing)


def suggestions(engine: Engine) -> list[Suggestion]:
    """Per deck of the session that has something to suggest: the entry to read next
    when the deck has no new card left (every one learned, or waiting for its entry
    with new_cards = "read"), and the entries to re-read."""
    found: list[Suggestion] = []
    for plan in session_plans(engine).plans:
        left = new_cards_left(engine.db, plan.deck, engine.config.new_cards)
        upcoming = None if left else plan.next_entry()
        reread = plan.to_reread()
        if upcoming is not None or reread:
            found.append(Suggestion(plan.deck, upcoming, reread))
    return found
