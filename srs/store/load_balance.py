"""Load balancing and easy days, as Anki 24.11 has them (off by default).

With `load_balance = true`, a card going to (or staying in) review is not placed by
FSRS's fuzz but on the least-loaded day of the same fuzz range (py-fsrs's
`FUZZ_RANGES`: about ±15 % for short intervals, ±5 % for long ones): the day with the
fewest cards already due. `easy_days` (weekdays, e.g. `["sat", "sun"]`) count double
there, so fewer cards land on them unless every day of the range is an easy day. Ties
go to the day nearest the interval FSRS computed, then the earlier one.
"""

from __future__ import annotations

import math
import sqlite3
from datetime import datetime, timedelta, tzinfo

from srs.clock import to_ms
from srs.store.fuzz import fuzz_range
from srs.store.user_day import DayCounter

__all__ = ["WEEKDAYS", "balanced_due"]

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def balanced_due(
    db: sqlite3.Connection,
    *,
    deck: str,
    card_id: str,
    now: datetime,
    due: datetime,
    tz: tzinfo,
    starts_at: tuple[int, int],
    maximum_interval: int,
    easy_days: tuple[str, ...],
) -> datetime:
    """The due date to use instead of `due` (an unfuzzed review due date)."""
    days = DayCounter(now, tz, starts_at)
    interval = days.offset(to_ms(due))
    if interval < 3:  # fuzz starts at 2.5 days: nothing to choose from
        return due
    low, high = fuzz_range(interval, maximum_interval)
    if low == high:
        return due
    load = dict.fromkeys(range(low, high + 1), 0)
    window_start = now + timedelta(days=low - 1)
    window_end = now + timedelta(days=high + 2)
    for (due_ms,) in db.execute(
        """SELECT due FROM cards WHERE deck = ? AND state IS NOT NULL AND retired_at IS NULL
           AND suspended = 0 AND id != ? AND due >= ? AND due < ?""",
        (deck, card_id, to_ms(window_start), to_ms(window_end)),
    ):
        day = days.offset(due_ms)
        if day in load:
            load[day] += 1
    easy = set(easy_days)
    today = days.anchor_date

    def cost(day: int) -> tuple[float, int, int]:
        weekday = WEEKDAYS[(today + timedelta(days=day)).weekday()]
        weight = 2.0 if weekday in easy else 1.0
        return ((load[day] + 1) * weight, abs(day - interval), day)

    best = min(load, key=cost)
    if not math.isfinite(cost(best)[0]):  # pragma: no cover - loads are finite
        return due
    return due + timedelta(days=best - interval)
