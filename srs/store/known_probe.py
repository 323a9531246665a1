"""An entry the learner knows already (status "known", srs.store.reading_status): one
probe card first, then the rest as its answer says.

The probe is the entry's gist card (what the entry is about), or its first card in
the deck file when it has no gist card that can come (new, not retired, suspended or
flagged). While every card of a known entry
is new, only the probe comes as a new card; the others wait for its answer. The
first answer to a card of such an entry is the probe's answer:

* recalled (Hard, Good, Easy): each of the entry's other new cards starts as if it had
  been answered Easy once at that moment (in review, due after FSRS's first stability
  for Easy, w[3], under the parameters in use: 8 days with FSRS-6's defaults, fuzzed),
  logged as a schedule set of kind "known" (srs.store.schedule_sets), not as a review;
* forgotten (Again): nothing is set; the others come as new cards as usual.

An entry marked known after some of its cards were answered has no probe: its new
cards come as usual. Undoing the probe's answer undoes the set (srs.store.answering).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from fsrs import Rating as FsrsRating
from fsrs import Scheduler

from srs.clock import to_ms
from srs.store.rating import Rating
from srs.store.schedule_codec import new_fsrs_card, schedule_row, write_schedule_rows
from srs.store.schedule_sets import record_sets

__all__ = ["AS_RATING", "WAITS_FOR_PROBE", "answer_probe", "has_known"]

#: the cards of a known entry whose probe was recalled start as if answered this once
AS_RATING = Rating.EASY

_PROBE = """(SELECT p.id FROM cards p WHERE p.deck = c.deck AND p.entry = c.entry
    AND p.state IS NULL AND p.retired_at IS NULL AND p.suspended = 0
    AND p.id NOT IN (SELECT card_id FROM card_flags WHERE cleared_at IS NULL)
    ORDER BY p.kind != 'gist', p.position, p.id LIMIT 1)"""
_ANSWERED = """EXISTS (SELECT 1 FROM cards o WHERE o.deck = c.deck AND o.entry = c.entry
    AND o.state IS NOT NULL)"""

#: an SQL condition on a new card `c` whose entry's status is `{status}`: it waits for
#: its entry's probe (a known entry, every card new, and `c` not the probe)
WAITS_FOR_PROBE = (
    f"(CASE WHEN {{status}} = 'known' THEN NOT {_ANSWERED} AND c.id IS NOT {_PROBE} ELSE 0 END)"
)


def has_known(db: sqlite3.Connection, deck: str) -> bool:
    """Whether some entry of `deck` is marked known."""
    row = db.execute(
        "SELECT 1 FROM entry_status WHERE deck = ? AND status = 'known' LIMIT 1", (deck,)
    ).fetchone()
    return row is not None


def answer_probe(
    db: sqlite3.Connection,
    scheduler: Scheduler,
    *,
    deck: str,
    entry: str,
    card_id: str,
    rating: Rating,
    at: datetime,
    review_id: int,
) -> int | None:
    """After the answer `review_id` to a card that was new (inside the caller's
    transaction): if it was its known entry's probe, set the others when recalled.
    Returns how many cards were set (0: forgotten); None: not a probe."""
    known = db.execute(
        "SELECT 1 FROM entry_status WHERE deck = ? AND entry = ? AND status = 'known'",
        (deck, entry),
    ).fetchone()
    if known is None:
        return None
    answered_before = db.execute(
        """SELECT 1 FROM cards WHERE deck = ? AND entry = ? AND id != ? AND state IS NOT NULL
           LIMIT 1""",
        (deck, entry, card_id),
    ).fetchone()
    if answered_before is not None:
        return None
    if rating == Rating.AGAIN:
        return 0
    others = [
        row[0]
        for row in db.execute(
            """SELECT id FROM cards WHERE deck = ? AND entry = ? AND id != ?
               AND state IS NULL AND retired_at IS NULL ORDER BY new_order, id""",
            (deck, entry, card_id),
        )
    ]
    schedules = []
    for other in others:
        card, _ = scheduler.review_card(new_fsrs_card(other, at), FsrsRating(int(AS_RATING)), at)
        schedules.append(schedule_row(other, card))
    write_schedule_rows(db, schedules)
    record_sets(
        db,
        [(other, deck, entry) for other in others],
        kind="known",
        as_rating=int(AS_RATING),
        set_at_ms=to_ms(at),
        review_id=review_id,
    )
    return len(others)
