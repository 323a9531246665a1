"""The day's queue of several decks in one session (`srs review --all`), built as Anki's
v3 scheduler builds the queue of a parent deck (rslib/src/scheduler/queue/builder):

- learning cards of every deck, by due time: those due now before anything else, the
  rest after the main queue (learning ahead);
- reviews of every deck in one order (lowest retrievability first, as each deck's),
  each deck giving at most its own limit (`reviews_per_day` less what it reviewed
  today), all of them at most the total (`total_reviews_per_day` less today's reviews
  in every deck) — Anki's per-deck limits under the parent deck's;
- new cards deck by deck (decks by slug, each in its own order, Anki's default "deck"
  gather order), each deck at most `new_per_day`, all at most `total_new_per_day`;
- reviews and new cards mixed as `new_mix` says (Anki's default: mixed evenly).

Each deck's part is that deck's own queue (`day_queue.build_queue`), so a deck gives
the same cards here as alone, before the totals cut.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime

from srs.clock import to_ms
from srs.config import Config
from srs.store.day_queue import DayQueue, build_queue, done_today
from srs.store.subset import Subset

__all__ = ["build_decks_queue"]


def _retrievability_keys(db: sqlite3.Connection, ids: list[str], now_ms: int) -> dict[str, float]:
    """Each review card's `(now - last_review) / stability`: higher, less likely recalled
    (the key each deck's queue sorts its reviews by)."""
    keys: dict[str, float] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for cid, key in db.execute(
            f"SELECT id, (? - last_review) * 1.0 / stability FROM cards WHERE id IN ({marks})",
            (now_ms, *chunk),
        ):
            keys[cid] = key
    return keys


def build_decks_queue(
    db: sqlite3.Connection,
    decks: Sequence[str],
    config: Config,
    now: datetime,
    day: tuple[datetime, datetime],
    subset: Subset | None = None,
) -> DayQueue:
    """The day's queue of `decks` (in slug order) in one session; `day`: the user's day
    holding `now`; `subset`: only these sections or entries."""
    now_ms = to_ms(now)
    start_ms = to_ms(day[0])
    parts = [build_queue(db, deck, config, now, day, subset) for deck in sorted(decks)]
    new_done = reviews_done = 0
    for deck in decks:
        new, reviewed, _ = done_today(db, deck, start_ms)
        new_done += new
        reviews_done += reviewed

    dues: dict[str, int] = {}
    for part in parts:
        dues |= part.dues
    learning = sorted(
        [(part.dues[cid], cid) for part in parts for cid in part.learning_now]
        + [(due, cid) for part in parts for cid, due in part.learning_later]
    )
    reviews = [cid for part in parts for cid in part.review]
    keys = _retrievability_keys(db, reviews, now_ms)
    reviews.sort(key=lambda cid: (-keys[cid], cid))
    del reviews[max(0, config.total_reviews - reviews_done) :]
    new_cards = [cid for part in parts for cid in part.new]
    del new_cards[max(0, config.total_new - new_done) :]

    kept = {cid for _, cid in learning} | set(reviews)
    return DayQueue(
        learning_now=[cid for due, cid in learning if due <= now_ms],
        learning_later=[(cid, due) for due, cid in learning if due > now_ms],
        review=reviews,
        new=new_cards,
        review_now=sum(1 for cid in reviews if dues[cid] <= now_ms),
        dues={cid: due for cid, due in dues.items() if cid in kept},
        mix=config.new_mix,
    )
