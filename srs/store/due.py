"""What `srs due` reports: the cards due now and today, by kind, and the next one due."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from srs.store.day_queue import waiting_behind_reading

if TYPE_CHECKING:
    from srs.store.engine import Engine

__all__ = ["buried_line", "due_report"]


def due_report(engine: Engine) -> dict[str, Any]:
    """The session's counts due now and today, when the next card is due (ISO, or
    `None`), the new cards `bury_siblings` holds back today and today's queue in order,
    as `srs due --json` prints them; `deck` is `None` for several decks (`decks` names
    them)."""
    queue = engine.queue()
    counts = queue.counts()
    upcoming = engine.next_due(queue)
    return {
        "deck": None if engine.scope.several else engine.deck,
        "decks": list(engine.scope.decks),
        "title": engine.session_title(),
        "now": {
            "new": counts.new,
            "learning": len(queue.learning_now),
            "review": queue.review_now,
        },
        "today": {"new": counts.new, "learning": counts.learning, "review": counts.review},
        "next_due": upcoming.isoformat() if upcoming else None,
        # new cards that wait until their entry is read (`srs read`), with new_cards = "read"
        "waiting_for_reading": (
            waiting_behind_reading(engine.db, engine.deck)
            if engine.config.new_cards == "read"
            else 0
        ),
        # new cards within the limit that wait because their entry has a card today
        "new_buried": queue.new_buried,
        "queue": [
            {"id": cid, "kind": kind, "section": section}
            for cid, kind, section in engine.kinds_and_sections(queue.ordered())
        ],
    }


def buried_line(count: int) -> str:
    """Why fewer new cards came today than `new_per_day` allows (`bury_siblings`)."""
    cards = "1 more new card waits" if count == 1 else f"{count} more new cards wait"
    return (
        f"{cards} for another day: a card of the same entry comes today (bury_siblings, as in Anki)"
    )
