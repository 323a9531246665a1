"""What `srs due` reports: the cards due now and today, by kind, and the next one due."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from srs.store.engine import Engine

__all__ = ["due_report"]


def due_report(engine: Engine) -> dict[str, Any]:
    """The session's counts due now and today, when the next card is due (ISO, or
    `None`) and today's queue in order, as `srs due --json` prints them; `deck` is
    `None` for several decks (`decks` names them)."""
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
        "queue": [
            {"id": cid, "kind": kind, "section": section}
            for cid, kind, section in engine.kinds_and_sections(queue.ordered())
        ],
    }
