"""What `srs due` reports: the cards due now and today, by kind, and the next one due."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from srs.store.day_queue import waiting_behind_reading

if TYPE_CHECKING:
    from srs.store.engine import Engine

__all__ = ["due_report"]


def due_report(engine: Engine) -> dict[str, Any]:
    """The deck's counts due now and today, when the next card is due (ISO, or `None`)
    and today's queue in order, as `srs due --json` prints them."""
    queue = engine.queue()
    counts = queue.counts()
    upcoming = engine.next_due(queue)
    return {
        "deck": engine.deck,
        "title": engine.deck_info()[0],
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
        "queue": [
            {"id": cid, "kind": kind, "section": section}
            for cid, kind, section in engine.kinds_and_sections(queue.ordered())
        ],
    }
